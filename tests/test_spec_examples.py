"""The spec's examples, and what it takes from Integr8's own knowledge base.

Examples: mocks, the sandbox and generated docs show the spec's examples, so a wrong one misleads
everyone downstream. Every `example`/`examples` the spec holds (responses, request bodies,
parameters, headers, schemas; `$ref`s followed) must validate against its schema by the rules of
the spec's OpenAPI version (3.0: `nullable`, its formats, `readOnly`/`writeOnly` by direction;
3.1: JSON Schema 2020-12), and may use only the fields its schema declares (so a misspelt field
cannot hide behind `additionalProperties: true`). The list is read from the spec, never written
down here, and `test_a_wrong_example_is_caught_wherever_it_is` plants wrong ones to show the check
fails. Response examples follow the reference page's response samples
(`test_response_examples_follow_the_reference_samples`): same top-level fields, the literal values
kept, and `x-inferred-example: true` on every example that is not the sample as the page shows it.

Knowledge base (`tests/reference/../integr8-knowledge-base-facts.md` in the shared material, cited
in the spec's `info.description`): the default host `https://api.app.integr8.co` (spec, SDK, CLI
agree, still marked inferred), `Pending` among the conversion statuses, `COMPLETED` accepted by
List Download Center Exports' `filter[status]`.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from openapi_schema_validator import (
    OAS30ReadValidator,
    OAS30Validator,
    OAS30WriteValidator,
    OAS31Validator,
    oas30_format_checker,
    oas31_format_checker,
)
from reference_parser import REFERENCE, Operation, _is_sample_line, _scalar, load_reference
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4, DRAFT202012

from integr8 import Integr8, errors

SPEC_PATH = Path(__file__).parents[1] / "openapi" / "integr8.yaml"
SPEC: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
KEY = "sk-spec-examples-test"
MARK = "x-inferred-example"


# -- finding every example -------------------------------------------------------------------


@dataclass(frozen=True)
class Example:
    """One example: where it is (the test id), the JSON pointer of the schema it must satisfy,
    the value, and the direction it travels (`read`: a response, `write`: a request, `None`)."""

    where: str
    schema: str
    value: Any
    direction: str | None = None


EXTERNAL = object()  # an Example Object with `externalValue`: nothing to check offline


def _ptr(*parts: str) -> str:
    return "/" + "/".join(str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def _deref(spec: dict[str, Any], node: Any) -> Any:
    for _ in range(50):
        if not (isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/")):
            return node
        target: Any = spec
        for part in node["$ref"][2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    raise ValueError("$ref chain longer than 50 links")


def schemas(node: Any, ptr: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every Schema Object at and below `node` (not following `$ref`: each is visited where defined)."""
    if not isinstance(node, dict) or "$ref" in node:
        return
    yield ptr, node
    for key in ("properties", "patternProperties", "$defs", "definitions"):
        for name, sub in (node.get(key) or {}).items():
            yield from schemas(sub, f"{ptr}{_ptr(key, name)}")
    for key in ("items", "additionalProperties", "not", "contains", "if", "then", "else", "unevaluatedItems"):
        yield from schemas(node.get(key), f"{ptr}{_ptr(key)}")
    for key in ("allOf", "anyOf", "oneOf", "prefixItems"):
        for i, sub in enumerate(node.get(key) or []):
            yield from schemas(sub, f"{ptr}{_ptr(key, str(i))}")


def _schema_examples(spec: dict[str, Any], node: Any, ptr: str, where: str) -> Iterator[Example]:
    for at, schema in schemas(node, ptr):
        label = f"{where} schema{at[len(ptr) :] or ''}"
        if "example" in schema:
            yield Example(f"{label} example", at, schema["example"])
        if spec["openapi"].startswith("3.1") and isinstance(schema.get("examples"), list):
            for i, value in enumerate(schema["examples"]):
                yield Example(f"{label} examples[{i}]", at, value)


