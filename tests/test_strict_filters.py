"""Strict filters (issue 19): a filter on a field the operation's items do not have is refused
before any request, with the valid fields (`integr8._filters`); operators are exactly
`integr8._filter_operators.FILTER_OPERATORS`, for the SDK and the sandbox alike.

The per-operation tests are parametrised over every paginated list operation the generated
client has (checked against the spec's operations with `page[number]`), and take their fields
from the spec: a new spec is covered without touching this file. Requests go to an
`httpx.MockTransport` (or the in-process sandbox); nothing opens a socket.
"""

from __future__ import annotations

import asyncio
import inspect
import re
from typing import Any

import httpx
import pytest

from integr8 import AsyncIntegr8, ConfigurationError, Integr8
from integr8._filter_operators import FILTER_OPERATORS
from integr8._filters import ItemFields, field_paths, item_fields
from integr8._operations import catalog, operation_info
from integr8._pagination import filter_query
from integr8._spec import iter_operations, load_spec, normalized, operation_parameters
from integr8.testing import Sandbox, SandboxTransport, _listing

KEY = "test-key"
MADE_UP = "zz_no_such_field"


def _paginated() -> list[tuple[str, str]]:
    return sorted((tag, name) for tag, ops in catalog().items() for name in ops if operation_info(tag, name).paginated)


PAGINATED = _paginated()


def _required_value(operation: str, name: str) -> str:
    """A value the spec's limits accept for the required parameter `name` (ids: any text)."""
    schema = next(
        (p["schema"] for p in operation_parameters(operation) if normalized(p["name"]) == normalized(name)), {}
    )
    pattern = schema.get("pattern")
    if pattern is None:
        return "x1"
    for candidate in ("2025-01-02 03:04:05", "2025-01-02", "x1", "1"):
        if re.search(pattern, candidate):
            return candidate
    pytest.fail(f"teach this test a value for {operation}'s {name} (pattern {pattern})")


def _required(tag: str, name: str) -> dict[str, str]:
    sig = operation_info(tag, name).signature
    return {
        arg: _required_value(name, arg) for arg, p in sig.parameters.items() if p.default is inspect.Parameter.empty
    }


