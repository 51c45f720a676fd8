"""The sandbox answers every operation of the spec it is given, modelled or not (issue 17).

An operation with neither a handler nor a CRUD binding is answered by the synthesiser
(`integr8.testing._synth`): the request checked against the spec (400 naming the rule), then a
schema-valid answer built from the response schema and its examples, numbered pages over a
stable collection of 3 items for a list. A CRUD collection that is new in the spec (the seeded
world knows nothing of it) starts with 3 such items. Proven here on a copy of the installed spec
extended with operations the sandbox has never seen; answers are checked with the contract
validator the conformance tests use (`integr8.contract.validate_exchange`, openapi-core).
In process only (SandboxTransport), except one schemathesis run over loopback.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import math
import re
import shutil
import subprocess
import sys
import uuid
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import httpx
import pytest

from integr8._pagewalk import PageWalk
from integr8._spec import iter_operations, load_spec
from integr8.testing import ManualClock, Sandbox, SandboxTransport
from integr8.testing import _sandbox as sandbox_module
from integr8.testing._checks import Spec
from integr8.testing._sandbox import Call
from integr8.testing._synth import LIST_SIZE, Synth, _from_pattern

validate_exchange = pytest.importorskip("integr8.contract._validate").validate_exchange

INSTALLED = load_spec()
REF = "#/components/schemas/"
STATS = "/api/v2/integrations/{integrationID}/offers/{offerID}/stats"
CLONE = "/api/v2/integrations/{integrationID}/offers/{offerID}/clone"
RANKINGS = "/api/v2/offer-rankings"
WIDGETS = "/api/v2/widgets"
OFFER_WIDGETS = "/api/v2/integrations/{integrationID}/offers/{offerID}/widgets"
PAGE_PARAMS = [
    {"name": "page[number]", "in": "query", "schema": {"type": "integer", "minimum": 1}},
    {"name": "page[size]", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 100}},
]
# Operations the sandbox has no code for: answered by the synthesiser.
SYNTHESISED = ("listOfferRankings", "getOfferStats", "cloneOffer", "getWidgetYear")
# A new collection: CRUD, filled with synthesised items.
COLLECTION = ("listWidgets", "getWidget", "createWidget", "listOfferWidgets")


def _ok(schema: dict[str, Any], status: str = "200", **media: Any) -> dict[str, Any]:
    """The installed spec's error responses plus `status` answering `schema`."""
    errors = {k: v for k, v in INSTALLED["paths"]["/api/v2/advertisers"]["get"]["responses"].items() if k != "200"}
    return {status: {"description": "OK", "content": {"application/json": {"schema": schema, **media}}}, **errors}


def _path_param(name: str, schema: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"name": name, "in": "path", "required": True, "schema": schema or {"type": "string"}}


