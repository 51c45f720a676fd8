"""The sandbox (`integr8.testing`) behaves like the Integr8 API the spec and reference describe.

In process (SandboxTransport / AsyncSandboxTransport) except for one loopback round trip
through `serve()`; no network beyond 127.0.0.1.
"""

from __future__ import annotations

import copy
import csv
import io
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from integr8._spec import load_spec
from integr8.testing import (
    AsyncSandboxTransport,
    Fault,
    ManualClock,
    Sandbox,
    SandboxTransport,
    serve,
)

FEB = {"start_time": "2025-02-01 00:00:00", "end_time": "2025-02-28 23:59:59"}
DAY = {"start_time": "2025-02-14 00:00:00", "end_time": "2025-02-14 23:59:59"}
CONVERSIONS = "/api/v2/reports/v2/conversion-table"


@pytest.fixture
def sb() -> Sandbox:
    return Sandbox(seed=0, clock=ManualClock())


@pytest.fixture
def client(sb: Sandbox) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=sb.base_url, transport=SandboxTransport(sb), headers={"API-KEY": sb.api_key}) as c:
        yield c


def offers_path(sb: Sandbox) -> str:
    return f"/api/v2/integrations/{sb.integration_id}/offers"


def report(client: httpx.Client, sb: Sandbox, path: str = CONVERSIONS, **params: Any) -> Any:
    query = {"integration_id": sb.integration_id, **DAY, "page[size]": 100, **params}
    response = client.get(path, params=query)
    assert response.status_code == 200, response.text
    return response.json()["data"]


def completed_export(client: httpx.Client, sb: Sandbox, kind: str = "conversions", **params: Any):
    query = {**DAY, "fields": "tx_id,status", "extra_parameters": "sub1", **params}
    created = client.post(f"/api/v2/download-center/{kind}-export/{sb.integration_id}", params=query)
    assert created.status_code == 200, created.text
    assert isinstance(sb.clock, ManualClock)
    sb.clock.advance(10)
    return client.get(f"/api/v2/downloadcenter-exports/{created.json()['id']}").json()["data"]


def signed_url(client: httpx.Client, export: dict[str, Any]) -> str:
    answer = client.get("/downloadcenter-artifact-url", params={"artifact_name": export["artifact"]["name"]})
    assert answer.status_code == 200, answer.text
    return str(answer.json()["url"])


def unzip_csv(data: bytes, delimiter: str = ",") -> list[list[str]]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        (name,) = archive.namelist()
        assert name.endswith(".csv")
        text = archive.read(name).decode("utf-8")
    return list(csv.reader(io.StringIO(text), delimiter=delimiter))


# -- construction, routing, auth, validation ----------------------------------------------------


def test_construction_is_fast_and_seeded() -> None:
    best = min(_timed(lambda: Sandbox(seed=3)) for _ in range(3))
    assert best < 0.5
    sb = Sandbox(seed=3)
    assert sb.api_key == "sandbox_test_key_0000000000000000"
    assert len(sb.offer_ids) == 500 and len(sb.publisher_ids) == 25 and len(sb.advertiser_ids) == 6


def _timed(fn: Any) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def test_unknown_path_is_404_and_wrong_method_405(client: httpx.Client) -> None:
    missing = client.get("/api/v2/coffees")
    assert missing.status_code == 404
    assert missing.json() == {"error": "not_found", "message": "no operation at GET /api/v2/coffees"}
    wrong = client.put("/api/v2/advertisers", json={})
    assert wrong.status_code == 405
    assert wrong.headers["Allow"] == "DELETE, GET, PATCH, POST"
    assert wrong.json()["error"] == "method_not_allowed"


def test_concrete_segments_beat_parameters(client: httpx.Client) -> None:
    grouped = client.get("/api/v2/integr8-link-test-logs/grouped", params=DAY)
    assert grouped.status_code == 200 and "count" in grouped.json()["data"][0]
    assert client.get("/api/v2/integr8-link-test-logs/nope").status_code == 404
    assert client.get("/api/v2/integr8-link-test-logs/grouped").status_code == 400  # window


def test_routes_follow_the_spec() -> None:
    spec = copy.deepcopy(load_spec())
    spec["paths"]["/api/v3/brands"] = spec["paths"].pop("/api/v2/advertisers")
    sb = Sandbox(spec=spec)
    with httpx.Client(transport=SandboxTransport(sb), base_url=sb.base_url) as c:
        headers = {"API-KEY": sb.api_key}
        assert c.get("/api/v3/brands", headers=headers).json()["meta"]["total_count"] == 6
        assert c.get("/api/v2/advertisers", headers=headers).status_code == 404


def test_any_valid_spec_can_be_routed() -> None:
    """Shapes a newer spec may use: `$ref` parameters, a path parameter that is no identifier, a
    POST on an item path, an operation without an operationId. None may stop the sandbox."""
    spec = copy.deepcopy(load_spec())
    spec["components"]["parameters"] = {
        "Slug": {"name": "offer-slug", "in": "path", "required": True, "schema": {"type": "string"}},
        "Verbose": {"name": "verbose", "in": "query", "schema": {"type": "boolean"}},
    }
    ok = {"200": {"description": "OK", "content": {"application/json": {"schema": {"type": "object"}}}}}
    offers = "/api/v2/integrations/{integrationID}/offers"
    spec["paths"]["/api/v2/offer-slugs/{offer-slug}"] = {
        "parameters": [{"$ref": "#/components/parameters/Slug"}],
        "get": {
            "operationId": "getOfferBySlug",
            "parameters": [{"$ref": "#/components/parameters/Verbose"}],
            "responses": ok,
        },
    }
    spec["paths"][offers + "/{offerID}"]["post"] = {"operationId": "touchOffer", "responses": ok}
    spec["paths"]["/api/v2/pings"] = {"get": {"responses": ok}}
    sb = Sandbox(spec=spec)
    assert sb.router.match("GET", "/api/v2/offer-slugs/a-b").params == {"offer-slug": "a-b"}
    assert "touchOffer" not in sb.bindings and sb.bindings["getOffer"].kind == "get"
    with httpx.Client(transport=SandboxTransport(sb), base_url=sb.base_url, headers={"API-KEY": sb.api_key}) as c:
        assert c.get("/api/v2/offer-slugs/a-b", params={"verbose": "true"}).status_code == 200
        bad = c.get("/api/v2/offer-slugs/a-b", params={"verbose": "very"})
        assert bad.status_code == 400 and bad.json()["message"] == "verbose: expected true or false, got 'very'"
        assert c.post(f"/api/v2/integrations/{sb.integration_id}/offers/{sb.offer_ids[0]}").status_code == 200
        assert c.get("/api/v2/pings").status_code == 200
    assert sb.requests[-1].operation_id == "GET /api/v2/pings"


