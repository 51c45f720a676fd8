"""Integr8 link test logs: the seeded logs, their grouped view, charts and totals.

The logs themselves are an ordinary read-only collection (get is the generic one); what is
specific is time: `start_time`/`end_time` select by `timestamp` in `timezone`, timestamps are
rendered in that zone, totals cover a period ending at the sandbox's current time. The charts
and totals are free-form in the spec; the sandbox answers small, stable objects:
`{"group_by", "items": [{"label", "count"}], "total"}` and
`{"time_period", "start_time", "end_time", "total", "passed", "failed"}`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

import httpx

from ._http import json_response
from ._listing import list_page
from ._reports import report_window
from ._store import Record
from ._times import day_start, parse_wall, render_wall, zone

if TYPE_CHECKING:
    from ._sandbox import Call, Sandbox

Handler = Callable[["Sandbox", "Call"], httpx.Response]
LOGS = "listLinkTestLogs"
EXACT_FILTERS = (
    "integration_id",
    "advertiser_incremental_id",
    "offer_incremental_id",
    "landing_page_incremental_id",
)


def _logs(sb: Sandbox) -> list[Record]:
    return list(sb.store.collection(sb.bindings[LOGS].resource.collection))


def _rendered(records: Iterable[Record], tz: Any) -> list[dict[str, Any]]:
    return [{**r.data, "timestamp": render_wall(r.internal["ts"], tz)} for r in records]


def _in_window(sb: Sandbox, call: Call) -> tuple[list[Record], Any]:
    params = call.params
    tz = zone(params.get("timezone") or "UTC")
    records = _logs(sb)
    if params.get("start_time") or params.get("end_time"):
        start = parse_wall(params["start_time"], tz) if params.get("start_time") else None
        end = parse_wall(params["end_time"], tz) if params.get("end_time") else None
        if start is not None and end is not None:
            report_window(sb, call)  # 400 when backwards
        records = [
            r
            for r in records
            if (start is None or r.internal["ts"] >= start) and (end is None or r.internal["ts"] <= end)
        ]
    for name in EXACT_FILTERS:
        if params.get(name) is not None:
            records = [r for r in records if r.data.get(name) == params[name]]
    return records, tz


def list_logs(sb: Sandbox, call: Call) -> httpx.Response:
    records, tz = _in_window(sb, call)
    return json_response(200, list_page(_rendered(records, tz), call.query, call.params))


def list_grouped(sb: Sandbox, call: Call) -> httpx.Response:
    records, _tz = _in_window(sb, call)
    known = [f for f in sb.bindings[call.route.operation_id].resource.item_properties if f != "count"]
    requested = [f.strip() for f in (call.params.get("fields") or "").split(",") if f.strip()]
    fields = [f for f in requested if f in known] or known
    counts = Counter(tuple(r.data.get(f) for f in fields) for r in records)
    rows = [{**dict(zip(fields, key, strict=True)), "count": n} for key, n in counts.most_common()]
    return json_response(200, list_page(rows, call.query, call.params))


def _chart(field: str) -> Handler:
    def handler(sb: Sandbox, call: Call) -> httpx.Response:
        records, _tz = _in_window(sb, call)
        if field == "failed_reason":
            records = [r for r in records if r.data.get("status") == "Failed"]
        counts = Counter(r.data.get(field) for r in records)
        items = [{"label": label, "count": n} for label, n in sorted(counts.items())]
        return json_response(200, {"data": {"group_by": field, "items": items, "total": len(records)}})

    return handler


def totals(sb: Sandbox, call: Call) -> httpx.Response:
    period = call.params["time_period"]
    tz = zone(call.params.get("timezone") or "UTC")
    now = int(sb.now())
    today = day_start(now, tz)
    start, end = {
        "Today": (today, now),
        "Yesterday": (day_start(today - 1, tz), today - 1),
        "Last7D": (now - 7 * 86400, now),
        "Last30D": (now - 30 * 86400, now),
    }[period]
    records = [r for r in _logs(sb) if start <= r.internal["ts"] <= end]
    if call.params.get("integration_id"):
        records = [r for r in records if r.data.get("integration_id") == call.params["integration_id"]]
    failed = sum(1 for r in records if r.data.get("status") == "Failed")
    return json_response(
        200,
        {
            "data": {
                "time_period": period,
                "start_time": render_wall(start, tz),
                "end_time": render_wall(end, tz),
                "total": len(records),
                "passed": len(records) - failed,
                "failed": failed,
            }
        },
    )


HANDLERS: dict[str, Handler] = {
    LOGS: list_logs,
    "listLinkTestLogsGrouped": list_grouped,
    "getLinkTestLogsChartByFailedReason": _chart("failed_reason"),
    "getLinkTestLogsChartByStatus": _chart("status"),
    "getLinkTestLogsTotals": totals,
}
