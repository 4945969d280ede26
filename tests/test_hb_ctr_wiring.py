"""Housing Benefit, council tax and Council Tax Reduction through estimate()
and estimate_caseload(): worked examples to the penny, and properties.

Figures quoted (each from the instrument named; the arithmetic is here):
- 2024-25 HB pension-age couple personal allowance, reached pensionable age
  before April 2021: £352.00 (SI 2024/242 Sch 6, SI 2006/214 Sch 3 para 1);
  the same for CTR England (SI 2024/29 reg 6, SI 2012/2885 Sch 2 para 1).
- 2024-25 Pension Credit standard minimum guarantee, couple: £332.95 (SI 2024/242 art 29).
- LHA Coventry BRMA from April 2024: 1 bedroom £132.33 a week, 2 bedrooms £155.34.
- HB non-dependant deductions 2024-25 (SI 2024/242 art 24(3)): gross £445 to
  under £554 a week: £113.50; not in work: £19.30.
- CTR England non-dependant deductions 2024-25 (SI 2024/29 reg 5): in work,
  gross £445 to under £554: £12.60.
- Band D North Warwickshire 2024-25 (area Band D): £2,319.41; Aberdeen City 2024-25: £1,489.55.
- Band proportions (LGFA 1992 s 5(1)): C 8/9, B 7/9, A 6/9; Scotland (SSI 2016/368): D 360, B 280.
"""

from __future__ import annotations

import datetime as dt

import attrs
import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from entitlements import Adult, Caseload, Child, Household, estimate, estimate_caseload
from entitlements.benefits import council_tax_reduction_local as local
from entitlements.household import Housing, NonDependant

MAY_2024 = dt.date(2024, 5, 1)


def _couple(sp1, sp2, **housing):
    base = dict(tenure="private_rent", rent=70000, brma="Coventry", council_tax_band="C")
    base.update(housing)
    return Household(adults=(Adult(age=75, state_pension_weekly=sp1), Adult(age=72, state_pension_weekly=sp2)),
                     housing=Housing(**base), local_authority="North Warwickshire")


def test_pensioner_couple_renting_privately_no_pension_credit_2024():
    e = estimate(_couple(23000, 17000), on=MAY_2024)
    hb = e.benefits.housing_benefit
    # Rent £700 a month x 12 / 52 = £161.538 -> £161.54 (SI 2006/214 reg 61(2)); LHA 1 bed £132.33 caps it.
    assert hb.weekly_eligible_rent == 13233
    # Income £230 + £170 = £400; applicable amount £352.00; excess £48.00; 65% = £31.20.
    assert (hb.applicable_amount.total, hb.weekly_income, hb.excess_income, hb.taper_deduction) == (35200, 40000, 4800, 3120)
    assert hb.award == 13233 - 3120 == 10113
    c = e.benefits.council_tax
    # Band C = 8/9 x £2,319.41 = £2,061.698 -> £2,061.70; a week 2,061.70 x 7 / 365 = £39.539 -> £39.54.
    assert (c.band_amount_annual, c.annual_liability, c.weekly_liability) == (206170, 206170, 3954)
    # CTR (SI 2012/2885 Sch 1 para 3): £39.5394 - 20% x £48.00 = £29.9394 -> £29.94;
    # a year £2,061.70 - £9.60 x 365 / 7 = £1,561.129 -> £1,561.13; left to pay £500.57.
    assert (c.reduction_weekly, c.reduction_annual, c.to_pay_annual) == (2994, 156113, 50057)
    # Household total: HB + CTR (no UC: both over the qualifying age; no Pension Credit).
    assert e.total_weekly == 10113 + 2994
    sheet = e.render()
    assert "Taper 65% x £48.00" in sheet and "£101.13" in sheet and "Council Tax Reduction" in sheet
    assert "SI 2006/214 reg 50" in sheet and "SI 2012/2885 Sch 1" in sheet
    # State Pension in "All income" once: benefits £131.07 + £400.00 = £531.07.
    assert "All income: benefits, earnings and pensions       £531.07" in sheet


