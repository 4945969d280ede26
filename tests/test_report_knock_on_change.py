"""The funders' report presents a benefit an outcome changes in passing (Pension Credit, Housing Benefit, Council
Tax Reduction) as its change, which can be a fall, and the figures by benefit add up to the headline, net of it."""

from __future__ import annotations

import datetime as dt

from entitlements import Adult, Household, Housing, caseload_gains
from entitlements.gain import Outcome, Scenario
from entitlements.report import render_markdown
from entitlements.report.charts import benefit_label, report_charts
from entitlements.report.write import headline

D = dt.date
MADE = D(2026, 12, 7)
# Cardiff, band B, Band D £2,000, temporary accommodation at £200 a week (the Wales national working-age CTR scheme).
CARDIFF_B = Housing(tenure="supported_or_temporary", accommodation="temporary", rent=20000, rent_period="week",
                    council_tax_band="B", council_tax_band_d=200000)


def _lcwra(h: Household, confirmed: bool = True) -> Scenario:
    o = Outcome(kind="lcwra_found", effective=D(2025, 5, 1), confirmed=confirmed,
                probability=None if confirmed else 0.5)
    return Scenario(household=h, claim_start=D(2025, 5, 1), outcomes=(o,))


CARDIFF = _lcwra(Household(adults=Adult(age=35, monthly_earnings=50000), housing=CARDIFF_B, nation="wales",
                           local_authority="Cardiff"))
PLAIN = _lcwra(Household(adults=Adult(age=35)))


def _by_benefit(md: str) -> str:
    return md.split("## Gains by benefit")[1].split("##")[0]


def test_a_fall_in_ctr_is_a_change_shown_minus_and_the_totals_are_net_of_it():
    # Five Cardiff cases, band B, earning £500 a month, LCWRA found (weekly x 52): the UC gain £7,791.68 each, CTR
    # £11.99 -> £1.56 a week, -£10.43 x 52 = -£542.36 each; annual £7,249.32 each. Two with no housing: £5,079.36.
    # UC 5 x £7,791.68 + 2 x £5,079.36 = £49,117.12; CTR 5 x -£542.36 = -£2,711.80;
    # the headline's annual gain: 5 x £7,249.32 + 2 x £5,079.36 = £46,405.32 = £49,117.12 - £2,711.80.
    g = caseload_gains([CARDIFF] * 5 + [PLAIN] * 2)
    s = g.summary()
    conf = s["confirmed"]
    assert conf["annual_gain_by_benefit_pence"] == {"uc": 4911712, "council_tax_reduction": -271180}
    assert sum(conf["annual_gain_by_benefit_pence"].values()) == conf["annual_gain_pence"] == 4640532
    md = render_markdown(g, made=MADE)
    section = _by_benefit(md)
    assert "| Council Tax Reduction change | -£2,712 | £0 |" in section
    assert "| Universal Credit | £49,117 | £0 |" in section
    assert "Here the Council Tax Reduction change is a fall" in " ".join(section.split())
    assert "net of any fall" in section
    assert "| Annual income gain (weekly gain x 52) | £46,405 |" in md
    assert "annual income gain £46,405" in headline(s)
    chart = next(c for c in report_charts(g, s) if c.name == "gains_by_benefit")
    assert "Council Tax Reduction change" in chart.labels


def test_predicted_weighted_by_benefit_add_up_to_the_headline_within_rounding():
    # Predicted at 50%: each case's figures halved to the penny, case by case and benefit by benefit; the sum by
    # benefit is the headline's weighted gain to within a penny a case (here exact: every figure is even).
    # UC 5 x £3,895.84 + 2 x £2,539.68 = £24,558.56; CTR 5 x -£271.18 = -£1,355.90; net £23,202.66.
    g = caseload_gains([_lcwra(CARDIFF.household, confirmed=False)] * 5 + [_lcwra(PLAIN.household, confirmed=False)] * 2)
    pred = g.summary()["predicted"]
    by = pred["annual_gain_weighted_by_benefit_pence"]
    assert by == {"uc": 2455856, "council_tax_reduction": -135590}
    assert sum(by.values()) == pred["annual_gain_weighted_pence"] == 2320266
    assert "| Council Tax Reduction change | £0 | -£1,356 |" in _by_benefit(render_markdown(g, made=MADE))


def test_no_change_in_passing_no_words_about_falls():
    # Six LCWRA cases with no housing: UC alone; the section says nothing of changes or falls.
    section = _by_benefit(render_markdown(caseload_gains([PLAIN] * 6), made=MADE))
    assert "| Universal Credit | £30,476 | £0 |" in section
    assert "change" not in section and "fall" not in section


def test_a_hidden_fall_is_not_given_away():
    # Two Cardiff cases (a CTR fall about 2 cases: hidden, and UC beside it too) and six plain ones: the words
    # name no fall, as the figure is not shown.
    section = _by_benefit(render_markdown(caseload_gains([CARDIFF] * 2 + [PLAIN] * 6), made=MADE))
    assert "| Council Tax Reduction change | fewer than 5 | £0 |" in section
    assert "is a fall" not in section and "-£" not in section


def test_benefit_label():
    assert [benefit_label(k) for k in ("uc", "pip", "pension_credit", "housing_benefit", "council_tax_reduction")] == [
        "Universal Credit", "PIP", "Pension Credit change", "Housing Benefit change", "Council Tax Reduction change"]
