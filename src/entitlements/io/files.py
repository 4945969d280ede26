"""Files written safely: to a temporary name, moved into place when complete.

Every file the library writes goes through :func:`atomic_target`: the
content is written to a temporary file in the target's own directory and
``os.replace``-d over the target only when it is complete, so a failure, a
full disk, Ctrl-C or SIGTERM part-way leaves the old file untouched and no
partial file under the final name (the temporary is removed; see
:func:`remove_temporaries` for the signal handlers of the command).
:func:`refuse_overwriting` refuses an output that is one of the inputs or
another output, comparing the files themselves (so links count).
:func:`recording_placed` lists the files moved into place inside a block
(the command names them when it is stopped part-way).
"""

from __future__ import annotations

import contextlib
import contextvars
import os
import re
import secrets
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import InputError, OutputPathError

__all__ = ["atomic_target", "placed", "recording_placed", "refuse_overwriting", "remove_temporaries"]

#: Temporaries being written now (removed by the command's signal handlers).
_LIVE: set[str] = set()

#: When this process loaded the module: a temporary of a target last written to before it, or more than
#: :data:`STALE_SECONDS` ago, was left by a run that was killed (kill -9, out of memory) before it could remove it.
_STARTED = time.time()
STALE_SECONDS = 600

#: The record of files moved into place, while one is kept (:func:`recording_placed`).
_PLACED: contextvars.ContextVar[list[str] | None] = contextvars.ContextVar("entitlements_placed", default=None)


@contextlib.contextmanager
def recording_placed() -> Iterator[list[str]]:
    """A list of the files moved into place inside the block, in order
    (none is recorded outside such a block)."""
    record: list[str] = []
    token = _PLACED.set(record)
    try:
        yield record
    finally:
        _PLACED.reset(token)


def placed(target: str | Path) -> None:
    """Record that ``target`` was moved into place (where a record is kept)."""
    record = _PLACED.get()
    if record is not None and str(target) not in record:
        record.append(str(target))


#: What a spreadsheet program opens as a workbook, not as text: no writer
#: here makes one, so a name ending so would hold CSV text Excel refuses.
WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xlsb", ".xls", ".ods", ".numbers")


def refuse_workbook(what: str, path: str | Path) -> None:
    """:class:`~entitlements.errors.InputError` for an output named as a
    spreadsheet workbook (``results.xlsx``): what is written is CSV text
    (or Parquet), which Excel opens from a ``.csv`` name."""
    if Path(path).suffix.lower() in WORKBOOK_SUFFIXES:
        raise InputError(what, str(path), "a name ending .csv (Excel opens it; no .xlsx workbook is written) "
                         "or .parquet")


# Names that say a format other than the CSV (or Parquet) a table is written as: refused, not filled with CSV text.
OTHER_FORMAT_SUFFIXES = (".json", ".jsonl", ".ndjson", ".tsv", ".tab", ".html", ".htm", ".md", ".markdown", ".pdf",
                         ".xml", ".docx", ".odt")


def refuse_other_format(what: str, path: str | Path | None,
                        expected: str = "a name ending .csv (CSV is written) or .parquet") -> None:
    """:class:`~entitlements.errors.InputError` for a table's output named
    as another format (``results.json``): what is written is CSV text (or
    Parquet for ``.parquet``), and a name that says otherwise would mislead
    whoever opens it."""
    if path is not None and Path(path).suffix.lower() in OTHER_FORMAT_SUFFIXES:
        raise InputError(what, str(path), expected)


@contextlib.contextmanager
def atomic_target(path: str | Path) -> Iterator[Path]:
    """A temporary path beside ``path`` to write to; moved over ``path``
    when the block ends without an exception, removed when it does not.

    An existing target that is a directory is refused (``IsADirectoryError``);
    a target that is not a regular file (``/dev/null``, a pipe) is written
    directly, as nothing could be replaced."""
    target = Path(path)
    refuse_workbook("output", target)
    if target.is_dir():
        raise IsADirectoryError(21, "is a directory", str(target))
    if target.exists() and not target.is_file():  # a device or a pipe: nothing to replace
        try:
            yield target
        except OSError as e:
            if e.filename is None:
                raise type(e)(e.errno, f"cannot write ({e.strerror})", str(target)) from None
            raise
        return
    directory = target.parent if str(target.parent) else Path(".")
    names: list[str] = []  # the temporary's name, known before the file exists (a signal can come at any point)
    moving = False
    try:
        _new_temporary(target, directory, names)
        tmp = names[0]
        yield Path(tmp)
        with contextlib.suppress(OSError):  # keep the target's permissions where it had some
            os.chmod(tmp, target.stat().st_mode & 0o777 if target.exists() else 0o666 & ~_umask())
        moving = True
        os.replace(tmp, target)
        placed(target)
        _remove_stale_temporaries(target, directory)
    except BaseException as e:
        if moving and not os.path.lexists(names[0]):  # moved into place before the exception (a signal just after)
            placed(target)
        for name in names:
            with contextlib.suppress(OSError):
                os.unlink(name)
        if isinstance(e, OSError) and e.filename is not None and names and str(e.filename) == names[0]:
            raise type(e)(e.errno, f"cannot write ({e.strerror}); the file was left as it was", str(target)) from None
        raise
    finally:
        for name in names:
            _LIVE.discard(name)


