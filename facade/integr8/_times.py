"""The user's dates and times: one reader for the SDK and the CLI, and the API's wall-clock text.

One reader (`read_when`) takes every date or time the SDK's arguments, the CLI's `--from`/`--to`
and the updates CSV accept, so a form means the same thing everywhere. The accepted forms:

- a `datetime.date`, `2025-02-07` or `20250207`: a date only (a whole day);
- a `datetime.datetime`, or a date (either form) then `T` or a space then `HH:MM`, `HH:MM:SS` or
  `HH:MM:SS.ffffff`, then optionally `Z` or a UTC offset (`+01:00`, `+0100`): an exact time.
  Without an offset it is a wall-clock time in the request's `timezone`.

What a date alone means depends on its role, the same everywhere: as the start of a window, the
start of that day; as the end of a window, the end of that day (its last second: windows include
both ends and the API counts whole seconds); as a `conversion_time`, nothing: it is refused,
since an update must name the exact time the Conversion Report shows.

Why windows are checked against the clock changes of `timezone`: the API reads `start_time` and
`end_time` as `2006-01-02 15:04:05` wall-clock text in `timezone`, and its rows show their times
the same way, without an offset. When the clocks go back, an hour of wall-clock times happens
twice (Europe/Berlin, 2025-10-26 02:00-03:00): a bound in it cannot be written so that the server
knows which of the two is meant, and rows inside it cannot be told apart afterwards to drop the
extra ones. Such a bound is refused (`ConfigurationError`, before any request), with the two ways
to ask: in UTC, or with the bound moved out of the repeated hour (the message gives the nearest
wall-clock times that include all of it). When the clocks go forward, an hour of wall-clock times
never happens (Europe/Berlin, 2025-03-30 02:00-03:00): an instant never falls in it, and a
wall-clock bound written in it (a naive value) is exact anyway, because no row has such a time:
a start there means the first instant after the gap (03:00), an end there the last one before
it (01:59:59). A naive `datetime`'s `fold` is not used: the text sent cannot carry it.
Bounds are to the whole second (fractions dropped), as the API's text is.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .errors import ConfigurationError

API_TIME_FORMAT = "%Y-%m-%d %H:%M:%S"
DATE_FORMS = (
    "2025-02-07 or 20250207 (a date), '2025-02-07 10:00' or '2025-02-07 10:00:00' (T or a space "
    "between), optionally with Z or an offset such as +01:00"
)
_WHEN = re.compile(
    r"(?P<year>\d{4})(?P<sep>-?)(?P<month>\d{2})(?P=sep)(?P<day>\d{2})"
    r"(?:[Tt ](?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:\.(?P<fraction>\d{1,6}))?)?"
    r"(?P<offset>[Zz]|[+-]\d{2}:?\d{2})?)?"
)
_SECOND = dt.timedelta(seconds=1)
_DATE_ONLY_EXACT = (
    "is a date without a time; a conversion_time must be the exact time the Conversion Report "
    "shows, such as '2025-02-07 10:00:00'"
)


@dataclass(frozen=True)
class Names:
    """What the messages call the window's parts: the SDK's arguments, or the CLI's options."""

    start: str = "start"
    end: str = "end"
    timezone: str = "timezone"
    ask_utc: str = "timezone='UTC'"


SDK_NAMES = Names()


def zone(name: str, argname: str = "timezone") -> ZoneInfo:
    """The IANA zone `name`, or a ConfigurationError naming `argname`."""
    if not isinstance(name, str) or not name:
        raise ConfigurationError(f"{argname}: expected an IANA time zone name such as 'UTC' or 'Europe/Berlin'")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ConfigurationError(
            f"{argname}: unknown IANA time zone {name!r} (examples: 'UTC', 'America/New_York')"
        ) from exc


# -- reading ---------------------------------------------------------------------------------


def _offset(text: str) -> dt.tzinfo:
    if text in ("Z", "z"):
        return dt.UTC
    digits = text[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:])
    if minutes >= 60:
        raise ValueError(f"offset minutes out of range in {text}")
    delta = dt.timedelta(hours=hours, minutes=minutes)
    return dt.timezone(-delta if text[0] == "-" else delta)  # ValueError past 24 hours


def _parse(value: object) -> dt.date | dt.datetime:
    """`value` as a date (a date-only form) or a datetime; ValueError with what is wrong."""
    if isinstance(value, dt.date):  # datetime is a date too
        return value
    if not isinstance(value, str):
        raise TypeError(type(value).__name__)
    found = _WHEN.fullmatch(value.strip())
    if found is None:
        raise ValueError(f"is not a date or time in an accepted form ({DATE_FORMS})")
    part = found.groupdict()
    try:
        day = dt.date(int(part["year"]), int(part["month"]), int(part["day"]))
        if part["hour"] is None:
            return day
        clock = dt.time(
            int(part["hour"]),
            int(part["minute"]),
            int(part["second"] or 0),
            int((part["fraction"] or "0").ljust(6, "0")),
            tzinfo=_offset(part["offset"]) if part["offset"] else None,
        )
    except ValueError as exc:
        raise ValueError(f"is not a real date or time ({exc})") from None
    return dt.datetime.combine(day, clock)


