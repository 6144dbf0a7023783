"""The submitter detector on the eleventh set of sender variations (`senders11`), written
without reading its rules and weighted towards six hard situations: shared mailboxes, a
person writing for an organization, a letterhead or title page alone, names in two
languages, an acronym and its full name in different places, and an NGO writing about a
State in diplomatic words beside States writing informally. Its halves split by
organisation. Rules may be tuned on the tune half's misses; the frozen half is only ever
scored whole. The bounds hold the figures measured after the last tuning; they are to be
raised as it gets better."""

from __future__ import annotations

from senders2_score import Bounds, check_holds

# Measured when the set was added, before any rule was tuned on it:
# tune   type 89.3%, exact names 92.9%, no person for an organization, no cut name,
#        Member State precision 100% (3/3), countries 4/5;
# frozen type 95.9%, exact names 90.5%, no person for an organization, no cut name,
#        Member State precision 100% (5/5), countries 11/14.
# After rules tuned on the tune half that read a kind of body, mail or line in general (a
# centre or institute named for the research it does and a French research group or team
# as academic, research joined to informing or campaigning as an association's; a `.int`
# mail domain as intergovernmental; a name wrapped over a small word at a line's end read
# whole before its acronym; any ministry heading a letterhead under the State's formal
# name, its motto between, as the State; a university's name ended at its town, before its
# topic; an acronym's office on a shared mailbox as the acronym's; "X response" in a
# subject):
# tune   type 100%, exact names 100%, no person for an organization, no cut name,
#        Member State precision 100% (4/4), countries 5/5;
# frozen type 95.9%, exact names 90.5%, no person for an organization, no cut name,
#        Member State precision 100% (5/5), countries 11/14.
# half: (type, exact names, persons for organizations at most, State precision, countries)
MEASURED: dict[str, Bounds] = {
    "tune": (1.0, 1.0, 0, 1.0, 5),
    "frozen": (0.95, 0.90, 0, 1.0, 11),
}


def test_the_detector_holds_its_measured_figures_on_both_halves() -> None:
    check_holds("senders11", MEASURED)
