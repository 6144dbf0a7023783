"""The submitter detector on the sixth set of sender variations (`senders6`), written
without reading its rules, its civil society cases under real organisations' names as they
write them (accents, curly quotes, "A.C.", "e.V.", brackets, dashes, places). Its halves
split by organisation. Rules may be tuned on the tune half's misses; the frozen half is
only ever scored whole. The bounds hold the figures measured after the last tuning, so that
the detector does not get worse; they are to be raised as it gets better."""

from __future__ import annotations

from senders2_score import Bounds, check_holds

# Measured when the set was added, before any rule was tuned on it:
# tune   type 95.1%, exact names 78.0%, 1 person for an organization, no cut name,
#        Member State precision 100% (7/7), countries 14/15;
# frozen type 93.9%, exact names 78.0%, 1 person for an organization, no cut name,
#        Member State precision 100% (4/4), countries 9/9.
# After rules that read a mail's parts in general (a sentence's name ended where a
# signature line writes it alone, a name and what it is after a dash, an acronym spelled
# after it or in two parts, a legal form heading a letterhead, a description under it,
# solidarity sign-offs, a listed body's office by its own domain, the fuller name written
# before an acronym, no acronym a mailbox's display name alone gives, an acronym of
# syllables):
# tune   type 100%, exact names 98.8%, no person for an organization, no cut name,
#        Member State precision 100% (8/8), countries 15/15;
# frozen type 93.9%, exact names 80.5%, no person for an organization, no cut name,
#        Member State precision 100% (4/4), countries 9/9.
# The rules tuned on the seventh set's tune half (a name in two languages published in the
# first) raised the tune half to exact names 100% and the frozen one to 81.7%, the rest
# unchanged. The rules tuned on the eighth set's tune half raised the frozen half's exact
# names to 82.9%, the rest unchanged. The rules tuned on the fourteenth set's tune half (a
# students' society at a university is `other`, a scholar writing as one is the submitter)
# raised the frozen half to type 96.3%, exact names 84.1%, the rest unchanged.
# half: (type, exact names, persons for organizations at most, State precision, countries)
MEASURED: dict[str, Bounds] = {
    "tune": (1.0, 1.0, 0, 1.0, 15),
    "frozen": (0.96, 0.84, 0, 1.0, 9),
}


def test_the_detector_holds_its_measured_figures_on_both_halves() -> None:
    check_holds("senders6", MEASURED)