def test_required_header_parameters_are_checked_without_echoing_them() -> None:
    spec = copy.deepcopy(load_spec())
    ok = {"200": {"description": "OK", "content": {"application/json": {"schema": {"type": "object"}}}}}
    header = {"name": "X-Signature", "in": "header", "required": True, "schema": {"type": "string", "maxLength": 8}}
    spec["paths"]["/api/v2/signed"] = {"get": {"operationId": "getSigned", "parameters": [header], "responses": ok}}
    sb = Sandbox(spec=spec)
    with httpx.Client(transport=SandboxTransport(sb), base_url=sb.base_url, headers={"API-KEY": sb.api_key}) as c:
        missing = c.get("/api/v2/signed")
        assert missing.status_code == 400 and missing.json()["message"] == "missing required header X-Signature"
        long = c.get("/api/v2/signed", headers={"X-Signature": "s3cr3t-signature"})
        assert long.status_code == 400 and "s3cr3t" not in long.text
        assert long.json()["message"] == "header X-Signature: must be at most 8 characters, got 16"
        assert c.get("/api/v2/signed", headers={"x-signature": "abc"}).status_code == 200


def test_authentication(sb: Sandbox, client: httpx.Client) -> None:
    with httpx.Client(base_url=sb.base_url, transport=SandboxTransport(sb)) as anonymous:
        missing = anonymous.get("/api/v2/users")
        assert missing.status_code == 401
        assert set(missing.json()) == {"error", "message"}
        assert "API-KEY" in missing.json()["message"]
        wrong = anonymous.get("/api/v2/users", headers={"API-KEY": "nope"})
        assert wrong.status_code == 401 and wrong.json()["error"] == "unauthorized"
        bearer = anonymous.get("/api/v2/users", headers={"Authorization": f"Bearer {sb.api_key}"})
        assert bearer.status_code == 200

    other = sb.add_key("other", deny={"deleteOffer"})
    headers = {"API-KEY": other}
    target = f"{offers_path(sb)}/{sb.offer_ids[0]}"
    denied = client.delete(target, headers=headers)
    assert denied.status_code == 403
    assert denied.json() == {"error": "forbidden", "message": "this API key may not call deleteOffer"}
    assert client.get(target, headers=headers).status_code == 200
    with pytest.raises(ValueError, match="noSuchOperation"):
        sb.add_key("x", deny={"noSuchOperation"})


@pytest.mark.parametrize(
    ("method", "path", "kwargs", "message"),
    [
        ("post", "/api/v2/advertisers", {"json": {"active": True}}, "body.name: required field is missing"),
        ("post", "/api/v2/advertisers", {"json": {"name": 5}}, "body.name: expected a string, got an integer"),
        (
            "post",
            "/api/v2/users",
            {"json": {"email": "a", "password": "b", "role": "root"}},
            "body.role: 'root' is not one of: admin, accountManager",
        ),
        ("post", "/api/v2/advertisers", {"content": b"{"}, "body: not valid JSON"),
        ("get", "/api/v2/advertisers", {"params": {"page[size]": 101}}, "page[size]: must be <= 100, got 101"),
        ("get", "/api/v2/advertisers", {"params": {"page[number]": "x"}}, "page[number]: expected an integer, got 'x'"),
        (
            "get",
            CONVERSIONS,
            {
                "params": {
                    "integration_id": "i",
                    "start_time": "2025-02-01",
                    "end_time": "2025-02-02 00:00:00",
                    "page[size]": 5,
                }
            },
            "start_time: '2025-02-01' does not match the expected format (format: 2006-01-02 15:04:05)",
        ),
        (
            "get",
            CONVERSIONS,
            {"params": {"integration_id": "i", **DAY, "page[size]": 5, "timezone": "Mars/Olympus"}},
            "timezone: unknown IANA time zone 'Mars/Olympus' (e.g. 'UTC', 'Europe/Berlin')",
        ),
        ("get", CONVERSIONS, {"params": {"integration_id": "i", **DAY}}, "missing required query parameter page[size]"),
        (
            "post",
            "/api/v2/custom-payouts",
            {"json": {"offer_incremental_id": 1, "publisher_incremental_id": 1, "payout_percent": 150}},
            "body.payout_percent: must be <= 100, got 150",
        ),
    ],
)
def test_bad_requests_are_400_naming_the_field(
    client: httpx.Client, method: str, path: str, kwargs: dict[str, Any], message: str
) -> None:
    response = client.request(method.upper(), path, **kwargs)
    assert response.status_code == 400
    assert response.json() == {"error": "bad_request", "message": message}


# -- CRUD ---------------------------------------------------------------------------------------