def test_pensioner_couple_with_guarantee_credit_gets_maximum_hb_and_ctr_2024():
    e = estimate(_couple(10000, 8000), on=MAY_2024)
    # Guarantee credit £332.95 - £180.00 = £152.95: income and capital disregarded (SI 2006/214 reg 26).
    assert e.benefits.pension_credit.guarantee_credit == 15295
    assert e.benefits.housing_benefit.passported
    assert e.benefits.housing_benefit.award == 13233
    c = e.benefits.council_tax
    assert (c.reduction_weekly, c.reduction_annual, c.to_pay_annual) == (3954, 206170, 0)
    assert e.total_weekly == 15295 + 13233 + 3954


def test_pensioner_couple_with_a_working_non_dependant_2024():
    h = _couple(23000, 17000, non_dependants=(NonDependant(age=40, remunerative_work=True, gross_weekly_income=45000),))
    e = estimate(h, on=MAY_2024)
    hb = e.benefits.housing_benefit
    # The non-dependant's room: LHA 2 bedrooms £155.34 (< rent £161.54); less £113.50 = £41.84; less £31.20 = £10.64.
    assert (hb.weekly_eligible_rent, hb.non_dependant_deductions, hb.award) == (15534, 11350, 1064)
    c = e.benefits.council_tax
    # Three adults: no discount. CTR £39.5394 - £12.60 - £9.60 = £17.3394 -> £17.34.
    assert (c.discount_percent, c.ctr_non_dependant_deductions, c.reduction_weekly) == (0, 1260, 1734)


def test_single_pensioner_single_person_discount_2024():
    h = Household(adults=(Adult(age=80, state_pension_weekly=25000),),
                  housing=Housing(tenure="owner_occupier", council_tax_band="B"), local_authority="North Warwickshire")
    c = estimate(h, on=MAY_2024).benefits.council_tax
    # Band B 7/9 x £2,319.41 = £1,803.985... -> £1,803.99; 25% off (LGFA 1992 s 11(1)) = £1,352.9925 -> £1,352.99.
    assert (c.band_amount_annual, c.discount_percent, c.annual_liability) == (180399, 25, 135299)
    # A week £1,352.99 x 7 / 365 = £25.947 -> £25.95. Income tax on the State Pension, 2024-25 (disregarded:
    # SI 2002/1792 reg 17(10)(a)): 52 x £250 = £13,000 - £12,570 = £430 x 20% = £86.00, / 52 = £1.65 a week;
    # income £248.35. Born before 1951: savings credit (SI 2002/1792 reg 7, 2024-25: threshold £189.80, maximum
    # £17.01, guarantee £218.15): 60% x (£248.35 - £189.80) = £35.13, capped at £17.01, less 40% x (£248.35 -
    # £218.15) = £12.08: £4.93. A savings credit case counts the Secretary of State's income plus the savings
    # credit: £253.28. Single allowance (before 2021) £235.20: excess £18.08, 20% = £3.616; CTR £25.9477 -
    # £3.616 = £22.3317 -> £22.33.
    assert (c.weekly_liability, c.ctr_applicable_amount, c.ctr_income, c.ctr_excess_income, c.reduction_weekly) == \
        (2595, 23520, 25328, 1808, 2233)


def test_disabled_band_reduction_band_b_charged_as_a_2024():
    h = Household(adults=(Adult(age=80, state_pension_weekly=25000),),
                  housing=Housing(tenure="owner_occupier", council_tax_band="B", disabled_band_reduction=True,
                                  council_tax_disregarded=0), local_authority="North Warwickshire")
    c = estimate(h, on=MAY_2024).benefits.council_tax
    # Band A = 6/9 x £2,319.41 = £1,546.273 -> £1,546.27 (SI 1992/554 reg 4); then 25% off = £1,159.7025 -> £1,159.70.
    assert (c.band_amount_annual, c.annual_liability) == (154627, 115970)


def test_scotland_pension_age_band_d_with_pension_credit_2024():
    h = Household(adults=(Adult(age=70, state_pension_weekly=12000),), nation="scotland",
                  housing=Housing(tenure="owner_occupier", council_tax_band="D"), local_authority="Aberdeen City")
    e = estimate(h, on=MAY_2024)
    c = e.benefits.council_tax
    # Band D £1,489.55, single: 25% off = £1,117.1625 -> £1,117.16; guarantee credit: the whole of it (SSI 2012/319).
    assert (c.band_amount_annual, c.annual_liability, c.reduction_annual, c.to_pay_annual) == (148955, 111716, 111716, 0)
    assert e.benefits.pension_credit.guarantee_credit > 0


