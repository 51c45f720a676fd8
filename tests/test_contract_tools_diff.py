"""`integr8 contract diff`, `integr8.contract.affected_code` and `regen.sh --fail-on-breaking`.

Spec pairs are made by hand from the shipped spec (one edit each), so the affected modules named
are real files of the generated client and real lines of the facade.
"""

from __future__ import annotations

import copy
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from integr8._operations import attribute_name, catalog
from integr8._spec import load_spec
from integr8.cli import app
from integr8.contract import _impact, _specdiff, affected_code, diff_specs

ROOT = Path(__file__).resolve().parents[1]
GENERATED = ROOT / "generated" / "integr8_client"
FACADE = ROOT / "facade" / "integr8"

Edit = Callable[[dict[str, Any]], None]
REPORT_PATH = "/api/v2/reports/v2/conversion-table"
CLICKS_PATH = "/api/v2/reports/v2/click-table"
OFFERS_PATH = "/api/v2/integrations/{integrationID}/offers"


def schemas(spec: dict[str, Any]) -> dict[str, Any]:
    return spec["components"]["schemas"]


def param(spec: dict[str, Any], path: str, name: str) -> dict[str, Any]:
    return next(p for p in spec["paths"][path]["get"]["parameters"] if p["name"] == name)


def remove_operation(spec: dict[str, Any]) -> None:
    del spec["paths"]["/api/v2/publishers/{publisherID}"]["get"]


def move_path(spec: dict[str, Any]) -> None:
    spec["paths"]["/api/v3/conversions"] = spec["paths"].pop(REPORT_PATH)


def change_method(spec: dict[str, Any]) -> None:
    item = spec["paths"]["/downloadcenter-artifact-url"]
    item["post"] = item.pop("get")


def remove_parameter(spec: dict[str, Any]) -> None:
    params = spec["paths"][CLICKS_PATH]["get"]["parameters"]
    params.remove(param(spec, CLICKS_PATH, "filter[offer_id]"))


def require_parameter(spec: dict[str, Any]) -> None:
    param(spec, OFFERS_PATH, "sort")["required"] = True


def remove_response_field(spec: dict[str, Any]) -> None:
    del schemas(spec)["ConversionReportRow"]["properties"]["payout"]


def retype_response_field(spec: dict[str, Any]) -> None:
    schemas(spec)["Offer"]["properties"]["name"] = {"type": "integer"}


def remove_enum_value(spec: dict[str, Any]) -> None:
    param(spec, CLICKS_PATH, "filter[status]")["schema"]["enum"] = ["Approved"]


def remove_request_enum_value(spec: dict[str, Any]) -> None:
    schemas(spec)["OfferRequest"]["properties"]["currency"]["enum"] = ["USD"]


def form_instead_of_json(spec: dict[str, Any]) -> None:
    content = spec["paths"][OFFERS_PATH]["post"]["requestBody"]["content"]
    content["application/x-www-form-urlencoded"] = content.pop("application/json")


def limit_parameter_to_an_enum(spec: dict[str, Any]) -> None:
    param(spec, OFFERS_PATH, "sort")["schema"]["enum"] = ["name", "-name"]