def extended_spec() -> dict[str, Any]:
    """The installed spec plus a new tag, new schemas and operations the sandbox has never seen."""
    spec = copy.deepcopy(INSTALLED)
    schemas = spec["components"]["schemas"]
    schemas["Widget"] = {
        "type": "object",
        "required": ["id", "name"],
        "properties": {
            "id": {"type": "string"},
            "name": {"type": "string", "maxLength": 40},
            "kind": {"type": "string", "enum": ["gadget", "gizmo"]},
            "score": {"type": "integer", "minimum": 0, "maximum": 100},
            "created_at": {"type": "string", "format": "date-time"},
            "parent": {"$ref": REF + "Widget"},  # a cycle, to be cut
        },
    }
    schemas["WidgetList"] = {
        "type": "object",
        "properties": {
            "data": {"type": "array", "items": {"$ref": REF + "Widget"}},
            "meta": {"$ref": REF + "ListMeta"},
        },
    }
    schemas["OfferWidget"] = {  # a widget of one offer: its own schema, so not a view of /widgets
        "allOf": [{"$ref": REF + "Widget"}, {"type": "object", "properties": {"offer_id": {"type": "string"}}}]
    }
    schemas["OfferWidgetList"] = {
        "type": "object",
        "properties": {
            "data": {"type": "array", "items": {"$ref": REF + "OfferWidget"}},
            "meta": {"$ref": REF + "ListMeta"},
        },
    }
    schemas["WidgetData"] = {"type": "object", "properties": {"data": {"$ref": REF + "Widget"}}}
    schemas["WidgetRequest"] = {
        "type": "object",
        "required": ["name"],
        "properties": {
            "name": {"type": "string", "maxLength": 40},
            "kind": {"type": "string", "enum": ["gadget", "gizmo"]},
        },
    }
    schemas["OfferRanking"] = {
        "type": "object",
        "required": ["id", "rank"],
        "properties": {
            "id": {"type": "string", "format": "uuid"},
            "rank": {"type": "integer", "minimum": 1},
            "offer": {"$ref": REF + "Offer"},
            "share": {"type": "number", "minimum": 0, "maximum": 1},
        },
    }
    schemas["OfferRankingList"] = {
        "type": "object",
        "properties": {
            "data": {"type": "array", "items": {"$ref": REF + "OfferRanking"}},
            "meta": {
                "type": "object",
                "properties": {
                    "total_count": {"type": "integer"},
                    "total_page": {"type": "integer"},
                    "current_page": {"type": "integer"},
                    "per_page": {"type": "integer"},
                },
            },
        },
    }
    schemas["OfferStats"] = {
        "type": "object",
        "required": ["offer_id", "clicks", "day"],
        "properties": {
            "offer_id": {"type": "string"},
            "clicks": {"type": "integer", "minimum": 0},
            "conversion_rate": {"type": "number", "minimum": 0, "maximum": 1, "exclusiveMaximum": True},
            "day": {"type": "string", "format": "date"},
            "currency": {"type": "string", "enum": ["USD", "EUR"]},
            "code": {"type": "string", "pattern": "^[A-Z]{3}-\\d{4}$"},
            "top_countries": {
                "type": "array",
                "items": {"type": "string", "minLength": 2, "maxLength": 2},
                "maxItems": 5,
            },
            "window": {"allOf": [{"$ref": REF + "StatsWindow"}, {"type": "object", "required": ["hours"]}]},
        },
    }
    schemas["StatsWindow"] = {
        "type": "object",
        "properties": {"start": {"type": "string", "format": "date-time"}, "hours": {"type": "integer", "minimum": 1}},
    }
    schemas["OfferCloneRequest"] = {
        "type": "object",
        "required": ["name"],
        "properties": {
            "name": {"type": "string", "minLength": 1, "maxLength": 20},
            "copies": {"type": "integer", "minimum": 1, "maximum": 5},
            "api_secret": {"type": "string", "pattern": "^[a-f0-9]{8}$"},
        },
    }
    schemas["OfferCloneResult"] = {
        "type": "object",
        "required": ["created_item_ids"],
        "properties": {
            "created_item_ids": {"type": "array", "items": {"type": "string"}, "minItems": 1, "uniqueItems": True},
            "queued": {"type": "boolean"},
        },
    }
    spec["tags"].append({"name": "Widgets", "description": "Widgets (a tag the sandbox has never seen)."})
    paths = spec["paths"]
    integration = [_path_param("integrationID"), _path_param("offerID")]
    paths[WIDGETS] = {
        "get": {
            "operationId": "listWidgets",
            "tags": ["Widgets"],
            "x-pagination": "numbered",
            "x-filterable": True,
            "parameters": PAGE_PARAMS,
            "responses": _ok({"$ref": REF + "WidgetList"}),
        },
        "post": {
            "operationId": "createWidget",
            "tags": ["Widgets"],
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": {"$ref": REF + "WidgetRequest"}}},
            },
            "responses": _ok({"$ref": REF + "CreatedItem"}),
        },
    }
    paths[WIDGETS + "/{widgetID}"] = {
        "get": {
            "operationId": "getWidget",
            "tags": ["Widgets"],
            "parameters": [_path_param("widgetID")],
            "responses": _ok({"$ref": REF + "WidgetData"}),
        }
    }
    paths[OFFER_WIDGETS] = {
        "get": {
            "operationId": "listOfferWidgets",
            "tags": ["Widgets"],
            "x-pagination": "numbered",
            "parameters": [*integration, *PAGE_PARAMS],
            "responses": _ok({"$ref": REF + "OfferWidgetList"}),
        }
    }
    paths["/api/v2/widget-years/{year}"] = {
        "get": {
            "operationId": "getWidgetYear",
            "tags": ["Widgets"],
            "parameters": [_path_param("year", {"type": "integer", "minimum": 2000})],
            "responses": _ok({"type": "object", "properties": {"year": {"type": "integer"}}}),
        }
    }
    paths[RANKINGS] = {
        "get": {
            "operationId": "listOfferRankings",
            "tags": ["Offers"],
            "parameters": PAGE_PARAMS,  # a numbered list by its page[number] (no x-pagination)
            "responses": _ok({"$ref": REF + "OfferRankingList"}),
        }
    }
    paths[STATS] = {
        "get": {
            "operationId": "getOfferStats",
            "tags": ["Offers"],
            "parameters": [
                *integration,
                {
                    "name": "metric",
                    "in": "query",
                    "required": True,
                    "schema": {"type": "string", "enum": ["clicks", "cr"]},
                },
                {"name": "days", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 90}},
                {"name": "token", "in": "query", "schema": {"type": "string", "pattern": "^[a-f0-9]{32}$"}},
            ],
            "responses": _ok({"type": "object", "properties": {"data": {"$ref": REF + "OfferStats"}}}),
        }
    }
    paths[CLONE] = {
        "post": {
            "operationId": "cloneOffer",
            "tags": ["Offers"],
            "parameters": integration,
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": {"$ref": REF + "OfferCloneRequest"}}},
            },
            "responses": _ok({"$ref": REF + "OfferCloneResult"}, status="201"),
        }
    }
    return spec


