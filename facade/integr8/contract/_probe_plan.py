"""What the probe calls, in which order, and with which values: read from the spec, no I/O.

Why from the spec rather than from the generated client: the probe checks the spec, so it must
send what the spec says (a `--spec FILE` newer than the installed client included), and the
requests still go through the SDK client's own httpx client, auth and retry policy.

Order: GET operations by how many path parameters they have, then in spec order. An operation
can only use ids from operations with fewer path parameters, and those ran before it: lists of
top-level collections first, then their items and nested lists, and so on down. Operations that
need a value from an item (`artifact_name`) come last, when every item has been seen.

Where values come from (the first rule that gives one wins):

Path parameters
  1. given: `integration_id=` for `integrationID`, `ids={"organizationID": ...}` for others;
  2. the parent collection: `{offerID}` in `.../offers/{offerID}` is the `id` of the first item
     that the list at `.../offers` returned (nested collections thus use the parent's first item);
  3. a field of an item already seen: `{organizationID}` from an item's `organization_id` or
     `organization` field, `{integrationID}` from an `integration_id` field.
Query parameters
  - `page[size]`: 1, whenever the operation has it; `page[number]` and the cursors: never sent;
  - `integration_id`: as `integrationID` above;
  - `start_time`/`end_time`: the 24 hours before `window_end` (default: now, UTC);
  - `artifact_name`, `token`: an export already seen (`artifact.name`, `guest_token`);
  - any other required one: its default, else the first value of its enum.
An operation some required value is missing for is reported `not_probed`, naming the value.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import quote

import attrs

from integr8._spec import METHODS

from ._refs import resolve

API_TIME_FORMAT = "%Y-%m-%d %H:%M:%S"  # the spec's pattern for start_time/end_time
WINDOW = dt.timedelta(hours=24)

# Query parameters filled from an item the probe has already seen, by field path.
FROM_ITEMS: dict[str, tuple[str, ...]] = {"artifact_name": ("artifact", "name"), "token": ("guest_token",)}


@attrs.frozen
class Endpoint:
    """One operation of the spec, as the probe sees it."""

    operation_id: str
    tag: str
    method: str  # upper case
    path: str  # the template
    inferred: bool
    public: bool  # `security: []`: answered without the key
    paginated: str | None  # x-pagination: "numbered", "cursor" or None
    parameters: tuple[Mapping[str, Any], ...] = attrs.field(repr=False, eq=False)

    @property
    def path_params(self) -> tuple[str, ...]:
        return tuple(re.findall(r"{([^}]+)}", self.path))

    @property
    def is_list(self) -> bool:
        """A numbered list of a collection: its items' ids feed `<path>/{id}` operations."""
        return self.paginated == "numbered"


def endpoints(spec: Mapping[str, Any]) -> list[Endpoint]:
    """Every operation of the spec, in spec order (parameters of the path item included)."""
    out = []
    for path, item in (spec.get("paths") or {}).items():
        shared = [resolve(spec, p) for p in item.get("parameters", ())]
        for method, op in item.items():
            if method not in METHODS or not isinstance(op, Mapping):
                continue
            own = [resolve(spec, p) for p in op.get("parameters", ())]
            names = {(p.get("in"), p.get("name")) for p in own}
            params = tuple(own + [p for p in shared if (p.get("in"), p.get("name")) not in names])
            tags = op.get("tags") or ["default"]
            out.append(
                Endpoint(
                    operation_id=str(op.get("operationId") or f"{method.upper()} {path}"),
                    tag=str(tags[0]),
                    method=method.upper(),
                    path=path,
                    inferred=bool(op.get("x-inferred")),
                    public=op.get("security") == [],
                    paginated=op.get("x-pagination"),
                    parameters=params,
                )
            )
    return out


def probe_order(found: Iterable[Endpoint]) -> list[Endpoint]:
    """The GET operations, producers of values before their consumers (see the module docstring)."""
    gets = [e for e in found if e.method == "GET"]
    return sorted(gets, key=lambda e: (_needs_items(e), len(e.path_params)))  # stable: spec order otherwise


def _needs_items(endpoint: Endpoint) -> bool:
    """Takes a required value from an item seen earlier (`artifact_name`): goes after every list and get."""
    return any(
        p.get("in") == "query" and p.get("name") in FROM_ITEMS and p.get("required") for p in endpoint.parameters
    )


def parent_collection(endpoint: Endpoint, param: str) -> str:
    """The template of the collection whose items `{param}` names: the path before `/{param}`."""
    return endpoint.path.split(f"/{{{param}}}", 1)[0]


def producers(found: Iterable[Endpoint], wanted: Iterable[Endpoint]) -> set[str]:
    """operationIds of the list operations `wanted` needs ids from, transitively."""
    lists = {e.path: e for e in found if e.is_list and e.method == "GET"}
    out: set[str] = set()
    todo = list(wanted)
    while todo:
        endpoint = todo.pop()
        for param in endpoint.path_params:
            parent = lists.get(parent_collection(endpoint, param))
            if parent is not None and parent.operation_id not in out and parent is not endpoint:
                out.add(parent.operation_id)
                todo.append(parent)
    return out