BREAKING = [
    pytest.param(
        remove_operation,
        "getPublisher: operation: removed",
        ["integr8_client/api/publishers/get_publisher.py"],
        id="operation removed",
    ),
    pytest.param(
        move_path,
        "getConversionReport: operation: moved: GET /api/v2/reports/v2/conversion-table -> GET /api/v3/conversions",
        [
            "integr8_client/api/reports/get_conversion_report.py",
            "integr8/_opnames.py (REPORTS['conversions'])",
            "integr8/_client.py (imports REPORTS)",
        ],
        id="path changed",
    ),
    pytest.param(
        change_method,
        "getDownloadCenterExportUrl: operation: moved: GET /downloadcenter-artifact-url -> POST",
        [
            "integr8_client/api/download_center/get_download_center_export_url.py",
            "integr8/_opnames.py (EXPORT_URL)",
            "integr8/_exports.py (imports EXPORT_URL)",
        ],
        id="method changed",
    ),
    pytest.param(
        remove_parameter,
        "getClickReport: parameter filter[offer_id]: removed",
        ["integr8_client/api/reports/get_click_report.py", "integr8/_opnames.py (REPORTS['clicks'])"],
        id="parameter removed",
    ),
    pytest.param(
        require_parameter,
        "listOffers: parameter sort: now required",
        [
            "integr8_client/api/offers/list_offers.py",
            "integr8/_opnames.py (APPSAMURAI_SYNC['list_offers'])",
            "integr8/appsamurai/_state.py (imports APPSAMURAI_SYNC)",
            "integr8/cli/_demo.py (.offers.list_offers)",
        ],
        id="parameter newly required",
    ),
    pytest.param(
        remove_response_field,
        "getConversionReport: response field data.data.payout: removed",
        ["integr8_client/api/reports/get_conversion_report.py", "integr8_client/models/conversion_report_row.py"],
        id="response field removed",
    ),
    pytest.param(
        retype_response_field,
        "getOffer: response field data.name: type string -> integer",
        ["integr8_client/api/offers/get_offer.py", "integr8_client/models/offer.py"],
        id="response field retyped",
    ),
    pytest.param(
        remove_enum_value,
        "getClickReport: parameter filter[status]: enum value(s) removed: Rejected",
        ["integr8_client/api/reports/get_click_report.py", "integr8_client/models/get_click_report_filterstatus.py"],
        id="enum value removed",
    ),
    pytest.param(
        remove_request_enum_value,
        "createOffer: request field currency: enum value(s) removed: EUR",
        ["integr8_client/api/offers/create_offer.py", "integr8_client/models/offer_request_currency.py"],
        id="request enum value removed",
    ),
    pytest.param(
        form_instead_of_json,
        "createOffer: request body: media type(s) no longer accepted: application/json "
        "(accepted: application/x-www-form-urlencoded)",
        ["integr8_client/api/offers/create_offer.py", "integr8_client/models/offer_request.py"],
        id="request media type changed",
    ),
    pytest.param(
        limit_parameter_to_an_enum,
        "listOffers: parameter sort: now limited to the enum values: name, -name",
        ["integr8_client/api/offers/list_offers.py"],
        id="parameter limited to an enum",
    ),
]


def write_pair(tmp_path: Path, edit: Edit) -> tuple[Path, Path]:
    """The shipped spec and an edited copy, as JSON files (YAML specs are read alike, only slower)."""
    old = load_spec()
    new = copy.deepcopy(old)
    edit(new)
    (tmp_path / "old.json").write_text(json.dumps(old))
    (tmp_path / "new.json").write_text(json.dumps(new))
    return tmp_path / "old.json", tmp_path / "new.json"


def run_diff(*args: str) -> Any:
    return CliRunner().invoke(app, ["contract", "diff", *args])


@pytest.mark.parametrize(("edit", "change", "affects"), BREAKING)
def test_each_breaking_kind_exits_1_naming_what_it_affects(
    tmp_path: Path, edit: Edit, change: str, affects: list[str]
) -> None:
    old, new = write_pair(tmp_path, edit)

    result = run_diff(str(old), str(new))

    assert result.exit_code == 1, result.output
    assert "[BREAKING]" in result.stdout
    lines = result.stdout.split("Breaking changes and the code they affect:\n", 1)[1].splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith(f"  {change}"))
    listed = lines[at + 1].removeprefix("    affects: ").split(", ")
    for expected in affects:
        assert expected in listed, lines[at + 1]
    assert "breaking change(s)" in result.stderr


def test_compatible_changes_exit_0(tmp_path: Path) -> None:
    def compatible(spec: dict[str, Any]) -> None:
        spec["paths"][OFFERS_PATH]["get"]["parameters"].append(
            {"name": "filter[brand]", "in": "query", "required": False, "schema": {"type": "string"}}
        )
        schemas(spec)["Offer"]["properties"]["brand"] = {"type": "string"}
        schemas(spec)["ConversionReportRow"]["properties"]["status"]["x-enum-values"].append("Pending")
        spec["paths"]["/api/v2/brands"] = {"get": copy.deepcopy(spec["paths"]["/api/v2/advertisers"]["get"])}
        spec["paths"]["/api/v2/brands"]["get"]["operationId"] = "listBrands"

    old, new = write_pair(tmp_path, compatible)
    result = run_diff(str(old), str(new))

    assert result.exit_code == 0, result.output
    assert "0 breaking" in result.stdout and "[BREAKING]" not in result.stdout
    assert "affect" not in result.stdout


def test_installed_names_the_shipped_spec_and_json_lists_affects(tmp_path: Path) -> None:
    assert run_diff("installed", "installed").stdout.startswith("No changes")
    _old, new = write_pair(tmp_path, remove_response_field)

    result = run_diff("installed", str(new), "--format", "json")

    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["breaking"] == 1
    (change,) = [c for c in data["changes"] if c["breaking"]]
    assert change["kind"] == "response-field-removed"
    assert "integr8_client/models/conversion_report_row.py" in change["affects"]


