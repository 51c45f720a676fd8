"""Which operations are plain CRUD, on which collection, read off the spec.

Why: the sandbox should follow the spec, not a hand-kept table. A collection is a path whose
GET is a numbered list (`x-pagination: numbered`); its items live at `collection/{param}`; the
method tells the rest (POST create, PATCH bulk status, DELETE bulk delete on the collection,
POST `collection/bulk` bulk create; GET, PUT/PATCH, DELETE on the item; any other method on the
item is no CRUD and is left to the synthesiser). A delete whose text
says the object is archived archives it. A collection without a create of its own whose items
have the schema of another collection (the organization-wide publisher sub IDs) is a view of it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ._checks import Spec
from ._routes import Router

Schema = Mapping[str, Any]


@dataclass
class Resource:
    collection: str  # path template of the collection, also the store key
    item_schema: str | None  # component schema name of one item
    item_properties: Mapping[str, Any] = field(repr=False)
    parents: tuple[str, ...] = ()  # path parameters of the collection
    item_param: str | None = None  # path parameter naming one item
    archivable: bool = False
    create_schema: Schema | None = field(default=None, repr=False)
    view_of: str | None = None  # collection whose objects this one shows

    @property
    def incremental(self) -> bool:
        return "incremental_id" in self.item_properties

    @property
    def label(self) -> str:
        """Human name of one item, for messages (`csapi.PublisherSubID` -> `PublisherSubID`)."""
        return (self.item_schema or "object").rsplit(".", 1)[-1]


@dataclass(frozen=True)
class Binding:
    kind: str  # list, create, get, update, delete, bulk_status, bulk_delete, bulk_create
    resource: Resource


def snake(param: str) -> str:
    """Path parameter to field name: `integrationID` -> `integration_id`."""
    name = re.sub(r"ID(?=$|_)", "Id", param)
    name = re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name)
    return name.lower()


def derive(spec: Spec, router: Router) -> tuple[dict[str, Resource], dict[str, Binding]]:
    """All collections of the spec and the CRUD operation bound to each of them."""
    by_template: dict[str, dict[str, Any]] = {}
    for route in router.routes.values():
        by_template.setdefault(route.template, {})[route.method] = route
    resources: dict[str, Resource] = {}
    bindings: dict[str, Binding] = {}
    for template, methods in by_template.items():
        lister = methods.get("GET")
        if lister is None or lister.operation.get("x-pagination") != "numbered":
            continue
        item_ref = list_item_ref(spec, lister.operation)
        props = spec.resolve(item_ref).get("properties", {}) if item_ref else {}
        res = Resource(
            collection=template,
            item_schema=spec.ref_name(item_ref) if item_ref else None,
            item_properties=props,
            parents=lister.path_params,
        )
        resources[template] = res
        bindings[lister.operation_id] = Binding("list", res)
        if "POST" in methods:
            res.create_schema = _body_schema(methods["POST"].operation)
            bindings[methods["POST"].operation_id] = Binding("create", res)
        if "PATCH" in methods:
            bindings[methods["PATCH"].operation_id] = Binding("bulk_status", res)
        if "DELETE" in methods:
            bindings[methods["DELETE"].operation_id] = Binding("bulk_delete", res)
        bulk = by_template.get(template + "/bulk", {})
        if "POST" in bulk:
            bindings[bulk["POST"].operation_id] = Binding("bulk_create", res)
        for other, item_methods in by_template.items():
            extra = other[len(template) :] if other.startswith(template + "/") else ""
            param = re.fullmatch(r"/{([^}/]+)}", extra)
            if not param:
                continue
            res.item_param = param.group(1)
            for method, route in item_methods.items():
                kind = _ITEM_KINDS.get(method)
                if kind is None:
                    continue  # e.g. a POST on an item: not CRUD, answered by the synthesiser
                bindings[route.operation_id] = Binding(kind, res)
                if method == "DELETE":
                    text = f"{route.operation.get('summary', '')} {route.operation.get('description', '')}"
                    res.archivable = bool(re.search(r"\barchiv", text, re.IGNORECASE))
    creatable = {r.item_schema: r for r in resources.values() if r.create_schema is not None}
    for res in resources.values():
        base = creatable.get(res.item_schema)
        if res.create_schema is None and base is not None and base is not res:
            res.view_of = base.collection
    return resources, bindings


_ITEM_KINDS = {"GET": "get", "PUT": "update", "PATCH": "update", "DELETE": "delete"}


def list_item_ref(spec: Spec, operation: Mapping[str, Any]) -> Schema | None:
    """The schema (usually a `$ref`) of one item of a numbered list operation's `data`."""
    schema = _response_schema(operation)
    if schema is None:
        return None
    data = spec.resolve(schema).get("properties", {}).get("data", {})
    items = spec.resolve(data).get("items")
    return items if isinstance(items, Mapping) else None


def _response_schema(operation: Mapping[str, Any]) -> Schema | None:
    ok = operation.get("responses", {}).get("200", {})
    content = ok.get("content", {}).get("application/json")
    return content.get("schema") if content else None


def _body_schema(operation: Mapping[str, Any]) -> Schema | None:
    content = operation.get("requestBody", {}).get("content", {}).get("application/json")
    return content.get("schema") if content else None


def has_response_body(operation: Mapping[str, Any]) -> bool:
    return _response_schema(operation) is not None
