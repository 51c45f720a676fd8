"""The code-generation pipeline: scripts/regen.sh, its spec checks, and the spec diff.

The end-to-end tests run regen.sh for real (the pinned openapi-python-client and
ruff from the venv running pytest) on a temporary copy of the repo, so the
working tree is never touched. Nothing here uses the network.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from integr8.contract import SpecDiff, diff_specs, load_spec

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "openapi" / "integr8.yaml"


def _load_speccheck() -> Any:
    spec = importlib.util.spec_from_file_location("_speccheck", ROOT / "scripts" / "_speccheck.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


speccheck = _load_speccheck()


def regen(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    """Run scripts/regen.sh in ``cwd`` with the toolchain of the running interpreter."""
    env = {**os.environ, "REGEN_PYTHON": sys.executable}
    return subprocess.run(
        ["bash", str(cwd / "scripts" / "regen.sh"), *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture
def repo_copy(tmp_path: Path) -> Path:
    """The parts of the repo that regen.sh needs, copied into tmp_path/repo."""
    repo = tmp_path / "repo"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("openapi", "scripts", "generated"):
        shutil.copytree(ROOT / name, repo / name, ignore=ignore)
    shutil.copytree(
        ROOT / "facade" / "integr8" / "contract",
        repo / "facade" / "integr8" / "contract",
        ignore=ignore,
    )
    shutil.copy2(ROOT / "pyproject.toml", repo / "pyproject.toml")
    # scripts/_optable.py computes the shipped parameter table with the SDK's own spec reader
    shutil.copy2(ROOT / "facade" / "integr8" / "_spec.py", repo / "facade" / "integr8" / "_spec.py")
    return repo


def _tree(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


# ------------------------------------------------------------------ regen.sh


def test_check_passes_on_the_committed_tree() -> None:
    result = regen("--check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "up to date" in result.stdout


def test_check_reports_a_hand_edit(repo_copy: Path) -> None:
    edited = repo_copy / "generated" / "integr8_client" / "client.py"
    edited.write_text(edited.read_text() + "\n# edited by hand\n")

    result = regen("--check", cwd=repo_copy)

    assert result.returncode == 1
    assert "generated/ is stale or was edited by hand: run make regen" in result.stderr
    assert "integr8_client/client.py" in result.stderr
    assert "-# edited by hand" in result.stderr


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    """Follow local $refs (the real spec uses only #/components/... refs)."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method, path, op)
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method in ("get", "put", "post", "delete", "patch")
    ]


