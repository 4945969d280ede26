"""A CSV caseload estimated a part of its rows at a time
(:func:`entitlements.caseload_csv.estimate_caseload_csv`, what ``entitlements
caseload FILE --out results.csv`` does) gives what the whole file estimated
at once gives: the same results file byte for byte, the same summary, the
same errors with the same row numbers. The whole-file path
(``Caseload.from_csv``, ``estimate_caseload``, ``write``) is the reference."""

from __future__ import annotations

import datetime as dt
import random

import attrs
import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import entitlements.caseload_csv as caseload_module
from entitlements import Caseload, estimate_caseload
from entitlements.caseload import CaseloadFileEstimate, estimate_caseload_csv
from entitlements.cli import main
from entitlements.errors import InputError, NoRowInForce
from entitlements.io import cells
from entitlements.io.cells import ArrowCells, Factorized
from entitlements.io.writers import Column, ColumnsCsvWriter, write_columns
from entitlements.io.caseloads import BLANK_ROW

ON = dt.date(2026, 5, 1)
HEADER = ["case_id", "practice", "keep_note", "adult1_date_of_birth", "adult1_gross_monthly_earnings", "adult1_monthly_earnings",
          "adult1_lcwra", "adult2_date_of_birth", "adult2_monthly_earnings", "child1_date_of_birth", "child2_date_of_birth",
          "housing_tenure", "housing_rent", "housing_rent_period", "housing_brma", "housing_lha_rate", "capital"]


def _row(rng: random.Random, i: int) -> list[str]:
    """One varied row: adults of working and pension age, gross or net pay,
    children (one now and then born after the date), social and private
    renters (a named area or an LHA figure), and now and then a value that is
    not allowed."""
    def dob(lo: int, hi: int) -> str:
        return (dt.date(lo, 1, 1) + dt.timedelta(days=rng.randrange((hi - lo) * 365))).isoformat()

    couple = rng.random() < 0.4
    tenure = rng.choice(["", "social_rent", "private_rent", "private_rent"])
    named = tenure == "private_rent" and rng.random() < 0.5
    row = [
        f"C{i}" if rng.random() > 0.02 else "",  # a blank id: its row number stands in
        rng.choice(["Practice A", "Practice, B", "Practice C"]),
        rng.choice(["", "", "=SUM(A1)", "note"]),
        dob(1940, 2005),
        f"{rng.randrange(500, 4000)}.{rng.randrange(100):02d}" if rng.random() < 0.3 else "",
        f"{rng.randrange(100, 2000)}.00" if rng.random() < 0.2 else "",
        rng.choice(["", "", "", "yes"]),
        dob(1950, 2005) if couple else "",
        f"{rng.randrange(100, 2000)}.00" if couple and rng.random() < 0.3 else "",
        dob(2010, 2026) if rng.random() < 0.5 else "",
        "2026-09-01" if rng.random() < 0.02 else "",  # not yet born in the period
        tenure,
        f"{rng.randrange(300, 1400)}.00" if tenure else "",
        "month" if tenure else "",
        rng.choice(["Central London", "Cardiff", "Oxford"]) if named else "",
        f"{rng.randrange(400, 1200)}.00" if tenure == "private_rent" and not named else "",
        f"{rng.randrange(0, 20000)}.00" if rng.random() < 0.3 else "",
    ]
    bad = rng.random()
    if bad < 0.03:
        row[3] = "31/02/1980"
    elif bad < 0.06:
        row[16] = "1,50"
    elif bad < 0.08:
        row[11] = "council"
    return row


def _quoted(cell: str) -> str:
    return f'"{cell}"' if "," in cell or '"' in cell or "\n" in cell else cell