EXTENDED = extended_spec()


def client_for(sb: Sandbox) -> httpx.Client:
    return httpx.Client(base_url=sb.base_url, transport=SandboxTransport(sb), headers={"API-KEY": sb.api_key})


@pytest.fixture(scope="module")
def sb() -> Sandbox:
    return Sandbox(seed=0, clock=ManualClock(), spec=EXTENDED)


@pytest.fixture
def client(sb: Sandbox) -> Any:
    with client_for(sb) as c:
        yield c


def here(sb: Sandbox, template: str) -> str:
    return template.replace("{integrationID}", sb.integration_id).replace("{offerID}", sb.offer_ids[0])


def valid_requests(sb: Sandbox) -> dict[str, tuple[str, str, dict[str, Any]]]:
    """operationId -> (method, path, httpx kwargs) of a valid request to each new operation."""
    return {
        "listOfferRankings": ("GET", RANKINGS, {"params": {"page[size]": 2}}),
        "getOfferStats": ("GET", here(sb, STATS), {"params": {"metric": "cr", "days": 7}}),
        "cloneOffer": ("POST", here(sb, CLONE), {"json": {"name": "Copy", "copies": 2}}),
        "getWidgetYear": ("GET", "/api/v2/widget-years/2024", {}),
        "listWidgets": ("GET", WIDGETS, {"params": {"page[size]": 2}}),
        "getWidget": ("GET", f"{WIDGETS}/{{first}}", {}),
        "createWidget": ("POST", WIDGETS, {"json": {"name": "New", "kind": "gizmo"}}),
        "listOfferWidgets": ("GET", here(sb, OFFER_WIDGETS), {}),
    }


def first_widget(client: httpx.Client) -> str:
    return str(client.get(WIDGETS).json()["data"][0]["id"])


def send(client: httpx.Client, operation_id: str, sb: Sandbox) -> httpx.Response:
    method, path, kwargs = valid_requests(sb)[operation_id]
    if "{first}" in path:
        path = path.format(first=first_widget(client))
    return client.request(method, path, **kwargs)


# -- new operations: valid requests get schema-valid answers ---------------------------------------


@pytest.mark.parametrize("operation_id", SYNTHESISED + COLLECTION)
def test_a_new_operation_answers_valid_requests_with_schema_valid_bodies(
    sb: Sandbox, client: httpx.Client, operation_id: str
) -> None:
    response = send(client, operation_id, sb)
    assert response.status_code == (201 if operation_id == "cloneOffer" else 200), response.text
    assert validate_exchange(EXTENDED, response.request, response) == []
    assert sb.router.match(response.request.method, response.request.url.path).route.operation_id == operation_id


def test_the_new_operations_are_not_modelled_by_any_code(sb: Sandbox) -> None:
    """The premise of this file: no handler, no CRUD binding (so the 501 of old would answer)."""
    for operation_id in SYNTHESISED:
        assert operation_id not in sandbox_module.HANDLERS and operation_id not in sb.bindings
    for operation_id in COLLECTION:
        assert operation_id not in sandbox_module.HANDLERS and operation_id in sb.bindings