def read_when(value: object, argname: str) -> dt.date | dt.datetime:
    """`value` (see the module docstring for the forms) as a `date` when it is a date only, else
    a `datetime` (naive: a wall-clock time; aware: an instant). Raises `ConfigurationError`
    naming `argname`. The CLI reads `--from`/`--to` with it, the SDK its `start`/`end`.
    """
    try:
        return _parse(value)
    except TypeError:
        raise ConfigurationError(
            f"{argname}: expected a datetime, a date or a string, got {type(value).__name__}"
        ) from None
    except ValueError as exc:
        raise ConfigurationError(f"{argname}: cannot read {value!r}: it {exc}") from None


def exact_problem(value: object) -> str | None:
    """Why `value` is not an exact time (a phrase to follow the value, "is a date without a
    time; ..."), or None when it is one. For readers that word their own messages (the CSV)."""
    try:
        when = _parse(value)
    except TypeError:
        return f"is not a datetime or a string ({type(value).__name__})"
    except ValueError as exc:
        return str(exc)
    return None if isinstance(when, dt.datetime) else _DATE_ONLY_EXACT


def read_exact(value: object, argname: str) -> dt.datetime:
    """`value` as an exact time (naive or aware); every date-only form is refused alike, with a
    `ConfigurationError` naming `argname`."""
    when = read_when(value, argname)
    if not isinstance(when, dt.datetime):
        raise ConfigurationError(f"{argname}: {value!r} {_DATE_ONLY_EXACT}")
    return when


# -- wall clock and clock changes ------------------------------------------------------------


def _fold_offsets(wall: dt.datetime, tz: dt.tzinfo) -> tuple[dt.timedelta, dt.timedelta]:
    first = wall.replace(tzinfo=tz, fold=0).utcoffset()
    second = wall.replace(tzinfo=tz, fold=1).utcoffset()
    assert first is not None and second is not None
    return first, second


def _change(wall: dt.datetime, tz: dt.tzinfo) -> tuple[dt.datetime, dt.timedelta, dt.timedelta] | None:
    """For a wall-clock time in a gap or a repeated hour of `tz`: (the instant of the clock
    change, in UTC, to the second; the offset before it; the offset after it). None otherwise."""
    before, after = _fold_offsets(wall, tz)  # PEP 495: fold=0 takes the offset before the change
    if before == after:
        return None
    naive = wall.replace(tzinfo=None, fold=0)
    lo, hi = sorted(((naive - before).replace(tzinfo=dt.UTC), (naive - after).replace(tzinfo=dt.UTC)))
    # `lo` has the old offset, `hi` the new one: find the first second with the new one.
    for _ in range(64):  # halves the span (the size of the change, an hour as a rule): ~12 turns
        if hi - lo <= _SECOND:
            break
        mid = (lo + (hi - lo) / 2).replace(microsecond=0)
        if mid.astimezone(tz).utcoffset() == after:
            hi = mid
        else:
            lo = mid
    return hi, before, after


def _wall(moment: dt.datetime) -> str:
    return moment.strftime(API_TIME_FORMAT)