def _breaking_and_compatible_edits(spec: dict[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
    """A copy of the real spec with an added operation, a removed parameter and a
    newly required request field, plus what the summary must name."""
    new = copy.deepcopy(spec)
    ops = _operations(new)

    method, path, template = next((m, p, op) for m, p, op in ops if m == "get")
    added = {**copy.deepcopy(template), "operationId": "listPipelineTestThings"}
    added.pop("parameters", None)
    new["paths"]["/api/v2/pipeline-test-things"] = {"get": added}

    op_with_param, param = next(
        (op, p) for _, _, op in ops for p in op.get("parameters") or [] if _resolve(new, p)["in"] == "query"
    )
    op_with_param["parameters"].remove(param)

    for _, _, op in ops:
        body = _resolve(new, op.get("requestBody"))
        schema = _resolve(new, (body or {}).get("content", {}).get("application/json", {}).get("schema"))
        optional = [
            name for name in (schema or {}).get("properties", {}) if name not in (schema or {}).get("required", [])
        ]
        if optional:
            schema.setdefault("required", []).append(optional[0])
            field = optional[0]
            break
    else:  # pragma: no cover - the spec has optional request fields
        pytest.fail("no operation with an optional JSON request field in the spec")

    names = {
        "param_op": op_with_param["operationId"],
        "param": _resolve(new, param)["name"],
        "field": field,
    }
    return new, names


def test_from_summarizes_refuses_breaking_then_adopts(repo_copy: Path, tmp_path: Path) -> None:
    spec_file = repo_copy / "openapi" / "integr8.yaml"
    original = spec_file.read_bytes()
    generated_before = _tree(repo_copy / "generated")
    new_spec, names = _breaking_and_compatible_edits(yaml.safe_load(original))
    candidate = tmp_path / "new.yaml"
    candidate.write_text(yaml.safe_dump(new_spec, sort_keys=False, allow_unicode=True))

    refused = regen("--from", str(candidate), "--fail-on-breaking", cwd=repo_copy)

    assert refused.returncode == 1, refused.stdout + refused.stderr
    assert "breaking change(s)" in refused.stderr
    assert "Nothing was written" in refused.stderr
    assert spec_file.read_bytes() == original
    assert _tree(repo_copy / "generated") == generated_before

    adopted = regen("--from", str(candidate), cwd=repo_copy)

    assert adopted.returncode == 0, adopted.stdout + adopted.stderr
    summary = adopted.stdout
    assert "  listPipelineTestThings\n    + operation: added (GET /api/v2/pipeline-test-things)" in summary
    assert f"  {names['param_op']}\n" in summary
    assert f"- parameter {names['param']}: removed (was in query)  [BREAKING]" in summary
    assert f"~ request field {names['field']}: now required  [BREAKING]" in summary
    assert spec_file.read_bytes() == candidate.read_bytes()  # YAML is adopted verbatim
    api = repo_copy / "generated" / "integr8_client" / "api"
    assert list(api.rglob("list_pipeline_test_things.py"))
    assert regen("--check", cwd=repo_copy).returncode == 0


def test_from_rejects_a_spec_the_generator_would_mangle(repo_copy: Path, tmp_path: Path) -> None:
    spec_file = repo_copy / "openapi" / "integr8.yaml"
    original = spec_file.read_bytes()
    spec = yaml.safe_load(original)
    method, path, op = _operations(spec)[0]
    clash = {
        **copy.deepcopy(op),
        "operationId": op["operationId"][0].upper() + op["operationId"][1:],
    }
    spec["paths"]["/api/v2/clash"] = {method: clash}
    candidate = tmp_path / "clash.json"
    candidate.write_text(json.dumps(spec, default=str))

    result = regen("--from", str(candidate), cwd=repo_copy)

    assert result.returncode == 1
    assert f"{op['operationId']} ({method.upper()} {path})" in result.stderr
    assert f"{clash['operationId']} ({method.upper()} /api/v2/clash)" in result.stderr
    assert spec_file.read_bytes() == original


# ------------------------------------------------------------ spec checks


def _mini_spec(*operations: tuple[str, str, dict[str, Any]]) -> dict[str, Any]:
    paths: dict[str, Any] = {}
    for method, path, op in operations:
        paths.setdefault(path, {})[method] = {"responses": {"200": {"description": "OK"}}, **op}
    return {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": paths}


def _query(name: str, **extra: Any) -> dict[str, Any]:
    return {"name": name, "in": "query", "schema": {"type": "string"}, **extra}


def test_operation_ids_that_snake_case_alike_are_rejected() -> None:
    spec = _mini_spec(
        ("get", "/offers/{id}", {"operationId": "getOffer"}),
        ("get", "/offer", {"operationId": "get_offer"}),
        ("get", "/offers", {"operationId": "listOffers"}),
    )

    [problem] = speccheck.find_name_collisions(spec)

    assert "getOffer (GET /offers/{id})" in problem
    assert "get_offer (GET /offer)" in problem
    assert "`get_offer`" in problem
    assert "listOffers" not in problem


def test_parameters_that_collide_without_brackets_are_rejected() -> None:
    spec = _mini_spec(
        (
            "get",
            "/offers",
            {"operationId": "listOffers", "parameters": [_query("page[size]"), _query("pagesize")]},
        ),
        (
            "get",
            "/users",
            {
                "operationId": "listUsers",
                "parameters": [_query("page[size]"), _query("page[number]")],
            },
        ),
    )

    [problem] = speccheck.find_name_collisions(spec)

    assert problem.startswith("listOffers (GET /offers): query/path parameters 'page[size]', 'pagesize'")


def test_path_item_and_referenced_parameters_count() -> None:
    spec = _mini_spec(
        (
            "get",
            "/offers/{offer.id}",
            {
                "operationId": "getOffer",
                "parameters": [{"$ref": "#/components/parameters/OfferId"}],
            },
        )
    )
    spec["paths"]["/offers/{offer.id}"]["parameters"] = [
        {"name": "offer.id", "in": "path", "required": True, "schema": {"type": "string"}}
    ]
    spec["components"] = {"parameters": {"OfferId": _query("offer[id]")}}

    [problem] = speccheck.find_name_collisions(spec)

    assert "getOffer" in problem and "'offer.id'" in problem and "'offer[id]'" in problem


def test_check_cli_names_the_operations(tmp_path: Path) -> None:
    spec = _mini_spec(
        ("get", "/a", {"operationId": "listThings"}),
        ("post", "/b", {"operationId": "ListThings"}),
    )
    path = tmp_path / "bad.yaml"
    path.write_text(yaml.safe_dump(spec))

    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "_speccheck.py"), "check", str(path)],
        capture_output=True,
        text=True,
    )

    assert result.returncode == 1
    assert "listThings (GET /a), ListThings (POST /b) all become `list_things`" in result.stderr