def test_crud_round_trip(sb: Sandbox, client: httpx.Client) -> None:
    created = client.post("/api/v2/advertisers", json={"name": "Test Co", "country": "DE"})
    assert created.status_code == 200
    adv_id = created.json()["created_item_id"]
    got = client.get(f"/api/v2/advertisers/{adv_id}").json()["data"]
    assert got["id"] == adv_id and got["name"] == "Test Co" and got["country"] == "DE"
    assert got["incremental_id"] == 7  # after the six seeded advertisers
    assert got["created_at"] == got["updated_at"] == "2025-03-01T00:00:00Z"

    assert isinstance(sb.clock, ManualClock)
    sb.clock.advance(60)
    updated = client.put(f"/api/v2/advertisers/{adv_id}", json={"name": "Test Co 2", "id": "hack"})
    assert updated.status_code == 200 and updated.json() == {}
    got = client.get(f"/api/v2/advertisers/{adv_id}").json()["data"]
    assert got["name"] == "Test Co 2" and got["country"] == "DE" and got["id"] == adv_id
    assert got["updated_at"] == "2025-03-01T00:01:00Z"

    listed = client.get("/api/v2/advertisers", params={"filter[id]": adv_id}).json()
    assert listed["data"] == [got] and listed["meta"] == {"total_count": 1, "total_page": 1}

    user = client.post("/api/v2/users", json={"email": "e@x", "password": "s3cret", "role": "admin"})
    stored = client.get(f"/api/v2/users/{user.json()['created_item_id']}").json()["data"]
    assert "password" not in stored  # write-only
    assert client.delete(f"/api/v2/users/{stored['id']}").status_code == 200
    assert client.get(f"/api/v2/users/{stored['id']}").status_code == 404


def test_nested_resources_are_scoped_by_their_parents(sb: Sandbox, client: httpx.Client) -> None:
    offer = client.post(offers_path(sb), json={"name": "Nested", "advertiser_id": 1}).json()
    offer_id = offer["created_item_id"]
    got = client.get(f"{offers_path(sb)}/{offer_id}").json()["data"]
    assert got["integration_id"] == sb.integration_id and got["incremental_id"] == 501

    assert client.get(f"/api/v2/integrations/other/offers/{offer_id}").status_code == 404
    assert client.get("/api/v2/integrations/other/offers").json()["message"] == "no integration with id other"

    events = f"{offers_path(sb)}/{offer_id}/events"
    event_id = client.post(events, json={"name": "Upsell"}).json()["created_item_id"]
    assert client.get(f"{events}/{event_id}").json()["data"]["offer_id"] == offer_id
    assert [e["id"] for e in client.get(events).json()["data"]] == [event_id]
    other_events = f"{offers_path(sb)}/{sb.offer_ids[0]}/events"
    assert event_id not in [e["id"] for e in client.get(other_events).json()["data"]]
    assert client.get(f"{other_events}/{event_id}").status_code == 404
    assert client.get(f"{offers_path(sb)}/nope/events").status_code == 404

    pub = sb.publisher_ids[3]
    users = f"/api/v2/publishers/{pub}/users"
    pub_user = client.post(users, json={"email": "p@x", "publisher_id": "forged"}).json()
    data = client.get(f"{users}/{pub_user['created_item_id']}").json()["data"]
    assert data["publisher_id"] == pub and data["publisher_incremental_id"] == 4

    throttles = f"/api/v2/publishers/{pub}/custom-throttles"
    created = client.post(
        throttles, json={"offer_incremental_id": 1, "publisher_incremental_id": 4, "throttle_percentage": 5}
    ).json()
    throttle = client.get(f"{throttles}/{created['created_item_id']}").json()["data"]
    assert throttle["active"] is False and throttle["throttle_status"] == "Pending"  # spec defaults


def test_bulk_operations(sb: Sandbox, client: httpx.Client) -> None:
    pub = sb.publisher_ids[10]
    sub_ids = f"/api/v2/publishers/{pub}/sub-ids"
    bulk = client.post(f"{sub_ids}/bulk", json={"data": [{"external_id": f"s{i}", "name": f"S{i}"} for i in range(3)]})
    assert bulk.status_code == 200
    listed = client.get(sub_ids).json()
    assert [s["external_id"] for s in listed["data"]] == ["s0", "s1", "s2"]
    org = client.get(
        f"/api/v2/organizations/{sb.organization_id}/publisher-sub-ids",
        params={"filter[publisher_id]": pub},
    ).json()
    assert org["data"] == listed["data"]
    bad = client.post(f"{sub_ids}/bulk", json={"data": [{"name": "no external id"}]})
    assert bad.json()["message"] == "body.data[0].external_id: required field is missing"

    ids = [s["id"] for s in listed["data"]]
    missing = client.request("DELETE", sub_ids, json={"data": [ids[0], "nope"]})
    assert missing.status_code == 404 and "nope" in missing.json()["message"]
    assert client.get(sub_ids).json()["meta"]["total_count"] == 3  # all or nothing
    assert client.request("DELETE", sub_ids, json={"data": ids[:2]}).status_code == 200
    assert client.get(sub_ids).json()["meta"]["total_count"] == 1

    targets = sb.offer_ids[:3]
    assert client.patch(offers_path(sb), json={"active": False, "data": targets}).json() == {}
    inactive = client.get(offers_path(sb), params={"filter[active]": "false", "page[size]": 100})
    assert set(targets) <= {o["id"] for o in inactive.json()["data"]}
    assert client.patch(offers_path(sb), json={"data": targets}).status_code == 400


