"""A line's staffing is named after its option everywhere the plan is shown.

A fractional leader has mode ``freelance`` in the CLI contract, but its title, reasons and
costs speak of a fractional leader: the team view, the deferred table and the PDF report
say "Fractional leader", never "Freelancer", next to it.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from teambuilder.domain.catalogue import Catalogue
from teambuilder.domain.costs import load_costs
from teambuilder.domain.profile import Profile
from teambuilder.domain.recommendation import DeferredRole, Recommendation, TeamLine
from teambuilder.gui.formatting import staffing_label
from teambuilder.gui.report_html import report_html
from teambuilder.gui.team_model import DeferredModel, TeamModel
from teambuilder.gui.team_view import TeamCard


@pytest.fixture
def fractional_rec() -> Recommendation:
    team = [
        TeamLine(title="Fractional Digital Marketing Director",
                 entry_id="digital_marketing_director", roles=["digital_marketing_director"],
                 mode="freelance", option="fractional", monthly_cost=8250.0,
                 reasons=["A fractional leader sets strategy a few days a month."]),
        TeamLine(title="SEO Specialist", entry_id="seo_specialist", roles=["seo_specialist"],
                 mode="freelance", option="freelance", monthly_cost=840.0,
                 reasons=["A freelancer works remotely."]),
    ]
    deferred = [
        DeferredRole(role="digital_marketing_director", reason="Would cover 12% more as a "
                     "fractional leader.", monthly_cost_to_add=8250.0, mode_to_add="freelance",
                     option_to_add="fractional"),
        # A plan saved before deferred roles had an option: its mode names it.
        DeferredRole(role="paid_media_manager", reason="Later.", monthly_cost_to_add=1650.0,
                     mode_to_add="agency"),
    ]
    return Recommendation(profile=Profile(size=40, focus="b2b", budget=20000), currency="USD",
                          team=team, deferred=deferred, total_monthly_cost=9090.0,
                          monthly_budget=20000.0, channels=[], next_steps=[], notes=[])


def test_staffing_label_follows_the_option() -> None:
    assert staffing_label("fractional", "freelance") == "Fractional leader"
    assert staffing_label("freelance", "freelance") == "Freelancer"
    assert staffing_label("part_time", "part_time") == "Part-time"
    assert staffing_label("", "agency") == "Agency"  # no option: the mode


def test_team_and_deferred_models_name_a_fractional_leader(
        fractional_rec: Recommendation, catalogue: Catalogue) -> None:
    team = TeamModel()
    team.set_recommendation(fractional_rec, catalogue)
    assert team.index(0, TeamModel.Column.MODE).data() == "Fractional leader"
    assert team.index(1, TeamModel.Column.MODE).data() == "Freelancer"
    deferred = DeferredModel()
    deferred.set_recommendation(fractional_rec, catalogue)
    assert deferred.index(0, DeferredModel.Column.COST).data() == \
        "$8,250 a month (Fractional leader)"
    assert deferred.index(1, DeferredModel.Column.COST).data() == "$1,650 a month (Agency)"


def test_team_card_names_a_fractional_leader(qtbot: QtBot, fractional_rec: Recommendation,
                                             catalogue: Catalogue) -> None:
    model = TeamModel()
    model.set_recommendation(fractional_rec, catalogue)
    card = TeamCard()
    qtbot.addWidget(card)
    card.show_line(model, 0)
    assert card.mode.text() == "Fractional leader"


def test_report_names_a_fractional_leader(fractional_rec: Recommendation,
                                          catalogue: Catalogue) -> None:
    html = report_html(fractional_rec, catalogue, load_costs(), "plan", QLocale("en_US"))
    assert "<td>Fractional leader</td>" in html
    assert "$8,250 a month (Fractional leader)" in html
    assert "<td>Freelancer</td>" in html  # the real freelancer keeps its label
    assert html.count("Freelancer") == 1
