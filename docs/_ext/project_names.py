"""Sphinx extension: the project's own names, as docstrings write them, resolve.

Docstrings name the library's objects the short way a reader does:
``:func:`income_gain``` inside :mod:`entitlements.gain.caseload`,
``:meth:`Tables.at```, or the module an object is defined in
(``entitlements.gain.household.income_gain``) where the API reference shows it
under the public name (``entitlements.income_gain``). When Sphinx finds no
target for such a name, this looks for the one documented object of the
project whose full name ends with it (the public ``entitlements.NAME`` first,
then one in the same module, then the only one anywhere). A name that matches
none, or several equally, stays unresolved, so ``sphinx -n`` still reports it.

Names outside the project (``datetime.date``, ``numpy.ndarray``, ...) cannot
be linked without fetching other projects' inventories (the build makes no
network access): ``conf.py`` lists them in ``nitpick_ignore_regex``.
"""

from __future__ import annotations

from docutils import nodes
from sphinx.addnodes import pending_xref

PACKAGE = "entitlements"


def _candidates(objects, target: str, module: str | None) -> list[str]:
    tail = target.lstrip(".~")
    last = tail.rsplit(".", 1)[-1]
    if tail.startswith(PACKAGE + "."):  # a module path the reference shows elsewhere: its public name
        parts = tail.split(".")[1:]
        for k in range(1, len(parts)):
            public = ".".join([PACKAGE, *parts[k:]])
            if public in objects:
                return [public]
        found = [name for name in objects if name.startswith(PACKAGE) and name.endswith("." + last)]
        return found if len(found) == 1 else []
    matches = [name for name in objects if name.startswith(PACKAGE) and (name == tail or name.endswith("." + tail))]
    if len(matches) <= 1:
        return matches
    public = f"{PACKAGE}.{tail}"
    if public in matches:
        return [public]
    if module:
        near = [m for m in matches if m.startswith(module + ".")]
        if len(near) == 1:
            return near
    return matches


def _missing_reference(app, env, node: pending_xref, contnode):
    if node.get("refdomain") != "py":
        return None
    domain = env.get_domain("py")
    objects = {**{k: v for k, v in domain.objects.items()}, **{k: None for k in domain.modules}}
    found = _candidates(objects, node["reftarget"], node.get("py:module"))
    if len(found) != 1:
        return None
    name = found[0]
    if name in domain.modules:
        docname, node_id = domain.modules[name].docname, domain.modules[name].node_id
    else:
        docname, node_id = domain.objects[name].docname, domain.objects[name].node_id
    ref = nodes.reference("", "", internal=True)
    ref["refuri"] = app.builder.get_relative_uri(node["refdoc"], docname) + "#" + node_id
    ref["reftitle"] = name
    ref.append(contnode)
    return ref


def setup(app):
    app.connect("missing-reference", _missing_reference)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
