"""update_conversions' verification is bounded: by verify_timeout in time and in report requests,
with report reads paced, whatever the report does (never ends, goes round, fails).

Time is the sandbox's ManualClock (the client's sleep advances it), so nothing really waits.
Every client here goes through `Guarded` transports, which fail the test after `RUNAWAY` report
requests: a verification that is not bounded fails instead of hanging.
"""

from __future__ import annotations

import asyncio
import math
from itertools import pairwise

import httpx
import pytest

from integr8 import (
    AsyncIntegr8,
    ConversionUpdate,
    Integr8,
    PermissionDeniedError,
    VerificationError,
)
from integr8._client import core_of
from integr8._conversions import READ_GAP
from integr8.testing import AsyncSandboxTransport, Fault, ManualClock, Sandbox, SandboxTransport, use_sandbox_time

REPORT = "getConversionReport"
RUNAWAY = 300


def report_requests(sb: Sandbox) -> int:
    return sum(1 for r in sb.requests if r.operation_id == REPORT)


def _guard(sb: Sandbox) -> None:
    if report_requests(sb) >= RUNAWAY:
        raise AssertionError(f"{RUNAWAY} report requests: the verification is not bounded")


class Guarded(SandboxTransport):
    def handle_request(self, request: httpx.Request) -> httpx.Response:
        _guard(self.sandbox)
        return super().handle_request(request)


class AsyncGuarded(AsyncSandboxTransport):
    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        _guard(self.sandbox)
        return await super().handle_async_request(request)


@pytest.fixture
def sb() -> Sandbox:
    return Sandbox(seed=0, clock=ManualClock())


@pytest.fixture
def client(sb: Sandbox) -> Integr8:
    return use_sandbox_time(Integr8(api_key=sb.api_key, base_url=sb.base_url, transport=Guarded(sb)), sb)


@pytest.fixture
def aclient(sb: Sandbox) -> AsyncIntegr8:
    return use_sandbox_time(AsyncIntegr8(api_key=sb.api_key, base_url=sb.base_url, transport=AsyncGuarded(sb)), sb)


@pytest.fixture
def rows(client: Integr8, sb: Sandbox) -> list:
    found = list(
        client.iter_report("conversions", integration_id=sb.integration_id, start="2025-02-03", end="2025-02-03")
    )
    sb.requests.clear()
    return found


def update_for(row, **changes) -> ConversionUpdate:
    status = "Rejected" if row.status == "Approved" else "Approved"
    values = {"tx_id": row.tx_id, "conversion_time": row.conversion_time, "hash": row.hash_, "status": status}
    values.update(changes)
    return ConversionUpdate(**values)


NEVER = ConversionUpdate(tx_id="never-there", conversion_time="2025-02-03 10:00:00", hash="h", status="Approved")


def endless_report(sb: Sandbox, times: list[float]):
    """A Conversion Report that never ends: each page has one row and a new cursor, and
    `hasNextPage` is always true. Notes the sandbox time of each request in `times`."""

    def page(request: httpx.Request) -> dict:
        times.append(sb.clock.now())
        n = len(times)
        row = {"real_tx_id": f"r{n}", "tx_id": f"someone-else-{n}"}
        return {"data": {"data": [row], "pageInfo": {"endCursor": f"r{n}", "hasNextPage": True}}}

    return Fault(operation=REPORT, body=page, times=None)


def limit(verify_timeout: float) -> int:
    return 1 + math.ceil(verify_timeout / READ_GAP)  # the formula the module documents


def test_a_report_that_never_ends_is_read_within_verify_timeout_paced(client, sb):
    times: list[float] = []
    sb.inject(endless_report(sb, times))
    start = sb.clock.now()
    report = client.update_conversions(integration_id=sb.integration_id, updates=[NEVER], verify_timeout=1)
    assert report.unsettled == [NEVER] and not report.ok and report.update_requests == 1
    reason = report.outcomes[0].reasons[-1]
    assert "not verified" in reason and "verify_timeout of 1s ran out" in reason
    assert report.report_requests == report_requests(sb) == len(times) <= limit(1)
    assert all(later - earlier >= READ_GAP for earlier, later in pairwise(times))  # paced
    assert times[-1] - start < 1  # no request started after verify_timeout
    assert report.verify_error is None


def test_a_clock_that_stands_still_is_bounded_by_the_request_budget(client, sb):
    core_of(client).use_clock(lambda: 0.0, lambda seconds: None)  # neither sleeps nor moves time
    times: list[float] = []
    sb.inject(endless_report(sb, times))
    report = client.update_conversions(integration_id=sb.integration_id, updates=[NEVER], verify_timeout=1)
    assert report.unsettled == [NEVER]
    assert report.report_requests == report_requests(sb) == limit(1)
    assert f"budget of {limit(1)} report requests" in report.outcomes[0].reasons[-1]


def test_cursors_that_go_round_end_within_the_bounds(client, sb):
    sb.inject(Fault(operation=REPORT, then=lambda s: None))  # its own window: read as usual, not there
    sb.inject(Fault(operation=REPORT, cursor_cycle=2))  # then the pages of the wider search go round
    report = client.update_conversions(integration_id=sb.integration_id, updates=[NEVER], verify_timeout=2)
    # Stopped by verify_timeout, or earlier by the report's own check of repeated cursors.
    reason = report.outcomes[0].reasons[-1]
    assert report.unsettled == [NEVER] and "wider search" in reason and "verification stopped" in reason
    assert report.report_requests == report_requests(sb) <= limit(2)


