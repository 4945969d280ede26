"""A caseload check's years: Universal Credit is counted monthly x 12, the other benefits weekly x 52.

Before 2026-12-07 the summary's "a year" totals added the two conventions without saying so. The summary (and the
JSON the command prints) now has ``annual_basis``: each benefit found and how its year is counted, and a sentence
saying where the totals add the two; the notebook card shows the convention in its "A year" column.
"""

from __future__ import annotations

import datetime as dt

import numpy as np

from entitlements import Adult, Child, Household
from entitlements.check.caseload import check_caseload

ON = dt.date(2026, 6, 1)

# Case 1: Pension Credit (a week x 52); case 2: Universal Credit (a month x 12) and Scottish Child Payment (a week x 52).
HOUSEHOLDS = [
    Household(adults=Adult(age=70, state_pension_weekly=17000)),
    Household(adults=Adult(age=30), children=(Child(date_of_birth=dt.date(2022, 3, 1)),), nation="scotland"),
]


def test_the_summary_says_which_benefit_is_counted_how_where_the_two_mix():
    cc = check_caseload(HOUSEHOLDS, on=ON, claims={"universal_credit": np.array([False, False]), "pension_credit": False})
    conv = cc.summary()["annual_basis"]
    assert conv["by_benefit"] == {"Universal Credit": "monthly x 12", "Pension Credit": "weekly x 52",
                                  "Scottish Child Payment": "weekly x 52"}
    assert conv["text"] == "a year is monthly x 12 for Universal Credit, weekly x 52 for the other benefits: the totals add the two"
    html = cc._repr_html_()
    assert "(monthly x 12)</td>" in html and "(weekly x 52)</td>" in html
    assert "A year is monthly x 12 for Universal Credit" in html


def test_one_convention_only_is_said_plainly_and_the_card_has_no_note():
    cc = check_caseload(HOUSEHOLDS[:1], on=ON, claims={"universal_credit": False, "pension_credit": False})
    conv = cc.summary()["annual_basis"]
    assert conv == {"by_benefit": {"Pension Credit": "weekly x 52"}, "text": "a year is weekly x 52 for every benefit found"}
    html = cc._repr_html_()
    assert "(weekly x 52)</td>" in html and "add the two" not in html


def test_the_command_says_where_the_years_mix(tmp_path, capsys):
    from entitlements.cli import main

    src = tmp_path / "c.csv"
    src.write_text("case_id,adult1_age,adult1_state_pension_weekly,claims_universal_credit,claims_pension_credit\n"
                   "c1,70,170,no,no\nc2,30,,no,no\n")
    assert main(["caseload", str(src), "--check", "--on", "2026-06-01"]) == 0
    out = capsys.readouterr().out
    assert "  a year is monthly x 12 for Universal Credit, weekly x 52 for the other benefits: the totals add the two\n" in out, out