def test_delete_archives_where_the_api_archives(sb: Sandbox, client: httpx.Client) -> None:
    offer_id = sb.offer_ids[5]
    item = f"{offers_path(sb)}/{offer_id}"
    assert client.delete(item).status_code == 200
    assert client.get(item).status_code == 404
    assert client.delete(item).status_code == 404
    visible = client.get(offers_path(sb), params={"page[size]": 100}).json()
    assert visible["meta"]["total_count"] == 499
    archived = client.get(offers_path(sb), params={"filter[archived]": "true"}).json()
    assert [o["id"] for o in archived["data"]] == [offer_id]
    assert archived["data"][0]["archived"] is True
    restored = client.put(item, json={"name": "Back", "advertiser_id": 1, "archived": False})
    assert restored.status_code == 200
    assert client.get(item).json()["data"]["name"] == "Back"

    client.request("DELETE", "/api/v2/publishers", json={"data": sb.publisher_ids[:2]})
    assert client.get("/api/v2/publishers").json()["meta"]["total_count"] == 23
    assert client.get(f"/api/v2/publishers/{sb.publisher_ids[0]}/users").status_code == 404

    events = f"{offers_path(sb)}/{sb.offer_ids[0]}/events"
    event_id = client.get(events).json()["data"][0]["id"]
    assert client.delete(f"{events}/{event_id}").status_code == 200  # removed, not archived
    assert client.get(events, params={"filter[archived]": "true"}).json()["data"] == []
    assert client.get(f"{events}/{event_id}").status_code == 404


# -- lists: pagination, filters, sorting ---------------------------------------------------------


def test_numbered_pagination(sb: Sandbox, client: httpx.Client) -> None:
    first = client.get(offers_path(sb), params={"page[size]": 10}).json()
    assert first["meta"] == {"total_count": 500, "total_page": 50}
    assert len(first["data"]) == 10
    last = client.get(offers_path(sb), params={"page[size]": 10, "page[number]": 50}).json()
    assert [o["incremental_id"] for o in last["data"]] == list(range(491, 501))
    beyond = client.get(offers_path(sb), params={"page[size]": 10, "page[number]": 51}).json()
    assert beyond["data"] == [] and beyond["meta"]["total_page"] == 50
    default = client.get(offers_path(sb)).json()
    assert len(default["data"]) == 20 and default["meta"]["total_page"] == 25
    assert len(client.get(offers_path(sb), params={"page[size]": 100}).json()["data"]) == 100
    assert client.get(offers_path(sb), params={"page[size]": 101}).status_code == 400
    assert client.get(offers_path(sb), params={"page[size]": 0}).status_code == 400


def _all_offers(client: httpx.Client, sb: Sandbox, **params: Any) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    number = 1
    while True:
        page = client.get(offers_path(sb), params={"page[size]": 100, "page[number]": number, **params})
        assert page.status_code == 200, page.text
        out += page.json()["data"]
        if number >= page.json()["meta"]["total_page"]:
            return out
        number += 1


def test_filters(sb: Sandbox, client: httpx.Client) -> None:
    everything = _all_offers(client, sb)

    def ids(**params: Any) -> list[int]:
        return [o["incremental_id"] for o in _all_offers(client, sb, **params)]

    def expect(predicate: Any) -> list[int]:
        return [o["incremental_id"] for o in everything if predicate(o)]

    assert ids(**{"filter[currency]": "EUR"}) == expect(lambda o: o["currency"] == "EUR")
    assert ids(**{"filter[currency][ne]": "EUR"}) == expect(lambda o: o["currency"] != "EUR")
    assert ids(**{"filter[name][like]": "vpn"}) == expect(lambda o: "vpn" in o["name"].lower())
    assert ids(**{"filter[default_payout.payout][gte]": "30"}) == expect(lambda o: o["default_payout"]["payout"] >= 30)
    assert ids(**{"filter[default_payout.payout_type]": "CPA"}) == expect(lambda o: True)
    assert ids(**{"filter[advertiser_id][in]": "1,3"}) == expect(lambda o: o["advertiser_id"] in (1, 3))
    assert ids(**{"filter[incremental_id][lt]": "4"}) == [1, 2, 3]
    assert ids(**{"filter[incremental_id][eq_n]": "7"}) == [7]
    assert ids(**{"filter[visibility]": "Public", "filter[active]": "true"}) == expect(
        lambda o: o["visibility"] == "Public" and o["active"]
    )
    assert ids(**{"filter[no_such_field]": "x"}) == []
    unknown_op = client.get(offers_path(sb), params={"filter[name][regex]": "x"})
    assert unknown_op.status_code == 400 and "unknown filter operator 'regex'" in unknown_op.text

    pubs = client.get("/api/v2/publishers", params={"filter[countries]": "US", "page[size]": 100})
    assert all("US" in p["countries"] for p in pubs.json()["data"])
    blocked = client.get("/api/v2/blocked-subids", params={"filter[publisher_incremental_id][eq_n]": 2})
    assert [b["publisher_incremental_id"] for b in blocked.json()["data"]] == [2]


def test_sort_is_stable_and_multi_key(sb: Sandbox, client: httpx.Client) -> None:
    everything = _all_offers(client, sb)
    got = _all_offers(client, sb, sort="-advertiser_id,name")
    by_name = sorted(everything, key=lambda o: o["name"])
    want = sorted(by_name, key=lambda o: o["advertiser_id"], reverse=True)
    assert [o["id"] for o in got] == [o["id"] for o in want]
    got = _all_offers(client, sb, sort="visibility")
    stable = sorted(everything, key=lambda o: o["visibility"])
    assert [o["id"] for o in got] == [o["id"] for o in stable]


def test_same_seed_same_bytes() -> None:
    def responses(seed: int) -> list[bytes]:
        sb = Sandbox(seed=seed, clock=ManualClock())
        with httpx.Client(base_url=sb.base_url, transport=SandboxTransport(sb)) as c:
            headers = {"API-KEY": sb.api_key}
            return [
                c.get(offers_path(sb), params={"page[size]": 50}, headers=headers).content,
                c.get("/api/v2/publishers", headers=headers).content,
                c.post("/api/v2/advertisers", json={"name": "n"}, headers=headers).content,
                c.get(
                    CONVERSIONS,
                    params={"integration_id": sb.integration_id, **FEB, "page[size]": 100},
                    headers=headers,
                ).content,
            ]

    assert responses(1) == responses(1)
    assert responses(1) != responses(2)


