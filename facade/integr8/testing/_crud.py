"""Generic CRUD over the store, for every collection the spec defines.

Why generic: twelve of the thirteen tags are the same five verbs over different JSON, so one
implementation serves them all and a new collection in the spec works without code. What it
does, for any collection:

- create: stores the body's fields (plus the request schema's defaults) with a server-made
  `id`, an `incremental_id` when the item schema has one, the parent ids of the path as fields
  the item schema names (`integration_id`, `offer_id`, `publisher_id`, and
  `publisher_incremental_id`), `created_at` and `updated_at` (when the item schema has them,
  or names no fields at all; `updated_at` moves on every change). Write-only fields (in the
  request schema, not in the item schema: `password`) are not stored. Answers
  `{"created_item_id": id}`.
- get: `{"data": item}`; list: numbered pages with filters and sort (see `_listing`).
- update (PUT and PATCH alike): merges the body's top-level fields; answers `{}`.
- delete: archives where the spec says deleted objects are archived (Advertisers, Offers,
  Publishers): an archived object has `archived: true`, is hidden from get and from lists
  unless the list filters on `archived` (`filter[archived]=true`), and an update with
  `"archived": false` restores it; other objects are removed.
- bulk status (`{"active": bool, "data": [ids]}`), bulk delete (`{"data": [ids]}`): all or
  nothing: an unknown id is a 404 naming it and changes nothing.
- bulk create (`{"data": [items]}`): each item is checked against the collection's create
  schema, then created.
- An object is reached only through its own parents: an offer of another integration is a
  404, as is a child of an archived or unknown parent.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, overload

import httpx

from ._checks import check_body
from ._http import ApiError, empty_response, json_response
from ._listing import list_page, parse_filters
from ._resources import Binding, Resource, has_response_body, snake
from ._store import Record
from ._times import rfc3339

if TYPE_CHECKING:
    from ._sandbox import Call, Sandbox

SERVER_FIELDS = ("id", "incremental_id", "created_at", "updated_at", "archived")


def handle(sb: Sandbox, binding: Binding, call: Call) -> httpx.Response:
    """Answer `call` with the generic behaviour of its kind (list, create, get, ...)."""
    return _KINDS[binding.kind](sb, binding.resource, call)


def _list(sb: Sandbox, res: Resource, call: Call) -> httpx.Response:
    return json_response(200, list_items(sb, res, call))


def _get(sb: Sandbox, res: Resource, call: Call) -> httpx.Response:
    record = find(sb, res, call.path, _item_id(res, call))
    return json_response(200, {"data": record.data})


def _create(sb: Sandbox, res: Resource, call: Call) -> httpx.Response:
    check_parents(sb, res, call.path)
    record = create(sb, res, call.path, _object_body(call.body))
    return json_response(200, {"created_item_id": record.id})


def _update(sb: Sandbox, res: Resource, call: Call) -> httpx.Response:
    record = find(sb, res, call.path, _item_id(res, call), archived_ok=True)
    update(sb, res, record, _object_body(call.body))
    return json_response(200, {})


def _delete(sb: Sandbox, res: Resource, call: Call) -> httpx.Response:
    delete(sb, res, find(sb, res, call.path, _item_id(res, call)))
    return json_response(200, {}) if has_response_body(call.route.operation) else empty_response()


def _bulk_status(sb: Sandbox, res: Resource, call: Call) -> httpx.Response:
    body = _object_body(call.body)
    active = body.get("active")
    if not isinstance(active, bool):
        raise ApiError(400, "body.active: required, true or false")
    for record in _bulk_targets(sb, res, call.path, body):
        update(sb, res, record, {"active": active})
    return json_response(200, {})


def _bulk_delete(sb: Sandbox, res: Resource, call: Call) -> httpx.Response:
    for record in _bulk_targets(sb, res, call.path, _object_body(call.body)):
        delete(sb, res, record)
    return json_response(200, {})


def _bulk_create(sb: Sandbox, res: Resource, call: Call) -> httpx.Response:
    check_parents(sb, res, call.path)
    items = _object_body(call.body).get("data")
    if not isinstance(items, list) or not items:
        raise ApiError(400, "body.data: required, a non-empty array of objects")
    if res.create_schema is not None:
        for i, item in enumerate(items):
            check_body(sb.checks, res.create_schema, item, f"body.data[{i}]")
    for item in items:
        create(sb, res, call.path, item)
    return json_response(200, {})


_KINDS: dict[str, Callable[[Sandbox, Resource, Call], httpx.Response]] = {
    "list": _list,
    "get": _get,
    "create": _create,
    "update": _update,
    "delete": _delete,
    "bulk_status": _bulk_status,
    "bulk_delete": _bulk_delete,
    "bulk_create": _bulk_create,
}


def _item_id(res: Resource, call: Call) -> str:
    return call.path[res.item_param] if res.item_param else ""


def _object_body(body: Any) -> dict[str, Any]:
    if not isinstance(body, dict):
        raise ApiError(400, "body: expected a JSON object")
    return body


def _bulk_targets(sb: Sandbox, res: Resource, path: Mapping[str, str], body: Mapping[str, Any]) -> list[Record]:
    ids = body.get("data")
    if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
        raise ApiError(400, "body.data: required, an array of ids")
    check_parents(sb, res, path)
    targets: list[Record] = []
    missing: list[str] = []
    for item_id in ids:
        record = _lookup(sb, res, path, item_id)
        if record is None:
            missing.append(item_id)
        else:
            targets.append(record)
    if missing:
        raise ApiError(404, f"no {res.label} with id {', '.join(missing)}; nothing was changed")
    return targets


def list_items(sb: Sandbox, res: Resource, call: Call) -> dict[str, Any]:
    """One numbered page of the collection `res` as the list operation answers it.

    Reads the store's index (`Collection.listing`) under the path's parents: without a filter or
    a sort, only the page's own records are read, whatever the collection holds."""
    check_parents(sb, res, call.path)
    source = sb.resources[res.view_of] if res.view_of else res
    parents = None if res.view_of else {p: call.path[p] for p in res.parents}
    filters = parse_filters(call.query)
    archived = not res.archivable or any(f.field == "archived" for f in filters)
    records = sb.store.collection(source.collection).listing(parents, archived=archived)
    return list_page(_Shown(records), call.query, call.params)