def test_answers_follow_the_schema_rules(sb: Sandbox, client: httpx.Client) -> None:
    stats = send(client, "getOfferStats", sb).json()["data"]
    assert stats["currency"] == "USD"  # enum: the first value
    assert 0 <= stats["conversion_rate"] < 1  # exclusiveMaximum
    assert dt.date.fromisoformat(stats["day"]).year == 2025
    assert re.fullmatch(r"[A-Z]{3}-\d{4}", stats["code"])
    assert 1 <= len(stats["top_countries"]) <= 3 and all(len(c) == 2 for c in stats["top_countries"])
    assert stats["window"]["hours"] >= 1 and stats["window"]["start"].endswith("Z")  # allOf merged
    dt.datetime.fromisoformat(stats["window"]["start"])

    clone = send(client, "cloneOffer", sb).json()
    ids = clone["created_item_ids"]
    assert clone["queued"] is False and 1 <= len(ids) <= 3 and len(set(ids)) == len(ids)

    ranking = send(client, "listOfferRankings", sb).json()["data"][0]
    uuid.UUID(ranking["id"])
    assert ranking["rank"] >= 1 and 0 <= ranking["share"] <= 1
    assert isinstance(ranking["offer"]["name"], str)  # a $ref to the installed spec's Offer


def test_ref_cycles_are_cut() -> None:
    synth = Synth(Spec(EXTENDED), seed=0)
    widget = synth.value({"$ref": REF + "Widget"}, key="w")
    assert "parent" not in widget and set(widget) >= {"id", "name"}
    listing = synth.value({"type": "array", "items": {"$ref": REF + "Widget"}}, key="l")
    assert listing and all("parent" not in w for w in listing)


# -- new operations: invalid requests get 400 naming the rule ----------------------------------------


@pytest.mark.parametrize(
    ("method", "path", "kwargs", "message"),
    [
        ("GET", STATS, {"params": {"days": 7}}, "missing required query parameter metric"),
        ("GET", STATS, {"params": {"metric": "views"}}, "metric: 'views' is not one of: clicks, cr"),
        ("GET", STATS, {"params": {"metric": "cr", "days": 0}}, "days: must be >= 1, got 0"),
        ("GET", STATS, {"params": {"metric": "cr", "days": "week"}}, "days: expected an integer, got 'week'"),
        ("GET", RANKINGS, {"params": {"page[size]": 101}}, "page[size]: must be <= 100, got 101"),
        ("GET", RANKINGS, {"params": {"page[number]": "x"}}, "page[number]: expected an integer, got 'x'"),
        ("POST", CLONE, {"json": {"copies": 2}}, "body.name: required field is missing"),
        ("POST", CLONE, {"json": {"name": "n" * 21}}, "body.name: must be at most 20 characters, got 21"),
        ("POST", CLONE, {"json": {"name": "n", "copies": 9}}, "body.copies: must be <= 5, got 9"),
        ("POST", CLONE, {"json": ["name"]}, "body: expected an object, got an array"),
        ("POST", CLONE, {"content": b"{"}, "body: not valid JSON"),
        ("POST", CLONE, {}, "body: a JSON request body is required"),
        ("GET", "/api/v2/widget-years/last", {}, "path parameter year: expected an integer"),
        ("GET", "/api/v2/widget-years/1999", {}, "path parameter year: must be >= 2000"),
        ("POST", WIDGETS, {"json": {"name": 5}}, "body.name: expected a string, got an integer"),
    ],
)
def test_a_new_operation_answers_invalid_requests_with_400_naming_the_rule(
    sb: Sandbox, client: httpx.Client, method: str, path: str, kwargs: dict[str, Any], message: str
) -> None:
    response = client.request(method, here(sb, path), **kwargs)
    assert response.status_code == 400
    assert response.json() == {"error": "bad_request", "message": message}


def test_messages_never_echo_credentials(sb: Sandbox, client: httpx.Client) -> None:
    secret = "not-a-hex-token-but-still-a-secret"
    token = client.get(here(sb, STATS), params={"metric": "cr", "token": secret})
    assert token.status_code == 400 and secret not in token.text
    assert token.json()["message"] == "token: the value given does not match the pattern ^[a-f0-9]{32}$"

    body = client.post(here(sb, CLONE), json={"name": "n", "api_secret": secret})
    assert body.status_code == 400 and secret not in body.text
    assert body.json()["message"].startswith("body.api_secret: the value given does not match")

    path = client.get(f"/api/v2/widget-years/{secret}")
    assert path.status_code == 400 and secret not in path.text

    with httpx.Client(base_url=sb.base_url, transport=SandboxTransport(sb)) as anonymous:
        refused = anonymous.get(RANKINGS, headers={"API-KEY": secret})
    assert refused.status_code == 401 and secret not in refused.text