class Recorder:
    """A MockTransport handler answering every list request with one empty page."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json={"data": [], "meta": {"total_count": 0, "total_page": 0}})

    def filters_sent(self) -> list[tuple[str, str]]:
        assert self.requests, "nothing was sent"
        return [(k, v) for k, v in self.requests[-1].url.params.multi_items() if k.startswith("filter[")]


def _client(**options: Any) -> tuple[Integr8, Recorder]:
    recorder = Recorder()
    return Integr8(api_key=KEY, transport=httpx.MockTransport(recorder), **options), recorder


def _walk(client: Integr8, tag: str, name: str, filters: dict[str, Any], **options: Any) -> list[Any]:
    operation = getattr(getattr(client, tag), name)
    return list(client.paginate(operation, filters=filters, **_required(tag, name), **options))


def _a_field(fields: ItemFields) -> str:
    """A plain (undotted) field of the items, from the spec."""
    return sorted(p for p in fields.paths if "." not in p)[0]


# -- the fields come from the spec, for every paginated list operation --------------------------


def test_every_paginated_operation_of_the_spec_is_covered() -> None:
    spec = load_spec()
    in_spec = {
        normalized(op["operationId"])
        for _m, _p, op in iter_operations(spec)
        if any(p["name"] == "page[number]" for p in operation_parameters(op["operationId"]))
    }
    assert in_spec and {normalized(name) for _tag, name in PAGINATED} == in_spec


@pytest.mark.parametrize(("tag", "name"), PAGINATED)
def test_the_items_fields_are_known(tag: str, name: str) -> None:
    fields = item_fields(name)
    assert fields is not None, f"{tag}.{name}: the spec's answer has no `data` array of items"
    assert fields.paths and all(isinstance(p, str) and p for p in fields.paths)


@pytest.mark.parametrize(("tag", "name"), PAGINATED)
def test_every_field_from_the_schema_is_sent(tag: str, name: str) -> None:
    fields = item_fields(name)
    assert fields is not None
    client, recorder = _client()
    _walk(client, tag, name, {field: "v" for field in fields.paths})
    assert sorted(recorder.filters_sent()) == sorted((f"filter[{field}]", "v") for field in fields.paths)


@pytest.mark.parametrize(("tag", "name"), PAGINATED)
def test_a_made_up_field_is_refused_naming_it_and_the_valid_ones(tag: str, name: str) -> None:
    fields = item_fields(name)
    assert fields is not None
    client, recorder = _client()
    with pytest.raises(ConfigurationError) as caught:
        _walk(client, tag, name, {_a_field(fields): "v", MADE_UP: "v"})
    message = str(caught.value)
    assert f"filters[{MADE_UP!r}]" in message and f"{tag}.{name}" in message
    listed = message.split("Valid fields", 1)[1]
    assert all(re.search(rf"[ ,]{re.escape(valid)}[,.]", listed) for valid in fields.names()), message
    assert "strict_filters=False" in message
    assert recorder.requests == []


@pytest.mark.parametrize(("tag", "name"), PAGINATED)
def test_strict_filters_false_sends_a_made_up_field(tag: str, name: str) -> None:
    per_call, recorder = _client()
    _walk(per_call, tag, name, {MADE_UP: "v"}, strict_filters=False)
    assert recorder.filters_sent() == [(f"filter[{MADE_UP}]", "v")]
    by_option, recorder = _client(strict_filters=False)
    _walk(by_option, tag, name, {MADE_UP: {"in": ["a", "b"]}})
    assert recorder.filters_sent() == [(f"filter[{MADE_UP}][in]", "a,b")]


def _dotted() -> list[tuple[str, str, str]]:
    found = []
    for tag, name in PAGINATED:
        fields = item_fields(name)
        assert fields is not None
        found += [(tag, name, path) for path in sorted(fields.paths) if "." in path]
        found += [(tag, name, f"{prefix}.any_key.below") for prefix in fields.open]
    return found


DOTTED = _dotted()


def test_the_spec_has_dotted_and_free_form_paths() -> None:
    paths = {path for _tag, _name, path in DOTTED}
    assert "default_payout.payout_type" in paths  # Offer.default_payout (a $ref)
    assert "results_meta.total" in paths  # DownloadCenterExport, inline object
    assert "reports_query_option.filters.any_key.below" in paths  # a free-form map


@pytest.mark.parametrize(("tag", "name", "path"), DOTTED)
def test_dotted_paths_are_accepted(tag: str, name: str, path: str) -> None:
    client, recorder = _client()
    _walk(client, tag, name, {path: {"gte": 1}})
    assert recorder.filters_sent() == [(f"filter[{path}][gte]", "1")]


def test_a_near_miss_is_suggested() -> None:
    client, _ = _client()
    with pytest.raises(ConfigurationError, match=r"Did you mean 'name'\?"):
        client.paginate(client.offers.list_offers, integration_id="i", filters={"nmae": "x"})
    with pytest.raises(ConfigurationError, match=r"Did you mean 'default_payout.payout_type'"):
        client.paginate(client.offers.list_offers, integration_id="i", filters={"default_payout.payout_typ": "CPA"})


def test_a_declared_object_is_not_open_below_its_fields() -> None:
    """`default_payout` declares its fields (and `additionalProperties: true`): a typo below it
    is still refused, and the object itself is no field."""
    client, _ = _client()
    for field in ("default_payout.bogus", "default_payout", "name.like"):
        with pytest.raises(ConfigurationError, match=re.escape(f"no field {field!r}")):
            client.paginate(client.offers.list_offers, integration_id="i", filters={field: "x"})


def test_the_spec_filter_parameters_fields_are_accepted() -> None:
    """The fields the operations' own `filter[...]` parameters name are fields too."""
    for _tag, name in PAGINATED:
        fields = item_fields(name)
        assert fields is not None
        for param in operation_parameters(name):
            if param["in"] == "query" and param["name"].startswith("filter["):
                assert param["name"][len("filter[") :].split("]")[0] in fields, (name, param["name"])


# -- the option: constructor, with_options, the property, the async client ----------------------


def test_strict_filters_is_a_client_option() -> None:
    client, recorder = _client()
    assert client.strict_filters is True
    assert client.with_options(strict_filters=False).strict_filters is False
    client.strict_filters = False
    _walk(client, "offers", "list_offers", {MADE_UP: "v"})
    assert recorder.filters_sent() == [(f"filter[{MADE_UP}]", "v")]
    with pytest.raises(ConfigurationError, match=MADE_UP):  # the call's own keyword wins
        _walk(client, "offers", "list_offers", {MADE_UP: "v"}, strict_filters=True)
    for bad in ("no", 0, None):
        with pytest.raises(ConfigurationError, match="strict_filters must be True or False"):
            Integr8(api_key=KEY, strict_filters=bad)  # type: ignore[arg-type]
        with pytest.raises(ConfigurationError, match="strict_filters must be True or False"):
            client.strict_filters = bad  # type: ignore[assignment]
    with pytest.raises(ConfigurationError, match="strict_filters must be True or False"):
        _walk(client, "offers", "list_offers", {}, strict_filters="yes")


def test_the_async_client_checks_the_same() -> None:
    recorder = Recorder()

    async def main() -> list[Any]:
        async with AsyncIntegr8(api_key=KEY, transport=httpx.MockTransport(recorder)) as client:
            with pytest.raises(ConfigurationError, match=MADE_UP):
                client.paginate(client.offers.list_offers, integration_id="i", filters={MADE_UP: 1})
            assert client.with_options(strict_filters=False).strict_filters is False
            loose = client.paginate(
                client.offers.list_offers, integration_id="i", filters={MADE_UP: 1}, strict_filters=False
            )
            return [item async for item in loose]

    assert asyncio.run(main()) == []
    assert recorder.filters_sent() == [(f"filter[{MADE_UP}]", "1")]


# -- what the check prevents: the sandbox (like the API) matches nothing -------------------------


