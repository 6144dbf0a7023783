"""The eighth collection's statements: English and Portuguese (`adv8_en`), French and
Spanish (`adv8_fres`), each list in that order, so that a case's id never moves."""

from __future__ import annotations

import adv8_en
import adv8_fres

REFUSALS = adv8_en.REFUSALS + adv8_fres.REFUSALS
ANONYMOUS = adv8_en.ANONYMOUS + adv8_fres.ANONYMOUS
CONSENT = adv8_en.CONSENT + adv8_fres.CONSENT
MIXED = adv8_en.MIXED + adv8_fres.MIXED
FORMS = adv8_en.FORMS + adv8_fres.FORMS
