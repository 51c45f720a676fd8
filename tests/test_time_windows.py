"""Report and export windows across clock changes, and one date reader for the SDK and the CLI.

The API reads `start_time`/`end_time` as wall-clock text in `timezone` and its rows carry no
offset, so: a bound in the hour repeated when the clocks go back is refused, before any request,
with advice that really covers the range (checked on the sandbox's data: Africa/Casablanca turns
its clocks back on 2025-02-23, inside the seeded month); a wall-clock bound in the hour skipped
when they go forward is sent as the gap's edge. Every text form is read by one function, so it
means the same through `Integr8`, `AsyncIntegr8`, `integr8 report`, `integr8 export` and the
updates CSV; a date alone is the whole day for a window and is refused as a conversion_time.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from test_cli import run

from integr8 import AsyncIntegr8, ConversionUpdate, Integr8, errors
from integr8.testing import AsyncSandboxTransport, Sandbox, SandboxTransport, use_sandbox_time
from integr8.testing._times import parse_wall, zone

pytestmark = pytest.mark.usefixtures("clean_env")

UTC = dt.UTC
BERLIN = "Europe/Berlin"
CASABLANCA = "Africa/Casablanca"  # 2025-02-23: 03:00 (+01) -> 02:00 (+00), in the sandbox's data
REPORT_OP = "getConversionReport"


def sync_client(sb: Sandbox) -> Integr8:
    return use_sandbox_time(Integr8(api_key=sb.api_key, base_url=sb.base_url, transport=SandboxTransport(sb)), sb)


def async_client(sb: Sandbox) -> AsyncIntegr8:
    client = AsyncIntegr8(api_key=sb.api_key, base_url=sb.base_url, transport=AsyncSandboxTransport(sb))
    return use_sandbox_time(client, sb)


def sent(sb: Sandbox, operation: str = REPORT_OP) -> list[dict[str, str]]:
    return [dict(httpx.URL(r.url).params) for r in sb.requests if r.operation_id == operation]


def served_window(params: dict[str, str]) -> tuple[dt.datetime, dt.datetime]:
    """The instants the sandbox (like the API) reads from a request's window."""
    tz = zone(params.get("timezone") or "UTC")
    return tuple(  # type: ignore[return-value]
        dt.datetime.fromtimestamp(parse_wall(params[name], tz), UTC) for name in ("start_time", "end_time")
    )


def first_report_request(sb: Sandbox, start: Any, end: Any, timezone: str) -> dict[str, str]:
    """What `Integr8.iter_report` sends for this window (its first page)."""
    sb.requests.clear()
    client = sync_client(sb)
    rows = client.iter_report("conversions", integration_id=sb.integration_id, start=start, end=end, timezone=timezone)
    next(iter(rows), None)
    client.close()
    return sent(sb)[0]


async def first_async_report_request(sb: Sandbox, start: Any, end: Any, timezone: str) -> dict[str, str]:
    sb.requests.clear()
    client = async_client(sb)
    rows = client.iter_report("conversions", integration_id=sb.integration_id, start=start, end=end, timezone=timezone)
    async for _ in rows:
        break
    await client.close()
    return sent(sb)[0]