def test_temporary_accommodation_uc_claimant_maximum_hb_2024():
    h = Household(adults=(Adult(age=35),),
                  housing=Housing(tenure="supported_or_temporary", accommodation="temporary", rent=30000, rent_period="week",
                                  non_dependants=(NonDependant(age=30),)))
    e = estimate(h, on=MAY_2024)
    hb = e.benefits.housing_benefit
    # Working-age HB (SI 2006/213): on UC, so maximum HB: £300.00 less a non-dependant not in work £19.30 = £280.70.
    assert (hb.scheme, bool(hb.passported), hb.non_dependant_deductions, hb.award) == (2, True, 1930, 28070)
    assert e.benefits.universal_credit.housing_costs_element == 0
    assert "working age, SI 2006/213: temporary accommodation" in e.render()


def test_working_age_council_without_scheme_is_check_needed_naming_it():
    h = Household(adults=(Adult(age=35),), housing=Housing(tenure="owner_occupier", council_tax_band="B"),
                  local_authority="North Warwickshire")
    e = estimate(h, on=MAY_2024)
    c = e.benefits.council_tax
    assert (c.status, c.ctr_status) == (1, 2)
    assert c.reduction_weekly == 0
    assert "North Warwickshire's working-age scheme for 2024-25 is not in the library" in e.render()
    d = e.to_dict()["council_tax"]["calculation"]
    assert d["ctr_status"] == "check_needed" and d["ctr_reason"] == "local_scheme_not_shipped"


def test_no_band_d_for_the_year_is_check_needed_not_zero():
    h = Household(adults=(Adult(age=70),), housing=Housing(tenure="owner_occupier", council_tax_band="B"),
                  local_authority="Coventry")  # no 2024-25 Band D ships for Coventry
    c = estimate(h, on=MAY_2024).benefits.council_tax
    assert (c.status, c.reason, c.ctr_status) == (2, 1, 2)


_BAND_I_REFUSED = ("housing_council_tax_band: 'I' is not allowed (expected A to H in {}, the household's nation (band I "
                   "is Welsh only: LGFA 1992 s 5(3)); a home in Wales has nation wales).")