def _carrier(spec: dict[str, Any], node: Any, ptr: str, where: str, direction: str | None) -> Iterator[Example]:
    """Examples of a Parameter, Header or Media Type Object (a `$ref` one is checked where defined)."""
    if not isinstance(node, dict) or "$ref" in node:
        return
    if "schema" in node:
        schema_ptr = f"{ptr}{_ptr('schema')}"
        if "example" in node:
            yield Example(f"{where} example", schema_ptr, node["example"], direction)
        for name, ex in (node.get("examples") or {}).items():
            ex = _deref(spec, ex)
            value = ex.get("value", EXTERNAL) if "externalValue" in ex else ex.get("value")
            yield Example(f"{where} examples.{name}", schema_ptr, value, direction)
        yield from _schema_examples(spec, node["schema"], schema_ptr, where)
    for media, sub in (node.get("content") or {}).items():
        yield from _carrier(spec, sub, f"{ptr}{_ptr('content', media)}", f"{where} {media}", direction)
    for name, header in (node.get("headers") or {}).items():
        yield from _carrier(spec, header, f"{ptr}{_ptr('headers', name)}", f"{where} header {name}", direction)


def collect_examples(spec: dict[str, Any]) -> list[Example]:
    """Every example of `spec`, in document order."""
    found: list[Example] = []
    for path, item in (spec.get("paths") or {}).items():
        item_ptr = _ptr("paths", path)
        for i, param in enumerate(item.get("parameters") or []):
            name = _deref(spec, param).get("name")
            found += _carrier(spec, param, f"{item_ptr}{_ptr('parameters', str(i))}", f"{path} {name}", None)
        for method, op in item.items():
            if method not in METHODS:
                continue
            op_ptr = f"{item_ptr}{_ptr(method)}"
            label = op.get("operationId") or f"{method.upper()} {path}"
            for i, param in enumerate(op.get("parameters") or []):
                name = _deref(spec, param).get("name")
                found += _carrier(spec, param, f"{op_ptr}{_ptr('parameters', str(i))}", f"{label} {name}", None)
            if "requestBody" in op:
                found += _carrier(spec, op["requestBody"], f"{op_ptr}{_ptr('requestBody')}", f"{label} body", "write")
            for code, response in (op.get("responses") or {}).items():
                found += _carrier(spec, response, f"{op_ptr}{_ptr('responses', str(code))}", f"{label} {code}", "read")
    components = spec.get("components") or {}
    for kind, direction in (
        ("parameters", None),
        ("headers", "read"),
        ("requestBodies", "write"),
        ("responses", "read"),
    ):
        for name, node in (components.get(kind) or {}).items():
            found += _carrier(spec, node, _ptr("components", kind, name), f"components.{kind}.{name}", direction)
    for name, node in (components.get("schemas") or {}).items():
        found += _schema_examples(spec, node, _ptr("components", "schemas", name), f"components.schemas.{name}")
    return found


# -- validating them ------------------------------------------------------------------------


def strict_copy(spec: dict[str, Any]) -> dict[str, Any]:
    """`spec` with `additionalProperties: false` on every object schema that lists `properties`
    and allows anything else, so that an example's undeclared field is an error. Schemas that
    combine others (`allOf`/`anyOf`/`oneOf`) are left as they are: their fields are spread out."""
    strict = copy.deepcopy(spec)
    roots: list[tuple[str, Any]] = [
        (_ptr("components", "schemas", n), s)
        for n, s in ((strict.get("components") or {}).get("schemas") or {}).items()
    ]

    def carriers(node: Any, ptr: str) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("schema"), dict) and "$ref" not in node:
                roots.append((f"{ptr}/schema", node["schema"]))
            for key, sub in node.items():
                if key not in ("schema", "example", "examples") and not str(key).startswith("x-"):
                    carriers(sub, f"{ptr}{_ptr(str(key))}")
        elif isinstance(node, list):
            for i, sub in enumerate(node):
                carriers(sub, f"{ptr}{_ptr(str(i))}")

    carriers(strict.get("paths"), "/paths")
    carriers({k: v for k, v in (strict.get("components") or {}).items() if k != "schemas"}, "/components")
    for root_ptr, root in roots:
        combined = {
            id(s) for _, c in schemas(root, root_ptr) for k in ("allOf", "anyOf", "oneOf") for s in c.get(k, [])
        }
        for _, schema in schemas(root, root_ptr):
            if id(schema) in combined or any(k in schema for k in ("allOf", "anyOf", "oneOf")):
                continue
            if schema.get("properties") and schema.get("additionalProperties", True) is True:
                schema["additionalProperties"] = False
    return strict


