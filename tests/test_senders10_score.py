"""The submitter detector on the tenth set of sender variations (`senders10`), written
without reading its rules and weighted towards the hard cases: shared mailboxes and joint
submissions, names in two languages, letterheads and title pages, university centres,
NHRIs, acronyms, individuals writing from work, and `other` bodies (parliamentarians, bar
and professional associations, faith bodies, foundations, local authorities). Its halves
split by organisation. Rules may be tuned on the tune half's misses; the frozen half is
only ever scored whole. The bounds hold the figures measured after the last tuning; they
are to be raised as it gets better."""

from __future__ import annotations

from senders2_score import Bounds, check_holds

# Measured when the set was added, before any rule was tuned on it:
# tune   type 88.9%, exact names 88.9%, no person for an organization, no cut name,
#        Member State precision 100% (5/5), countries 11/11;
# frozen type 94.0%, exact names 85.1%, no person for an organization, no cut name,
#        Member State precision 100% (4/4), countries 9/9.
# After rules tuned on the tune half that read a kind of body or line in general (a bar, a
# law society, a profession's college, order or association as `other`, its committee
# writing for it and no NHRI; the UN regional commissions listed; private recruiters'
# associations as companies; an abbreviated profession's title before a name; an acronym
# before a dash and the name it stands for):
# tune   type 98.4%, exact names 95.2%, no person for an organization, no cut name,
#        Member State precision 100% (5/5), countries 11/11;
# frozen type 94.0%, exact names 85.1%, no person for an organization, no cut name,
#        Member State precision 100% (4/4), countries 9/9.
# The rules tuned on the fifteenth set's tune half (a body of a region's States is
# intergovernmental; a people's own authority, a party, a faith body and a grant-making
# foundation are `other`; among others) raised the frozen half's type to 95.5%, the rest unchanged.
# half: (type, exact names, persons for organizations at most, State precision, countries)
MEASURED: dict[str, Bounds] = {
    "tune": (0.98, 0.95, 0, 1.0, 11),
    "frozen": (0.95, 0.85, 0, 1.0, 9),
}


def test_the_detector_holds_its_measured_figures_on_both_halves() -> None:
    check_holds("senders10", MEASURED)
