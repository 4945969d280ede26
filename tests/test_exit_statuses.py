"""One convention for the command's exit status, whichever check finds the
problem: 1 a value that cannot be used (argparse's reader of a flag or the
household model alike), 2 a usage mistake, 3 a file that cannot be read.
Each is one line starting ``entitlements:``."""

from __future__ import annotations

import pytest

from entitlements.cli import main


def _run(capsys, *args):
    try:
        status = main(list(args))
    except SystemExit as e:  # argparse's own exit
        status = e.code
    return status, capsys.readouterr().err


@pytest.mark.parametrize(("args", "status", "line"), [
    # A value refused by the flag's reader (was exit 2, "entitlements estimate: error: argument --age: invalid int
    # value: 'abc'") and by the model (exit 1): now both 1, in the same form.
    (("estimate", "--age", "abc"), 1, "entitlements: --age: 'abc' is not allowed (expected a whole number)."),
    (("estimate", "--age", "12"), 1, "entitlements: --age (adults[1].age): 12 is not allowed (expected a whole number of years from 16 to 120)."),
    (("estimate", "--age", "30", "--hours", "2.5"), 1, "entitlements: --hours: '2.5' is not allowed (expected a whole number)."),
    (("estimate", "--age", "30", "--on", "2026-13-01"), 1,
     "entitlements: --on: '2026-13-01' is not allowed: give a date as YYYY-MM-DD or DD/MM/YYYY, with a four-digit year"),
    (("schema", "nonsense"), 1, "entitlements: name: 'nonsense' is not allowed (expected one of 'household', 'caseload')."),
    # Usage: an unknown flag or command, a flag without its value.
    (("estimate", "--age", "30", "--bogus"), 2, "entitlements: error: unrecognized arguments: --bogus"),
    (("estimate", "--age", "30", "--rent"), 2, "entitlements estimate: error: argument --rent: expected one argument"),
    (("frobnicate",), 2, "entitlements: error: argument command: invalid choice: 'frobnicate'"),
    # A file that cannot be read (was exit 1): 3, as for a file that cannot be written.
    (("estimate", "no-such-household.toml"), 3,
     "entitlements: file: 'no-such-household.toml' is not allowed (expected a household file that exists)."),
    (("caseload", "no-such-caseload.csv"), 3, "entitlements: caseload: 'no-such-caseload.csv' is not allowed (expected a file that exists)."),
])
def test_one_exit_status_for_each_kind_of_problem(capsys, args, status, line):
    got, err = _run(capsys, *args)
    assert got == status, err
    assert err.count("\n") == 1 and err.startswith(line), err


def test_a_directory_given_as_the_caseload_is_a_file_that_cannot_be_read(capsys, tmp_path):
    got, err = _run(capsys, "caseload", str(tmp_path))
    assert got == 3 and "(expected a file, not a directory)" in err
