"""The eleventh collection's statements: English and Portuguese (`adv11_en`), French and
Spanish (`adv11_fres`), each list in that order, so that a case's id never moves."""

from __future__ import annotations

import adv11_en
import adv11_fres

REFUSALS = adv11_en.REFUSALS + adv11_fres.REFUSALS
ANONYMOUS = adv11_en.ANONYMOUS + adv11_fres.ANONYMOUS
CONSENT = adv11_en.CONSENT + adv11_fres.CONSENT
MIXED = adv11_en.MIXED + adv11_fres.MIXED
FORMS = adv11_en.FORMS + adv11_fres.FORMS
