"""The submitter detector on the sixteenth set of sender variations (`senders16`), written
without reading its rules as one ordinary season of the mailbox of the Special Rapporteur
on the human rights of migrants (a call on migrants in the context of climate change and
disasters), weighted to the senders hardest to type (companies, `other` bodies,
intergovernmental bodies not commonly listed among them regional consultative processes on
migration, NGOs named "Mission", NHRIs from country-code domains). Its halves split by
organisation. Rules may be tuned on the tune half's misses; the frozen half is only ever
scored whole. The bounds hold the figures measured after the last tuning; they are to be
raised as it gets better."""

from __future__ import annotations

from senders2_score import Bounds, check_holds

# Measured when the set was added, before any rule was tuned on it:
# tune   type 88.1%, exact names 83.6%, two persons' names for organizations, no cut name,
#        Member State precision 83% (5/6), countries 9/11;
# frozen type 88.9%, exact names 85.7%, no person for an organization, no cut name,
#        Member State precision 100% (7/7), countries 11/11.
# The scorer then accepted "Full Name (ACRONYM)", the page's form when the mail gives both:
# tune exact names 86.6%, frozen 88.9%.
# After rules tuned on the tune half (the regional consultative processes on migration and
# the Platform on Disaster Displacement, and Fiji's commission, in the lists; admin.ch as the
# Swiss administration's domain; a city's corporation, a network of cities and a synod are
# `other`; a team's mailbox named for its function ("Compliance Team") names no one; "Pvt.
# Ltd." ends a company's name), and after a review kept a city's government named in a
# State's note from unmaking the State, and a coordination of migrants from being a body:
# tune   type 98.5%, exact names 91.0%, one person's name for an organization (the place
#        left of a coordination's name), no cut name, Member State precision 86% (6/7: a
#        city's corporation writing from its State's domain), countries 11/11;
# frozen type 88.9%, exact names 88.9%, no person for an organization, no cut name,
#        Member State precision 100% (7/7), countries 11/11.
# half: (type, exact names, persons for organizations at most, State precision, countries)
MEASURED: dict[str, Bounds] = {
    "tune": (0.98, 0.91, 1, 0.85, 11),
    "frozen": (0.88, 0.88, 0, 1.0, 11),
}


def test_the_detector_holds_its_measured_figures_on_both_halves() -> None:
    check_holds("senders16", MEASURED)
