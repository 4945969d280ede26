"""Results written from Python are never written over the caseload file they
were read from (the command line refused it already; ``result.write(path)``
did not: it replaced the caseload with its results). Any spelling of the same
file is refused, and the file is left as it was."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from entitlements import InputError, caseload_gains, estimate_caseload

ROOT = Path(__file__).resolve().parents[1]


def test_estimate_results_are_not_written_over_the_caseload(tmp_path, monkeypatch):
    src = tmp_path / "cases.csv"
    src.write_text("adult1_age,capital\n30,1\n", encoding="utf-8")
    before = src.read_bytes()
    result = estimate_caseload(str(src), on=dt.date(2026, 5, 1))
    monkeypatch.chdir(tmp_path)
    for target in (src, "cases.csv", tmp_path / "." / "cases.csv"):
        with pytest.raises(InputError) as e:
            result.write(target)
        assert e.value.field == "path" and "a file other than the caseload" in e.value.expected
        with pytest.raises(InputError):
            result.to_csv(target)
    assert src.read_bytes() == before
    result.write(tmp_path / "results.csv")
    assert (tmp_path / "results.csv").exists()


def test_gains_are_not_written_over_the_caseload(tmp_path):
    src = tmp_path / "outcomes.csv"
    shutil.copy(ROOT / "examples" / "synthetic_caseload.csv", src)
    before = src.read_bytes()
    g = caseload_gains(str(src))
    for write in (g.write, g.to_csv):
        with pytest.raises(InputError) as e:
            write(src)
        assert e.value.field == "path"
    assert src.read_bytes() == before
    g.write(tmp_path / "gains.csv")
    assert (tmp_path / "gains.csv").read_text(encoding="utf-8").count("\n") == 1001  # the header and every case


def test_records_given_to_estimate_caseload_say_how_they_are_read():
    # A list of records (as CSV rows) is not a list of Households: the message names the reader that takes them.
    from entitlements import Caseload

    with pytest.raises(InputError) as e:
        estimate_caseload([{"adult1_age": 30}], on=dt.date(2026, 5, 1))
    assert str(e.value) == ("caseload[1]: 'dict' is not allowed (expected a Household; records (column name to value) "
                            "are read by Caseload.from_records(records)).")
    r = estimate_caseload(Caseload.from_records([{"adult1_age": 30}, {"adult1_age": 12}]), on=dt.date(2026, 5, 1))
    assert r.caseload.valid.tolist() == [True, False]  # the 12-year-old's row kept, as an error
