"""A household file's text field (a council, an area, a choice) given as a
list or a table is a one-line error naming the field. Until 2026-12-07 it
was read as the text of the list: ``local_authority = ["Coventry"]`` and
``brma = ["Coventry"]`` were taken as Coventry, silently, because the name
matching ignores the brackets and quotes of "['Coventry']"."""

from __future__ import annotations

import json

import pytest

from entitlements.cli import main

HEAD = 'on = 2026-12-07\n{la}\n[[adults]]\nage = 75\n[housing]\ntenure = "private_rent"\nrent = 120.00\n' \
       'rent_period = "week"\n{brma}\ncouncil_tax_band = "B"\ncouncil_tax_band_d = 2300.00\n'


@pytest.mark.parametrize("la, brma, line", [
    ('local_authority = ["Coventry"]', 'brma = "Coventry"',
     'entitlements: local_authority: a list of 1 item is not allowed (expected one value written as text, e.g. '
     '"Coventry" (not a list or a table)).'),
    ('local_authority = "Coventry"', 'brma = ["Coventry"]',
     'entitlements: housing.brma: a list of 1 item is not allowed (expected one value written as text, e.g. '
     '"Coventry" (not a list or a table)).'),
    ('local_authority = "Coventry"', 'brma = {name = "Coventry"}',
     'entitlements: housing.brma: a table of 1 field is not allowed (expected one value written as text, e.g. '
     '"Coventry" (not a list or a table)).'),
])
def test_a_list_or_table_for_a_text_field_is_refused(tmp_path, capsys, la, brma, line):
    path = tmp_path / "household.toml"
    path.write_text(HEAD.format(la=la, brma=brma), encoding="utf-8")
    assert main(["estimate", str(path)]) == 1
    assert capsys.readouterr().err == line + "\n"


def test_a_json_list_for_a_choice_is_refused(tmp_path, capsys):
    path = tmp_path / "household.json"
    path.write_text(json.dumps({"on": "2026-12-07", "nation": ["wales"], "adults": [{"age": 40}]}), encoding="utf-8")
    assert main(["estimate", str(path)]) == 1
    assert capsys.readouterr().err.startswith("entitlements: nation: a list of 1 item is not allowed")


def test_text_as_text_is_read_as_before(tmp_path, capsys):
    # The same household with the names as text: the LHA for 1 bedroom in Coventry is £132.33 a week, above the rent,
    # so the eligible rent is the rent, £120.00; band B of £2,300 less 25% = £1,341.67 a year, x 7 / 365 = £25.73.
    path = tmp_path / "household.toml"
    path.write_text(HEAD.format(la='local_authority = "Coventry"', brma='brma = "Coventry"'), encoding="utf-8")
    assert main(["estimate", str(path), "--wide"]) == 0
    out = capsys.readouterr().out
    assert "Eligible rent" in out and "£120.00" in out and "Council tax a week (x 7 / days in the year)" in out
    assert "£25.73" in out


def test_a_band_in_lower_case_is_read_as_the_command_line_reads_it(tmp_path, capsys):
    # --council-tax-band b was band B, a file's council_tax_band = "b" an error ("expected one of 'A', ...").
    path = tmp_path / "household.toml"
    text = HEAD.format(la='local_authority = "Coventry"', brma='brma = "Coventry"').replace('"B"', '"b"')
    path.write_text(text, encoding="utf-8")
    assert main(["estimate", str(path), "--wide"]) == 0
    assert "Band B amount (band B, a year)" in capsys.readouterr().out


def test_a_band_in_lower_case_in_a_caseload(tmp_path):
    import datetime as dt

    from entitlements import Caseload, estimate_caseload

    p = tmp_path / "cases.csv"
    p.write_text("case_id,adult1_age,adult1_state_pension_weekly,housing_tenure,housing_rent,housing_rent_period,"
                 "local_authority,housing_council_tax_band,housing_council_tax_band_d\n"
                 "A1,75,200,social_rent,120,week,Coventry,b,2300\n", encoding="utf-8")
    row = next(estimate_caseload(Caseload.from_csv(p), on=dt.date(2026, 12, 7)).rows())
    # Band B of £2,300: x 7/9 less 25% = £1,341.67 a year, x 7 / 365 = £25.73 a week (guarantee credit: all of it).
    assert row["household_council_tax_reduction_weekly"] == 2573


def test_rent_written_with_its_period_says_where_the_period_goes(tmp_path, capsys):
    # Was "expected an amount in pounds, such as 900.00", which did not say why '£120/week' is not one.
    path = tmp_path / "household.toml"
    text = HEAD.format(la='local_authority = "Coventry"', brma='brma = "Coventry"').replace("rent = 120.00",
                                                                                         'rent = "£120/week"')
    path.write_text(text, encoding="utf-8")
    assert main(["estimate", str(path)]) == 1
    assert capsys.readouterr().err == (
        "entitlements: housing.rent: '£120/week' is not allowed (expected an amount in pounds alone, such as 120.00: "
        "how often is given apart (the rent's in rent_period; other fields say it in their name, as "
        "state_pension_weekly does)).\n")


def test_a_date_with_a_time_is_shown_as_written(tmp_path, capsys):
    # Was "on: datetime.datetime(2026, 12, 7, 10, 0) is not allowed": Python's words, not the file's.
    path = tmp_path / "household.toml"
    path.write_text("on = 2026-12-07T10:00:00\n[[adults]]\nage = 30\n", encoding="utf-8")
    assert main(["estimate", str(path)]) == 1
    assert capsys.readouterr().err == ("entitlements: on: '2026-12-07T10:00:00' is not allowed (expected a date such "
                                       "as 2026-05-01).\n")
