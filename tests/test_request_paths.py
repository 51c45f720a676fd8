"""The cheaper request and paging paths of issue 18 send and return what the plain ones did.

Speed is measured by `make bench` (bench/paging.py, bench/parsing.py), never here. Pinned:

- `integr8._core.with_query`: a request's URL with its query parsed once by httpx instead of
  twice, yet the URL httpx makes when it merges `params=` itself, for any text; and httpx does
  the merging whenever the shortcut could differ (values that are not text, a URL that already
  has a query, an `http_client` with default params of its own).
- `Core.fetch` then `Core.parse` give what `Core.call` gives.
- A paginator given `parse` parses each page on the thread that iterates while it keeps up, so
  workers are free for the next request, and on the workers once it falls behind; either way
  items, order and errors are as before.
"""

from __future__ import annotations

import threading
from types import SimpleNamespace
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from integr8 import APIResponseValidationError, Integr8
from integr8 import _pagination as pagination
from integr8._client import core_of
from integr8._core import with_query
from integr8._flow import SyncIO, run
from integr8._operations import operation_info
from integr8.pagination import Paginator
from integr8.testing import Sandbox, SandboxTransport

BASE = "https://api.example.test"
PATH = "/api/v2/integrations/5271fd6b194cbe633fa794c4/offers"


def merged_by_httpx(http: httpx.Client, url: str, params: dict[str, Any] | None) -> httpx.URL:
    """The URL httpx builds when it merges `params` into `url` itself (the way before)."""
    return http.build_request("GET", url, params=params).url


# -- with_query ----------------------------------------------------------------------------------

text = st.text(st.characters(exclude_categories=("Cs",)), max_size=30)


# One client for every example (making one loads a TLS context: slow); it never sends.
_HTTP = httpx.Client(transport=httpx.MockTransport(lambda request: httpx.Response(204)))


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(text, text, max_size=6))
def test_a_query_of_text_is_the_url_httpx_merges(params: dict[str, str]) -> None:
    shortcut = with_query(BASE + PATH, params, _HTTP)
    expected = merged_by_httpx(_HTTP, BASE + PATH, params)
    assert isinstance(shortcut, httpx.URL) == bool(params)
    url = httpx.URL(shortcut)
    assert str(url) == str(expected)
    assert url.raw_path == expected.raw_path
    assert url.params == expected.params


@pytest.mark.parametrize(
    "params",
    [
        {"page[number]": "3", "page[size]": "100"},
        {"filter[name][like]": "Summer sale & more", "sort": "-created_at,name"},
        {"start_time": "2025-02-01 00:00:00", "timezone": "Europe/Berlin"},
        {"q": "a+b=c?d#e/f%20g", "é": "ü€", "empty": ""},
    ],
)
def test_the_clients_request_carries_the_url_httpx_would_have_made(params: dict[str, str]) -> None:
    client = Integr8(api_key="k" * 32, base_url=BASE)
    request = core_of(client).request("GET", PATH, params=params)
    assert request.url == merged_by_httpx(core_of(client).http, BASE + PATH, params)


@pytest.mark.parametrize(
    ("url", "params"),
    [
        (BASE + PATH, {"page[number]": 3, "page[size]": "100"}),  # not all text: httpx converts
        (BASE + PATH, {"ids": ["a", "b"]}),  # a list: httpx repeats the key
        (BASE + PATH + "?a=1", {"b": "2"}),  # a query already: httpx merges
        (BASE + PATH + "#top", {"b": "2"}),
        (BASE + PATH, {}),
        (BASE + PATH, None),
    ],
)
def test_httpx_merges_whatever_the_shortcut_could_get_wrong(url: str, params: dict[str, Any] | None) -> None:
    assert with_query(url, params, _HTTP) == url  # left to httpx
    assert core_request_url(url, params) == merged_by_httpx(_HTTP, url, params)


def core_request_url(url: str, params: dict[str, Any] | None) -> httpx.URL:
    assert url.startswith(BASE)
    client = Integr8(api_key="k" * 32, base_url=BASE)
    return core_of(client).request("GET", url.removeprefix(BASE), params=params).url


def test_an_http_client_with_default_params_gets_them_merged_as_before() -> None:
    given_client = httpx.Client(params={"tenant": "acme"})
    client = Integr8(api_key="k" * 32, base_url=BASE, http_client=given_client)
    params = {"page[number]": "2"}
    assert with_query(BASE + PATH, params, given_client) == BASE + PATH
    request = core_of(client).request("GET", PATH, params=params)
    assert request.url == given_client.build_request("GET", BASE + PATH, params=params).url
    assert request.url.params["tenant"] == "acme" and request.url.params["page[number]"] == "2"


# -- fetch, then parse ---------------------------------------------------------------------------


