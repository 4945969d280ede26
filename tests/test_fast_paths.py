"""The shortcuts taken for speed give what the plain computation gives:
calendar conversions once a day of the span, young-person tests only where
a child may be 16, plain pounds parsed by pyarrow, rows grouped by a table."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from entitlements.benefits import qualifying_young_person as qyp
from entitlements.columns import ChildColumns
from entitlements.dates import (
    _month_and_day_direct,
    _months_later,
    _months_later_direct,
    _years_direct,
    month_and_day,
    through_day_table,
    years_between,
)
from entitlements.io.cells import group_rows
from entitlements.io.household_columns import pounds_array

_DAY0 = np.datetime64("1995-01-01", "D")


def _days(seed: int, shape, span: int, blanks: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    d = _DAY0 + rng.integers(0, span, shape).astype("timedelta64[D]")
    if blanks:
        d.reshape(-1)[::blanks] = np.datetime64("NaT")
    return d


@settings(max_examples=25, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), months=st.sampled_from([1, -1, 12, -192, -240, 7]),
       span=st.integers(1, 12000), blanks=st.sampled_from([0, 3, 101]))
def test_months_later_through_a_table_of_days_is_the_direct_conversion(seed, months, span, blanks):
    d = _days(seed, (6000,), span, blanks)
    got, want = _months_later(d, months), _months_later_direct(d, months)
    assert np.array_equal(np.isnat(got), np.isnat(want))
    assert np.array_equal(got[~np.isnat(got)], want[~np.isnat(want)])
    # Two dimensions (children's slots), and the civil-from-days split.
    d2 = _days(seed, (3000, 3), span, blanks)
    ok = ~np.isnat(d2)
    assert all(np.array_equal(a[ok], b[ok]) for a, b in zip(month_and_day(d2), _month_and_day_direct(d2)))


@settings(max_examples=25, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), span=st.integers(1, 40000), on_span=st.integers(1, 2000))
def test_ages_through_a_table_of_days_are_the_direct_conversion(seed, span, on_span):
    # Births over up to a century (29 February included), dates a row or one date.
    born = _days(seed, (6000,), span, 0) - np.timedelta64(20000, "D")
    on = _days(seed + 1, (6000,), on_span, 0) + np.timedelta64(11000, "D")
    assert np.array_equal(years_between(born, on), _years_direct(born, on))
    for one in (on[0], np.datetime64("2028-02-29"), np.datetime64("2027-02-28"), np.datetime64("2027-03-01")):
        assert np.array_equal(years_between(born, one), _years_direct(born, one))
        assert np.array_equal(years_between(one, on), _years_direct(one, on))
    assert np.array_equal(years_between(born.reshape(3000, 2), on[:3000, None]),
                          _years_direct(born.reshape(3000, 2), on[:3000, None]))


def test_a_table_of_days_gives_blank_days_what_the_function_gives_them():
    d = np.array(["2020-01-31", "NaT", "2020-03-01"] * 3000, dtype="datetime64[D]")
    out = through_day_table(lambda x: x + np.timedelta64(1, "D"), d)
    assert out[0] == np.datetime64("2020-02-01") and np.isnat(out[1]) and out[2] == np.datetime64("2020-03-02")


def _children(seed: int, n: int, k: int, oldest: str) -> ChildColumns:
    rng = np.random.default_rng(seed)
    lo = np.datetime64(oldest, "D")
    dob = lo + rng.integers(0, 9000, (n, k)).astype("timedelta64[D]")
    present = rng.random((n, k)) < 0.7
    dob = np.where(present, dob, np.datetime64("NaT"))
    z = np.zeros((n, k), np.int8)
    return ChildColumns(present=present, date_of_birth=dob, disabled_child_rate=z, has_disability_benefit=present & False,
                        exception=z, sex=z, dla_care=z, dla_mobility=z, pip_daily_living=z, pip_mobility=z,
                        education=rng.integers(0, 4, (n, k)).astype(np.int8))


@pytest.mark.parametrize("oldest", ["2002-06-01", "2009-01-01", "2012-01-01"])
@pytest.mark.parametrize("seed", [1, 2])
def test_young_person_tests_on_the_rows_that_may_have_one_are_those_on_every_row(oldest, seed):
    n = 5000
    ch = _children(seed, n, 3, oldest)
    rng = np.random.default_rng(seed + 10)
    days = np.datetime64("2024-04-01", "D") + rng.integers(0, 1200, n).astype("timedelta64[D]")
    end = qyp.period_end(days)
    for public, plain, day in ((qyp.uc_qualifying, qyp._uc_qualifying, end), (qyp.uc_education_needed, qyp._uc_education_needed, end),
                               (qyp.child_benefit_qualifying, qyp._child_benefit_qualifying, days),
                               (qyp.child_benefit_education_needed, qyp._child_benefit_education_needed, days)):
        want = np.broadcast_to(plain(ch, day), (n, 3))
        assert np.array_equal(public(ch, days), want), public.__name__
        # One date for every row, too.
        assert np.array_equal(public(ch, days[0]), np.broadcast_to(plain(ch, end[0] if day is end else days[0]), (n, 3)))


@pytest.mark.parametrize("oldest", ["2002-06-01", "2009-01-01", "2010-06-01", "2012-01-01"])
@pytest.mark.parametrize("seed", [1, 2])
def test_young_persons_together_are_each_test_alone(oldest, seed):
    # young_persons finds the rows once, from the period's last day, and
    # works every status on them: each must be what its function gives.
    n = 5000
    ch = _children(seed, n, 3, oldest)
    rng = np.random.default_rng(seed + 20)
    days = np.datetime64("2024-04-01", "D") + rng.integers(0, 1200, n).astype("timedelta64[D]")
    for on in (days, days[0], days[7].astype(object)):
        yp = qyp.young_persons(ch, on)
        end = qyp.period_end(qyp.as_day(on))
        assert np.array_equal(yp.uc_qualifying, qyp.uc_qualifying(ch, on))
        assert np.array_equal(yp.uc_education_needed, qyp.uc_education_needed(ch, on))
        assert np.array_equal(yp.child_benefit_qualifying, qyp.child_benefit_qualifying(ch, on))
        assert np.array_equal(yp.child_benefit_education_needed, qyp.child_benefit_education_needed(ch, on))
        assert np.array_equal(yp.child_benefit_qualifying_at_end, qyp.child_benefit_qualifying(ch, end))


def test_pounds_read_by_pyarrow_are_those_read_by_numpy():
    pa = pytest.importorskip("pyarrow")
    from entitlements.io.household_columns import pounds_arrow

    rng = np.random.default_rng(3)
    values = ["0", "1", "1.5", "1.55", "1.555", ".5", "1.", "123456789", "1234567890", "999999999.99", "100000000.00",
              "100000000.01", "£5", "1,000", "-1", "x", " 1", "00012.30", "1e5", "nan", "inf", "٣"]
    values += [f"{rng.integers(0, 10**9)}.{rng.integers(0, 100):02d}" for _ in range(3000)]
    a, b = pounds_arrow(pa.array(values)), pounds_array(values)
    assert np.array_equal(a[1], b[1]) and np.array_equal(a[0][a[1]], b[0][b[1]])
    assert a[0][values.index("100000000.00")] == 10_000_000_000 and not a[1][values.index("100000000.01")]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 5), st.integers(0, 3000)), min_size=1, max_size=200))
def test_rows_grouped_by_a_table_are_grouped_as_by_sorting(pairs):
    a = np.array([p[0] for p in pairs], np.int64)
    b = np.array([p[1] for p in pairs], np.int64)
    inverse, first = group_rows([a, b], len(pairs))
    key = list(zip(a.tolist(), b.tolist()))
    # Rows alike share a group, rows not alike do not, and each group's row is one of its own.
    assert all((inverse[i] == inverse[j]) == (key[i] == key[j]) for i in range(len(key)) for j in range(len(key)))
    assert sorted(inverse[first].tolist()) == list(range(len(first)))


@pytest.mark.parametrize("table_id", ["uc.standard_allowance", "uc.work_allowance", "ctr.england.taper",
                                      "ctr.england.alternative_maximum_percent", "uc.benefit_cap"])
def test_a_caseload_of_dates_reads_each_table_as_one_date_at_a_time(table_id):
    # 5,000 dates over the table's span: the values are gathered by day
    # number (Table._rows_by_day), which must give what each date gives alone.
    from fractions import Fraction

    from entitlements.errors import NoRowInForce
    from entitlements.tables import default_tables

    table = default_tables().table(table_id)
    first = np.datetime64(table.earliest, "D")
    span = (np.datetime64(table.until, "D") - first).astype(int) + 1
    days = first + np.random.default_rng(3).integers(0, min(span, 1200), 5000).astype("timedelta64[D]")
    starts = np.array([r.start for r in table.rows], "datetime64[D]")
    starts = starts[starts < first + np.timedelta64(1200, "D")]
    days[: 2 * len(starts)] = np.concatenate([starts, np.maximum(starts - np.timedelta64(1, "D"), first)])
    got = table.at(days)
    for i in list(range(2 * len(starts))) + list(range(0, 5000, 97)):
        want = table.at(days[i].astype(object))
        one = {key: got[key] for key in got} if isinstance(got, dict) else {None: got}
        want = want if isinstance(want, dict) else {None: want}
        for key, v in want.items():
            g = one[key]
            value = Fraction(int(g.numerator[i]), g.denominator) if hasattr(g, "denominator") else g[i]
            assert value == v, (table_id, key, days[i])
    # A date before the table: the same error as for a few dates.
    early = days.copy()
    early[17] = first - np.timedelta64(1, "D")
    with pytest.raises(NoRowInForce) as many:
        table.at(early)
    with pytest.raises(NoRowInForce) as few:
        table.at(early[:20])
    assert str(many.value) == str(few.value)


@settings(max_examples=25, deadline=None)
@given(seed=st.integers(0, 2**32 - 1), span=st.integers(1, 3000), blanks=st.sampled_from([0, 7]))
def test_paydays_indexed_by_a_table_of_days_are_np_unique(seed, span, blanks):
    # net_earnings._index marks the days seen in a table of their span
    # (a caseload); it must give np.unique's distinct days and inverse.
    from entitlements.benefits.net_earnings import _index

    d = _days(seed, (5000,), span, blanks)
    got = _index(d)
    unique, inverse = np.unique(d, return_inverse=True)
    assert np.array_equal(got.unique, unique, equal_nan=True) and got.unique.dtype == unique.dtype
    assert np.array_equal(got.inverse, inverse) and got.inverse.dtype == inverse.dtype


def test_skipping_pension_credit_still_reads_its_table():
    # With no one over the qualifying age Pension Credit's steps are skipped
    # (nil), but the table they read is read all the same: the same error
    # where it has no row, and the same reads for a recorder, from which a
    # caseload's estimate says which rates it assumed.
    import datetime as dt

    from entitlements import Adult, Household
    from entitlements.benefits import household_total
    from entitlements.columns import households_columns
    from entitlements.tables import ReadRecorder, default_tables

    cols = households_columns([Household(adults=(Adult(age=30),))] * 3)
    for on in (dt.date(2026, 5, 1), np.array(["2025-05-01", "2026-05-01", "2026-06-01"], "datetime64[D]")):
        rec = ReadRecorder(default_tables())
        hh = household_total.calculate(cols, on=on, tables=rec)
        assert "pension_credit.earnings_disregard" in rec.spans()
        assert np.array_equal(hh.pension_credit.award, [0, 0, 0])


def test_rate_codes_by_slot_with_a_date_a_row_are_np_choose():
    # disability._by_code: children's slots (n, k) with each row's amounts
    # (n, 1) are picked side by side; one date is a gather. Both must give
    # what choosing among the amounts gives.
    from entitlements.benefits.disability import _by_code

    rng = np.random.default_rng(4)
    code = rng.integers(0, 4, (5000, 3))
    amounts = (0, rng.integers(0, 9000, (5000, 1)), rng.integers(0, 9000, (5000, 1)), rng.integers(0, 9000, (5000, 1)))
    got = _by_code(code, amounts)
    assert got.dtype == np.int64 and np.array_equal(got, np.choose(code, [np.asarray(a, np.int64) for a in amounts]))
    assert np.array_equal(_by_code(code, (0, 7, 8, 9)), np.choose(code, (0, 7, 8, 9)))
    flat = rng.integers(0, 3, 5000)
    per_row = (0, rng.integers(0, 9000, 5000), rng.integers(0, 9000, 5000))
    assert np.array_equal(_by_code(flat, per_row), np.choose(flat, per_row))
