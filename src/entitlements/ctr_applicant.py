"""Which partner of a mixed-age couple should apply for Council Tax Reduction:
both choices worked out, where the law lets the couple choose.

One job: for a couple one of whom has reached the qualifying age for state
pension credit and one of whom has not, with no award of Universal Credit
(so who applies decides the scheme), work the household out twice, with each
partner as the applicant, and say which gives the larger reduction and by how
much. The engine does the work (:func:`~entitlements.benefits.household_total.calculate`);
nothing is worked out here that it does not.

The law read (legalize-dev/legalize-uk mirror, 2026-12-07):

- England: the pensioners' scheme is for an applicant who "has attained the
  qualifying age for state pension credit" and has no award of universal
  credit, with a partner with none (SI 2012/2885 reg 3(1)(a)); one who has
  not attained it is "a person who is not a pensioner" (reg 3(1)(b)(i)),
  under the council's own scheme. Every scheme must say that "in the case of
  a couple ... an application is to be made by whichever one of them they
  agree should so apply or, in default of agreement, by such one of them as
  the authority determines" (SI 2012/2885 Sch 8 para 4(1), a matter Sch 8
  Part 2 prescribes for pensioners and others alike, para 3); the default
  scheme says the same (SI 2012/2886 Sch para 109(1)(a)).
- Wales: the same test of a "pensiynwr" (WSI 2013/3029 reg 3, read in the
  Welsh text) and the same choice ("rhaid i gais gael ei wneud gan ba un
  bynnag ohonynt y cytunant ddylai wneud y cais", Sch 13 para 1(1)(a)).
- Scotland: the couple choose too (SSI 2021/249 reg 22), but the working-age
  Regulations "do not apply in relation to a person whose partner has
  attained pensionable age" unless one of them is on a qualifying
  income-related benefit or has an award of universal credit (reg 3(4),
  (1)(b)), and the pensioners' Regulations apply to "a person who has
  attained the qualifying age for state pension credit" (SSI 2012/319 reg
  12(1)). The younger partner applying would be under neither: the law
  leaves the older partner to apply, and the check says so instead of
  comparing.

Where Universal Credit is awarded to either of them, both are under the
working-age scheme whichever applies (SI 2012/2885 reg 3(1)(b)(ii); WSI
2013/3029 reg 3(b)(ii); SSI 2021/249 reg 3(1)(b)(ii)): no choice of scheme,
nothing said here.
"""

from __future__ import annotations

import datetime as dt

import attrs
import numpy as np

from .household import Household
from .money import format_pounds
from .tables import Tables

__all__ = ["ApplicantOption", "ApplicantChoice", "applicant_choice", "CHOICE_LAW", "SCHEME_LAW", "SCOTLAND_FIXED_LAW"]

#: Where each nation's law lets a couple choose which of them applies.
CHOICE_LAW = {
    "england": "SI 2012/2885 Sch 8 para 4(1); the default scheme the same, SI 2012/2886 Sch para 109(1)(a)",
    "wales": "WSI 2013/3029 Sch 13 para 1(1)(a)",
}
#: Where each nation's law makes the scheme follow the applicant's age.
SCHEME_LAW = {"england": "SI 2012/2885 reg 3(1)", "wales": "WSI 2013/3029 reg 3"}
#: Why in Scotland the older partner of a mixed-age couple with no Universal Credit applies.
SCOTLAND_FIXED_LAW = "SSI 2021/249 reg 3(4) (and reg 22); SSI 2012/319 reg 12(1)"

_SCHEME_WORDS = {"england": "the pensioners' scheme", "wales_pension": "the pensioners' scheme",
                 "scotland_pension": "the pensioners' scheme", "wales_working_age": "the working-age scheme",
                 "local": "the council's own scheme", "scotland_working_age": "the working-age scheme",
                 "none": "no scheme"}


@attrs.frozen
class ApplicantOption:
    """One partner as the applicant: ``adult`` 1 or 2, their ``age``,
    whether they have reached the qualifying age for state pension credit
    (``pensioner``), the ``scheme`` (a name of
    :data:`~entitlements.benefits.council_tax_columns.CTR_SCHEMES`) and the
    reduction a week [pence] (None: it could not be worked out, ``why_not``
    says why)."""

    adult: int
    age: int
    pensioner: bool
    scheme: str
    reduction_weekly: int | None
    why_not: str = ""

    @property
    def scheme_words(self) -> str:
        return _SCHEME_WORDS.get(self.scheme, self.scheme)