def _validator(spec: dict[str, Any], pointer: str, direction: str | None) -> Any:
    if spec["openapi"].startswith("3.0"):
        cls = {"read": OAS30ReadValidator, "write": OAS30WriteValidator}.get(direction or "", OAS30Validator)
        draft, checker = DRAFT4, oas30_format_checker
    else:
        cls, draft, checker = OAS31Validator, DRAFT202012, oas31_format_checker
    registry: Registry[Any] = Registry().with_resource("urn:spec", Resource.from_contents(spec, draft))
    return cls({"$ref": f"urn:spec#{pointer}"}, registry=registry, format_checker=checker)


def problems(spec: dict[str, Any], example: Example, *, strict: bool = True) -> list[str]:
    """What is wrong with `example` (empty when nothing): schema errors, then undeclared fields."""
    if example.value is EXTERNAL:
        return [f"{example.where}: externalValue cannot be checked offline; put the value in the spec"]

    def run(document: dict[str, Any], what: str) -> list[str]:
        errs = _validator(document, example.schema, example.direction).iter_errors(example.value)
        return [f"{example.where}: {what}at {e.json_path}: {e.message}" for e in errs]

    found = run(spec, "")
    if strict and not found:
        found = run(_strict(spec), "undeclared field (the schema does not list it) ")
    return found


_STRICT: list[tuple[dict[str, Any], dict[str, Any]]] = []  # (spec, its strict copy): the last few


def _strict(spec: dict[str, Any]) -> dict[str, Any]:
    for original, strict in _STRICT:
        if original is spec:
            return strict
    _STRICT.insert(0, (spec, strict_copy(spec)))
    del _STRICT[4:]
    return _STRICT[0][1]


EXAMPLES = collect_examples(SPEC)


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.where)
def test_every_example_validates_against_its_schema(example: Example) -> None:
    assert problems(SPEC, example) == []


def test_examples_are_read_from_every_kind_of_place() -> None:
    assert len({e.where for e in EXAMPLES}) == len(EXAMPLES)  # the ids tell them apart
    places = {e.where.split()[-1] for e in EXAMPLES}
    assert "example" in places
    assert any(e.direction == "write" for e in EXAMPLES) and any(e.direction == "read" for e in EXAMPLES)
    # a spec with one example in each place the collector knows, each wrong
    spec = {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/things/{id}": {
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "integer"}, "example": "x"}
                ],
                "post": {
                    "operationId": "makeThing",
                    "parameters": [
                        {
                            "name": "n",
                            "in": "query",
                            "schema": {"type": "integer", "maximum": 10},
                            "examples": {"big": {"value": 11}},
                        },
                        {"$ref": "#/components/parameters/Flag"},
                    ],
                    "requestBody": {
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/Thing"},
                                "example": {"name": 1},
                            }
                        }
                    },
                    "responses": {
                        "200": {
                            "description": "ok",
                            "headers": {"X-Count": {"schema": {"type": "integer"}, "example": "many"}},
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "object",
                                        "properties": {"when": {"type": "string", "format": "date", "example": "soon"}},
                                    },
                                    "examples": {"ref": {"$ref": "#/components/examples/Bad"}},
                                }
                            },
                        },
                        "404": {"$ref": "#/components/responses/Missing"},
                    },
                },
            }
        },
        "components": {
            "parameters": {"Flag": {"name": "f", "in": "query", "schema": {"type": "boolean"}, "example": "yes"}},
            "responses": {
                "Missing": {
                    "description": "no",
                    "content": {"application/json": {"schema": {"type": "string"}, "example": 404}},
                }
            },
            "examples": {"Bad": {"value": {"when": 20250101}}},
            "schemas": {
                "Thing": {
                    "type": "object",
                    "properties": {
                        "name": {"type": "string", "nullable": True, "example": None},
                        "size": {"type": "number", "example": "big"},
                    },
                    "example": {"name": "ok", "colour": "red"},
                }
            },
        },
    }
    found = {e.where: e for e in collect_examples(spec)}
    assert set(found) == {
        "/things/{id} id example",
        "makeThing n examples.big",
        "makeThing body application/json example",
        "makeThing 200 header X-Count example",
        "makeThing 200 application/json examples.ref",
        "makeThing 200 application/json schema/properties/when example",
        "components.parameters.Flag example",
        "components.responses.Missing application/json example",
        "components.schemas.Thing schema/properties/name example",
        "components.schemas.Thing schema/properties/size example",
        "components.schemas.Thing schema example",
    }
    assert problems(spec, found["components.schemas.Thing schema/properties/name example"]) == []  # 3.0 nullable
    for where, example in found.items():
        if where != "components.schemas.Thing schema/properties/name example":
            assert problems(spec, example), f"{where}: a wrong example passed"
    assert "undeclared field" in problems(spec, found["components.schemas.Thing schema example"])[0]
    assert problems(spec, found["components.schemas.Thing schema example"], strict=False) == []


