"""Helper of scripts/regen.sh (run with the venv's Python; not part of the SDK).

    _optable.py SPEC_JSON DEST

Writes DEST (shipped as `integr8_client/operation_parameters.json`): per operation (keyed by
its normalized operationId, `listoffers`), the path and query parameters the client checks each
call against, exactly as `integr8._spec` computes them from the whole spec (`$ref`s followed,
path-level parameters merged). `integr8._operations` reads this small table (~40 KB) on the first
call of an operation instead of parsing the whole spec (~360 KB of JSON, ~10 ms), which only the
sandbox and the contract tools need.

Why computed by `_spec`'s own code: one rule, so the table cannot drift from what the spec says;
tests/test_startup.py checks the shipped table against `_spec` reading the shipped spec. The
module is loaded by file path (like scripts/_speccheck.py does), so regenerating never imports
the `integr8` package, which imports the generated client that may be what is being replaced.

Deterministic: keys sorted, no whitespace, one trailing newline; `regen.sh --check` compares it
like every other generated file.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def table(spec: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """The parameters of every operation of `spec`, as `integr8._spec.operation_parameters` gives them."""
    found = importlib.util.spec_from_file_location("_integr8_spec", ROOT / "facade" / "integr8" / "_spec.py")
    assert found is not None and found.loader is not None
    module = importlib.util.module_from_spec(found)
    found.loader.exec_module(module)
    module.load_spec = lambda: spec  # the spec being generated, not the installed one
    return {name: list(params) for name, params in module._parameters_by_operation().items()}


def render(spec: dict[str, Any]) -> str:
    return json.dumps(table(spec), sort_keys=True, separators=(",", ":"), ensure_ascii=False) + "\n"


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    spec = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    Path(argv[1]).write_text(render(spec), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