# -- lists page correctly ------------------------------------------------------------------------


def walk(client: httpx.Client, path: str, size: int) -> list[str]:
    """Every id of a numbered listing, walked as `integr8.pagination` does (`PageWalk`)."""
    plan = PageWalk("walk", size, concurrency=1)
    handed_out: list[str] = []
    while not plan.done():
        for token in plan.wanted(0):
            body = client.get(path, params={"page[number]": token[1], "page[size]": size}).json()
            items = [SimpleNamespace(**item) for item in body["data"]]
            plan.arrived(token, SimpleNamespace(data=items, meta=body["meta"]))
        while plan.has_ready():
            plan.pop_ready()
            handed_out += [item.id for item in plan.fresh]
    assert not plan.listing_changed
    return handed_out


@pytest.mark.parametrize("size", [1, 2, 3, 100])
@pytest.mark.parametrize("path", [RANKINGS, OFFER_WIDGETS])
def test_a_new_list_pages_through_every_item_exactly_once(
    sb: Sandbox, client: httpx.Client, path: str, size: int
) -> None:
    path = here(sb, path)
    ids = walk(client, path, size)
    assert len(ids) == len(set(ids)) == LIST_SIZE

    pages = math.ceil(LIST_SIZE / size)
    for number in range(1, pages + 2):
        body = client.get(path, params={"page[number]": number, "page[size]": size}).json()
        assert body["meta"]["total_count"] == LIST_SIZE and body["meta"]["total_page"] == pages
        expected = ids[(number - 1) * size : number * size]
        assert [item["id"] for item in body["data"]] == expected  # past the last page: empty
    meta = client.get(RANKINGS, params={"page[number]": 2, "page[size]": size}).json()["meta"]
    assert (meta["current_page"], meta["per_page"]) == (2, size)  # the fields its meta schema names


def test_a_list_without_paging_parameters_uses_the_default_page_size(client: httpx.Client) -> None:
    body = client.get(RANKINGS).json()
    assert len(body["data"]) == LIST_SIZE
    assert body["meta"] == {"total_count": 3, "total_page": 1, "current_page": 1, "per_page": 20}


def test_an_x_pagination_list_without_a_binding_is_synthesised_as_a_list() -> None:
    sb = Sandbox(seed=0, clock=ManualClock(), spec=EXTENDED)
    del sb.bindings["listWidgets"]  # as if it were not a CRUD collection: the synthesiser answers
    with client_for(sb) as client:
        ids = walk(client, WIDGETS, 2)
        assert len(set(ids)) == LIST_SIZE
        stored = {r.id for r in sb.store.collection(WIDGETS)}
        assert not set(ids) & stored  # not the stored items: synthesised ones


def test_a_new_collection_starts_with_items_and_is_crud(sb: Sandbox) -> None:
    fresh = Sandbox(seed=0, clock=ManualClock(), spec=EXTENDED)
    with client_for(fresh) as client:
        listed = client.get(WIDGETS).json()
        assert listed["meta"]["total_count"] == LIST_SIZE
        first = listed["data"][0]
        assert "created_at" in first and "updated_at" not in first  # the timestamps its schema has
        got = client.get(f"{WIDGETS}/{first['id']}")
        assert got.status_code == 200 and got.json()["data"] == first
        assert client.get(f"{WIDGETS}/nope").status_code == 404
        created = client.post(WIDGETS, json={"name": "Made", "kind": "gadget"}).json()["created_item_id"]
        assert client.get(WIDGETS).json()["meta"]["total_count"] == LIST_SIZE + 1
        assert client.get(f"{WIDGETS}/{created}").json()["data"]["name"] == "Made"
        # A nested new collection is filled under the first item of its parent, as a client lists it.
        under_first = client.get(here(fresh, OFFER_WIDGETS)).json()
        second = OFFER_WIDGETS.replace("{integrationID}", fresh.integration_id).replace("{offerID}", fresh.offer_ids[1])
        assert under_first["meta"]["total_count"] == LIST_SIZE
        assert client.get(second).json()["meta"]["total_count"] == 0


def test_the_installed_spec_has_no_collection_left_to_fill(monkeypatch: pytest.MonkeyPatch) -> None:
    filled: list[Any] = []
    real = sandbox_module.fill_empty_collections

    def spy(sb: Sandbox, handled: Any) -> Any:
        filled.extend(real(sb, handled))
        return filled

    monkeypatch.setattr(sandbox_module, "fill_empty_collections", spy)
    Sandbox(seed=0)
    assert filled == []
    Sandbox(seed=0, spec=EXTENDED)
    assert sorted(r.collection for r in filled) == sorted([WIDGETS, OFFER_WIDGETS])