def test_the_generator_still_drops_colliding_parameters() -> None:
    """Why the check exists; if this fails after an upgrade, the check may be relaxed."""
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser import GeneratorData

    config = Config.from_sources(ConfigFile(), MetaType.NONE, Path("spec.yaml"), "utf-8", False, None)
    spec = _mini_spec(
        (
            "get",
            "/offers",
            {"operationId": "listOffers", "parameters": [_query("page[size]"), _query("pagesize")]},
        )
    )

    data = GeneratorData.from_dict(spec, config=config)

    assert not isinstance(data, Exception)
    assert [e for c in data.endpoint_collections_by_tag.values() for e in c.endpoints] == []


# ------------------------------------------------------------------ diff_specs


def _api(**schemas: Any) -> dict[str, Any]:
    """A small API: list and create offers, with a paged list response and a status enum."""
    spec: dict[str, Any] = {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/offers": {
                "get": {
                    "operationId": "listOffers",
                    "parameters": [
                        _query("page[size]"),
                        {
                            "name": "filter[status]",
                            "in": "query",
                            "schema": {"$ref": "#/components/schemas/Status"},
                        },
                    ],
                    "responses": {
                        "200": {
                            "description": "OK",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "object",
                                        "properties": {
                                            "data": {
                                                "type": "array",
                                                "items": {"$ref": "#/components/schemas/Offer"},
                                            }
                                        },
                                    }
                                }
                            },
                        },
                        "404": {"$ref": "#/components/responses/NotFound"},
                    },
                },
                "post": {
                    "operationId": "createOffer",
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/OfferInput"}}},
                    },
                    "responses": {"201": {"description": "Created"}},
                },
            },
            "/offers/{offerId}": {
                "parameters": [
                    {
                        "name": "offerId",
                        "in": "path",
                        "required": True,
                        "schema": {"type": "string"},
                    }
                ],
                "delete": {
                    "operationId": "deleteOffer",
                    "responses": {"204": {"description": "Deleted"}},
                },
            },
        },
        "components": {
            "responses": {"NotFound": {"description": "Not found"}},
            "schemas": {
                "Status": {"type": "string", "enum": ["active", "paused"]},
                "Kind": {"type": "string", "enum": ["a", "b"]},
                "OfferInput": {
                    "type": "object",
                    "required": ["name"],
                    "properties": {
                        "name": {"type": "string"},
                        "payout": {"type": "number"},
                        "kind": {
                            "allOf": [{"$ref": "#/components/schemas/Kind"}],
                            "description": "x",
                        },
                    },
                },
                "Offer": {
                    "allOf": [
                        {"$ref": "#/components/schemas/OfferInput"},
                        {
                            "type": "object",
                            "properties": {
                                "id": {"type": "string"},
                                "status": {"$ref": "#/components/schemas/Status"},
                                "parent": {"$ref": "#/components/schemas/Offer"},
                            },
                        },
                    ]
                },
            },
        },
    }
    spec["components"]["schemas"].update(schemas)
    return spec


def _edit(*keys: Any, value: Any = None, delete: bool = False) -> Any:
    """An edit of _api(): set (or delete) the item at spec[keys[0]][keys[1]]..."""

    def apply(spec: dict[str, Any]) -> None:
        *parents, last = keys
        node: Any = spec
        for key in parents:
            node = node[key]
        if delete:
            del node[last]
        else:
            node[last] = value

    return apply