def test_band_i_outside_wales_is_the_same_input_error_on_every_path(tmp_path):
    # LGFA 1992 s 5(2): England's bands are A to H (and Scotland's, s 74(2)); band I exists only in Wales (s 5(3)).
    # Band I outside Wales is a mistake in the input, as band J would be: one household is refused at once, and a
    # caseload row (CSV, records, DataFrame; the nation from its column or left to default; a gain's or a check's
    # caseload) is that row's error naming the column, the nation and what is allowed, never a row kept with its
    # council tax "check needed" (as a caseload did before, for a row whose nation was not Scotland's or Wales's
    # known from the council alone). Mutant killed: dropping the band I rows from those read alone in
    # households_from_flat_columns (they come back "check_needed: band_not_in_nation").
    from entitlements import caseload_gains, check_caseload

    for nation, la in (("england", "North Warwickshire"), ("scotland", "Aberdeen City")):
        with pytest.raises(Exception) as e:
            Household(adults=(Adult(age=75),), local_authority=la, nation=nation,
                      housing=Housing(tenure="owner_occupier", council_tax_band="I"))
        assert str(e.value) == _BAND_I_REFUSED.format(nation.title()).replace("housing_", "housing.", 1)
    home = {"adult1_age": "75", "adult1_state_pension_weekly": "100", "housing_tenure": "owner_occupier",
            "housing_council_tax_band": "I"}
    recs = [dict(home, case_id="e", local_authority="North Warwickshire", nation="england"),
            dict(home, case_id="s", local_authority="Aberdeen City", nation="scotland"),
            dict(home, case_id="w", local_authority="Cardiff", nation="wales")]
    expected = [_BAND_I_REFUSED.format("England"), _BAND_I_REFUSED.format("Scotland"), ""]
    csv = tmp_path / "band_i.csv"
    csv.write_text("case_id,adult1_age,adult1_state_pension_weekly,housing_tenure,housing_council_tax_band,"
                   "local_authority,nation\n" + "".join(",".join(r.values()) + "\n" for r in
                   [dict(case_id=r["case_id"], **{k: v for k, v in r.items() if k != "case_id"}) for r in recs]))
    pd = pytest.importorskip("pandas")
    for caseload in (Caseload.from_records(recs), Caseload.from_csv(csv), Caseload.from_dataframe(pd.DataFrame(recs))):
        rows = list(estimate_caseload(caseload, on=MAY_2024).rows())
        assert [r["error"] for r in rows] == expected
        assert rows[2]["household_council_tax_status"] != "check_needed: band_not_in_nation"
        assert [(e.index, e.field, e.value) for e in caseload.errors] == [(0, "housing_council_tax_band", "I"),
                                                                         (1, "housing_council_tax_band", "I")]
    # The nation left to its default (England), read in columns or record by record (records of different columns).
    no_nation = [dict(home, case_id="e", local_authority="North Warwickshire")]
    for caseload in (Caseload.from_records(no_nation), Caseload.from_records(no_nation + [{"adult1_age": "30"}])):
        assert next(iter(estimate_caseload(caseload, on=MAY_2024).rows()))["error"] == _BAND_I_REFUSED.format("England")
    # A gain's caseload (the household before the outcome) and a check's caseload refuse the row alike.
    outcome = {"outcome": "ctr_awarded", "claim_start": "2024-05-01", "outcome_date": "2024-05-01",
               "benefit_weekly": "5"}
    g = caseload_gains([dict(r, **outcome) for r in recs])
    assert g.valid.tolist()[:2] == [False, False]
    assert [str(g.reasons[i]) for i in (0, 1)] == expected[:2]
    c = check_caseload(Caseload.from_records(recs), on=MAY_2024,
                       claims={"universal_credit": False, "pension_credit": True})
    assert c.valid.tolist() == [False, False, True]


def test_local_authority_typo_suggests_and_band_needs_authority():
    from entitlements.errors import InputError

    with pytest.raises(InputError, match="close matches: 'North Warwickshire'"):
        estimate(Household(adults=(Adult(age=70),), local_authority="North Warwickshre",
                           housing=Housing(tenure="owner_occupier", council_tax_band="B")), on=MAY_2024)
    with pytest.raises(InputError, match="local_authority"):
        Household(adults=(Adult(age=70),), housing=Housing(tenure="owner_occupier", council_tax_band="B"))


_RECORDS = [
    {"case_id": "a", "adult1_age": "75", "adult1_state_pension_weekly": "230", "adult2_age": "72",
     "adult2_state_pension_weekly": "170", "housing_tenure": "private_rent", "housing_rent": "700",
     "housing_brma": "Coventry", "housing_council_tax_band": "C", "local_authority": "north warwickshire",
     "nondep1_age": "40", "nondep1_remunerative_work": "yes", "nondep1_gross_weekly_income": "450.00"},
    {"case_id": "b", "adult1_age": "35", "housing_tenure": "supported_or_temporary", "housing_accommodation": "temporary",
     "housing_rent": "300", "housing_rent_period": "week", "housing_council_tax_band": "B",
     "local_authority": "North Warwickshire"},
    {"case_id": "c", "adult1_age": "68", "adult1_state_pension_weekly": "120", "housing_tenure": "social_rent",
     "housing_bedrooms": "2", "housing_rent": "500", "housing_council_tax_band": "D", "local_authority": "Aberdeen City",
     "nation": "scotland"},
    {"case_id": "d", "adult1_age": "30", "adult1_monthly_earnings": "900"},
]