def test_a_wrong_example_is_caught_wherever_it_is() -> None:
    """The real spec with wrong examples planted: each one is reported, naming what is wrong."""
    spec = copy.deepcopy(SPEC)
    offer = _media(spec, "getOffer")
    offer["example"]["data"]["incremental_id"] = "seven"
    users = _media(spec, "listUsers")
    users["example"]["data"][0]["emial"] = "typo@example.com"
    spec["components"]["schemas"]["ListMeta"]["example"] = {"total_count": "many"}
    page_size = next(p for p in _operation(spec, "listUsers")["parameters"] if p["name"] == "page[size]")
    page_size["example"] = 500
    body = _operation(spec, "createUser")["requestBody"]["content"]["application/json"]
    body["example"] = {**body["example"], "role": "owner"}
    export = _media(spec, "exportClicks")
    export["example"]["notify_by_email"] = None

    by_where = {e.where: problems(spec, e) for e in collect_examples(spec)}
    assert by_where["getOffer 200 application/json example"] == [
        "getOffer 200 application/json example: at $.data.incremental_id: 'seven' is not of type 'integer'"
    ]
    assert "undeclared field" in by_where["listUsers 200 application/json example"][0]
    assert "'emial' was unexpected" in by_where["listUsers 200 application/json example"][0]
    assert "'many' is not of type 'integer'" in by_where["components.schemas.ListMeta schema example"][0]
    assert "500 is greater than the maximum of 100" in by_where["listUsers page[size] example"][0]
    assert (
        "'owner' is not one of ['admin', 'accountManager']" in by_where["createUser body application/json example"][0]
    )
    assert any("None for not nullable" in p for p in by_where["exportClicks 200 application/json example"])
    wrong = {w for w, p in by_where.items() if p}
    assert len(wrong) == 6, wrong


# -- response examples against the reference page's samples ----------------------------------


COLLAPSED_OBJECT, COLLAPSED_ARRAY = "{...}", "[...]"
PLACEHOLDERS = ("string", 0)  # what the page's renderer prints for a value without an example


def reference_samples() -> list[tuple[Operation, dict[str, Any] | None]]:
    """Each operation of the page with its response sample (None when it shows none): top-level
    fields, literal values as printed, collapsed ones as COLLAPSED_OBJECT / COLLAPSED_ARRAY."""
    lines = [ln.strip() for ln in REFERENCE.read_text(encoding="utf-8").splitlines()]
    starts = [i for i, ln in enumerate(lines) if ln == "Responses"]
    ops = load_reference()
    assert len(starts) == len(ops), "one 'Responses' heading per operation"
    out: list[tuple[Operation, dict[str, Any] | None]] = []
    for op, start in zip(ops, starts, strict=True):
        sample: dict[str, Any] | None = None
        depth = 0
        i = start + 1
        while i < len(lines) and (not lines[i] or _is_sample_line(lines[i])):
            line = lines[i]
            if line == "Response samples":
                sample, depth = {}, 0
            elif sample is not None and line in ("{ }", "{}") and depth == 0:
                pass  # the whole sample is an empty object
            elif sample is not None and line == "{":
                depth += 1
            elif sample is not None and line.startswith("•") and depth == 1:
                key, _, rest = line.lstrip("• ").partition(": ")
                rest = rest.rstrip(",")
                if rest == "{":
                    sample[json.loads(key)], depth = COLLAPSED_OBJECT, depth + 1
                elif rest == "[":
                    sample[json.loads(key)], depth = COLLAPSED_ARRAY, depth + 1
                else:
                    sample[json.loads(key)] = _scalar(rest)
            elif sample is not None and line.startswith(("}", "]")):
                depth -= 1
            i += 1
        out.append((op, sample))
    return out


def _operation(spec: dict[str, Any], operation_id: str) -> dict[str, Any]:
    for item in spec["paths"].values():
        for method, op in item.items():
            if method in METHODS and op.get("operationId") == operation_id:
                return op
    raise KeyError(operation_id)