@attrs.frozen
class ApplicantChoice:
    """Both choices of applicant for a mixed-age couple with no Universal
    Credit (``options``: adult 1's, then adult 2's). ``choosable``: the law
    lets the couple choose (England, Wales); False in Scotland, where it
    leaves the older partner to apply. ``taken``: the adult the household's
    result has as the applicant (the one it names, or the older partner where
    it names none; in Scotland always the older partner). ``named``: the
    adult the household names as the applicant (0: none)."""

    nation: str
    choosable: bool
    options: tuple[ApplicantOption, ApplicantOption]
    taken: int
    named: int = 0

    @property
    def given(self) -> bool:
        return self.named != 0

    @property
    def older(self) -> ApplicantOption:
        return next(o for o in self.options if o.pensioner)

    @property
    def younger(self) -> ApplicantOption:
        return next(o for o in self.options if not o.pensioner)

    def option(self, adult: int) -> ApplicantOption:
        return self.options[adult - 1]

    @property
    def better(self) -> int | None:
        """The adult whose applying gives the larger reduction; None where
        they give the same, one could not be worked out, or there is no
        choice."""
        a, b = (o.reduction_weekly for o in self.options)
        if not self.choosable or a is None or b is None or a == b:
            return None
        return 1 if a > b else 2

    @property
    def difference_weekly(self) -> int | None:
        """How much more a week the better choice gives [pence]; None as for :attr:`better`."""
        a, b = (o.reduction_weekly for o in self.options)
        return None if self.better is None else abs(a - b)

    def advice(self) -> str:
        """What to tell the adviser, in words, with the provisions."""
        old, young = self.older, self.younger
        if not self.choosable:
            named = (f" The household names adult {young.adult} as the applicant: worked out with adult {old.adult} "
                     "applying, as the law leaves it." if self.named == young.adult else "")
            return (f"A mixed-age couple with no Universal Credit: in Scotland the older partner (adult {old.adult}, "
                    f"{old.age}) applies, under the pensioners' scheme. The couple may choose who applies (SSI "
                    f"2021/249 reg 22), but the working-age scheme does not apply to a person whose partner has "
                    f"reached pensionable age (SSI 2021/249 reg 3(4)) and the pensioners' scheme is for one who has "
                    f"reached the qualifying age for state pension credit (SSI 2012/319 reg 12(1)): the younger "
                    f"partner (adult {young.adult}, {young.age}) applying would get nothing under either." + named)
        law = (f"the couple choose which of them applies ({CHOICE_LAW[self.nation]}), and the scheme follows the "
               f"applicant: the pensioners' scheme only for one who has reached the qualifying age for state pension "
               f"credit ({SCHEME_LAW[self.nation]})")
        each = [f"adult {o.adult} ({o.age}) applying" + (f", {o.scheme_words}" if o.scheme != "none" else "") + ": "
                + (f"{format_pounds(o.reduction_weekly)} a week" if o.reduction_weekly is not None
                   else f"not worked out, {_short(o.why_not)}")
                for o in (old, young)]
        head = f"Who applies for Council Tax Reduction matters: {law}. " + "; ".join(each).capitalize()[:1] \
            + "; ".join(each)[1:] + "."
        if self.better is None:
            if all(o.reduction_weekly is not None for o in self.options):
                return head + " Either gives the same."
            return head + " Compare with the council before choosing."
        d = self.difference_weekly
        who = "as the household says" if self.given else "as taken here"
        verdict = (f" Adult {self.better} applying gives {format_pounds(d)} a week more "
                   f"({format_pounds(d * 52)} a year)")
        verdict += f", {who}." if self.better == self.taken else "."
        return head + verdict


def _short(why: str) -> str:
    """The first sentence of a check-needed text, without its heading."""
    for head in ("Council Tax Reduction: check needed. ", "Council tax: check needed. "):
        why = why.removeprefix(head)
    return why.split(". ")[0].rstrip(".")


def _uc_awarded(res) -> bool:
    """Whether the household's result has an award of Universal Credit
    (payable, and more than nil), as the engine's test of a pensioner
    for Council Tax Reduction reads it (:func:`~entitlements.benefits.household_total.ctr_pensioner`)."""
    payable = bool(np.asarray(res.universal_credit_payable).ravel()[0])
    return payable and int(np.asarray(res.universal_credit.award).ravel()[0]) > 0