def test_caseload_columns_equal_one_household_at_a_time():
    from entitlements.io.households import household_from_flat

    r = estimate_caseload(Caseload.from_records(_RECORDS), on=MAY_2024)
    rows = list(r.rows())
    for i, rec in enumerate(_RECORDS):
        e = estimate(household_from_flat({k: v for k, v in rec.items() if k != "case_id"}), on=MAY_2024)
        assert rows[i]["household_total_weekly"] == e.total_weekly
        assert rows[i]["household_housing_benefit_weekly"] == e.benefits.housing_benefit.award
        c = e.benefits.council_tax
        assert rows[i]["household_council_tax_reduction_weekly"] == (c.reduction_weekly if c.ctr_status == 1 else None)
    assert rows[1]["household_council_tax_reduction_status"] == "check_needed: local_scheme_not_shipped"
    assert rows[3]["household_council_tax_status"] == "none" and rows[3]["household_council_tax_weekly"] is None


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sp=st.integers(0, 60000), extra=st.integers(1, 20000), capital=st.integers(0, 2_000_000),
       band=st.sampled_from("ABCDEFGH"), nd=st.booleans())
def test_more_income_never_raises_hb_or_ctr(sp, extra, capital, band, nd):
    def est(income):
        h = Household(adults=(Adult(age=75, state_pension_weekly=income),), capital=capital,
                      housing=Housing(tenure="private_rent", rent=80000, brma="Coventry", council_tax_band=band,
                                      non_dependants=(NonDependant(age=30, remunerative_work=True, gross_weekly_income=30000),) if nd else ()),
                      local_authority="North Warwickshire")
        return estimate(h, on=MAY_2024).benefits

    lo, hi = est(sp), est(sp + extra)
    assert hi.housing_benefit.award <= lo.housing_benefit.award
    assert hi.council_tax.reduction_weekly <= lo.council_tax.reduction_weekly


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(0, 40000), st.sampled_from("ABCD"), st.booleans(), st.integers(66, 90)),
                min_size=2, max_size=6))
def test_scalar_equals_array(cases):
    households = [Household(adults=(Adult(age=age, state_pension_weekly=sp, reached_pension_age_before_6_april_2016=age >= 74),), capital=0,
                            housing=Housing(tenure="social_rent" if social else "owner_occupier", rent=40000 if social else 0,
                                            bedrooms=1 if social else None, council_tax_band=band),
                            local_authority="North Warwickshire")
                  for sp, band, social, age in cases]
    r = estimate_caseload(households, on=MAY_2024)
    for i, h in enumerate(households):
        e = estimate(h, on=MAY_2024)
        assert int(r.benefits.housing_benefit.award[i]) == e.benefits.housing_benefit.award
        assert int(r.benefits.council_tax.reduction_weekly[i]) == e.benefits.council_tax.reduction_weekly
        assert int(r.benefits.total_weekly[i]) == e.total_weekly


# -- income gain: Housing Benefit, CTR and council tax outcomes -----------------------------------------------


def _gain_cases():
    from entitlements.gain.outcomes import Outcome

    day = MAY_2024
    return (
        (_couple(23000, 17000), Outcome(kind="hb_awarded", effective=day, confirmed=True), {}),
        (_couple(23000, 17000), Outcome(kind="ctr_awarded", effective=day, confirmed=True), {}),
        (_couple(40000, 30000), Outcome(kind="council_tax_band_corrected", effective=day, confirmed=True,
                                        changes={"housing_council_tax_band": "B"}), {"after_housing_council_tax_band": "B"}),
        (_couple(40000, 30000), Outcome(kind="council_tax_discount_corrected", effective=day, confirmed=True,
                                        changes={"housing_council_tax_disregarded": 1}),
         {"after_housing_council_tax_disregarded": "1"}),
    )


def test_hb_and_ctr_awarded_are_worth_the_award_a_week_2024():
    from entitlements import income_gain
    from entitlements.gain.outcomes import Scenario

    (h, hb, _), (_, ctr, _) = _gain_cases()[:2]
    g = income_gain(Scenario(household=h, claim_start=MAY_2024, outcomes=(hb,)))
    # The HB worked out above (£101.13 a week), held: x 52 = £5,258.76 a year; no UC either side.
    assert [(b.benefit, b.weekly) for b in g.benefit_lines] == [("housing_benefit", 10113)]
    assert g.recurring_weekly == 0 and g.annual == 10113 * 52
    g = income_gain(Scenario(household=h, claim_start=MAY_2024, outcomes=(ctr,)))
    assert [(b.benefit, b.weekly) for b in g.benefit_lines] == [("council_tax_reduction", 2994)]


