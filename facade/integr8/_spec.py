"""The OpenAPI spec as data, for the parts of the SDK that follow it at run time.

Why: the sandbox routes and validates by the spec, and the contract tools compare traffic with it.
`scripts/regen.sh` ships the spec inside the generated package as `integr8_client/openapi.json`
(JSON, so reading it needs no YAML library), which keeps the spec and the generated code in step:
`regen.sh --check` fails when either is stale.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources
from typing import Any

METHODS = ("get", "put", "post", "delete", "patch")


@lru_cache(maxsize=1)
def load_spec() -> dict[str, Any]:
    """The spec the installed `integr8_client` was generated from (parsed once, then cached)."""
    data = resources.files("integr8_client").joinpath("openapi.json").read_text(encoding="utf-8")
    spec: dict[str, Any] = json.loads(data)
    return spec


def iter_operations(spec: dict[str, Any] | None = None) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Yield `(method, path_template, operation)` for every operation, in spec order."""
    spec = spec if spec is not None else load_spec()
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if method in METHODS:
                yield method, path, op
