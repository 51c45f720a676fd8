"""The OpenAPI spec as data, for the parts of the SDK that follow it at run time.

Why: the sandbox routes and validates by the spec, the contract tools compare traffic with it,
and the client holds every call's query parameters to the limits the spec states
(`operation_parameters`, read on the first call, not at `import integr8`).
`scripts/regen.sh` ships the spec inside the generated package as `integr8_client/openapi.json`
(JSON, so reading it needs no YAML library), which keeps the spec and the generated code in step:
`regen.sh --check` fails when either is stale.
"""

from __future__ import annotations

import json
import re
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


def normalized(name: str) -> str:
    """A name with case and punctuation dropped, the one key the spec's spelling and the
    generated code's share: `getOffer` and `get_offer`, `page[size]` and `pagesize`,
    `integrationID` and `integration_id`."""
    return re.sub(r"[^a-z0-9]", "", name.lower())


def resolve(node: Any, spec: dict[str, Any] | None = None) -> Any:
    """`node` with its local `$ref` (and those it points to) followed."""
    spec = spec if spec is not None else load_spec()
    for _ in range(50):
        ref = node.get("$ref") if isinstance(node, dict) else None
        if not isinstance(ref, str) or not ref.startswith("#/"):
            return node
        node = spec
        for part in ref[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
    raise ValueError("$ref chain longer than 50 links")


@lru_cache(maxsize=1)
def _parameters_by_operation() -> dict[str, tuple[dict[str, Any], ...]]:
    spec = load_spec()
    found: dict[str, tuple[dict[str, Any], ...]] = {}
    for item in spec["paths"].values():
        shared = [resolve(p, spec) for p in item.get("parameters", ())]
        for method, op in item.items():
            if method not in METHODS:
                continue
            own = [resolve(p, spec) for p in op.get("parameters", ())]
            names = {(p["in"], p["name"]) for p in own}
            params = own + [p for p in shared if (p["in"], p["name"]) not in names]
            found[normalized(op["operationId"])] = tuple(
                {**p, "schema": resolve(p.get("schema", {}), spec)} for p in params
            )
    return found


def operation_parameters(name: str) -> tuple[dict[str, Any], ...]:
    """The parameters of the operation `name` (`get_offer` or `getOffer`), path-level ones
    included, `$ref`s of parameters and their schemas followed; `()` for an unknown name.
    Read from the spec on first use, then cached."""
    return _parameters_by_operation().get(normalized(name), ())
