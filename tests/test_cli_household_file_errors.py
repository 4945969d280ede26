"""A household file's bad value is named as the file names it, with the value
as the file gives it: before the fix ``capital = -5`` in a file was reported
as ``--capital: -5`` (a flag the adviser never typed), and once a field was
no longer renamed, its value in pounds was shown as pence ('-£0.05'). A flag's
value is still named by its flag and shown in pounds (``--carers-allowance 80``
is £80.00, not 8000)."""

from __future__ import annotations

import pytest

from entitlements.cli import main


@pytest.mark.parametrize("toml, line", [
    ("capital = -5\n[[adults]]\nage = 30\n", "entitlements: capital: -5 is not allowed (expected 0 or more pounds)."),
    ("capital = 200000000\n[[adults]]\nage = 30\n",
     "entitlements: capital: 200000000 is not allowed (expected at most £100,000,000)."),
    ("[[adults]]\nage = 30\nmonthly_earnings = -1\n",
     "entitlements: adults[1].monthly_earnings: -1 is not allowed (expected 0 or more pounds)."),
    # £80 a week read from the file (8000 pence), refused by the household model: shown in pounds.
    ("[[adults]]\nage = 30\ncarer = true\nclaims_carers_allowance = true\ncarers_allowance_weekly = 80\n",
     "entitlements: adults[1].carers_allowance_weekly: '£80.00' is not allowed (expected 0 when "
     "claims_carers_allowance is True (the amount is worked out))."),
])
def test_a_file_value_is_named_by_its_field_and_shown_as_written(tmp_path, capsys, toml, line):
    path = tmp_path / "household.toml"
    path.write_text(toml, encoding="utf-8")
    assert main(["estimate", str(path), "--on", "2026-05-01"]) == 1
    assert capsys.readouterr().err == line + "\n"


def test_a_flag_value_is_named_by_its_flag_and_shown_in_pounds(capsys):
    assert main(["estimate", "--age", "40", "--carer", "--claims-carers-allowance", "--carers-allowance", "80",
                 "--on", "2026-05-01"]) == 1
    assert capsys.readouterr().err == (
        "entitlements: --carers-allowance (adults[1].carers_allowance_weekly): '£80.00' is not allowed (expected 0 when "
        "claims_carers_allowance is True (the amount is worked out)).\n")
