"""``entitlements wca --interactive`` and ``pip --interactive``: the assessment asked one question at a time.

Each activity is a question; its answer is the descriptor that applies, by
the letter the Schedule gives it (``c``), its number in the list (``3``) or
its code (``lcw.1c``); blank or ``0`` for none. Each list of circumstances
(WCA Schedules 7 to 9) is one question answered with any number of them.
``<`` (or ``back``) goes back a question to change its answer. At the end
of the input (a script piping answers, or Ctrl-D) the answers given are kept,
the rest count as none, and the command says so. Text wraps to the terminal.

The guidance that matters when choosing is shown first: for PIP, the
reliability conditions of SI 2013/377 reg 4(2A) and (4) and the "over 50% of
the days" rule of reg 7(1); for the WCA, that only the highest-scoring
descriptor of an activity counts (SI 2013/376 reg 39(4)) and the tribunals'
reading that an activity counts as done only if it can be done reliably,
repeatedly, safely and in a reasonable time (case law: not in the
regulations' words).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TextIO

import attrs

from .wrapping import wrap

__all__ = ["Question", "Interview", "wca_questions", "pip_questions", "WCA_GUIDANCE", "PIP_GUIDANCE"]

#: Shown before the WCA questions.
WCA_GUIDANCE = (
    "For each activity choose the descriptor that applies to the claimant most of the time. Count an "
    "activity as done only if it can be done reliably, repeatedly, safely and in a reasonable time: that is "
    "how tribunals read the descriptors (case law; the words are not in the regulations). Where more than "
    "one descriptor of an activity applies, only the highest scoring counts (SI 2013/376 reg 39(4)); Part 1 "
    "descriptors must arise from a physical condition, Part 2 from a mental one."
)

#: Shown before the PIP questions.
PIP_GUIDANCE = (
    "A descriptor applies only if the claimant can do the activity safely, to an acceptable standard, "
    "repeatedly and within a reasonable time period, that is no more than twice as long as someone without "
    "the condition would take (SI 2013/377 reg 4(2A), (4)). Choose the descriptor that applies on over 50% "
    "of the days of the required period (3 months back and 9 months ahead); where several do, the highest "
    "scoring (reg 7(1))."
)

_BACK = {"<", "back"}
_NONE = {"", "0", "none", "-"}


@attrs.frozen
class Question:
    """One question: ``options`` are ``(letter, code, text, points)``;
    ``many``: any number may be chosen (else one)."""

    title: str
    options: tuple[tuple[str, str, str, int | None], ...]
    many: bool = False


def _letter(code: str, activity: str) -> str:
    rest = code[len(activity):] if code.startswith(activity) else ""
    return rest if re.fullmatch(r"[a-z]", rest) else ""


def wca_questions(schedules) -> list[Question]:
    """The WCA: one question for each Schedule 6 activity, then the Schedule 7
    descriptors, and the Schedule 9 and 8 circumstances, one question each."""
    qs = [_activity_question(a) for a in schedules.schedule("wca.schedule6").activities]
    sch7 = [d for a in schedules.schedule("wca.schedule7").activities for d in a.descriptors]
    qs.append(Question("Schedule 7: which of these apply (limited capability for work-related activity)?",
                       tuple(("", d.code, d.text, None) for d in sch7), many=True))
    for sid, what in (("wca.schedule9", "treated as having LCWRA"), ("wca.schedule8", "treated as having LCW")):
        s = schedules.schedule(sid)
        qs.append(Question(f"{s.title}: are any of these true ({what})?",
                           tuple(("", c.code, c.text, None) for c in s.circumstances), many=True))
    return qs


def pip_questions(schedules) -> list[Question]:
    """PIP: one question for each daily living activity, then each mobility activity."""
    return [_activity_question(a) for sid in ("pip.daily_living", "pip.mobility")
            for a in schedules.schedule(sid).activities]


def _activity_question(a) -> Question:
    return Question(f"{a.number}. {a.name}",
                    tuple((_letter(d.code, a.code), d.code, d.text, d.points) for d in a.descriptors))


class Interview:
    """Asks the questions on ``stdin``/``stdout``, ``width`` columns wide
    (None: lines as they are)."""

    def __init__(self, stdin: TextIO, stdout: TextIO, width: int | None) -> None:
        self.stdin, self.stdout, self.width = stdin, stdout, width
        self.ended = False  # the input ended before the last question

    def say(self, text: str, indent: str = "", hang: str = "    ") -> None:
        lines = [indent + text] if self.width is None else wrap(text, self.width, indent=indent, subsequent=indent + hang)
        print("\n".join(lines), file=self.stdout)

    def run(self, questions: Sequence[Question], guidance: str, heading: str) -> list[list[str]]:
        """Each question's answer (codes), in order; unanswered ones empty."""
        self.say(heading)
        self.say(guidance, indent="  ", hang="")
        self.say("Answer with the letter (or number, or code) of the descriptor that applies; blank or 0 for none; "
                 "< to go back a question.", indent="  ", hang="")
        answers: list[list[str] | None] = [None] * len(questions)
        i = 0
        while i < len(questions):
            q = questions[i]
            self._show(q, answers[i])
            reply = self._read(q)
            if reply is None:  # end of input: keep what was answered
                self.ended = True
                given = sum(a is not None for a in answers)
                self.say(f"\nEnd of input: kept the {given} answer{'s' if given != 1 else ''} given; the "
                         f"{len(questions) - given} question{'s' if len(questions) - given != 1 else ''} not answered "
                         "count as none.")
                break
            if reply == "back":
                if i == 0:
                    self.say("  (this is the first question)")
                i = max(i - 1, 0)
                continue
            answers[i] = reply
            i += 1
        return [a or [] for a in answers]

    def _show(self, q: Question, current: list[str] | None) -> None:
        print(file=self.stdout)
        self.say(q.title)
        for n, (letter, code, text, points) in enumerate(q.options, start=1):
            pts = "" if points is None else f" ({points} point{'s' if points != 1 else ''})"
            self.say(f"{letter}) {text}{pts}" if letter else f"{n}. {text} [{code}]", indent="  ")
        if current is not None:
            self.say(f"(answered: {', '.join(current) or 'none'}; give a new answer, or the same)", indent="  ")
        if q.many:
            self.say("Any that apply, separated by commas; blank for none.", indent="  ")

    def _read(self, q: Question) -> list[str] | str | None:
        """The codes chosen, ``"back"``, or None at the end of the input."""
        while True:
            print("> ", end="", file=self.stdout, flush=True)
            line = self.stdin.readline()
            if not line:
                print(file=self.stdout)
                return None
            text = line.strip().lower()
            if text in _BACK:
                return "back"
            if text in _NONE:
                return []
            parts = [p for p in re.split(r"[,\s]+", text) if p]
            picks = [self._pick(q, p) for p in parts]
            if all(picks) and (q.many or len(picks) == 1):
                return list(dict.fromkeys(c for c in picks if c))
            allowed = ", ".join(filter(None, (o[0] for o in q.options))) or "the numbers"
            self.say(f"Please answer with {'any of' if q.many else 'one of'}: {allowed} (or 1 to {len(q.options)}, "
                     "or a code); blank or 0 for none; < to go back.", indent="  ")

    @staticmethod
    def _pick(q: Question, part: str) -> str | None:
        for n, (letter, code, _, _) in enumerate(q.options, start=1):
            if part in (letter, str(n), code.lower()):
                return code
        return None