def _diff(*edits: Any) -> SpecDiff:
    old, new = _api(), _api()
    for edit in edits:
        edit(new)
    return diff_specs(old, new)


OFFERS = ("paths", "/offers")
SCHEMAS = ("components", "schemas")


GET_OFFERS = (*OFFERS, "get")
OFFER = (*SCHEMAS, "Offer", "allOf", 1, "properties")


def _move(old_path: str, new_path: str) -> Any:
    return lambda spec: spec["paths"].__setitem__(new_path, spec["paths"].pop(old_path))


def _add_parameter(param: dict[str, Any]) -> Any:
    return lambda spec: spec["paths"]["/offers"]["get"]["parameters"].append(param)


def _post_becomes_put(spec: dict[str, Any]) -> None:
    item = spec["paths"]["/offers"]
    item["put"] = item.pop("post")


@pytest.mark.parametrize(
    ("edit", "kind", "operation", "location"),
    [
        pytest.param(
            _edit(*OFFERS, "post", delete=True),
            "operation-removed",
            "createOffer",
            "operation",
            id="operation removed",
        ),
        pytest.param(_post_becomes_put, "operation-moved", "createOffer", "operation", id="method changed"),
        pytest.param(
            _move("/offers/{offerId}", "/v2/offers/{offerId}"),
            "operation-moved",
            "deleteOffer",
            "operation",
            id="path changed",
        ),
        pytest.param(
            _edit(*GET_OFFERS, "operationId", value="getOffers"),
            "operation-renamed",
            "listOffers",
            "operation",
            id="operationId changed",
        ),
        pytest.param(
            _edit(*GET_OFFERS, "parameters", 0, delete=True),
            "parameter-removed",
            "listOffers",
            "parameter page[size]",
            id="parameter removed",
        ),
        pytest.param(
            _edit(*GET_OFFERS, "parameters", 0, "required", value=True),
            "parameter-required",
            "listOffers",
            "parameter page[size]",
            id="parameter now required",
        ),
        pytest.param(
            _add_parameter(_query("sort", required=True)),
            "parameter-added",
            "listOffers",
            "parameter sort",
            id="required parameter added",
        ),
        pytest.param(
            _edit(*GET_OFFERS, "parameters", 0, "schema", "type", value="integer"),
            "parameter-retyped",
            "listOffers",
            "parameter page[size]",
            id="parameter retyped",
        ),
        pytest.param(
            _edit(*OFFER, "status", delete=True),
            "response-field-removed",
            "listOffers",
            "response field data.status",
            id="response field removed",
        ),
        pytest.param(
            _edit(*OFFER, "id", value={"type": "integer"}),
            "response-field-retyped",
            "listOffers",
            "response field data.id",
            id="response field retyped",
        ),
        pytest.param(
            _edit(*SCHEMAS, "Status", "enum", value=["active"]),
            "enum-value-removed",
            "listOffers",
            "parameter filter[status]",
            id="enum value removed",
        ),
        pytest.param(
            _edit(
                *SCHEMAS,
                "OfferInput",
                "properties",
                "kind",
                value={"type": "string", "enum": ["a"]},
            ),
            "enum-value-removed",
            "createOffer",
            "request field kind",
            id="enum value removed (allOf)",
        ),
        pytest.param(
            _edit(*SCHEMAS, "OfferInput", "required", value=["name", "payout"]),
            "request-field-required",
            "createOffer",
            "request field payout",
            id="request field now required",
        ),
        pytest.param(
            _edit(*SCHEMAS, "OfferInput", "properties", "name", delete=True),
            "request-field-removed",
            "createOffer",
            "request field name",
            id="request field removed",
        ),
        pytest.param(
            _edit(*GET_OFFERS, "responses", "200", delete=True),
            "response-status-removed",
            "listOffers",
            "response 200",
            id="2xx response removed",
        ),
    ],
)
def test_breaking_changes(edit: Any, kind: str, operation: str, location: str) -> None:
    diff = _diff(edit)

    matches = [c for c in diff.breaking if c.kind == kind and c.location == location]
    assert matches, diff.format()
    assert matches[0].operation == operation
    assert "  [BREAKING]" in diff.format()


