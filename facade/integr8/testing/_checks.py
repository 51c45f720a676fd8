"""Light request validation from the spec, answered as 400 with a message naming the field.

Why not openapi-core: the sandbox ships to users as a test dependency and may only use the
standard library and httpx at run time; and it should reject the mistakes an SDK or a user
actually makes (a missing required parameter, `page[size]=500`, a date where a time belongs,
an unknown time zone, a wrong JSON type) with a message a human can act on, not a schema dump.
It checks what the spec states: required, type, enum, pattern, min/max, maxLength.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from typing import Any

from ._http import ApiError
from ._routes import Route
from ._times import zone

Schema = Mapping[str, Any]


class Spec:
    """The spec plus `$ref` resolution."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        self.raw = spec

    def resolve(self, schema: Schema) -> Schema:
        seen = 0
        while "$ref" in schema:
            ref = schema["$ref"]
            if not ref.startswith("#/"):
                raise ValueError(f"only local $refs are supported, not {ref}")
            node: Any = self.raw
            for part in ref[2:].split("/"):
                node = node[part.replace("~1", "/").replace("~0", "~")]
            schema = node
            seen += 1
            if seen > 50:
                raise ValueError(f"$ref loop at {ref}")
        return schema

    def ref_name(self, schema: Schema) -> str | None:
        ref = schema.get("$ref")
        return ref.rsplit("/", 1)[-1] if isinstance(ref, str) else None


def check_query(spec: Spec, route: Route, query: Sequence[tuple[str, str]], *, open_filters: bool) -> dict[str, Any]:
    """The declared query parameters, converted to their types; ApiError(400) on a bad one.

    `open_filters`: for operations with open-ended filtering, `filter[...]` values are not held
    to the spec's enums (filters select; an unlisted value simply matches nothing).
    """
    values: dict[str, list[str]] = {}
    for name, value in query:
        values.setdefault(name, []).append(value)
    out: dict[str, Any] = {}
    for param in route.parameters:
        if param.get("in") != "query":
            continue
        name = param["name"]
        schema = spec.resolve(param.get("schema", {}))
        given = [v for v in values.get(name, ()) if v != ""]  # empty counts as absent
        if not given:
            if param.get("required"):
                raise ApiError(400, f"missing required query parameter {name}")
            if "default" in schema:
                out[name] = schema["default"]
            continue
        loose = open_filters and name.startswith("filter[")
        if schema.get("type") == "array":
            items = spec.resolve(schema.get("items", {}))
            if param.get("explode") is False:  # `style: form, explode: false`: one comma-joined value
                given = [part for v in given for part in v.split(",")]
            out[name] = [_scalar(spec, items, v, name, loose) for v in given]
        else:
            out[name] = _scalar(spec, schema, given[-1], name, loose)
        if name == "timezone":
            try:
                zone(out[name])
            except ValueError as exc:
                raise ApiError(400, f"{name}: {exc}") from None
    return out


def _scalar(spec: Spec, schema: Schema, text: str, name: str, loose: bool) -> Any:
    kind = schema.get("type", "string")
    value: Any = text
    if kind == "integer":
        if not re.fullmatch(r"[+-]?\d+", text.strip()):
            raise ApiError(400, f"{name}: expected an integer, got {text!r}")
        value = int(text)
    elif kind == "number":
        try:
            value = float(text)
        except ValueError:
            raise ApiError(400, f"{name}: expected a number, got {text!r}") from None
    elif kind == "boolean":
        if text.lower() not in ("true", "false", "1", "0"):
            raise ApiError(400, f"{name}: expected true or false, got {text!r}")
        value = text.lower() in ("true", "1")
    if loose:
        return value
    problem = _limits(schema, value)
    if problem:
        raise ApiError(400, f"{name}: {problem}")
    return value


def check_body(spec: Spec, schema: Schema, body: Any, where: str = "body") -> None:
    """ApiError(400) naming the first field of `body` that breaks `schema`."""
    problem = _check(spec, schema, body, where)
    if problem:
        raise ApiError(400, problem)


_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
}


def _check(spec: Spec, schema: Schema, value: Any, where: str) -> str | None:
    schema = spec.resolve(schema)
    if value is None:
        return None if schema.get("nullable") else f"{where}: must not be null"
    kind = schema.get("type")
    if kind is None and "properties" in schema:
        kind = "object"
    if kind in _TYPES:
        ok = isinstance(value, _TYPES[kind]) and not (kind in ("integer", "number") and isinstance(value, bool))
        if kind == "integer" and isinstance(value, float) and value.is_integer():
            ok = True
        if not ok:
            return f"{where}: expected {_article(kind)}, got {_json_type(value)}"
    problem = _limits(schema, value)
    if problem:
        return f"{where}: {problem}"
    if isinstance(value, dict):
        for required in schema.get("required", ()):
            if required not in value:
                return f"{where}.{required}: required field is missing"
        for key, sub in schema.get("properties", {}).items():
            if key in value:
                problem = _check(spec, sub, value[key], f"{where}.{key}")
                if problem:
                    return problem
    elif isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            problem = _check(spec, schema["items"], item, f"{where}[{i}]")
            if problem:
                return problem
    return None


def _limits(schema: Schema, value: Any) -> str | None:
    if "enum" in schema and value not in schema["enum"]:
        options = ", ".join(map(str, schema["enum"]))
        return f"{value!r} is not one of: {options}"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if "maximum" in schema and value > schema["maximum"]:
            return f"must be <= {schema['maximum']}, got {value}"
        if "minimum" in schema and value < schema["minimum"]:
            return f"must be >= {schema['minimum']}, got {value}"
    if isinstance(value, str):
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            return f"must be at most {schema['maxLength']} characters, got {len(value)}"
        if "minLength" in schema and len(value) < schema["minLength"]:
            return f"must be at least {schema['minLength']} characters"
        if "pattern" in schema and not re.search(schema["pattern"], value):
            hint = " (format: 2006-01-02 15:04:05)" if "\\d{2}:\\d{2}" in schema["pattern"] else ""
            return f"{value!r} does not match the expected format{hint}"
        if "pattern" in schema and "\\d{2}:\\d{2}" in schema["pattern"]:
            try:  # the right shape is not enough: 2025-13-45 25:61:00 is no time
                dt.datetime.strptime(value, "%Y-%m-%d %H:%M:%S")
            except ValueError:
                return f"{value!r} is not a real date and time (format: 2006-01-02 15:04:05)"
    return None


def _article(kind: str) -> str:
    return f"an {kind}" if kind[0] in "aeiou" else f"a {kind}"


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__
