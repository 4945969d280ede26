"""Income gain of a Carer's Allowance outcome where the carer gets a benefit
that overlaps with it (:mod:`entitlements.gain.overlapping`): State
Pension, new-style ESA or JSA reduce Carer's Allowance, only the balance is
paid, and nil leaves the underlying entitlement (Social Security
(Overlapping Benefits) Regulations 1979, SI 1979/597, regs 4(5)(a), 12, 16,
read in legalize-uk ``uk/uksi-1979-597.md``). Each case in the one-household
path and the caseload path, to the penny.

Amounts from the rule tables (each with its source): Carer's Allowance
£83.30 a week from 7 April 2025, £86.45 from 6 April 2026 (SI 2025/295, SI
2026/148 art 3, Sch 1 Pt III para 4); Pension Credit standard minimum
guarantee £227.10 single, £346.60 couple, carer amount £46.40 (SI 2025/295
art 29(2), (2)(e)); Universal Credit standard allowance, joint claimants
either 25 or over, £628.10, carer element £201.68 a month (SI 2025/295 art
32(2), Sch 13).

Every scenario: the Universal Credit award's first day 1 May 2025 (it fixes
the assessment periods), the outcome effective and decided on 1 May 2025,
the projection 12 assessment periods from 1 May 2025 to 30 April 2026: 340
days to 5 April 2026 at the 2025-26 Carer's Allowance rate, 25 days from 6
April at the 2026-27 rate; every assessment period begins before 6 April
2026, so Universal Credit is at its 2025-26 rates throughout. Convention
weekly x 52.
"""

from __future__ import annotations

import datetime as dt

from entitlements import Adult, Household, caseload_gains
from entitlements.benefits.household_total import calculate
from entitlements.columns import household_columns
from entitlements.gain import LineSpec, Outcome, Scenario, household_after, income_gain, line_over, line_weekly
from entitlements.gain.pension_age import KNOCK_ON_BENEFITS
from entitlements.tables import Tables

D = dt.date
TABLES = Tables.load()


def _ca(h: Household, adult: int = 1) -> Scenario:
    return Scenario(household=h, claim_start=D(2025, 5, 1), outcomes=(Outcome(
        kind="carers_allowance", effective=D(2025, 5, 1), decided=D(2025, 5, 1), confirmed=True, adult=adult),))


def _both(s: Scenario):
    """The gain by each path: (Carer's Allowance line weekly and projected, Pension Credit line weekly and
    projected, recurring monthly UC gain, projected UC, weekly total, annual, projected), one household
    first, then the caseload."""
    g = income_gain(s)
    lines = {b.benefit: (b.weekly, b.projected) for b in g.benefit_lines}
    one = (lines["carers_allowance"], lines.get("pension_credit", (0, 0)), g.recurring_monthly, g.projected_uc,
           g.recurring_weekly_total, g.annual, g.projected)
    c = caseload_gains([s])
    assert c.valid[0], c.reasons[0]
    p, j = c.projection, KNOCK_ON_BENEFITS.index("pension_credit")
    ko = (0, 0) if c.knock_ons is None else (int(c.knock_ons.weekly[0, j]), int(c.knock_ons.projected[0, j]))
    many = ((int(p.line_weekly[0]), int(p.line_projected[0])), ko, int(p.recurring_monthly[0]), int(p.projected_uc[0]),
            int(c.weekly_total[0]), int(c.annual[0]), int(c.projected[0]))
    return one, many


def test_single_pensioner_state_pension_230_25_no_carers_allowance_paid_but_the_pension_credit_carer_amount():
    # A single pensioner, 70 (pension age reached in 2020-21, after 6 April 2016: no savings credit), State
    # Pension £230.25, claims Carer's Allowance for a neighbour.
    # Carer's Allowance: £83.30 - £230.25 < 0: nil paid (reg 4(5)(a), 12); from 6 April 2026 £86.45 - £230.25 < 0:
    #   nil. Line: £0.00 a week, £0.00 over the projection (the old gain said £83.30 a week, £4,331.60 a year).
    # Underlying entitlement (reg 16) gives the carer amount (SI 2002/1792 Sch I Pt II para 4):
    #   Pension Credit before: minimum guarantee £227.10 < income £230.25: nil.
    #   After: £227.10 + £46.40 = £273.50; income £230.25 (no Carer's Allowance paid): £43.25.
    #   Up £43.25 a week. From 6 April 2026 (SI 2026/148): before £238.00 - £230.25 = £7.75; after £238.00 +
    #   £48.15 - £230.25 = £55.90: up £48.15. Over the projection, at the rates of each day: 340 x £43.25 / 7 =
    #   £2,100.714... = £2,100.71; 25 x £48.15 / 7 = £171.964... = £171.96; £2,272.67.
    # Weekly gain £43.25; annual £43.25 x 52 = £2,249.00.
    one, many = _both(_ca(Household(adults=Adult(age=70, state_pension_weekly=23025))))
    assert one == ((0, 0), (4325, 210071 + 17196), 0, 0, 4325, 224900, 227267)
    assert many == one


