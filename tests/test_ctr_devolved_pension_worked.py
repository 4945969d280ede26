"""Council Tax Reduction for pensioners in Wales and Scotland: every figure of
the applicable amount and of the non-dependant deductions, worked by hand,
on the last day of 2024-25 and the first of 2025-26.

Why (issue 21, mutation sample 3): a Welsh premium moved by a penny passed
every test; only a few of these figures were pinned (Wales: the 2024-25
family premium, two non-dependant bands; Scotland: the child amount and the
disabled child premium). Each figure below is used alone, so a penny in any
of them, or a row starting a day early or late, fails here.

The law:

* Wales: Council Tax Reduction Schemes and Prescribed Requirements (Wales)
  Regulations 2013 (WSI 2013/3029) Sch 1 para 3 (non-dependant deductions)
  and Sch 2 paras 1-3, 12 (personal allowance, child amount, family premium,
  premiums). The 2024-25 figures were read in WSI 2024/56 reg 5 (single
  £235.20, couple £352.00, child £83.24, family premium £19.15; para 12:
  severe disability £81.50, double £163.00, enhanced disability (child)
  £32.20, disabled child £80.01, carer £45.60). The 2025-26 figures are those
  of WSI 2025/59 regs 5-6 as the rule tables record them (single £244.40,
  couple £366.00, child £84.66, family premium £19.48; premiums £82.90,
  £165.80, £32.75, £81.37, £46.40; deductions £18.70, £15.65, £12.45, £6.25
  at £266, £463 and £577, which reg 8 sets alike for working age: read).
* Scotland: Council Tax Reduction (State Pension Credit) (Scotland)
  Regulations 2012 (SSI 2012/319) reg 48 and Sch 1, with the figures of SSI
  2025/24 regs 4-5 (2025-26, and the 2024-25 figures each replaces) as the
  rule tables record them: the personal allowances, family premium and
  premiums are Wales's; the child amount is £104.05 (2024-25) and £105.85
  (2025-26); non-dependants: £15.65, £13.15, £10.35, £5.25 at £260, £451 and
  £558 (2024-25); £15.95, £13.40, £10.55, £5.35 at £273, £474 and £586
  (2025-26). (SSI 2025/24 reg 16, read, uprates the working-age premiums to
  the same £82.90, £81.37, £32.75 and £46.40.)

Both schemes' tables change on 1 April (``applies = "day"``).
"""

from __future__ import annotations

import datetime as dt

import pytest

from entitlements.benefits import council_tax_reduction as ctr
from entitlements.tables import default_tables

T = default_tables()
LAST_2024 = dt.date(2025, 3, 31)
FIRST_2025 = dt.date(2025, 4, 1)

# (scheme, household, 2024-25 amount, 2025-26 amount), pence a week, each
# worked from the figures in the module docstring.
APPLICABLE = [
    # Single: the personal allowance alone.
    ("wales_pension", dict(couple=False), 23520, 24440),
    ("scotland_pension", dict(couple=False), 23520, 24440),
    # Couple: £352.00; £366.00.
    ("wales_pension", dict(couple=True), 35200, 36600),
    ("scotland_pension", dict(couple=True), 35200, 36600),
    # One allowance for every pensioner in both schemes (no higher rate for pensionable age
    # reached before 1 April 2021, unlike England): the same £235.20 / £244.40 and £352.00 / £366.00.
    ("wales_pension", dict(couple=False, reached_before_2021=True), 23520, 24440),
    ("wales_pension", dict(couple=True, reached_before_2021=True), 35200, 36600),
    ("scotland_pension", dict(couple=False, reached_before_2021=True), 23520, 24440),
    ("scotland_pension", dict(couple=True, reached_before_2021=True), 35200, 36600),
    # Single, severe disability premium: 235.20 + 81.50 = 316.70; 244.40 + 82.90 = 327.30.
    ("wales_pension", dict(couple=False, severe_disability=1), 31670, 32730),
    ("scotland_pension", dict(couple=False, severe_disability=1), 31670, 32730),
    # Couple, both severely disabled: 352.00 + 163.00 = 515.00; 366.00 + 165.80 = 531.80.
    ("wales_pension", dict(couple=True, severe_disability=2), 51500, 53180),
    ("scotland_pension", dict(couple=True, severe_disability=2), 51500, 53180),
    # Single, one child: Wales 235.20 + 83.24 + family 19.15 = 337.59; 244.40 + 84.66 + 19.48 = 348.54.
    ("wales_pension", dict(couple=False, children=1), 33759, 34854),
    # Two children: Wales 235.20 + 2 x 83.24 + 19.15 = 420.83; 244.40 + 2 x 84.66 + 19.48 = 433.20.
    ("wales_pension", dict(couple=False, children=2), 42083, 43320),
    # Scotland, with the transitional family premium (SSI 2012/319 reg 20(e), SSI 2016/81 reg 2): 235.20 + 2 x 104.05
    # + 19.15 = 462.45; 244.40 + 2 x 105.85 + 19.48 = 475.58. Without it (the default): 443.30; 456.10.
    ("scotland_pension", dict(couple=False, children=2, transitional_family_premium=True), 46245, 47558),
    ("scotland_pension", dict(couple=False, children=2), 44330, 45610),
    # One child with the enhanced disability premium: Wales 337.59 + 32.20 = 369.79; 348.54 + 32.75 = 381.29.
    ("wales_pension", dict(couple=False, children=1, enhanced_disability_children=1), 36979, 38129),
    # Scotland: 235.20 + 104.05 + 19.15 + 32.20 = 390.60; 244.40 + 105.85 + 19.48 + 32.75 = 402.48.
    ("scotland_pension", dict(couple=False, children=1, enhanced_disability_children=1,
                              transitional_family_premium=True), 39060, 40248),
    # One disabled child: Wales 337.59 + 80.01 = 417.60; 348.54 + 81.37 = 429.91.
    ("wales_pension", dict(couple=False, children=1, disabled_children=1), 41760, 42991),
    # Scotland (protected): 235.20 + 104.05 + 19.15 + 80.01 = 438.41; 244.40 + 105.85 + 19.48 + 81.37 = 451.10.
    ("scotland_pension", dict(couple=False, children=1, disabled_children=1, transitional_family_premium=True),
     43841, 45110),
    # Single carer: 235.20 + 45.60 = 280.80; 244.40 + 46.40 = 290.80.
    ("wales_pension", dict(couple=False, carers=1), 28080, 29080),
    # Couple, both carers: 352.00 + 2 x 45.60 = 443.20; 366.00 + 2 x 46.40 = 458.80.
    ("wales_pension", dict(couple=True, carers=2), 44320, 45880),
    ("scotland_pension", dict(couple=True, carers=2), 44320, 45880),
]


