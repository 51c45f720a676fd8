"""Light request validation from the spec, answered as 400 with a message naming the field.

Why not openapi-core: the sandbox ships to users as a test dependency and may only use the
standard library and httpx at run time; and it should reject the mistakes an SDK or a user
actually makes (a missing required parameter, `page[size]=500`, a date where a time belongs,
an unknown time zone, a wrong JSON type) with a message a human can act on, not a schema dump.
It checks what the spec states: required, type, enum, pattern, min/max, maxLength, for path,
query and header parameters and the JSON body (`allOf` parts all, `anyOf`/`oneOf` any one).

Values that may be credentials are never echoed in a message: path parameters (ids in paths can
be tokens), header parameters, and query parameters or body fields named like a secret
(`token`, `signature`, `key`, `password`, ...; see `integr8._redact`). Their message names the
parameter and the rule only.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from typing import Any

from integr8._redact import SECRET_VALUE_KEYS

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
        echo = not secret_name(name)
        if _kind(schema) == "array":
            items = spec.resolve(schema.get("items", {}))
            if param.get("explode") is False:  # `style: form, explode: false`: one comma-joined value
                given = [part for v in given for part in v.split(",")]
            out[name] = [_scalar(spec, items, v, name, loose, echo=echo) for v in given]
        else:
            out[name] = _scalar(spec, schema, given[-1], name, loose, echo=echo)
        if name == "timezone":
            try:
                zone(out[name])
            except ValueError as exc:
                raise ApiError(400, f"{name}: {exc}") from None
    return out


def check_path(spec: Spec, route: Route, values: Mapping[str, str]) -> dict[str, Any]:
    """The path parameters, converted to their types; ApiError(400) naming the parameter and
    the rule (never the value: a path segment may be a credential, e.g. a token)."""
    out: dict[str, Any] = {}
    for param in route.parameters:
        if param.get("in") != "path" or param["name"] not in values:
            continue
        name = param["name"]
        schema = spec.resolve(param.get("schema", {}))
        out[name] = _scalar(spec, schema, values[name], f"path parameter {name}", False, echo=False)
    return out


# Headers the spec may not describe as parameters (OpenAPI 3: they are ignored there).
_RESERVED_HEADERS = frozenset({"accept", "content-type", "authorization"})


def check_headers(spec: Spec, route: Route, headers: Mapping[str, str]) -> None:
    """ApiError(400) for a required header parameter that is missing or breaks its schema,
    naming the header and the rule (never the value: headers carry credentials).
    `headers` must look names up case-insensitively (`httpx.Headers` does)."""
    for param in route.parameters:
        if param.get("in") != "header" or param["name"].lower() in _RESERVED_HEADERS:
            continue
        name = param["name"]
        value = headers.get(name)
        if value is None or value == "":
            if param.get("required"):
                raise ApiError(400, f"missing required header {name}")
            continue
        schema = spec.resolve(param.get("schema", {}))
        _scalar(spec, schema, value, f"header {name}", False, echo=False)


def secret_name(name: str) -> bool:
    """True for a parameter or field name whose value may be a credential (`token`,
    `api_key`, `password`, `page[signature]`, ...): such values are never echoed."""
    words = [w for w in re.split(r"[^a-z0-9]+", name.lower()) if w]
    return any(w in SECRET_VALUE_KEYS or w in _SECRET_WORDS for w in words) or "password" in name.lower()


_SECRET_WORDS = frozenset({"password", "secret", "apikey", "credential", "credentials"})


def _scalar(spec: Spec, schema: Schema, text: str, name: str, loose: bool, *, echo: bool = True) -> Any:
    kind = _kind(schema) or "string"
    got = f", got {text!r}" if echo else ""
    value: Any = text
    if kind == "integer":
        if not re.fullmatch(r"[+-]?\d+", text.strip()):
            raise ApiError(400, f"{name}: expected an integer{got}")
        value = int(text)
    elif kind == "number":
        try:
            value = float(text)
        except ValueError:
            raise ApiError(400, f"{name}: expected a number{got}") from None
    elif kind == "boolean":
        if text.lower() not in ("true", "false", "1", "0"):
            raise ApiError(400, f"{name}: expected true or false{got}")
        value = text.lower() in ("true", "1")
    if loose:
        return value
    problem = _limits(schema, value, echo=echo)
    if problem:
        raise ApiError(400, f"{name}: {problem}")
    return value


def check_body(spec: Spec, schema: Schema, body: Any, where: str = "body") -> None:
    """ApiError(400) naming the first field of `body` that breaks `schema`."""
    found = problem(spec, schema, body, where)
    if found:
        raise ApiError(400, found)


def problem(spec: Spec, schema: Schema, value: Any, where: str = "value") -> str | None:
    """The first way `value` breaks `schema` (`"body.name: must be at most 40 characters,
    got 52"`), or None when it fits as far as these light checks see."""
    return _check(spec, schema, value, where, echo=not secret_name(where.rsplit(".", 1)[-1]))


_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
}


def _kind(schema: Schema) -> str | None:
    """The schema's type; of a list of types (OpenAPI 3.1), the first that is not "null"."""
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    return kind if isinstance(kind, str) else None


