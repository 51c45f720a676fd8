"""The spec is a faithful transcription of the reference page.

`reference_parser` reads the page independently of the spec; these tests match every
operation of the page to exactly one operation of the spec (by tag and summary, in page order)
and compare what the page shows: parameters (wire name, location, required flag, type, format,
enum, default, limits), request-body fields (the same, plus nested component references),
request samples, the top-level fields of response samples, and which operations are public.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate
from reference_parser import TAGS, Field, Operation, load_reference

SPEC_PATH = Path(__file__).parents[1] / "openapi" / "integr8.yaml"
METHODS = ("get", "post", "put", "patch", "delete")


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def reference() -> list[Operation]:
    return load_reference()


def _spec_operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method, path, op) for path, item in spec["paths"].items() for method, op in item.items() if method in METHODS
    ]


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[1]
        node = spec["components"]["schemas"][name]
    if "allOf" in node and len(node["allOf"]) == 1:
        return {**_resolve(spec, node["allOf"][0]), **{k: v for k, v in node.items() if k != "allOf"}}
    return node


def _match_pairs(spec, reference):
    # Two operations share the summary "List publisher sub IDs" (and "Get publisher sub ID"):
    # the organization-scoped and the publisher-scoped one. Pair them by their path parameter.
    pairs = []
    spec_ops = _spec_operations(spec)
    for ref in reference:
        names = {p.name for p in ref.path_params}
        found = [
            (m, p, o)
            for m, p, o in spec_ops
            if o["tags"][0] == ref.tag
            and o["summary"] == ref.summary
            and {q["name"] for q in o.get("parameters", []) if q["in"] == "path"} == names
        ]
        assert len(found) == 1, f"{ref.tag} / {ref.summary}: {len(found)} spec operations match"
        pairs.append((ref, found[0]))
    return pairs


def test_spec_is_valid_openapi(spec):
    validate(spec)


def test_every_reference_operation_is_in_the_spec_once(spec, reference):
    """Everything on the page is in the spec, each operation once and as the page says it. The
    spec may have more (a new spec from Integr8 will): `test_what_is_not_on_the_page_is_marked`."""
    assert len(reference) == 88  # the page's own count (a fact of the page, not of the spec)
    assert len(_spec_operations(spec)) >= len(reference)
    pairs = _match_pairs(spec, reference)
    assert len({id(o) for _, (_, _, o) in pairs}) == len(reference)
    spec_tags = [t["name"] for t in spec["tags"]]
    assert [t for t in spec_tags if t in TAGS] == list(TAGS)  # the page's tags, in its order
    for ref, (_, _, op) in pairs:
        assert op["tags"] == [ref.tag]
        if ref.description:
            assert op.get("description", "").startswith(ref.description), ref.summary


def _transcription(spec: dict[str, Any]) -> bool:
    """Whether the spec is our own transcription of the page (then what is not on the page must
    be marked `x-inferred`) or Integr8's own (then more is simply allowed): `info.x-transcription`."""
    return bool(spec["info"].get("x-transcription", False))


def test_what_is_not_on_the_page_is_marked(spec, reference):
    """Operations the page does not show are allowed; while the spec is our transcription they
    carry `x-inferred` (and a tag of their own is declared)."""
    on_page = {id(op) for _, (_, _, op) in _match_pairs(spec, reference)}
    declared = {t["name"] for t in spec["tags"]}
    for method, path, op in _spec_operations(spec):
        assert set(op["tags"]) <= declared, f"{method.upper()} {path}: undeclared tag"
        if id(op) not in on_page and _transcription(spec):
            assert op.get("x-inferred") is True, f"{method.upper()} {path} is not on the page: mark it x-inferred"


def test_operation_ids_are_unique_after_snake_casing(spec):
    import re

    def snake(s: str) -> str:
        return re.sub(r"(?<!^)(?=[A-Z])", "_", s).lower()

    ids = [op["operationId"] for _, _, op in _spec_operations(spec)]
    assert len({snake(i) for i in ids}) == len(ids)


def _check_enum(spec, where: str, shown: list[str], s: dict[str, Any]) -> None:
    """The page's enum values, in the page's order. More are allowed: in a transcription they are
    listed in `x-inferred-enum-values` (their source in the description). A request enum that the
    page prints incompletely may be open (`x-enum-values` instead of `enum`), marked `x-inferred`."""
    values = s.get("enum")
    if values is None:
        values = s.get("x-enum-values")
        assert values is not None, f"{where}: enum missing"
        assert s.get("x-inferred") is True or not _transcription(spec), f"{where}: opened enum not marked x-inferred"
    added = s.get("x-inferred-enum-values", []) if _transcription(spec) else [v for v in values if v not in shown]
    assert set(added) <= set(values), f"{where}: x-inferred-enum-values not among the values"
    assert [v for v in values if v not in added] == shown, f"{where}: enum"


def _check_field(
    spec, where: str, f: Field, schema: dict[str, Any], required: bool, description: str | None = None
) -> None:
    s = _resolve(spec, schema)
    assert required == f.required, f"{where}: required flag"
    if f.type.startswith("Array of"):
        assert s["type"] == "array", where
        items = _resolve(spec, s["items"])
        if f.ref:
            assert schema.get("items", {}).get("$ref", "").endswith("/" + f.ref), where
        if f.items_enum:
            assert items["enum"] == f.items_enum, where
    elif f.type == "object":
        if f.ref:
            target = schema.get("$ref") or schema.get("allOf", [{}])[0].get("$ref", "")
            assert target.endswith("/" + f.ref), where
        else:
            assert s["type"] == "object", where
    else:
        assert s["type"] == f.type, where
        if f.fmt:
            assert s.get("format") == f.fmt, where
        if f.maximum is not None:
            key = "maxLength" if f.type == "string" else "maximum"
            assert s.get(key) == f.maximum, f"{where}: {key}"
        if f.enum:
            _check_enum(spec, where, f.enum, s)
    if f.default is not None:
        assert str(s.get("default")).lower() == f.default.lower(), f"{where}: default"
    if f.description:
        shown = description if description is not None else schema.get("description") or s.get("description")
        assert f.description in (shown or ""), f"{where}: description"