# -- determinism ---------------------------------------------------------------------------------


def test_same_seed_same_request_same_bytes() -> None:
    def answers(seed: int, warm_up: bool) -> list[bytes]:
        sb = Sandbox(seed=seed, clock=ManualClock(), spec=EXTENDED)
        with client_for(sb) as client:
            if warm_up:  # what was asked before does not matter
                send(client, "listOfferRankings", sb)
                client.get(RANKINGS, params={"page[number]": 2, "page[size]": 1})
            return [send(client, op, sb).content for op in (*SYNTHESISED, "listWidgets")]

    first = answers(0, warm_up=False)
    assert first == answers(0, warm_up=True)
    other = answers(1, warm_up=False)
    assert all(a != b for a, b in zip(first, other, strict=True) if b"year" not in a)


def test_a_synthesised_cursor_page_is_the_last_page() -> None:
    """The installed ClickReport example says `hasNextPage: true`; answered as is, a cursor
    walker would read the same page for ever. A synthesised answer is always the last page."""
    spec = copy.deepcopy(INSTALLED)
    spec["paths"]["/api/v2/reports/v2/widget-table"] = {
        "get": {
            "operationId": "getWidgetReport",
            "tags": ["Reports"],
            "x-pagination": "cursor",
            "parameters": [{"name": "page[after]", "in": "query", "schema": {"type": "string"}}],
            "responses": _ok({"$ref": REF + "ClickReport"}),
        }
    }
    spec["components"]["schemas"]["PageInfo"]["example"] = {"endCursor": "c1", "hasNextPage": True}
    sb = Sandbox(seed=0, clock=ManualClock(), spec=spec)
    with client_for(sb) as client:
        answer = client.get("/api/v2/reports/v2/widget-table")
    assert answer.status_code == 200 and answer.json()["data"]["pageInfo"]["hasNextPage"] is False
    assert validate_exchange(spec, answer.request, answer) == []


# -- examples are preferred ----------------------------------------------------------------------


def test_examples_are_preferred_when_they_fit_the_schema() -> None:
    spec = extended_spec()
    schemas = spec["components"]["schemas"]
    schemas["OfferStats"]["properties"]["offer_id"]["example"] = "offer-from-the-example"
    schemas["OfferStats"]["properties"]["clicks"]["example"] = "many"  # does not fit: ignored
    schemas["OfferRanking"]["example"] = {"id": "8d5bfb33-3a3e-4c8a-9f6e-5a1c30d5e0d1", "rank": 7}
    media = spec["paths"][CLONE]["post"]["responses"]["201"]["content"]["application/json"]
    media["examples"] = {
        "broken": {"value": {"created_item_ids": "x"}},
        "good": {"value": {"created_item_ids": ["a1", "b2"], "queued": True}},
    }
    sb = Sandbox(seed=0, clock=ManualClock(), spec=spec)
    with client_for(sb) as client:
        stats = send(client, "getOfferStats", sb).json()["data"]
        assert stats["offer_id"] == "offer-from-the-example" and isinstance(stats["clicks"], int)
        assert send(client, "cloneOffer", sb).json() == {"created_item_ids": ["a1", "b2"], "queued": True}
        rankings = client.get(RANKINGS)
        items = rankings.json()["data"]
        assert [i["rank"] for i in items] == [7, 7, 7]
        assert items[0]["id"] == "8d5bfb33-3a3e-4c8a-9f6e-5a1c30d5e0d1"
        assert len({i["id"] for i in items}) == LIST_SIZE  # a repeated id is replaced
        for response in (rankings, send(client, "getOfferStats", sb), send(client, "cloneOffer", sb)):
            assert validate_exchange(spec, response.request, response) == []


def test_a_list_example_gives_the_items_and_the_meta_follows_the_paging() -> None:
    spec = extended_spec()
    media = spec["paths"][RANKINGS]["get"]["responses"]["200"]["content"]["application/json"]
    media["example"] = {
        "data": [{"id": "11111111-1111-4111-8111-111111111111", "rank": 1}],
        "meta": {"total_count": 1, "total_page": 1, "current_page": 1, "per_page": 20},
    }
    sb = Sandbox(seed=0, clock=ManualClock(), spec=spec)
    with client_for(sb) as client:
        body = client.get(RANKINGS, params={"page[size]": 2}).json()
    assert [i["rank"] for i in body["data"]] == [1, 1]
    assert body["data"][0]["id"] == "11111111-1111-4111-8111-111111111111" != body["data"][1]["id"]
    assert body["meta"] == {"total_count": 3, "total_page": 2, "current_page": 1, "per_page": 2}


