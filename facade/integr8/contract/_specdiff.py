"""Say what changed between two OpenAPI documents, as seen by SDK users.

``scripts/regen.sh --from NEW`` prints this summary before it replaces
``openapi/integr8.yaml``, and with ``--fail-on-breaking`` refuses a spec whose
changes would break code written against the generated client.

"Breaking" is judged from the caller's side of the SDK:

* an operation is removed, its method or path changes, or its operationId
  changes (the generated function is renamed);
* a parameter or request field is removed, becomes required, or is added as
  required; a request body is removed, added as required, or becomes
  required; a media type of the request body is removed (JSON -> form);
* a response field is removed, changes type, or stops being required;
  a 2xx response status is removed;
* an enum value is removed (anywhere: the generated Enum loses a member);
* a parameter or request field gains an enum (it accepted any value);
* a parameter or field changes type.

Everything else found (added operations, optional parameters and fields, new
enum values, request media types added, fields and bodies that become
optional in requests) is reported as compatible. Descriptions, examples and
the like are ignored.

Recursive schemas: a field walk enters each schema of a cycle (a ``$ref``
that can reach itself) once per walk into that cycle; where the walk meets it
again, the field is listed without its subfields (its changes are reported
where it was entered). Other ``$ref`` targets are listed in full wherever they
are used. This keeps the walk polynomial on schemas that all refer to each other.

This module must stay importable on its own, with the standard library and
attrs (PyYAML only to read YAML): ``scripts/_speccheck.py`` loads it by file
path, without importing the ``integr8`` package, so that a stale or broken
generated client can never block the pipeline that regenerates it.
"""

from __future__ import annotations

import enum
import json
import re
import urllib.request
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import attrs

__all__ = ["Kind", "SpecChange", "SpecDiff", "diff_specs", "load_spec", "read_spec_text"]

Spec = Mapping[str, Any]

_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_MAX_DEPTH = 12  # nesting depth for response/request field walks; recursion is cut by $ref anyway


class Kind(enum.StrEnum):
    """What kind of change a :class:`SpecChange` is."""

    OPERATION_ADDED = "operation-added"
    OPERATION_REMOVED = "operation-removed"
    OPERATION_MOVED = "operation-moved"  # same operationId, other method or path
    OPERATION_RENAMED = "operation-renamed"  # same method and path, other operationId
    PARAMETER_ADDED = "parameter-added"
    PARAMETER_REMOVED = "parameter-removed"
    PARAMETER_REQUIRED = "parameter-required"
    PARAMETER_OPTIONAL = "parameter-optional"
    PARAMETER_RETYPED = "parameter-retyped"
    REQUEST_BODY_ADDED = "request-body-added"
    REQUEST_BODY_REMOVED = "request-body-removed"
    REQUEST_BODY_REQUIRED = "request-body-required"
    REQUEST_BODY_OPTIONAL = "request-body-optional"
    REQUEST_MEDIA_TYPE_ADDED = "request-media-type-added"
    REQUEST_MEDIA_TYPE_REMOVED = "request-media-type-removed"
    REQUEST_FIELD_ADDED = "request-field-added"
    REQUEST_FIELD_REMOVED = "request-field-removed"
    REQUEST_FIELD_REQUIRED = "request-field-required"
    REQUEST_FIELD_OPTIONAL = "request-field-optional"
    REQUEST_FIELD_RETYPED = "request-field-retyped"
    RESPONSE_STATUS_ADDED = "response-status-added"
    RESPONSE_STATUS_REMOVED = "response-status-removed"
    RESPONSE_FIELD_ADDED = "response-field-added"
    RESPONSE_FIELD_REMOVED = "response-field-removed"
    RESPONSE_FIELD_REQUIRED = "response-field-required"
    RESPONSE_FIELD_OPTIONAL = "response-field-optional"
    RESPONSE_FIELD_RETYPED = "response-field-retyped"
    ENUM_VALUE_ADDED = "enum-value-added"
    ENUM_VALUE_REMOVED = "enum-value-removed"
    ENUM_ADDED = "enum-added"  # a request value that was free is now limited to an enum

    def __str__(self) -> str:
        return self.value


