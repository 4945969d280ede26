"""Scotland, working-age Council Tax Reduction: the transitional family premium (SSI 2021/249 reg 98), worked by hand.

Law read (legalize-dev/legalize-uk mirror, 2026-12-07):
- SSI 2021/249 reg 98: "(1) Where on 31 March 2022 a person is entitled to an amount by virtue of regulation 2
  (transitional provision) of the Council Tax Reduction (Scotland) Amendment Regulations 2016 ('a transitional family
  premium'), the person is entitled to a transitional family premium under these Regulations. (2) The amount ... is
  (a) £22.20 per week if that is the amount the applicant was entitled to on 31 March 2022, and (b) in all other
  cases, £[x] per week. (3) A transitional family premium is to be included in determining the person's weekly
  applicable amount (see regulation 35). (4) The person ceases to have any further entitlement ... when the person (a)
  ceases to be a member of a family which includes at least one child or young person, or (b) makes a new
  application" (not a re-assessment, nor the application reg 97 deems made on 1 April 2022).
- SSI 2016/81 reg 2: the family premium kept for a person entitled to council tax reduction on 30 April 2016 who is a
  member of a family including a child or young person, until that ceases or a new application is made. The household
  says it with ``transitional_family_premium`` (as for the pension-age scheme, SSI 2012/319 reg 20(e)), and reg
  98(2)(a) with ``transitional_family_premium_22_20``.
- Reg 98(2)(b): £19.15 from 1 April 2024 (SSI 2024/35 reg 16), £19.48 from 1 April 2025 (SSI 2025/24 reg 15), £20.22
  from 1 April 2026 (SSI 2026/56 reg 13), each read in full.
- Sch 1 para 1 (personal allowance, lone parent) £90.50 / £92.05 / £95.55 and para 2 (child premium) £104.05 / £105.85
  / £109.85 (SSI 2024/35 reg 17(a)-(b), SSI 2025/24 reg 16(a)-(b), SSI 2026/56 reg 14(a)-(b)).

The household: a lone parent, 40, one child (born 2018), a private pension of £250.00 a week and no earnings, so no
Universal Credit; Glasgow, band C on a £1,500.00 Band D: 8/9 (LGFA 1992 s 74(1)) = £1,333.33 a year, less the 25%
single person discount (s 79) = £1,000.00, x 7 / 365 = £19.178 a week (shown £19.18). Taper 20% of the excess (reg
13(6)(b)(ii): 2 6/7% a day); the reduction is the week's maximum less the taper, rounded once at the end.
"""

from __future__ import annotations

import datetime as dt

import pytest

from entitlements import Adult, Child, Household, Housing, estimate
from entitlements.errors import InputError


def _lone_parent(protected=False, kept_22_20=False, *, children=1, nation="scotland", council="Glasgow City"):
    return Household(adults=(Adult(age=40, pension_income_weekly=25000),),
                     children=tuple(Child(date_of_birth=dt.date(2018, 5, 1)) for _ in range(children)),
                     nation=nation, local_authority=council, transitional_family_premium=protected,
                     transitional_family_premium_22_20=kept_22_20,
                     housing=Housing(tenure="owner_occupier", council_tax_band="C", council_tax_band_d=150000))


def _ctr(h, on):
    return estimate(h, on=on).benefits.council_tax


@pytest.mark.parametrize("on, without, general, kept", [
    # 2024-25: £90.50 + £104.05 = £194.55; + £19.15 = £213.70; + £22.20 = £216.75.
    #   excess £250 - £194.55 = £55.45 x 20% = £11.09, £19.178 - £11.09 = £8.088, £8.09;
    #   £36.30 x 20% = £7.26, £11.918, £11.92;  £33.25 x 20% = £6.65, £12.528, £12.53.
    (dt.date(2024, 6, 3), (19455, 809), (21370, 1192), (21675, 1253)),
    # 2025-26: £92.05 + £105.85 = £197.90; + £19.48 = £217.38; + £22.20 = £220.10.
    #   £52.10 x 20% = £10.42, £8.758, £8.76;  £32.62 x 20% = £6.524, £19.178 - £6.524 = £12.654, £12.65;
    #   £29.90 x 20% = £5.98, £13.198, £13.20.
    (dt.date(2025, 6, 2), (19790, 876), (21738, 1265), (22010, 1320)),
    # 2026-27: £95.55 + £109.85 = £205.40; + £20.22 = £225.62; + £22.20 = £227.60.
    #   £44.60 x 20% = £8.92, £10.258, £10.26;  £24.38 x 20% = £4.876, £14.302, £14.30;  £22.40 x 20% = £4.48,
    #   £14.698, £14.70.
    (dt.date(2026, 6, 1), (20540, 1026), (22562, 1430), (22760, 1470)),
])
def test_the_premium_each_year_in_the_applicable_amount_and_the_reduction(on, without, general, kept):
    for h, (applicable, reduction) in ((_lone_parent(), without), (_lone_parent(True), general),
                                       (_lone_parent(True, True), kept)):
        c = _ctr(h, on)
        assert (c.ctr_scheme, c.ctr_status, c.weekly_liability) == (6, 1, 1918)  # scotland_working_age, worked out
        assert (c.ctr_applicable_amount, c.reduction_weekly) == (applicable, reduction)


def test_no_premium_without_a_child_in_the_family_2026():
    # Reg 98(4)(a): it ends when the family no longer includes a child or young person. Single, 40, £250 a week:
    # £95.55 (aged 25 or over), protected or not.
    h = Household(adults=(Adult(age=40, pension_income_weekly=25000),), nation="scotland",
                  local_authority="Glasgow City", transitional_family_premium=True,
                  housing=Housing(tenure="owner_occupier", council_tax_band="C", council_tax_band_d=150000))
    assert _ctr(h, dt.date(2026, 6, 1)).ctr_applicable_amount == 9555


def test_the_sheet_shows_the_premium_under_the_applicable_amount_with_its_source_2026():
    text = " ".join(estimate(_lone_parent(True), on=dt.date(2026, 6, 1)).render().split())
    assert "of which the transitional family premium £20.22" in text
    assert "SSI 2026/56) reg 13" in text and "SSI 2021/249 reg 98(1)-(3)" in text
    kept = " ".join(estimate(_lone_parent(True, True), on=dt.date(2026, 6, 1)).render().split())
    assert "of which the transitional family premium £22.20" in kept and "reg 98(2)(a)" in kept


def test_not_protected_the_sheet_says_what_was_assumed_where_it_would_count_2026():
    text = " ".join(estimate(_lone_parent(), on=dt.date(2026, 6, 1)).render().split())
    assert "No transitional family premium: below pension age in Scotland" in text
    assert "£20.22 a week, or £22.20 if that was the amount then (SSI 2021/249 reg 98(2))" in text
    assert "give transitional_family_premium (--transitional-family-premium)" in text


def test_22_20_without_the_premium_is_an_error():
    with pytest.raises(InputError, match="transitional_family_premium_22_20"):
        _lone_parent(False, True)


def test_elsewhere_the_flag_changes_nothing_in_a_working_age_scheme_2026():
    # Wales's working-age scheme has its own family premium rules (WSI 2013/3029 Sch 7); the flag is Scottish only.
    on = dt.date(2026, 6, 1)
    wales = [_ctr(_lone_parent(p, nation="wales", council="Cardiff"), on) for p in (False, True)]
    assert wales[0].ctr_applicable_amount == wales[1].ctr_applicable_amount
    assert wales[0].reduction_weekly == wales[1].reduction_weekly