# -- the installed spec: every operation answered, modelled ones as modelled ------------------------


def _request_for(sb: Sandbox, spec: dict[str, Any], method: str, template: str, op: dict[str, Any]) -> httpx.Request:
    """A request to `op` built from the spec alone: seeded ids where the sandbox has them,
    required parameters and body synthesised from their schemas."""
    synth = Synth(Spec(spec), seed=0)
    seeded = {
        "integrationID": sb.integration_id,
        "organizationID": sb.organization_id,
        "offerID": sb.offer_ids[0],
        "publisherID": sb.publisher_ids[0],
        "advertiserID": sb.advertiser_ids[0],
        "userID": sb.user_ids[0],
    }
    route = sb.router.routes[op["operationId"]]
    path = template
    query: dict[str, Any] = {}
    for param in route.parameters:
        value = seeded.get(param["name"]) or synth.value(param.get("schema", {}), key=param["name"], name=param["name"])
        if param["in"] == "path":
            path = path.replace("{" + param["name"] + "}", str(value))
        elif param["in"] == "query" and param.get("required"):
            query[param["name"]] = value
    body = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
    content = json.dumps(synth.value(body, key="body")).encode() if body else None
    headers = {"API-KEY": sb.api_key, "Content-Type": "application/json"}
    return httpx.Request(method.upper(), sb.base_url + path, params=query, headers=headers, content=content)


@pytest.fixture(scope="module")
def installed() -> Sandbox:
    return Sandbox(seed=0, clock=ManualClock())


@pytest.mark.parametrize(
    ("method", "template", "op"),
    [pytest.param(m, p, op, id=op["operationId"]) for m, p, op in iter_operations(INSTALLED)],
)
def test_every_operation_of_the_installed_spec_is_answered(
    installed: Sandbox, method: str, template: str, op: dict[str, Any]
) -> None:
    response = installed.handle(_request_for(installed, INSTALLED, method, template, op))
    assert response.status_code != 501 and response.status_code < 500, response.text


@pytest.fixture(scope="module")
def extended() -> Sandbox:
    return Sandbox(seed=0, clock=ManualClock(), spec=EXTENDED)


@pytest.mark.parametrize(
    ("method", "template", "op"),
    [pytest.param(m, p, op, id=op["operationId"]) for m, p, op in iter_operations(EXTENDED)],
)
def test_every_operation_of_an_extended_spec_is_answered(
    extended: Sandbox, method: str, template: str, op: dict[str, Any]
) -> None:
    response = extended.handle(_request_for(extended, EXTENDED, method, template, op))
    assert response.status_code != 501 and response.status_code < 500, response.text


@pytest.mark.parametrize("spec", [INSTALLED, EXTENDED], ids=["installed", "extended"])
def test_the_synthesiser_answers_every_operation_schema_valid(spec: dict[str, Any]) -> None:
    """Whatever handles an operation today, its synthesised answer fits its response schema
    (the installed spec's own examples included, where it has them)."""
    sb = Sandbox(seed=0, clock=ManualClock(), spec=spec)
    problems = []
    for method, template, op in iter_operations(spec):
        request = _request_for(sb, spec, method, template, op)
        route = sb.router.routes[op["operationId"]]
        params = {"page[number]": 1, "page[size]": 2} if route.operation.get("x-pagination") == "numbered" else {}
        answer = sb.synth.answer(Call(route, {}, [], params, None, None))
        assert 200 <= answer.status_code < 300
        response = httpx.Response(answer.status_code, headers=answer.headers, content=answer.content, request=request)
        problems += [str(v) for v in validate_exchange(spec, request, response) if v.side == "response"]
    assert problems == []


