"""A negative value given as its own argument (``--rent -5/week``) reaches the
flag's own check, which says what is allowed, instead of argparse's
"expected one argument" (it took ``-5/week`` for a flag). An adult's bad
field names the flag that gave it (``--partner-age``, not ``age``)."""

from __future__ import annotations

import pytest

from entitlements.cli import main


@pytest.mark.parametrize("args, line", [
    (("--private", "--rent", "-5/week"),
     "entitlements: --rent: '-5/week' is not allowed: give 0 or more pounds (e.g. 650/month)"),
    (("--private", "--rent", "-£5/week"),
     "entitlements: --rent: '-£5/week' is not allowed: give 0 or more pounds (e.g. 650/month)"),
    (("--earnings", "-900/month"),
     "entitlements: --earnings: '-900/month' is not allowed: give 0 or more pounds"),
    (("--capital", "-.5"), "entitlements: --capital: '-.5' is not allowed: give 0 or more pounds"),
    (("--partner-age", "-1"),
     "entitlements: --partner-age (adults[2].age): -1 is not allowed (expected a whole number of years from 16 to 120)."),
])
def test_a_negative_value_is_named_with_what_is_allowed(capsys, args, line):
    with pytest.raises(SystemExit) as e:
        status = main(["estimate", "--age", "30", *args])
        raise SystemExit(status)
    err = capsys.readouterr().err
    assert err.strip() == line
    assert "expected one argument" not in err
    assert e.value.code == 1  # a value refused, by the flag's reader or the model alike


def test_a_flag_after_a_flag_is_still_a_flag(capsys):
    # Only a value that looks like a negative amount is joined: '--rent --private' still says the value is missing.
    with pytest.raises(SystemExit):
        raise SystemExit(main(["estimate", "--age", "30", "--rent", "--private"]))
    assert "argument --rent: expected one argument" in capsys.readouterr().err
