"""Which fields one sampled answer had that the spec does not describe, and the reverse.

Why, next to the validator: this spec documents response objects as open (additional
properties allowed) and almost every response field as optional, because they are inferred. So
`validate_exchange` rightly accepts an answer where `name` is missing and an undocumented
`title` appears instead; it judges, and by the spec that is fine. A user confirming inferred
fields wants to see exactly that pair, though. This module does not judge (nothing here makes a
probe fail); it lists names, never values, so it cannot leak what the answer held.

Arrays are sampled by their first element; objects the spec leaves open without properties
(`{}` collapsed in the reference page) and `oneOf`/`anyOf` are not looked into.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from ._refs import merged, resolve


@attrs.frozen
class Coverage:
    undocumented: tuple[str, ...]  # in the answer, not in the spec
    unseen: tuple[str, ...]  # in the spec, not in the answer


def response_schema(spec: Mapping[str, Any], operation: Mapping[str, Any], status: int) -> Any:
    """The JSON schema the spec documents for `status` (else for 2XX, else for 200)."""
    responses = operation.get("responses") or {}
    response = responses.get(str(status)) or responses.get("2XX") or responses.get("200")
    response = resolve(spec, response)
    content = response.get("content") or {}
    media = next((m for m in content if "json" in m), None)
    return (content.get(media) or {}).get("schema") if media else None


def coverage(spec: Mapping[str, Any], schema: Any, body: Any) -> Coverage:
    undocumented: list[str] = []
    unseen: list[str] = []
    _walk(spec, schema, body, "", undocumented, unseen, 0)
    return Coverage(tuple(undocumented), tuple(unseen))


def _walk(
    spec: Mapping[str, Any], schema: Any, value: Any, path: str, extra: list[str], missing: list[str], depth: int
) -> None:
    node = merged(spec, schema)
    if depth > 12 or not node or node.get("oneOf") or node.get("anyOf"):
        return
    if isinstance(value, list):
        if value and (node.get("type") == "array" or "items" in node):
            _walk(spec, node.get("items"), value[0], f"{path}[]", extra, missing, depth + 1)
        return
    properties = node.get("properties")
    if not isinstance(value, Mapping) or not isinstance(properties, Mapping) or not properties:
        return
    typed_map = isinstance(node.get("additionalProperties"), Mapping) and node["additionalProperties"]
    for key, item in value.items():
        name = f"{path}.{key}" if path else str(key)
        if key in properties:
            _walk(spec, properties[key], item, name, extra, missing, depth + 1)
        elif not typed_map:
            extra.append(name)
    for key in properties:
        if key not in value:
            missing.append(f"{path}.{key}" if path else str(key))