# -- reports --------------------------------------------------------------------------------------


def test_reports_are_newest_first_with_cursors(sb: Sandbox, client: httpx.Client) -> None:
    first = report(client, sb, **{"page[size]": 25})
    rows = first["data"]
    times = [r["conversion_time"] for r in rows]
    assert times == sorted(times, reverse=True) and len(rows) == 25
    info = first["pageInfo"]
    assert info == {
        "startCursor": rows[0]["real_tx_id"],
        "endCursor": rows[-1]["real_tx_id"],
        "hasNextPage": True,
        "hasPreviousPage": False,
    }
    second = report(client, sb, **{"page[size]": 25, "page[after]": info["endCursor"]})
    assert second["data"][0]["conversion_time"] <= rows[-1]["conversion_time"]
    assert second["pageInfo"]["hasPreviousPage"] is True
    back = report(client, sb, **{"page[size]": 25, "page[before]": second["pageInfo"]["startCursor"]})
    assert back["data"] == rows and back["pageInfo"]["hasPreviousPage"] is False

    everything = []
    after = None
    while True:
        page = report(client, sb, **({"page[after]": after} if after else {}))
        everything += page["data"]
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    assert len({r["real_tx_id"] for r in everything}) == len(everything) > 300
    for path in ("/api/v2/reports/v2/click-table", "/api/v2/reports/v2/impression-table"):
        clicks = report(client, sb, path)["data"]
        assert [c["request_time"] for c in clicks] == sorted((c["request_time"] for c in clicks), reverse=True)


def test_report_cursor_errors(sb: Sandbox, client: httpx.Client) -> None:
    cursor = report(client, sb)["pageInfo"]["endCursor"]
    base = {"integration_id": sb.integration_id, **DAY, "page[size]": 10}
    both = client.get(CONVERSIONS, params={**base, "page[after]": cursor, "page[before]": cursor})
    assert both.status_code == 400 and "mutually exclusive" in both.json()["message"]
    unknown = client.get(CONVERSIONS, params={**base, "page[after]": "f" * 32})
    assert unknown.status_code == 400 and "page[after]" in unknown.json()["message"]
    elsewhere = {**base, "start_time": "2025-02-20 00:00:00", "end_time": "2025-02-21 00:00:00"}
    assert client.get(CONVERSIONS, params={**elsewhere, "page[after]": cursor}).status_code == 400
    backwards = {**base, "start_time": "2025-02-20 00:00:00", "end_time": "2025-02-19 00:00:00"}
    assert client.get(CONVERSIONS, params=backwards).json()["message"] == "start_time must not be after end_time"
    empty = {**base, "start_time": "2024-01-01 00:00:00", "end_time": "2024-01-02 00:00:00"}
    assert client.get(CONVERSIONS, params=empty).json()["data"] == {
        "data": [],
        "pageInfo": {"hasNextPage": False, "hasPreviousPage": False},
    }
    assert client.get(CONVERSIONS, params={**base, "integration_id": "nope"}).status_code == 404


def test_report_timezone(sb: Sandbox, client: httpx.Client) -> None:
    utc = report(client, sb, **{"start_time": "2025-02-14 00:00:00", "end_time": "2025-02-14 05:59:59"})
    berlin = report(
        client,
        sb,
        timezone="Europe/Berlin",
        **{"start_time": "2025-02-14 01:00:00", "end_time": "2025-02-14 06:59:59"},
    )
    assert [r["real_tx_id"] for r in utc["data"]] == [r["real_tx_id"] for r in berlin["data"]]
    assert utc["data"], "the window should hold conversions"
    for u, b in zip(utc["data"], berlin["data"], strict=True):
        assert int(b["conversion_time"][11:13]) == int(u["conversion_time"][11:13]) + 1
        assert b["conversion_time"][14:] == u["conversion_time"][14:]
    shifted = report(
        client,
        sb,
        timezone="Europe/Berlin",
        **{"start_time": "2025-02-14 00:00:00", "end_time": "2025-02-14 05:59:59"},
    )
    assert [r["real_tx_id"] for r in shifted["data"]] != [r["real_tx_id"] for r in utc["data"]]


def test_report_filters(sb: Sandbox, client: httpx.Client) -> None:
    rows = report(client, sb, **{"page[size]": 100})["data"]
    sample = rows[0]
    for name in ("status", "offer_id", "publisher", "advertiser"):
        filtered = report(client, sb, **{f"filter[{name}]": sample[name]})["data"]
        assert filtered and all(r[name] == sample[name] for r in filtered)
    rejected = report(client, sb, **{"filter[status]": "Rejected"})["data"]
    assert rejected and {r["status"] for r in rejected} == {"Rejected"}


def _keys(row: dict[str, Any]) -> dict[str, Any]:
    return {k: row[k] for k in ("tx_id", "conversion_time", "hash")}


def test_update_conversion_applies_only_exact_matches(sb: Sandbox, client: httpx.Client) -> None:
    rows = report(client, sb)["data"]
    target, untouched = rows[0], rows[1]
    new_status = "Rejected" if target["status"] == "Approved" else "Approved"
    berlin_time = report(client, sb, timezone="Europe/Berlin")["data"][1]["conversion_time"]
    updates = [
        {**_keys(target), "status": new_status, "payout": 1.25, "revenue": 2.5},
        {**_keys(untouched), "hash": "0" * 40, "status": new_status},  # wrong hash
        {**_keys(untouched), "conversion_time": berlin_time, "payout": 99},  # not UTC: no match
        {**_keys(untouched), "tx_id": "nope", "payout": 99},
    ]
    answer = client.post(
        "/api/v2/reports/conversions/update",
        json={"integration_id": sb.integration_id, "updates": updates},
    )
    assert answer.status_code == 200 and answer.json() == {"success": True}
    after = {r["real_tx_id"]: r for r in report(client, sb)["data"]}
    assert after[target["real_tx_id"]]["status"] == new_status
    assert after[target["real_tx_id"]]["payout"] == 1.25
    assert after[target["real_tx_id"]]["revenue"] == 2.5
    assert after[untouched["real_tx_id"]] == untouched
    nothing = client.post("/api/v2/reports/conversions/update", json={"updates": [{"tx_id": "x"}]})
    assert nothing.status_code == 400  # conversion_time and hash are required by the spec


