"""Billing authorities and their Band D council tax, by financial year.

One job: read ``rules/council_tax/band_d/{england,wales,scotland}.toml`` (on
first use, never at import) and answer which billing authority a name or code
means and what its Band D council tax was for a financial year.

Which figure: the **area Band D** of the official statistics, the council tax
for a Band D dwelling in the authority's area including every precept (county,
district or unitary, police, fire, the Greater London Authority, the adult
social care precept) and the *average* town or parish precept across the area
(England: MHCLG "Council Tax levels set by local authorities in England",
Table 9 "area Band D"; Wales: "Council Tax levels", band D including police
and community councils; Scotland: Band D, which has no parish precepts and
excludes water and sewerage charges). A household in a parish pays its own
parish's precept, so its bill can differ from the area figure by a few pounds
a year: where the bill is known, pass its Band D (or band) amount instead.

Where a council publishes only its own part and the precepts, a file may also
record ``band_d_before_parish`` (the Band D of a home where no town or parish
precept is charged, the precepts added up); it is information for the adviser,
never used in place of the area Band D.

The files record, for each year, the publication and where the copy was read,
and for each authority the cells compared with the council's own page (as the
LHA schedules do). A year an authority has no figure for raises
:class:`~entitlements.errors.InputError` asking for the bill's figure (or
:class:`~entitlements.errors.NoRowInForce` for a year after its last
figure: the next year's council tax is not known until it is set); a name no authority has raises
:class:`~entitlements.errors.InputError` with close matches.

>>> band_d_annual("North Warwickshire Borough Council", on=dt.date(2024, 6, 1))   # pence a year
231941
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import attrs

from ..errors import InputError, NoRowInForce, RuleTableError
from ..rule_table import ReadOnlyDict
from ..tables import read_toml, shipped_rules_dir
from ._names import close_matches, fold
from ..tables import reject_unknown as _unknown

__all__ = [
    "NATIONS",
    "Authority",
    "BandD",
    "Check",
    "YearSource",
    "AuthoritySchedule",
    "default_authorities",
    "financial_year",
    "band_d_annual",
    "band_d_entry",
    "authority",
    "normalise_name",
]

#: The nations with a file of Band D figures.
NATIONS: tuple[str, ...] = ("england", "wales", "scotland")

_FILE_KEYS = {"id", "title", "nation", "legal_basis", "figure", "years", "authority", "note"}
_YEAR_KEYS = {"year", "publication", "copy_read", "verified", "note"}
_AUTHORITY_KEYS = {"code", "name", "aliases", "band_d", "band_d_before_parish", "checks", "note"}
_CHECK_KEYS = {"year", "against", "note"}
_CODE_PREFIX = {"england": "E", "wales": "W", "scotland": "S"}
# Words that name the kind of council rather than the place: "Rugby Borough
# Council" and "Rugby" are one authority; in Welsh, "Cyngor Sir a Dinas
# Abertawe" (the City and County of Swansea Council) and "Abertawe" are one.
_AFFIXES = re.compile(
    r"^(the |london borough of |royal borough of |borough of |city and county of |county borough of "
    r"|cyngor bwrdeistref sirol |cyngor sir a dinas |cyngor dinas a sir |cyngor dinas |cyngor |dinas a sir "
    r"|sir a dinas |bwrdeistref sirol )"
    r"|( metropolitan borough council| city council| borough council| district council| county council"
    r"| county borough council| council| city| borough| bc| dc| mbc| cc)$"
)


def normalise_name(name: str) -> str:
    """A council's name folded for matching: case, '&'/'and', punctuation,
    spacing and words such as 'Borough Council' do not matter
    ('Nuneaton & Bedworth Borough Council' = 'nuneaton and bedworth')."""
    s = fold(name)
    for _ in range(2):  # "London Borough of X Council"
        s = _AFFIXES.sub("", s).strip()
    return s


def financial_year(on: dt.date) -> str:
    """The financial year (1 April to 31 March) containing ``on``, e.g. '2025-26'."""
    start = on.year if on.month >= 4 else on.year - 1
    return f"{start}-{(start + 1) % 100:02d}"


def _year_bounds(year: str) -> tuple[dt.date, dt.date]:
    start = int(year[:4])
    return dt.date(start, 4, 1), dt.date(start + 1, 3, 31)


@attrs.frozen
class YearSource:
    """Where one year's figures of one nation were published and read."""

    year: str  # "2025-26"
    publication: str
    copy_read: str
    verified: bool = True
    note: str | None = None


