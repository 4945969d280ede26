"""Hypothesis strategies: households across the years this library covers;
and ``flatten``, to compare calculations or columns field by field."""

import datetime as dt

import attrs

from hypothesis import strategies as st

from entitlements import Adult, Child, Household
from entitlements.household import Housing, NonDependant, NON_DEPENDANT_EXEMPTIONS, RENT_PERIODS
from entitlements.household import DLA_CARE, DLA_MOBILITY, EDUCATION, LCWRA_PROTECTIONS, PIP_RATES, TWO_CHILD_EXCEPTIONS

# First days of assessment periods the shipped tables cover. The benefit cap
# earnings threshold for periods beginning 1-5 April 2027 needs the April 2027
# national living wage, not yet in the tables (see test_benefit_cap_gap_*).
period_starts = st.dates(dt.date(2023, 4, 10), dt.date(2027, 3, 31))
pence = st.integers(0, 600_000)


@st.composite
def adults(draw):
    lcwra = draw(st.booleans())
    lcw = draw(st.booleans())
    use_dob = draw(st.booleans())
    age = draw(st.integers(18, 65))  # older adults by date of birth (State Pension age)
    dob = draw(st.dates(dt.date(1955, 1, 1), dt.date(2007, 4, 1))) if use_dob else None
    # State Pension only for an adult past pensionable age on every day the rules cover (born before 1957: 66 by
    # the end of 2022); estimate refuses it below that age (Pensions Act 2014 ss 2, 4).
    pensioner = dob is not None and dob < dt.date(1957, 1, 1)
    return Adult(
        age=None if use_dob else age,
        date_of_birth=dob,
        monthly_earnings=draw(st.one_of(st.just(0), pence)),
        lcw=lcw,
        lcwra=lcwra,
        lcwra_element_in_award=lcwra and draw(st.booleans()),
        lcwra_protection=draw(st.sampled_from((None, "new_claimant") + LCWRA_PROTECTIONS)) if lcwra else None,
        uc_claim_start=draw(st.one_of(st.none(), st.dates(dt.date(2023, 1, 1), dt.date(2027, 3, 1)))) if lcwra else None,
        lcwra_evidence_date=draw(st.one_of(st.none(), st.dates(dt.date(2022, 10, 1), dt.date(2027, 3, 1)))) if lcwra else None,
        state_pension_weekly=draw(st.sampled_from([0, 0, 0, 5000, 17645, 23025])) if pensioner else 0,
        lcw_element_saved=(lcw or lcwra) and draw(st.booleans()),
        carer=draw(st.booleans()),
        carers_allowance_weekly=draw(st.sampled_from([0, 0, 7675, 8190, 8330, 8645])),
        new_style_esa_weekly=draw(st.sampled_from([0, 0, 9205, 9555])),
        new_style_jsa_weekly=draw(st.sampled_from([0, 0, 7290])),
        other_unearned_income_monthly=draw(st.one_of(st.just(0), st.integers(0, 50_000))),
    )


def mobility_for_age(rate, date_of_birth, on):
    """``rate`` of DLA mobility where the child is old enough for it on
    ``on`` (3 for the higher rate, 5 for the lower: SSCBA 1992 s 73(1A)),
    else "none": a household that can exist."""
    age = on.year - date_of_birth.year - ((on.month, on.day) < (date_of_birth.month, date_of_birth.day))
    return rate if age >= {"none": 0, "lower": 5, "higher": 3}[rate] else "none"


@st.composite
def children(draw, on=dt.date(2026, 5, 1)):
    """A child or qualifying young person under 20 and born by the end of
    the assessment period beginning ``on``."""
    earliest = dt.date(on.year - 19, on.month, min(on.day, 28)) + dt.timedelta(days=1)
    born = draw(st.dates(earliest, on))
    return Child(
        date_of_birth=born,
        dla_care=draw(st.sampled_from(DLA_CARE)),
        dla_mobility=mobility_for_age(draw(st.sampled_from(DLA_MOBILITY)), born, on),
        pip_daily_living=draw(st.sampled_from(PIP_RATES)),
        blind=draw(st.booleans()),
        two_child_exception=draw(st.sampled_from((None, None, None) + TWO_CHILD_EXCEPTIONS)),
        sex=draw(st.sampled_from(("female", "male"))),
        education=draw(st.sampled_from(EDUCATION)),
    )


@st.composite
def housing(draw):
    tenure = draw(st.sampled_from(("social_rent", "private_rent", "owner_occupier", "supported_or_temporary")))
    period = draw(st.sampled_from(RENT_PERIODS))
    return Housing(
        tenure=tenure,
        rent=draw(st.integers(0, 400_000)),
        rent_period=period,
        rent_free_weeks=draw(st.integers(0, 4)) if period == "week" else 0,
        bedrooms=draw(st.integers(1, 7)) if tenure == "social_rent" else None,
        lha_rate=draw(st.integers(30_000, 300_000)) if tenure == "private_rent" else None,
        non_dependants=tuple(
            NonDependant(age=draw(st.integers(16, 80)), exemption=draw(st.sampled_from((None,) + NON_DEPENDANT_EXEMPTIONS)))
            for _ in range(draw(st.integers(0, 2)))
        ),
    )


@st.composite
def households(draw, on=dt.date(2026, 5, 1)):
    """A household whose children exist during the period beginning ``on``."""
    n_adults = draw(st.integers(1, 2))
    kids = draw(st.lists(children(on), max_size=6))
    cc = draw(st.sampled_from([0, 0, 30_000, 150_000])) if kids else 0
    return Household(
        adults=tuple(draw(adults()) for _ in range(n_adults)),
        children=tuple(kids),
        capital=draw(st.one_of(st.just(0), st.integers(0, 2_000_000))),
        housing=draw(st.one_of(st.none(), housing())),
        greater_london=draw(st.booleans()),
        childcare_costs_monthly=cc,
        childcare_children=min(len(kids), draw(st.integers(1, 3))) if cc else 0,
        applicant=draw(st.sampled_from((None, "adult1", "adult2")[:3 if n_adults == 2 else 2])),
    )


@st.composite
def household_and_period(draw):
    """(household, first day of an assessment period) that fit together."""
    on = draw(period_starts)
    return draw(households(on)), on


def flatten(obj, prefix=""):
    """Every field of a calculation or of household columns, nested ones
    included, by dotted name."""
    out = {}
    for f in attrs.fields(type(obj)):
        v = getattr(obj, f.name)
        if attrs.has(type(v)):
            out.update(flatten(v, f"{prefix}{f.name}."))
        else:
            out[prefix + f.name] = v
    return out


def assert_scalar_equals_array(fn, rows, **kwargs):
    """``fn`` called once on columns (one array per argument, the last
    argument of each row being the date ``on``) answers, row by row, what it
    answers called on each row alone. ``fn`` answers a value or a tuple."""
    import numpy as np

    columns = [np.array(c) for c in zip(*rows)]
    whole = fn(*columns[:-1], on=columns[-1].astype("datetime64[D]"), **kwargs)
    for i, row in enumerate(rows):
        one = fn(*row[:-1], on=row[-1], **kwargs)
        got = tuple(w[i] for w in whole) if isinstance(whole, tuple) else whole[i]
        assert got == one, (row, got, one)
