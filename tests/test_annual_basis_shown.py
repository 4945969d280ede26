"""Every year shown says how it is counted.

A Universal Credit year is the month x 12 (as the award is paid), every
other benefit's the week x 52 (the ``annual_basis`` of a finding). The
notebook cards of a check and an estimate, a caseload estimate's summary
(and its JSON and card), the missing-out report and the funders' report's
method section now say it in one short phrase; no key is renamed.
"""

from __future__ import annotations

import datetime as dt
import json

from entitlements import Adult, Child, Caseload, Household, estimate, estimate_caseload
from entitlements.benefits.household_total import ANNUAL_BASIS
from entitlements.check import check

ON = dt.date(2026, 6, 1)
# Universal Credit (a month x 12) and Scottish Child Payment (a week x 52).
SCOTTISH_FAMILY = Household(adults=Adult(age=30), children=(Child(date_of_birth=dt.date(2022, 3, 1)),), nation="scotland")


def test_the_check_card_says_each_finding_s_convention():
    html = check(SCOTTISH_FAMILY, on=ON)._repr_html_()
    # Universal Credit £851.04 a month x 12 = £10,212.48; Scottish Child Payment £28.20 a week x 52 = £1,466.40.
    assert 85104 * 12 == 1021248 and 2820 * 52 == 146640
    assert "£10,212.48 (monthly x 12)</td>" in html, html
    assert "£1,466.40 (weekly x 52)</td>" in html


def test_the_estimate_card_and_the_caseload_summary_say_the_household_total_s():
    assert ANNUAL_BASIS == "Universal Credit monthly x 12, the other benefits weekly x 52"
    assert ANNUAL_BASIS in estimate(SCOTTISH_FAMILY, on=ON)._repr_html_()
    res = estimate_caseload(Caseload.from_households([SCOTTISH_FAMILY, Household(adults=Adult(age=70))]), on=ON)
    s = res.summary()
    assert s["annual_basis"] == ANNUAL_BASIS
    assert list(s).index("annual_basis") == list(s).index("total_benefits_annual_pence") + 1  # beside the total it says
    assert f"the household totals: {ANNUAL_BASIS}" in res._repr_html_()


def test_the_caseload_command_s_json_has_it(tmp_path, capsys):
    from entitlements.cli import main

    src = tmp_path / "c.csv"
    src.write_text("case_id,adult1_age\nA,30\nB,40\n")
    assert main(["caseload", str(src), "--on", "2026-06-01", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["annual_basis"] == ANNUAL_BASIS


def test_the_missing_out_report_says_where_the_years_mix():
    import numpy as np

    from entitlements.check.caseload import check_caseload
    from entitlements.report.check_report import check_context

    cc = check_caseload([SCOTTISH_FAMILY] * 5 + [Household(adults=Adult(age=70, state_pension_weekly=17000))] * 5,
                        on=ON, claims={"universal_credit": np.array([False] * 10), "pension_credit": False})
    head = check_context(cc.summary())["head"]
    assert ("a year is monthly x 12 for Universal Credit, weekly x 52 for the other benefits: the totals add the two"
            in head), head


def test_the_funders_report_method_says_it_is_one_convention_for_every_benefit():
    from entitlements import caseload_gains
    from entitlements.gain import Outcome, Scenario
    from entitlements.report.sections import _method

    s = Scenario(household=Household(adults=Adult(age=40)), claim_start=dt.date(2025, 1, 10),
                 outcomes=(Outcome(kind="lcwra_found", effective=dt.date(2025, 1, 10), decided=dt.date(2025, 7, 20),
                                   confirmed=True),))
    for conv, words in (("weekly_x52", "weekly gain x 52, for every benefit"),
                        ("monthly_x12", "monthly gain x 12, for every benefit (a weekly benefit as its monthly "
                                        "equivalent, x 52 / 12, first)")):
        g = caseload_gains([s] * 5, convention=conv)
        assert any(words in line for line in _method(g, g.summary([]))), conv