@attrs.frozen
class SpecChange:
    """One difference between the old and the new spec.

    ``operation`` is the operationId, or ``"METHOD /path"`` for an operation
    without one; ``location`` says where in the operation, e.g. ``"operation"``,
    ``"parameter page[size]"``, ``"request field name"`` or
    ``"response field data.status"``.
    """

    kind: Kind
    operation: str
    location: str
    detail: str
    breaking: bool

    def __str__(self) -> str:
        flag = "  [BREAKING]" if self.breaking else ""
        return f"{self.operation}: {self.location}: {self.detail}{flag}"


@attrs.frozen
class SpecDiff:
    """All changes between two specs: removed operations, changed ones, added ones."""

    changes: list[SpecChange]

    @property
    def breaking(self) -> list[SpecChange]:
        return [change for change in self.changes if change.breaking]

    def __bool__(self) -> bool:
        return bool(self.changes)

    def format(self) -> str:
        """The human-readable summary printed by ``regen.sh --from``."""
        if not self.changes:
            return "No changes to operations, parameters, request or response fields."
        lines = [f"{len(self.changes)} change(s), {len(self.breaking)} breaking:"]
        current = None
        for change in self.changes:
            if change.operation != current:
                current = change.operation
                lines.append(f"  {current}")
            sign = {"added": "+", "removed": "-"}.get(change.kind.value.rsplit("-", 1)[-1], "~")
            flag = "  [BREAKING]" if change.breaking else ""
            lines.append(f"    {sign} {change.location}: {change.detail}{flag}")
        return "\n".join(lines)


# --------------------------------------------------------------------- loading