def _first(c):
    """The first row of a calculation's columns, as plain values."""
    return attrs.evolve(c, **{f.name: np.asarray(getattr(c, f.name)).ravel()[0].item()
                              for f in attrs.fields(type(c))})


def applicant_choice(household: Household, *, on: dt.date, tables: Tables) -> ApplicantChoice | None:
    """Both choices of applicant for a mixed-age couple liable for council
    tax (a band given) with no award of Universal Credit, each worked out by
    the engine; None for anyone else (a single person, a couple both over or
    both under the qualifying age for state pension credit, a couple with
    Universal Credit, where the scheme is the same whoever applies).

    >>> from entitlements import Adult, Household, Housing
    >>> h = Household(adults=(Adult(age=68, state_pension_weekly=23025), Adult(age=55)), nation="wales",
    ...               local_authority="Cardiff", housing=Housing(tenure="owner_occupier", council_tax_band="B",
    ...                                                          council_tax_band_d=210000))
    >>> from entitlements.tables import default_tables
    >>> c = applicant_choice(h, on=dt.date(2026, 12, 7), tables=default_tables())
    >>> [(o.adult, o.scheme) for o in c.options], c.choosable, c.taken
    ([(1, 'wales_pension'), (2, 'wales_working_age')], True, 1)
    """
    x = household.housing
    if not household.is_couple or x is None or x.council_tax_band is None or not x.council_tax_liable:
        return None
    from .benefits import household_total
    from .benefits.council_tax_columns import CTR_SCHEMES
    from .benefits.pension_age import adult_reached_state_pension_age
    from .columns import household_columns
    from .dates import age_on
    from .explain_hb_ctr import ctr_check_needed_text

    cols = household_columns(household)
    spa = [bool(adult_reached_state_pension_age(a, on)[0]) for a in (cols.adult1, cols.adult2)]
    if spa[0] == spa[1]:
        return None
    options, schemes = [], []
    for k in (1, 2):
        h = household.replace(applicant=f"adult{k}")
        res = household_total.calculate(household_columns(h), on=on, tables=tables)
        if k == 1 and _uc_awarded(res):
            # An award of Universal Credit: neither partner is a pensioner (SI 2012/2885 reg 3(1)(a)(ii); WSI
            # 2013/3029 reg 3(a)(ii); SSI 2021/249 reg 3(1)(b)(ii)): the working-age scheme whoever applies. Until
            # 2026-12-08 (qa-adv10) a council whose working-age scheme is not shipped left the older partner's
            # scheme "none", unlike the younger's "local", and the couple were told who applies matters.
            return None
        ctax = _first(res.council_tax)
        if int(ctax.status) != 1:
            return None  # no council tax worked out (no Band D for the year, ...): nothing to compare
        scheme = CTR_SCHEMES[int(ctax.ctr_scheme)]
        if scheme == "none" and household.nation == "england" and not spa[k - 1]:
            scheme = "local"  # not worked out (not shipped, or a fact it cannot read): the council's own scheme
        ok = int(ctax.ctr_status) == 1
        a = household.adults[k - 1]
        age = a.age if a.date_of_birth is None else age_on(a.date_of_birth, on)
        options.append(ApplicantOption(adult=k, age=int(age), pensioner=spa[k - 1], scheme=scheme,
                                       reduction_weekly=int(ctax.reduction_weekly) if ok else None,
                                       why_not="" if ok else (ctr_check_needed_text(ctax, h, on) or "check needed")))
        schemes.append(scheme)
    older = 1 if spa[0] else 2
    named = 0 if household.applicant is None else 1 + ("adult1", "adult2").index(household.applicant)
    if household.nation == "scotland":
        if schemes[older - 1] != "scotland_pension":
            return None  # Universal Credit (or a qualifying benefit): the working-age scheme whoever applies
        return ApplicantChoice(nation="scotland", choosable=False, options=tuple(options), taken=older, named=named)
    if schemes[0] == schemes[1]:
        return None  # Universal Credit: the working-age scheme whichever applies
    return ApplicantChoice(nation=household.nation, choosable=True, options=tuple(options), taken=named or older,
                           named=named)