@pytest.mark.parametrize("scheme, household, amount_2024, amount_2025", APPLICABLE)
def test_applicable_amount_each_figure_on_31_march_and_1_april_2025(scheme, household, amount_2024, amount_2025):
    got = [ctr.applicable_amount(on=day, tables=T, scheme=scheme, **household) for day in (LAST_2024, FIRST_2025)]
    assert got == [amount_2024, amount_2025]


# (scheme, day, [(gross weekly income in pence, in remunerative work, deduction in pence)]):
# below the lowest threshold, or not in work, the lowest deduction; "not less
# than" each threshold, the next band (Wales Sch 1 para 3(1)-(2); Scotland reg 48(1)-(2)).
NON_DEPENDANTS = [
    ("wales_pension", LAST_2024, [(30000, False, 580), (25599, True, 580), (25600, True, 1155), (44499, True, 1155),
                                  (44500, True, 1450), (55399, True, 1450), (55400, True, 1735)]),
    ("wales_pension", FIRST_2025, [(30000, False, 625), (26599, True, 625), (26600, True, 1245), (46299, True, 1245),
                                   (46300, True, 1565), (57699, True, 1565), (57700, True, 1870)]),
    # The Welsh working-age scheme (WSI 2013/3029 Sch 6 para 5(1)-(2)): the same figures and
    # thresholds, set alike by WSI 2025/59 reg 8 (read). Mutation sample 5: its middle
    # deduction moved to £15.66 passed every test.
    ("wales_working_age", LAST_2024, [(30000, False, 580), (25599, True, 580), (25600, True, 1155),
                                      (44499, True, 1155), (44500, True, 1450), (55399, True, 1450),
                                      (55400, True, 1735)]),
    ("wales_working_age", FIRST_2025, [(30000, False, 625), (26599, True, 625), (26600, True, 1245),
                                       (46299, True, 1245), (46300, True, 1565), (57699, True, 1565),
                                       (57700, True, 1870)]),
    ("scotland_pension", LAST_2024, [(30000, False, 525), (25999, True, 525), (26000, True, 1035), (45099, True, 1035),
                                     (45100, True, 1315), (55799, True, 1315), (55800, True, 1565)]),
    ("scotland_pension", FIRST_2025, [(30000, False, 535), (27299, True, 535), (27300, True, 1055), (47399, True, 1055),
                                      (47400, True, 1340), (58599, True, 1340), (58600, True, 1595)]),
]


@pytest.mark.parametrize("scheme, day, cases", NON_DEPENDANTS)
def test_non_dependant_deduction_each_band_and_threshold(scheme, day, cases):
    got = [ctr.non_dependant_deduction(income, work, on=day, tables=T, scheme=scheme) for income, work, _ in cases]
    assert got == [want for _, _, want in cases]
    # A non-dependant for whom no deduction is made (``exempt``, the caller's finding): nothing.
    assert ctr.non_dependant_deduction(60000, True, True, on=day, tables=T, scheme=scheme) == 0


@pytest.mark.parametrize("scheme, sources", [
    ("wales_pension", ("WSI 2013/3029 Schs 1-2",
                       "figures: WSI 2025/59 (2024-25 and 2025-26), WSI 2026/13 (2026-27)")),
    ("scotland_pension", ("SSI 2012/319 regs 20, 47-57, Schs 1 and 5",
                          "figures: SSI 2025/24 (2024-25 and 2025-26), SSI 2026/56 (2026-27)")),
])
def test_each_scheme_cites_its_own_regulations(scheme, sources):
    """The working sheet cites the scheme's own instrument: the Welsh
    prescribed requirements (WSI 2013/3029) for Wales, the Scottish State
    Pension Credit CTR regulations (SSI 2012/319) for Scotland (issue 21,
    mutation sample 5: `scheme == "wales_pension"` negated swapped them and
    no test saw it)."""
    # A single pensioner on the guarantee credit: no income or capital counts (class A), so the reduction is
    # the maximum, the whole liability (no non-dependant). £1,460.00 a year in 2025-26 (365 days):
    # 146,000 x 7 / 365 = £28.00 a week exactly; the year, 2,800 x 365 / 7 = £1,460.00.
    r = ctr.pension_age_reduction(146000, on=FIRST_2025, tables=T, scheme=scheme, guarantee_credit=True)
    assert (r.scheme, r.kind, r.weekly, r.annual, r.sources) == (scheme, "A", 2800, 146000, sources)