def _yaml_loader() -> type[Any]:
    """A PyYAML SafeLoader that keeps timestamps as strings, as JSON would."""
    try:
        import yaml
    except ImportError as err:  # pragma: no cover - depends on the environment
        raise RuntimeError("reading a YAML spec needs PyYAML: pip install 'integr8[contract]'") from err

    class Loader(yaml.SafeLoader):
        """Imported lazily: PyYAML is an optional dependency (the contract extra)."""

    Loader.yaml_implicit_resolvers = {
        first: [(tag, regex) for tag, regex in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    return Loader


def read_spec_text(path_or_url: str | Path) -> str:
    """Return the text of a spec from a local path or an http(s) URL."""
    source = str(path_or_url)
    if re.match(r"https?://", source):
        request = urllib.request.Request(
            source, headers={"Accept": "application/json, application/yaml;q=0.9, */*;q=0.5"}
        )
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 - http(s) only
            charset = response.headers.get_content_charset() or "utf-8"
            return str(response.read().decode(charset))
    return Path(source).read_text(encoding="utf-8")


def parse_spec_text(text: str, source: str = "<spec>") -> dict[str, Any]:
    """Parse JSON or YAML spec text into plain JSON-like data.

    Mapping keys are made strings: YAML reads an unquoted ``200:`` as an int,
    while OpenAPI (and JSON) keys are always strings.
    """
    data: Any
    if text.lstrip().startswith("{"):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as err:
            raise ValueError(f"{source} is not valid JSON: {err}") from None
    else:
        import yaml

        try:
            data = yaml.load(text, Loader=_yaml_loader())  # noqa: S506 - a SafeLoader subclass
        except yaml.YAMLError as err:
            raise ValueError(f"{source} is not valid YAML: {err}") from None
    if not isinstance(data, dict) or "openapi" not in data:
        raise ValueError(f"{source} is not an OpenAPI document (no top-level 'openapi' field)")
    result: dict[str, Any] = _string_keys(data)
    return result


def load_spec(path_or_url: str | Path) -> dict[str, Any]:
    """Load an OpenAPI document (JSON or YAML) from a local path or an http(s) URL."""
    return parse_spec_text(read_spec_text(path_or_url), source=str(path_or_url))


def _string_keys(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(key): _string_keys(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_string_keys(item) for item in value]
    return value


# ------------------------------------------------------------------ resolving


def _pointer(spec: Spec, ref: str) -> Any:
    """Follow a local JSON pointer such as ``#/components/schemas/Offer``."""
    if not ref.startswith("#/"):
        return {}  # remote refs aren't followed: compared as opaque
    node: Any = spec
    for part in ref[2:].split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        if not isinstance(node, Mapping) or part not in node:
            return {}
        node = node[part]
    return node


def _resolve(spec: Spec, node: Any, seen: frozenset[str] = frozenset()) -> tuple[Any, frozenset[str]]:
    """Follow ``$ref`` chains; return the target and the refs followed so far.

    Returns ``(None, seen)`` when a ref points back into ``seen`` (a cycle).
    """
    while isinstance(node, Mapping) and "$ref" in node:
        ref = node["$ref"]
        if ref in seen:
            return None, seen
        seen = seen | {ref}
        node = _pointer(spec, ref)
    return node, seen


def _merge_all_of(spec: Spec, schema: Mapping[str, Any], seen: frozenset[str]) -> dict[str, Any]:
    """Fold ``allOf`` members into one schema (properties and required merged)."""
    merged = {key: value for key, value in schema.items() if key != "allOf"}
    properties = dict(schema.get("properties") or {})
    required = list(schema.get("required") or [])
    for member in schema.get("allOf") or []:
        resolved, member_seen = _resolve(spec, member, seen)
        if not isinstance(resolved, Mapping):
            continue
        resolved = _merge_all_of(spec, resolved, member_seen)
        for key, value in resolved.items():
            if key not in ("properties", "required"):
                merged.setdefault(key, value)
        for name, prop in (resolved.get("properties") or {}).items():
            properties.setdefault(name, prop)
        required.extend(resolved.get("required") or [])
    if properties:
        merged["properties"] = properties
    if required:
        merged["required"] = required
    return merged


def _type_of(spec: Spec, node: Any, seen: frozenset[str] = frozenset(), depth: int = 0) -> str:
    """A short type description: ``string(date-time)``, ``array<object>``, ``integer|null``."""
    if node is None:
        return "none"
    schema, seen = _resolve(spec, node, seen)
    if schema is None:
        return "object"  # a recursive reference: an object by construction
    if not isinstance(schema, Mapping) or depth > _MAX_DEPTH:
        return "any"
    schema = _merge_all_of(spec, schema, seen)
    for combinator in ("oneOf", "anyOf"):
        if schema.get(combinator):
            variants = sorted({_type_of(spec, v, seen, depth + 1) for v in schema[combinator]})
            return f"{combinator}({', '.join(variants)})"
    kind = schema.get("type")
    if isinstance(kind, list):  # OpenAPI 3.1
        kinds = [k for k in kind if k != "null"]
        nullable = "null" in kind
        kind = "|".join(kinds) if kinds else "null"
    else:
        nullable = bool(schema.get("nullable"))
    if kind is None:
        kind = "object" if "properties" in schema or "additionalProperties" in schema else "any"
    text = str(kind)
    if kind == "array":
        text = f"array<{_type_of(spec, schema.get('items', {}), seen, depth + 1)}>"
    elif schema.get("format"):
        text = f"{kind}({schema['format']})"
    return f"{text}|null" if nullable else text


def _enum_of(spec: Spec, node: Any, items: bool = True) -> tuple[str, ...] | None:
    """The enum values of a schema (or of its array items), as strings."""
    schema, seen = _resolve(spec, node)
    if not isinstance(schema, Mapping):
        return None
    schema = _merge_all_of(spec, schema, seen)  # `allOf: [$ref]` is how 3.0 annotates a $ref
    if items and schema.get("type") == "array":
        return _enum_of(spec, schema.get("items"), items=False)
    if isinstance(schema.get("enum"), list):
        return tuple(str(value) for value in schema["enum"])
    return None


# --------------------------------------------------------------- fields


@attrs.frozen
class _Field:
    type: str
    required: bool
    enum: tuple[str, ...] | None


def _fields(spec: Spec, node: Any, cycles: Mapping[str, frozenset[str]] | None = None) -> dict[str, _Field]:
    """Flatten a body schema into ``{"data.status": _Field, ...}``.

    The body itself is the field ``""``. Array items add no name segment, so
    ``data: [{status}]`` gives ``data.status``. A ``$ref`` already being walked
    is not entered again, and a schema of a cycle is entered once per walk into
    that cycle (see the module docstring), which stops recursive schemas and
    keeps schemas that all refer to each other from taking exponential time.
    `cycles`: ``_cycles(spec)``, when the caller already has it.
    """
    out: dict[str, _Field] = {"": _Field(_type_of(spec, node), True, _enum_of(spec, node))}
    _walk(spec, node, "", out, frozenset(), 0, _cycles(spec, node) if cycles is None else cycles, None)
    return out


# A walk into a cycle: (the refs of the cycle, the ones entered so far). None outside any cycle.
_Scope = tuple[frozenset[str], set[str]] | None


def _walk(
    spec: Spec,
    node: Any,
    prefix: str,
    out: dict[str, _Field],
    seen: frozenset[str],
    depth: int,
    cycles: Mapping[str, frozenset[str]],
    scope: _Scope,
) -> None:
    schema, followed = _resolve(spec, node, seen)
    if not isinstance(schema, Mapping) or depth > _MAX_DEPTH:
        return
    if followed != seen:
        entered, scope = _enter(followed - seen, cycles, scope)
        if not entered:
            return  # a schema of this cycle already entered elsewhere in this walk into it
    seen = followed
    schema = _merge_all_of(spec, schema, seen)
    if schema.get("type") == "array" or "items" in schema:
        _walk(spec, schema.get("items"), prefix, out, seen, depth + 1, cycles, scope)
    for combinator in ("oneOf", "anyOf"):
        for variant in schema.get(combinator) or []:
            _walk(spec, variant, prefix, out, seen, depth + 1, cycles, scope)
    required = set(schema.get("required") or [])
    for name, prop in (schema.get("properties") or {}).items():
        key = f"{prefix}.{name}" if prefix else name
        if key not in out:
            out[key] = _Field(_type_of(spec, prop, seen), name in required, _enum_of(spec, prop))
            _walk(spec, prop, key, out, seen, depth + 1, cycles, scope)


def _enter(refs: frozenset[str], cycles: Mapping[str, frozenset[str]], scope: _Scope) -> tuple[bool, _Scope]:
    """Whether to walk the schema reached through `refs`, and the scope below it.

    Outside every cycle the scope is None: what lies below such a schema does not depend on how it
    was reached. Entering a cycle from outside it starts a scope; within the scope each schema of
    the cycle is entered once.
    """
    in_cycles = [ref for ref in sorted(refs) if ref in cycles]
    if not in_cycles:
        return True, None
    members = cycles[in_cycles[-1]]
    if scope is None or scope[0] != members:
        return True, (members, set(in_cycles))
    if any(ref in scope[1] for ref in in_cycles):
        return False, scope
    scope[1].update(in_cycles)
    return True, scope


def _cycles(spec: Spec, start: Any = None) -> dict[str, frozenset[str]]:
    """Each local ``$ref`` that can reach itself -> the refs of its cycle (its strongly connected component).

    Of the refs reachable from `start` (default: the whole spec). `diff_specs` computes it once per
    spec and hands it to every field walk.
    """
    edges: dict[str, set[str]] = {}
    todo = sorted(_refs_in(spec if start is None else start))
    while todo:
        ref = todo.pop()
        if ref not in edges:
            edges[ref] = _refs_in(_pointer(spec, ref))
            todo.extend(edges[ref] - edges.keys())
    reach = {ref: _reachable(ref, edges) for ref in edges}
    return {ref: frozenset(other for other in reach[ref] if ref in reach[other]) for ref in edges if ref in reach[ref]}


def _refs_in(node: Any) -> set[str]:
    """Every local ``$ref`` written inside `node` (not followed)."""
    found: set[str] = set()
    todo = [node]
    while todo:
        item = todo.pop()
        if isinstance(item, Mapping):
            ref = item.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/"):
                found.add(ref)
            todo.extend(item.values())
        elif isinstance(item, list):
            todo.extend(item)
    return found


def _reachable(start: str, edges: Mapping[str, set[str]]) -> set[str]:
    """The refs reachable from `start` in one step or more."""
    found: set[str] = set()
    todo = list(edges.get(start, ()))
    while todo:
        ref = todo.pop()
        if ref not in found:
            found.add(ref)
            todo.extend(edges.get(ref, ()))
    return found


def _body_schema(content: Any) -> Any:
    """The schema of the JSON media type of a ``content`` map (else of the first one)."""
    if not isinstance(content, Mapping) or not content:
        return None
    media_types = list(content)
    chosen = next((m for m in media_types if "json" in m), media_types[0])
    media = content[chosen] or {}
    return media.get("schema", {})


# --------------------------------------------------------------- operations


@attrs.frozen
class _Operation:
    label: str  # operationId, or "METHOD /path"
    operation_id: str | None
    endpoint: str  # "METHOD /path"
    template: str  # "METHOD /path/{}": path parameter names don't matter for identity
    parameters: dict[tuple[str, str], dict[str, Any]]  # (in, name) -> parameter
    body: dict[str, Any] | None  # resolved requestBody
    responses: dict[str, Any]  # 2xx status -> schema (None when no content)


def _operations(spec: Spec) -> dict[str, _Operation]:
    operations: dict[str, _Operation] = {}
    for path, item in (spec.get("paths") or {}).items():
        item, _ = _resolve(spec, item)
        if not isinstance(item, Mapping):
            continue
        for method in _METHODS:
            op = item.get(method)
            if not isinstance(op, Mapping):
                continue
            endpoint = f"{method.upper()} {path}"
            parameters: dict[tuple[str, str], dict[str, Any]] = {}
            for raw in list(item.get("parameters") or []) + list(op.get("parameters") or []):
                param, _ = _resolve(spec, raw)
                if isinstance(param, Mapping) and "name" in param:
                    parameters[(str(param.get("in")), str(param["name"]))] = dict(param)
            body, _ = _resolve(spec, op.get("requestBody"))
            responses: dict[str, Any] = {}
            for status, response in (op.get("responses") or {}).items():
                if str(status).startswith("2"):
                    resolved, _ = _resolve(spec, response)
                    content = resolved.get("content") if isinstance(resolved, Mapping) else None
                    responses[str(status)] = _body_schema(content)
            operation_id = op.get("operationId")
            label = str(operation_id) if operation_id else endpoint
            operations[label] = _Operation(
                label=label,
                operation_id=operation_id,
                endpoint=endpoint,
                template=re.sub(r"\{[^}]*\}", "{}", endpoint),
                parameters=parameters,
                body=dict(body) if isinstance(body, Mapping) else None,
                responses=responses,
            )
    return operations


def _pair_operations(
    old: dict[str, _Operation], new: dict[str, _Operation]
) -> tuple[list[tuple[_Operation, _Operation]], list[_Operation], list[_Operation]]:
    """Match operations by operationId first, then by method + path template."""
    pairs = [(old[label], new[label]) for label in old if label in new]
    removed = [op for label, op in old.items() if label not in new]
    added = [op for label, op in new.items() if label not in old]
    for old_op in list(removed):
        match = next((op for op in added if op.template == old_op.template), None)
        if match is not None:
            pairs.append((old_op, match))
            removed.remove(old_op)
            added.remove(match)
    return pairs, removed, added


# ------------------------------------------------------------------ diffing


def diff_specs(old: Spec, new: Spec) -> SpecDiff:
    """Compare two OpenAPI documents (as loaded by :func:`load_spec`)."""
    old_ops, new_ops = _operations(old), _operations(new)
    pairs, removed, added = _pair_operations(old_ops, new_ops)
    changes: list[SpecChange] = []
    for op in removed:
        changes.append(SpecChange(Kind.OPERATION_REMOVED, op.label, "operation", f"removed ({op.endpoint})", True))
    cycles = (_cycles(old), _cycles(new))
    for old_op, new_op in pairs:
        changes.extend(_diff_operation(old, new, old_op, new_op, cycles))
    for op in added:
        changes.append(SpecChange(Kind.OPERATION_ADDED, op.label, "operation", f"added ({op.endpoint})", False))
    return SpecDiff(changes)


def _diff_operation(
    old_spec: Spec,
    new_spec: Spec,
    old: _Operation,
    new: _Operation,
    cycles: tuple[Mapping[str, frozenset[str]], Mapping[str, frozenset[str]]],
) -> Iterator[SpecChange]:
    label = old.label

    def change(kind: Kind, location: str, detail: str, breaking: bool) -> SpecChange:
        return SpecChange(kind, label, location, detail, breaking)

    if old.operation_id != new.operation_id:
        yield change(
            Kind.OPERATION_RENAMED,
            "operation",
            f"operationId changed from {old.operation_id or '(none)'} "
            f"to {new.operation_id or '(none)'} (the generated function is renamed)",
            True,
        )
    # A path parameter rename alone isn't a move: it shows up in the parameters below.
    if old.template != new.template:
        yield change(Kind.OPERATION_MOVED, "operation", f"moved: {old.endpoint} -> {new.endpoint}", True)

    # Parameters.
    for key, param in old.parameters.items():
        where, name = key
        location = f"parameter {name}"
        if key not in new.parameters:
            yield change(Kind.PARAMETER_REMOVED, location, f"removed (was in {where})", True)
            continue
        other = new.parameters[key]
        was, now = bool(param.get("required")), bool(other.get("required"))
        if not was and now:
            yield change(Kind.PARAMETER_REQUIRED, location, "now required", True)
        elif was and not now:
            yield change(Kind.PARAMETER_OPTIONAL, location, "now optional", False)
        old_type, new_type = _param_type(old_spec, param), _param_type(new_spec, other)
        if old_type != new_type:
            yield change(Kind.PARAMETER_RETYPED, location, f"type {old_type} -> {new_type}", True)
        old_enum, new_enum = _param_enum(old_spec, param), _param_enum(new_spec, other)
        yield from _diff_enum(change, location, old_enum, new_enum, request=True)
    for key, param in new.parameters.items():
        if key not in old.parameters:
            required = bool(param.get("required"))
            yield change(
                Kind.PARAMETER_ADDED,
                f"parameter {key[1]}",
                f"added ({'required' if required else 'optional'}, in {key[0]})",
                required,
            )

    # Request body.
    if old.body is not None and new.body is None:
        yield change(Kind.REQUEST_BODY_REMOVED, "request body", "removed", True)
    elif old.body is None and new.body is not None:
        required = bool(new.body.get("required"))
        yield change(
            Kind.REQUEST_BODY_ADDED,
            "request body",
            f"added ({'required' if required else 'optional'})",
            required,
        )
    elif old.body is not None and new.body is not None:
        was, now = bool(old.body.get("required")), bool(new.body.get("required"))
        if not was and now:
            yield change(Kind.REQUEST_BODY_REQUIRED, "request body", "now required", True)
        elif was and not now:
            yield change(Kind.REQUEST_BODY_OPTIONAL, "request body", "now optional", False)
        old_media, new_media = _media_types(old.body), _media_types(new.body)
        gone = [m for m in old_media if m not in new_media]
        if gone:
            detail = f"media type(s) no longer accepted: {', '.join(gone)}"
            if new_media:
                detail += f" (accepted: {', '.join(new_media)})"
            yield change(Kind.REQUEST_MEDIA_TYPE_REMOVED, "request body", detail, True)
        added = [m for m in new_media if m not in old_media]
        if added:
            yield change(
                Kind.REQUEST_MEDIA_TYPE_ADDED, "request body", f"media type(s) added: {', '.join(added)}", False
            )
        old_fields = _fields(old_spec, _body_schema(old.body.get("content")), cycles[0])
        new_fields = _fields(new_spec, _body_schema(new.body.get("content")), cycles[1])
        yield from _diff_fields(change, "request", old_fields, new_fields)

    # 2xx responses.
    for status in old.responses:
        if status not in new.responses:
            yield change(Kind.RESPONSE_STATUS_REMOVED, f"response {status}", "removed", True)
    for status in new.responses:
        if status not in old.responses:
            yield change(Kind.RESPONSE_STATUS_ADDED, f"response {status}", "added", False)
    old_fields = _response_fields(old_spec, old, cycles[0])
    new_fields = _response_fields(new_spec, new, cycles[1])
    yield from _diff_fields(change, "response", old_fields, new_fields)


def _response_fields(
    spec: Spec, op: _Operation, cycles: Mapping[str, frozenset[str]] | None = None
) -> dict[str, _Field]:
    """Fields of all 2xx JSON responses, merged (the first status wins on conflicts)."""
    fields: dict[str, _Field] = {}
    for schema in op.responses.values():
        if schema is not None:
            for name, field in _fields(spec, schema, cycles).items():
                fields.setdefault(name, field)
    return fields


def _media_types(body: Mapping[str, Any]) -> list[str]:
    """The media types of a request body, lower case and without parameters (``; charset=...``)."""
    content = body.get("content")
    if not isinstance(content, Mapping):
        return []
    return list(dict.fromkeys(str(m).split(";", 1)[0].strip().lower() for m in content))


def _param_schema(param: Mapping[str, Any]) -> Any:
    if "schema" in param:
        return param["schema"]
    return _body_schema(param.get("content"))


def _param_type(spec: Spec, param: Mapping[str, Any]) -> str:
    return _type_of(spec, _param_schema(param))


def _param_enum(spec: Spec, param: Mapping[str, Any]) -> tuple[str, ...] | None:
    return _enum_of(spec, _param_schema(param))


def _diff_enum(
    change: Any, location: str, old: tuple[str, ...] | None, new: tuple[str, ...] | None, *, request: bool
) -> Iterator[SpecChange]:
    if old is None and new is not None and request:
        # A value the caller may send is no longer free: whatever it sent outside the enum fails.
        yield change(Kind.ENUM_ADDED, location, f"now limited to the enum values: {', '.join(new)}", True)
        return
    if old is None or new is None:
        return  # an enum vanishing (or appearing in a response) shows up as a type change, or not at all
    removed = [value for value in old if value not in new]
    added = [value for value in new if value not in old]
    if removed:
        yield change(Kind.ENUM_VALUE_REMOVED, location, f"enum value(s) removed: {', '.join(removed)}", True)
    if added:
        yield change(Kind.ENUM_VALUE_ADDED, location, f"enum value(s) added: {', '.join(added)}", False)


def _diff_fields(change: Any, side: str, old: dict[str, _Field], new: dict[str, _Field]) -> Iterator[SpecChange]:
    """Compare flattened request or response fields; ``side`` is "request" or "response".

    Only the topmost field of an added or removed subtree is reported: a new
    optional ``address`` object is one change, not one per nested field.
    """
    request = side == "request"
    kinds = {
        "added": Kind.REQUEST_FIELD_ADDED if request else Kind.RESPONSE_FIELD_ADDED,
        "removed": Kind.REQUEST_FIELD_REMOVED if request else Kind.RESPONSE_FIELD_REMOVED,
        "required": Kind.REQUEST_FIELD_REQUIRED if request else Kind.RESPONSE_FIELD_REQUIRED,
        "optional": Kind.REQUEST_FIELD_OPTIONAL if request else Kind.RESPONSE_FIELD_OPTIONAL,
        "retyped": Kind.REQUEST_FIELD_RETYPED if request else Kind.RESPONSE_FIELD_RETYPED,
    }
    reported: list[str] = []  # added/removed subtrees already reported

    def under_reported(name: str) -> bool:
        return any(name.startswith(f"{top}.") for top in reported)

    for name, was in old.items():
        location = f"{side} field {name}" if name else f"{side} body"
        now = new.get(name)
        if now is None:
            if not under_reported(name):
                reported.append(name)
                yield change(kinds["removed"], location, "removed", True)
            continue
        if was.type != now.type:
            yield change(kinds["retyped"], location, f"type {was.type} -> {now.type}", True)
        if not was.required and now.required:
            # A caller must now send it; a response reader only gains a guarantee.
            yield change(kinds["required"], location, "now required", request)
        elif was.required and not now.required:
            # A response reader may now get Unset; a caller may now leave it out.
            yield change(kinds["optional"], location, "now optional", not request)
        yield from _diff_enum(change, location, was.enum, now.enum, request=request)
    for name, now in new.items():
        if name not in old and not under_reported(name):
            reported.append(name)
            detail = f"added ({'required' if now.required else 'optional'}, {now.type})"
            yield change(kinds["added"], f"{side} field {name}", detail, request and now.required)
