"""Sphinx configuration for the entitlements documentation.

Build (warnings are errors; no network access is needed or made):

    python -m sphinx -W -b html docs docs/_build/html
    python -m sphinx -W -b doctest docs docs/_build/doctest

The rules reference is generated from rules/ at build time by
docs/_ext/rules_reference.py into docs/_generated/ (git-ignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

DOCS = Path(__file__).resolve().parent
ROOT = DOCS.parent

# Document the checkout this conf.py belongs to, installed or not.
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(DOCS / "_ext"))

import entitlements  # noqa: E402  (importing does no work: tables load on first use)

project = "entitlements"
author = "entitlements developers"
copyright = "entitlements developers; MIT licence"
release = entitlements.__version__
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_nb",  # MyST Markdown, and notebooks (.ipynb) run at every build
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "rules_reference",
    "project_names",
]

source_suffix = {".rst": "restructuredtext", ".md": "myst-nb", ".ipynb": "myst-nb"}
root_doc = "index"
exclude_patterns = ["_build", "_ext", "Thumbs.db", ".DS_Store"]
language = "en"
today_fmt = "%d %B %Y"
# Quotes and dashes exactly as written: the rules reference quotes the law.
smartquotes = False

# MyST: ::: fences, definition lists, and anchors for ## and ### headings.
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

# Notebooks (docs/*.ipynb) are run at every build, top to bottom, in a fresh
# kernel (ipykernel), so what they show is what the code gives today: a cell
# that raises fails the build. They are kept in git without outputs.
nb_execution_mode = "force"
nb_execution_raise_on_error = True
nb_execution_timeout = 180
nb_execution_show_tb = True
nb_merge_streams = True

# autodoc: the members in source order, type hints in the description.
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": True}

# Nitpicky builds (`sphinx -n`, as tests/test_docs.py runs them) report every
# reference that does not resolve. The project's own names must all resolve
# (docs/_ext/project_names.py resolves the short forms docstrings use); names
# from the standard library and other packages cannot be linked offline, so
# they are not reported.
_EXTERNAL = (
    "datetime", "dt", "numpy", "np", "collections", "pathlib", "fractions", "csv", "argparse", "typing", "decimal",
    "os", "attrs", "attr", "pandas", "pd", "re", "enum", "abc", "sys", "types", "tomllib", "json", "shutil",
    "textwrap", "io", "signal", "concurrent", "pyarrow", "matplotlib", "tqdm", "builtins",
    "dask", "distributed",
)
nitpick_ignore_regex = [
    (r"py:.*", rf"({'|'.join(_EXTERNAL)})\..*"),
    (r"py:.*", r"(int|str|float|bool|bytes|dict|list|tuple|set|frozenset|object|None|type|callable|Any|Callable|"
               r"Iterable|Iterator|Mapping|Sequence|MutableMapping|TextIO|Path|ndarray|ValueError|KeyError|"
               r"OSError|Exception|BaseException|DeprecationWarning|UnicodeError|TypeError)"),
]

# doctest: only the explicit {doctest} blocks of these pages run here. The
# ">>>" examples in docstrings run under pytest --doctest-modules, where they
# have their module's imports.
doctest_test_doctest_blocks = ""
doctest_global_setup = f"""
import datetime as dt
REPO_ROOT = {str(ROOT)!r}
try:
    import pandas as pd
except ImportError:
    pd = None
try:
    import dask
except ImportError:
    dask = None
"""

html_theme = "alabaster"
html_title = f"entitlements {release}"
html_static_path: list[str] = []
html_theme_options = {
    "description": "UK benefit entitlements, exact to the penny, with the legal source of every amount.",
    "page_width": "1200px",
    "sidebar_width": "260px",
    "fixed_sidebar": False,
}
html_sidebars = {"**": ["about.html", "navigation.html", "searchbox.html"]}
html_show_sourcelink = False


def _docstring_headings(app, what, name, obj, options, lines):
    """Turn underlined headings inside docstrings into rubrics.

    A docstring cannot open a section inside an autodoc entry (docutils
    reports it as an error), but a module docstring such as
    entitlements.benefits.net_earnings uses them to divide a long
    explanation. Shown as rubrics they keep the words and the structure.
    """
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        under = nxt.strip()
        if (
            line.strip()
            and under
            and len(set(under)) == 1
            and under[0] in "=-~^'\"*+#"
            and len(under) >= len(line.strip())
            and (i == 0 or not lines[i - 1].strip())
        ):
            indent = line[: len(line) - len(line.lstrip())]
            out += [f"{indent}.. rubric:: {line.strip()}", ""]
            i += 2
            continue
        out.append(line)
        i += 1
    lines[:] = out


def _notebooks_run_once(app):
    """The doctest builder does not run the notebooks again: the HTML build
    runs them (and fails on a cell that raises); the doctest build reads only
    the {doctest} blocks of the Markdown pages."""
    if app.builder.name == "doctest":
        app.config.nb_execution_mode = "off"


def setup(app):
    app.connect("autodoc-process-docstring", _docstring_headings)
    app.connect("builder-inited", _notebooks_run_once)
