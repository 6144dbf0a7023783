"""The submitter detector on the second set of sender variations (`senders2`), written
without reading its rules. The rules were tuned on the tune half's misses; the frozen
half was only ever scored whole, and holds these bounds."""

from __future__ import annotations

from senders2_score import by_half

# Measured before the rules were tuned on this set: tune type 86.4%, exact names 67.0%, 2
# persons for organizations, Member State precision 90% (9/10); frozen type 93.3%, names
# 77.3%, 1 person for an organization. After: tune type 100%, names 94.3%; frozen type
# 96.0%, names 85.3%; no person for an organization, no cut name, no organization taken
# for a State on either half. Later rules (tuned on the third set's tune half) left the
# tune half at type 100%, names 94.3%, and the frozen one at type 96.0%, names 86.7%; the
# rules tuned on the fourth set's tune half raised the tune half to names 96.6% and left
# the frozen one at type 96.0%, names 86.7%; so did the rules tuned on the fifth set's tune
# half. The rules tuned on the seventh set's tune half raised the tune half to names 97.7%
# and the frozen one to names 92.0%, type unchanged. The bounds only keep it from getting
# worse.
MEASURED = {"tune": (1.0, 0.97), "frozen": (0.96, 0.91)}


def test_the_detector_holds_its_measured_figures_on_both_halves() -> None:
    for half, score in by_half().items():
        types, names = MEASURED[half]
        assert score.type_ok / score.n >= types, (half, score.line(half))
        assert score.name_ok / score.n >= names, (half, score.line(half))
        assert score.person_for_org == 0, score.line(half)
        assert score.cut == 0, score.line(half)
        assert score.state_precision == 1.0, score.line(half)