@attrs.define
class Known:
    """What the probe knows so far: ids given, lists' first items, every item seen."""

    window_end: dt.datetime
    ids: dict[str, str] = attrs.field(factory=dict)  # path parameter -> value, as given
    first_items: dict[str, Mapping[str, Any]] = attrs.field(factory=dict)  # list template -> item
    lists: dict[str, str] = attrs.field(factory=dict)  # list template -> operationId
    list_trouble: dict[str, str] = attrs.field(factory=dict)  # list template -> why it gave no id
    items: list[Mapping[str, Any]] = attrs.field(factory=list)  # every item seen, in order

    def saw_list(self, endpoint: Endpoint, items: list[Any]) -> None:
        self.lists[endpoint.path] = endpoint.operation_id
        first = next((i for i in items if isinstance(i, Mapping)), None)
        if first is None:
            self.list_trouble[endpoint.path] = f"{endpoint.operation_id} returned no items"
        else:
            self.first_items[endpoint.path] = first
            self.items.append(first)

    def list_failed(self, endpoint: Endpoint, outcome: str) -> None:
        self.lists[endpoint.path] = endpoint.operation_id
        self.list_trouble[endpoint.path] = f"{endpoint.operation_id} was {outcome}"

    def saw_item(self, item: Any) -> None:
        if isinstance(item, Mapping):
            self.items.append(item)


@attrs.frozen
class Filled:
    """A request to send: the concrete path and query (wire names)."""

    path: str
    query: dict[str, str]
    # (path parameter, list operationId) when the parent list just returned the last id: the 404 heuristic.
    id_from_list: tuple[str, str] | None = None
    # Parameters (path, or query such as `integration_id`) whose values the user gave, not discovered:
    # a 404 may be about them rather than the path.
    given: tuple[str, ...] = ()


def fill(endpoint: Endpoint, known: Known) -> Filled | str:
    """The request for `endpoint`, or why it cannot be made (a `not_probed` reason)."""
    path = endpoint.path
    id_from_list = None
    given = []
    for param in endpoint.path_params:
        value, source = _path_value(endpoint, param, known)
        if value is None:
            return source
        if source == "given":
            given.append(param)
        elif source != "item":
            id_from_list = (param, source)
        path = path.replace(f"{{{param}}}", quote(value, safe=""))
    query: dict[str, str] = {}
    from_item = _item_for(endpoint, known)
    for spec_param in endpoint.parameters:
        if spec_param.get("in") != "query":
            continue
        name = str(spec_param["name"])
        value = _query_value(name, spec_param, known, from_item)
        if value is not None:
            query[name] = value
            if name == "integration_id" and value == known.ids.get("integrationID"):
                given.append(name)
        elif spec_param.get("required"):
            return f"no value for the required query parameter {name}" + _hint(name, in_path=False)
    return Filled(path, query, id_from_list, tuple(given))


def _path_value(endpoint: Endpoint, param: str, known: Known) -> tuple[str | None, str]:
    """(value, where from: "given", "item" or the list's operationId), or (None, why not)."""
    if known.ids.get(param):
        return known.ids[param], "given"
    parent = parent_collection(endpoint, param)
    item = known.first_items.get(parent)
    if item is not None:
        value = item.get("id")
        if isinstance(value, (str, int)) and str(value):
            return str(value), known.lists[parent]
        return None, f"no {param}: the items of {known.lists[parent]} have no id"
    if parent in known.list_trouble:
        return None, f"no {param}: {known.list_trouble[parent]}"
    value = _field_value(param, known)
    if value is not None:
        return value, "item"
    return None, f"no value for the path parameter {param}" + _hint(param, in_path=True)


def _field_value(param: str, known: Known) -> str | None:
    """`organizationID` -> the first `organization_id` or `organization` text field seen."""
    stem = re.sub(r"_?(ID|Id|id)$", "", param)
    stem = re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", stem).lower()
    for item in known.items:
        for field in (f"{stem}_id", stem):
            value = item.get(field)
            if isinstance(value, str) and value:
                return value
    return None


def _query_value(name: str, param: Mapping[str, Any], known: Known, item: Mapping[str, Any] | None) -> str | None:
    schema = param.get("schema") or {}
    if name == "page[size]":
        return "1"
    if name == "integration_id":
        return known.ids.get("integrationID") or _field_value("integrationID", known)
    if name in ("start_time", "end_time"):
        end = known.window_end.astimezone(dt.UTC).replace(microsecond=0)
        return (end - WINDOW if name == "start_time" else end).strftime(API_TIME_FORMAT)
    if name in FROM_ITEMS:
        return _dig(item, FROM_ITEMS[name]) if item is not None else None
    if not param.get("required"):
        return None
    if "default" in schema:
        return _text(schema["default"])
    if schema.get("enum"):
        return _text(schema["enum"][0])
    return None


def _item_for(endpoint: Endpoint, known: Known) -> Mapping[str, Any] | None:
    """The first item seen that has every required FROM_ITEMS value this endpoint asks for."""
    needed = [
        FROM_ITEMS[str(p["name"])]
        for p in endpoint.parameters
        if p.get("in") == "query" and p.get("name") in FROM_ITEMS and p.get("required")
    ]
    if not needed:
        return None
    return next((item for item in known.items if all(_dig(item, path) for path in needed)), None)


def _dig(item: Mapping[str, Any], path: tuple[str, ...]) -> str | None:
    value: Any = item
    for part in path:
        value = value.get(part) if isinstance(value, Mapping) else None
    return value if isinstance(value, str) and value else None


def _text(value: Any) -> str:
    return ("true" if value else "false") if isinstance(value, bool) else str(value)


def _hint(name: str, *, in_path: bool) -> str:
    if name in ("integrationID", "integration_id"):
        return " (pass --integration)"
    if name == "artifact_name":
        return " (no export with an artifact was listed)"
    return f" (pass --id {name}=VALUE)" if in_path else ""