class _Shown(Sequence[dict[str, Any]]):
    """The objects of `records` as the API shows them (`record.data`), read only when indexed."""

    __slots__ = ("_records",)

    def __init__(self, records: Sequence[Record]) -> None:
        self._records = records

    def __len__(self) -> int:
        return len(self._records)

    @overload
    def __getitem__(self, index: int) -> dict[str, Any]: ...
    @overload
    def __getitem__(self, index: slice) -> list[dict[str, Any]]: ...
    def __getitem__(self, index: int | slice) -> dict[str, Any] | list[dict[str, Any]]:
        if isinstance(index, slice):
            return [record.data for record in self._records[index]]
        return self._records[index].data

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return (record.data for record in self._records)


def create(sb: Sandbox, res: Resource, path: Mapping[str, str], body: Mapping[str, Any]) -> Record:
    props = res.item_properties
    data: dict[str, Any] = {}
    collection = sb.store.collection(res.collection)
    record_id = sb.store.new_id(res.item_schema or res.collection)
    data["id"] = record_id
    if res.incremental:
        data["incremental_id"] = collection.take_incremental()
    for param in res.parents:
        field = snake(param)
        if field in props:
            data[field] = path[param]
        parent = _parent_record(sb, param, path.get(param, ""))
        inc_field = field.removesuffix("_id") + "_incremental_id"
        if parent is not None and inc_field in props and "incremental_id" in parent.data:
            data[inc_field] = parent.data["incremental_id"]
    fixed = set(data)
    request_props = sb.checks.resolve(res.create_schema or {}).get("properties", {})
    for name, schema in request_props.items():
        if name not in body and "default" in schema and name in props:
            data[name] = schema["default"]
    for name, value in body.items():
        if name in fixed or name in SERVER_FIELDS:
            continue
        if name in request_props and name not in props:
            continue  # write-only, e.g. a password
        data[name] = value
    if res.archivable:
        data["archived"] = False
    now = rfc3339(sb.now())
    for stamp in ("created_at", "updated_at"):
        if _stamped(res, stamp):
            data[stamp] = now
    return collection.add(Record(record_id, {p: path[p] for p in res.parents}, data))