def _media(spec: dict[str, Any], operation_id: str) -> dict[str, Any]:
    """The JSON media type of the operation's success response (200, else the first 2xx)."""
    responses = _operation(spec, operation_id)["responses"]
    code = "200" if "200" in responses else next(c for c in responses if str(c).startswith("2"))
    media: dict[str, Any] = _deref(spec, responses[code]).get("content", {}).get("application/json", {})
    return media


def _spec_operation_for(spec: dict[str, Any], ref: Operation) -> dict[str, Any]:
    """The spec's operation for a page operation: tag, summary and path parameters (two share a summary)."""
    names = {p.name for p in ref.path_params}
    found = [
        op
        for item in spec["paths"].values()
        for method, op in item.items()
        if method in METHODS
        and op["tags"][0] == ref.tag
        and op["summary"] == ref.summary
        and {q["name"] for q in op.get("parameters", []) if q["in"] == "path"} == names
    ]
    assert len(found) == 1, f"{ref.tag} / {ref.summary}"
    return found[0]


def test_response_examples_follow_the_reference_samples() -> None:
    samples = reference_samples()
    assert sum(s is not None for _, s in samples) >= 70  # the page shows most; a parser slip shows here
    on_page: set[str] = set()
    for ref, sample in samples:
        op = _spec_operation_for(SPEC, ref)
        on_page.add(op["operationId"])
        media = _media(SPEC, op["operationId"])
        label = f"{op['operationId']} ({ref.summary})"
        if sample is None:
            assert MARK in media or "example" not in media, f"{label}: the page shows no sample: mark the example"
            continue
        assert "example" in media, f"{label}: the page shows a response sample; add an example built from it"
        example = media["example"]
        assert isinstance(example, dict) and set(example) == set(sample), f"{label}: not the sample's fields"
        for key, shown in sample.items():
            if shown in (COLLAPSED_OBJECT, COLLAPSED_ARRAY):
                assert isinstance(example[key], dict if shown == COLLAPSED_OBJECT else list), f"{label}: {key}"
            elif shown not in PLACEHOLDERS or isinstance(shown, bool):
                assert example[key] == shown, f"{label}: {key} is {shown!r} on the page"
        as_shown = all(
            v not in (COLLAPSED_OBJECT, COLLAPSED_ARRAY, *PLACEHOLDERS) or isinstance(v, bool) for v in sample.values()
        )
        if as_shown and example == sample:
            assert MARK not in media, f"{label}: this example is the page's sample exactly: drop {MARK}"
        else:
            assert media.get(MARK) is True, f"{label}: the example is not the page's sample as shown: mark it {MARK}"
    for _, _, op in _all_operations(SPEC):
        if op["operationId"] not in on_page and "example" in _media(SPEC, op["operationId"]):
            assert _media(SPEC, op["operationId"]).get(MARK) is True, f"{op['operationId']} is not on the page"


def _all_operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if method in METHODS:
                yield method, path, op


def test_the_marks_sit_next_to_examples_and_info_says_the_convention() -> None:
    for _, _, op in _all_operations(SPEC):
        for response in op["responses"].values():
            for media in _deref(SPEC, response).get("content", {}).values():
                if MARK in media:
                    assert media[MARK] is True and ("example" in media or "examples" in media), op["operationId"]
    info = SPEC["info"]
    assert info.get("x-transcription") is True
    text = " ".join(info["description"].split())
    assert "Mode: our own transcription of the reference page" in text
    assert "what is not on the page is marked `x-inferred`" in text
    assert f"`{MARK}: true`" in text
    assert "docs/offers/product-feeds.md" in text  # where the default host comes from


def test_reference_sample_reader() -> None:
    samples = {ref.summary: s for ref, s in reference_samples()}
    assert samples["Delete User"] is None
    assert samples["Update User"] == {}
    assert samples["Update Conversion"] == {"success": True}
    assert samples["List Users"] == {"data": COLLAPSED_ARRAY, "meta": COLLAPSED_OBJECT}
    assert samples["Create User"] == {"created_item_id": "string"}
    clicks = samples["Download Clicks"]
    assert clicks is not None and len(clicks) == 20
    assert (clicks["status"], clicks["platform"], clicks["notify_by_email"]) == ("PENDING", "24metrics", True)
    assert clicks["artifact"] == COLLAPSED_OBJECT