def test_update_conversion_lag(sb: Sandbox, client: httpx.Client) -> None:
    sb.report_lag_reads = 1
    row = report(client, sb)["data"][0]
    update = {**_keys(row), "payout": 42.0}
    client.post("/api/v2/reports/conversions/update", json={"updates": [update]})
    first = report(client, sb)["data"][0]
    second = report(client, sb)["data"][0]
    assert first["payout"] == row["payout"]
    assert second["payout"] == 42.0
    assert report(client, sb)["data"][0]["payout"] == 42.0


# -- Download Center -------------------------------------------------------------------------------


def test_export_lifecycle(sb: Sandbox, client: httpx.Client) -> None:
    assert isinstance(sb.clock, ManualClock)
    created = client.post(
        f"/api/v2/download-center/clicks-export/{sb.integration_id}",
        params={**DAY, "fields": "tx_id", "extra_parameters": "sub1"},
    )
    export = created.json()
    assert export["status"] == "PENDING" and export["type"] == "click_logs"  # bare, no envelope
    assert export["integration"] == sb.integration_id and export["guest_token"]
    assert export["reports_query_option"]["start_date"] == "2025-02-14"
    assert "artifact" not in export
    url = f"/api/v2/downloadcenter-exports/{export['id']}"

    def status() -> str:
        return str(client.get(url).json()["data"]["status"])

    assert status() == "PENDING"
    sb.clock.advance(1)
    assert status() == "IN_PROGRESS"
    sb.clock.advance(1.9)
    assert status() == "IN_PROGRESS"
    sb.clock.advance(0.1)
    done = client.get(url).json()["data"]
    assert done["status"] == "COMPLETED"
    assert done["artifact"]["name"].endswith(".zip")
    clicks = len(report(client, sb, "/api/v2/reports/v2/click-table", **{"page[size]": 100})["data"])
    assert done["results_meta"]["total"] >= clicks
    assert done["results_meta"]["duration_seconds"] == 3
    assert done["updated_at"] == "2025-03-01T00:00:03Z"

    listed = client.get("/api/v2/downloadcenter-exports", params={"filter[status]": "COMPLETED"})
    assert [e["id"] for e in listed.json()["data"]] == [export["id"]]
    assert client.delete(url).status_code == 200
    assert client.get(url).status_code == 404
    gone = client.get("/downloadcenter-artifact-url", params={"artifact_name": done["artifact"]["name"]})
    assert gone.status_code == 404


def test_export_error(sb: Sandbox, client: httpx.Client) -> None:
    sb.fail_next_export("disk full")
    failed = completed_export(client, sb)
    assert failed["status"] == "ERROR" and failed["error"] == "disk full"
    assert "artifact" not in failed
    assert completed_export(client, sb)["status"] == "COMPLETED"  # only the next one fails


def test_artifact_content(sb: Sandbox, client: httpx.Client) -> None:
    export = completed_export(
        client,
        sb,
        fields="tx_id,conversion_time,payout",
        extra_parameters="sub1,sub2",
        delimiter=";",
        timezone="America/New_York",
        start_time="2025-02-14 00:00:00",
        end_time="2025-02-14 11:59:59",
    )
    download = httpx.Client(transport=SandboxTransport(sb)).get(signed_url(client, export))
    assert download.status_code == 200, download.text
    assert download.headers["Content-Type"] == "application/zip"
    table = unzip_csv(download.content, delimiter=";")
    assert table[0] == ["tx_id", "conversion_time", "payout", "sub1", "sub2"]
    rows = report(
        client,
        sb,
        timezone="America/New_York",
        start_time="2025-02-14 00:00:00",
        end_time="2025-02-14 11:59:59",
    )["data"]
    assert len(table) - 1 == export["results_meta"]["total"]
    assert table[1:4] == [[r["tx_id"], r["conversion_time"], str(r["payout"]), "", ""] for r in rows[:3]]
    assert table[-1][1] >= "2025-02-14 00:00:00" and table[1][1] <= "2025-02-14 11:59:59"

    bad = client.post(
        f"/api/v2/download-center/conversions-export/{sb.integration_id}",
        params={**DAY, "fields": "tx_id,nope", "extra_parameters": "x"},
    )
    assert bad.status_code == 400 and "nope" in bad.json()["message"]


def test_signed_url_host_refuses_credentials(sb: Sandbox, client: httpx.Client) -> None:
    url = signed_url(client, completed_export(client, sb))
    assert url.startswith("https://files.sandbox.integr8.test/")
    assert "expires=" in url and "signature=" in url
    files = httpx.Client(transport=SandboxTransport(sb))
    with_key = files.get(url, headers={"API-KEY": sb.api_key})
    assert with_key.status_code == 403 and "credentials" in with_key.text
    with_auth = files.get(url, headers={"Authorization": f"Bearer {sb.api_key}"})
    assert with_auth.status_code == 403 and "authorization" in with_auth.text
    clean = files.get(url)
    assert clean.status_code == 200 and clean.content[:2] == b"PK"
    last = sb.requests[-1]
    assert last.host == "files" and last.status == 200
    assert not {"api-key", "authorization"} & {h.lower() for h in last.headers}


