"""update_conversions: every update lands in the right bucket, checked against the sandbox.

The sandbox applies an update only when tx_id, conversion_time (UTC) and hash all match, and
answers `{"success": true}` either way, exactly as the reference describes the API.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from zoneinfo import ZoneInfo

import attrs
import httpx
import pytest

from integr8 import (
    AsyncIntegr8,
    ConversionUpdate,
    Integr8,
    InvalidUpdatesError,
    ServerError,
    UpdatesPartlySentError,
    VerificationError,
)
from integr8._client import core_of
from integr8.testing import (
    AsyncSandboxTransport,
    Fault,
    ManualClock,
    Sandbox,
    SandboxTransport,
    use_sandbox_time,
)

UTC = dt.UTC


@pytest.fixture
def sb() -> Sandbox:
    return Sandbox(seed=0, clock=ManualClock())


@pytest.fixture
def client(sb: Sandbox) -> Integr8:
    c = Integr8(api_key=sb.api_key, base_url=sb.base_url, transport=SandboxTransport(sb))
    core_of(c).use_clock(sb.clock.now, sb.clock.advance)  # waiting moves sandbox time instead of real time
    return c


@pytest.fixture
def rows(client: Integr8, sb: Sandbox) -> list:
    return list(
        client.iter_report("conversions", integration_id=sb.integration_id, start="2025-02-03", end="2025-02-03")
    )


def flip(status: str) -> str:
    return "Rejected" if status == "Approved" else "Approved"


def update_for(row, **changes) -> ConversionUpdate:
    values = {"tx_id": row.tx_id, "conversion_time": row.conversion_time, "hash": row.hash_, "status": flip(row.status)}
    values.update(changes)
    return ConversionUpdate(**values)


def requests_of(sb: Sandbox, operation: str) -> list:
    return [r for r in sb.requests if r.operation_id == operation]


def test_conversion_update_carries_exactly_the_spec_fields():
    from integr8_client.models.integr_8_docs_conversion_update_request import Integr8DocsConversionUpdateRequest

    generated = {f.name.rstrip("_") for f in attrs.fields(Integr8DocsConversionUpdateRequest)} - {
        "additional_properties"
    }
    assert {f.name for f in attrs.fields(ConversionUpdate)} == generated


def test_a_mixed_batch_lands_in_the_right_buckets(client, sb, rows):
    updates = [
        update_for(rows[0]),  # applies
        update_for(rows[1], hash="0" * 40),  # wrong hash: skipped by the server
        update_for(rows[2], conversion_time="2025-02-09 10:00:00"),  # wrong time, far away: not found there
        update_for(rows[3], payout=1.25, revenue="2.50"),  # applies, values too
        ConversionUpdate(tx_id="no-such-tx", conversion_time=rows[4].conversion_time, hash="x", status="Approved"),
        update_for(rows[5], conversion_time=rows[6].conversion_time),  # wrong time, nearby: seen, keys differ
    ]
    report = client.update_conversions(integration_id=sb.integration_id, updates=updates)
    assert report.applied == [updates[0], updates[3]]
    assert report.skipped == [updates[1], updates[5]]
    assert report.not_found == [updates[2], updates[4]]
    assert not report.ok
    reasons = {o.index: " ".join(o.reasons) for o in report.outcomes}
    assert "hash does not match" in reasons[1]
    assert "conversion_time does not match" in reasons[5]
    # The report really shows the applied values, and the skipped ones are unchanged.
    after = {
        r.tx_id: r
        for r in client.iter_report(
            "conversions", integration_id=sb.integration_id, start="2025-02-03", end="2025-02-03"
        )
    }
    assert after[rows[0].tx_id].status == flip(rows[0].status)
    assert after[rows[3].tx_id].payout == 1.25 and after[rows[3].tx_id].revenue == 2.5
    assert after[rows[1].tx_id].status == rows[1].status
    # One POST; report reads grouped into windows. The two lost updates cost one wider look
    # each (14 hours either side, ~5 pages of this day's data), so a time-zone slip is explained.
    assert len(requests_of(sb, "updateConversions")) == 1
    assert report.update_requests == 1 and report.report_requests <= 20
    assert "within 14:00:00" in reasons[2] and "within 14:00:00" in reasons[4]


def test_a_lagging_report_is_read_again_until_the_values_show(client, sb, rows):
    sb.report_lag_reads = 1
    before = sb.clock.now()
    report = client.update_conversions(
        integration_id=sb.integration_id, updates=[update_for(rows[0]), update_for(rows[1])]
    )
    assert report.ok and len(report.applied) == 2
    assert report.report_requests >= 2
    assert sb.clock.now() > before  # it waited (in sandbox time) between the reads


def test_values_that_never_show_are_reported_unsettled_after_verify_timeout(client, sb, rows):
    sb.report_lag_reads = 10_000
    before = sb.clock.now()
    report = client.update_conversions(
        integration_id=sb.integration_id, updates=[update_for(rows[0])], verify_timeout=20
    )
    assert report.unsettled == [update_for(rows[0])] and report.skipped == [] and not report.ok
    assert "verify_timeout" in report.outcomes[0].reasons[-1] and "1 unsettled" in report.summary()
    assert 20 <= sb.clock.now() - before < 40


def test_times_in_other_zones_still_match(client, sb, rows):
    import json

    bodies: list[bytes] = []
    inner = client._http._transport

    class Spy(httpx.BaseTransport):
        def handle_request(self, request):
            if request.method == "POST":
                bodies.append(request.read())
            return inner.handle_request(request)

    client._http._transport = Spy()
    tokyo = ZoneInfo("Asia/Tokyo")
    at_utc = dt.datetime.fromisoformat(rows[0].conversion_time).replace(tzinfo=UTC)
    aware = update_for(rows[0], conversion_time=at_utc.astimezone(ZoneInfo("America/Los_Angeles")))
    text_in_tokyo = update_for(
        rows[1],
        conversion_time=dt.datetime.fromisoformat(rows[1].conversion_time)
        .replace(tzinfo=UTC)
        .astimezone(tokyo)
        .strftime("%Y-%m-%d %H:%M:%S"),
    )
    report = client.update_conversions(integration_id=sb.integration_id, updates=[aware], timezone="UTC")
    assert report.ok
    report = client.update_conversions(integration_id=sb.integration_id, updates=[text_in_tokyo], timezone="Asia/Tokyo")
    assert report.ok
    sent = [u for body in bodies for u in json.loads(body)["updates"]]
    assert [u["conversion_time"] for u in sent] == [rows[0].conversion_time, rows[1].conversion_time]  # sent as UTC


@pytest.mark.parametrize(
    ("update", "message"),
    [
        (
            ConversionUpdate(tx_id="", conversion_time="2025-02-03 10:00:00", hash="h", status="Approved"),
            "tx_id is missing",
        ),
        (
            ConversionUpdate(tx_id="t", conversion_time="2025-02-03 10:00:00", hash="", status="Approved"),
            "hash is missing",
        ),
        (ConversionUpdate(tx_id="t", conversion_time="", hash="h", status="Approved"), "conversion_time is missing"),
        (
            ConversionUpdate(tx_id="t", conversion_time="last tuesday", hash="h", status="Approved"),
            "conversion_time: cannot read",
        ),
        (ConversionUpdate(tx_id="t", conversion_time="2025-02-03 10:00:00", hash="h"), "nothing to change"),
        (
            ConversionUpdate(tx_id="t", conversion_time="2025-02-03 10:00:00", hash="h", payout="lots"),
            "payout must be a finite number",
        ),
    ],
)
def test_each_validation_rule_rejects_before_sending(client, sb, update, message):
    good = ConversionUpdate(tx_id="ok", conversion_time="2025-02-03 10:00:00", hash="h", status="Approved")
    with pytest.raises(InvalidUpdatesError) as info:
        client.update_conversions(integration_id=sb.integration_id, updates=[good, update])
    assert info.value.problems[0][0] == 1
    assert message in str(info.value) and "updates[1]" in str(info.value)
    assert sb.requests == []


def test_a_time_zone_slip_is_explained_not_reported_as_missing(client, sb, rows):
    shifted = dt.datetime.fromisoformat(rows[0].conversion_time) + dt.timedelta(hours=5)
    report = client.update_conversions(
        integration_id=sb.integration_id, updates=[update_for(rows[0], conversion_time=shifted)]
    )
    assert report.skipped and "conversion_time does not match the report" in report.outcomes[0].reasons[0]


@pytest.mark.parametrize("value", ["NaN", float("inf"), "1e400", -float("inf")])
def test_numbers_that_json_cannot_carry_are_refused_before_sending(client, sb, value):
    update = ConversionUpdate(tx_id="t", conversion_time="2025-02-03 10:00:00", hash="h", payout=value)
    with pytest.raises(InvalidUpdatesError, match="payout must be a finite number"):
        client.update_conversions(integration_id=sb.integration_id, updates=[update])
    assert sb.requests == []


def test_a_failure_after_some_batches_says_which_updates_went_out(client, sb, rows):
    from integr8 import UpdatesPartlySentError

    updates = [update_for(r) for r in rows[:3]]
    calls = {"n": 0}
    inner = client._http._transport

    class FailSecond(httpx.BaseTransport):
        def handle_request(self, request):
            if request.method == "POST":
                calls["n"] += 1
                if calls["n"] == 2:
                    return httpx.Response(500, json={"error": "boom"}, request=request)
            return inner.handle_request(request)

    client._http._transport = FailSecond()
    with pytest.raises(UpdatesPartlySentError) as info:
        client.update_conversions(integration_id=sb.integration_id, updates=updates, chunk_size=1)
    assert info.value.sent == updates[:1] and info.value.unsent == updates[1:]
    assert "after 1 of 3 were sent" in str(info.value)


def test_every_bad_record_is_listed_and_duplicates_are_refused(client, sb):
    updates = [
        ConversionUpdate(tx_id="a", conversion_time="2025-02-03 10:00:00", hash="h", status="Approved"),
        ConversionUpdate(tx_id="b", conversion_time="nope", hash="", revenue=None),
        ConversionUpdate(tx_id="a", conversion_time="2025-02-03 11:00:00", hash="h", status="Rejected"),
    ]
    with pytest.raises(InvalidUpdatesError) as info:
        client.update_conversions(integration_id=sb.integration_id, updates=updates)
    indices = [i for i, _ in info.value.problems]
    assert indices == [1, 1, 1, 2]
    assert "also updates[0]" in str(info.value)
    with pytest.raises(ValueError, match="chunk_size"):
        client.update_conversions(integration_id=sb.integration_id, updates=updates[:1], chunk_size=0)
    with pytest.raises(ValueError, match="unknown IANA"):
        client.update_conversions(integration_id=sb.integration_id, updates=updates[:1], timezone="Nowhere/Else")
    assert sb.requests == []


def test_raise_on_unapplied_and_verify_false(client, sb, rows):
    with pytest.raises(VerificationError) as info:
        client.update_conversions(
            integration_id=sb.integration_id, updates=[update_for(rows[0], hash="bad")], raise_on_unapplied=True
        )
    assert info.value.report.skipped and "1 skipped" in str(info.value)
    sb.requests.clear()
    report = client.update_conversions(integration_id=sb.integration_id, updates=[update_for(rows[1])], verify=False)
    assert report.unverified == [update_for(rows[1])] and not report.ok
    assert report.report_requests == 0 and requests_of(sb, "getConversionReport") == []


def test_updates_are_sent_in_chunks_and_a_500_is_not_retried(client, sb, rows):
    updates = [update_for(r) for r in rows[:250]]
    report = client.update_conversions(integration_id=sb.integration_id, updates=updates, chunk_size=100)
    assert report.update_requests == 3 and len(requests_of(sb, "updateConversions")) == 3
    assert len(report.applied) == 250
    assert report.report_requests <= 5  # one day of ~450 conversions, read once
    sb.inject(Fault(status=500, operation="updateConversions"))
    with pytest.raises(ServerError):
        client.update_conversions(integration_id=sb.integration_id, updates=[update_for(rows[300])])
    assert len(requests_of(sb, "updateConversions")) == 4  # the POST was not repeated
    sb.inject(Fault(status=429, operation="updateConversions", retry_after=1))
    assert client.update_conversions(integration_id=sb.integration_id, updates=[update_for(rows[301])]).ok
    assert len(requests_of(sb, "updateConversions")) == 6  # 429: the server did not act, retried


async def test_async_mixed_batch(sb, rows):
    client = AsyncIntegr8(api_key=sb.api_key, base_url=sb.base_url, transport=AsyncSandboxTransport(sb))

    async def advance(seconds: float) -> None:
        sb.clock.advance(seconds)

    core_of(client).use_clock(sb.clock.now, advance)
    sb.report_lag_reads = 1
    updates = [update_for(rows[0]), update_for(rows[1], hash="bad")]
    report = await client.update_conversions(integration_id=sb.integration_id, updates=updates)
    assert report.applied == [updates[0]] and report.skipped == [updates[1]]
    with pytest.raises(InvalidUpdatesError):
        await client.update_conversions(integration_id=sb.integration_id, updates=[update_for(rows[2], hash="")])


class Shown(httpx.BaseTransport):
    """The sandbox, except that the Conversion Report shows `values` (field -> number) for one
    tx_id, as a server storing floats or rounding might give them back."""

    def __init__(self, sb: Sandbox, tx_id: str, **values: float):
        self.inner, self.tx_id, self.values = SandboxTransport(sb), tx_id, values

    def shown(self, response: httpx.Response) -> httpx.Response:
        import json

        body = json.loads(response.read())
        for row in body["data"]["data"]:
            if row["tx_id"] == self.tx_id:
                row.update(self.values)
        return httpx.Response(response.status_code, json=body)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        return self.shown(response) if request.url.path.endswith("/conversion-table") else response


class AsyncShown(httpx.AsyncBaseTransport):
    def __init__(self, sb: Sandbox, tx_id: str, **values: float):
        self.sync = Shown(sb, tx_id, **values)
        self.inner = AsyncSandboxTransport(sb)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        return self.sync.shown(response) if request.url.path.endswith("/conversion-table") else response


# (what the update writes, what the report shows, applied?)
PRECISION_CASES = [
    (dict(payout=5.06), dict(payout=5.0600000000000005), True),  # a float a few ulps away: 5.06
    (dict(payout="5.06", revenue=Decimal("2.5")), dict(payout=5.06, revenue=2.5000000000000004), True),
    (dict(payout=Decimal("5.060")), dict(payout=5.0604), True),  # three decimals written: 5.060
    (dict(payout=Decimal("5.060")), dict(payout=5.0606), False),  # 5.061 at three decimals
    (dict(payout=5.06), dict(payout=5.066), False),  # 5.07 at two
    (dict(payout=5.06), dict(payout=5.07), False),
    (dict(revenue=3), dict(revenue=3.0000000001), True),  # an int: compared at cents, 3.00
    (dict(payout=5), dict(payout=5.4), False),  # ...so a skipped update still showing 5.40 is not "applied"
]


@pytest.mark.parametrize(("written", "shown", "applied"), PRECISION_CASES)
def test_numbers_are_compared_at_the_precision_the_update_wrote_them(sb, rows, written, shown, applied):
    client = Integr8(api_key=sb.api_key, base_url=sb.base_url, transport=Shown(sb, rows[0].tx_id, **shown))
    core_of(client).use_clock(sb.clock.now, sb.clock.advance)
    update = update_for(rows[0], status=None, **written)
    report = client.update_conversions(integration_id=sb.integration_id, updates=[update], verify_timeout=5)
    if applied:
        assert report.applied == [update] and report.ok
    else:
        assert report.unsettled == [update] and report.applied == []
        name = next(iter(shown))
        assert f"{name}: report shows {shown[name]!r}" in " ".join(report.outcomes[0].reasons)


@pytest.mark.parametrize(("written", "shown", "applied"), PRECISION_CASES)
async def test_async_numbers_are_compared_at_the_precision_the_update_wrote_them(sb, rows, written, shown, applied):
    client = AsyncIntegr8(api_key=sb.api_key, base_url=sb.base_url, transport=AsyncShown(sb, rows[0].tx_id, **shown))

    async def advance(seconds: float) -> None:
        sb.clock.advance(seconds)

    core_of(client).use_clock(sb.clock.now, advance)
    update = update_for(rows[0], status=None, **written)
    report = await client.update_conversions(integration_id=sb.integration_id, updates=[update], verify_timeout=5)
    assert (report.applied == [update]) is applied and (report.unsettled == [update]) is not applied


def test_the_precision_rule_rounds_half_to_even():
    from integr8._conversions import same_number

    assert same_number(5.065, 5.06) and not same_number(5.065, 5.07)  # 5.065 -> 5.06 (even)
    assert same_number(5.075, 5.08) and not same_number(5.075, 5.07)  # 5.075 -> 5.08 (even)
    assert same_number("5.0600", "5.06") and not same_number(None, 5.06) and not same_number(True, 1)
    assert not same_number(1e300, 1) and same_number(1e300, 1e300)  # large values: no decimal overflow


# -- one flow, two drivers: the same scenario gives the same report -----------------------------


def _parity_updates(rows: list) -> list[ConversionUpdate]:
    return [
        update_for(rows[0]),  # applies (after one lagging read)
        update_for(rows[1], hash="0" * 40),  # skipped: wrong hash
        update_for(rows[2], conversion_time="2025-02-09 10:00:00"),  # not found, after the wider search
        update_for(rows[3], payout=1.25, revenue="2.50"),  # applies, values too
        update_for(rows[4], status="Approved", payout=Decimal("7.125")),
    ]


def _lose_the_second_answer(sb: Sandbox) -> None:
    """The first update request is answered; the second is applied, then its connection dies."""
    lost = Fault(drop=True, phase="response", operation="updateConversions")
    sb.inject(Fault(operation="updateConversions", then=lambda s: s.inject(lost)))


def _fail_reads_after_the_first(sb: Sandbox) -> None:
    denied = Fault(operation="getConversionReport", status=403, times=None)
    sb.inject(Fault(operation="getConversionReport", then=lambda s: s.inject(denied)))


PARITY = {
    "buckets": (None, dict(chunk_size=2, verify_timeout=20)),
    "answer_lost": (_lose_the_second_answer, dict(chunk_size=2, verify_timeout=20)),
    "read_fails": (_fail_reads_after_the_first, dict(chunk_size=5, verify_timeout=5)),
    "unverified": (None, dict(chunk_size=3, verify=False)),
}


async def _parity_run(scenario: str, is_async: bool) -> tuple:
    """`scenario` on a fresh sandbox, by the sync or the async client: what the call returned or
    raised, the requests it made and the (sandbox) time it took, as comparable data."""
    fault, options = PARITY[scenario]
    sb = Sandbox(seed=0, clock=ManualClock())
    reader = use_sandbox_time(Integr8(api_key=sb.api_key, base_url=sb.base_url, transport=SandboxTransport(sb)), sb)
    rows = list(
        reader.iter_report("conversions", integration_id=sb.integration_id, start="2025-02-03", end="2025-02-03")
    )
    sb.requests.clear()
    sb.report_lag_reads = 1
    if fault is not None:
        fault(sb)
    start = sb.clock.now()
    updates = _parity_updates(rows)
    try:
        if is_async:
            aclient = AsyncIntegr8(api_key=sb.api_key, base_url=sb.base_url, transport=AsyncSandboxTransport(sb))
            use_sandbox_time(aclient, sb)
            report = await aclient.update_conversions(integration_id=sb.integration_id, updates=updates, **options)
        else:
            client = use_sandbox_time(
                Integr8(api_key=sb.api_key, base_url=sb.base_url, transport=SandboxTransport(sb)), sb
            )
            report = client.update_conversions(integration_id=sb.integration_id, updates=updates, **options)
        raised = None
    except UpdatesPartlySentError as exc:
        report, raised = exc.report, (exc.sent, exc.answer_lost, exc.unsent, str(exc))
    error = report.verify_error
    return (
        raised,
        report.outcomes,
        report.update_requests,
        report.report_requests,
        None if error is None else (type(error).__name__, str(error)),
        [(r.method, r.url, r.status) for r in sb.requests],
        sb.clock.now() - start,
    )


@pytest.mark.parametrize("scenario", list(PARITY))
async def test_the_sync_and_the_async_client_give_the_same_report(scenario):
    sync = await _parity_run(scenario, is_async=False)
    assert await _parity_run(scenario, is_async=True) == sync
    # Each scenario reaches the part of the flow it is named for.
    raised, outcomes, _, report_requests, error, _, waited = sync
    states = [o.state for o in outcomes]
    if scenario == "buckets":
        assert states == ["applied", "skipped", "not_found", "applied", "applied"] and waited > 0
    elif scenario == "answer_lost":
        assert raised is not None and [len(updates) for updates in raised[:3]] == [2, 2, 1]  # sent, lost, unsent
        assert [o.answer_lost for o in outcomes] == [False, False, True, True]
    elif scenario == "read_fails":
        assert error is not None and error[0] == "PermissionDeniedError" and "unsettled" in states
    else:
        assert states == ["unverified"] * 5 and report_requests == 0