def _nullable(schema: Schema) -> bool:
    kind = schema.get("type")
    return bool(schema.get("nullable")) or kind == "null" or (isinstance(kind, list) and "null" in kind)


def _is(kind: str, value: Any) -> bool:
    if kind == "null":
        return value is None
    if kind not in _TYPES:
        return True
    if kind == "integer" and isinstance(value, float) and value.is_integer():
        return True
    return isinstance(value, _TYPES[kind]) and not (kind in ("integer", "number") and isinstance(value, bool))


def _check(spec: Spec, schema: Schema, value: Any, where: str, *, echo: bool = True) -> str | None:
    schema = spec.resolve(schema)
    for part in schema.get("allOf", ()):
        found = _check(spec, part, value, where, echo=echo)
        if found:
            return found
    for combinator in ("anyOf", "oneOf"):  # light: one branch that fits is enough
        branches = schema.get(combinator)
        if branches:
            problems = [_check(spec, b, value, where, echo=echo) for b in branches]
            if all(problems):
                return problems[0]
    if value is None:
        return None if _nullable(schema) else f"{where}: must not be null"
    kinds = schema.get("type")
    kind = _kind(schema)
    if kind is None and "properties" in schema:
        kind = "object"
    if kind is not None:
        options = [k for k in kinds if isinstance(k, str)] if isinstance(kinds, list) else [kind]
        if not any(_is(k, value) for k in options):
            return f"{where}: expected {_article(kind)}, got {_json_type(value)}"
    found = _limits(schema, value, echo=echo)
    if found:
        return f"{where}: {found}"
    if isinstance(value, dict):
        for required in schema.get("required", ()):
            if required not in value:
                return f"{where}.{required}: required field is missing"
        for key, sub in schema.get("properties", {}).items():
            if key in value:
                found = _check(spec, sub, value[key], f"{where}.{key}", echo=echo and not secret_name(key))
                if found:
                    return found
    elif isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            found = _check(spec, schema["items"], item, f"{where}[{i}]", echo=echo)
            if found:
                return found
    return None


def _limits(schema: Schema, value: Any, *, echo: bool = True) -> str | None:
    shown = repr(value) if echo else "the value given"
    if "enum" in schema and value not in schema["enum"]:
        options = ", ".join(map(str, schema["enum"]))
        return f"{shown} is not one of: {options}"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        got = f", got {value}" if echo else ""
        if "maximum" in schema and value > schema["maximum"]:
            return f"must be <= {schema['maximum']}{got}"
        if "minimum" in schema and value < schema["minimum"]:
            return f"must be >= {schema['minimum']}{got}"
    if isinstance(value, str):
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            return f"must be at most {schema['maxLength']} characters, got {len(value)}"
        if "minLength" in schema and len(value) < schema["minLength"]:
            return f"must be at least {schema['minLength']} characters"
        if "pattern" in schema and not re.search(schema["pattern"], value):
            if "\\d{2}:\\d{2}" in schema["pattern"]:
                return f"{shown} does not match the expected format (format: 2006-01-02 15:04:05)"
            if echo:
                return f"{shown} does not match the expected format"
            return f"the value given does not match the pattern {schema['pattern']}"
        if "pattern" in schema and "\\d{2}:\\d{2}" in schema["pattern"]:
            try:  # the right shape is not enough: 2025-13-45 25:61:00 is no time
                dt.datetime.strptime(value, "%Y-%m-%d %H:%M:%S")
            except ValueError:
                return f"{shown} is not a real date and time (format: 2006-01-02 15:04:05)"
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
