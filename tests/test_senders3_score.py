"""The submitter detector on the third set of sender variations (`senders3`), written
without reading its rules. Rules may be tuned on the tune half's misses; the frozen half is
only ever scored whole. The bounds hold the figures measured when the set was written, so
that the detector does not get worse; they are to be raised as it gets better."""

from __future__ import annotations

from senders2_score import Bounds, check_holds

# Measured when the set was written, before any rule was tuned on it:
# tune   type 92.1%, exact names 85.5%, 2 persons for organizations, no cut name,
#        Member State precision 88% (7/8: an NGO named after a State), countries 12/12;
# frozen type 90.8%, exact names 78.9%, 3 persons for organizations, no cut name,
#        Member State precision 100% (7/7), countries 11/12.
# After the rules were tuned on the tune half's misses (joint submissions, lawyers and their
# clients, letterhead-only senders, lone words, a State's voice):
# tune   type 100%, exact names 100%, no person for an organization, no cut name,
#        Member State precision 100% (8/8), countries 12/12;
# frozen type 92.1%, exact names 85.5%, 3 persons for organizations, no cut name,
#        Member State precision 100% (7/7), countries 11/12.
# The rules tuned on the fourth set's tune half (a name the mail domain spells, written in
# the body, among them) left the tune half as it was and raised the frozen one to type
# 93.4%, exact names 86.8%, 2 persons for organizations, the rest unchanged. The rules
# tuned on the fifth set's tune half left the tune half as it was and raised the frozen
# one to type 94.7%, the rest unchanged. The rules tuned on the seventh set's tune half left
# the tune half as it was and raised the frozen one to exact names 89.5%, the rest unchanged.
# The rules tuned on the fourteenth set's tune half raised the frozen half's type to 96.1%,
# the rest unchanged.
# half: (type, exact names, persons for organizations at most, State precision, countries)
MEASURED: dict[str, Bounds] = {"tune": (1.0, 1.0, 0, 1.0, 12), "frozen": (0.96, 0.89, 2, 1.0, 11)}


def test_the_detector_holds_its_measured_figures_on_both_halves() -> None:
    check_holds("senders3", MEASURED)