def _write(path, n: int, seed: int = 1, *, odd: bool = True) -> None:
    """``n`` rows, with (``odd``) blank lines, a row of empty cells, a row
    longer than the header and a cell holding a line end."""
    rng = random.Random(seed)
    lines = [",".join(HEADER)]
    for i in range(1, n + 1):
        row = _row(rng, i)
        if odd and i == 5:
            row[2] = "two\nlines"
        lines.append(",".join(_quoted(c) for c in row))
        if odd and i % 37 == 0:
            lines.append("")
        if odd and i == 20:
            lines.append("," * (len(HEADER) - 1))
        if odd and i == 30:
            lines[-1] += ",extra"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _whole(src, out, **kw) -> CaseloadFileEstimate:
    """The reference: the whole file read, estimated and written at once."""
    res = estimate_caseload(Caseload.from_csv(src, keep=kw.pop("keep", ())), on=kw.pop("on", ON), **kw)
    res.write(out)
    return CaseloadFileEstimate.of(res)


def _same(a: CaseloadFileEstimate, b: CaseloadFileEstimate) -> None:
    assert a.summary() == b.summary()
    assert [(e.row, e.index, e.field, e.reason, e.expected, str(e)) for e in a.errors] == \
           [(e.row, e.index, e.field, e.reason, e.expected, str(e)) for e in b.errors]
    assert (a.source, a.encoding) == (b.source, b.encoding)


#: The rows of the file ``_write(p, 240)`` writes: 240 cases and 7 blank rows (6 blank lines, a row of commas), each
#: kept as a row that is not a case.
ROWS = 247


@pytest.fixture(scope="module")
def caseload_file(tmp_path_factory):
    p = tmp_path_factory.mktemp("parts") / "cases.csv"
    _write(p, 240)
    return p