def cli_report_request(sb: Sandbox, start: str, end: str, timezone: str) -> dict[str, str]:
    sb.requests.clear()
    result = run(
        sb, "report", "conversions", "-i", sb.integration_id, "--from", start, "--to", end,
        "-z", timezone, "--limit", "1", "-f", "jsonl",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    return sent(sb)[0]


def utc_time(row: Any, field: str = "request_time") -> dt.datetime:
    return dt.datetime.strptime(getattr(row, field), "%Y-%m-%d %H:%M:%S").replace(tzinfo=UTC)


# -- clocks going back: the repeated hour ----------------------------------------------------------

FALL_START = dt.datetime(2025, 10, 26, 0, 30, tzinfo=UTC)  # 02:30 CEST, the first 02:30 in Berlin
FALL_END = dt.datetime(2025, 10, 26, 1, 30, tzinfo=UTC)  # 02:30 CET, the second one


def test_a_window_in_the_repeated_hour_is_refused_before_any_request(sb: Sandbox) -> None:
    # Sent as it was, both bounds became "2025-10-26 02:30:00": an empty window.
    client = sync_client(sb)
    with pytest.raises(errors.ConfigurationError) as caught:
        client.iter_report(
            "conversions", integration_id=sb.integration_id, start=FALL_START, end=FALL_END, timezone=BERLIN
        )
    message = str(caught.value)
    assert message.startswith("start: 2025-10-26 00:30:00+00:00 is 2025-10-26 02:30:00 in Europe/Berlin")
    assert "happens twice" in message and "from 03:00:00 to 02:00:00 on 2025-10-26" in message
    assert "timezone='UTC'" in message
    assert "2025-10-26 01:59:59 Europe/Berlin (2025-10-25T23:59:59Z) or earlier" in message
    # Only the end in the repeated hour: the advice is the first wall-clock time after it.
    with pytest.raises(errors.ConfigurationError) as caught:
        client.iter_report(
            "conversions", integration_id=sb.integration_id, start="2025-10-25", end=FALL_END, timezone=BERLIN
        )
    assert str(caught.value).startswith("end: ")
    assert "2025-10-26 03:00:00 Europe/Berlin (2025-10-26T02:00:00Z) or later" in str(caught.value)
    assert sb.requests == []


async def test_async_a_window_in_the_repeated_hour_is_refused_before_any_request(sb: Sandbox) -> None:
    client = async_client(sb)
    with pytest.raises(errors.ConfigurationError, match=r"^start: .* happens twice"):
        client.iter_report(
            "conversions", integration_id=sb.integration_id, start=FALL_START, end=FALL_END, timezone=BERLIN
        )
    await client.close()
    assert sb.requests == []


def test_the_advice_covers_every_instant_asked_for(sb: Sandbox) -> None:
    """Casablanca's repeated hour holds sandbox rows: asking either way the error says returns
    every row of the instant range (and asking as before would have missed them)."""
    client = sync_client(sb)
    start, end = dt.datetime(2025, 2, 23, 1, 30, tzinfo=UTC), dt.datetime(2025, 2, 23, 2, 30, tzinfo=UTC)
    with pytest.raises(errors.ConfigurationError) as caught:
        client.iter_report("clicks", integration_id=sb.integration_id, start=start, end=end, timezone=CASABLANCA)
    assert "is 2025-02-23 02:30:00 in Africa/Casablanca" in str(caught.value)
    assert "2025-02-23 01:59:59 Africa/Casablanca (2025-02-23T00:59:59Z) or earlier" in str(caught.value)
    day = client.iter_report("clicks", integration_id=sb.integration_id, start="2025-02-23", end="2025-02-23")
    wanted = [r.real_tx_id for r in day if start <= utc_time(r) <= end]
    assert len(wanted) > 20  # rows in both passes of the repeated hour

    in_utc = list(client.iter_report("clicks", integration_id=sb.integration_id, start=start, end=end, timezone="UTC"))
    assert [r.real_tx_id for r in in_utc] == wanted
    moved = client.iter_report(
        "clicks",
        integration_id=sb.integration_id,
        start="2025-02-23 01:59:59",
        end="2025-02-23 03:00:00",
        timezone=CASABLANCA,
    )
    assert set(wanted) <= {r.real_tx_id for r in moved}
    first, last = served_window(sent(sb, "getClickReport")[-1])
    assert first <= start and end <= last


def test_a_naive_time_in_the_repeated_hour_is_refused_whatever_its_fold(sb: Sandbox) -> None:
    client = sync_client(sb)
    for fold in (0, 1):
        naive = dt.datetime(2025, 10, 26, 2, 30, fold=fold)
        with pytest.raises(errors.ConfigurationError, match=r"^start: 2025-10-26 02:30:00 is .* happens twice"):
            client.iter_report(
                "clicks", integration_id=sb.integration_id, start=naive, end="2025-10-26", timezone=BERLIN
            )
    assert sb.requests == []


def test_the_cli_refuses_the_repeated_hour_in_its_own_words(sb: Sandbox, creds: None) -> None:
    result = run(
        sb, "report", "conversions", "-i", sb.integration_id, "--from", "2025-10-26T00:30:00Z",
        "--to", "2025-10-26T01:30:00Z", "-z", BERLIN,
    )  # fmt: skip
    assert result.exit_code == 2, result.output
    assert "--from: '2025-10-26T00:30:00Z' is 2025-10-26 02:30:00 in Europe/Berlin" in result.stderr
    assert "happens twice" in result.stderr and "--timezone UTC" in result.stderr
    result = run(
        sb, "report", "conversions", "-i", sb.integration_id, "--from", "2025-10-26 01:00",
        "--to", "2025-10-26 02:30", "-z", BERLIN,
    )  # fmt: skip
    assert result.exit_code == 2, result.output
    assert "--to: '2025-10-26 02:30' is 2025-10-26 02:30:00 in Europe/Berlin" in result.stderr
    assert "2025-10-26 03:00:00 Europe/Berlin (2025-10-26T02:00:00Z) or later" in result.stderr
    assert sb.requests == []


def test_export_to_file_refuses_the_repeated_hour_before_creating_anything(sb: Sandbox, tmp_path: Path) -> None:
    # The CSV is the server's, with offset-less times: it could not be trimmed afterwards.
    client = sync_client(sb)
    with pytest.raises(errors.ConfigurationError, match=r"^start: .* happens twice"):
        client.export_to_file(
            "conversions",
            integration_id=sb.integration_id,
            start=FALL_START,
            end=FALL_END,
            timezone=BERLIN,
            dest=tmp_path / "c.csv",
            fields=["tx_id"],
            extra_parameters=["sub1"],
        )
    assert sb.requests == [] and not list(tmp_path.iterdir())


async def test_async_export_to_file_refuses_the_repeated_hour(sb: Sandbox, tmp_path: Path) -> None:
    client = async_client(sb)
    with pytest.raises(errors.ConfigurationError, match=r"^end: .* happens twice"):
        await client.export_to_file(
            "conversions",
            integration_id=sb.integration_id,
            start="2025-10-26 01:00",
            end=FALL_END,
            timezone=BERLIN,
            dest=tmp_path / "c.csv",
            fields=["tx_id"],
            extra_parameters=["sub1"],
        )
    await client.close()
    assert sb.requests == [] and not list(tmp_path.iterdir())


def test_cli_export_refuses_the_repeated_hour(sb: Sandbox, creds: None, tmp_path: Path) -> None:
    result = run(
        sb, "export", "conversions", "-i", sb.integration_id, "--from", "2025-10-26 01:00",
        "--to", "2025-10-26T01:30:00Z", "-z", BERLIN, "--fields", "tx_id", "--extra", "sub1",
        "-o", str(tmp_path / "c.csv"),
    )  # fmt: skip
    assert result.exit_code == 2, result.output
    assert "--to: '2025-10-26T01:30:00Z' is 2025-10-26 02:30:00 in Europe/Berlin" in result.stderr
    assert sb.requests == []


# -- clocks going forward: the skipped hour ---------------------------------------------------------

SPRING_START = dt.datetime(2025, 3, 30, 0, 30, tzinfo=UTC)  # 01:30 CET
SPRING_END = dt.datetime(2025, 3, 30, 1, 30, tzinfo=UTC)  # 03:30 CEST


def test_a_window_across_the_skipped_hour_asks_for_exactly_its_instants(sb: Sandbox) -> None:
    params = first_report_request(sb, SPRING_START, SPRING_END, BERLIN)
    assert (params["start_time"], params["end_time"]) == ("2025-03-30 01:30:00", "2025-03-30 03:30:00")
    assert served_window(params) == (SPRING_START, SPRING_END)


async def test_async_a_window_across_the_skipped_hour_asks_for_exactly_its_instants(sb: Sandbox) -> None:
    params = await first_async_report_request(sb, SPRING_START, SPRING_END, BERLIN)
    assert served_window(params) == (SPRING_START, SPRING_END)


@pytest.mark.parametrize(
    ("start", "end", "wire", "instants"),
    [
        # A start in the gap: the first instant after it (no row has a time inside it).
        (
            "2025-03-30 02:30",
            "2025-03-30 05:00",
            ("2025-03-30 03:00:00", "2025-03-30 05:00:00"),
            (dt.datetime(2025, 3, 30, 1, 0, tzinfo=UTC), dt.datetime(2025, 3, 30, 3, 0, tzinfo=UTC)),
        ),
        # An end in the gap: the last second before it.
        (
            "2025-03-30 01:00",
            "2025-03-30 02:30:00",
            ("2025-03-30 01:00:00", "2025-03-30 01:59:59"),
            (dt.datetime(2025, 3, 30, 0, 0, tzinfo=UTC), dt.datetime(2025, 3, 30, 0, 59, 59, tzinfo=UTC)),
        ),
    ],
)
async def test_a_wall_clock_bound_in_the_skipped_hour_is_sent_as_its_edge(
    sb: Sandbox, creds: None, start: str, end: str, wire: tuple[str, str], instants: tuple[dt.datetime, ...]
) -> None:
    naive = dt.datetime.fromisoformat(start), dt.datetime.fromisoformat(end)
    for params in (
        first_report_request(sb, *naive, BERLIN),
        await first_async_report_request(sb, start, end, BERLIN),
        cli_report_request(sb, start, end, BERLIN),
    ):
        assert (params["start_time"], params["end_time"]) == wire
        assert served_window(params) == instants


def test_a_window_inside_the_skipped_hour_is_refused_with_the_reason(sb: Sandbox, creds: None) -> None:
    client = sync_client(sb)
    with pytest.raises(errors.ConfigurationError, match="skips when its clocks go forward"):
        client.iter_report(
            "clicks",
            integration_id=sb.integration_id,
            start="2025-03-30 02:10",
            end="2025-03-30 02:50",
            timezone=BERLIN,
        )
    result = run(sb, "report", "clicks", "-i", sb.integration_id, "--from", "2025-03-30 02:10",
                 "--to", "2025-03-30 02:50", "-z", BERLIN)  # fmt: skip
    assert result.exit_code == 2 and "--from (2025-03-30 03:00:00) is after --to" in result.stderr
    assert sb.requests == []


# -- one reader: every accepted form, the same meaning everywhere ----------------------------------

# (value, its text on the command line or None, the start_time and end_time it makes in Berlin)
FORMS: list[tuple[Any, str | None, tuple[str, str]]] = [
    ("2025-02-07", "2025-02-07", ("2025-02-07 00:00:00", "2025-02-07 23:59:59")),
    ("20250207", "20250207", ("2025-02-07 00:00:00", "2025-02-07 23:59:59")),
    (dt.date(2025, 2, 7), None, ("2025-02-07 00:00:00", "2025-02-07 23:59:59")),
    ("2025-02-07 10:00", "2025-02-07 10:00", ("2025-02-07 10:00:00", "2025-02-07 10:00:00")),
    ("2025-02-07T10:00", "2025-02-07T10:00", ("2025-02-07 10:00:00", "2025-02-07 10:00:00")),
    ("2025-02-07 10:00:00", "2025-02-07 10:00:00", ("2025-02-07 10:00:00", "2025-02-07 10:00:00")),
    ("2025-02-07T10:00:00", "2025-02-07T10:00:00", ("2025-02-07 10:00:00", "2025-02-07 10:00:00")),
    ("20250207T10:00:00", "20250207T10:00:00", ("2025-02-07 10:00:00", "2025-02-07 10:00:00")),
    ("2025-02-07T10:00:00.750", "2025-02-07T10:00:00.750", ("2025-02-07 10:00:00", "2025-02-07 10:00:00")),
    ("2025-02-07T09:00:00Z", "2025-02-07T09:00:00Z", ("2025-02-07 10:00:00", "2025-02-07 10:00:00")),
    ("2025-02-07t09:00:00z", "2025-02-07t09:00:00z", ("2025-02-07 10:00:00", "2025-02-07 10:00:00")),
    ("2025-02-07T10:00:00+01:00", "2025-02-07T10:00:00+01:00", ("2025-02-07 10:00:00", "2025-02-07 10:00:00")),
    ("2025-02-07T10:00:00+0100", "2025-02-07T10:00:00+0100", ("2025-02-07 10:00:00", "2025-02-07 10:00:00")),
    ("2025-02-07T04:00:00-05:00", "2025-02-07T04:00:00-05:00", ("2025-02-07 10:00:00", "2025-02-07 10:00:00")),
    (dt.datetime(2025, 2, 7, 10, 0), None, ("2025-02-07 10:00:00", "2025-02-07 10:00:00")),
    (dt.datetime(2025, 2, 7, 9, 0, tzinfo=UTC), None, ("2025-02-07 10:00:00", "2025-02-07 10:00:00")),
]


@pytest.mark.parametrize(("value", "text", "wire"), FORMS, ids=[repr(f[0]) for f in FORMS])
async def test_every_accepted_form_means_the_same_in_the_sdk_and_the_cli(
    sb: Sandbox, creds: None, value: Any, text: str | None, wire: tuple[str, str]
) -> None:
    """As a start and as an end at once: a date alone is its whole day, a time is that second."""
    seen = [
        first_report_request(sb, value, value, BERLIN),
        await first_async_report_request(sb, value, value, BERLIN),
    ]
    if text is not None:
        seen.append(cli_report_request(sb, text, text, BERLIN))
    for params in seen:
        assert (params["start_time"], params["end_time"]) == wire, params
        assert params["timezone"] == BERLIN


def test_a_compact_date_ends_an_export_at_the_end_of_its_day(sb: Sandbox, creds: None, tmp_path: Path) -> None:
    # `--to 20250207` used to end the window at 00:00:00 and drop the last day.
    result = run(
        sb, "export", "conversions", "-i", sb.integration_id, "--from", "20250206", "--to", "20250207",
        "--fields", "tx_id", "--extra", "sub1", "-o", str(tmp_path / "c.csv"),
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    (params,) = sent(sb, "exportConversions")
    assert (params["start_time"], params["end_time"]) == ("2025-02-06 00:00:00", "2025-02-07 23:59:59")


REFUSED = [
    "2025-02-07T10",  # an hour alone
    "2025/02/07",
    "07.02.2025",
    "2025-W06-5",  # an ISO week date
    "20250207T100000",  # a compact time
    "2025-2-7",
    "2025-0207",  # half compact
    "2025-02-07T10:00:00+01",  # an offset without minutes
    "2025-02-07 10:00:00 +01:00",
    "2025-02-30",
    "soon",
]


@pytest.mark.parametrize("text", REFUSED)
async def test_every_other_form_is_refused_alike_in_the_sdk_and_the_cli(sb: Sandbox, creds: None, text: str) -> None:
    with pytest.raises(errors.ConfigurationError, match=r"^end: cannot read"):
        sync_client(sb).iter_report("clicks", integration_id=sb.integration_id, start="2025-02-01", end=text)
    client = async_client(sb)
    with pytest.raises(errors.ConfigurationError, match=r"^end: cannot read"):
        client.iter_report("clicks", integration_id=sb.integration_id, start="2025-02-01", end=text)
    await client.close()
    result = run(sb, "report", "clicks", "-i", sb.integration_id, "--from", "2025-02-01", "--to", text)
    assert result.exit_code == 2 and "--to: cannot read" in result.stderr, result.output
    assert sb.requests == []


# -- conversion_time: an exact time, never a date alone ----------------------------------------------


def a_conversion(sb: Sandbox, index: int) -> Any:
    rows = sync_client(sb).iter_report(
        "conversions", integration_id=sb.integration_id, start="2025-02-03", end="2025-02-03"
    )
    for i, row in enumerate(rows):
        if i == index:
            return row
    raise AssertionError("not enough conversions")


def flip(status: str) -> str:
    return "Rejected" if status == "Approved" else "Approved"


def updates_file(path: Path, *lines: str) -> Path:
    path.write_text("tx_id,conversion_time,hash,status\n" + "".join(f"{line}\n" for line in lines))
    return path


@pytest.mark.parametrize("date", [dt.date(2025, 2, 3), "2025-02-03", "20250203"])
async def test_a_date_alone_is_refused_as_a_conversion_time_in_every_form(sb: Sandbox, date: object) -> None:
    update = ConversionUpdate(tx_id="t", conversion_time=date, hash="h", status="Approved")  # type: ignore[arg-type]
    with pytest.raises(errors.InvalidUpdatesError) as caught:
        sync_client(sb).update_conversions(integration_id=sb.integration_id, updates=[update])
    ((index, message),) = caught.value.problems
    assert index == 0 and message == (
        f"conversion_time: {date!r} is a date without a time; a conversion_time must be the exact "
        "time the Conversion Report shows, such as '2025-02-07 10:00:00'"
    )
    client = async_client(sb)
    with pytest.raises(errors.InvalidUpdatesError, match="is a date without a time"):
        await client.update_conversions(integration_id=sb.integration_id, updates=[update])
    await client.close()
    assert sb.requests == []


def test_the_updates_csv_refuses_a_date_alone_in_every_form(sb: Sandbox, creds: None, tmp_path: Path) -> None:
    # It used to take 20250203 as midnight and refuse 2025-02-03.
    file = updates_file(tmp_path / "u.csv", "a,2025-02-03,h,Approved", "b,20250203,h,Approved")
    result = run(sb, "conversions", "update", str(file), "-i", sb.integration_id)
    assert result.exit_code == 2, result.output
    for line, text in ((2, "2025-02-03"), (3, "20250203")):
        assert f"line {line}: conversion_time '{text}' is a date without a time" in result.stderr
    assert sb.requests == []


EXACT = [
    "{wall}",  # the report's own text
    "{iso}",
    "{compact}",
    "{iso}Z",
    "{berlin}+01:00",
    "{berlin}+0100",
]


@pytest.mark.parametrize("form", EXACT)
async def test_every_exact_form_names_the_same_conversion_in_the_sdk_and_the_csv(
    sb: Sandbox, creds: None, tmp_path: Path, form: str
) -> None:
    rows = [a_conversion(sb, i) for i in range(3)]

    def written(row: Any) -> str:
        at = utc_time(row, "conversion_time")
        return form.format(
            wall=row.conversion_time,
            iso=f"{at:%Y-%m-%dT%H:%M:%S}",
            compact=f"{at:%Y%m%dT%H:%M:%S}",
            berlin=f"{at + dt.timedelta(hours=1):%Y-%m-%dT%H:%M:%S}",
        )

    def update(row: Any) -> ConversionUpdate:
        return ConversionUpdate(tx_id=row.tx_id, conversion_time=written(row), hash=row.hash_, status=flip(row.status))

    report = sync_client(sb).update_conversions(integration_id=sb.integration_id, updates=[update(rows[0])])
    assert report.ok and len(report.applied) == 1, report.outcomes
    client = async_client(sb)
    report = await client.update_conversions(integration_id=sb.integration_id, updates=[update(rows[1])])
    await client.close()
    assert report.ok and len(report.applied) == 1, report.outcomes
    row = rows[2]
    file = updates_file(tmp_path / "u.csv", f"{row.tx_id},{written(row)},{row.hash_},{flip(row.status)}")
    result = run(sb, "conversions", "update", str(file), "-i", sb.integration_id, "-f", "json")
    assert result.exit_code == 0, result.output
    assert [o["result"] for o in json.loads(result.stdout)] == ["applied"]


@pytest.mark.parametrize(
    ("wall", "words"),
    [
        ("2025-10-26 02:30:00", "happens twice in Europe/Berlin"),  # clocks back: which 02:30?
        ("2025-03-30 02:30:00", "does not exist in Europe/Berlin"),  # clocks forward: no 02:30
    ],
)
async def test_a_naive_conversion_time_at_a_clock_change_is_refused(
    sb: Sandbox, creds: None, tmp_path: Path, wall: str, words: str
) -> None:
    update = ConversionUpdate(tx_id="t", conversion_time=wall, hash="h", status="Approved")
    with pytest.raises(errors.InvalidUpdatesError, match=words):
        sync_client(sb).update_conversions(integration_id=sb.integration_id, updates=[update], timezone=BERLIN)
    client = async_client(sb)
    with pytest.raises(errors.InvalidUpdatesError, match=words):
        await client.update_conversions(integration_id=sb.integration_id, updates=[update], timezone=BERLIN)
    await client.close()
    result = run(sb, "conversions", "update", str(updates_file(tmp_path / "u.csv", f"t,{wall},h,Approved")),
                 "-i", sb.integration_id, "-z", BERLIN)  # fmt: skip
    assert result.exit_code == 2 and f"line 2: conversion_time: {wall} {words.split(' in ')[0]}" in result.stderr
    assert sb.requests == []
    # With its offset it is one instant, and accepted (then simply not found in the sandbox's data).
    offset = "+01:00" if wall.startswith("2025-10") else "+02:00"
    exact = ConversionUpdate(tx_id="t", conversion_time=wall.replace(" ", "T") + offset, hash="h", status="Approved")
    report = sync_client(sb).update_conversions(integration_id=sb.integration_id, updates=[exact], timezone=BERLIN)
    assert len(report.not_found) == 1
