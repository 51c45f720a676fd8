"""What `probe()` found, per operation, in a form that is safe to print, store and upload.

Why a report type of its own: the probe runs in users' CI with a real key, and its output is
kept as a build artifact. Every text that reaches the report (details, violation rules, the
request line) has been through `integr8._redact` when it was made, and `to_dict()` redacts again
on the way out, so neither the key nor a signed URL (their query string is the credential) can
end up in a log or a JSON file.
"""

from __future__ import annotations

import enum
import json
from collections import Counter
from typing import Any

import attrs

from integr8._redact import redact


class Outcome(enum.StrEnum):
    """What probing one operation showed."""

    CONFIRMED = "confirmed"  # 2xx, and the request and the answer match the spec
    PATH_NOT_FOUND = "path_not_found"  # 404/405 on the path itself: the (inferred) method or path is likely wrong
    SCHEMA_MISMATCH = "schema_mismatch"  # 2xx, but the answer breaks the spec (missing, extra or retyped fields)
    FORBIDDEN = "forbidden"  # 403: the key lacks the permission; says nothing about the spec
    NOT_PROBED = "not_probed"  # a write operation, or no id/value to call it with
    ERROR = "error"  # anything else: 400, 5xx, 429 after every retry, a broken body


# Outcomes that make `integr8 contract probe` exit 1: the spec is likely wrong, or the probe could
# not tell (an error must never pass as green in CI).
FAILING = frozenset({Outcome.PATH_NOT_FOUND, Outcome.SCHEMA_MISMATCH, Outcome.ERROR})


@attrs.frozen
class ProbeResult:
    """One operation of the spec and what probing it showed.

    `path` is the spec's template; `request` the redacted request line actually sent (None when
    nothing was sent). `violations` are `validate_exchange`'s rules; `undocumented` the fields
    the answer had that the spec does not describe, `unseen` the documented fields the sampled
    answer did not have (informational: an optional field may just be absent from one item).
    """

    operation_id: str
    tag: str
    method: str
    path: str
    inferred: bool
    outcome: Outcome
    detail: str
    status: int | None = None
    request: str | None = None
    violations: tuple[str, ...] = ()
    undocumented: tuple[str, ...] = ()
    unseen: tuple[str, ...] = ()

    @property
    def failed(self) -> bool:
        return self.outcome in FAILING

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = attrs.asdict(self, value_serializer=_plain)
        return data


@attrs.frozen
class ProbeReport:
    """Every operation of the spec (or of the `only` tags), in spec order.

    `requests_sent`: the requests the probe made (a retry of one after a 429 is not counted again).
    """

    base_url: str
    spec_version: str
    results: tuple[ProbeResult, ...]
    requests_sent: int = 0

    def counts(self) -> dict[str, int]:
        """How many operations had each outcome (every outcome present, zeros included)."""
        found = Counter(result.outcome for result in self.results)
        return {outcome.value: found.get(outcome, 0) for outcome in Outcome}

    @property
    def failures(self) -> list[ProbeResult]:
        return [result for result in self.results if result.failed]

    @property
    def ok(self) -> bool:
        """No operation was path_not_found, schema_mismatch or error."""
        return not self.failures

    def result(self, operation_id: str) -> ProbeResult:
        for result in self.results:
            if result.operation_id == operation_id:
                return result
        raise KeyError(operation_id)

    def summary(self) -> str:
        """One line: `31 operations: 29 confirmed, 2 not_probed (45 requests)`."""
        parts = [f"{count} {name}" for name, count in self.counts().items() if count]
        return f"{len(self.results)} operations: {', '.join(parts) or 'none'} ({self.requests_sent} requests)"

    def to_dict(self) -> dict[str, Any]:
        """The report as JSON-able data, redacted."""
        data = {
            "base_url": self.base_url,
            "spec_version": self.spec_version,
            "ok": self.ok,
            "summary": self.counts(),
            "requests_sent": self.requests_sent,
            "results": [result.to_dict() for result in self.results],
        }
        out: dict[str, Any] = _redacted(data)
        return out

    def to_json(self, indent: int | None = 2) -> str:
        """`to_dict()` as JSON text."""
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False) + "\n"


def _plain(_instance: Any, _field: Any, value: Any) -> Any:
    if isinstance(value, Outcome):
        return value.value
    if isinstance(value, tuple):
        return list(value)
    return value


def _redacted(value: Any) -> Any:
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, dict):
        return {key: _redacted(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_redacted(item) for item in value]
    return value
