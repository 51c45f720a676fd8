"""The sandbox at scale: a list page costs its own records, not the store's; the loopback server
takes many clients at once.

No timing here (speed is `make bench`'s job, bench/paging.py): the work of a page is counted as
the records it reads, and a stalled connection shows as a connect timeout, which on loopback only
a full listen queue can cause (the kernel completes the handshake of a queued connection whatever
the server process is doing).
"""

from __future__ import annotations

import random
import socket
import threading
from collections.abc import Iterator

import httpx
import pytest

from integr8.testing import Sandbox, SandboxTransport, serve
from integr8.testing._crud import SERVER_FIELDS, create
from integr8.testing._server import LISTEN_BACKLOG
from integr8.testing._store import Collection, Record

OFFERS = "/api/v2/integrations/{integrationID}/offers"


def grow(sb: Sandbox, offers: int) -> None:
    """Add copies of the seeded offers through the sandbox's create path until there are `offers`."""
    resource = sb.bindings["createOffer"].resource
    collection = sb.store.collection(resource.collection)
    bodies = []
    for offer_id in sb.offer_ids:
        record = collection.get(offer_id)
        assert record is not None
        bodies.append({k: v for k, v in record.data.items() if k not in SERVER_FIELDS and k != "integration_id"})
    while len(sb.offer_ids) < offers:
        path = {"integrationID": sb.integration_id}
        sb.offer_ids.append(create(sb, resource, path, bodies[len(sb.offer_ids) % len(bodies)]).id)


@pytest.fixture(scope="module")
def big() -> Sandbox:
    sb = Sandbox(seed=0)
    grow(sb, 20_000)
    return sb


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every read of a record's `data`, `parents` or `archived` while the test runs, by record id."""
    seen: list[str] = []
    for name in ("data", "parents", "archived"):
        inner = Record.__dict__[name]

        def read(record: Record, inner: object = inner) -> object:
            seen.append(object.__getattribute__(record, "id"))
            return inner.__get__(record, Record)  # type: ignore[attr-defined]

        def write(record: Record, value: object, inner: object = inner) -> None:
            inner.__set__(record, value)  # type: ignore[attr-defined]

        monkeypatch.setattr(Record, name, property(read, write))
    yield seen


def page(sb: Sandbox, number: int, size: int = 100, **query: str) -> httpx.Response:
    client = httpx.Client(transport=SandboxTransport(sb), base_url=sb.base_url, headers={"API-KEY": sb.api_key})
    with client:
        return client.get(
            OFFERS.format(integrationID=sb.integration_id),
            params={"page[number]": number, "page[size]": size, **query},
        )


# -- a list page reads only its own records --------------------------------------------------------


def test_a_list_page_of_a_big_store_reads_only_its_own_records(big: Sandbox, reads: list[str]) -> None:
    answer = page(big, 150)
    assert answer.status_code == 200
    body = answer.json()
    assert body["meta"] == {"total_count": 20_000, "total_page": 200}
    shown = [item["id"] for item in body["data"]]
    assert shown == big.offer_ids[14_900:15_000]
    # The page's 100 records, each read once; before the index, every one of the 20,000 was.
    assert sorted(reads) == sorted(shown)


def test_the_last_and_a_past_the_end_page_read_no_more(big: Sandbox, reads: list[str]) -> None:
    assert [o["id"] for o in page(big, 200).json()["data"]] == big.offer_ids[19_900:]
    assert page(big, 201).json()["data"] == []
    assert len(reads) == 100


def lines_run(sb: Sandbox, number: int) -> int:
    """Lines of the sandbox's own code run to answer one list page (Python's trace hook counts
    every line, and every turn of a loop or comprehension): the work, without a clock."""
    import sys

    count = 0

    def tracer(frame: object, event: str, arg: object) -> object:
        nonlocal count
        if "integr8/testing/" not in frame.f_code.co_filename:  # type: ignore[attr-defined]
            return None
        if event == "line":
            count += 1
        return tracer

    sys.settrace(tracer)
    try:
        answer = page(sb, number)
    finally:
        sys.settrace(None)
    assert answer.status_code == 200 and len(answer.json()["data"]) == 100
    return count


def test_a_page_takes_as_much_work_from_20k_offers_as_from_1k(big: Sandbox) -> None:
    small = Sandbox(seed=0)
    grow(small, 1_000)
    lines_run(small, 5), lines_run(big, 5)  # first calls fill caches (the spec checks') on both
    at_1k, at_20k = lines_run(small, 5), lines_run(big, 5)
    assert at_20k <= at_1k * 1.05 + 50, (at_1k, at_20k)  # before the index: ~20x


