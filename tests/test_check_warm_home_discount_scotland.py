"""A Scottish pensioner's check named no Warm Home Discount: the check held
only the England and Wales scheme (SI 2022/772). The Scottish scheme, read in
the Warm Home Discount (Scotland) Regulations 2022 (SI 2022/1073): the core
group is a Scotland domestic customer who, or whose partner at the home, is
in receipt of guarantee credit (reg 8(5)), paid the prescribed rebate of £150
(reg 3(1)) without applying (regs 8-9), in the scheme period to 31 March 2026
(reg 4(2)(b)). Others: a supplier's broader group (reg 21), not a rule the
library can apply; after the scheme period: the instrument was not read."""

from __future__ import annotations

import datetime as dt

from entitlements import Adult, Household
from entitlements.check import Claims, check


def _found(h, on, **kw):
    return {f.id: f for f in check(h, on=on, **kw).findings}


def test_scottish_pensioner_on_guarantee_credit_gets_the_scottish_rebate():
    # 75, State Pension £170.00 a week: guarantee credit (£238.00 less £170.00 in 2026-27; here 2025-26).
    h = Household(adults=Adult(age=75, state_pension_weekly=17000), nation="scotland")
    f = _found(h, dt.date(2025, 11, 1))["warm_home_discount"]
    # £150.00 a year (SI 2022/1073 reg 3(1)); £150 / 52 = £2.8846 -> £2.88 a week; £150 / 12 = £12.50 a month.
    assert (f.annual, f.weekly, f.monthly, f.annual_basis) == (15000, 288, 1250, "a yearly amount")
    assert f.certainty == "claim_needed"  # Pension Credit is not claimed yet: once it is
    assert any("SI 2022/1073" in law for law in f.legal_basis), f.legal_basis
    assert not any("SI 2022/772" in law for law in f.legal_basis), f.legal_basis
    assert "Warm Home Discount (Scotland)" in f.what
    claimed = _found(h, dt.date(2025, 11, 1), claims=Claims(pension_credit=True))["warm_home_discount"]
    assert claimed.certainty == "entitled" and claimed.annual == 15000


def test_after_the_scottish_scheme_period_it_is_a_check_needed_naming_the_scheme():
    h = Household(adults=Adult(age=75, state_pension_weekly=17000), nation="scotland")
    f = _found(h, dt.date(2026, 12, 7))["warm_home_discount"]
    assert f.certainty == "check_needed" and not f.valued and f.annual == 0 and f.annual_basis == ""
    assert "Warm Home Discount (Scotland)" in f.what
    text = " ".join((f.question, *f.notes))
    assert "31 March 2026" in text and "SI 2022/1073" in " ".join(f.legal_basis)


def test_scottish_universal_credit_household_is_asked_about_the_broader_group():
    h = Household(adults=Adult(age=30), nation="scotland")
    f = _found(h, dt.date(2025, 11, 1))["warm_home_discount"]
    assert f.certainty == "check_needed" and not f.valued
    assert "broader group" in " ".join((f.question, *f.notes, f.action))
    assert "regs 21-22" in " ".join(f.legal_basis)


def test_england_is_unchanged():
    h = Household(adults=Adult(age=75, state_pension_weekly=17000))
    f = _found(h, dt.date(2025, 11, 1))["warm_home_discount"]
    assert f.annual == 15000 and any("SI 2022/772" in law for law in f.legal_basis)