def test_an_unreadable_spec_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "bad.yaml").write_text("not: [an openapi document\n")
    assert run_diff("installed", str(tmp_path / "bad.yaml")).exit_code == 2
    assert run_diff("installed", str(tmp_path / "missing.yaml")).exit_code == 2


# -- what counts as breaking, on the request side -----------------------------------------------------


def _changes(old: dict[str, Any], new: dict[str, Any]) -> list[tuple[str, str, bool]]:
    return [(str(c), c.kind.value, c.breaking) for c in diff_specs(old, new).changes]


def test_a_request_body_that_becomes_required_is_breaking() -> None:
    new = load_spec()
    old = copy.deepcopy(new)
    old["paths"][OFFERS_PATH]["post"]["requestBody"]["required"] = False

    assert _changes(old, new) == [
        ("createOffer: request body: now required  [BREAKING]", "request-body-required", True)
    ]
    assert _changes(new, old) == [("createOffer: request body: now optional", "request-body-optional", False)]


def test_a_media_type_added_to_a_request_body_is_compatible() -> None:
    old = load_spec()
    new = copy.deepcopy(old)
    content = new["paths"][OFFERS_PATH]["post"]["requestBody"]["content"]
    content["application/x-www-form-urlencoded"] = copy.deepcopy(content["application/json"])

    assert _changes(old, new) == [
        (
            "createOffer: request body: media type(s) added: application/x-www-form-urlencoded",
            "request-media-type-added",
            False,
        )
    ]


def test_request_values_narrowed_to_an_enum_are_breaking_and_widened_enums_are_not() -> None:
    old = load_spec()
    narrowed = copy.deepcopy(old)
    schemas(narrowed)["OfferRequest"]["properties"]["name"]["enum"] = ["Summer", "Winter"]
    widened = copy.deepcopy(old)
    schemas(widened)["OfferRequest"]["properties"]["currency"]["enum"] = ["USD", "EUR", "GBP"]
    gained_in_response = copy.deepcopy(old)
    schemas(gained_in_response)["Offer"]["properties"]["name"]["enum"] = ["Summer"]  # not a request value

    assert _changes(old, narrowed) == [
        (f"{op}: request field name: now limited to the enum values: Summer, Winter  [BREAKING]", "enum-added", True)
        for op in ("createOffer", "updateOffer")
    ]
    assert _changes(old, widened) == [
        (f"{op}: request field currency: enum value(s) added: GBP", "enum-value-added", False)
        for op in ("createOffer", "updateOffer")
    ]
    assert _changes(old, gained_in_response) == []


# -- schemas that refer to each other -----------------------------------------------------------------


def _web(count: int, **extra: Any) -> dict[str, Any]:
    """A spec whose `count` schemas each refer to every other one; the response is the first."""
    names = [f"S{i}" for i in range(count)]
    web = {
        name: {
            "type": "object",
            "properties": {
                "id": {"type": "string"},
                **{f"to_{other}": {"$ref": f"#/components/schemas/{other}"} for other in names if other != name},
            },
        }
        for name in names
    }
    body = {"application/json": {"schema": {"$ref": "#/components/schemas/S0"}}}
    return {
        "openapi": "3.0.3",
        "info": {"title": "web", "version": "1"},
        "paths": {"/x": {"get": {"operationId": "getX", "responses": {"200": {"description": "OK", "content": body}}}}},
        "components": {"schemas": {**web, **extra}},
    }


