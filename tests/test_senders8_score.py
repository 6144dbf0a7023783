"""The submitter detector on the eighth set of sender variations (`senders8`), written
without reading its rules and meant to read like an ordinary season's mail: signature
blocks in every order, greetings and sign-offs in three languages, the organisation only in
the subject, the title page or the first sentence, acronyms in one place and full names in
another, display names of every kind. Its halves split by organisation. Rules may be tuned
on the tune half's misses; the frozen half is only ever scored whole. The bounds hold the
figures measured after the last tuning, so that the detector does not get worse; they are
to be raised as it gets better."""

from __future__ import annotations

from senders2_score import Bounds, check_holds

# Measured when the set was added, before any rule was tuned on it:
# tune   type 75.4%, exact names 78.3%, one person for an organization, no cut name,
#        Member State precision 60% (3/5), countries 11/12;
# frozen type 86.9%, exact names 75.4%, one person for an organization, no cut name,
#        Member State precision 86% (6/7), countries 8/8.
# After rules tuned on the tune half that read a mail's parts in general (an NHRI or a town
# hall writing from a government domain is no State, a letterhead's ministry that names no
# State by the State's line next to it, an unlisted institute for human rights is no NHRI,
# a closing word of any language over a person's name, a post's head word, a person writing
# alone over a town or an occupation, an abbreviated deputy's title, a national section
# signed by its acronym and State, unions and faith bodies by what they say they are, an
# acronym's type by the name it is written for, employers in French and Spanish, a short
# "uni" domain label, a programme's line over the organization's, an elided "d'" in a
# subject, a unit over its university's line, a body that "respectfully submits"):
# tune   type 98.6%, exact names 98.6%, no person for an organization, no cut name,
#        Member State precision 100% (4/4), countries 12/12;
# frozen type 90.2%, exact names 78.7%, one person for an organization, no cut name,
#        Member State precision 100% (6/6), countries 8/8.
# The rules tuned on the eleventh set's tune half (a centre or institute named for the
# research it does, research joined to informing or campaigning, a `.int` mail domain)
# raised the frozen half's type to 91.8%, the rest unchanged.
# half: (type, exact names, persons for organizations at most, State precision, countries)
MEASURED: dict[str, Bounds] = {
    "tune": (0.98, 0.98, 0, 1.0, 12),
    "frozen": (0.91, 0.78, 1, 1.0, 8),
}


def test_the_detector_holds_its_measured_figures_on_both_halves() -> None:
    check_holds("senders8", MEASURED)