@attrs.frozen
class Check:
    """A cell compared with the council's (or another official) page."""

    year: str
    against: str
    note: str | None = None


@attrs.frozen
class Authority:
    """One billing authority: its GSS code, names, and Band D by year (pence)."""

    code: str
    name: str
    nation: str
    aliases: tuple[str, ...]
    band_d: Mapping[str, int] = attrs.field(converter=ReadOnlyDict)  # read-only: the schedule is shared
    checks: tuple[Check, ...] = ()
    note: str | None = None
    #: The Band D where no town or parish precept is charged (pence, by year): the sum of the other precepts,
    #: recorded for the adviser and the docs; never used in place of the area Band D (a parished home pays more).
    band_d_before_parish: Mapping[str, int] = attrs.field(factory=ReadOnlyDict, converter=ReadOnlyDict)


@attrs.frozen
class BandD:
    """One authority's Band D for one year, with where it comes from."""

    authority: str
    code: str
    nation: str
    year: str
    annual: int  # pence a year
    publication: str
    copy_read: str
    verified: bool  # the year's source was read and the cell compared with a council page
    checks: tuple[Check, ...]

    def __str__(self) -> str:
        return f"Band D {self.authority} {self.year}: £{self.annual // 100:,}.{self.annual % 100:02d} a year"


class AuthoritySchedule:
    """Every shipped billing authority. Immutable once loaded."""

    __slots__ = ("_authorities", "_by_key", "_years")

    def __init__(self, authorities: Sequence[Authority], years: Mapping[tuple[str, str], YearSource]) -> None:
        self._authorities = tuple(authorities)
        self._years = dict(years)
        by_key: dict[str, Authority] = {}
        for a in self._authorities:
            for name in (a.name, *a.aliases, a.code):
                k = normalise_name(name)
                if k in by_key and by_key[k] is not a:
                    raise RuleTableError(
                        f"rules/council_tax/band_d/{a.nation}.toml",
                        f"authority name {name!r} is ambiguous: {by_key[k].name!r} ({by_key[k].code}) has the same name",
                    )
                by_key[k] = a
        self._by_key = by_key

    @classmethod
    def load(cls, directory: str | Path | None = None) -> "AuthoritySchedule":
        """Load ``*.toml`` from ``directory`` (the shipped ``rules/council_tax/band_d``)."""
        d = Path(directory) if directory is not None else shipped_rules_dir() / "council_tax" / "band_d"
        files = sorted(d.glob("*.toml"))
        if not files:
            raise RuleTableError(str(d), "no Band D files (*.toml) found: reinstall entitlements or give the right directory")
        authorities: list[Authority] = []
        years: dict[tuple[str, str], YearSource] = {}
        for f in files:
            nation, ys, rows = _parse_file(f)
            for y in ys:
                years[(nation, y.year)] = y
            authorities.extend(rows)
        return cls(authorities, years)

    def names(self, nation: str | None = None) -> list[str]:
        """The authorities' official names, sorted (of one nation if given)."""
        if nation is not None and nation not in NATIONS:
            raise InputError("nation", nation, f"one of {', '.join(NATIONS)}")
        return sorted(a.name for a in self._authorities if nation is None or a.nation == nation)

    def authority(self, name: str) -> Authority:
        """The authority called ``name`` (a name, another spelling, or its GSS code)."""
        if not isinstance(name, str) or not name.strip():
            raise InputError("local_authority", name, "a billing authority's name or GSS code, e.g. 'Coventry' or 'E08000026'")
        found = self._by_key.get(normalise_name(name))
        if found is not None:
            return found
        if not any(ch.isalpha() for ch in name):  # a number's close matches are noise (Plymouth for '26')
            hint = "a number names no council: a GSS code is a letter and eight digits, e.g. 'E08000026'"
        else:
            key = normalise_name(name)
            # A council's whole name at the start ('Rugby & East', the BRMA, for Rugby): offered first (qa-adv10).
            first = sorted({a.name for k, a in self._by_key.items() if len(k) > 2 and key.startswith(k + " ")})
            shown = list(dict.fromkeys([*first, *close_matches(key, self._by_key, lambda a: a.name)]))[:max(5, len(first))]
            hint = f"close matches: {', '.join(repr(s) for s in shown)}" if shown else "no close match"
        raise InputError(
            "local_authority",
            name,
            f"the name or GSS code of one of the {len(self._authorities)} billing authorities shipped; {hint}. "
            "entitlements.benefits.council_tax_areas.default_authorities().names() lists them",
        )

    def entry(self, name: str, *, on: dt.date) -> BandD:
        """The Band D of ``name`` for the financial year containing ``on``."""
        a = self.authority(name)
        year = financial_year(_date(on))
        amount = a.band_d.get(year)
        src = self._years.get((a.nation, year))
        if amount is None or src is None:
            known = sorted(a.band_d)
            if not known or year < known[-1]:  # a year the library has no figure for, not a year past the table
                shipped = f"the library has {', '.join(known)} only" if known else "no year's figure is in the library"
                raise InputError("local_authority", a.name, f"a billing authority whose Band D council tax is shipped "
                                 f"for {year} ({a.name} is known but {shipped}: pass the Band D or band amount from "
                                 "the council tax bill)")
            first = _year_bounds(known[0])[0]
            last = _year_bounds(known[-1])[1]
            raise NoRowInForce(f"council_tax.band_d ({a.name})", f"rules/council_tax/band_d/{a.nation}.toml",
                               _date(on), first, last)
        checks = tuple(c for c in a.checks if c.year == year)
        return BandD(a.name, a.code, a.nation, year, amount, src.publication, src.copy_read,
                     src.verified and bool(checks), checks)

    def __len__(self) -> int:
        return len(self._authorities)

    def __iter__(self):
        return iter(self._authorities)

    def __repr__(self) -> str:
        return f"<AuthoritySchedule: {len(self._authorities)} billing authorities>"


