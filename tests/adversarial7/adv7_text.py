"""The seventh collection's statements: English and Portuguese (`adv7_en`), French and
Spanish (`adv7_fres`), each list in that order, so that a case's id never moves."""

from __future__ import annotations

import adv7_en
import adv7_fres

REFUSALS = adv7_en.REFUSALS + adv7_fres.REFUSALS
ANONYMOUS = adv7_en.ANONYMOUS + adv7_fres.ANONYMOUS
CONSENT = adv7_en.CONSENT + adv7_fres.CONSENT
MIXED = adv7_en.MIXED + adv7_fres.MIXED
FORMS = adv7_en.FORMS + adv7_fres.FORMS