def test_signed_url_expiry_tampering_and_ranges(sb: Sandbox, client: httpx.Client) -> None:
    url = signed_url(client, completed_export(client, sb))
    files = httpx.Client(transport=SandboxTransport(sb))
    whole = files.get(url).content
    tampered = url.replace("signature=", "signature=0")
    assert files.get(tampered).status_code == 403
    other_expiry = httpx.URL(url).copy_set_param("expires", "9999999999")
    assert files.get(other_expiry).status_code == 403

    part = files.get(url, headers={"Range": "bytes=10-19"})
    assert part.status_code == 206 and part.content == whole[10:20]
    assert part.headers["Content-Range"] == f"bytes 10-19/{len(whole)}"
    assert files.get(url, headers={"Range": "bytes=-5"}).content == whole[-5:]
    assert files.get(url, headers={"Range": f"bytes={len(whole)}-"}).status_code == 416
    stale = files.get(url, headers={"Range": "bytes=10-19", "If-Range": '"other"'})
    assert stale.status_code == 200 and stale.content == whole
    head = files.head(url)
    assert head.status_code == 200 and head.headers["Content-Length"] == str(len(whole))

    assert isinstance(sb.clock, ManualClock)
    sb.clock.advance(sb.signed_url_ttl + 1)
    expired = files.get(url)
    assert expired.status_code == 403 and "expired" in expired.text


def test_shared_report_url_needs_the_guest_token(sb: Sandbox, client: httpx.Client) -> None:
    export = completed_export(client, sb)
    name = export["artifact"]["name"]
    with httpx.Client(base_url=sb.base_url, transport=SandboxTransport(sb)) as guest:
        shared = "/shared/downloadcenter-artifact-url"
        ok = guest.get(shared, params={"artifact_name": name, "token": export["guest_token"]})
        assert ok.status_code == 200 and ok.json()["url"].startswith(sb.files_base_url)
        assert guest.get(shared, params={"artifact_name": name, "token": "x"}).status_code == 403
        assert guest.get(shared, params={"artifact_name": name}).status_code == 401
        assert guest.get("/downloadcenter-artifact-url", params={"artifact_name": name}).status_code == 401


def test_streaming_download_in_process(sb: Sandbox, client: httpx.Client) -> None:
    url = signed_url(client, completed_export(client, sb))
    files = httpx.Client(transport=SandboxTransport(sb))
    with files.stream("GET", url) as response:
        chunks = list(response.iter_bytes())
        assert int(response.headers["Content-Length"]) == sum(map(len, chunks))
    assert unzip_csv(b"".join(chunks))[0] == ["tx_id", "status", "sub1"]


def test_synthetic_artifact(sb: Sandbox, client: httpx.Client) -> None:
    size = 3 * 2**20 + 12345
    sb.synthetic_artifact_bytes = size
    export = completed_export(client, sb, fields="tx_id,payout")
    url = signed_url(client, export)
    files = httpx.Client(transport=SandboxTransport(sb))
    with files.stream("GET", url) as response:
        assert response.headers["Content-Length"] == str(size)
        data = b"".join(response.iter_raw())
    assert len(data) == size
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.testzip() is None  # the precomputed CRC is right
        lines = archive.read(archive.namelist()[0]).decode().splitlines()
    assert lines[0] == "tx_id,payout,sub1" and len(lines) - 1 == export["results_meta"]["total"]
    middle = files.get(url, headers={"Range": "bytes=1000000-1000099"})
    assert middle.content == data[1000000:1000100]


async def test_async_transport(sb: Sandbox) -> None:
    async with httpx.AsyncClient(
        base_url=sb.base_url, transport=AsyncSandboxTransport(sb), headers={"API-KEY": sb.api_key}
    ) as client:
        page = await client.get("/api/v2/publishers", params={"page[size]": 3})
        assert page.status_code == 200 and len(page.json()["data"]) == 3
        created = await client.post(
            f"/api/v2/download-center/clicks-export/{sb.integration_id}",
            params={**DAY, "fields": "tx_id", "extra_parameters": "sub1"},
        )
        assert isinstance(sb.clock, ManualClock)
        sb.clock.advance(5)
        done = (await client.get(f"/api/v2/downloadcenter-exports/{created.json()['id']}")).json()
        url = (
            await client.get("/downloadcenter-artifact-url", params={"artifact_name": done["data"]["artifact"]["name"]})
        ).json()["url"]
    async with httpx.AsyncClient(transport=AsyncSandboxTransport(sb)) as files:
        async with files.stream("GET", url) as response:
            data = b"".join([chunk async for chunk in response.aiter_bytes()])
    assert unzip_csv(data)[0] == ["tx_id", "sub1"]


# -- link test logs --------------------------------------------------------------------------------


def test_link_test_logs(sb: Sandbox, client: httpx.Client) -> None:
    logs = client.get("/api/v2/integr8-link-test-logs", params={**DAY, "page[size]": 100}).json()
    assert logs["data"] and all(log["timestamp"].startswith("2025-02-14") for log in logs["data"])
    tokyo = client.get(
        "/api/v2/integr8-link-test-logs", params={**DAY, "timezone": "Asia/Tokyo", "page[size]": 100}
    ).json()
    assert all(log["timestamp"].startswith("2025-02-14") for log in tokyo["data"])
    assert {log["id"] for log in tokyo["data"]} != {log["id"] for log in logs["data"]}
    one = logs["data"][0]
    assert client.get(f"/api/v2/integr8-link-test-logs/{one['id']}").json()["data"]["id"] == one["id"]

    grouped = client.get(
        "/api/v2/integr8-link-test-logs/grouped", params={**DAY, "fields": "device", "page[size]": 100}
    ).json()
    assert sum(g["count"] for g in grouped["data"]) == logs["meta"]["total_count"]
    assert set(grouped["data"][0]) == {"device", "count"}
    status = client.get("/api/v2/integr8-link-test-logs/charts/status", params=DAY).json()["data"]
    assert status["total"] == logs["meta"]["total_count"]
    totals = client.get("/api/v2/integr8-link-test-logs/totals", params={"time_period": "Last30D"}).json()
    assert totals["data"]["total"] == totals["data"]["passed"] + totals["data"]["failed"] > 0