def test_band_corrected_is_worth_the_fall_in_council_tax_2024():
    from entitlements import income_gain
    from entitlements.gain.outcomes import Scenario

    h, o, _ = _gain_cases()[2]
    # Income £700 a week: no CTR either way. Band C £39.5394 a week -> £39.54; band B 7/9 x £2,319.41 = £1,803.99,
    # x 7 / 365 = £34.597 -> £34.60: £4.94 a week less to pay, £256.88 a year (x 52).
    g = income_gain(Scenario(household=h, claim_start=MAY_2024, outcomes=(o,)))
    assert [(b.benefit, b.weekly) for b in g.benefit_lines] == [("council_tax", 494)] and g.annual == 494 * 52
    # A discount corrected (one of the two disregarded: 25% off): £39.54 - 75% x £2,061.70 = £1,546.275 -> £1,546.28,
    # x 7 / 365 = £29.655 -> £29.65 (LGFA 1992 s 11): £9.89 a week.
    h, o, _ = _gain_cases()[3]
    g = income_gain(Scenario(household=h, claim_start=MAY_2024, outcomes=(o,)))
    assert [(b.benefit, b.weekly) for b in g.benefit_lines] == [("council_tax", 3954 - 2965)]


def test_ctr_gain_needs_an_amount_where_the_scheme_is_not_shipped():
    from entitlements import income_gain
    from entitlements.errors import InputError
    from entitlements.gain.outcomes import Outcome, Scenario

    h = Household(adults=(Adult(age=35),), housing=Housing(tenure="owner_occupier", council_tax_band="B"),
                  local_authority="North Warwickshire")
    with pytest.raises(InputError, match="local_scheme_not_shipped"):
        income_gain(Scenario(household=h, claim_start=MAY_2024,
                             outcomes=(Outcome(kind="ctr_awarded", effective=MAY_2024, confirmed=True),)))
    g = income_gain(Scenario(household=h, claim_start=MAY_2024,
                             outcomes=(Outcome(kind="ctr_awarded", effective=MAY_2024, confirmed=True, weekly_amount=1500),)))
    assert [(b.benefit, b.weekly) for b in g.benefit_lines] == [("council_tax_reduction", 1500)]


def test_caseload_gains_equal_one_household_at_a_time_for_hb_and_council_tax():
    from entitlements import caseload_gains, income_gain
    from entitlements.gain.outcomes import Scenario

    records = []
    for h, o, after in _gain_cases():
        r = {"case_id": o.kind, "adult1_age": "75", "adult1_state_pension_weekly": str(h.adults[0].state_pension_weekly / 100),
             "adult2_age": "72", "adult2_state_pension_weekly": str(h.adults[1].state_pension_weekly / 100),
             "housing_tenure": "private_rent", "housing_rent": "700", "housing_brma": "Coventry",
             "housing_council_tax_band": "C", "local_authority": "North Warwickshire", "claim_start": "2024-05-01",
             "outcome": o.kind, "outcome_date": "2024-05-01", "confirmed": "yes", **after}
        records.append(r)
    rows = list(caseload_gains(records).rows())
    for row, (h, o, _) in zip(rows, _gain_cases()):
        g = income_gain(Scenario(household=h, claim_start=MAY_2024, outcomes=(o,)))
        assert row["benefit"] == g.benefit_lines[0].benefit
        assert row["benefit_weekly_pence"] == g.benefit_lines[0].weekly
        assert row["annual_gain_pence"] == g.annual


# -- working-age schemes through estimate(), with a Band D given for the test --------------------------------


@pytest.fixture
def band_d_given(monkeypatch):
    """The shipped authorities, with a Band D of £2,000.00 a year for Coventry
    and Cardiff in 2025-26 and 2026-27 (figures given for the test, as a bill
    would give them: the arithmetic, not the data, is under test)."""
    from entitlements.benefits import council_tax_areas as areas

    real = areas.default_authorities()
    given = []
    for a in real:
        if a.name in ("Coventry", "Cardiff"):
            a = attrs.evolve(a, band_d={"2025-26": 200000, "2026-27": 200000})
        given.append(a)
    years = {(n, y): areas.YearSource(y, "given for the test", "given for the test")
             for n in ("england", "wales", "scotland") for y in ("2024-25", "2025-26", "2026-27")}
    schedule = areas.AuthoritySchedule(given, years)
    monkeypatch.setattr(areas, "default_authorities", lambda: schedule)
    return schedule