def _new_temporary(target: Path, directory: Path, names: list[str]) -> None:
    """Create an empty temporary file beside ``target``, its name put in
    ``names`` (and among the live temporaries) before the file is created,
    so that an interruption at any point leaves nothing the caller cannot
    remove."""
    for _ in range(100):
        name = str(directory / f".{target.name}.{secrets.token_hex(4)}.part")
        names[:] = [name]
        _LIVE.add(name)
        try:
            os.close(os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            return
        except FileExistsError:
            _LIVE.discard(name)
            continue
        except OSError as e:  # name the file asked for, not the temporary
            raise type(e)(e.errno, f"cannot write ({e.strerror})", str(target)) from None
    raise FileExistsError(17, "cannot write (no free temporary name)", str(target))


def _remove_stale_temporaries(target: Path, directory: Path) -> None:
    """Remove the temporaries of ``target`` that a killed run left beside it
    (``.NAME.<8 hex>.part``, not written to since before this process
    started or for :data:`STALE_SECONDS`): each holds part of a results file
    (case ids, figures) under a hidden name, which no later run would
    otherwise remove. One being written now by another run is left."""
    pattern = re.compile(rf"\.{re.escape(target.name)}\.[0-9a-f]{{8}}\.part")
    cutoff = max(_STARTED, time.time() - STALE_SECONDS)
    try:
        entries = list(os.scandir(directory))
    except OSError:
        return
    for entry in entries:
        if not pattern.fullmatch(entry.name) or entry.path in _LIVE:
            continue
        with contextlib.suppress(OSError):
            if entry.is_file(follow_symlinks=False) and entry.stat(follow_symlinks=False).st_mtime < cutoff:
                os.unlink(entry.path)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def remove_temporaries() -> None:
    """Remove every temporary being written (for a signal handler that is
    about to end the process without unwinding)."""
    for tmp in list(_LIVE):
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        _LIVE.discard(tmp)


def _refuse_unwritable(what: str, out: Path, parent: Path) -> None:
    """:class:`~entitlements.errors.OutputPathError` where no file can be
    made in ``parent`` (a read-only drive, a folder without permission): said
    before the work, not when its results are written. Tried by making and
    removing a temporary as :func:`atomic_target` would (an existing target
    that is not a regular file, such as /dev/null, is written directly, and
    not tried)."""
    if out.exists() and not out.is_file():
        return
    name = str(parent / f".{out.name}.{secrets.token_hex(4)}.part")
    if os.path.lexists(name):
        return
    _LIVE.add(name)  # named before it exists: whatever stops the run, the file is removed (as _new_temporary)
    theirs = False
    try:
        os.close(os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:  # another's, made just now: not ours to remove
        theirs = True
    except OSError as e:
        raise OutputPathError(what, str(out), f"a file in a directory that can be written to ({parent}: "
                                              f"{e.strerror or e})") from None
    finally:
        if not theirs:
            with contextlib.suppress(OSError):
                os.unlink(name)
        _LIVE.discard(name)


def _same(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:  # one does not exist (yet): compare the resolved paths
        return a.resolve() == b.resolve()


def refuse_overwriting(inputs: Iterable[tuple[str, str | Path | None]], outputs: Iterable[tuple[str, str | Path | None]],
                       *, directories: Iterable[str] = ()) -> None:
    """:class:`~entitlements.errors.InputError` if an output is one of the
    inputs, or two outputs are one file, or an output's directory does not
    exist, or an output is a directory (``OutputPathError``,
    naming the flag: ``what``), unless its ``what`` is one of ``directories``
    (a Parquet dataset, which is a directory). Each is ``(what, path)``; a None
    path is skipped. Links and different spellings of one path count as the
    same file."""
    directories = frozenset(directories)
    ins = [(w, Path(p)) for w, p in inputs if p is not None]
    for what, p in outputs:
        # "-" would be a file so named; "" (which pathlib makes ".") or blanks, no file at all.
        if p is not None and isinstance(p, (str, os.PathLike)) and os.fspath(p).strip() in ("", "-", "."):
            raise InputError(what, os.fspath(p), "a file name, such as results.csv (standard output is not written "
                                                 "to: '-' would make a file named '-')")
    outs = [(w, Path(p)) for w, p in outputs if p is not None]
    for i, (what, out) in enumerate(outs):
        refuse_workbook(what, out)
        if what not in directories and out.is_dir():
            raise OutputPathError(what, str(out), "a file, not a directory: name a file in it")
        for other, inp in ins:
            if _same(out, inp):
                raise InputError(what, str(out), f"a file other than the {other} ({inp}): it would be overwritten")
        for other, out2 in outs[:i]:
            if _same(out, out2):
                raise InputError(what, str(out), f"a file other than the {other} ({out2}): both would write it")
        # Said before any work is done, not after it, when the file is written.
        parent = out.parent
        if not parent.is_dir():
            why = "is a file, not a directory" if parent.exists() else "does not: create it first"
            raise OutputPathError(what, str(out), f"a file in a directory that exists ({parent} {why})")
        _refuse_unwritable(what, out, parent)