def test_single_pensioner_state_pension_50_gets_the_difference_and_pension_credit_the_carer_amount_less_it():
    # State Pension £50.00 (a part basic pension).
    # Carer's Allowance paid: £83.30 - £50.00 = £33.30 a week; from 6 April 2026 £86.45 - £50.00 = £36.45.
    #   Over the projection: 340 x £33.30 / 7 = £1,617.428... = £1,617.43; 25 x £36.45 / 7 = £130.178... =
    #   £130.18; £1,747.61.
    # Pension Credit before: £227.10 - £50.00 = £177.10. After: (£227.10 + £46.40) - (£50.00 + £33.30) =
    #   £273.50 - £83.30 = £190.20. Up £13.10. From 6 April 2026: before £238.00 - £50.00 = £188.00; after
    #   (£238.00 + £48.15) - (£50.00 + £36.45) = £199.70: up £11.70. Over the projection 340 x £13.10 / 7 =
    #   £636.285... = £636.29; 25 x £11.70 / 7 = £41.785... = £41.79; £678.08.
    # Weekly gain £33.30 + £13.10 = £46.40; annual x 52 = £2,412.80; projected £1,747.61 + £678.08 = £2,425.69.
    one, many = _both(_ca(Household(adults=Adult(age=70, state_pension_weekly=5000))))
    assert one == ((3330, 174761), (1310, 63629 + 4179), 0, 0, 4640, 241280, 242569)
    assert many == one


def test_state_pension_85_overlaps_the_2025_rate_wholly_and_the_2026_rate_all_but_1_45():
    # State Pension £85.00. Carer's Allowance paid: £83.30 - £85.00 < 0: nil to 5 April 2026; then
    #   £86.45 - £85.00 = £1.45. Weekly line (the assessment period of 1 May 2025): nil. Over the projection:
    #   340 days nil + 25 x £1.45 / 7 = £5.178... = £5.18: the overlap at each date.
    # Pension Credit: before £227.10 - £85.00 = £142.10; after £273.50 - £85.00 = £188.50: up £46.40. From
    #   6 April 2026: before £238.00 - £85.00 = £153.00; after £286.15 - (£85.00 + £1.45) = £199.70: up £46.70.
    #   340 x £46.40 / 7 = £2,253.714... = £2,253.71; 25 x £46.70 / 7 = £166.785... = £166.79; £2,420.50.
    # Weekly gain £46.40; annual £2,412.80; projected £5.18 + £2,420.50 = £2,425.68.
    one, many = _both(_ca(Household(adults=Adult(age=70, state_pension_weekly=8500))))
    assert one == ((0, 518), (4640, 225371 + 16679), 0, 0, 4640, 241280, 242568)
    assert many == one


def test_working_age_carer_on_new_style_esa_92_05_no_carers_allowance_paid_uc_carer_element_gained():
    # A couple, 40 and 35. Adult 1 gets PIP daily living; adult 2, the carer, new-style ESA £92.05 (the
    # assessment-phase rate 2025-26), claims Carer's Allowance.
    # Carer's Allowance: £83.30 - £92.05 < 0 (and £86.45 - £92.05 < 0): nil paid, line nil.
    # Universal Credit before: £628.10 - ESA £92.05 x 52 / 12 (£398.883... = £398.88) = £229.22.
    #   After: £628.10 + carer element £201.68 (reg 29-30: caring, whatever Carer's Allowance pays)
    #   - £398.88 (no Carer's Allowance income) = £430.90. Up £201.68 a month; 12 periods: £2,420.16.
    #   (The old gain counted £83.30 a week of Carer's Allowance as paid, line and income: UC down £159.29.)
    # Weekly: £201.68 x 12 / 52 = £46.541... = £46.54; annual £46.54 x 52 = £2,420.08.
    h = Household(adults=(Adult(age=40, pip_daily_living="standard"), Adult(age=35, new_style_esa_weekly=9205)))
    one, many = _both(_ca(h, adult=2))
    assert one == ((0, 0), (0, 0), 20168, 242016, 4654, 242008, 242016)
    assert many == one


def test_working_age_carer_on_new_style_jsa_60_paid_the_difference_which_uc_counts_as_income():
    # As above, adult 2 on new-style JSA £60.00 instead.
    # Carer's Allowance paid: £83.30 - £60.00 = £23.30; from 6 April 2026 £86.45 - £60.00 = £26.45.
    #   Over the projection: 340 x £23.30 / 7 = £1,131.714... = £1,131.71; 25 x £26.45 / 7 = £94.464... = £94.46;
    #   £1,226.17.
    # Universal Credit before: £628.10 - £60.00 x 52 / 12 (£260.00) = £368.10. After: £628.10 + £201.68
    #   - (£60.00 + £23.30) x 52 / 12 (£360.966... = £360.97) = £468.81. Up £100.71; 12 periods £1,208.52.
    # Weekly: £100.71 x 12 / 52 = £23.240... = £23.24, + £23.30 = £46.54; annual £2,420.08;
    #   projected £1,208.52 + £1,226.17 = £2,434.69.
    h = Household(adults=(Adult(age=40, pip_daily_living="standard"), Adult(age=35, new_style_jsa_weekly=6000)))
    one, many = _both(_ca(h, adult=2))
    assert one == ((2330, 122617), (0, 0), 10071, 120852, 4654, 242008, 243469)
    assert many == one