def test_every_parameter_matches(spec, reference):
    checked = 0
    for ref, (_method, path, op) in _match_pairs(spec, reference):
        params = {(p["name"], p["in"]): p for p in op.get("parameters", [])}
        for where, fields in (("path", ref.path_params), ("query", ref.query_params)):
            for f in fields:
                p = params.get((f.name, where))
                assert p is not None, f"{ref.summary}: {where} parameter {f.name} missing"
                label = f"{ref.summary}: parameter {f.name}"
                _check_field(spec, label, f, p["schema"], p.get("required", False), p.get("description", ""))
                if where == "path":
                    assert "{" + f.name + "}" in path and p["required"] is True
                checked += 1
        # Anything beyond the page's own parameters must say it was inferred.
        documented = {(f.name, w) for w, fs in (("path", ref.path_params), ("query", ref.query_params)) for f in fs}
        for key, p in params.items():
            if key not in documented and _transcription(spec):
                assert p.get("x-inferred") is True, f"{ref.summary}: {key} is not on the page"
    assert checked > 100


def test_every_request_body_field_matches(spec, reference):
    checked = 0
    for ref, (_, _, op) in _match_pairs(spec, reference):
        if not ref.body_fields:
            assert "requestBody" not in op, ref.summary
            continue
        body = op["requestBody"]
        assert body["required"] is ref.body_required
        assert body.get("description", "") == ref.body_description
        media = body["content"]["application/json"]
        schema = _resolve(spec, media["schema"])
        assert set(schema["properties"]) >= {f.name for f in ref.body_fields}, ref.summary
        for extra in set(schema["properties"]) - {f.name for f in ref.body_fields}:
            if _transcription(spec):
                assert _resolve(spec, schema["properties"][extra]).get("x-inferred") or schema["properties"][extra].get(
                    "x-inferred"
                ), f"{ref.summary}: body field {extra} is not on the page"
        for f in ref.body_fields:
            label = f"{ref.summary}: body field {f.name}"
            required = f.name in schema.get("required", [])
            _check_field(spec, label, f, schema["properties"][f.name], required)
            checked += 1
        shown = {k: v for k, v in ref.request_sample.items() if v is not ...}
        assert media.get("example", {}) == shown, f"{ref.summary}: request sample"
    assert checked > 150


def test_response_samples_fields_are_in_the_success_schema(spec, reference):
    for ref, (_, _, op) in _match_pairs(spec, reference):
        ok = op["responses"]["200"]
        if not ref.response_sample_keys:
            continue
        schema = _resolve(spec, ok["content"]["application/json"]["schema"])
        missing = set(ref.response_sample_keys) - set(schema.get("properties", {}))
        assert not missing, f"{ref.summary}: response fields {missing}"


def test_documented_status_codes_on_every_operation(spec):
    for _method, _path, op in _spec_operations(spec):
        codes = set(op["responses"])
        assert {"200", "400", "401", "402", "403", "404", "429", "500", "502", "503", "504"} <= codes


def test_security_api_key_header_and_bearer(spec, reference):
    schemes = spec["components"]["securitySchemes"]
    assert schemes["ApiKeyAuth"] == {**schemes["ApiKeyAuth"], "type": "apiKey", "in": "header", "name": "API-KEY"}
    assert schemes["BearerAuth"]["scheme"] == "bearer"
    assert spec["security"] == [{"ApiKeyAuth": []}, {"BearerAuth": []}]
    for ref, (_, _, op) in _match_pairs(spec, reference):
        if ref.authorized:
            assert "security" not in op, ref.summary
        else:
            assert op["security"] == [], ref.summary


def test_quoted_paths_are_used_exactly(spec):
    quoted = {
        ("post", "/api/v2/download-center/clicks-export/{integrationID}"),
        ("get", "/api/v2/downloadcenter-exports/{exportID}"),
        ("get", "/api/v2/reports/v2/conversion-table"),
        ("get", "/downloadcenter-artifact-url"),
    }
    ops = {(m, p): op for m, p, op in _spec_operations(spec)}
    for key in quoted:
        assert key in ops, key
        assert "x-inferred" not in ops[key], key
    inferred = [k for k, op in ops.items() if op.get("x-inferred")]
    if _transcription(spec):  # every operation but the quoted ones is ours to have inferred
        assert len(inferred) == len(ops) - len(quoted)


def test_response_enums_are_open(spec):
    """No schema reachable from a 2xx response carries a closed `enum`."""
    seen: set[str] = set()

    def walk(node: Any, where: str) -> None:
        if isinstance(node, dict):
            if "$ref" in node:
                name = node["$ref"].rsplit("/", 1)[1]
                if name in seen:
                    return
                seen.add(name)
                walk(spec["components"]["schemas"][name], name)
                return
            assert "enum" not in node, f"closed enum in response schema {where}"
            for k, v in node.items():
                walk(v, f"{where}.{k}")
        elif isinstance(node, list):
            for v in node:
                walk(v, where)

    for _, _, op in _spec_operations(spec):
        for code, resp in op["responses"].items():
            if code.startswith("2"):
                walk(resp.get("content", {}), op["operationId"])
    assert "DownloadCenterExport" in seen
