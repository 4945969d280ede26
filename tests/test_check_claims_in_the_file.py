"""What a household claims now, written in its household file (``claims =
[...]``): the benefit check reads it as it reads ``--claims``; ``--claims``
as well is an error naming both; an estimate accepts the entry and does not
use it (it is not a fact of the household)."""

from __future__ import annotations

import json

import pytest

from entitlements.cli import main
from entitlements.io.households import read_household_file, read_household_file_claims

# A pensioner aged 70 with a State Pension of £170 a week: Pension Credit is
# found (£68.00 a week, test_check_cli) unless it is claimed already.
PENSIONER = "on = 2026-06-01\n[[adults]]\nage = 70\nstate_pension_weekly = 170\n"


def _file(tmp_path, text, name="h.toml"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def _check(args, capsys):
    assert main(["check", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_the_files_claims_give_the_same_findings_as_the_flag(tmp_path, capsys):
    with_claims = _file(tmp_path, 'claims = ["pension_credit", "warm_home_discount"]\n' + PENSIONER)
    bare = _file(tmp_path, PENSIONER, "bare.toml")
    from_file = _check([str(with_claims)], capsys)
    from_flag = _check([str(bare), "--claims", "pension_credit,warm_home_discount"], capsys)
    nothing = _check([str(bare)], capsys)
    assert from_file == from_flag
    ids = lambda d: {f["id"] for f in d["findings"]}  # noqa: E731
    # Claimed already, so not a finding; without the claims it is one.
    assert "pension_credit" not in ids(from_file) and "pension_credit" in ids(nothing)
    assert "warm_home_discount" not in ids(from_file)


def test_the_files_claims_in_json(tmp_path, capsys):
    j = _file(tmp_path, json.dumps({"on": "2026-06-01", "claims": ["pension_credit"],
                                    "adults": [{"age": 70, "state_pension_weekly": 170}]}), "h.json")
    bare = _file(tmp_path, PENSIONER, "bare.toml")
    assert _check([str(j)], capsys) == _check([str(bare), "--claims", "pension_credit"], capsys)


def test_an_empty_claims_list_is_nothing_claimed(tmp_path, capsys):
    empty = _file(tmp_path, "claims = []\n" + PENSIONER)
    bare = _file(tmp_path, PENSIONER, "bare.toml")
    assert _check([str(empty)], capsys) == _check([str(bare)], capsys)


@pytest.mark.parametrize("claims", ['["pension_credt"]', '"pension_credit"', "[1]"])
def test_a_bad_claim_in_the_file_is_a_one_line_error(tmp_path, capsys, claims):
    f = _file(tmp_path, f"claims = {claims}\n" + PENSIONER)
    assert main(["check", str(f)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "claims" in err and "pension_credit" in err, err
    assert "universal_credit" in err  # the names allowed


def test_claims_in_the_file_and_the_flag_is_an_error_naming_both(tmp_path, capsys):
    f = _file(tmp_path, 'claims = ["pension_credit"]\n' + PENSIONER)
    assert main(["check", str(f), "--claims", "warm_home_discount"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--claims" in err and "the file's claims" in err and "h.toml" in err, err
    assert "pension_credit" in err and "warm_home_discount" in err


def test_the_flag_alone_still_works_with_a_file_without_claims(tmp_path, capsys):
    bare = _file(tmp_path, PENSIONER)
    d = _check([str(bare), "--claims", "pension_credit"], capsys)
    assert "pension_credit" not in {f["id"] for f in d["findings"]}


def test_uc_element_missing_goes_with_the_files_universal_credit(tmp_path, capsys):
    # --uc-element-missing needs universal_credit claimed: the file's claims say so.
    text = 'on = 2026-06-01\nclaims = ["universal_credit"]\n[[adults]]\nage = 35\ncarer = true\n'
    bare = 'on = 2026-06-01\n[[adults]]\nage = 35\ncarer = true\n'
    from_file = _check([str(_file(tmp_path, text)), "--uc-element-missing", "carer_1"], capsys)
    from_flag = _check([str(_file(tmp_path, bare, "bare.toml")), "--claims", "universal_credit",
                        "--uc-element-missing", "carer_1"], capsys)
    assert from_file == from_flag


def test_estimate_accepts_a_files_claims_and_does_not_use_them(tmp_path, capsys):
    with_claims = _file(tmp_path, 'claims = ["pension_credit"]\n' + PENSIONER)
    bare = _file(tmp_path, PENSIONER, "bare.toml")
    assert main(["estimate", str(with_claims), "--json"]) == 0
    a = capsys.readouterr().out
    assert main(["estimate", str(bare), "--json"]) == 0
    assert a == capsys.readouterr().out
    assert read_household_file(with_claims) == read_household_file(bare)


def test_estimate_still_checks_the_files_claims(tmp_path, capsys):
    f = _file(tmp_path, 'claims = ["pension_credt"]\n' + PENSIONER)
    assert main(["estimate", str(f)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "pension_credt" in err


def test_an_unknown_key_is_still_an_error(tmp_path, capsys):
    f = _file(tmp_path, 'claim = ["pension_credit"]\n' + PENSIONER)
    for command in ("estimate", "check"):
        assert main([command, str(f)]) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "claim" in err


def test_the_api_reads_the_claims_for_check(tmp_path):
    from entitlements.check import check

    f = _file(tmp_path, 'claims = ["pension_credit"]\n' + PENSIONER)
    household, on, claims = read_household_file_claims(f)
    assert claims == ("pension_credit",)
    ids = {x.id for x in check(household, on=on, claims=claims).findings}
    assert "pension_credit" not in ids
    assert read_household_file_claims(_file(tmp_path, PENSIONER, "bare.toml"))[2] is None


def test_the_example_household_files_claims(tmp_path, capsys):
    from pathlib import Path

    example = Path(__file__).resolve().parents[1] / "examples" / "household.toml"
    text = example.read_text("utf-8")
    assert 'claims = ["universal_credit"]' in text
    bare = _file(tmp_path, "\n".join(x for x in text.splitlines() if not x.startswith("claims")))
    assert _check([str(example)], capsys) == _check([str(bare), "--claims", "universal_credit"], capsys)


def test_claims_given_with_spaces_say_how_to_give_several(tmp_path, capsys):
    # `--claims a b` read b as the household file ("expected a household file that exists", exit 3), or, after a
    # file, as an argument not recognised: each now says --claims takes one list separated by commas.
    import pytest as _pytest

    from entitlements.cli import main

    assert main(["check", "--age", "70", "--claims", "housing_benefit", "council_tax_reduction"]) == 2
    assert capsys.readouterr().err == (
        "entitlements: --claims: 'housing_benefit council_tax_reduction' is not allowed (expected one list separated "
        "by commas, e.g. --claims housing_benefit,council_tax_reduction (council_tax_reduction was read as the "
        "household file)).\n")
    path = tmp_path / "home.toml"
    path.write_text("[[adults]]\nage = 70\n", encoding="utf-8")
    with _pytest.raises(SystemExit) as e:
        main(["check", str(path), "--claims", "housing_benefit", "council_tax_reduction"])
    assert e.value.code == 2
    assert capsys.readouterr().err.rstrip().endswith(
        "unrecognized arguments: council_tax_reduction (--claims takes one list, separated by commas: "
        "--claims housing_benefit,council_tax_reduction)")
