"""The regeneration drill (issue 17): a compatible spec change is adopted, and the suites that
touch the spec pass with no other edit.

Users regenerate the client when Integr8 changes its spec and gate their CI on our suite; a
compatible change must not turn it red. The drill works on a copy of this checkout: it applies
one change of each compatible kind to the spec (a new optional field on a response model, a
new optional query parameter, a new list operation under an existing tag, a new tag with its
own operation, a new value in a request-side enum), as Integr8 would ship it (no `x-inferred`
marks: `info.x-transcription` off), adopts it with `scripts/regen.sh --from`, checks that the
new operations appear typed on the client (mypy), and runs the spec-facing suites (client
bindings, conformance, contract, probe, reference coverage, cassette replay) against the copy.
"""

from __future__ import annotations

import copy
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
SUITES = [
    "tests/test_typed_api.py",
    "tests/test_conformance.py",
    "tests/test_contract.py",
    "tests/test_contract_tools_probe.py",
    "tests/test_spec_coverage.py",
    "tests/test_recorded.py",
    "tests/test_client_core.py",
]
ERROR_RESPONSES = ("400", "401", "402", "403", "404", "429", "500", "502", "503", "504")


def _operation(base: dict[str, Any], op_id: str, tag: str, summary: str, schema_ref: str) -> dict[str, Any]:
    """A GET operation shaped like the spec's own (its documented errors included)."""
    return {
        "tags": [tag],
        "summary": summary,
        "operationId": op_id,
        "description": f"{summary} (added by the regeneration drill).",
        "parameters": [copy.deepcopy(p) for p in base["parameters"] if p.get("in") == "path"],
        "responses": {
            "200": {
                "description": "OK",
                "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema_ref}"}}},
            },
            **{code: copy.deepcopy(base["responses"][code]) for code in ERROR_RESPONSES},
        },
    }


def compatible_change(spec: dict[str, Any]) -> dict[str, Any]:
    """`spec` with one compatible change of each kind (see the module docstring)."""
    new = copy.deepcopy(spec)
    new["info"]["x-transcription"] = False  # Integr8's own spec: more than the page is allowed
    schemas = new["components"]["schemas"]
    paths = new["paths"]
    list_offers_path, list_offers = next(
        (path, item["get"]) for path, item in paths.items() if item.get("get", {}).get("operationId") == "listOffers"
    )
    # A new optional field on a response model.
    schemas["Offer"]["properties"]["drill_note"] = {"type": "string", "description": "Added by the drill."}
    # A new optional query parameter on an existing operation.
    list_offers["parameters"].append(
        {"name": "include_archived", "in": "query", "required": False, "schema": {"type": "boolean"}}
    )
    # A new list operation (numbered pages) under an existing tag.
    schemas["DrillNote"] = {
        "type": "object",
        "properties": {"id": {"type": "string"}, "text": {"type": "string"}, "created_at": {"type": "string"}},
    }
    schemas["DrillNoteList"] = {
        "type": "object",
        "properties": {
            "data": {"type": "array", "items": {"$ref": "#/components/schemas/DrillNote"}},
            "meta": {"$ref": "#/components/schemas/ListMeta"},
        },
    }
    notes = _operation(list_offers, "listOfferDrillNotes", "Offers", "List Offer Drill Notes", "DrillNoteList")
    paging = [copy.deepcopy(p) for p in list_offers["parameters"] if p["name"] in ("page[number]", "page[size]")]
    notes["parameters"] += paging
    notes["x-pagination"] = "numbered"
    paths[list_offers_path + "/drill-notes"] = {"get": notes}
    # A new tag with its own operation.
    new["tags"].append({"name": "DrillStats", "description": "Added by the drill."})
    schemas["DrillStats"] = {"type": "object", "properties": {"offers": {"type": "integer"}}}
    stats = _operation(list_offers, "getDrillStats", "DrillStats", "Get Drill Stats", "DrillStats")
    paths[list_offers_path.rsplit("/", 1)[0] + "/drill-stats"] = {"get": stats}
    # A new value in a request-side enum (the first query parameter that has one).
    enum = next(
        schema["enum"]
        for item in paths.values()
        for op in item.values()
        if isinstance(op, dict)
        for p in op.get("parameters", [])
        if p.get("in") == "query" and isinstance(schema := p.get("schema", {}), dict) and "enum" in schema
    )
    enum.append("DrillValue")
    return new


TYPED_USE = """
from typing import assert_type

from integr8 import AsyncIntegr8, Integr8
from integr8.pagination import Paginator
from integr8_client.models import DrillNote, DrillStats, OfferList


def use(client: Integr8) -> None:
    notes = client.paginate(client.offer.list_offer_drill_notes, integration_id="i")
    assert_type(notes, Paginator[DrillNote])
    assert_type(client.drill_stats.get_drill_stats("i"), DrillStats)
    assert_type(client.offers.list_offers("i", include_archived=True), OfferList)
    client.drill_stats.get_drill_stats("i", include_archived=True)  # not a parameter of it: an error


async def use_async(client: AsyncIntegr8) -> None:
    assert_type(await client.drill_stats.get_drill_stats("i"), DrillStats)
"""


@pytest.mark.slow
def test_a_compatible_spec_change_is_adopted_and_the_spec_suites_pass(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    shutil.copytree(
        ROOT,
        repo,
        ignore=shutil.ignore_patterns(
            ".venv", ".git", "__pycache__", ".mypy_cache", ".pytest_cache", ".ruff_cache", "*.egg-info", "build"
        ),
    )
    spec = yaml.safe_load((repo / "openapi" / "integr8.yaml").read_text(encoding="utf-8"))
    new_spec = tmp_path / "integr8-new.yaml"
    new_spec.write_text(yaml.safe_dump(compatible_change(spec), sort_keys=False, allow_unicode=True), "utf-8")
    env = {
        **os.environ,
        "REGEN_PYTHON": sys.executable,  # regen.sh's toolchain: this venv's generator and ruff
        "PYTHONPATH": os.pathsep.join([str(repo / "facade"), str(repo / "generated"), str(repo / "tests")]),
        "MYPYPATH": os.pathsep.join([str(repo / "facade"), str(repo / "generated")]),
        "PYTHONDONTWRITEBYTECODE": "1",
    }

    regen = subprocess.run(
        ["bash", "scripts/regen.sh", "--from", str(new_spec), "--fail-on-breaking"],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert regen.returncode == 0, regen.stdout[-4000:] + regen.stderr[-4000:]
    generated = repo / "generated" / "integr8_client"
    assert (generated / "api" / "offers" / "list_offer_drill_notes.py").is_file()
    assert (generated / "api" / "drill_stats" / "get_drill_stats.py").is_file()

    where = subprocess.run(
        [sys.executable, "-c", "import integr8, integr8_client; print(integr8.__file__, integr8_client.__file__)"],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert all(path.startswith(str(repo)) for path in where.stdout.split()), where.stdout  # the copy, not us

    # The new operations are typed on the client with no facade change.
    use = tmp_path / "use_new_spec.py"
    use.write_text(textwrap.dedent(TYPED_USE).replace("client.offer.", "client.offers."), "utf-8")
    mypy = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", os.devnull, str(use)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    errors = [line for line in mypy.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 1 and "include_archived" in errors[0], mypy.stdout[-4000:]

    suites = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-x", *SUITES],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert suites.returncode == 0, suites.stdout[-6000:] + suites.stderr[-2000:]