def test_the_sandbox_matches_nothing_for_an_unknown_field_which_the_sdk_refuses() -> None:
    sb = Sandbox(seed=0)
    client = Integr8(api_key=sb.api_key, base_url=sb.base_url, transport=SandboxTransport(sb))
    listing = client.offers.list_offers
    assert list(client.paginate(listing, integration_id=sb.integration_id, page_size=5))  # there are offers
    loose = client.paginate(
        listing, integration_id=sb.integration_id, filters={"status": "Active"}, strict_filters=False
    )
    assert list(loose) == []  # silently nothing: what strict filters exist to prevent
    with pytest.raises(ConfigurationError, match="no field 'status'"):
        client.paginate(listing, integration_id=sb.integration_id, filters={"status": "Active"})
    active = client.paginate(listing, integration_id=sb.integration_id, filters={"active": True})
    assert list(active)


# -- operators: one list, refused otherwise --------------------------------------------------------


@pytest.mark.parametrize("op", FILTER_OPERATORS)
def test_every_operator_is_taken_by_the_sdk_and_the_sandbox(op: str) -> None:
    assert filter_query({"name": {op: "a"}}) == {f"filter[name][{op}]": "a"}
    sb = Sandbox(seed=0)
    client = Integr8(api_key=sb.api_key, base_url=sb.base_url, transport=SandboxTransport(sb))
    list(client.paginate(client.offers.list_offers, integration_id=sb.integration_id, filters={"name": {op: "a"}}))


def test_the_sandbox_uses_the_one_list() -> None:
    assert _listing.OPERATORS is FILTER_OPERATORS


@pytest.mark.parametrize("strict", [True, False])
@pytest.mark.parametrize("op", ["bogus", "nlik", "regex", "EQ", 3])
def test_an_unknown_operator_is_refused_listing_the_operators(op: Any, strict: bool) -> None:
    client, recorder = _client()
    with pytest.raises(ConfigurationError) as caught:
        client.paginate(
            client.offers.list_offers, integration_id="i", filters={"name": {op: "x"}}, strict_filters=strict
        )
    message = str(caught.value)
    assert f"unknown operator {op!r}" in message and "filters['name']" in message
    assert ", ".join(FILTER_OPERATORS) in message
    assert recorder.requests == []


def test_a_near_miss_operator_is_suggested() -> None:
    with pytest.raises(ConfigurationError, match=r"Did you mean 'nlike'"):
        filter_query({"name": {"nlik": "x"}})


# -- the rules of field_paths, on made-up schemas -------------------------------------------------


SPEC: dict[str, Any] = {
    "components": {
        "schemas": {
            "Line": {"type": "object", "properties": {"sku": {"type": "string"}, "qty": {"type": "integer"}}},
            "Node": {
                "type": "object",
                "properties": {"name": {"type": "string"}, "parent": {"$ref": "#/components/schemas/Node"}},
            },
            "Base": {"type": "object", "properties": {"id": {"type": "string"}}},
        }
    }
}


def _fields(schema: dict[str, Any]) -> ItemFields:
    return field_paths(schema, SPEC, "Thing")


def test_arrays_of_scalars_are_fields_arrays_of_objects_give_their_elements_fields() -> None:
    fields = _fields(
        {
            "type": "object",
            "properties": {
                "tags": {"type": "array", "items": {"type": "string"}},
                "lines": {"type": "array", "items": {"$ref": "#/components/schemas/Line"}},
            },
        }
    )
    assert fields.paths == {"tags", "lines.sku", "lines.qty"}
    assert "lines" not in fields and "lines.bogus" not in fields


def test_free_form_objects_pass_any_key_below_declared_ones_do_not() -> None:
    fields = _fields(
        {
            "type": "object",
            "additionalProperties": True,
            "properties": {
                "meta": {"type": "object", "additionalProperties": True},
                "conf": {"type": "object", "additionalProperties": True, "properties": {"a": {"type": "string"}}},
                "closed": {"type": "object", "additionalProperties": False},
                "anything": {},
            },
        }
    )
    assert "meta.x" in fields and "meta.x.y" in fields and "meta" not in fields
    assert "conf.a" in fields and "conf.b" not in fields
    assert "closed" not in fields and "closed.x" not in fields
    assert "anything" in fields and "anything.x" in fields
    assert "bogus" not in fields  # the item's own additionalProperties opens nothing
    assert fields.names() == ["anything", "anything.*", "conf.a", "meta.*"]


def test_all_of_merges_one_of_accepts_each_branch_and_cycles_end() -> None:
    fields = _fields(
        {
            "allOf": [
                {"$ref": "#/components/schemas/Base"},
                {"type": "object", "properties": {"size": {"type": "integer"}}},
            ],
            "properties": {
                "pick": {"oneOf": [{"type": "string"}, {"$ref": "#/components/schemas/Line"}]},
                "node": {"$ref": "#/components/schemas/Node"},
            },
        }
    )
    assert {"id", "size", "pick", "pick.sku", "pick.qty", "node.name"} <= fields.paths
    assert "node.parent" in fields  # the cycle ends at the repeated schema
    assert "node.parent.name" not in fields
