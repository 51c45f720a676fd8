"""The Reports operations: click, conversion and impression tables, and Update Conversion.

Cursor pagination as the reference describes it: rows come newest first; `page[after]=X`
answers the rows that follow the row whose `real_tx_id` is X in that order, `page[before]=X`
the rows that precede it; both at once, or a cursor that is not a row of this query (window
and filters), is a 400. `start_time`/`end_time` are wall-clock times in `timezone` (default
UTC), both ends included, and row times are rendered in that zone. An empty page has no
`startCursor`/`endCursor` (the spec's cursors are strings, not nullable).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import httpx

from ._events import REPORT_FILTERS, Selection
from ._http import ApiError, json_response
from ._times import parse_wall, zone

if TYPE_CHECKING:
    from ._sandbox import Call, Sandbox


def report_window(sb: Sandbox, call: Call) -> tuple[int, int, Any]:
    """(start, end, tz) of a report-like query; ApiError(400) when the window is backwards."""
    tz = zone(call.params.get("timezone") or "UTC")
    start = parse_wall(call.params["start_time"], tz)
    end = parse_wall(call.params["end_time"], tz)
    if start > end:
        raise ApiError(400, "start_time must not be after end_time")
    return start, end, tz


def report_filters(params: dict[str, Any]) -> dict[str, str | None]:
    return {name: params.get(f"filter[{name}]") for name in REPORT_FILTERS}


Handler = Callable[["Sandbox", "Call"], httpx.Response]


def _report(kind: str) -> Handler:
    def handler(sb: Sandbox, call: Call) -> httpx.Response:
        integration = call.params["integration_id"]
        if integration not in sb.integration_ids:
            raise ApiError(404, f"no integration with id {integration}")
        start, end, tz = report_window(sb, call)
        selection = sb.events.select(kind, start, end, report_filters(call.params))
        lo, hi = _page(sb, kind, selection, call.params)
        rows = [sb.events.render(kind, selection.positions[i], tz, count_read=True) for i in range(lo, hi)]
        info: dict[str, Any] = {}
        if rows:
            info["startCursor"] = rows[0]["real_tx_id"]
            info["endCursor"] = rows[-1]["real_tx_id"]
        info["hasNextPage"] = hi < len(selection.positions)
        info["hasPreviousPage"] = lo > 0
        return json_response(200, {"data": {"data": rows, "pageInfo": info}})

    return handler


def _page(sb: Sandbox, kind: str, selection: Selection, params: dict[str, Any]) -> tuple[int, int]:
    size: int = params["page[size]"]
    after, before = params.get("page[after]"), params.get("page[before]")
    if after and before:
        raise ApiError(400, "page[after] and page[before] are mutually exclusive: give one")
    total = len(selection.positions)
    if not after and not before:
        return 0, min(size, total)
    cursor = after or before
    position = sb.events.table(kind).position.get(cursor)
    at = None if position is None else selection.index_of(position)
    name = "page[after]" if after else "page[before]"
    if at is None:
        raise ApiError(400, f"{name}: {cursor!r} is not the real_tx_id of a row of this query")
    if after:
        return at + 1, min(at + 1 + size, total)
    return max(0, at - size), at


def update_conversions(sb: Sandbox, call: Call) -> httpx.Response:
    """Apply the updates whose keys all match; skip the rest silently; always `success: true`."""
    body = call.body if isinstance(call.body, dict) else {}
    integration = body.get("integration_id")
    updates = body.get("updates") or []
    if integration is None or integration in sb.integration_ids:
        for update in updates:
            if isinstance(update, dict):
                sb.events.apply_update(update, sb.report_lag_reads)
    return json_response(200, {"success": True})


HANDLERS: dict[str, Handler] = {
    "getClickReport": _report("clicks"),
    "getConversionReport": _report("conversions"),
    "getImpressionReport": _report("impressions"),
    "updateConversions": update_conversions,
}
