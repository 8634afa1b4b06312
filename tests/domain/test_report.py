"""The text report and the CSV name a fractional leader by its staffing option."""

from __future__ import annotations

from teambuilder.domain.catalogue import load_catalogue
from teambuilder.domain.profile import Profile
from teambuilder.domain.recommendation import DeferredRole, Recommendation, TeamLine
from teambuilder.domain.report import parse_team_csv, team_csv, text_report


def _rec() -> Recommendation:
    team = [TeamLine(title="Fractional Digital Marketing Director",
                     entry_id="digital_marketing_director", roles=["digital_marketing_director"],
                     mode="freelance", option="fractional", monthly_cost=8250.0,
                     reasons=["Sets strategy a few days a month."])]
    deferred = [DeferredRole(role="analytics_manager", reason="Later.",
                             monthly_cost_to_add=4136.0, mode_to_add="freelance",
                             option_to_add="fractional")]
    return Recommendation(profile=Profile(size=40, focus="b2b", budget=20000), currency="USD",
                          team=team, deferred=deferred, total_monthly_cost=8250.0,
                          monthly_budget=20000.0, channels=[], next_steps=[], notes=[])


def test_text_report_names_the_fractional_leader_on_its_line() -> None:
    report = text_report(_rec(), load_catalogue("en"), "en")
    line = next(row for row in report.splitlines() if "Fractional Digital" in row)
    assert "fractional leader" in line
    deferred = report[report.index("Analytics Manager"):]
    assert "fractional leader" in deferred.splitlines()[0] + deferred.splitlines()[1]
    assert "freelancer" not in report.lower()


def test_csv_keeps_both_the_contract_mode_and_the_option() -> None:
    data = team_csv(_rec(), load_catalogue("en"))
    lines, currency = parse_team_csv(data)
    assert currency == "USD"
    assert (lines[0].mode, lines[0].option) == ("freelance", "fractional")
