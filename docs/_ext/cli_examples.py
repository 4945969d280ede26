"""Keep the command-line examples in the docs true.

The pages show ``entitlements`` commands with the output they print, in
``console`` code blocks::

    ```console
    $ entitlements rates uc.carer_element --on 2026-05-01
    Universal Credit: carer element [GBP/month]
    ...
    ```

Each ``$ `` line is a command; the lines after it, up to the next ``$ `` line
or the end of the block, are its output (stdout, then stderr). This module
runs every command and compares, ignoring only the rules version in the
headers (it changes with any edit to any rule table). ``tests/test_docs.py`` fails when a page is
out of date; to refresh the pages after a deliberate change, run::

    python docs/_ext/cli_examples.py --update

and read the diff before committing it: the output is what advisers see.

Commands run as ``python -m entitlements.cli``, in a scratch directory that
links to the repository's ``docs/`` and ``examples/``, so an ``--out`` file is
written there and not into the checkout.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
import tempfile
from pathlib import Path

DOCS = Path(__file__).resolve().parents[1]
ROOT = DOCS.parent
PROMPT = "$ "
#: The rules version printed in headers: it changes with every edit to any
#: rule table, so the check ignores it (a changed amount still fails).
_RULES_VERSION = re.compile(r"rules \d{4}\.\d+ \([0-9a-f]{6,}\)")
_FENCE = re.compile(r"^(?P<fence>`{3,})console[ \t]*$")


def blocks(text: str):
    """Yield ``(start, end, commands)`` for each console block: the line
    numbers of its body (0-based, end exclusive), and ``[(command, output)]``."""
    lines = text.split("\n")
    i = 0
    while i < len(lines):
        m = _FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        fence = m.group("fence")
        start = i + 1
        end = start
        while end < len(lines) and lines[end].strip() != fence:
            end += 1
        commands: list[tuple[str, list[str]]] = []
        for line in lines[start:end]:
            if line.startswith(PROMPT):
                commands.append((line[len(PROMPT):], []))
            elif commands:
                commands[-1][1].append(line)
        yield start, end, [(c, "\n".join(out).rstrip("\n")) for c, out in commands]
        i = end + 1


def run(command: str, cwd: Path) -> str:
    """What ``command`` prints (stdout, then stderr), trailing blank lines removed."""
    argv = shlex.split(command)
    if not argv or argv[0] != "entitlements":
        raise ValueError(f"not an entitlements command: {command!r}")
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src") + os.pathsep + os.environ.get("PYTHONPATH", ""), COLUMNS="80")
    r = subprocess.run(
        [sys.executable, "-m", "entitlements.cli", *argv[1:]],
        capture_output=True, text=True, cwd=cwd, env=env, timeout=120,
    )
    return (r.stdout + r.stderr).rstrip("\n")


def scratch() -> tempfile.TemporaryDirectory:
    """A working directory with ``docs`` and ``examples`` linked in."""
    tmp = tempfile.TemporaryDirectory(prefix="entitlements-docs-")
    for name in ("docs", "examples"):
        if (ROOT / name).exists():
            os.symlink(ROOT / name, Path(tmp.name) / name)
    return tmp


def pages() -> list[Path]:
    return sorted(p for p in DOCS.glob("*.md"))


def normalise(output: str) -> str:
    """Output with the rules version (release and content hash) blanked."""
    return _RULES_VERSION.sub("rules <version>", output)


def check() -> list[str]:
    """Differences between the pages and what the commands print now,
    apart from the rules version in the headers."""
    problems = []
    with scratch() as cwd:
        for page in pages():
            for start, _, commands in blocks(page.read_text("utf-8")):
                for command, shown in commands:
                    actual = run(command, Path(cwd))
                    if normalise(actual) != normalise(shown):
                        problems.append(
                            f"{page.relative_to(ROOT)} line {start}: `{command}` now prints:\n{actual}\n"
                            f"--- but the page shows:\n{shown}\n"
                        )
    return problems


def update() -> list[Path]:
    """Rewrite every console block with what its commands print now."""
    changed = []
    with scratch() as cwd:
        for page in pages():
            text = page.read_text("utf-8")
            lines = text.split("\n")
            for start, end, commands in reversed(list(blocks(text))):
                body = []
                for command, _ in commands:
                    body.append(PROMPT + command)
                    out = run(command, Path(cwd))
                    if out:
                        body.extend(out.split("\n"))
                lines[start:end] = body
            new = "\n".join(lines)
            if new != text:
                page.write_text(new, "utf-8")
                changed.append(page)
    return changed


if __name__ == "__main__":  # pragma: no cover
    if "--update" in sys.argv[1:]:
        for p in update():
            print(f"updated {p.relative_to(ROOT)}")
    else:
        found = check()
        print("\n".join(found) if found else "all command examples match")
        sys.exit(1 if found else 0)