def test_modelled_operations_keep_their_modelled_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    spec = copy.deepcopy(INSTALLED)
    media = spec["paths"]["/api/v2/integrations/{integrationID}/offers/{offerID}"]["get"]["responses"]["200"]
    media["content"]["application/json"]["example"] = {"data": {"id": "example-offer", "name": "Example"}}
    sb = Sandbox(seed=0, clock=ManualClock(), spec=spec)

    def refuse(call: Any) -> Any:
        raise AssertionError(f"the synthesiser answered {call.route.operation_id}")

    monkeypatch.setattr(sb.synth, "answer", refuse)
    offers = f"/api/v2/integrations/{sb.integration_id}/offers"
    with client_for(sb) as client:
        offer = client.get(f"{offers}/{sb.offer_ids[0]}").json()["data"]
        stored = sb.store.collection("/api/v2/integrations/{integrationID}/offers").get(sb.offer_ids[0])
        assert stored is not None and offer == stored.data and offer["id"] == sb.offer_ids[0]
        assert client.get(offers).json()["meta"]["total_count"] == 500
        report = client.get(
            "/api/v2/reports/v2/conversion-table",
            params={"integration_id": sb.integration_id, "start_time": "2025-02-14 00:00:00",
                    "end_time": "2025-02-14 23:59:59", "page[size]": 5},
        )  # fmt: skip
        assert report.status_code == 200 and len(report.json()["data"]["data"]) == 5


# -- patterns ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "pattern",
    [
        r"^[A-Z]{2}$",
        r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$",
        r"^(foo|bar)-[a-f0-9]{6,8}$",
        r"^sub_\w+\.csv$",
        r"^[^0-9]{3}x?y*z+$",
        r"ab(?:cd)+e",
    ],
)
def test_simple_patterns_are_generated_to_match(pattern: str) -> None:
    import random

    for seed in range(5):
        text = _from_pattern(pattern, random.Random(seed))
        assert text is not None and re.search(pattern, text), (pattern, text)


def test_patterns_beyond_the_subset_are_refused_not_guessed() -> None:
    import random

    assert _from_pattern(r"^(?=.*\d)\w+$", random.Random(0)) is None  # lookahead
    assert _from_pattern(r"^\p{L}+$", random.Random(0)) is None


# -- the tools run on a new spec with no new code --------------------------------------------------


def test_the_probe_confirms_the_new_read_operations() -> None:
    from integr8 import Integr8
    from integr8.contract import Outcome, probe
    from integr8.testing import use_sandbox_time

    sb = Sandbox(seed=0, clock=ManualClock(), spec=EXTENDED)
    client = use_sandbox_time(Integr8(sb.api_key, base_url=sb.base_url, transport=SandboxTransport(sb)), sb)
    with client:
        report = probe(client, spec=EXTENDED, integration_id=sb.integration_id, only=["Widgets", "Offers"])
    outcomes = {r.operation_id: r.outcome for r in report.results}
    for operation_id in ("listWidgets", "getWidget", "listOfferWidgets", "listOfferRankings", "getOfferStats"):
        assert outcomes[operation_id] is Outcome.CONFIRMED, report.summary()
    assert outcomes["getWidgetYear"] is Outcome.NOT_PROBED  # no value for {year}: the probe says so
    assert all(not report.result(op).undocumented for op in ("listWidgets", "getWidget", "getOfferStats"))
    assert report.ok, report.summary()


def test_schemathesis_finds_nothing_on_the_new_operations(tmp_path: Path) -> None:
    from integr8.testing import serve

    schemathesis = Path(sys.executable).with_name("schemathesis")
    if not schemathesis.exists():
        schemathesis = Path(shutil.which("schemathesis") or "")
    if not schemathesis.is_file():
        pytest.skip("schemathesis is not installed (it is in the dev extra)")
    spec_file = tmp_path / "extended.json"
    spec_file.write_text(json.dumps(EXTENDED))
    sb = Sandbox(seed=0, spec=EXTENDED)
    selected = [*SYNTHESISED, *COLLECTION]
    with serve(sb, port=0) as server:
        run = subprocess.run(
            [
                str(schemathesis),
                "run",
                str(spec_file),
                "--url",
                server.base_url,
                "--header",
                f"API-KEY: {sb.api_key}",
                "--checks",
                "not_a_server_error,status_code_conformance,response_schema_conformance",
                "--include-operation-id-regex",
                "^(" + "|".join(selected) + ")$",
                "--max-examples",
                "10",
                "--seed",
                "7",
                "--generation-deterministic",
                "--workers",
                "1",
                "--report-dir",
                str(tmp_path),
            ],
            capture_output=True,
            text=True,
            timeout=240,
            cwd=tmp_path,
        )
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-2000:]
    assert f"Selected: {len(selected)}/" in run.stdout and f"Tested: {len(selected)}\n" in run.stdout