def test_compatible_changes_are_not_breaking() -> None:
    tags = {"type": "object", "properties": {"a": {"type": "string"}}, "required": ["a"]}
    pause = {"post": {"operationId": "pauseOffer", "responses": {"204": {"description": "OK"}}}}
    diff = _diff(
        _add_parameter(_query("sort")),
        _edit(*SCHEMAS, "Status", "enum", value=["active", "paused", "expired"]),
        _edit(*OFFER, "createdAt", value={"type": "string", "format": "date-time"}),
        _edit(*SCHEMAS, "OfferInput", "properties", "tags", value=tags),
        _edit("paths", "/offers/{offerId}/pause", value=pause),
        _edit(*GET_OFFERS, "description", value="Prose is ignored."),
    )

    assert diff.breaking == [], diff.format()
    kinds = {(c.kind.value, c.operation, c.location) for c in diff.changes}
    assert ("parameter-added", "listOffers", "parameter sort") in kinds
    assert ("enum-value-added", "listOffers", "parameter filter[status]") in kinds
    assert ("enum-value-added", "listOffers", "response field data.status") in kinds
    assert ("response-field-added", "listOffers", "response field data.createdAt") in kinds
    # A new optional object is one change, even though its own field is required.
    assert ("request-field-added", "createOffer", "request field tags") in kinds
    assert not any(c.location == "request field tags.a" for c in diff.changes)
    assert ("operation-added", "pauseOffer", "operation") in kinds


def test_renaming_a_path_parameter_is_not_a_move() -> None:
    def rename(spec: dict[str, Any]) -> None:
        item = spec["paths"].pop("/offers/{offerId}")
        item["parameters"][0]["name"] = "id"
        spec["paths"]["/offers/{id}"] = item

    diff = _diff(rename)

    assert {(c.kind.value, c.location) for c in diff.changes} == {
        ("parameter-removed", "parameter offerId"),
        ("parameter-added", "parameter id"),
    }


def test_identical_specs_have_no_changes() -> None:
    diff = diff_specs(_api(), _api())
    assert not diff
    assert diff.format() == "No changes to operations, parameters, request or response fields."


def test_the_real_spec_diffs_cleanly_against_itself() -> None:
    spec = load_spec(SPEC)
    assert diff_specs(spec, copy.deepcopy(spec)).changes == []


def test_format_groups_changes_by_operation() -> None:
    diff = _diff(
        _edit(*GET_OFFERS, "parameters", 0, delete=True),
        _add_parameter(_query("sort")),
    )
    assert diff.format().splitlines() == [
        "2 change(s), 1 breaking:",
        "  listOffers",
        "    - parameter page[size]: removed (was in query)  [BREAKING]",
        "    + parameter sort: added (optional, in query)",
    ]


def test_load_spec_reads_json_and_yaml_alike(tmp_path: Path) -> None:
    yaml_file = tmp_path / "spec.yaml"
    yaml_file.write_text(
        "openapi: 3.0.3\npaths:\n  /a:\n    get:\n      responses:\n        200:\n"
        "          description: since 2024-01-01\n      x-date: 2024-01-01\n"
    )
    json_file = tmp_path / "spec.json"
    json_file.write_text(
        '{"openapi": "3.0.3", "paths": {"/a": {"get": {"responses": {"200": '
        '{"description": "since 2024-01-01"}}, "x-date": "2024-01-01"}}}}'
    )
    assert load_spec(yaml_file) == load_spec(json_file)
    with pytest.raises(ValueError, match="not an OpenAPI document"):
        load_spec(_write(tmp_path / "x.yaml", "just: yaml\n"))


def test_fetch_converts_json_to_yaml_in_source_order(tmp_path: Path) -> None:
    source = tmp_path / "spec.json"
    source.write_text(json.dumps(_api()))
    dest = tmp_path / "spec.yaml"

    speccheck.fetch(str(source), dest)

    assert dest.read_text().startswith("openapi: 3.0.3\ninfo:\n")
    assert load_spec(dest) == load_spec(source) == _api()
    assert list(load_spec(dest)["components"]["schemas"]) == [
        "Status",
        "Kind",
        "OfferInput",
        "Offer",
    ]


def _write(path: Path, text: str) -> Path:
    path.write_text(text)
    return path