def _utc(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _repeated(argname: str, shown: str, wall: dt.datetime, tz: ZoneInfo, names: Names, *, end: bool) -> None:
    change = _change(wall, tz)
    if change is None or change[1] <= change[2]:
        return
    at, before, after = change
    back_from, back_to = (at + before).replace(tzinfo=None), (at + after).replace(tzinfo=None)
    if end:
        wider = (at + before - after).astimezone(tz)  # the first wall-clock time after the repeat
        advice = f"{_wall(wider)} {tz.key} ({_utc(wider)}) or later"
    else:
        wider = (at - (before - after) - _SECOND).astimezone(tz)  # the last one before it
        advice = f"{_wall(wider)} {tz.key} ({_utc(wider)}) or earlier"
    raise ConfigurationError(
        f"{argname}: {shown} is {_wall(wall)} in {tz.key}, a wall-clock time that happens twice "
        f"there (the clocks go back from {back_from:%H:%M:%S} to {back_to:%H:%M:%S} on "
        f"{back_to:%Y-%m-%d}). The API reads start and end as wall-clock text in {names.timezone} "
        "and its rows carry no UTC offset, so this bound cannot be asked for exactly. Ask in UTC "
        f"({names.ask_utc}; the rows' times are then UTC), or move {argname} out of the repeated "
        f"hour: {advice} includes all of it."
    )


def parse_time(
    value: object, tz: ZoneInfo, argname: str, *, end_of_day: bool = False, names: Names = SDK_NAMES
) -> dt.datetime:
    """`value` as a window bound: an aware datetime in `tz`, to the whole second.

    A date alone means the start of that day, or its last second when `end_of_day` (an end of
    `2025-02-03` includes all of the 3rd). Naive values are wall-clock times in `tz`; one in a
    gap of a spring-forward change means the gap's end (a start) or the second before it (an
    end). Raises `ConfigurationError` naming `argname` for unreadable values, and for a bound
    whose wall-clock time happens twice in `tz` (see the module docstring).
    """
    when = read_when(value, argname)
    shown = repr(value) if isinstance(value, str) else str(value)
    if isinstance(when, dt.datetime) and when.tzinfo is not None:
        local = when.astimezone(tz).replace(microsecond=0)
        _repeated(argname, shown, local.replace(tzinfo=None), tz, names, end=end_of_day)
        return local
    if isinstance(when, dt.datetime):
        wall = when.replace(microsecond=0, fold=0)
    else:
        wall = dt.datetime.combine(when, dt.time(23, 59, 59) if end_of_day else dt.time())
    _repeated(argname, shown, wall, tz, names, end=end_of_day)
    change = _change(wall, tz)
    if change is not None:  # in a gap: no instant has this wall-clock time
        return (change[0] - _SECOND if end_of_day else change[0]).astimezone(tz)
    return wall.replace(tzinfo=tz)


def exact_time(value: object, tz: ZoneInfo, argname: str) -> dt.datetime:
    """`value` as one exact instant, aware (a `conversion_time`): naive values are wall-clock
    times in `tz`. Raises `ConfigurationError` naming `argname` for a date without a time, and
    for a naive time that does not exist in `tz` or happens twice there (give its offset)."""
    when = read_exact(value, argname)
    if when.tzinfo is not None:
        return when
    wall = when.replace(fold=0)
    change = _change(wall, tz)
    if change is None:
        return wall.replace(tzinfo=tz)
    at, before, after = change
    if before > after:
        iso = f"{wall:%Y-%m-%dT%H:%M:%S}"
        raise ConfigurationError(
            f"{argname}: {_wall(wall)} happens twice in {tz.key} (the clocks go back from "
            f"{(at + before).replace(tzinfo=None):%H:%M:%S} to {(at + after).replace(tzinfo=None):%H:%M:%S} "
            f"on {wall:%Y-%m-%d}); give it with its UTC offset ('{iso}{_hhmm(before)}' the first time, "
            f"'{iso}{_hhmm(after)}' the second), or copy it from a report read with timezone='UTC'"
        )
    raise ConfigurationError(
        f"{argname}: {_wall(wall)} does not exist in {tz.key} (the clocks jump from "
        f"{(at + before).replace(tzinfo=None):%H:%M:%S} to {(at + after).replace(tzinfo=None):%H:%M:%S} "
        f"on {wall:%Y-%m-%d}); copy the time from the Conversion Report, or give it with its UTC offset"
    )


def _hhmm(offset: dt.timedelta) -> str:
    minutes = int(offset.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def window(start: object, end: object, timezone: str, *, names: Names = SDK_NAMES) -> tuple[dt.datetime, dt.datetime]:
    """`start`/`end` as aware datetimes in `timezone`, checked (see `parse_time`)."""
    tz = zone(timezone, names.timezone)
    start_at = parse_time(start, tz, names.start, names=names)
    end_at = parse_time(end, tz, names.end, end_of_day=True, names=names)
    if start_at > end_at:
        skipped = [_wall(w) for w in map(_naive, (start, end)) if w is not None and _in_gap(w, tz)]
        why = (
            f"; {' and '.join(skipped)} fall(s) in the hour {tz.key} skips when its clocks go forward, "
            "so a start there means the gap's end and an end there the second before it"
            if skipped
            else ""
        )
        raise ConfigurationError(f"{names.start} ({_wall(start_at)}) is after {names.end} ({_wall(end_at)}){why}")
    return start_at, end_at


def _naive(value: object) -> dt.datetime | None:
    when = _parse(value)  # already read once: cannot fail here
    return when.replace(microsecond=0, fold=0) if isinstance(when, dt.datetime) and when.tzinfo is None else None


def _in_gap(wall: dt.datetime, tz: dt.tzinfo) -> bool:
    before, after = _fold_offsets(wall, tz)
    return before < after


def api_window(start: object, end: object, timezone: str, *, names: Names = SDK_NAMES) -> tuple[str, str]:
    """`start`/`end` as the API's `start_time`/`end_time` texts in `timezone`.

    Each text names exactly one instant in `timezone`, so the server reads the window the user
    asked for whatever it does with clock changes. Raises `ConfigurationError` naming the
    argument (see `parse_time`), before any request.
    """
    start_at, end_at = window(start, end, timezone, names=names)
    return _wall(start_at), _wall(end_at)


def check_integration(integration_id: object) -> str:
    """The Integration ID as given, or ConfigurationError: the URL-id rule of every operation
    (`integr8._operations.check_url_id`: not blank, no `/`, not `.` or `..`), also for the
    operations that carry it in a JSON body (Update Conversion)."""
    if not isinstance(integration_id, str) or not integration_id:
        raise ConfigurationError("integration_id: required (the Integration ID)")
    from ._operations import check_url_id

    return check_url_id(integration_id, "integration_id")