def test_overlap_is_per_person_the_partners_state_pension_and_esa_do_not_reduce_the_carers_allowance():
    # A pensioner couple: adult 1, the carer, State Pension £50.00; adult 2, cared for (AA higher), State
    # Pension £150.00. Only the carer's own £50.00 counts (reg 4(1): benefits payable to the same person):
    # Carer's Allowance paid £33.30 (not nil, as the couple's £200.00 would make it), £36.45 from 6 April 2026;
    # over the projection £1,747.61 (as in the single case).
    # Pension Credit before: £346.60 - £200.00 = £146.60 (one partner on AA: no severe disability amount,
    #   Sch I para 1(1)(b)). After: (£346.60 + £46.40) - (£200.00 + £33.30) = £159.70. Up £13.10. From 6 April
    #   2026: £363.25 - £200.00 = £163.25 before, (£363.25 + £48.15) - (£200.00 + £36.45) = £174.95 after: up
    #   £11.70. Over the projection £636.29 + £41.79 = £678.08 (as in the single case).
    # Weekly £46.40, annual £2,412.80, projected £1,747.61 + £678.08 = £2,425.69.
    h = Household(adults=(Adult(age=70, state_pension_weekly=5000),
                          Adult(age=72, state_pension_weekly=15000, attendance_allowance="higher")))
    one, many = _both(_ca(h, adult=1))
    assert one == ((3330, 174761), (1310, 67808), 0, 0, 4640, 241280, 242569)
    assert many == one
    # Working age: the partner (cared for, PIP) on new-style ESA £92.05, the carer on nothing: Carer's
    # Allowance £83.30 paid in full (£86.45 from 6 April 2026): 340 x £83.30 / 7 = £4,046.00; 25 x £86.45 / 7
    # = £308.75; £4,354.75. UC before £229.22 (above); after £628.10 + £201.68 - (£92.05 + £83.30) x 52 / 12
    # (£759.85) = £69.93: down £159.29 a month, 12 periods -£1,911.48. Weekly £83.30 + (-£159.29 x 12 / 52
    # = -£36.759... = -£36.76) = £46.54; annual £2,420.08; projected -£1,911.48 + £4,354.75 = £2,443.27.
    h = Household(adults=(Adult(age=40, pip_daily_living="standard", new_style_esa_weekly=9205), Adult(age=35)))
    one, many = _both(_ca(h, adult=2))
    assert one == ((8330, 435475), (0, 0), -15929, -191148, 4654, 242008, 244327)
    assert many == one


def test_the_after_household_is_paid_the_balance_or_claims_with_nil_paid_and_keeps_the_entitlement():
    on = D(2025, 5, 1)
    o = Outcome(kind="carers_allowance", effective=on, adult=1)
    low = household_after(Household(adults=Adult(age=70, state_pension_weekly=5000)), o, on=on, tables=TABLES)
    a = low.adults[0]
    # £83.30 - £50.00 = £33.30 paid, given as the amount paid.
    assert (a.carer, a.carers_allowance_weekly, a.claims_carers_allowance) == (True, 3330, False)
    high = household_after(Household(adults=Adult(age=70, state_pension_weekly=23025)), o, on=on, tables=TABLES)
    a = high.adults[0]
    assert (a.carer, a.carers_allowance_weekly, a.claims_carers_allowance) == (True, 0, True)
    # The engine then keeps the underlying entitlement (£83.30) and pays nil: the carer amount is in the
    # minimum guarantee, £227.10 + £46.40 = £273.50, less £230.25: £43.25.
    calc = calculate(household_columns(high), on=on, tables=TABLES)
    assert (int(calc.carers_allowance_entitlement[0]), int(calc.carers_allowance[0])) == (8330, 0)
    assert int(calc.pension_credit.award) == 4325


def test_line_spec_less_overlapping_at_each_rate():
    spec = LineSpec("carers_allowance", "carers_allowance.rate", {"": 1}, overlapping_weekly=8500)
    # £83.30 - £85.00 < 0: nil on 1 May 2025; £86.45 - £85.00 = £1.45 on 6 April 2026.
    assert (line_weekly(spec, D(2025, 5, 1), TABLES), line_weekly(spec, D(2026, 4, 6), TABLES)) == (0, 145)
    # 1 April to 30 April 2026: 5 days nil, 25 days x £1.45 / 7 = £5.178... = £5.18.
    assert line_over(spec, D(2026, 4, 1), D(2026, 5, 1), TABLES) == 518