@pytest.mark.parametrize("part_rows", [1000, 64, 23])
def test_parts_give_the_whole_files_results_byte_for_byte(caseload_file, tmp_path, part_rows):
    want = _whole(caseload_file, tmp_path / "whole.csv")
    got = estimate_caseload_csv(caseload_file, on=ON, out=tmp_path / "parts.csv", part_rows=part_rows)
    assert got.parts == (1 if part_rows >= ROWS else -(-ROWS // part_rows))
    assert (tmp_path / "parts.csv").read_bytes() == (tmp_path / "whole.csv").read_bytes()
    _same(got, want)
    # The file has every kind of error: cells not read, a long row, a child not yet born.
    reasons = " ".join(e.reason for e in got.errors)
    assert "more cells than the header" in reasons and "31/02/1980" in reasons and "child" in reasons
    assert got.summary()["cases_with_errors"] == len({e.row for e in got.errors if e.reason != BLANK_ROW}) > 10
    assert got.summary()["rows_not_cases"]["blank_row"] == ROWS - 240 and got.summary()["cases"] == 240
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary left


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(part_rows=st.integers(15, 130), seed=st.integers(0, 3))
def test_any_part_size_gives_the_whole(tmp_path_factory, part_rows, seed):
    d = tmp_path_factory.mktemp("any")
    _write(d / "cases.csv", 100, seed, odd=seed % 2 == 0)
    want = _whole(d / "cases.csv", d / "whole.csv")
    got = estimate_caseload_csv(d / "cases.csv", on=ON, out=d / "parts.csv", part_rows=part_rows)
    assert (d / "parts.csv").read_bytes() == (d / "whole.csv").read_bytes()
    _same(got, want)


@pytest.mark.parametrize("readers", ["pandas", "csv module"])
def test_the_same_without_pyarrow(caseload_file, tmp_path, monkeypatch, readers):
    """Read by pandas or by the csv module, written by the csv module."""
    monkeypatch.setattr(cells, "pyarrow_csv_if_installed", lambda: None)
    if readers == "csv module":
        monkeypatch.setattr(cells, "pandas_if_installed", lambda: None)
    elif cells.pandas_if_installed() is None:
        pytest.skip("pandas not installed")
    want = _whole(caseload_file, tmp_path / "whole.csv")
    got = estimate_caseload_csv(caseload_file, on=ON, out=tmp_path / "parts.csv", part_rows=50)
    assert got.parts == 5
    assert (tmp_path / "parts.csv").read_bytes() == (tmp_path / "whole.csv").read_bytes()
    _same(got, want)


def test_kept_columns_and_no_output(caseload_file, tmp_path):
    want = _whole(caseload_file, tmp_path / "whole.csv", keep=("practice",))
    got = estimate_caseload_csv(caseload_file, on=ON, part_rows=100, keep=("practice",))
    assert got.parts == 3
    _same(got, want)
    got = estimate_caseload_csv(caseload_file, on=ON, out=tmp_path / "parts.csv", part_rows=100, keep=("practice",))
    assert (tmp_path / "parts.csv").read_bytes() == (tmp_path / "whole.csv").read_bytes()


def test_a_date_no_table_covers_is_the_same_error(caseload_file, tmp_path):
    with pytest.raises(NoRowInForce) as whole:
        estimate_caseload(Caseload.from_csv(caseload_file), on=dt.date(2000, 1, 1))
    with pytest.raises(NoRowInForce) as parts:
        estimate_caseload_csv(caseload_file, on=dt.date(2000, 1, 1), out=tmp_path / "parts.csv", part_rows=50)
    assert str(parts.value) == str(whole.value)
    assert list(tmp_path.iterdir()) == []  # nothing written, no temporary left


def test_parts_that_differ_fall_back_to_the_whole(caseload_file, tmp_path, monkeypatch):
    """A part whose rates rest on other assumptions than the first's, or
    that raises the error the whole might not: the whole file is estimated
    at once (one part), and the file is still the whole's."""
    want = _whole(caseload_file, tmp_path / "whole.csv")
    real = caseload_module.estimate_caseload
    for how in ("assumptions", "error"):
        calls = []

        def odd_second_part(cl, **kw):
            calls.append(len(cl))
            res = real(cl, **kw)
            if len(calls) == 2 and len(cl) == 100:
                if how == "error":
                    raise NoRowInForce("uc.standard_allowance", None, ON, ON, ON)
                return attrs.evolve(res, assumptions=(object(),))
            return res

        monkeypatch.setattr(caseload_module, "estimate_caseload", odd_second_part)
        got = estimate_caseload_csv(caseload_file, on=ON, out=tmp_path / "parts.csv", part_rows=100)
        assert calls[:2] == [100, 100] and calls[-1] == ROWS and got.parts == 1
        assert (tmp_path / "parts.csv").read_bytes() == (tmp_path / "whole.csv").read_bytes()
        _same(got, want)
        assert sorted(p.name for p in tmp_path.iterdir()) == ["parts.csv", "whole.csv"]


def test_part_rows_must_be_a_whole_number(caseload_file):
    for bad in (0, -1, 2.5, True):
        with pytest.raises(InputError, match="part_rows"):
            estimate_caseload_csv(caseload_file, on=ON, part_rows=bad)


def test_the_command_writes_the_same_in_parts(caseload_file, tmp_path, monkeypatch, capsys):
    def run(name: str) -> str:
        assert main(["caseload", str(caseload_file), "--on", "2026-05-01", "--out", str(tmp_path / f"{name}.csv"),
                     "--quiet"]) == 0
        return capsys.readouterr().out.replace(f"/{name}", "/X")

    whole = run("whole")
    monkeypatch.setattr(caseload_module, "PART_ROWS", 32)
    assert run("parts") == whole
    assert (tmp_path / "parts.csv").read_bytes() == (tmp_path / "whole.csv").read_bytes()
    assert (tmp_path / "parts_errors.csv").read_bytes() == (tmp_path / "whole_errors.csv").read_bytes()
    monkeypatch.setattr(caseload_module, "PART_ROWS", 1 << 18)
    json_whole = main(["caseload", str(caseload_file), "--on", "2026-05-01", "--json"]), capsys.readouterr().out
    monkeypatch.setattr(caseload_module, "PART_ROWS", 32)
    assert (main(["caseload", str(caseload_file), "--on", "2026-05-01", "--json"]), capsys.readouterr().out) == json_whole


# -- the pieces -----------------------------------------------------------------


@settings(max_examples=40, deadline=None)
@given(codes=st.lists(st.integers(0, 6), max_size=40), cut=st.tuples(st.integers(-2, 45), st.integers(-2, 45)))
def test_rows_of_cells_are_the_cells_of_those_rows(codes, cut):
    f = Factorized(np.array(codes, np.int32), ["a", "b", " c", "d", "e", "f"])
    start, stop = max(cut[0], 0), max(cut[1], 0)
    part = f.rows(start, stop)
    assert part.objects().tolist() == f.objects()[start:stop].tolist()
    if part is not f:  # a part holds the distinct values of its rows alone
        assert set(part.codes.tolist()) - {0} == set(range(1, len(part.values) + 1))
    pa = pytest.importorskip("pyarrow")
    texts = ["" if c == 0 else f.values[c - 1] for c in codes]
    arrow = ArrowCells(pa.chunked_array([pa.array(texts, pa.string())]))
    assert arrow.rows(start, stop).objects().tolist() == f.objects()[start:stop].tolist()


@pytest.mark.parametrize("arrow", [True, False])
def test_columns_written_in_batches_are_the_file_written_at_once(tmp_path, monkeypatch, arrow):
    if not arrow:
        monkeypatch.setattr(cells, "pyarrow_csv_if_installed", lambda: None)
    elif cells.pyarrow_csv_if_installed() is None:
        pytest.skip("pyarrow not installed")
    n = 300
    rng = np.random.default_rng(3)
    cols = {"id": Column(np.array([f"=x{i}" if i % 7 == 0 else f"r{i}" for i in range(n)], dtype=object)),
            "money": Column(rng.integers(-5, 10**6, n), rng.random(n) < 0.1),
            "flag": Column(rng.random(n) < 0.5),
            "day": Column(np.datetime64("2026-01-01") + rng.integers(0, 400, n).astype("timedelta64[D]"))}
    write_columns(cols, tmp_path / "once.csv")
    with ColumnsCsvWriter(tmp_path / "batches.csv", chunk=16) as w:
        for start, stop in ((0, 0), (0, 100), (100, 100), (100, 299), (299, 300)):
            w.write({k: Column(c.values[start:stop], None if c.empty is None else c.empty[start:stop]) for k, c in cols.items()})
    assert (tmp_path / "batches.csv").read_bytes() == (tmp_path / "once.csv").read_bytes()
    assert (tmp_path / "once.csv").read_text(encoding="utf-8").count("'=x") == len(range(0, n, 7))


def test_a_missing_education_is_not_counted_as_a_child_20_or_over_or_not_yet_born():
    # A young person born 1 May 2009 is 17 on 1 May 2026, past the 31 August after their 16th
    # birthday (31 August 2025): whether they are a qualifying young person depends on their
    # education (SI 2013/376 reg 5), which is not given: the row fails for a missing value. A
    # child born 1 June 2026 is not yet born in the assessment period from 1 May 2026 (it ends
    # 31 May 2026): that row fails as a child outside reg 5's ages. Each is counted under its own
    # kind in the caseload's words.
    from entitlements import Adult, Child, Household
    from entitlements.caseload import failure_kind, failures_in_words

    teen = Household(adults=(Adult(age=40),), children=(Child(date_of_birth=dt.date(2009, 5, 1)),))
    unborn = Household(adults=(Adult(age=40),), children=(Child(date_of_birth=dt.date(2026, 6, 1)),))
    r = estimate_caseload([teen, unborn, Household(adults=(Adult(age=40),))], on=dt.date(2026, 5, 1))
    assert r.valid.tolist() == [False, False, True]
    reasons = {e.position: str(e.reason) for e in r.caseload.errors}
    assert "education" in reasons[0] and [failure_kind(reasons[i]) for i in (0, 1)] == ["input", "children"]
    assert failures_in_words([reasons[0], reasons[1]]) == (
        "1 because a value could not be read or is not allowed, "
        "1 because a child is 20 or over, or not yet born, in a period (SI 2013/376 reg 5)")