# -- faults ---------------------------------------------------------------------------------------


def test_status_fault_once_then_ok(sb: Sandbox, client: httpx.Client) -> None:
    sb.inject(Fault(status=503, times=1, operation="listPublishers"))
    assert client.get("/api/v2/advertisers").status_code == 200  # another operation
    failed = client.get("/api/v2/publishers")
    assert failed.status_code == 503 and failed.json()["error"] == "service_unavailable"
    assert client.get("/api/v2/publishers").status_code == 200


def test_rate_limit_fault_with_retry_after(sb: Sandbox, client: httpx.Client) -> None:
    sb.inject(Fault(status=429, retry_after=2, times=2, method="GET"))
    assert client.post("/api/v2/advertisers", json={"name": "x"}).status_code == 200
    for _ in range(2):
        limited = client.get("/api/v2/users")
        assert limited.status_code == 429 and limited.headers["Retry-After"] == "2"
    assert client.get("/api/v2/users").status_code == 200


def test_drop_faults(sb: Sandbox, client: httpx.Client) -> None:
    sb.inject(Fault(drop=True, phase="connect", operation="createAdvertiser"))
    with pytest.raises(httpx.ConnectError):
        client.post("/api/v2/advertisers", json={"name": "never"})
    sb.inject(Fault(drop=True, operation="createAdvertiser"))  # response phase
    with pytest.raises(httpx.RemoteProtocolError):
        client.post("/api/v2/advertisers", json={"name": "applied"})
    names = [a["name"] for a in client.get("/api/v2/advertisers").json()["data"]]
    assert "applied" in names and "never" not in names
    dropped = [r for r in sb.requests if r.operation_id == "createAdvertiser"]
    assert [r.status for r in dropped] == [None, None]


def test_truncate_fault_on_files_host(sb: Sandbox, client: httpx.Client) -> None:
    url = signed_url(client, completed_export(client, sb))
    sb.inject(Fault(truncate_body_at=100, host="files"))
    files = httpx.Client(transport=SandboxTransport(sb))
    with files.stream("GET", url) as cut:
        body = b"".join(cut.iter_raw())
        assert len(body) == 100 < int(cut.headers["Content-Length"])
    assert len(files.get(url).content) > 100  # it fired once


def test_random_faults_are_deterministic() -> None:
    def statuses(seed: int) -> list[int]:
        sb = Sandbox(seed=seed, clock=ManualClock())
        sb.inject(Fault(status=500, probability=0.3, times=None))
        with httpx.Client(base_url=sb.base_url, transport=SandboxTransport(sb)) as c:
            return [c.get("/api/v2/users", headers={"API-KEY": sb.api_key}).status_code for _ in range(40)]

    first = statuses(7)
    assert first == statuses(7)
    assert 0 < first.count(500) < 40
    with pytest.raises(ValueError):
        Fault(status=503, drop=True)


def test_in_process_latency_moves_a_manual_clock_without_sleeping() -> None:
    clock = ManualClock()
    sb = Sandbox(clock=clock, latency=30.0)
    with httpx.Client(base_url=sb.base_url, transport=SandboxTransport(sb)) as c:
        started = time.perf_counter()
        for _ in range(3):
            c.get("/api/v2/users", headers={"API-KEY": sb.api_key})
        assert time.perf_counter() - started < 1.0
    assert clock.now() == 90.0


# -- loopback server and CLI -----------------------------------------------------------------------


def test_serve_round_trip_over_real_sockets() -> None:
    sb = Sandbox(seed=0, clock=ManualClock())
    with serve(sb, host="127.0.0.1", port=0, latency=0.01) as server:
        assert server.base_url.startswith("http://127.0.0.1:")
        assert httpx.URL(server.files_url).port != httpx.URL(server.base_url).port
        with httpx.Client(base_url=server.base_url, headers={"API-KEY": sb.api_key}) as api:
            started = time.perf_counter()
            assert api.get("/api/v2/advertisers").json()["meta"]["total_count"] == 6
            assert time.perf_counter() - started >= 0.01
            export = completed_export(api, sb)
            url = signed_url(api, export)
        assert url.startswith(server.files_url + "/artifacts/")
        with httpx.Client() as files:
            assert files.get(url, headers={"API-KEY": sb.api_key}).status_code == 403
            with files.stream("GET", url) as response:
                data = b"".join(response.iter_bytes())
            assert unzip_csv(data)[0] == ["tx_id", "status", "sub1"]
            sb.inject(Fault(truncate_body_at=50, host="files"))
            with pytest.raises(httpx.RemoteProtocolError):
                files.get(url)
            sb.inject(Fault(drop=True, host="files"))
            with pytest.raises(httpx.RemoteProtocolError):
                files.get(url)
            assert files.get(url).status_code == 200
    assert sb.files_base_url == "https://files.sandbox.integr8.test"


def test_cli_help() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "integr8.testing", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0
    assert "--port" in result.stdout and "--latency-ms" in result.stdout


def test_an_impossible_date_is_a_400_and_ids_with_reserved_characters_stay_one_segment(
    sb: Sandbox, client: httpx.Client
) -> None:
    r = client.get(
        "/api/v2/integr8-link-test-logs/charts/status",
        params={"start_time": "2025-13-45 00:00:00", "end_time": "2025-02-02 00:00:00"},
    )
    assert r.status_code == 400 and "not a real date and time" in r.json()["message"]
    pid = sb.publisher_ids[0]
    r = client.patch(f"/api/v2/publishers/{pid}/users/a%3Fb%2Fc", json={"first_name": "x"})
    assert r.status_code == 404 and "a?b/c" in r.json()["message"]  # routed, then not found
    assert client.request("TRACE", "/api/v2/advertisers").status_code == 405