@cache
def default_authorities() -> AuthoritySchedule:
    """The shipped authorities, loaded on first use and then reused (immutable)."""
    return AuthoritySchedule.load()


def authority(name: str, *, schedule: AuthoritySchedule | None = None) -> Authority:
    """The billing authority ``name`` means (name, other spelling or GSS code)."""
    return (schedule or default_authorities()).authority(name)


def band_d_entry(name: str, *, on: dt.date, schedule: AuthoritySchedule | None = None) -> BandD:
    """The area Band D of an authority for the year containing ``on``, with its sources."""
    return (schedule or default_authorities()).entry(name, on=on)


def band_d_annual(name: str, *, on: dt.date, schedule: AuthoritySchedule | None = None) -> int:
    """The area Band D council tax [pence/year] of an authority for the
    financial year containing ``on``."""
    return band_d_entry(name, on=on, schedule=schedule).annual


# -- parsing and validation -------------------------------------------------


def _date(on) -> dt.date:
    if isinstance(on, dt.datetime) or not isinstance(on, dt.date):
        raise InputError("on", on, "a datetime.date, e.g. datetime.date(2025, 6, 1)")
    return on


def _year_name(where: str, value: Any) -> str:
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}", value) or \
            (int(value[:4]) + 1) % 100 != int(value[5:]):
        raise RuleTableError(where, f"year {value!r} must be a financial year like '2025-26'")
    return value


