"""Download Center: exports that complete over (sandbox) time, and their download URLs.

Lifecycle, driven by the sandbox clock and computed whenever an export is read: PENDING until
`export_delays[0]` seconds after creation, IN_PROGRESS until `export_delays[1]`, then
COMPLETED (with `artifact.name`, `results_meta.total` and `results_meta.duration_seconds`) or,
when `Sandbox.fail_next_export(text)` was called before it was created, ERROR with `error`.
The artifact is cut when the export completes, a snapshot like the real one.

The create operations answer the export object bare, Get wraps it in `data` (as the spec
says). `reports_query_option` records the window (`start_date`/`end_date` as dates, which is
what the List filters compare exactly, plus the `start_time`/`end_time`/`timezone` given) and
the filters (`{"integration_id": {"equalvalues": [...]}}`, plus any `filter[status]`,
`filter[offer_id]`, `filter[publisher]`, `filter[advertiser]` sent along: the reference says
reporting filters narrow exports, though it lists none of them for these operations).
`format` records `fields`, `extra_parameters` and `delimiter`. List Download Center Exports
filters (`filter[type]`, `filter[reports_query_option.start_date]`, dotted filters on
`reports_query_option.filters`), sorts (`sort=-created_at`) and pages like every list
(`_listing`). Every answer carries `Date` (`Sandbox.handle`, or the loopback server), on the
clock that stamps `created_at`: that is how a `ManualClock` ages exports for export_to_file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import httpx

from . import _artifacts, _crud
from ._clock import EPOCH_TS
from ._events import REPORT_FILTERS
from ._files import signed_url
from ._http import ApiError, json_response
from ._reports import report_window
from ._store import Record
from ._times import UTC, rfc3339
from ._zipstream import VirtualFile

if TYPE_CHECKING:
    from ._resources import Resource
    from ._sandbox import Call, Sandbox

Handler = Callable[["Sandbox", "Call"], httpx.Response]
GET, LIST, DELETE = "getDownloadCenterExport", "listDownloadCenterExports", "deleteDownloadCenterExport"
CREATES = {
    "exportClicks": "click_logs",
    "exportConversions": "conversion_logs",
    "exportImpressions": "impression_logs",
    "exportPostbackLogs": "postback_logs",
}


class Exports:
    """The Download Center state of one sandbox."""

    def __init__(self, sb: Sandbox) -> None:
        self.sb = sb
        self.failures: list[str] = []

    @property
    def resource(self) -> Resource:
        return self.sb.bindings[LIST].resource

    def records(self) -> list[Record]:
        return list(self.sb.store.collection(self.resource.collection))

    def refresh(self, record: Record) -> None:
        """Move `record` along its lifecycle to where the sandbox clock now is."""
        state = record.internal
        if state["done"]:
            return
        elapsed = self.sb.clock.now() - state["created"]
        in_progress_after, completed_after = state["delays"]
        data = record.data
        if elapsed < in_progress_after:
            return
        if elapsed < completed_after:
            if data["status"] != "IN_PROGRESS":
                data["status"] = "IN_PROGRESS"
                data["updated_at"] = rfc3339(EPOCH_TS + state["created"] + in_progress_after)
            return
        state["done"] = True
        data["updated_at"] = rfc3339(EPOCH_TS + state["created"] + completed_after)
        if state["fail"] is not None:
            data["status"] = "ERROR"
            data["error"] = state["fail"]
            return
        artifact, total = self._build(record)
        state["artifact"] = artifact
        data["artifact"] = {"name": state["artifact_name"]}
        data["results_meta"] = {"total": total, "duration_seconds": round(completed_after)}
        data["status"] = "COMPLETED"

    def refresh_all(self) -> None:
        for record in self.records():
            self.refresh(record)

    def artifact(self, name: str) -> VirtualFile | None:
        for record in self.records():
            self.refresh(record)
            if record.internal["artifact_name"] == name:
                found: VirtualFile | None = record.internal.get("artifact")
                return found
        return None

    def by_artifact(self, name: str) -> Record:
        for record in self.records():
            self.refresh(record)
            if record.internal["artifact_name"] == name and record.data["status"] == "COMPLETED":
                return record
        raise ApiError(404, f"no completed export has the artifact {name!r}")

    def _build(self, record: Record) -> tuple[VirtualFile, int]:
        q: ExportQuery = record.internal["query"]
        export_type = record.data["type"]
        name = record.internal["artifact_name"]
        csv_name = name.removesuffix(".zip") + ".csv"
        created = dt.datetime.fromtimestamp(EPOCH_TS + record.internal["created"], UTC)
        stamp = (created.year, created.month, created.day, created.hour, created.minute, created.second)
        if record.internal["synthetic"]:
            size, compression = record.internal["synthetic"], record.internal["synthetic_compression"]
            return _artifacts.synthetic(csv_name, size, q.fields, q.extra, q.delimiter, stamp, compression)
        kind = _artifacts.SOURCES[export_type]
        events = self.sb.events
        selection = events.select(kind, q.start, q.end, q.filters)
        rows = (events.render(kind, p, q.tz, count_read=False) for p in selection.positions)
        if export_type == "postback_logs":
            rows = (_artifacts.postback_row(r) for r in rows)
        content = _artifacts.csv_bytes(q.fields, q.extra, rows, q.delimiter)
        return _artifacts.zipped(csv_name, content, stamp), len(selection.positions)


@dataclass(frozen=True)
class ExportQuery:
    """What an export selects and how it writes it, read from the create request."""

    start: int
    end: int
    tz: Any
    filters: dict[str, str | None]
    fields: list[str]
    extra: list[str]
    delimiter: str


def _query(sb: Sandbox, call: Call, export_type: str) -> ExportQuery:
    start, end, tz = report_window(sb, call)
    params = call.params
    delimiter = params.get("delimiter") or ","
    if len(delimiter) != 1 or delimiter in '"\r\n':
        raise ApiError(400, f"delimiter: expected one character such as ',' or ';', got {delimiter!r}")
    known = _artifacts.columns_of(export_type)
    fields = _names(params.get("fields")) or known
    unknown = [f for f in fields if f not in known]
    if unknown:
        raise ApiError(400, f"fields: unknown column(s) {', '.join(unknown)}; {export_type} has {', '.join(known)}")
    raw = dict(call.query)
    filters = {name: raw.get(f"filter[{name}]") for name in REPORT_FILTERS}
    return ExportQuery(start, end, tz, filters, fields, _names(params.get("extra_parameters")), delimiter)


def _names(text: str | None) -> list[str]:
    return [n.strip() for n in (text or "").split(",") if n.strip()]


def create(sb: Sandbox, call: Call) -> httpx.Response:
    """Start an export; answer the export object bare (PENDING)."""
    export_type = CREATES[call.route.operation_id]
    integration = call.path["integrationID"]
    if integration not in sb.integration_ids:
        raise ApiError(404, f"no integration with id {integration}")
    query = _query(sb, call, export_type)
    resource = sb.exports.resource
    export_id = sb.store.new_id(resource.item_schema or "export")
    now = sb.clock.now()
    data = _export_object(sb, call, export_type, export_id, integration, query)
    internal = {
        "created": now,
        "delays": tuple(sb.export_delays),
        "fail": sb.exports.failures.pop(0) if sb.exports.failures else None,
        "synthetic": sb.synthetic_artifact_bytes,
        "synthetic_compression": sb.synthetic_artifact_compression,
        "artifact_name": f"{export_type}-{export_id}.zip",
        "query": query,
        "done": False,
    }
    sb.store.collection(resource.collection).add(Record(export_id, {}, data, internal=internal))
    return json_response(200, data)


def _export_object(
    sb: Sandbox, call: Call, export_type: str, export_id: str, integration: str, query: ExportQuery
) -> dict[str, Any]:
    """A new export as the API shows it (keys in the order of the reference's sample)."""
    params = call.params
    filters: dict[str, Any] = {"integration_id": {"equalvalues": [integration]}}
    filters.update({k: {"equalvalues": [v]} for k, v in query.filters.items() if v is not None})
    user = sb.user_for_key(call.key)
    stamp = rfc3339(sb.now())
    return {
        "created_at": stamp,
        "email_config": {},
        "export_list_options": {},
        "format": {
            "type": "csv",
            "compression": "zip",
            "delimiter": query.delimiter,
            "fields": query.fields,
            "extra_parameters": query.extra,
        },
        "guest_token": hashlib.sha256(f"{sb.seed}|guest|{export_id}".encode()).hexdigest()[:32],
        "id": export_id,
        "integration": integration,
        "last_updated_by": user,
        "masking_config": {},
        "notify_by_email": False,
        "organization": sb.organization_id,
        "platform": "24metrics",
        "reports_query_option": {
            "start_date": params["start_time"][:10],
            "end_date": params["end_time"][:10],
            "start_time": params["start_time"],
            "end_time": params["end_time"],
            "timezone": params.get("timezone") or "UTC",
            "filters": filters,
        },
        "requested_by": user,
        "results_meta": {},
        "status": "PENDING",
        "type": export_type,
        "updated_at": stamp,
    }


def _refreshed(op: str) -> Handler:
    def handler(sb: Sandbox, call: Call) -> httpx.Response:
        sb.exports.refresh_all()
        return _crud.handle(sb, sb.bindings[op], call)

    return handler


def export_url(sb: Sandbox, call: Call) -> httpx.Response:
    record = sb.exports.by_artifact(call.params["artifact_name"])
    return json_response(200, {"url": signed_url(sb, record.internal["artifact_name"])})


def shared_export_url(sb: Sandbox, call: Call) -> httpx.Response:
    """Guest access: no API key, but the export's `guest_token` as `token`."""
    token = call.params.get("token")
    if not token:
        raise ApiError(401, "token: the shared report's guest_token is required for guest access")
    record = sb.exports.by_artifact(call.params["artifact_name"])
    if not hmac.compare_digest(token.encode(), record.data["guest_token"].encode()):
        raise ApiError(403, "token: not the guest_token of this shared report")
    return json_response(200, {"url": signed_url(sb, record.internal["artifact_name"])})


HANDLERS: dict[str, Handler] = {
    **dict.fromkeys(CREATES, create),
    GET: _refreshed(GET),
    LIST: _refreshed(LIST),
    DELETE: _refreshed(DELETE),
    "getDownloadCenterExportUrl": export_url,
    "getSharedReportExportUrl": shared_export_url,
}
