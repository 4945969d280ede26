"""check10: three small jobs from the adviser's pass qa-adv9 ("Left"); each test seen to fail on main.

1. `--lcwra-pending` help says what it means: LCWRA has been *found* and the element is not yet in the award
   (SI 2013/376 reg 28), not "a WCA decision awaited" (an adviser reading it so gets `gain` refusing
   lcwra_found: "adult 1 already has LCWRA")."""

from __future__ import annotations

import pytest

from entitlements.cli import main


@pytest.mark.parametrize("prefix", ["", "partner-"])
def test_lcwra_pending_help_says_found_not_awaited(capsys, prefix):
    with pytest.raises(SystemExit):
        main(["estimate", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    part = out.split(f"--{prefix}lcwra-pending ", 1)[1][:260]
    assert "found to have LCWRA" in part, part
    assert "not yet in the award" in part, part
    assert "decision" in part and "awaited" in part and "lcwra_found" in part, part


# 2. The disabled band reduction (SI 1992/554 reg 3-4 in England and Wales; SI 1992/1335 regs 3-4 in Scotland):
#    the check asks about it for a household where someone gets AA, PIP or DLA or is blind and it is not given.
import datetime as dt  # noqa: E402

from entitlements import Adult, Household, Housing, estimate  # noqa: E402
from entitlements.check import check  # noqa: E402

ON = dt.date(2026, 12, 8)


def _pensioner(pension=100000, band="E", band_d=210000, dbr=False, nation="england", **adult):
    la = {"england": "Coventry", "wales": "Cardiff", "scotland": "Aberdeen City"}[nation]
    return Household(adults=Adult(age=70, state_pension_weekly=pension, **adult), nation=nation, local_authority=la,
                     housing=Housing(tenure="owner_occupier", council_tax_band=band, council_tax_band_d=band_d,
                                     disabled_band_reduction=dbr))


def _finding(bc):
    return next((f for f in bc.findings if f.id == "disabled_band_reduction"), None)


def test_band_reduction_asked_and_valued_above_the_ctr_limits():
    # State Pension £1,000 a week: no Pension Credit, no CTR. Band D £2,100.00; band E 11/9 = £2,566.67, less the 25%
    # single person discount = £1,925.00 a year, x 7 / 365 = £36.92 a week; charged as D: £1,575.00, £30.21 a week.
    # The reduction is worth £6.71 a week (after CTR, which is nil here).
    h = _pensioner(attendance_allowance="lower")
    f = _finding(check(h, on=ON))
    assert f is not None and f.certainty == "check_needed"
    assert f.question.startswith("Does the home have")
    assert "SI 1992/554" in " ".join(f.legal_basis)
    assert "£36.92 in the band, £30.21 with the band below" in f.notes[0], f.notes
    assert f.weekly == 671 and f.annual == 671 * 52 and f.monthly == 2908  # 6.71 x 52 / 12 = 29.0766


def attrs_evolve_dbr(h):
    import attrs

    return attrs.evolve(h, housing=attrs.evolve(h.housing, disabled_band_reduction=True))


def test_not_asked_where_given_or_no_disability_benefit():
    assert _finding(check(_pensioner(attendance_allowance="lower", dbr=True), on=ON)) is None
    assert _finding(check(_pensioner(), on=ON)) is None


def test_blind_is_asked_too():
    assert _finding(check(_pensioner(blind=True), on=ON)) is not None


def test_nil_where_ctr_covers_the_bill_and_says_so():
    # qa-adv9 case 6 in small: guarantee credit (State Pension £150 a week, AA higher, blind, alone): the pensioners'
    # CTR meets the whole bill in band E or band D, so the reduction changes nothing left to pay.
    f = _finding(check(_pensioner(pension=15000, attendance_allowance="higher", blind=True), on=ON,
                       claims=["pension_credit", "council_tax_reduction"]))
    assert f is not None and f.weekly == 0
    assert any("Council Tax Reduction" in n and "nothing" in n for n in f.notes), f.notes


def test_nil_where_ctr_is_tapered_in_either_band():
    # State Pension £500 a week, AA lower, alone: the pensioners' CTR is paid in band E and in D, the 20% taper of
    # the same excess income leaving the same to pay; the band below only lowers the reduction.
    f = _finding(check(_pensioner(pension=50000, attendance_allowance="lower"), on=ON))
    assert f is not None and f.weekly == 0
    assert "falls by" in f.notes[0], f.notes


def test_scotland_names_its_own_regulations():
    f = _finding(check(_pensioner(attendance_allowance="lower", nation="scotland"), on=ON))
    assert f is not None and "SI 1992/1335" in " ".join(f.legal_basis) and "SI 1992/554" not in " ".join(f.legal_basis)
    assert f.weekly > 0


def test_caseload_check_values_it_as_the_one_household():
    from entitlements.check import check_caseload

    h = _pensioner(attendance_allowance="lower")
    cc = check_caseload([h, _pensioner()], on=ON, claims={"universal_credit": False, "pension_credit": False})
    applies, w, _m, a = cc.values["disabled_band_reduction"]
    assert list(applies) == [True, False] and int(w[0]) == 671 and int(a[0]) == 671 * 52
    t = cc.long_table()
    assert "disabled_band_reduction" in list(t["finding"])


# 3. The Scottish working-age CTR applicable amount itemised on the working sheet (qa-adv9 case 5).
from entitlements.cli import main as _main  # noqa: E402

_EDINBURGH = ["estimate", "--age", "61", "--partner-age", "67", "--partner-state-pension", "241.30", "--capital", "7000",
              "--social", "--rent", "95/week", "--bedrooms", "1", "--council", "City of Edinburgh",
              "--council-tax-band", "C", "--nation", "scotland", "--on", "2026-12-08", "--wide"]


def _sheet(capsys, *extra):
    assert _main(_EDINBURGH + list(extra)) == 0
    return " ".join(capsys.readouterr().out.split())


def test_scottish_ctr_applicable_amount_is_itemised(capsys):
    # Mixed-age couple on UC, LCWRA: couple's personal allowance £150.15 + enhanced disability premium (couple)
    # £31.40 + support component £50.35 = £231.90 (SSI 2021/249 Sch 1 as SSI 2026/56 reg 14 amends it).
    out = _sheet(capsys, "--lcwra")
    assert "Applicable amount £231.90 " in out
    assert ("personal allowance £150.15 (Sch 1 para 1); premiums £31.40 (Sch 1 paras 2-5, 11-14); components £50.35 "
            "(Sch 1 Part 6) (SSI 2021/249 reg 35, Sch 1)") in out, out
    # Without LCWRA: the personal allowance alone.
    out = _sheet(capsys)
    assert "Applicable amount £150.15 " in out
    assert "2026-12-07) personal allowance £150.15 (Sch 1 para 1) (SSI 2021/249 reg 35, Sch 1) Income counted" in out, out


def test_scottish_parts_add_up_in_the_engine():
    from entitlements.benefits.council_tax_reduction_scotland import scotland_working_age_applicable_amount as aa
    from entitlements.tables import default_tables

    kw = dict(on=dt.date(2026, 6, 1), tables=default_tables(), children=1, transitional_family_premium=True)
    parts = aa(True, 30, parts=True, **kw)
    # £150.15 + child premium £109.85 + transitional family premium £20.22 = £280.22 (the function's doctest)
    assert parts == {"personal_allowance": 15015, "premiums": 10985, "components": 0,
                     "transitional_family_premium": 2022}
    assert aa(True, 30, **kw) == sum(parts.values()) == 28022
