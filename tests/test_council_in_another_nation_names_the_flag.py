"""A council in another nation than the household's names the flag that sets
the nation, for an adviser at the command line (`--council Glasgow` without
`--nation scotland`), as well as the file's field."""

from __future__ import annotations

from entitlements.cli import main


def test_glasgow_without_nation(capsys):
    assert main(["check", "--age", "70", "--state-pension", "200", "--owner", "--council", "Glasgow",
                 "--council-tax-band", "B", "--on", "2026-12-07"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert "Glasgow City is in Scotland; give nation = 'scotland' (--nation scotland) or another authority" in err, err
