"""`entitlements areas`: where no name contains the words searched, the close
spellings it falls back on are marked as such, not listed as if they were
the place. An adviser looking up the Broad Rental Market Area for a tenant in
Nuneaton was shown "Luton" under the BRMA heading, as a match, and could take
--brma Luton (another area's LHA) from it."""

from __future__ import annotations

import json

from entitlements.cli import main
from entitlements.cli_areas import find_areas


def test_a_close_spelling_is_marked(capsys):
    assert main(["areas", "nuneaton"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    # The BRMA heading says no name has the word, and that Luton is only a close spelling.
    assert ("Broad Rental Market Area (Local Housing Allowance) (--brma; housing.brma): no name has 'nuneaton'; "
            "close spellings (another place, or a typo: check before using one): 1") in out, out
    # A real match is listed as before.
    assert ("Billing authority (council tax and Council Tax Reduction) (--council; local_authority): 1 "
            "Nuneaton and Bedworth (England)") in out, out


def test_a_match_by_name_is_not_marked(capsys):
    assert main(["areas", "coventry"]) == 0
    out = capsys.readouterr().out
    assert "close spelling" not in out and "  Coventry  (England)" in out, out


def test_json_says_which_are_close_spellings(capsys):
    assert main(["areas", "nuneaton", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {(r["kind"], r["name"], r["close_spelling"]) for r in rows} == {
        ("brma", "Luton", True), ("council", "Nuneaton and Bedworth", False)}


def test_find_areas_keeps_its_shape():
    assert find_areas("nuneaton") == [("brma", "Luton", "england"), ("council", "Nuneaton and Bedworth", "england")]
