"""Fast start (issue 18): what a new process imports, checked on `sys.modules` in fresh
interpreters. How long it takes is measured by `make bench` (bench/startup.py), never here.

- `integr8_client.models` names every model but imports a model's module on first use, so the
  first call of an operation loads the models that operation needs, not all of them.
- `import integr8` is nearly free: its names are imported on first use.
- `integr8 --help`, and every command's `--help`, import no part of the SDK's client, no
  generated code and not httpx; the console script's help pages also skip the two rich modules
  typer imports but this CLI never uses (`integr8.cli._lighthelp`).
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import integr8
import integr8_client.models

pytestmark = pytest.mark.slow  # fresh interpreters

# What a help page must not import: the client and what it brings, the generated code, httpx.
SDK_MODULES = ("httpx", "integr8._client", "integr8._core", "integr8.errors", "integr8_client")


def run_python(code: str) -> object:
    """Run `code` in a fresh interpreter; it prints one JSON value as its last line of stdout."""
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def loaded(modules: object, prefixes: tuple[str, ...]) -> list[str]:
    assert isinstance(modules, list)
    return sorted(m for m in modules if m in prefixes or m.startswith(tuple(p + "." for p in prefixes)))


# -- the first call loads the models it needs --------------------------------------------------


def _models_imported_by(module: str, seen: set[str]) -> set[str]:
    """Model modules `module` imports anywhere in its source (top, bottom, inside functions),
    and those they import in turn: every model the module could ever need."""
    spec_path = Path(integr8_client.models.__file__).parent.parent.joinpath(*module.split(".")[1:])
    path = spec_path.with_suffix(".py") if spec_path.with_suffix(".py").exists() else spec_path / "__init__.py"
    package = module.rsplit(".", 1)[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.ImportFrom) or node.module is None:
            continue
        base = package.split(".")
        if node.level:
            base = base[: len(base) - node.level + 1]
        target = ".".join([*base, node.module]) if node.level else node.module
        if target.startswith("integr8_client.models.") and target not in seen:
            seen.add(target)
            _models_imported_by(target, seen)
    return seen


def test_the_first_call_imports_only_the_models_it_needs() -> None:
    out = run_python(
        """
        import json, sys
        from integr8 import Integr8
        from integr8.testing import Sandbox, SandboxTransport

        sb = Sandbox(seed=0)
        client = Integr8(api_key=sb.api_key, base_url=sb.base_url, transport=SandboxTransport(sb))
        before = sorted(sys.modules)
        page = client.offers.list_offers(integration_id=sb.integration_id, pagesize=5)
        assert len(page.data) == 5
        print(json.dumps({"before": before, "after": sorted(sys.modules)}))
        """
    )
    assert isinstance(out, dict)
    assert loaded(out["before"], ("integr8_client.models",)) == []  # nothing before the first call
    models = set(loaded(out["after"], ("integr8_client.models",))) - {"integr8_client.models"}
    needed = _models_imported_by("integr8_client.api.offers.list_offers", set())
    assert "integr8_client.models.offer_list" in models
    assert models <= needed, f"models the call does not need: {sorted(models - needed)}"
    assert len(needed) < len(integr8_client.models.__all__) / 4  # the check above means something


def test_the_models_package_names_every_model_and_imports_none() -> None:
    out = run_python(
        """
        import json, sys
        import integr8_client.models as models
        before = [m for m in sys.modules if m.startswith("integr8_client.models.")]
        offer = models.Offer
        print(json.dumps({"before": before, "offer": offer.__module__, "dir": "Offer" in dir(models)}))
        """
    )
    assert out == {"before": [], "offer": "integr8_client.models.offer", "dir": True}
    # Every name of __all__ resolves to the class of the same name, as `import *` wants.
    for name in integr8_client.models.__all__:
        assert getattr(integr8_client.models, name).__name__ == name
    with pytest.raises(AttributeError, match="NoSuchModel"):
        integr8_client.models.NoSuchModel  # noqa: B018


def test_the_operation_catalog_imports_no_generated_module() -> None:
    out = run_python(
        """
        import json, sys
        from integr8._operations import catalog
        tags = catalog()
        print(json.dumps({
            "operations": sum(len(ops) for ops in tags.values()),
            "loaded": [m for m in sys.modules if m.startswith(("integr8_client.api.", "integr8_client.models"))],
        }))
        """
    )
    assert isinstance(out, dict)
    assert out["loaded"] == []
    assert out["operations"] > 50


def test_the_first_list_call_loads_no_feature_module_and_not_the_whole_spec() -> None:
    """A process that lists offers loads neither the export, conversion and time-window modules
    (nor what they bring: zoneinfo, zipfile, threads) nor the whole spec: the parameters of the
    operation come from the small generated table (`integr8._operations.parameter_table`)."""
    out = run_python(
        """
        import json, sys
        import httpx
        from integr8 import Integr8

        body = {"data": [], "meta": {"total_count": 0, "total_page": 1}}
        transport = httpx.MockTransport(lambda request: httpx.Response(200, json=body))
        client = Integr8(api_key="k" * 32, transport=transport)
        page = client.offers.list_offers(integration_id="5271fd6b194cbe633fa794c4", pagesize=5)
        assert page.data == [], page
        spec = sys.modules.get("integr8._spec")
        print(json.dumps({
            "modules": sorted(sys.modules),
            "spec_read": spec is not None and spec.load_spec.cache_info().currsize > 0,
        }))
        """
    )
    assert isinstance(out, dict)
    features = ("integr8._conversions", "integr8._exports", "integr8._times", "integr8._spool", "integr8._zipcheck")
    assert loaded(out["modules"], features) == []
    assert loaded(out["modules"], ("zoneinfo", "zipfile", "concurrent.futures", "pkgutil")) == []
    assert out["spec_read"] is False


def test_the_operation_table_lists_exactly_the_generated_operation_modules() -> None:
    """`catalog()` reads the generated `OPERATION_MODULES`: it names every module under the tag
    folders of `integr8_client.api`, and nothing else."""
    import os
    import pkgutil

    import integr8_client.api as api
    from integr8._operations import API_PACKAGE, attribute_name, catalog

    found: dict[str, dict[str, str]] = {}
    for tag in pkgutil.iter_modules(api.__path__):
        if tag.ispkg:
            folders = [os.path.join(folder, tag.name) for folder in api.__path__]
            found[attribute_name(tag.name)] = {
                op.name: f"{API_PACKAGE}.{tag.name}.{op.name}" for op in pkgutil.iter_modules(folders)
            }
    assert catalog() == found
    assert sum(len(ops) for ops in found.values()) > 50


def test_the_generated_parameter_table_is_what_the_spec_says() -> None:
    """scripts/regen.sh writes each operation's parameters beside the spec it ships
    (scripts/_optable.py); they are exactly what `integr8._spec` reads from that spec."""
    from integr8._operations import parameter_table
    from integr8._spec import _parameters_by_operation

    from_spec = {name: list(params) for name, params in _parameters_by_operation().items()}
    assert parameter_table() == from_spec
    assert [p["name"] for p in from_spec["listoffers"]] == ["integrationID", "page[number]", "page[size]", "sort"]


def test_without_the_table_the_parameters_come_from_the_spec(monkeypatch: pytest.MonkeyPatch) -> None:
    """A generated package without the table (made before it existed) still has every check."""
    from integr8 import _operations

    shipped = _operations.parameter_table()
    monkeypatch.setattr(_operations, "PARAMETER_TABLE", "no-such-table.json")
    _operations.parameter_table.cache_clear()
    try:
        assert _operations.parameter_table() == shipped
        info = _operations.OperationInfo("offers", "list_offers", _operations.catalog()["offers"]["list_offers"])
        assert [(p.arg, p.wire) for p in info.spec_params] == [
            ("integration_id", "integrationID"),
            ("pagenumber", "page[number]"),
            ("pagesize", "page[size]"),
            ("sort", "sort"),
        ]
    finally:
        _operations.parameter_table.cache_clear()


def test_the_regen_step_writes_the_table_from_a_spec_deterministically(tmp_path: Path) -> None:
    """scripts/_optable.py: the same spec gives the same bytes, and the table follows the spec."""
    import importlib.util

    import integr8_client

    root = Path(__file__).resolve().parents[1]
    found = importlib.util.spec_from_file_location("_optable_under_test", root / "scripts" / "_optable.py")
    assert found is not None and found.loader is not None
    optable = importlib.util.module_from_spec(found)
    found.loader.exec_module(optable)
    shipped = Path(integr8_client.__file__).parent
    spec = json.loads((shipped / "openapi.json").read_text(encoding="utf-8"))
    assert optable.render(spec) == (shipped / "operation_parameters.json").read_text(encoding="utf-8")
    assert optable.render(spec) == optable.render(json.loads(json.dumps(spec)))
    path_item = spec["paths"]["/api/v2/integrations/{integrationID}/offers"]
    path_item["get"]["parameters"] = [p for p in path_item["get"]["parameters"] if p.get("name") != "sort"]
    names = [p["name"] for p in json.loads(optable.render(spec))["listoffers"]]
    assert names == ["integrationID", "page[number]", "page[size]"]


# -- import integr8 ------------------------------------------------------------------------------


def test_import_integr8_imports_neither_the_client_nor_httpx() -> None:
    modules = run_python("import json, sys, integr8; print(json.dumps(sorted(sys.modules)))")
    assert loaded(modules, SDK_MODULES) == []


def test_every_public_name_of_integr8_still_works() -> None:
    from integr8 import _client, _conversions, _exports, _retry, errors

    homes = [_client, _conversions, _exports, _retry, errors]
    for name in integr8.__all__:
        value = getattr(integr8, name)
        if name == "errors":
            assert value is errors
        elif name != "__version__":
            assert any(getattr(home, name, None) is value for home in homes), name
    assert set(integr8.__all__) <= set(dir(integr8))
    with pytest.raises(AttributeError, match="no attribute 'Integr9'"):
        integr8.Integr9  # noqa: B018


# -- integr8 --help ------------------------------------------------------------------------------


def test_help_pages_import_no_sdk_module_and_no_httpx() -> None:
    """Every command's --help (drawn in one interpreter: what any of them imports shows at the end)."""
    out = run_python(
        """
        import json, sys
        from typer.main import get_command
        from typer.testing import CliRunner
        from integr8.cli import app

        def paths(command, path=()):
            found = [path]
            for name, sub in getattr(command, "commands", {}).items():
                found += paths(sub, (*path, name))
            return found

        drawn = []
        for path in paths(get_command(app)):
            result = CliRunner().invoke(app, [*path, "--help"])
            assert result.exit_code == 0 and "Usage" in result.output, (path, result.output)
            drawn.append(" ".join(path))
        print(json.dumps({"drawn": drawn, "modules": sorted(sys.modules)}))
        """
    )
    assert isinstance(out, dict)
    assert {"", "list", "export clicks", "conversions update", "demo"} <= set(out["drawn"])
    assert loaded(out["modules"], SDK_MODULES) == []


