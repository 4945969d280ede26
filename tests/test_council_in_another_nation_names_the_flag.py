"""`--council` implies the nation. A council named (or coded) on the command line
without `--nation` is a billing authority of one nation: that nation is taken,
and the command says so in one line. `--nation` given and contradicting the
council keeps the clear refusal, naming the flag that sets the nation, as does
a household file's nation other than England (the default)."""

from __future__ import annotations

import json

from entitlements.cli import main

ARGS = ["--age", "70", "--state-pension", "200", "--owner", "--council-tax-band", "B", "--on", "2026-12-07"]


def test_glasgow_without_nation_is_scotland_and_says_so(capsys):
    assert main(["check", *ARGS, "--council", "Glasgow"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == ("Nation: Scotland, the council's (Glasgow City is a billing authority in Scotland "
                                   "only; --nation not given)"), out
    # The same as --nation scotland given: the sheet below the line is the same.
    assert main(["check", *ARGS, "--council", "Glasgow", "--nation", "scotland"]) == 0
    given = capsys.readouterr().out
    assert out.split("\n", 1)[1] == given


def test_swansea_by_name_or_code_without_nation_is_wales(capsys):
    for council in ("Swansea", "W06000011"):
        assert main(["estimate", *ARGS, "--council", council, "--json"]) == 0
        d = json.loads(capsys.readouterr().out)  # JSON output: no line before it
        assert d["council_tax"]["calculation"]["ctr_scheme"] == "wales_pension", council  # the Welsh scheme: the nation is Wales
    assert main(["estimate", *ARGS, "--council", "Swansea"]) == 0
    assert capsys.readouterr().out.startswith("Nation: Wales, the council's (Swansea is a billing authority in Wales")


def test_an_english_council_changes_nothing_and_says_nothing(capsys):
    assert main(["estimate", *ARGS, "--council", "Coventry"]) == 0
    assert not capsys.readouterr().out.startswith("Nation:")


def test_glasgow_with_another_nation_is_refused_naming_the_flag(capsys):
    assert main(["check", *ARGS, "--council", "Glasgow", "--nation", "england"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert "Glasgow City is in Scotland; give nation = 'scotland' (--nation scotland) or another authority" in err, err


def test_a_file_s_nation_is_not_overridden(tmp_path, capsys):
    f = tmp_path / "h.json"
    f.write_text(json.dumps({"adults": [{"age": 70, "state_pension_weekly": 20000}], "nation": "wales",
                             "housing": {"tenure": "owner_occupier"}}), "utf-8")
    assert main(["check", str(f), "--council", "Glasgow", "--council-tax-band", "B", "--on", "2026-12-07"]) == 1
    assert "Glasgow City is in Scotland" in capsys.readouterr().err
