"""The API's time formats: `2006-01-02 15:04:05` wall clock in an IANA zone, and RFC 3339.

Report rows and query windows use the wall-clock form in the request's `timezone`; object
timestamps (`created_at`, `updated_at`) use RFC 3339 in UTC. Everything inside the sandbox is
an integer Unix timestamp; these helpers are the only place that converts.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

API_TIME_FORMAT = "%Y-%m-%d %H:%M:%S"
UTC = dt.UTC


@lru_cache(maxsize=64)
def zone(name: str) -> dt.tzinfo:
    """The IANA zone `name`; ValueError (with a readable text) if there is none."""
    if name in ("UTC", "Etc/UTC"):
        return UTC
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown IANA time zone {name!r} (e.g. 'UTC', 'Europe/Berlin')") from None


def parse_wall(text: str, tz: dt.tzinfo) -> int:
    """`2006-01-02 15:04:05` text, read as wall-clock time in `tz`, as a Unix timestamp."""
    moment = dt.datetime.strptime(text, API_TIME_FORMAT).replace(tzinfo=tz)
    return int(moment.timestamp())


def render_wall(ts: int, tz: dt.tzinfo) -> str:
    """A Unix timestamp as `2006-01-02 15:04:05` wall-clock text in `tz`."""
    return dt.datetime.fromtimestamp(ts, tz).strftime(API_TIME_FORMAT)


def rfc3339(ts: float) -> str:
    """A Unix timestamp as RFC 3339 UTC text with whole seconds (`2025-03-01T00:00:00Z`)."""
    return dt.datetime.fromtimestamp(int(ts), UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def day_start(ts: int, tz: dt.tzinfo) -> int:
    """The Unix timestamp of local midnight, in `tz`, of the day holding `ts`."""
    local = dt.datetime.fromtimestamp(ts, tz)
    return int(local.replace(hour=0, minute=0, second=0, microsecond=0).timestamp())
