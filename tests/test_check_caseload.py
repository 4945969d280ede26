"""The benefit check of a caseload (issue 16): the same findings as one
household at a time, rows never lost, claims read as yes/no columns, the
summary's groups of fewer than 5 suppressed."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from entitlements import Adult, Caseload, Child, Household, Housing
from entitlements.check import check
from entitlements.check.caseload import CASELOAD_FINDINGS, check_caseload
from entitlements.errors import InputError

ON = dt.date(2026, 6, 1)

HOUSEHOLDS = [
    Household(adults=Adult(age=70, state_pension_weekly=17000)),
    Household(adults=Adult(age=50, carer=True), capital=2_000_000),
    Household(adults=Adult(age=30), children=(Child(date_of_birth=dt.date(2022, 3, 1)),), nation="scotland"),
    Household(adults=Adult(age=40, carer=True)),
    Household(adults=(Adult(age=35), Adult(age=35, monthly_earnings=300000)),
              children=(Child(date_of_birth=dt.date(2019, 5, 1)), Child(date_of_birth=dt.date(2021, 7, 1))),
              child_benefit_claimed=False),
]
UC = np.array([False, False, False, True, True])


def test_caseload_long_table_worked():
    # Case 1: Pension Credit 238.00 - 170.00 = £68.00 a week (year £3,536.00).
    # Case 2: Carer's Allowance £86.45 (no UC: capital over £16,000).
    # Case 3: UC £168.19 + Scottish Child Payment £28.20 = £196.39; SCP alone £28.20.
    # Case 4: Carer's Allowance absorbed by UC: nil.
    # Case 5: Child Benefit 27.05 + 17.90 = £44.95.
    cc = check_caseload(HOUSEHOLDS, on=ON, claims={"universal_credit": UC, "pension_credit": False})
    t = cc.long_table()
    got = {(str(c), f): int(w) for c, f, w in zip(t["case_id"], t["finding"], t["weekly_pence"])}
    assert got == {("1", "pension_credit"): 6800, ("2", "carers_allowance_1"): 8645, ("3", "universal_credit"): 19639,
                   ("3", "scottish_child_payment"): 2820, ("4", "carers_allowance_1"): 0, ("5", "child_benefit"): 4495}
    s = cc.summary()
    assert s["by_benefit"]["Pension Credit"] == {"patients": 1, "annual_pence": 353600, "weighted_annual_pence": 353600,
                                                  "certainty": "claim_needed"}
    assert s["patients_missing_something"] == 5


def test_caseload_equals_one_household_at_a_time():
    cc = check_caseload(HOUSEHOLDS, on=ON, claims={"universal_credit": UC, "pension_credit": False})
    for i, h in enumerate(HOUSEHOLDS):
        one = {f.id: f for f in check(h, on=ON, claims=["universal_credit"] if UC[i] else []).findings}
        for cid in CASELOAD_FINDINGS:
            applies, w, m, a = cc.values[cid]
            if applies[i]:
                assert (one[cid].weekly, one[cid].monthly, one[cid].annual) == (w[i], m[i], a[i])
            else:
                assert cid not in one or one[cid].weekly <= 0


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from([18, 24, 25, 40, 59, 60, 67, 70, 80]), st.integers(0, 300000), st.booleans(), st.booleans(), st.integers(0, 25000)),
                min_size=1, max_size=6))
def test_caseload_equals_one_at_a_time_property(rows):
    hs = [Household(adults=Adult(age=age, monthly_earnings=earn if age < 66 else 0, carer=carer,
                                 state_pension_weekly=sp if age >= 67 else 0)) for age, earn, carer, _, sp in rows]
    uc = np.array([r[3] for r in rows])
    cc = check_caseload(hs, on=ON, claims={"universal_credit": uc, "pension_credit": uc})
    for i, h in enumerate(hs):
        one = {f.id: f for f in check(h, on=ON, claims=["universal_credit", "pension_credit"] if uc[i] else []).findings}
        for cid in CASELOAD_FINDINGS:
            applies, w, _m, a = cc.values[cid]
            if applies[i]:
                assert (one[cid].weekly, one[cid].annual) == (w[i], a[i])


_AGES_UNDER = [40, 59, 60, 65]
_AGES_OVER = [67, 70, 80]  # 66 needs a date of birth from 6 April 2026
_DISABILITY = st.sampled_from([{}, {"attendance_allowance": "lower"}, {"attendance_allowance": "higher"},
                               {"dla_care": "highest"}, {"dla_care": "middle"}, {"pip_daily_living": "enhanced"},
                               {"pip_daily_living": "standard"}])


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(_AGES_OVER), st.sampled_from(_AGES_UNDER + _AGES_OVER), _DISABILITY,
                          st.booleans(), st.integers(0, 40000), st.booleans(), st.booleans(), st.booleans(),
                          st.sampled_from([0, 50000, 90000])),
                min_size=1, max_size=5))
def test_caseload_equals_one_at_a_time_property_couples(rows):
    # Couples, mixed-age among them, the one over pension age with or without Attendance Allowance, DLA care or
    # PIP daily living: the LCWRA element SI 2013/376 reg 40(5), Sch 9 para 5 gives (lcwra_N) found alike both
    # ways, to the penny and in the same words (until 2026-12-07 only the one household's check found it).
    hs, uc = [], []
    for older, other, disability, older_first, pension, carer, protected, claims_uc, rent in rows:
        old = Adult(age=older, pension_income_weekly=pension, **disability)
        young = Adult(age=other, carer=carer)
        hs.append(Household(adults=(old, young) if older_first else (young, old), mixed_age_protected=protected,
                            housing=Housing(tenure="private_rent", rent=rent, brma="Coventry") if rent else None))
        uc.append(claims_uc)
    uc = np.array(uc)
    cc = check_caseload(hs, on=ON, claims={"universal_credit": uc, "pension_credit": uc})
    t = cc.long_table()
    made = {(str(c), str(f)): (int(w), int(m), int(a), str(what), str(cert)) for c, f, w, m, a, what, cert in
            zip(t["case_id"], t["finding"], t["weekly_pence"], t["monthly_pence"], t["annual_pence"], t["what"],
                t["certainty"])}
    for i, h in enumerate(hs):
        one = {f.id: f for f in check(h, on=ON, claims=["universal_credit", "pension_credit"] if uc[i] else []).findings}
        for cid in CASELOAD_FINDINGS + ("lcwra_1", "lcwra_2"):
            f = one.get(cid)
            got = made.get((str(i + 1), cid))
            if f is not None and f.weekly > 0:
                assert got == (f.weekly, f.monthly, f.annual, f.what, f.certainty), (i, cid)
            elif got is not None:
                assert f is not None and got[:3] == (f.weekly, f.monthly, f.annual), (i, cid)


def test_caseload_claims_columns_read_and_bad_cell_kept_as_row_error():
    cols = {"case_id": ["a", "b", "c"], "adult1_age": ["70", "70", "70"], "adult1_state_pension_weekly": ["170", "170", "170"],
            "claims_universal_credit": ["no", "no", "no"], "claims_pension_credit": ["no", "yes", "maybe"]}
    cc = check_caseload(Caseload.from_columns(cols), on=ON)
    assert len(cc.caseload) == 3
    assert cc.valid.tolist() == [True, True, False]
    assert cc.values["pension_credit"][0].tolist() == [True, False, False]
    assert any("claims_pension_credit" in e.reason and "maybe" in e.reason for e in cc.caseload.errors)


def test_caseload_help_had_columns_read_and_bad_cell_kept_as_row_error():
    # claims_warm_home_discount and the other help-had columns are known
    # columns (not "unknown column" errors), read as yes or no; the caseload
    # check values cash claims only, so they change no value, but a bad cell
    # is still that row's error and the row is kept.
    cols = {"case_id": ["a", "b", "c"], "adult1_age": ["70", "70", "70"], "adult1_state_pension_weekly": ["170", "170", "170"],
            "claims_universal_credit": ["no", "no", "no"], "claims_pension_credit": ["no", "no", "no"],
            "claims_warm_home_discount": ["yes", "no", "sometimes"], "claims_free_tv_licence": ["no", "no", "no"]}
    cc = check_caseload(Caseload.from_columns(cols), on=ON)
    assert len(cc.caseload) == 3 and cc.valid.tolist() == [True, True, False]
    assert cc.values["pension_credit"][0].tolist() == [True, True, False]
    assert cc.values["pension_credit"][1][0] == cc.values["pension_credit"][1][1] == 6800  # 238.00 - 170.00
    assert any("claims_warm_home_discount" in e.reason and "sometimes" in e.reason for e in cc.caseload.errors)


def test_caseload_without_claims_is_an_error():
    with pytest.raises(InputError) as e:
        check_caseload(HOUSEHOLDS, on=ON)
    assert e.value.field == "claims"


def test_summary_groups_under_5_suppressed():
    hs = HOUSEHOLDS * 2
    cols_cl = Caseload.from_households(hs)
    practice = np.array(["A"] * 6 + ["B"] * 4, dtype=object)
    import attrs

    cl = attrs.evolve(cols_cl, extra={"practice": practice})
    cc = check_caseload(cl, on=ON, claims={"universal_credit": np.concatenate([UC, UC]), "pension_credit": False})
    groups = {g["group"]: g for g in cc.summary()["by_group"]["practice"]}
    assert groups["B"]["suppressed"] and groups["B"]["cases"] is None
    # Changed deliberately (secondary suppression): with B hidden, A's figures
    # would give B's as the caseload's total less A's, so A is hidden too.
    assert groups["A"]["cases"] is None and groups["A"]["suppressed"].startswith("not shown")
    cl = attrs.evolve(cols_cl, extra={"practice": np.array(["A"] * 5 + ["B"] * 5, dtype=object)})
    cc = check_caseload(cl, on=ON, claims={"universal_credit": np.concatenate([UC, UC]), "pension_credit": False})
    assert [g["cases"] for g in cc.summary()["by_group"]["practice"]] == [5, 5]


def test_caseload_dates_one_a_case_equal_one_household_at_a_time():
    # Case 1 (aged 70, State Pension £170.00) checked on 1 April 2026, before
    # the April uprating: Pension Credit 227.10 - 170.00 = £57.10 a week
    # (SI 2002/1792 reg 6(1)(b) as uprated for 2025/26); checked on 1 June
    # 2026: 238.00 - 170.00 = £68.00. The other cases on their own dates too;
    # each equals its check alone on its date. A blank date is that case's
    # error, and the case is kept.
    days = np.array(["2026-04-01", "2026-06-01", "2026-04-01", "2026-06-01", "2026-04-01"], dtype="datetime64[D]")
    claims = {"universal_credit": UC, "pension_credit": False}
    cc = check_caseload(HOUSEHOLDS, on=days, claims=claims)
    assert cc.values["pension_credit"][1][0] == 5710
    for i, h in enumerate(HOUSEHOLDS):
        one = {f.id: f for f in check(h, on=days[i].item(), claims=["universal_credit"] if UC[i] else []).findings}
        for cid in CASELOAD_FINDINGS:
            applies, w, m, a = cc.values[cid]
            if applies[i]:
                assert (one[cid].weekly, one[cid].monthly, one[cid].annual) == (w[i], m[i], a[i])
            else:
                assert cid not in one or one[cid].weekly <= 0
    assert cc.summary()["on"] == "2026-04-01 to 2026-06-01"
    same = check_caseload(HOUSEHOLDS, on=np.full(5, np.datetime64("2026-06-01")), claims=claims)
    assert same.values["pension_credit"][1][0] == 6800 and same.summary()["on"] == "2026-06-01"
    blank = days.copy()
    blank[1] = np.datetime64("NaT")
    cc = check_caseload(HOUSEHOLDS, on=blank, claims=claims)
    assert len(cc.caseload) == 5 and cc.valid.tolist() == [True, False, True, True, True]
    assert any(e.field == "on" and e.row == 2 for e in cc.caseload.errors)
    with pytest.raises(InputError, match="on"):
        check_caseload(HOUSEHOLDS, on=days[:3], claims=claims)


def test_a_group_figure_about_fewer_than_5_patients_missing_out_is_hidden():
    # Practice A: 6 cases, 2 of them (pensioners with State Pension £170) missing
    # Pension Credit: £3,536 a year each. A's £7,072 would be those two people's
    # own figures; and with A's count hidden, B's (the total less A's) too.
    import attrs

    pens = Household(adults=Adult(age=70, state_pension_weekly=17000))
    cl = attrs.evolve(Caseload.from_households([pens] * 12), extra={"practice": np.array(["A"] * 6 + ["B"] * 6, dtype=object)})
    pc = np.array([False, False] + [True] * 4 + [False] * 6)
    s = check_caseload(cl, on=ON, claims={"universal_credit": False, "pension_credit": pc}).summary()
    a, b = s["by_group"]["practice"]
    assert s["patients_missing_something"] == 8
    assert (a["cases"], a["patients_missing"], a["annual_pence"]) == (6, None, None)
    assert a["missing_suppressed"].startswith("fewer than 5")
    assert (b["cases"], b["patients_missing"], b["annual_pence"]) == (6, None, None)
    assert b["missing_suppressed"].startswith("not shown")
    from entitlements.report.check_report import check_charts, check_context

    by_practice = next(sec for sec in check_context(s)["sections"] if sec.heading == "By practice")
    assert by_practice.table.rows == (("A", "6", "fewer than 5", "fewer than 5"), ("B", "6", "not shown", "not shown"))
    assert next(c for c in check_charts(s) if c.name == "missing-by-practice").values == ()


def test_a_certainty_does_not_give_away_a_benefit_the_benefit_table_hides():
    # Benefits: A (a claim, 10 patients), B (a check, 3: hidden), C (a check, 20), D (a claim, 6: the
    # next-smallest, hidden). The certainty "check needed" is B + C: shown, less C (shown), it would be B's.
    from entitlements.report.check_report import check_context
    from entitlements.report.sections import NOT_SHOWN, SUPPRESSED

    def b(n, cert):
        return {"patients": n, "annual_pence": n * 100_000, "weighted_annual_pence": n * 100_000, "certainty": cert}

    def cert(n, benefits):
        return {"findings": n, "annual_pence": n * 100_000, "weighted_annual_pence": n * 100_000, "benefits": benefits,
                "asks": 0}

    s = {"cases": 60, "cases_checked": 60, "cases_with_errors": 0, "patients_missing_something": 39,
         "annual_pence": 3_900_000, "asks": {"council_tax_reduction": 0}, "by_group": {}, "rules": "r", "on": "2026-06-01",
         "by_benefit": {"A": b(10, "claim_needed"), "B": b(3, "check_needed"), "C": b(20, "check_needed"),
                        "D": b(6, "claim_needed")},
         "by_certainty": {"claim_needed": cert(16, ["A", "D"]), "check_needed": cert(23, ["B", "C"])}}
    sections = {sec.heading: sec.table.rows for sec in check_context(s)["sections"]}
    assert [r[1] for r in sections["By benefit"]] == ["10", SUPPRESSED, "20", NOT_SHOWN]
    assert [r[1:] for r in sections["By certainty"]] == [(NOT_SHOWN,) * 3, (NOT_SHOWN,) * 3]
    # Two CTR questions among 25 check findings (the rest shown by benefit) would give the 2 away.
    s["by_benefit"] = {"A": b(10, "claim_needed"), "C": b(23, "check_needed")}
    s["by_certainty"] = {"claim_needed": cert(10, ["A"]), "check_needed": {**cert(23, ["C"]), "findings": 25, "asks": 2}}
    rows = {sec.heading: sec.table.rows for sec in check_context(s)["sections"]}["By certainty"]
    assert rows[1][1] == NOT_SHOWN and rows[0][1] == "10"


def test_each_finding_counted_under_its_own_certainty():
    # A benefit row (Food and maternity) may hold findings of two certainties: each is counted under its own.
    cc = check_caseload(HOUSEHOLDS, on=ON, claims={"universal_credit": UC, "pension_credit": False})
    s = cc.summary()
    total = sum(r["findings"] - r.get("asks", 0) for r in s["by_certainty"].values())
    assert total == sum(int((a & cc.valid).sum()) for a, _w, _m, _y in cc.values.values())
    assert sum(r["annual_pence"] for r in s["by_certainty"].values()) == s["annual_pence"]


def test_group_by_local_authority_a_household_column_too(tmp_path):
    # local_authority is a fact of the household (Council Tax Reduction) and a grouping column: --group-by takes it.
    # A blank one is "(blank)", as in the funders' report, never "None"; the column is named as a reader says it.
    from entitlements.cli import main

    rows = ["case_id,adult1_age,adult1_state_pension_weekly,nation,local_authority,claims_universal_credit,claims_pension_credit"]
    rows += [f"C{i},70,170,england,Coventry,no,no" for i in range(6)] + [f"B{i},70,170,england,,no,no" for i in range(2)]
    src = tmp_path / "c.csv"
    src.write_text("\n".join(rows) + "\n")
    out = tmp_path / "r.md"
    assert main(["caseload", str(src), "--check", "--on", "2026-06-01", "--group-by", "local_authority", "--report",
                 str(out), "-q"]) == 0
    text = out.read_text()
    assert "| Local authority | Cases |" in text and "| Coventry | not shown |" in text
    assert "| (blank) | fewer than 5 |" in text and "None" not in text


def test_the_check_report_does_not_count_a_caseload_of_fewer_than_5():
    from entitlements.report.check_report import check_context

    cc = check_caseload(HOUSEHOLDS[:3], on=ON, claims={"universal_credit": UC[:3], "pension_credit": False})
    head = check_context(cc.summary())["head"]
    assert head.startswith("Fewer than 5 cases in all.") and "3 cases" not in head and "3 checked" not in head


def test_check_groups_that_nest_are_suppressed_together():
    # Deciles 1 (10 cases), 2 (2) and 5 (8), Core20 = deciles 1 and 2: Core20 "yes" (12) less decile 1 (10)
    # would be decile 2's 2 cases.
    import attrs

    pens = Household(adults=Adult(age=70, state_pension_weekly=17000))
    decile = np.array(["1"] * 10 + ["2"] * 2 + ["5"] * 8, dtype=object)
    core20 = np.array(["yes"] * 12 + ["no"] * 8, dtype=object)
    cl = attrs.evolve(Caseload.from_households([pens] * 20), extra={"imd_decile": decile, "core20": core20})
    s = check_caseload(cl, on=ON, claims={"universal_credit": False, "pension_credit": False}).summary(["imd_decile", "core20"])
    d = {r["group"]: r for r in s["by_group"]["imd_decile"]}
    c = {r["group"]: r for r in s["by_group"]["core20"]}
    assert d["2"]["cases"] is None
    assert d["1"]["cases"] is None or c["yes"]["cases"] is None
    assert d["1"]["annual_pence"] is None or c["yes"]["annual_pence"] is None