def test_schemas_that_all_refer_to_each_other_diff_in_well_under_a_second(monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    old, new = _web(12), _web(12)
    new["components"]["schemas"]["S7"]["properties"]["id"] = {"type": "integer"}
    walk, steps = _specdiff._walk, [0]

    def counted(*args: Any) -> None:  # fails fast, rather than hanging, if the walk goes exponential again
        steps[0] += 1
        assert steps[0] < 5_000, "the field walk is exponential again"
        walk(*args)

    monkeypatch.setattr(_specdiff, "_walk", counted)
    started = time.perf_counter()
    changes = diff_specs(old, new).changes
    elapsed = time.perf_counter() - started

    assert elapsed < 0.5, f"{elapsed:.2f}s"
    assert [str(c) for c in changes] == [
        "getX: response field to_S1.to_S2.to_S3.to_S4.to_S5.to_S6.to_S7.id: type string -> integer  [BREAKING]"
    ]


def test_a_recursive_schema_used_by_two_fields_is_listed_under_both() -> None:
    """Each walk into a cycle lists it in full: a change inside shows wherever the cycle is used."""
    node = {
        "type": "object",
        "properties": {"value": {"type": "string"}, "next": {"$ref": "#/components/schemas/Node"}},
    }
    old = _web(1, Node=node)
    old["components"]["schemas"]["S0"]["properties"] |= {
        "first": {"$ref": "#/components/schemas/Node"},
        "last": {"$ref": "#/components/schemas/Node"},
    }
    new = copy.deepcopy(old)
    new["components"]["schemas"]["Node"]["properties"]["value"] = {"type": "integer"}

    assert [c.location for c in diff_specs(old, new).changes] == [
        "response field first.value",
        "response field last.value",
    ]
    fields = _specdiff._fields(old, {"$ref": "#/components/schemas/S0"})
    assert sorted(fields) == ["", "first", "first.next", "first.value", "id", "last", "last.next", "last.value"]


# -- the mapping itself ------------------------------------------------------------------------------


def test_every_operation_maps_to_its_generated_module_and_facade_name() -> None:
    names = _impact.generated_names(load_spec())
    tags = catalog()
    for label, (tag_module, module) in names.items():
        assert (GENERATED / "api" / tag_module / f"{module}.py").is_file(), label
        assert module in tags[attribute_name(tag_module)], label  # the facade's client.<tag>.<operation>


def test_every_request_and_response_field_maps_to_an_existing_model() -> None:
    """Guards the naming rules copied from the generator: an upgrade that renames models fails here."""
    spec = load_spec()
    operations = _specdiff._operations(spec)
    unmapped = []
    for label, op in _impact._operations(spec).items():
        diffable = operations[label]
        fields = {f"response field {name}" for name in _specdiff._response_fields(spec, diffable) if name}
        if diffable.body:
            body = _specdiff._fields(spec, _specdiff._body_schema(diffable.body.get("content")))
            fields |= {f"request field {name}" for name in body if name}
        for location in sorted(fields):
            models = _impact._models(spec, op, location)
            if not models or not all((GENERATED / "models" / f"{m}.py").is_file() for m in models):
                unmapped.append(f"{label}: {location} -> {models}")
    assert unmapped == []


def test_affected_code_reads_the_facade_without_importing_it(tmp_path: Path) -> None:
    facade = tmp_path / "integr8"
    (facade / "cli").mkdir(parents=True)
    (facade / "_opnames.py").write_text('LISTS: dict[str, tuple[str, str]] = {"offers": ("offers", "list_offers")}\n')
    (facade / "_use.py").write_text("from ._opnames import LISTS\n")
    (facade / "cli" / "_cmd.py").write_text('"""client.offers.list_offers in a docstring"""\nc.offers.list_offers()\n')
    old = load_spec()
    new = copy.deepcopy(old)
    param(new, OFFERS_PATH, "sort")["required"] = True

    (impact,) = affected_code(diff_specs(old, new).breaking, old, generated_root=GENERATED, facade_root=facade)

    assert impact.affects == (
        "integr8_client/api/offers/list_offers.py",
        "integr8/_opnames.py (LISTS['offers'])",
        "integr8/_use.py (imports LISTS)",
        "integr8/cli/_cmd.py (.offers.list_offers)",
    )


# -- regen.sh ----------------------------------------------------------------------------------------


def test_regen_fail_on_breaking_lists_the_affected_code_and_writes_nothing(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("openapi", "scripts", "generated", "facade"):
        shutil.copytree(ROOT / name, repo / name, ignore=ignore)
    shutil.copy2(ROOT / "pyproject.toml", repo / "pyproject.toml")
    spec_file = repo / "openapi" / "integr8.yaml"
    original = spec_file.read_bytes()
    new = yaml.load(original, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    del new["components"]["schemas"]["ConversionReportRow"]["properties"]["payout"]
    candidate = tmp_path / "candidate.json"  # regen.sh takes JSON too; and it is quick to read
    candidate.write_text(json.dumps(new))

    result = subprocess.run(
        ["bash", str(repo / "scripts" / "regen.sh"), "--from", str(candidate), "--fail-on-breaking"],
        cwd=repo,
        env={**os.environ, "REGEN_PYTHON": sys.executable},
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode == 1, result.stdout + result.stderr
    assert "getConversionReport: response field data.data.payout: removed" in result.stdout
    assert (
        "affects: integr8_client/api/reports/get_conversion_report.py, integr8_client/models/conversion_report_row.py, "
        "integr8/_opnames.py (REPORTS['conversions']), integr8/_client.py (imports REPORTS)"
    ) in result.stdout
    assert "Nothing was written" in result.stderr
    assert spec_file.read_bytes() == original