def update(sb: Sandbox, res: Resource, record: Record, body: Mapping[str, Any]) -> None:
    parent_fields = {snake(p) for p in res.parents}
    request_props: Mapping[str, Any] = {}
    if res.create_schema is not None:
        request_props = sb.checks.resolve(res.create_schema).get("properties", {})
    for name, value in body.items():
        if name in SERVER_FIELDS or name in parent_fields:
            continue
        if name in request_props and name not in res.item_properties:
            continue
        record.data[name] = value
    if res.archivable and isinstance(body.get("archived"), bool):
        record.archived = body["archived"]
        record.data["archived"] = record.archived
    _touch(sb, res, record)


def delete(sb: Sandbox, res: Resource, record: Record) -> None:
    if res.archivable:
        record.archived = True
        record.data["archived"] = True
        _touch(sb, res, record)
    else:
        sb.store.collection(res.collection).remove(record.id)


def _stamped(res: Resource, field: str) -> bool:
    """Whether objects of `res` carry the timestamp `field` (a collection new in the spec may not)."""
    return not res.item_properties or field in res.item_properties


def _touch(sb: Sandbox, res: Resource, record: Record) -> None:
    if _stamped(res, "updated_at"):
        record.data["updated_at"] = rfc3339(sb.now())


def find(sb: Sandbox, res: Resource, path: Mapping[str, str], item_id: str, *, archived_ok: bool = False) -> Record:
    """The object `item_id` under the parents in `path`, or ApiError(404)."""
    check_parents(sb, res, path)
    record = _lookup(sb, res, path, item_id, archived_ok=archived_ok)
    if record is None:
        raise ApiError(404, f"no {res.label} with id {item_id}")
    return record


def _lookup(
    sb: Sandbox, res: Resource, path: Mapping[str, str], item_id: str, *, archived_ok: bool = False
) -> Record | None:
    source = sb.resources[res.view_of] if res.view_of else res
    record = sb.store.collection(source.collection).get(item_id)
    if record is None or (record.archived and not archived_ok):
        return None
    if not res.view_of and not _same_parents(record, res, path):
        return None
    return record


def _same_parents(record: Record, res: Resource, path: Mapping[str, str]) -> bool:
    return all(record.parents.get(p) == path.get(p) for p in res.parents)


def check_parents(sb: Sandbox, res: Resource, path: Mapping[str, str]) -> None:
    """ApiError(404) unless every parent id in the path exists (and holds the next one)."""
    for param in res.parents:
        value = path.get(param, "")
        roots = sb.roots.get(param)
        if roots is not None:
            if value not in roots:
                raise ApiError(404, f"no {param.removesuffix('ID')} with id {value}")
            continue
        owner = sb.owner_of(param)
        if owner is None:
            continue
        record = _lookup(sb, owner, path, value)
        if record is None:
            raise ApiError(404, f"no {owner.label} with id {value}")


def _parent_record(sb: Sandbox, param: str, value: str) -> Record | None:
    owner = sb.owner_of(param)
    if owner is None:
        return None
    return sb.store.collection(owner.collection).get(value)
