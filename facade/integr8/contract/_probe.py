"""`probe(client)`: call the API read-only and say, per operation, whether it matches the spec.

Why: the spec is transcribed from a rendered page, so most methods, paths and response fields
are inferred (`x-inferred: true`). Only someone with a real key can confirm them; this is the
tool they run, typically on a schedule in CI.

Read-only, whatever the arguments: only the spec's GET operations are planned, and every request
passes `_require_get` right before it is sent, which raises `UnsafeRequestError` for any other
method. Requests go through the SDK client's `Core` (`integr8._client.core_of`): its HTTP client
builds them with its base URL, auth and headers, and the SDK's sender (`integr8._http.send_flow`,
run by the blocking driver of `integr8._flow`) sends them with the client's retry policy, which
waits out 429s as `Retry-After` says, and its secrets, clock and response limit. A `Pacer` keeps
them to `rate` per second on the client's clock: retries included (the policy never retries
sooner than one interval), and the next request is spaced from the last attempt of the one before.

How an answer is classified:
- 2xx: `validate_exchange` (the validator the cassette checks use) on the request and the
  answer. No violation: confirmed. Response violations: schema_mismatch, summarised as missing,
  extra and wrong-type fields. A violation on the request side means the probe built a request
  the spec rejects: error.
- 404 or 405: path_not_found. The heuristic: every id the probe sends was just returned by a
  list (or was given), so a 404 is about the path, not the resource: on a list, the collection
  path is unknown; on a get-by-id, the id its own list returned is not found there. Both point
  at an inferred path (or, for 405, method) that is wrong. The exception is an id the user gave
  (`--integration`, `--id`): the detail then says it may be that id.
- 403: forbidden (the key lacks a permission; not a spec problem).
- 401 on an operation that needs the key: `AuthenticationError` is raised; no other answer
  would mean anything with a rejected key. A connection failure (after retries) is raised too.
- Anything else (400, 5xx, 429 after every retry): error, with the status and the server's
  message.
Operations that were not sent are not_probed: writes, and reads some value is missing for
(see `_probe_plan` for where values come from).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import unquote

import httpx

from integr8 import Integr8, errors
from integr8._client import core_of
from integr8._core import Core
from integr8._flow import Flow, SyncIO, run
from integr8._redact import redact, redact_url

from ._coverage import coverage, response_schema
from ._pacing import Pacer
from ._probe_plan import Endpoint, Filled, Known, endpoints, fill, probe_order, producers
from ._probe_report import Outcome, ProbeReport, ProbeResult
from ._validate import validate_exchange

SHOWN_FIELDS = 5  # field names listed in a result's detail; the JSON report has them all


class UnsafeRequestError(RuntimeError):
    """The probe was about to send something other than GET. A bug: it must never happen."""


def probe(
    client: Integr8,
    *,
    integration_id: str | None = None,
    ids: Mapping[str, str] | None = None,
    only: Iterable[str] | None = None,
    rate: float = 2.0,
    spec: Mapping[str, Any] | None = None,
    window_end: dt.datetime | None = None,
) -> ProbeReport:
    """Probe every GET operation of `spec` (default: the installed SDK's) through `client`.

    `integration_id`: for `{integrationID}` and `integration_id`. `ids`: values for other path
    parameters, e.g. `{"organizationID": "..."}`. `only`: tags to probe (spec names such as
    "OfferEvents", or the client's `offer_events`); lists they need ids from are called too, but
    not reported. `rate`: at most this many requests per second. `window_end`: the end of the
    24-hour window for reports and link-test charts (default: now).

    Raises `AuthenticationError` when the key is refused and `APIConnectionError` when the API
    cannot be reached; every other answer is a result in the report.
    """
    if not isinstance(client, Integr8):
        raise TypeError(f"probe() needs an Integr8 client (sync), got {type(client).__name__}")
    if spec is None:
        from integr8._spec import load_spec

        spec = load_spec()
    found = endpoints(spec)
    selected = select(found, None if only is None else list(only))
    needed = {e.operation_id for e in selected} | producers(found, selected)
    known = Known(window_end=window_end or dt.datetime.now(dt.UTC), ids={k: v for k, v in (ids or {}).items() if v})
    if integration_id:
        known.ids["integrationID"] = integration_id
    core = core_of(client)
    session = _Session(core, spec, Pacer(rate, core.clock))
    results: dict[str, ProbeResult] = {}
    for endpoint in probe_order(found):
        if endpoint.operation_id in needed:
            results[endpoint.operation_id] = session.run(endpoint, known)
    return ProbeReport(
        base_url=redact_url(client.base_url),
        spec_version=str((spec.get("info") or {}).get("version", "")),
        results=tuple(results.get(e.operation_id) or _write(e) for e in selected),
        requests_sent=session.sent,
    )


def select(found: list[Endpoint], only: list[str] | None) -> list[Endpoint]:
    """The endpoints of the `only` tags (all when None); ValueError naming the tags on a typo."""
    if only is None:
        return list(found)
    wanted = {_tag_key(tag) for tag in only}
    known_tags = {_tag_key(e.tag): e.tag for e in found}
    unknown = sorted(tag for tag in only if _tag_key(tag) not in known_tags)
    if unknown:
        tags = ", ".join(dict.fromkeys(known_tags.values()))
        raise ValueError(f"no tag {', '.join(unknown)} in the spec; tags: {tags}")
    return [e for e in found if _tag_key(e.tag) in wanted]


def _tag_key(tag: str) -> str:
    return re.sub(r"[^0-9a-z]", "", tag.lower())


def _write(endpoint: Endpoint) -> ProbeResult:
    return _result(endpoint, Outcome.NOT_PROBED, f"{endpoint.method} is a write: the probe only sends GET")


def _result(endpoint: Endpoint, outcome: Outcome, detail: str, **more: Any) -> ProbeResult:
    return ProbeResult(
        operation_id=endpoint.operation_id,
        tag=endpoint.tag,
        method=endpoint.method,
        path=endpoint.path,
        inferred=endpoint.inferred,
        outcome=outcome,
        detail=redact(detail),
        **more,
    )


def _require_get(request: httpx.Request) -> None:
    if request.method != "GET":
        raise UnsafeRequestError(f"the probe only sends GET; refusing {request.method} {redact(request.url.path)}")


class _Session:
    """One probe run: the client's core, the spec, the pacing, and how many requests went out."""

    def __init__(self, core: Core, spec: Mapping[str, Any], pacer: Pacer) -> None:
        self.core = core
        self.spec = spec
        self.pacer = pacer
        self.policy = pacer.policy(core.policy)
        self.io = SyncIO(lambda: core.sleep)
        self.sent = 0

    def run(self, endpoint: Endpoint, known: Known) -> ProbeResult:
        filled = fill(endpoint, known)
        if isinstance(filled, str):
            result = _result(endpoint, Outcome.NOT_PROBED, filled)
        else:
            result = self._send(endpoint, filled, known)
        if endpoint.is_list and result.outcome is not Outcome.CONFIRMED and endpoint.path not in known.first_items:
            known.list_failed(endpoint, result.outcome.value)
        return result

    def _send(self, endpoint: Endpoint, filled: Filled, known: Known) -> ProbeResult:
        # Built with the endpoint's own method, so that the guard, not the builder, is what stops a
        # write that ever got this far.
        request = self.core.request(endpoint.method, filled.path, params=filled.query)
        line = redact(f"GET {unquote(request.url.raw_path.decode('ascii'))}", self.core.secrets)
        try:
            response = run(self._exchange(request), self.io)
        except errors.AuthenticationError as exc:
            if not endpoint.public:
                raise
            return _result(endpoint, Outcome.ERROR, str(exc), status=401, request=line)
        except errors.PermissionDeniedError:
            detail = "403: the key may not call this operation (a permission, not a spec problem)"
            return _result(endpoint, Outcome.FORBIDDEN, detail, status=403, request=line)
        except errors.APIStatusError as exc:
            if exc.status_code in (404, 405):
                detail = _not_found(exc.status_code, filled)
                return _result(endpoint, Outcome.PATH_NOT_FOUND, detail, status=exc.status_code, request=line)
            detail = str(exc)
            if exc.status_code == 429:
                detail += f" (still after {self.policy.max_retries} retries)"
            return _result(endpoint, Outcome.ERROR, detail, status=exc.status_code, request=line)
        return self._judge(endpoint, request, response, known, line)

    def _exchange(self, request: httpx.Request) -> Flow[httpx.Response]:
        """`request` sent once its turn comes (`Pacer`), with the paced retry policy: its 2xx
        answer, read (and closed), or the SDK's error; the next turn counts from when it ended."""
        _require_get(request)  # right before it is sent
        yield from self.pacer.wait()
        self.sent += 1
        try:
            return (yield from self.core.send(request, policy=self.policy))
        finally:
            self.pacer.after()

    def _judge(
        self, endpoint: Endpoint, request: httpx.Request, response: httpx.Response, known: Known, line: str
    ) -> ProbeResult:
        status = response.status_code
        secrets = self.core.secrets
        violations = validate_exchange(self.spec, request, response)
        rules = tuple(redact(v.rule, secrets) for v in violations)
        on_request = [v for v in violations if v.side == "request"]
        if on_request:
            detail = "the probe's own request breaks the spec: " + "; ".join(v.rule for v in on_request)
            return _result(endpoint, Outcome.ERROR, detail, status=status, request=line, violations=rules)
        try:
            body = response.json() if response.content else None
        except ValueError:
            body = None
        data = body.get("data") if isinstance(body, Mapping) else None
        if endpoint.is_list and isinstance(data, list):
            known.saw_list(endpoint, data)
        elif isinstance(data, Mapping):
            known.saw_item(data)
        op = self.spec["paths"][endpoint.path][endpoint.method.lower()]
        found = coverage(self.spec, response_schema(self.spec, op, status), body)
        more = {
            "status": status,
            "request": line,
            "violations": rules,
            "undocumented": found.undocumented,
            "unseen": found.unseen,
        }
        if violations:
            # An undocumented field next to a missing one is how a renamed field looks.
            notes = [summarize(rules)] + _coverage_notes(found.undocumented, ())
            return _result(endpoint, Outcome.SCHEMA_MISMATCH, "; ".join(notes), **more)
        notes = [_sample(data)] + _coverage_notes(found.undocumented, found.unseen)
        return _result(endpoint, Outcome.CONFIRMED, "; ".join(n for n in notes if n), **more)


def _not_found(status: int, filled: Filled) -> str:
    if status == 405:
        return "405: the path exists, but not for GET: the (inferred) method is likely wrong"
    if filled.id_from_list:
        param, source = filled.id_from_list
        detail = f"404 for the {param} that {source} just returned: the (inferred) path is likely wrong"
    else:
        detail = "404 on the path itself: the (inferred) path is likely wrong"
    if filled.given:
        detail += f", or the {', '.join(filled.given)} given does not exist"
    return detail


def _sample(data: Any) -> str:
    if isinstance(data, list):
        return f"{len(data)} item(s)" if data else "no items: only the envelope was checked"
    if isinstance(data, Mapping) and isinstance(data.get("data"), list):  # cursor reports
        rows = data["data"]
        return f"{len(rows)} row(s)" if rows else "no rows in the window: only the envelope was checked"
    return ""


def _coverage_notes(undocumented: tuple[str, ...], unseen: tuple[str, ...]) -> list[str]:
    notes = []
    if undocumented:
        notes.append(f"undocumented: {_names(undocumented)}")
    if unseen:
        notes.append(f"{len(unseen)} documented field(s) not in the sample")
    return notes


def _names(names: tuple[str, ...]) -> str:
    shown = ", ".join(names[:SHOWN_FIELDS])
    return shown + (f" (+{len(names) - SHOWN_FIELDS} more)" if len(names) > SHOWN_FIELDS else "")


_PATH_AND_MESSAGE = re.compile(r"^response body: (?:(?P<path>[^:]+): )?(?P<message>.*)$")
_REQUIRED = re.compile(r"^'(?P<name>[^']+)' is a required property$")
_EXTRA = re.compile(r"^Additional properties are not allowed \((?P<names>.*) (?:was|were) unexpected\)$")
_TYPE = re.compile(r"^.* is not of type (?P<type>.+)$")


def summarize(rules: Iterable[str]) -> str:
    """`validate_exchange` rules as missing / extra / wrong-type fields (indexes dropped: `data[]`)."""
    missing: list[str] = []
    extra: list[str] = []
    retyped: list[str] = []
    other: list[str] = []
    for rule in rules:
        found = _PATH_AND_MESSAGE.match(rule)
        if not found:
            other.append(rule)
            continue
        path = re.sub(r"\[\d+\]", "[]", found["path"] or "")
        message = found["message"]

        def under(name: str, path: str = path) -> str:
            return f"{path}.{name}" if path else name

        if m := _REQUIRED.match(message):
            missing.append(under(m["name"]))
        elif m := _EXTRA.match(message):
            extra.extend(under(n.strip().strip("'")) for n in m["names"].split(","))
        elif m := _TYPE.match(message):
            retyped.append(f"{path or '(body)'} (spec: {m['type']})")
        else:
            other.append(f"{path}: {message}" if path else message)
    parts = [
        f"{label}: {', '.join(dict.fromkeys(names))}"
        for label, names in (("missing", missing), ("extra", extra), ("wrong type", retyped), ("other", other))
        if names
    ]
    return "; ".join(parts)
