"""The ninth collection's statements: English and Portuguese (`adv9_en`), French and
Spanish (`adv9_fres`), each list in that order, so that a case's id never moves."""

from __future__ import annotations

import adv9_en
import adv9_fres

REFUSALS = adv9_en.REFUSALS + adv9_fres.REFUSALS
ANONYMOUS = adv9_en.ANONYMOUS + adv9_fres.ANONYMOUS
CONSENT = adv9_en.CONSENT + adv9_fres.CONSENT
MIXED = adv9_en.MIXED + adv9_fres.MIXED
FORMS = adv9_en.FORMS + adv9_fres.FORMS
