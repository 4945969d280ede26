"""Council Tax Reduction in the Universal Credit run-on at the qualifying age for Pension Credit, by nation.

Universal Credit runs to the end of the assessment period in which the claimant reaches the qualifying age (SI
2013/381 Sch 1 para 26, as substituted by SI 2020/655 reg 5). For those days, read 2026-12-07:

- England: the pensioners' scheme, the award disregarded (SI 2012/2885 reg 3(2)-(3)).
- Scotland: the same. SSI 2012/319 reg 12(3)(a) (inserted by SSI 2020/413 reg 9, from 1 February 2021): the
  pensioners' regulations "apply to a person who is in receipt of an award of universal credit ... if the person with
  that award has ... attained the qualifying age for state pension credit and (a) the award of universal credit is
  continuing pending a superseding decision taking effect at the end of a universal credit assessment period, as
  provided for by paragraph 26 of schedule 1" of SI 2013/381; reg 27(1)(j)(xxvi) (inserted by reg 10(c)): universal
  credit is not income; and the working-age scheme does not apply to them (SSI 2021/249 reg 3(2)(a)).
- Wales: WSI 2013/3029 reg 3 makes a "pensioner" only a person who, with any partner, is not "a person with an award
  of universal credit"; WSI 2021/34 reg 4(2) adds universal credit to the pensioners' disregarded income (Sch 1 para
  10(1)(j)(xx)) and leaves reg 3 as it was. The library takes the pensioners' scheme, as in England and Scotland: a
  known difference (docs/known-differences.md), pinned here so that a change to it is a decision.

Born 20 June 1960: the qualifying age (pensionable age, 66 years and 3 months: Pensions Act 1995 Sch 4 para 1(7),
Table 3) on 20 September 2026. The one-day engine works out Universal Credit on the period's first day; on a day in
the run-on it gives no award (the household is assessed at pension age) and the pension-age scheme.
"""

from __future__ import annotations

import datetime as dt

import pytest

from entitlements import Adult, Household, estimate
from entitlements.benefits.council_tax_columns import CTR_SCHEMES
from entitlements.household import Housing

D = dt.date


def _household(nation, council):
    # Band B of a £2,000.00 Band D (the bill's figure, so every nation's year is there), an owner, alone.
    return Household(adults=(Adult(date_of_birth=D(1960, 6, 20)),), nation=nation, local_authority=council,
                     housing=Housing(tenure="owner_occupier", council_tax_band="B", council_tax_band_d=200000))


@pytest.mark.parametrize("nation, council, working_age, pension_age", [
    ("scotland", "Aberdeen City", "scotland_working_age", "scotland_pension"),
    ("wales", "Cardiff", "wales_working_age", "wales_pension"),
    ("england", "Coventry", "local", "england")])
def test_the_pensioners_scheme_from_the_day_the_award_disregarded(nation, council, working_age, pension_age):
    h = _household(nation, council)
    before = estimate(h, on=D(2026, 9, 19))  # the day before: Universal Credit, the working-age scheme
    assert before.universal_credit.award > 0
    assert CTR_SCHEMES[before.benefits.council_tax.ctr_scheme] == working_age
    run_on = estimate(h, on=D(2026, 9, 25))  # in the period in which the age is reached
    c = run_on.benefits.council_tax
    assert run_on.universal_credit.award == 0  # not income for the pensioners' scheme
    assert (CTR_SCHEMES[c.ctr_scheme], c.ctr_status) == (pension_age, 1)
    # No income: the maximum, the week's council tax. Band B 7/9 x £2,000 = £1,555.56 (1,555.5556), 25% off
    # = £1,166.67 (1,166.67); a week 116,667 x 7 / 365 = 2,237.46p -> £22.37 (2026-27 has 365 days).
    assert (c.annual_liability, c.reduction_weekly) == (116667, 2237)