def test_filters_and_sorts_still_read_the_listing_and_answer_the_same() -> None:
    sb = Sandbox(seed=0)
    grow(sb, 1_200)
    answer = page(sb, 2, 10, **{"filter[name][like]": "vpn", "sort": "-name"}).json()
    collection = sb.store.collection(OFFERS)
    wanted = sorted(
        (r.data for r in collection if "vpn" in r.data["name"].lower()),
        key=lambda d: d["name"],
        reverse=True,
    )
    assert [o["id"] for o in answer["data"]] == [d["id"] for d in wanted[10:20]]
    assert answer["meta"]["total_count"] == len(wanted)


def test_archiving_through_the_record_updates_the_listing() -> None:
    sb = Sandbox(seed=0)
    collection = sb.store.collection(OFFERS)
    first = collection.get(sb.offer_ids[0])
    assert first is not None
    first.archived = first.data["archived"] = True  # as tests/test_paging_integrity.py does, without the API
    body = page(sb, 1, 5).json()
    assert [o["id"] for o in body["data"]] == sb.offer_ids[1:6]
    assert body["meta"]["total_count"] == 499
    archived_too = page(sb, 1, 5, **{"filter[archived]": "true"}).json()
    assert [o["id"] for o in archived_too["data"]] == sb.offer_ids[:1]
    first.archived = first.data["archived"] = False
    assert [o["id"] for o in page(sb, 1, 5).json()["data"]] == sb.offer_ids[:5]


def test_the_index_matches_a_full_scan_after_any_changes() -> None:
    """Random creates, archives, restores, removals and replacements under three parents: the
    index lists exactly what scanning the records in creation order would."""
    rng = random.Random(18)
    collection = Collection("things")
    parents = [{"p": "a"}, {"p": "b"}, {"p": "c", "q": "d"}]
    made = 0
    for _ in range(3_000):
        roll = rng.random()
        ids = list(collection.records)
        if roll < 0.4 or not ids:
            made += 1
            collection.add(Record(f"r{made}", dict(rng.choice(parents)), {"n": made}, archived=rng.random() < 0.2))
        elif roll < 0.65:
            record = collection.get(rng.choice(ids))
            assert record is not None
            record.archived = not record.archived
        elif roll < 0.85:
            collection.remove(rng.choice(ids))
        else:
            old = collection.get(rng.choice(ids))
            assert old is not None
            collection.remove(old.id)
            collection.add(Record(old.id, dict(old.parents), {"n": -1}))  # back, now last
        for where in [None, *parents]:
            for archived in (False, True):
                scanned = [
                    r
                    for r in collection.records.values()
                    if (where is None or r.parents == where) and (archived or not r.archived)
                ]
                assert list(collection.listing(where, archived=archived)) == scanned


def test_a_record_replaced_in_place_keeps_its_position() -> None:
    collection = Collection("things")
    for n in range(5):
        collection.add(Record(f"r{n}", {}, {"n": n}))
    collection.add(Record("r2", {}, {"n": "new"}))
    assert [r.data["n"] for r in collection.listing({}, archived=False)] == [0, 1, "new", 3, 4]
    with pytest.raises(ValueError, match="already in collection"):
        Collection("other").add(collection.get("r1"))  # type: ignore[arg-type]


# -- the loopback server under many clients ----------------------------------------------------------


def test_the_server_listens_with_a_backlog_of_at_least_128(monkeypatch: pytest.MonkeyPatch) -> None:
    backlogs: list[int] = []
    real = socket.socket.listen

    def listen(sock: socket.socket, backlog: int = 0) -> None:
        backlogs.append(backlog)
        real(sock, backlog)

    monkeypatch.setattr(socket.socket, "listen", listen)
    with serve(Sandbox(seed=0)):
        pass
    assert LISTEN_BACKLOG >= 128
    assert backlogs == [LISTEN_BACKLOG, LISTEN_BACKLOG]  # the API and the files host


def test_fifty_clients_at_once_all_complete_without_a_connection_error() -> None:
    """50 clients, each on its own connection, released together: every one gets its page. A
    connection the listen queue had no room for would wait a second or more for the SYN to be
    resent: the connect timeout turns that stall into an error, which this counts."""
    sb = Sandbox(seed=0)
    clients = 50
    start = threading.Barrier(clients)
    errors: list[BaseException] = []
    answers: list[int] = []
    lock = threading.Lock()
    with serve(sb) as server:

        def one(n: int) -> None:
            timeout = httpx.Timeout(60.0, connect=0.9)
            with httpx.Client(base_url=server.base_url, headers={"API-KEY": sb.api_key}, timeout=timeout) as http:
                try:
                    start.wait(timeout=60)
                    got = http.get(
                        OFFERS.format(integrationID=sb.integration_id),
                        params={"page[number]": n % 5 + 1, "page[size]": 100},
                    )
                    with lock:
                        answers.append(got.status_code)
                except (httpx.HTTPError, threading.BrokenBarrierError) as exc:
                    with lock:
                        errors.append(exc)

        threads = [threading.Thread(target=one, args=(n,)) for n in range(clients)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert errors == []
    assert answers == [200] * clients