def test_coventry_working_age_uc_claimant_no_earnings_80_percent_2026(band_d_given):
    h = Household(adults=(Adult(age=30),), housing=Housing(tenure="owner_occupier", council_tax_band="A"),
                  local_authority="Coventry")
    e = estimate(h, on=dt.date(2026, 5, 1))
    c = e.benefits.council_tax
    # Band A 6/9 x £2,000 = £1,333.33; single, 25% off: £999.9975 -> £1,000.00; a week x 7 / 365 = £19.178 -> £19.18.
    assert (c.band_amount_annual, c.annual_liability, c.weekly_liability) == (133333, 100000, 1918)
    # UC award = maximum amount £424.90 (no income): excess income nil -> band 1, 80% (Coventry 2026-27 Sch 2):
    # 80% x £19.1781 = £15.342 -> £15.34 a week; £800.00 a year.
    assert (c.ctr_status, c.ctr_scheme, c.ctr_excess_income) == (1, 5, 0)
    assert (c.reduction_weekly, c.reduction_annual) == (1534, 80000)
    assert "Council Tax Reduction" in e.render()


def test_coventry_working_age_uc_claimant_earning_500_is_check_needed_2026(band_d_given):
    h = Household(adults=(Adult(age=30, monthly_earnings=50000),),
                  housing=Housing(tenure="owner_occupier", council_tax_band="A"), local_authority="Coventry")
    e = estimate(h, on=dt.date(2026, 5, 1))
    c = e.benefits.council_tax
    # Coventry 2026-27's earnings disregard was not read (the file lists it as not_read): a household with earnings
    # is check needed (scheme_fact_not_modelled), the liability still worked out (£1,000.00 a year), never a figure
    # that counts the earnings in full.
    assert (c.status, c.ctr_status, c.ctr_reason, c.reduction_weekly) == (1, 2, 4, 0)
    assert c.to_pay_annual == c.annual_liability == 100000
    # The band-3 arithmetic itself, with the income as the calculator takes it (UC: £424.90 - 55% x £500 = £149.90;
    # (£149.90 + £500) x 12 / 52 = £149.98; applicable amount £424.90 x 12 / 52 = £98.05; excess £51.93: band 3,
    # £40 to under £70, 40%): 40% x £1,000.00 x 7 / 365 = £7.671 -> £7.67 a week, £400.00 a year.
    r = local.local_reduction("Coventry", 100000, on=dt.date(2026, 5, 1), weekly_income=14998,
                              weekly_applicable_amount=9805)
    assert (r.weekly_income, r.maximum_percent, r.weekly, r.annual) == (5193, 400000, 767, 40000)


def test_wales_working_age_uc_claimant_band_c_2025(band_d_given):
    h = Household(adults=(Adult(age=30),), nation="wales",
                  housing=Housing(tenure="owner_occupier", council_tax_band="C"), local_authority="Cardiff")
    c = estimate(h, on=dt.date(2025, 5, 1)).benefits.council_tax
    # Band C 8/9 x £2,000 = £1,777.78; 25% off: £1,333.335 -> £1,333.34; a week £25.571 -> £25.57.
    # WSI 2013/3029 Sch 6: applicable amount = UC maximum amount, income = the award: no excess, 100% of the liability.
    assert (c.annual_liability, c.weekly_liability, c.ctr_scheme, c.ctr_excess_income) == (133334, 2557, 4, 0)
    assert (c.reduction_weekly, c.reduction_annual) == (2557, 133334)


def test_varied_caseload_equals_one_household_at_a_time():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    from bench_household_hb_ctr import _household

    rng = np.random.default_rng(5)
    households = [_household(rng) for _ in range(40)]
    r = estimate_caseload(households, on=MAY_2024)
    for i, h in enumerate(households):
        e = estimate(h, on=MAY_2024)
        assert int(r.benefits.total_weekly[i]) == e.total_weekly
        assert int(r.benefits.housing_benefit.award[i]) == e.benefits.housing_benefit.award
        assert int(r.benefits.council_tax.to_pay_annual[i]) == e.benefits.council_tax.to_pay_annual