# -- what Integr8's knowledge base says ------------------------------------------------------


def test_default_host_is_the_one_integr8_publishes(monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.main import get_command

    from integr8._constants import DEFAULT_BASE_URL
    from integr8._spec import load_spec
    from integr8.cli import app

    assert DEFAULT_BASE_URL == "https://api.app.integr8.co"
    server = SPEC["servers"][0]
    assert server["url"] == DEFAULT_BASE_URL and server["x-inferred"] is True
    assert load_spec()["servers"][0]["url"] == DEFAULT_BASE_URL  # the installed spec too (regenerated)
    monkeypatch.delenv("INTEGR8_BASE_URL", raising=False)
    assert str(Integr8(api_key=KEY).base_url) == DEFAULT_BASE_URL
    option = next(p for p in get_command(app).params if p.name == "base_url")
    assert DEFAULT_BASE_URL in (option.help or "") and "inferred" in (option.help or "")


def _recording(answer: Any) -> tuple[Integr8, list[httpx.Request]]:
    sent: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=answer)

    return Integr8(api_key=KEY, base_url="https://api.test", transport=httpx.MockTransport(handle), max_retries=0), sent


def test_completed_is_a_filter_value_of_the_export_list() -> None:
    """`filter[status]` of List Download Center Exports is open: COMPLETED (and a value the spec
    has never heard of) is sent as given, and the spec's example answer parses."""
    from integr8.contract._validate import validate_exchange

    params = next(
        p for p in _operation(SPEC, "listDownloadCenterExports")["parameters"] if p["name"] == "filter[status]"
    )
    assert "enum" not in params["schema"] and "COMPLETED" in params["schema"]["x-enum-values"]
    assert params["schema"]["x-inferred"] is True and params["schema"]["x-inferred-enum-values"] == ["COMPLETED"]
    example = _media(SPEC, "listDownloadCenterExports")["example"]
    client, sent = _recording(example)
    page = client.download_center.list_download_center_exports(filterstatus="COMPLETED", filtertype="impression_logs")
    assert sent[-1].url.params["filter[status]"] == "COMPLETED"
    assert sent[-1].url.params["filter[type]"] == "impression_logs"
    assert page.data and page.data[0].status == "COMPLETED" and page.data[0].artifact
    client.download_center.list_download_center_exports(filterstatus="ARCHIVED")
    assert sent[-1].url.params["filter[status]"] == "ARCHIVED"
    request = httpx.Request("GET", "https://api.test/api/v2/downloadcenter-exports?filter[status]=COMPLETED")
    assert validate_exchange(SPEC, request) == []


def test_pending_is_a_known_conversion_status() -> None:
    from integr8._conversions import KNOWN_STATUSES, ConversionUpdate, prepare
    from integr8.errors import ConfigurationError

    schemas_ = SPEC["components"]["schemas"]
    assert schemas_["integr8docs.ConversionUpdateRequest"]["properties"]["status"]["x-enum-values"] == list(
        KNOWN_STATUSES
    )
    assert KNOWN_STATUSES == ("Approved", "Rejected", "Pending")
    assert set(KNOWN_STATUSES) <= set(schemas_["ConversionReportRow"]["properties"]["status"]["x-enum-values"])
    # the Conversion Report's filter takes Pending; it stays closed, so a typo still fails early
    client, sent = _recording(_media(SPEC, "getConversionReport")["example"])
    window = {
        "integration_id": "i",
        "start_time": "2025-02-01 00:00:00",
        "end_time": "2025-02-02 00:00:00",
        "pagesize": 10,
    }
    page = client.reports.get_conversion_report(**window, filterstatus="Pending")
    assert sent[-1].url.params["filter[status]"] == "Pending"
    assert page.data and page.data.data and {row.status for row in page.data.data} == {"Approved", "Pending"}
    with pytest.raises(errors.ConfigurationError, match="filterstatus='pending'"):
        client.reports.get_conversion_report(**window, filterstatus="pending")
    # the facade names the known statuses when an update's status is not text
    import zoneinfo

    bad = ConversionUpdate(tx_id="t", conversion_time="2025-02-01 10:00:00", hash="h", status="")
    with pytest.raises(ConfigurationError, match="'Approved', 'Rejected', 'Pending'"):
        prepare([bad], zoneinfo.ZoneInfo("UTC"))
