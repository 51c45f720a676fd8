"""Turning the user's datetimes into the API's `2006-01-02 15:04:05` wall-clock text.

The API reads `start_time`/`end_time` as wall-clock times in the request's `timezone`, so the
conversion happens in that zone: naive values are taken to be in it already, aware ones are
converted to it. Bad values fail here, naming the argument, before any request is sent.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .errors import ConfigurationError

API_TIME_FORMAT = "%Y-%m-%d %H:%M:%S"


def zone(name: str, argname: str = "timezone") -> ZoneInfo:
    """The IANA zone `name`, or a ValueError naming `argname`."""
    if not isinstance(name, str) or not name:
        raise ConfigurationError(f"{argname}: expected an IANA time zone name such as 'UTC' or 'Europe/Berlin'")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ConfigurationError(
            f"{argname}: unknown IANA time zone {name!r} (examples: 'UTC', 'America/New_York')"
        ) from exc


def parse_time(value: object, tz: ZoneInfo, argname: str, *, end_of_day: bool = False) -> dt.datetime:
    """`value` (datetime, date, or ISO/API text) as an aware datetime in `tz`.

    A bare date means the start of that day, or its last second when `end_of_day` (an `end` of
    `2025-02-03` includes all of the 3rd, as a person reading the range expects).
    """
    if isinstance(value, dt.datetime):
        moment = value
    elif isinstance(value, dt.date):
        clock = dt.time(23, 59, 59) if end_of_day else dt.time(0, 0, 0)
        moment = dt.datetime.combine(value, clock)
    elif isinstance(value, str):
        text = value.strip()
        try:
            if len(text) == 10:
                return parse_time(dt.date.fromisoformat(text), tz, argname, end_of_day=end_of_day)
            moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            raise ConfigurationError(
                f"{argname}: cannot read {value!r} as a date or time; use a datetime, a date, "
                "or text like '2025-02-03 10:00:00' or '2025-02-03T10:00:00+01:00'"
            ) from None
    else:
        raise ConfigurationError(f"{argname}: expected a datetime, a date or a string, got {type(value).__name__}")
    if moment.tzinfo is None:
        return moment.replace(tzinfo=tz)
    return moment.astimezone(tz)


def api_window(start: object, end: object, timezone: str) -> tuple[str, str]:
    """`start`/`end` as the API's `start_time`/`end_time` texts in `timezone`, checked.

    A bare date as `end` includes that whole day. Raises a ValueError naming the argument.
    """
    tz = zone(timezone)
    start_at = parse_time(start, tz, "start")
    end_at = parse_time(end, tz, "end", end_of_day=True)
    if start_at > end_at:
        raise ConfigurationError(f"start ({start_at:{API_TIME_FORMAT}}) is after end ({end_at:{API_TIME_FORMAT}})")
    return start_at.strftime(API_TIME_FORMAT), end_at.strftime(API_TIME_FORMAT)


def check_integration(integration_id: object) -> str:
    if not isinstance(integration_id, str) or not integration_id:
        raise ConfigurationError("integration_id: required (the Integration ID)")
    return integration_id


def to_api_time(value: object, tz: ZoneInfo, argname: str, *, end_of_day: bool = False) -> str:
    """`value` as the API's wall-clock text in `tz`."""
    return parse_time(value, tz, argname, end_of_day=end_of_day).strftime(API_TIME_FORMAT)