def test_temporary_accommodation_lower_work_allowance_2024():
    # A lone parent in temporary accommodation, earning £1,000 a month: no housing costs element, but Housing
    # Benefit for temporary accommodation: the lower work allowance £404 (2024-25), not the higher £673
    # (SI 2014/1230 reg 5A; SI 2013/376 reg 22(2)). Deduction 55% x (£1,000 - £404) = £327.80.
    kid = (Child(date_of_birth=dt.date(2018, 3, 1)),)
    temp = Household(adults=(Adult(age=30, monthly_earnings=100000),), children=kid,
                     housing=Housing(tenure="supported_or_temporary", accommodation="temporary", rent=25000, rent_period="week"))
    uc = estimate(temp, on=MAY_2024).benefits.universal_credit
    assert (uc.housing_costs_element, uc.work_allowance, uc.earnings_deduction) == (0, 40400, 32780)
    # Specified (supported) accommodation: the higher work allowance, £673: 55% x £327 = £179.85.
    spec = temp.replace(housing=attrs.evolve(temp.housing, accommodation="specified"))
    uc = estimate(spec, on=MAY_2024).benefits.universal_credit
    assert (uc.work_allowance, uc.earnings_deduction) == (67300, 17985)


def test_temporary_accommodation_with_no_rent_keeps_the_higher_work_allowance_2024():
    # SI 2014/1230 reg 5A (text of 11 April 2018, read): the lower work allowance applies where the claimant
    # "is also entitled to housing benefit for temporary accommodation" and the award has no housing costs.
    # With no rent there is no Housing Benefit (nothing to meet), so no reg 5A: the award has no housing
    # costs element, and SI 2013/376 reg 22(2) gives the higher work allowance, £673 (2024-25, SI 2024/242
    # art 32(1)). Deduction 55% x (£1,000 - £673) = 55% x £327 = £179.85. (Issue 21, mutation sample 5:
    # dropping the rent condition from `_hb_temporary_accommodation` gave £404 and £327.80, unseen.)
    kid = (Child(date_of_birth=dt.date(2018, 3, 1)),)
    rent_free = Household(adults=(Adult(age=30, monthly_earnings=100000),), children=kid,
                          housing=Housing(tenure="supported_or_temporary", accommodation="temporary", rent=0,
                                          rent_period="week"))
    e = estimate(rent_free, on=MAY_2024)
    uc = e.benefits.universal_credit
    assert (uc.housing_costs_element, uc.work_allowance, uc.earnings_deduction) == (0, 67300, 17985)
    assert e.benefits.housing_benefit.award == 0


def test_the_command_shows_hb_and_ctr_line_by_line_and_in_json():
    import json
    import subprocess
    import sys
    from pathlib import Path

    exe = Path(sys.executable).parent / "entitlements"
    args = [str(exe), "estimate", "--age", "75", "--state-pension", "230/week", "--partner-age", "72",
            "--partner-state-pension", "170/week", "--private", "--rent", "700/month", "--brma", "Coventry",
            "--council", "North Warwickshire", "--council-tax-band", "C", "--on", "2024-05-01", "--wide"]
    r = subprocess.run(args, capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    for text in ("Eligible rent: the LHA 1-bedroom rate for Coventry       £132.33", "Applicable amount", "£352.00",
                 "Excess income (income less the applicable amount)         £48.00", "Taper 65% x £48.00",
                 "= Housing Benefit                                          £101.13", "Taper 20% x £48.00",
                 "= Council Tax Reduction                              £29.94", "SI 2012/2885 Sch 1", "SI 2006/214 reg 50"):
        assert text in r.stdout, text
    r = subprocess.run(args[:-1] + ["--json"], capture_output=True, text=True, timeout=60)
    d = json.loads(r.stdout)
    assert d["housing_benefit"]["weekly_pence"] == 10113
    assert d["housing_benefit"]["calculation"]["taper_deduction"] == 3120
    c = d["council_tax"]["calculation"]
    assert (c["status"], c["ctr_status"], c["ctr_scheme"], c["reduction_weekly"]) == ("calculated", "calculated", "england", 2994)
    assert any(l["label"] == "Housing Benefit" for l in d["household_total"]["breakdown"]["lines"])
