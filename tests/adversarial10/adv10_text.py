"""The tenth collection's statements: English and Portuguese (`adv10_en`), French and
Spanish (`adv10_fres`), each list in that order, so that a case's id never moves."""

from __future__ import annotations

import adv10_en
import adv10_fres

REFUSALS = adv10_en.REFUSALS + adv10_fres.REFUSALS
ANONYMOUS = adv10_en.ANONYMOUS + adv10_fres.ANONYMOUS
CONSENT = adv10_en.CONSENT + adv10_fres.CONSENT
MIXED = adv10_en.MIXED + adv10_fres.MIXED
FORMS = adv10_en.FORMS + adv10_fres.FORMS
