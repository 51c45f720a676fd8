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