def _pounds(where: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
        raise RuleTableError(where, f"{value!r} is not an amount in pounds, e.g. 2280.62")
    p = Decimal(value) * 100
    if p != p.to_integral_value() or p <= 0:
        raise RuleTableError(where, f"{value} must be a positive amount with at most 2 decimal places")
    return int(p)


def _parse_file(path: Path) -> tuple[str, list[YearSource], list[Authority]]:
    where = str(path)
    data = read_toml(path)
    _unknown(where, "file", data, _FILE_KEYS)
    for k in ("id", "nation", "legal_basis", "figure", "years", "authority"):
        if k not in data:
            raise RuleTableError(where, f"missing `{k}`; a Band D file needs id, nation, legal_basis, figure, [[years]] and [[authority]]")
    if data["id"] != f"council_tax.band_d.{path.stem}":
        raise RuleTableError(where, f"id {data['id']!r} does not match its path: expected 'council_tax.band_d.{path.stem}'")
    nation = data["nation"]
    if nation not in NATIONS:
        raise RuleTableError(where, f"nation {nation!r} is not one of {', '.join(NATIONS)}")
    years = [_parse_year(f"{where} [[years]] row {i}", y) for i, y in enumerate(data["years"], start=1)]
    known = {y.year for y in years}
    if len(known) != len(years):
        raise RuleTableError(where, "a year is listed twice in [[years]]")
    rows = [_parse_authority(where, i, nation, r, known) for i, r in enumerate(data["authority"], start=1)]
    codes = [a.code for a in rows]
    if len(set(codes)) != len(codes):
        raise RuleTableError(where, "a GSS code is listed twice")
    return nation, years, rows


def _parse_year(w: str, y: Any) -> YearSource:
    if not isinstance(y, dict):
        raise RuleTableError(w, "must be a table")
    _unknown(w, "year", y, _YEAR_KEYS)
    year = _year_name(w, y.get("year"))
    for k in ("publication", "copy_read"):
        if not isinstance(y.get(k), str) or not y[k].strip():
            raise RuleTableError(w, f"needs `{k}`: the official table, and where this copy was read")
    verified = y.get("verified", True)
    if not isinstance(verified, bool):
        raise RuleTableError(w, f"verified must be true or false (got {verified!r})")
    if not verified and not y.get("note"):
        raise RuleTableError(w, "an unverified year needs a `note` saying what could not be checked")
    return YearSource(year, y["publication"], y["copy_read"], verified, y.get("note"))


def _parse_authority(where: str, i: int, nation: str, r: Any, years: set[str]) -> Authority:
    w = f"{where} [[authority]] row {i}"
    if not isinstance(r, dict):
        raise RuleTableError(w, "must be a table")
    _unknown(w, "authority", r, _AUTHORITY_KEYS)
    code, name = r.get("code"), r.get("name")
    if not isinstance(code, str) or not re.fullmatch(_CODE_PREFIX[nation] + r"\d{8}", code):
        raise RuleTableError(w, f"code {code!r} must be a GSS code like {_CODE_PREFIX[nation]}06000001")
    if not isinstance(name, str) or not name.strip():
        raise RuleTableError(w, "missing `name`")
    w = f"{w} ({name})"
    aliases = r.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a.strip() for a in aliases):
        raise RuleTableError(w, "aliases must be a list of names")
    band_d = r.get("band_d", {})
    if not isinstance(band_d, dict):
        raise RuleTableError(w, "band_d must be a table of year = amount, e.g. { \"2025-26\" = 2280.62 } "
                                "(empty where no year's figure is shipped: the authority is then known by name only)")
    amounts = {}
    for year, value in band_d.items():
        _year_name(w, year)
        if year not in years:
            raise RuleTableError(w, f"band_d has {year} but [[years]] does not say where that year was published")
        amounts[year] = _pounds(f"{w} band_d.{year}", value)
    before = r.get("band_d_before_parish", {})
    if not isinstance(before, dict):
        raise RuleTableError(w, "band_d_before_parish must be a table of year = amount")
    before_parish = {}
    for year, value in before.items():
        _year_name(w, year)
        if year not in years:
            raise RuleTableError(w, f"band_d_before_parish has {year} but [[years]] does not say where that year "
                                    "was published")
        before_parish[year] = _pounds(f"{w} band_d_before_parish.{year}", value)
        if year in amounts and before_parish[year] > amounts[year]:
            raise RuleTableError(w, f"band_d_before_parish {year} is more than the area Band D")
    checks = []
    for j, c in enumerate(r.get("checks", []), start=1):
        cw = f"{w} check {j}"
        if not isinstance(c, dict):
            raise RuleTableError(cw, "must be a table")
        _unknown(cw, "check", c, _CHECK_KEYS)
        year = _year_name(cw, c.get("year"))
        if year not in amounts:
            raise RuleTableError(cw, f"checks {year}, which has no band_d figure")
        if not isinstance(c.get("against"), str) or not c["against"].strip():
            raise RuleTableError(cw, "missing `against`: the page the figure was compared with")
        checks.append(Check(year, c["against"], c.get("note")))
    return Authority(code, name, nation, tuple(aliases), dict(sorted(amounts.items())), tuple(checks), r.get("note"),
                     band_d_before_parish=dict(sorted(before_parish.items())))
