"""Mutation testing for entitlements: do the tests fail when a rule is wrong?

A developer tool, run by hand (too slow for CI) and always under ``nice``:
the machine's cores are shared. Three commands:

``rules``   mutate ``rules/`` (an amount by 1p, a percentage or count by one,
            a row's date by a day) and run the tests against each mutant,
            reporting the survivors. ``--changed BASE`` takes only the lines
            of rule tables that ``git diff BASE`` adds or changes.
``code``    run mutmut 3 (configured in ``pyproject.toml``, ``[tool.mutmut]``)
            on the engine modules given, or on those ``git diff BASE``
            touches (``--changed BASE``); then ``mutmut results``.
``sample``  the measure: a fresh random sample of meaningful mutants across
            ``benefits/``, ``assessments/``, ``gain/`` and ``rules/`` (see
            ``QUOTA``), each judged by every test except the docs snapshots;
            prints the score and every survivor.

Examples::

    nice -n 19 python tools/mutation.py rules --changed main
    nice -n 19 python tools/mutation.py rules rules/uc/taper.toml
    nice -n 19 python tools/mutation.py code --changed main
    nice -n 19 python tools/mutation.py sample --seed 20261204 --json sample.json

See ``docs/developers.md`` ("Mutation testing").
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from mutants import ENGINE_DIRS, ROOT, Mutant, Outcome, Runner, code_mutants, rules_mutants  # noqa: E402

#: How many mutants of each kind a sample draws: the kinds of wrong rule the
#: project's issue 21 names (rates by 1p, dates by a day, comparisons flipped,
#: exemptions dropped, roundings changed).
QUOTA = {
    "code": {"boundary": 10, "negate": 6, "drop": 10, "rounding": 6, "number": 3, "date": 1},
    "rules": {"rate": 16, "date": 8, "percent": 4, "count": 2, "lha": 4},
}


def rule_tables(root: Path = ROOT) -> list[Path]:
    """Every rule table and LHA schedule (the other schedules, descriptors
    and dates of birth, are not rates)."""
    tables = [p for p in sorted((root / "rules").rglob("*.toml")) if p.name != "release.toml"]
    return [p for p in tables if "schedules" not in p.parts or "lha" in p.parts]


def engine_modules(root: Path = ROOT) -> list[Path]:
    return [p for d in ENGINE_DIRS for p in sorted((root / "src" / "entitlements" / d).glob("*.py"))]


def changed_lines(base: str, root: Path = ROOT) -> dict[str, set[int]]:
    """The lines each file has that ``base`` did not (``git diff -U0 base``),
    in the working tree."""
    out = subprocess.run(["git", "diff", "-U0", base, "--"], cwd=root, capture_output=True, text=True, check=True).stdout
    lines: dict[str, set[int]] = defaultdict(set)
    path = None
    for line in out.splitlines():
        if line.startswith("+++ "):
            path = line[6:] if line.startswith("+++ b/") else None
        m = re.match(r"@@ -\S+ \+(\d+)(?:,(\d+))? @@", line)
        if m and path:
            start, count = int(m.group(1)), int(m.group(2) or 1)
            lines[path].update(range(start, start + count))
    return dict(lines)


def words_for(m: Mutant) -> list[str]:
    """What a related test's file name or text holds: the rule table's id and
    folder, or the module's name (and ``gain`` for the gain package)."""
    p = Path(m.path)
    if p.parts[0] == "rules":
        if "schedules" in p.parts:
            return ["lha", "brma"]
        return [".".join(p.with_suffix("").parts[1:]), p.parts[1]]
    words = [p.stem.lstrip("_")]
    return words + ["gain"] if p.parent.name == "gain" else words


def judge_all(mutants: list[Mutant], *, json_out: str | None = None, resume: bool = False,
              ref: str | None = None) -> list[Outcome]:
    """Judge each mutant; with ``resume``, take those already in ``json_out``
    as they were judged there (a long run can be stopped and taken up)."""
    done = {}
    if resume and json_out and Path(json_out).exists():
        done = {r["mutant"]: r for r in json.loads(Path(json_out).read_text("utf-8"))}
    runner = Runner(ref=ref)
    outcomes = []
    try:
        for i, m in enumerate(mutants, 1):
            if m.describe() in done:
                r = done[m.describe()]
                outcomes.append(Outcome(m, r["killed"], r["by"], r["seconds"]))
                continue
            o = runner.judge(m, words_for(m))
            outcomes.append(o)
            state = f"killed by {o.by}" if o.killed else "SURVIVED"
            print(f"[{i}/{len(mutants)}] {m.describe()}\n      {state} ({o.seconds:.0f} s)", flush=True)
            if json_out:
                _write_json(outcomes, json_out)
    finally:
        runner.close()
    killed = sum(o.killed for o in outcomes)
    print(f"\n{killed} of {len(outcomes)} killed ({100 * killed / max(len(outcomes), 1):.1f}%).")
    for o in outcomes:
        if not o.killed:
            print(f"  survived: {o.mutant.describe()}")
    return outcomes


def _write_json(outcomes: list[Outcome], path: str) -> None:
    rows = [{"mutant": o.mutant.describe(), "path": o.mutant.path, "line": o.mutant.line, "kind": o.mutant.kind,
             "killed": o.killed, "by": o.by, "seconds": round(o.seconds, 1)} for o in outcomes]
    tmp = Path(path).with_suffix(".tmp")
    tmp.write_text(json.dumps(rows, indent=1), "utf-8")
    tmp.replace(path)


