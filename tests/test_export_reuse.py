"""The Download Center's limits, as Integr8's knowledge base states them, and what the SDK does.

Source: `docs/reports-and-analytics/download-center.md` of `luismgoyone/integr8-docs` (files kept
90 days, at most 5 million rows per export, at most 10 export requests a day) and
`docs/reports-and-analytics/click-reports.md` (click exports go up to 2 million clicks). So:

- `export_to_file` uses an existing export of exactly the same query instead of creating one,
  when it is still running, or COMPLETED after the window's end and at most `reuse_max_age`
  seconds ago (default one hour; None always creates), and says so (result, INFO log, CLI line);
- an export whose rows reach the cap is flagged as probably cut short (result, WARNING, CLI hint);
- a creation refused with 429 or a quota text says the daily export limit is the likely cause.

Everything runs on the sandbox's ManualClock (the client's waits move it), in process.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import math
from pathlib import Path
from typing import Any

import httpx
import pytest
from exporting import export_args, make_async_client, make_client
from test_cli import run

from integr8 import (
    APIStatusError,
    BadRequestError,
    ConfigurationError,
    ExportFailedError,
    ExportTimeoutError,
    Integr8,
    PermissionDeniedError,
    RateLimitError,
    RequestFailedError,
    _exports,
)
from integr8._exports import ReuseQuery, create_params, reusable, reuse_matches, row_cap, server_time
from integr8.testing import Fault, ManualClock, Sandbox, SandboxTransport, serve, use_sandbox_time

UTC = dt.UTC
CREATE, LIST = "exportClicks", "listDownloadCenterExports"
SANDBOX_START = dt.datetime(2025, 3, 1, tzinfo=UTC)  # the sandbox's wall time at clock zero


@pytest.fixture
def sb() -> Sandbox:
    return Sandbox(seed=0, clock=ManualClock())


@pytest.fixture
def client(sb: Sandbox) -> Integr8:
    return make_client(sb)


def creates(sb: Sandbox, operation: str = CREATE) -> int:
    return sum(1 for r in sb.requests if r.operation_id == operation)


def lists(sb: Sandbox) -> list[str]:
    return [r.url for r in sb.requests if r.operation_id == LIST]


def export(client: Integr8, sb: Sandbox, dest: Path, **kw: Any):
    return client.export_to_file("clicks", **export_args(sb, dest, **kw))


# -- reuse ---------------------------------------------------------------------------------------


def test_a_recent_completed_export_of_the_same_query_is_reused_and_said_so(client, sb, tmp_path, caplog):
    caplog.set_level(logging.INFO, logger="integr8")
    first = export(client, sb, tmp_path / "a.csv")
    assert first.reused is False and creates(sb) == 1
    assert first.created_at == SANDBOX_START and first.created_at.tzinfo is not None
    sb.clock.advance(600)  # ten minutes later
    second = export(client, sb, tmp_path / "b.csv")
    assert creates(sb) == 1  # no second export request spent
    assert second.reused is True and second.export_id == first.export_id
    assert second.created_at == SANDBOX_START  # when the snapshot was taken, not when it was fetched
    assert (tmp_path / "b.csv").read_bytes() == (tmp_path / "a.csv").read_bytes()
    assert second.rows == first.rows == second.expected_rows
    (line,) = [r for r in caplog.records if r.levelno == logging.INFO and "Reusing export" in r.getMessage()]
    message = line.getMessage()
    assert first.export_id in message and "COMPLETED" in message and "2025-03-01T00:00:00+00:00" in message
    assert "reuse_max_age=None" in message


async def test_async_a_recent_completed_export_is_reused(sb, tmp_path):
    client = make_async_client(sb)
    first = await client.export_to_file("clicks", **export_args(sb, tmp_path / "a.csv"))
    second = await client.export_to_file("clicks", **export_args(sb, tmp_path / "b.csv"))
    assert (first.reused, second.reused) == (False, True)
    assert second.export_id == first.export_id and second.created_at == first.created_at
    assert creates(sb) == 1 and len(lists(sb)) == 2


def test_an_export_still_in_progress_is_waited_for_instead_of_created_again(client, sb, tmp_path, caplog):
    caplog.set_level(logging.INFO, logger="integr8")
    sb.export_delays = (50.0, 100.0)
    with pytest.raises(ExportTimeoutError) as info:
        export(client, sb, tmp_path / "a.csv", timeout=30.0)
    result = export(client, sb, tmp_path / "a.csv", timeout=500.0)
    assert creates(sb) == 1
    assert result.reused is True and result.export_id == info.value.export_id
    assert result.created_at == SANDBOX_START and result.rows == result.expected_rows > 0
    assert any(f"Reusing export {result.export_id} (PENDING" in r.getMessage() for r in caplog.records)


async def test_async_an_export_in_progress_is_reused(sb, tmp_path):
    sb.export_delays = (5.0, 200.0)
    client = make_async_client(sb)
    with pytest.raises(ExportTimeoutError) as info:
        await client.export_to_file("clicks", **export_args(sb, tmp_path / "a.csv", timeout=60.0))
    result = await client.export_to_file("clicks", **export_args(sb, tmp_path / "a.csv", timeout=600.0))
    assert result.reused and result.export_id == info.value.export_id and creates(sb) == 1


def test_a_completed_export_older_than_reuse_max_age_is_not_reused(client, sb, tmp_path):
    first = export(client, sb, tmp_path / "a.csv")
    sb.clock.advance(3700)  # older than the default hour
    longer = export(client, sb, tmp_path / "b.csv", reuse_max_age=7200)  # configurable
    assert longer.reused and longer.export_id == first.export_id and creates(sb) == 1
    fresh = export(client, sb, tmp_path / "c.csv")
    assert fresh.reused is False and fresh.export_id != first.export_id and creates(sb) == 2
    assert fresh.created_at is not None and fresh.created_at - first.created_at >= dt.timedelta(seconds=3700)
    zero = export(client, sb, tmp_path / "d.csv", reuse_max_age=0)  # only one still running
    assert zero.reused is False and creates(sb) == 3


def test_an_export_created_before_the_window_ended_is_not_reused(client, sb, tmp_path):
    # The window ends 2025-03-01 23:59:59 UTC; the sandbox's day has just begun: such an export
    # cannot hold the rows of the rest of the day, done or not.
    window = {"start": "2025-02-28", "end": "2025-03-01"}
    first = export(client, sb, tmp_path / "a.csv", **window)
    second = export(client, sb, tmp_path / "b.csv", **window)
    assert (first.reused, second.reused) == (False, False) and creates(sb) == 2
    sb.export_delays = (50.0, 100.0)
    with pytest.raises(ExportTimeoutError):
        export(client, sb, tmp_path / "c.csv", timeout=20.0, **window)
    export(client, sb, tmp_path / "c.csv", timeout=500.0, **window)
    assert creates(sb) == 4  # nor while it is still running


def test_an_export_that_ended_in_error_is_never_reused(client, sb, tmp_path):
    sb.fail_next_export("the export worker ran out of disk")
    with pytest.raises(ExportFailedError) as info:
        export(client, sb, tmp_path / "a.csv")
    result = export(client, sb, tmp_path / "a.csv")
    assert result.reused is False and result.export_id != info.value.export_id and creates(sb) == 2


@pytest.mark.parametrize(
    "change",
    [
        {"fields": ["tx_id", "request_time"]},
        {"fields": ["request_time", "tx_id", "offer_id"]},  # the same columns in another order
        {"extra_parameters": ["sub2"]},
        {"timezone": "Asia/Tokyo"},  # the same start/end texts, another zone
        {"delimiter": ";"},
        {"start": "2025-02-02"},
        {"end": "2025-02-04"},
        {"start": "2025-02-03T06:00:00"},  # the same date, another time
    ],
    ids=["fewer fields", "fields order", "extra parameters", "time zone", "delimiter", "start", "end", "start time"],
)
def test_an_export_of_another_query_is_not_reused(client, sb, tmp_path, change):
    export(client, sb, tmp_path / "a.csv")
    result = export(client, sb, tmp_path / "b.csv", **change)
    assert result.reused is False and creates(sb) == 2


def test_an_export_of_another_kind_is_not_reused(client, sb, tmp_path):
    export(client, sb, tmp_path / "a.csv", fields=["tx_id", "offer_id"])
    conversions = client.export_to_file(
        "conversions", **export_args(sb, tmp_path / "b.csv", fields=["tx_id", "offer_id"])
    )
    assert conversions.reused is False and creates(sb, "exportConversions") == 1


def test_an_export_with_other_filters_is_not_reused(client, sb, tmp_path):
    filtered = client.reports.export_clicks(
        sb.integration_id,
        start_time="2025-02-03 00:00:00",
        end_time="2025-02-03 23:59:59",
        timezone="UTC",
        delimiter=",",
        fields="tx_id,request_time,offer_id",
        extra_parameters="sub1",
        extra_query={"filter[offer_id]": sb.offer_ids[0]},  # made elsewhere, narrowed to one offer
    )
    sb.clock.advance(10)  # COMPLETED
    result = export(client, sb, tmp_path / "a.csv")
    assert result.reused is False and result.export_id != filtered.id and creates(sb) == 2
    again = export(client, sb, tmp_path / "b.csv")  # the unfiltered one is the match
    assert again.reused and again.export_id == result.export_id and creates(sb) == 2


def test_reuse_max_age_none_always_creates_and_lists_nothing(client, sb, tmp_path):
    first = export(client, sb, tmp_path / "a.csv", reuse_max_age=None)
    second = export(client, sb, tmp_path / "b.csv", reuse_max_age=None)
    assert (first.reused, second.reused) == (False, False) and first.export_id != second.export_id
    assert creates(sb) == 2 and lists(sb) == []


async def test_async_reuse_max_age_none_always_creates(sb, tmp_path):
    client = make_async_client(sb)
    for name in ("a.csv", "b.csv"):
        result = await client.export_to_file("clicks", **export_args(sb, tmp_path / name, reuse_max_age=None))
        assert result.reused is False
    assert creates(sb) == 2 and lists(sb) == []


def test_looking_for_an_export_costs_one_bounded_request(client, sb, tmp_path):
    export(client, sb, tmp_path / "a.csv")
    export(client, sb, tmp_path / "b.csv")
    urls = lists(sb)
    assert len(urls) == 2  # one per call
    query = dict(httpx.URL(urls[0]).params)
    assert query["page[size]"] == str(_exports.REUSE_LOOKUP_SIZE) == "100" and query["page[number]"] == "1"
    assert query["sort"] == "-created_at" and query["filter[type]"] == "click_logs"
    assert query["filter[reports_query_option.filters.integration_id.equalvalues]"] == sb.integration_id
    assert query["filter[reports_query_option.start_date]"] == "2025-02-03"
    assert query["filter[reports_query_option.end_date]"] == "2025-02-03"


@pytest.mark.parametrize("status", [500, 404])
def test_a_listing_that_fails_means_a_new_export_not_a_failure(client, sb, tmp_path, caplog, status):
    export(client, sb, tmp_path / "a.csv")
    sb.inject(Fault(status=status, operation=LIST, times=None))
    result = export(client, sb, tmp_path / "b.csv")
    assert result.reused is False and creates(sb) == 2
    assert any(
        r.levelno == logging.WARNING and "Could not list Download Center exports" in r.getMessage()
        for r in caplog.records
    )


def test_a_listing_without_a_data_list_means_a_new_export(client, sb, tmp_path):
    export(client, sb, tmp_path / "a.csv")
    sb.inject(Fault(operation=LIST, body={"items": []}, times=None))
    assert export(client, sb, tmp_path / "b.csv").reused is False and creates(sb) == 2


@pytest.mark.parametrize("bad", [-1, True, "3600", math.nan, math.inf, 90 * 86400 + 1])
def test_a_bad_reuse_max_age_is_refused_before_any_request(client, sb, tmp_path, bad):
    with pytest.raises(ConfigurationError, match="reuse_max_age"):
        export(client, sb, tmp_path / "a.csv", reuse_max_age=bad)
    assert sb.requests == []


# -- which exports match: the rule itself, on the sandbox's own export objects --------------------


@pytest.fixture
def listed(client, sb, tmp_path) -> tuple[ReuseQuery, dict[str, Any], dt.datetime]:
    """(the query of `export_args`, its COMPLETED export as List shows it, the server's time)."""
    export(client, sb, tmp_path / "a.csv", reuse_max_age=None)
    (item,) = client._http.get("/api/v2/downloadcenter-exports").json()["data"]
    _, params = create_params(
        "clicks",
        integration_id=sb.integration_id,
        start="2025-02-03",
        end="2025-02-03",
        fields=["tx_id", "request_time", "offer_id"],
        extra_parameters=["sub1"],
        timezone="UTC",
        delimiter=",",
    )
    return ReuseQuery.of("clicks", params), item, SANDBOX_START + dt.timedelta(seconds=60)


def test_the_sandbox_export_matches_its_own_query(listed):
    query, item, now = listed
    assert reuse_matches(item, query) and reusable(item, query, now, 3600) == SANDBOX_START


@pytest.mark.parametrize(
    "status, expected",
    [("COMPLETED", True), ("PENDING", True), ("IN_PROGRESS", True), ("ERROR", False), ("CANCELED", False),
     ("CANCELLED", False), ("UNKNOWN", False), ("", False), ("QUEUED_ELSEWHERE", False)],
)  # fmt: skip
def test_only_running_and_completed_exports_are_reused(listed, status, expected):
    query, item, now = listed
    assert (reusable({**item, "status": status}, query, now, 3600) is not None) is expected


def drop(item: dict[str, Any], path: str) -> dict[str, Any]:
    copy = json.loads(json.dumps(item))
    *parents, last = path.split(".")
    node = copy
    for part in parents:
        node = node[part]
    del node[last]
    return copy


def put(item: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    copy = json.loads(json.dumps(item))
    *parents, last = path.split(".")
    node = copy
    for part in parents:
        node = node[part]
    node[last] = value
    return copy


@pytest.mark.parametrize(
    "path",
    ["reports_query_option.start_time", "reports_query_option.end_time", "reports_query_option.timezone",
     "reports_query_option.filters", "format.fields", "format.extra_parameters", "format.delimiter",
     "type", "integration", "created_at", "id", "format", "reports_query_option"],
)  # fmt: skip
def test_what_the_export_does_not_state_means_no_reuse(listed, path):
    """The reference shows only start_date/end_date of the window: an API storing no times (or no
    zone, fields, delimiter) leaves the rows uncertain, so nothing is reused."""
    query, item, now = listed
    assert reusable(drop(item, path), query, now, 3600) is None


@pytest.mark.parametrize(
    "path, value",
    [
        ("reports_query_option.filters.publisher", {"equalvalues": ["p1"]}),
        ("reports_query_option.filters.integration_id", {"equalvalues": ["another"]}),
        ("reports_query_option.start_date", "2025-02-02"),
        ("reports_query_option.timezone", "Europe/Berlin"),
        ("format.fields", ["tx_id"]),
        ("format.type", "json"),
        ("format.compression", "gzip"),
        ("masking_config", {"tx_id": "hash"}),
        ("export_list_options", {"columns": "all"}),
        ("created_at", "2025-03-01 00:00:00"),  # no offset: names no instant
        ("created_at", "2025-02-03T23:59:59Z"),  # the window's last second: before its end
        ("type", "conversion_logs"),
    ],
)
def test_anything_that_may_shape_the_rows_differently_means_no_reuse(listed, path, value):
    query, item, now = listed
    assert reusable(put(item, path, value), query, now, 3600) is None


def test_a_completed_export_without_an_artifact_is_not_reused(listed):
    query, item, now = listed
    assert reusable(drop(item, "artifact"), query, now, 3600) is None


def test_age_is_measured_on_the_servers_clock(listed):
    query, item, _ = listed
    assert reusable(item, query, SANDBOX_START + dt.timedelta(seconds=3600), 3600) is not None
    assert reusable(item, query, SANDBOX_START + dt.timedelta(seconds=3601), 3600) is None
    dated = httpx.Response(200, headers={"Date": "Sat, 01 Mar 2025 01:00:00 GMT"})
    assert server_time(dated) == dt.datetime(2025, 3, 1, 1, tzinfo=UTC)
    undated = server_time(httpx.Response(200))  # no Date: the local clock
    assert abs((undated - dt.datetime.now(UTC)).total_seconds()) < 60


def test_the_sandbox_dates_its_answers_on_its_own_clock(client, sb):
    sb.clock.advance(90)
    response = client._http.get("/api/v2/downloadcenter-exports")
    assert response.headers.get_list("Date") == ["Sat, 01 Mar 2025 00:01:30 GMT"]
    twice = httpx.Response(
        200, headers=[("Date", "Sat, 01 Mar 2025 01:00:00 GMT"), ("Date", "Mon, 01 Jan 2024 00:00:00 GMT")]
    )
    assert server_time(twice) == dt.datetime(2025, 3, 1, 1, tzinfo=UTC)


def test_reuse_over_a_real_socket(sb, tmp_path):
    """The loopback server dates its answers itself (sandbox time): one Date, and reuse works."""
    with serve(sb) as server:
        with use_sandbox_time(Integr8(api_key=sb.api_key, base_url=server.base_url, allow_http=True), sb) as client:
            first = export(client, sb, tmp_path / "a.csv")
            second = export(client, sb, tmp_path / "b.csv")
            listing = client._http.get("/api/v2/downloadcenter-exports")
    assert (first.reused, second.reused) == (False, True) and second.export_id == first.export_id
    assert creates(sb) == 1 and len(listing.headers.get_list("Date")) == 1


# -- the row cap ---------------------------------------------------------------------------------


def test_the_caps_are_the_knowledge_bases():
    assert _exports.MAX_EXPORT_ROWS == 5_000_000 and _exports.MAX_CLICK_EXPORT_ROWS == 2_000_000
    assert row_cap("click_logs") == 2_000_000
    assert row_cap("conversion_logs") == row_cap("impression_logs") == row_cap(None) == 5_000_000
    assert _exports.DAILY_EXPORT_LIMIT == 10 and _exports.RETENTION_SECONDS == 90 * 86400


def test_rows_reaching_the_cap_are_flagged_with_a_warning(client, sb, tmp_path, caplog, monkeypatch):
    # A CSV of 2,000,000 rows is too slow for a unit test (the sandbox cannot fake the count of
    # a real artifact): the cap is lowered to the sandbox export's own row count instead.
    first = export(client, sb, tmp_path / "a.csv")
    assert first.probably_truncated is False
    monkeypatch.setattr(_exports, "MAX_CLICK_EXPORT_ROWS", first.rows + 1)
    assert export(client, sb, tmp_path / "b.csv").probably_truncated is False  # one short of it
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
    monkeypatch.setattr(_exports, "MAX_CLICK_EXPORT_ROWS", first.rows)
    result = export(client, sb, tmp_path / "c.csv")
    assert result.probably_truncated is True
    (warning,) = [r for r in caplog.records if r.levelno == logging.WARNING and r.name == "integr8"]
    message = warning.getMessage()
    assert first.export_id in message and "probably cut short" in message and "smaller window" in message
    resumed = client.resume_export(first.export_id, dest=tmp_path / "d.csv")  # resume_export too
    assert resumed.probably_truncated is True


class Reported(httpx.BaseTransport):
    """Get Export (the status answer) says the export holds `total` rows."""

    def __init__(self, inner: httpx.BaseTransport, total: int):
        self.inner, self.total = inner, total

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if request.method == "GET" and "/downloadcenter-exports/" in request.url.path:
            body = json.loads(response.read())
            if body["data"].get("results_meta"):
                body["data"]["results_meta"]["total"] = self.total
            return httpx.Response(response.status_code, json=body)
        return response


@pytest.mark.parametrize(
    "kind, total, flagged",
    [
        ("conversions", 5_000_000, True),
        ("conversions", 4_999_999, False),
        ("conversions", 2_000_000, False),  # 2 million is the cap of click exports only
        ("clicks", 2_000_000, True),
        ("clicks", 1_999_999, False),
        ("impressions", 5_000_001, True),
    ],
)
def test_the_exports_own_row_count_at_the_cap_is_flagged(sb, tmp_path, caplog, kind, total, flagged):
    client = make_client(sb, Reported(SandboxTransport(sb), total))
    result = client.export_to_file(kind, **export_args(sb, tmp_path / "a.csv", fields=["tx_id"]))
    assert result.expected_rows == total and result.probably_truncated is flagged
    assert any("probably cut short" in r.getMessage() for r in caplog.records) is flagged


async def test_async_rows_reaching_the_cap_are_flagged(sb, tmp_path, monkeypatch):
    monkeypatch.setattr(_exports, "MAX_CLICK_EXPORT_ROWS", 1)  # see the sync test: 2M rows are too slow
    result = await make_async_client(sb).export_to_file("clicks", **export_args(sb, tmp_path / "a.csv"))
    assert result.probably_truncated is True


# -- the daily quota -------------------------------------------------------------------------------


def test_a_429_on_creation_names_the_daily_export_limit(client, sb, tmp_path):
    sb.inject(Fault(status=429, retry_after=3600, operation=CREATE, times=None))
    with pytest.raises(RateLimitError) as info:
        export(client, sb, tmp_path / "a.csv")
    message = str(info.value)
    assert "at most 10 export requests a day" in message and "daily export limit is the likely cause" in message
    assert "reuse_max_age" in message and "docs/reports-and-analytics/download-center.md" in message
    assert info.value.retry_after == 3600.0 and info.value.status_code == 429  # kept
    assert message.startswith("429 Too Many Requests: POST /api/v2/download-center/clicks-export/")
    assert sb.api_key not in message and not (tmp_path / "a.csv").exists()


async def test_async_a_429_on_creation_names_the_daily_export_limit(sb, tmp_path):
    sb.inject(Fault(status=429, retry_after=3600, operation=CREATE, times=None))
    with pytest.raises(RateLimitError, match="10 export requests a day"):
        await make_async_client(sb).export_to_file("clicks", **export_args(sb, tmp_path / "a.csv"))


class Refusing(httpx.BaseTransport):
    """Export creation answered with `status` and the API's error body holding `text`."""

    def __init__(self, sb: Sandbox, status: int, text: str):
        self.inner, self.status, self.text = SandboxTransport(sb), status, text

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == "POST" and "/download-center/" in request.url.path:
            return httpx.Response(self.status, json={"error": "refused", "message": self.text})
        return self.inner.handle_request(request)


@pytest.mark.parametrize(
    "status, text, error",
    [
        (403, "Daily export quota reached for this organization", PermissionDeniedError),
        (400, "Export request limit exceeded: 10 per day", BadRequestError),
        (400, "You have reached the limit of 10 exports per day", BadRequestError),
        (402, "Too many export requests today", RequestFailedError),
    ],
)
def test_a_quota_text_on_creation_names_the_daily_export_limit(sb, tmp_path, status, text, error):
    client = make_client(sb, Refusing(sb, status, text))
    with pytest.raises(error) as info:
        export(client, sb, tmp_path / "a.csv")
    assert info.value.status_code == status and text in str(info.value)
    assert "10 export requests a day" in str(info.value)


@pytest.mark.parametrize(
    "status, text",
    [(400, "fields: unknown column(s) nope"), (400, "the window exceeds the limit of 31 days"), (500, "quota db down")],
)
def test_other_refusals_do_not_blame_the_quota(sb, tmp_path, status, text):
    client = make_client(sb, Refusing(sb, status, text))  # 4xx and 5xx answering a POST: not retried
    with pytest.raises(APIStatusError) as info:
        export(client, sb, tmp_path / "a.csv")
    assert text in str(info.value) and "export requests a day" not in str(info.value)


def test_a_rate_limited_listing_still_creates_the_export(client, sb, tmp_path):
    sb.inject(Fault(status=429, retry_after=3600, operation=LIST, times=None))
    assert export(client, sb, tmp_path / "a.csv").reused is False  # listed nothing, created one


# -- the command line ------------------------------------------------------------------------------

CLI_ARGS = ["--from", "2025-02-01", "--to", "2025-02-02", "--fields", "tx_id,status", "--extra", "sub1"]


def cli_export(sb: Sandbox, dest: Path, *extra: str):
    return run(sb, "export", "clicks", "-i", sb.integration_id, *CLI_ARGS, "-o", str(dest), *extra)


@pytest.mark.usefixtures("clean_env", "creds")
def test_cli_says_which_export_it_reused_and_when_it_was_created(sb, tmp_path):
    first = cli_export(sb, tmp_path / "a.csv")
    assert first.exit_code == 0, first.output
    assert "reused" not in first.stderr
    second = cli_export(sb, tmp_path / "b.csv", "--quiet")  # said even with --quiet
    assert second.exit_code == 0, second.output
    (export_id,) = {r.url.rsplit("/", 1)[-1] for r in sb.requests if r.operation_id == "getDownloadCenterExport"}
    assert f"reused export {export_id}, created 2025-03-01 00:00:00 UTC" in second.stderr
    assert "--no-reuse" in second.stderr and creates(sb) == 1
    assert (tmp_path / "b.csv").read_bytes() == (tmp_path / "a.csv").read_bytes()


@pytest.mark.usefixtures("clean_env", "creds")
def test_cli_no_reuse_and_reuse_max_age(sb, tmp_path):
    assert cli_export(sb, tmp_path / "a.csv").exit_code == 0
    result = cli_export(sb, tmp_path / "b.csv", "--no-reuse")
    assert result.exit_code == 0 and "reused" not in result.stderr and creates(sb) == 2
    sb.clock.advance(120)
    result = cli_export(sb, tmp_path / "c.csv", "--reuse-max-age", "60")
    assert result.exit_code == 0 and "reused" not in result.stderr and creates(sb) == 3
    result = cli_export(sb, tmp_path / "d.csv", "--reuse-max-age", "600")
    assert result.exit_code == 0 and "reused export" in result.stderr and creates(sb) == 3
    result = cli_export(sb, tmp_path / "e.csv", "--reuse-max-age", "-1")
    assert result.exit_code == 2


def test_the_cli_repeats_the_sdks_values():
    from integr8.cli import _export as cli

    assert cli.DEFAULT_REUSE_MAX_AGE == _exports.DEFAULT_REUSE_MAX_AGE == 3600.0
    assert cli.DAILY_EXPORT_LIMIT == _exports.DAILY_EXPORT_LIMIT
    assert cli.RETENTION_SECONDS == _exports.RETENTION_SECONDS


@pytest.mark.usefixtures("clean_env", "creds")
def test_cli_help_shows_the_reuse_options(sb):
    result = run(sb, "export", "clicks", "--help")
    assert "--no-reuse" in result.stdout and "--reuse-max-age" in result.stdout


@pytest.mark.usefixtures("clean_env", "creds")
def test_cli_hints_to_split_the_window_at_the_cap(sb, tmp_path, monkeypatch):
    monkeypatch.setattr(_exports, "MAX_CLICK_EXPORT_ROWS", 1)  # see test_rows_reaching_the_cap...
    result = cli_export(sb, tmp_path / "a.csv", "--quiet")
    assert result.exit_code == 0, result.output
    assert "probably cut short" in result.stderr  # the SDK's warning
    assert "split the window" in result.stderr and "--from/--to" in result.stderr


@pytest.mark.usefixtures("clean_env", "creds")
def test_cli_quota_refusal_says_the_daily_limit_and_when_to_try_again(sb, tmp_path):
    sb.inject(Fault(status=429, retry_after=3600, operation=CREATE, times=None))
    result = cli_export(sb, tmp_path / "a.csv")
    assert result.exit_code == 1
    assert "10 export requests a day" in result.stderr and "try again after" in result.stderr
    assert sb.api_key not in result.output
