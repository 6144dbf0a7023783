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
# half: (type, exact names, persons for organizations at most, State precision, countries)
MEASURED: dict[str, Bounds] = {
    "tune": (0.75, 0.78, 1, 0.6, 11),
    "frozen": (0.86, 0.75, 1, 0.85, 8),
}


def test_the_detector_holds_its_measured_figures_on_both_halves() -> None:
    check_holds("senders8", MEASURED)