def draw_sample(seed: int, quota: dict = QUOTA) -> list[Mutant]:
    """A random sample of mutants, ``quota`` of each kind, spread over the
    files (a file is drawn first, then a mutant of the kind in it)."""
    r = random.Random(seed)
    picked: list[Mutant] = []
    code = [m for p in engine_modules() for m in code_mutants(p)]
    rules = [m for p in rule_tables() for m in rules_mutants(p)]
    for pool, wanted in ((code, quota["code"]), (rules, quota["rules"])):
        by_kind: dict[str, dict[str, list[Mutant]]] = defaultdict(lambda: defaultdict(list))
        for m in pool:
            kind = "lha" if "/schedules/lha/" in m.path else m.kind
            by_kind[kind][m.path].append(m)
        for kind, n in wanted.items():
            files = by_kind.get(kind, {})
            for _ in range(n):
                if not files:
                    break
                f = r.choice(sorted(files))
                picked.append(files[f].pop(r.randrange(len(files[f]))))
                if not files[f]:
                    del files[f]
    return picked


def survivors_again(path: str) -> list[Mutant]:
    """The mutants that survived in an earlier run (its ``--json``), made
    again from the files as they are now; a survivor whose line has changed
    since is reported and left out."""
    wanted = [r["mutant"] for r in json.loads(Path(path).read_text("utf-8")) if not r["killed"]]
    pool = {m.describe(): m for p in engine_modules() + rule_tables()
            for m in (code_mutants(p) if p.suffix == ".py" else rules_mutants(p))}
    for w in wanted:
        if w not in pool:
            print(f"not made again (the line has changed, or it is no longer drawn): {w}")
    return [pool[w] for w in wanted if w in pool]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="command", required=True)
    r = sub.add_parser("rules", help="mutate rule tables and run the tests")
    r.add_argument("tables", nargs="*", help="rule table files (default: all, or those changed)")
    r.add_argument("--changed", metavar="BASE", help="only the lines git diff BASE adds or changes")
    r.add_argument("--sample", type=int, help="at most this many mutants, drawn at random")
    r.add_argument("--seed", type=int, default=0)
    r.add_argument("--json", help="write the outcomes here as they come")
    c = sub.add_parser("code", help="run mutmut on engine modules")
    c.add_argument("modules", nargs="*", help="module files under src/entitlements (default: those changed)")
    c.add_argument("--changed", metavar="BASE", help="the modules git diff BASE touches")
    c.add_argument("--max-children", default="1")
    s = sub.add_parser("sample", help="measure: a fresh random sample of meaningful mutants")
    s.add_argument("--seed", type=int, required=True)
    s.add_argument("--json", help="write the outcomes here as they come")
    s.add_argument("--list", action="store_true", help="only list the sample")
    s.add_argument("--resume", action="store_true", help="keep the outcomes already in --json")
    s.add_argument("--ref", help="judge with the tests (and code) of this commit, e.g. main before a change")
    s.add_argument("--survivors-of", metavar="JSON",
                   help="judge again only the mutants that survived in an earlier run's --json (found by description)")
    s.add_argument("--shard", metavar="K/N", type=_shard,
                   help="judge only every Nth mutant of the sample from the Kth (0-based): run N at once, each "
                        "with its own --json, to use more than one core; the shards' JSONs together are the sample")
    a = ap.parse_args(argv)

    if a.command == "rules":
        return _rules(a)
    if a.command == "code":
        return _code(a)
    mutants = draw_sample(a.seed)
    if a.survivors_of:
        mutants = survivors_again(a.survivors_of)
    if a.shard:
        k, n = a.shard
        mutants = mutants[k::n]
    if a.list:
        print("\n".join(m.describe() for m in mutants))
        return 0
    outcomes = judge_all(mutants, json_out=a.json, resume=a.resume, ref=a.ref)
    return 0 if all(o.killed for o in outcomes) else 1


def _shard(text: str) -> tuple[int, int]:
    """``K/N``: the Kth of N shards, 0 <= K < N."""
    try:
        k, n = (int(x) for x in text.split("/"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r}: K/N, two whole numbers, e.g. 0/2") from None
    if not 0 <= k < n:
        raise argparse.ArgumentTypeError(f"{text!r}: K from 0 to N - 1")
    return k, n


def _rules(a) -> int:
    paths = [Path(t).resolve() for t in a.tables] or rule_tables()
    mutants = [m for p in paths for m in rules_mutants(p)]
    if a.changed:
        lines = changed_lines(a.changed)
        mutants = [m for m in mutants if m.line in lines.get(m.path, ())]
    if a.sample and len(mutants) > a.sample:
        mutants = random.Random(a.seed).sample(mutants, a.sample)
    if not mutants:
        print("No rule table lines to mutate.")
        return 0
    outcomes = judge_all(mutants, json_out=a.json)
    return 0 if all(o.killed for o in outcomes) else 1


def _code(a) -> int:
    modules = [Path(m).resolve().relative_to(ROOT).as_posix() for m in a.modules]
    if a.changed:
        modules += [p for p in changed_lines(a.changed) if p.startswith("src/entitlements/") and p.endswith(".py")]
    if not modules:
        print("No engine modules given or changed.")
        return 0
    names = [".".join(Path(p).with_suffix("").parts[1:]) + ".*" for p in modules]
    names = [n.replace(".__init__.*", ".*") for n in names]
    mutmut = Path(sys.executable).with_name("mutmut")
    run = subprocess.run(["nice", "-n", "19", str(mutmut), "run", "--max-children", a.max_children, *names], cwd=ROOT)
    subprocess.run([str(mutmut), "results"], cwd=ROOT)
    return run.returncode


if __name__ == "__main__":
    sys.exit(main())