def test_fetch_then_parse_is_call() -> None:
    sb = Sandbox(seed=0)
    client = Integr8(api_key=sb.api_key, base_url=sb.base_url, transport=SandboxTransport(sb))
    core, info = core_of(client), operation_info("offers", "list_offers")
    params = {"integration_id": sb.integration_id, "pagesize": 7, "pagenumber": 2}
    io = SyncIO(lambda: core.sleep)
    called = run(core.call(info, params, {"filter[active]": "true"}), io)
    response = run(core.fetch(info, params, {"filter[active]": "true"}), io)
    assert isinstance(response, httpx.Response) and response.is_success
    assert core.parse(info, response) == called
    assert len(called.data) == 7


# -- paginators parse on the reading thread ------------------------------------------------------


class _RawListing:
    """`pages` pages of 10 ids; `fetch` returns raw dicts (what `parse` turns into pages) and
    records the thread of every call."""

    def __init__(self, pages: int):
        self.pages = pages
        self.threads: dict[str, set[str]] = {"fetch": set(), "parse": set()}
        self.lock = threading.Lock()

    def _note(self, what: str) -> None:
        with self.lock:
            self.threads[what].add(threading.current_thread().name)

    def fetch(self, number: int) -> dict[str, Any]:
        self._note("fetch")
        items = [f"{number}-{i}" for i in range(10)] if number <= self.pages else []
        return {"items": items, "count": 10 * self.pages, "pages": self.pages}

    def parse(self, raw: dict[str, Any]) -> Any:
        self._note("parse")
        if raw.get("broken"):
            raise APIResponseValidationError("page does not match the spec")
        meta = SimpleNamespace(total_count=raw["count"], total_page=raw["pages"])
        return SimpleNamespace(data=[SimpleNamespace(id=i) for i in raw["items"]], meta=meta)


@pytest.mark.parametrize("concurrency", [1, 4])
def test_a_reader_that_keeps_up_parses_every_page_itself(concurrency: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pagination, "backlog_limit", lambda concurrency: 10**9)  # never behind
    listing = _RawListing(pages=12)
    paginator = Paginator(listing.fetch, concurrency, page_size=10, parse=listing.parse)
    ids = [item.id for item in paginator]
    assert ids == [f"{p}-{i}" for p in range(1, 13) for i in range(10)]
    assert listing.threads["parse"] == {threading.current_thread().name}
    if concurrency > 1:
        assert listing.threads["fetch"] and threading.current_thread().name not in listing.threads["fetch"]


def test_a_reader_that_falls_behind_has_the_workers_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pagination, "backlog_limit", lambda concurrency: 0)  # always behind
    listing = _RawListing(pages=12)
    ids = [item.id for item in Paginator(listing.fetch, 4, page_size=10, parse=listing.parse)]
    assert ids == [f"{p}-{i}" for p in range(1, 13) for i in range(10)]
    assert listing.threads["parse"] and threading.current_thread().name not in listing.threads["parse"]


def test_the_default_backlog_is_half_the_concurrency() -> None:
    assert [pagination.backlog_limit(c) for c in (1, 2, 3, 8, 16)] == [1, 1, 1, 4, 8]


@pytest.mark.parametrize(("concurrency", "backlog"), [(1, 1), (3, 10**9), (3, 0)])
def test_a_page_that_does_not_parse_raises_from_the_iteration(
    concurrency: int, backlog: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Raised in the reading thread when the page arrives, whichever thread parsed it, after none
    but whole pages before it were handed out."""
    monkeypatch.setattr(pagination, "backlog_limit", lambda concurrency: backlog)
    listing = _RawListing(pages=6)
    fetch = listing.fetch

    def fetch_with_a_broken_page(number: int) -> dict[str, Any]:
        raw = fetch(number)
        return {**raw, "broken": True} if number == 4 else raw

    seen = []
    with pytest.raises(APIResponseValidationError, match="does not match the spec"):
        for item in Paginator(fetch_with_a_broken_page, concurrency, page_size=10, parse=listing.parse):
            seen.append(item.id)
    listing_order = [f"{p}-{i}" for p in range(1, 4) for i in range(10)]
    assert seen == listing_order[: len(seen)] and len(seen) % 10 == 0
    if concurrency == 1:
        assert seen == listing_order


async def test_the_async_paginator_parses_too() -> None:
    from integr8.pagination import AsyncPaginator

    listing = _RawListing(pages=5)

    async def fetch(number: int) -> dict[str, Any]:
        return listing.fetch(number)

    ids = [item.id async for item in AsyncPaginator(fetch, 3, page_size=10, parse=listing.parse)]
    assert ids == [f"{p}-{i}" for p in range(1, 6) for i in range(10)]


def test_paginate_through_the_client_gives_the_listing_at_any_concurrency() -> None:
    sb = Sandbox(seed=0)
    client = Integr8(api_key=sb.api_key, base_url=sb.base_url, transport=SandboxTransport(sb))
    one = [o.id for o in client.paginate(client.offers.list_offers, integration_id=sb.integration_id, page_size=30)]
    many = [
        o.id
        for o in client.paginate(
            client.offers.list_offers, integration_id=sb.integration_id, page_size=30, concurrency=4
        )
    ]
    assert one == many and len(one) == len(set(one)) == len(sb.offer_ids)
