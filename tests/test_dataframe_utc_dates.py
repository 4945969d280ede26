"""A zone-aware DataFrame column of London midnights held in UTC (as a
database or a Parquet file gives it: ``datetime64[ns, UTC]``) is read as the
London day. Before, ``2026-06-01 23:00 UTC`` (2 June 00:00 BST) was refused
as "a time of day"; now a zone-aware value that is not midnight in its own
zone is converted to Europe/London first and the midnight rule applied
there. A real time of day stays refused, with the same one-line error;
a naive datetime is never moved."""

from __future__ import annotations

import datetime as dt

import pytest

from entitlements import Caseload, InputError, estimate_caseload
from entitlements.dates import days_given
from entitlements.io.cells import plain

pd = pytest.importorskip("pandas")

ON = dt.date(2026, 12, 7)


def _people(dob):
    return pd.DataFrame({"case_id": ["A", "B"], "adult1_age": [30, 30], "child1_date_of_birth": dob,
                         "adult1_monthly_earnings": [0, 0]})


def test_a_utc_column_of_london_midnights_is_the_london_day():
    # 2020-06-02 00:00 BST is 2020-06-01 23:00 UTC; 2020-01-15 00:00 GMT is 2020-01-15 00:00 UTC.
    utc = pd.Series(pd.to_datetime(["2020-06-01 23:00", "2020-01-15 00:00"])).dt.tz_localize("UTC").astype("datetime64[ns, UTC]")
    assert str(utc.dtype) == "datetime64[ns, UTC]"
    plain_dates = _people([dt.date(2020, 6, 2), dt.date(2020, 1, 15)])
    want = estimate_caseload(Caseload.from_dataframe(plain_dates), on=ON).to_dataframe()
    got = estimate_caseload(Caseload.from_dataframe(_people(utc)), on=ON).to_dataframe()
    assert got["valid"].tolist() == [True, True], got["error"].tolist()
    assert got["uc_award"].tolist() == want["uc_award"].tolist()
    assert [plain(v) for v in utc] == [dt.date(2020, 6, 2), dt.date(2020, 1, 15)]


def test_a_real_time_of_day_in_utc_is_still_refused_with_the_same_error():
    naive = pd.Series(pd.to_datetime(["2020-06-01 10:30", "2020-01-15 00:00"]))
    want = estimate_caseload(Caseload.from_dataframe(_people(naive)), on=ON).to_dataframe()
    got = estimate_caseload(Caseload.from_dataframe(_people(naive.dt.tz_localize("UTC"))), on=ON).to_dataframe()
    assert got["valid"].tolist() == [False, True]
    # 10:30 UTC is 11:30 BST: a time of day in either zone, the error as for the naive value (its time shown in UTC).
    assert "child1_date_of_birth" in got["error"][0] and "\n" not in got["error"][0]
    assert got["error"][0].replace("+00:00", "") == want["error"][0], (got["error"][0], want["error"][0])


def test_a_naive_2300_is_not_moved():
    naive = pd.Series(pd.to_datetime(["2020-06-01 23:00", "2020-01-15 00:00"]))
    got = estimate_caseload(Caseload.from_dataframe(_people(naive)), on=ON).to_dataframe()
    assert got["valid"].tolist() == [False, True]


def test_one_date_a_row_in_utc():
    # `on` as a UTC Series of London midnights: 2026-04-05 23:00 UTC is 6 April 00:00 BST, the 2026/27 rates.
    three = Caseload.from_dataframe(pd.DataFrame({"case_id": ["A", "B"], "adult1_age": [30, 30]}))
    utc = pd.Series(pd.to_datetime(["2026-04-05 23:00", "2026-04-05 23:00"])).dt.tz_localize("UTC")
    assert days_given(utc).tolist() == [dt.date(2026, 4, 6)] * 2
    assert (estimate_caseload(three, on=utc).award.tolist()
            == estimate_caseload(three, on=dt.date(2026, 4, 6)).award.tolist() == [42490, 42490])
    with pytest.raises(InputError, match="a time of day"):
        estimate_caseload(three, on=utc + pd.Timedelta(hours=2))
    # A zone-aware midnight in its own zone is still its own day (a London column): not moved.
    london = pd.Series(pd.to_datetime(["2026-04-06"] * 2)).dt.tz_localize("Europe/London")
    assert days_given(london).tolist() == [dt.date(2026, 4, 6)] * 2
