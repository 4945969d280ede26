"""Benchmark: reading a caseload from an Excel workbook (.xlsx) against CSV.

Run:  PYTHONPATH=src python benchmarks/bench_xlsx.py [--rows 1000 100000]

``examples/synthetic_caseload.csv`` (1,000 cases of advice outcomes, 64
columns) repeated to each ``--rows``, written to a temporary directory as
CSV and as a workbook (made with XlsxWriter where installed, laid out as
Excel saves one; else with openpyxl), each cell typed as Excel types a CSV
file it opens: whole numbers and decimals as numbers,
ISO dates as dates, the rest as text. Timed: the table read
(:func:`entitlements.io.workbooks.read_table`, what every caseload reader
reads first) from each, wall and CPU time (the CPU time is the figure to
compare on a shared machine), after a read of a small pair of files (the
imports are not timed), and the workbook's cells per second. The tables
are checked equal in meaning (the same cells, a number as the same number).
Needs openpyxl (the excel extra).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import re
import tempfile
import time
from pathlib import Path

from entitlements.io.workbooks import read_table

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "synthetic_caseload.csv"
_NUMBER = re.compile(r"-?\d+(\.\d+)?")
_DATE = re.compile(r"\d{4}-\d\d-\d\d")


def typed(cell: str):
    """A CSV cell as Excel types it when it opens the file."""
    if cell == "":
        return None
    if _NUMBER.fullmatch(cell):
        return float(cell) if "." in cell else int(cell)
    if _DATE.fullmatch(cell):
        return dt.date.fromisoformat(cell)
    return cell


def write_files(directory: Path, rows: int) -> tuple[Path, Path]:
    """The example repeated to ``rows`` rows, as CSV and as a workbook:
    by XlsxWriter where installed, which lays a workbook out as Excel saves
    one (text in the shared strings, the sheet's dimension given); else by
    openpyxl, whose workbooks hold each text in its cell and read slower."""
    with EXAMPLE.open(newline="", encoding="utf-8") as f:
        records = list(csv.reader(f))
    header, body = records[0], records[1:]
    path_csv, path_xlsx = directory / "caseload.csv", directory / "caseload.xlsx"
    with path_csv.open("w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        for i in range(rows):
            w.writerow(body[i % len(body)])
    typed_body = [[typed(c) for c in rec] for rec in body]
    try:
        import xlsxwriter
    except ImportError:
        _write_openpyxl(path_xlsx, header, typed_body, rows)
        return path_csv, path_xlsx
    wb = xlsxwriter.Workbook(str(path_xlsx))
    ws = wb.add_worksheet("Cases")
    date = wb.add_format({"num_format": "yyyy-mm-dd"})
    ws.write_row(0, 0, header)
    for i in range(rows):
        for j, v in enumerate(typed_body[i % len(body)]):
            if isinstance(v, dt.date):
                ws.write_datetime(i + 1, j, dt.datetime.combine(v, dt.time()), date)
            elif v is not None:
                ws.write(i + 1, j, v)
    wb.close()
    return path_csv, path_xlsx


def _write_openpyxl(path: Path, header: list[str], typed_body: list[list], rows: int) -> None:
    import openpyxl
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import NamedStyle

    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Cases")
    wb.add_named_style(NamedStyle(name="date", number_format="yyyy-mm-dd"))
    ws.append(header)
    for i in range(rows):
        out = []
        for v in typed_body[i % len(typed_body)]:
            if isinstance(v, dt.date):
                cell = WriteOnlyCell(ws, value=v)
                cell.style = "date"
                out.append(cell)
            else:
                out.append(v)
        ws.append(out)
    wb.save(path)


def same_meaning(a, b) -> bool:
    """Whether two tables hold the same cells, a number as the same number."""
    if a.header != b.header or list(a.rows) != list(b.rows):
        return False
    for h in a.header:
        for x, y in zip(a.columns[h].tolist(), list(b.columns[h])):
            if x != y and not (x is not None and y is not None and _NUMBER.fullmatch(x) and float(x) == float(y)):
                return False
    return True


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, nargs="+", default=[1_000, 100_000])
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:  # imports (openpyxl, pyarrow) and first calls, not timed
        for path in write_files(Path(d), 10):
            read_table(path)
    for rows in args.rows:
        with tempfile.TemporaryDirectory() as d:
            t = time.perf_counter()
            path_csv, path_xlsx = write_files(Path(d), rows)
            made = time.perf_counter() - t
            t, c = time.perf_counter(), time.process_time()
            from_csv = read_table(path_csv)
            csv_s, csv_cpu = time.perf_counter() - t, time.process_time() - c
            t, c = time.perf_counter(), time.process_time()
            from_xlsx = read_table(path_xlsx)
            xlsx_s, xlsx_cpu = time.perf_counter() - t, time.process_time() - c
            cells = (rows + 1) * len(from_csv.header)
            filled = len(from_csv.header) + sum(int((from_xlsx.columns[h].codes > 0).sum()) for h in from_xlsx.header)
            print(f"{rows:>9,} rows x {len(from_csv.header)} columns ({cells:,} cells, {filled:,} not empty; workbook "
                  f"{path_xlsx.stat().st_size / 2**20:,.1f} MiB, written in {made:.1f} s)\n"
                  f"    CSV  {csv_s:7.2f} s ({csv_cpu:7.2f} s CPU)\n"
                  f"    xlsx {xlsx_s:7.2f} s ({xlsx_cpu:7.2f} s CPU): {cells / xlsx_cpu:,.0f} cells "
                  f"({filled / xlsx_cpu:,.0f} not empty) a CPU second; same cells: {same_meaning(from_xlsx, from_csv)}")


if __name__ == "__main__":
    main()