def test_the_console_script_help_imports_no_sdk_module_nor_markdown() -> None:
    out = run_python(
        """
        import contextlib, io, json, sys
        from integr8.cli import main

        sys.argv = ["integr8", "--help"]
        page = io.StringIO()
        with contextlib.redirect_stdout(page):
            try:
                main()
            except SystemExit as done:
                assert done.code in (0, None), done.code
        print(json.dumps({"page": page.getvalue(), "modules": sorted(sys.modules)}))
        """
    )
    assert isinstance(out, dict)
    assert "Usage: integr8" in out["page"] and "Exit codes" in out["page"]
    assert loaded(out["modules"], SDK_MODULES) == []
    assert loaded(out["modules"], ("rich.markdown", "markdown_it", "rich.traceback")) == []


def test_typers_help_without_markdown_still_has_the_real_classes_on_use() -> None:
    """The stand-ins leave sys.modules at once, and what typer kept hands over to the real class."""
    out = run_python(
        """
        import json, sys
        from integr8.cli._lighthelp import import_typer_help

        import_typer_help()
        import typer.rich_utils as ru
        absent = [m for m in ("rich.markdown", "rich.traceback") if m in sys.modules]
        markdown = ru.Markdown("**x**")
        try:
            raise ValueError("x")
        except ValueError as exc:
            traceback = ru.Traceback.from_exception(type(exc), exc, exc.__traceback__)
        import rich.markdown, rich.traceback
        print(json.dumps({
            "absent": absent,
            "markdown": isinstance(markdown, rich.markdown.Markdown),
            "traceback": isinstance(traceback, rich.traceback.Traceback),
        }))
        """
    )
    assert out == {"absent": [], "markdown": True, "traceback": True}


def test_the_clis_date_forms_are_the_sdks() -> None:
    """The CLI spells the SDK's date forms out (its help is built before any SDK module loads)."""
    from integr8._times import DATE_FORMS
    from integr8.cli._values import DATE_FORMATS_HELP

    assert DATE_FORMATS_HELP == DATE_FORMS


def test_building_a_client_imports_no_difflib() -> None:
    """The did-you-mean helpers (filters, operators, statuses) load difflib on their error paths only."""
    code = "import sys; from integr8 import Integr8; Integr8(api_key='k'); print('difflib' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False", result.stderr
