"""`$ref` and `allOf` for the contract tools that walk the spec by hand (the plan, field coverage).

(`_specdiff` and `_impact` keep their own copies on purpose: `scripts/_speccheck.py` loads them
by file path, without this package.)
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

_MAX_HOPS = 20


def resolve(spec: Mapping[str, Any], node: Any) -> Mapping[str, Any]:
    """`node` with local `$ref`s followed; `{}` for a broken or remote reference."""
    for _ in range(_MAX_HOPS):
        if not (isinstance(node, Mapping) and isinstance(node.get("$ref"), str)):
            break
        ref = node["$ref"]
        target: Any = spec if ref.startswith("#/") else {}
        for part in ref[2:].split("/"):
            target = target.get(part.replace("~1", "/").replace("~0", "~"), {}) if isinstance(target, Mapping) else {}
        node = target
    return node if isinstance(node, Mapping) else {}


def merged(spec: Mapping[str, Any], schema: Any) -> dict[str, Any]:
    """The schema, resolved, with its `allOf` members' keywords and properties folded in."""
    node = dict(resolve(spec, schema))
    for member in node.pop("allOf", None) or []:
        part = merged(spec, member)
        node = {**part, **node, "properties": {**(part.get("properties") or {}), **(node.get("properties") or {})}}
    return node