def test_verify_timeout_zero_is_one_look(client, sb, rows):
    found, lost = update_for(rows[0]), update_for(rows[1], tx_id="lost-one", conversion_time="2025-02-05 10:00:00")
    report = client.update_conversions(integration_id=sb.integration_id, updates=[found, lost], verify_timeout=0)
    assert report.applied == [found] and report.unsettled == [lost]
    assert report.report_requests == report_requests(sb) == 1
    assert "verify_timeout of 0s ran out" in report.outcomes[1].reasons[-1]


def test_a_wider_search_cut_short_leaves_the_update_unsettled_not_missing(client, sb, rows):
    # Far from the others: its own window reads empty (one page), then the 28-hour search is cut.
    lost = update_for(rows[0], tx_id="lost-one", conversion_time="2025-02-03 03:00:00")
    report = client.update_conversions(integration_id=sb.integration_id, updates=[lost], verify_timeout=0.5)
    assert report.unsettled == [lost] and report.not_found == []
    reasons = report.outcomes[0].reasons
    assert "no conversion with this tx_id in the report around" in reasons[0]
    assert "wider search" in reasons[-1] and "verify_timeout of 0.5s ran out" in reasons[-1]
    assert report.report_requests == report_requests(sb) <= limit(0.5)


def test_consecutive_report_pages_are_paced(client, sb, rows):
    times: list[float] = []
    sb.inject(Fault(operation=REPORT, then=lambda s: times.append(s.clock.now()), times=None))
    lost = ConversionUpdate(tx_id="nowhere", conversion_time=rows[0].conversion_time, hash="h", status="Approved")
    report = client.update_conversions(integration_id=sb.integration_id, updates=[update_for(rows[0]), lost])
    assert report.applied == [update_for(rows[0])] and report.not_found == [lost]  # settled: the bound did not hit
    assert report.report_requests == len(times) >= 3  # the wide search walks several pages
    assert all(later - earlier >= READ_GAP for earlier, later in pairwise(times))


def test_a_failed_report_read_is_reported_not_raised(client, sb, rows):
    sb.inject(Fault(operation=REPORT, status=403, times=None))
    update = update_for(rows[0])
    report = client.update_conversions(integration_id=sb.integration_id, updates=[update])
    assert report.unsettled == [update] and report.update_requests == 1
    assert isinstance(report.verify_error, PermissionDeniedError)
    assert "reading the Conversion Report failed: PermissionDeniedError: 403" in report.outcomes[0].reasons[-1]
    assert report.report_requests == report_requests(sb) == 1  # stopped at the first failure
    with pytest.raises(VerificationError) as info:
        client.update_conversions(integration_id=sb.integration_id, updates=[update], raise_on_unapplied=True)
    assert isinstance(info.value.report.verify_error, PermissionDeniedError)


def test_a_read_failing_midway_keeps_what_was_settled(client, sb, rows):
    # rows[0] is on the first page of its window; the far-away update's window read fails.
    first, far = update_for(rows[0]), update_for(rows[1], tx_id="far", conversion_time="2025-02-20 10:00:00")
    sb.inject(Fault(operation=REPORT, then=lambda s: None))  # the first read is answered as usual
    sb.inject(Fault(operation=REPORT, status=403, times=None))
    report = client.update_conversions(integration_id=sb.integration_id, updates=[first, far], verify_timeout=30)
    assert report.applied == [first] and report.unsettled == [far]
    assert "403" in report.outcomes[1].reasons[-1] and report.report_requests == report_requests(sb) == 2


async def test_async_a_report_that_never_ends_is_bounded(aclient, sb):
    times: list[float] = []
    sb.inject(endless_report(sb, times))
    report = await aclient.update_conversions(integration_id=sb.integration_id, updates=[NEVER], verify_timeout=1)
    assert report.unsettled == [NEVER] and "verify_timeout of 1s ran out" in report.outcomes[0].reasons[-1]
    assert report.report_requests == report_requests(sb) == len(times) <= limit(1)
    assert all(later - earlier >= READ_GAP for earlier, later in pairwise(times))


async def test_async_a_clock_that_stands_still_is_bounded_by_the_request_budget(aclient, sb):
    async def no_sleep(seconds: float) -> None:
        return None

    core_of(aclient).use_clock(lambda: 0.0, no_sleep)
    sb.inject(endless_report(sb, []))
    report = await aclient.update_conversions(integration_id=sb.integration_id, updates=[NEVER], verify_timeout=1)
    assert report.unsettled == [NEVER] and report.report_requests == report_requests(sb) == limit(1)


async def test_async_a_failed_report_read_is_reported_not_raised(aclient, sb, rows):
    sb.inject(Fault(operation=REPORT, status=403, times=None))
    update = update_for(rows[0])
    report = await aclient.update_conversions(integration_id=sb.integration_id, updates=[update])
    assert report.unsettled == [update] and isinstance(report.verify_error, PermissionDeniedError)
    assert report.report_requests == report_requests(sb) == 1


async def test_async_concurrent_verifications_are_each_bounded(aclient, sb):
    sb.inject(endless_report(sb, []))
    updates = [
        ConversionUpdate(tx_id=f"never-{i}", conversion_time="2025-02-03 10:00:00", hash="h", status="Approved")
        for i in range(4)
    ]
    reports = await asyncio.gather(
        *(aclient.update_conversions(integration_id=sb.integration_id, updates=[u], verify_timeout=1) for u in updates)
    )
    assert [r.unsettled for r in reports] == [[u] for u in updates]
    assert all(r.report_requests <= limit(1) for r in reports)
    assert sum(r.report_requests for r in reports) == report_requests(sb)
