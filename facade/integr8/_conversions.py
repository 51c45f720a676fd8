"""Conversion updates that verify themselves.

Update Conversion answers `200 {"success": true}` whether or not it changed anything: when
`tx_id`, `conversion_time` and `hash` do not all match a conversion exactly, the server skips the
update silently, and the reference tells users to check the Conversion Report afterwards. This
module does that check, so every update ends in one bucket:

- applied:    the report shows the conversion with every value the update asked for (numbers
              compared at the precision the update wrote them with: see below);
- skipped:    the conversion is in the report but its values did not change (a key did not match,
              or the values never showed up within `verify_timeout`);
- not_found:  no conversion with that tx_id in the report window around its conversion_time;
- unsettled:  verification stopped before the update was settled: the keys matched but the
              report had not shown the new values (lagging, or ignored), or the report was not
              read that far; each reason says which, and what stopped it. Not guessed;
- unverified: `verify=False`, nothing was read back.

Cost: updates are sorted by time and grouped into windows (neighbours closer than
`MERGE_GAP` share one), each window is read once through the report's cursor pages and the
read stops as soon as every update of the window has been seen. Only windows still waiting for a
lagging value are read again.

Bounds (`ReadBudget`): `verify_timeout` (T seconds, counted once the updates are sent) bounds the
whole verification, the first reads, the wider search for lost updates and the re-reads alike,
checked before every report page, not only between rounds. Two report requests start at least
`READ_GAP` seconds apart, and at most `1 + ceil(T / READ_GAP)` are made (what that pace allows
in T, so the bound holds even if the clock stands still). The first request is always made
(T=0: one look, no waiting). A request already sent finishes (the client's own timeout and
retry policy bound it). A report read that raises an SDK error (`Integr8Error`: a refused
request, a 5xx after retries, an answer of the wrong shape, cursors that do not advance) stops
verification too: the updates were sent, so nothing is raised; every update not settled by then
is unsettled, with that error in its reason and on `report.verify_error`.

Numbers (payout, revenue) are compared at the precision the update wrote them with, since
the report gives back what the server stored, possibly as a float a few ulps away (`5.0600000001`)
or with trailing zeros (`5.060`). The update's value has as many decimals as it was written
with: `5.06` or `"5.06"` two, `Decimal("5.060")` three, a float those of its shortest repr
(`repr(5.06)` is `5.06`), an int none; but never fewer than two (`MIN_MONEY_DECIMALS`): these
are amounts of money, and a payout written as `5` must not read as applied when the report
still shows `5.40`. The report's value (read from its own decimal text, so
`5.0600000001` stays that) is rounded to that many decimals, half to even (Python's `round()`
and `decimal`'s default: a hand check with `round(value, 2)` gives the same verdict, and a
report value exactly half-way between two written values, equally far from both, is not pushed
one way), and the update counts as applied when that equals the update's value: a payout written
as `5.06` is applied when the report shows `5.0600000001` or `5.060`, not `5.07` or `5.066`.

Sending: batches of `chunk_size` go out one request each, in order, and sending stops at the
first batch that fails (a connection that broke once is not trusted with the next batch; the
caller resends what was not sent). How far a failed batch got decides its fate, never a resend
(a POST is not retried once it may have reached the server, see `integr8._retry`):

- not sent (the connection was never made: `httpx.ConnectError`/`ConnectTimeout` under the
  `APIConnectionError`) or refused (an error status): not applied by this call;
- sent, answer lost (any other `APIConnectionError`: reset, cut answer, read timeout): the
  server may have applied it, so it is verified against the report like the batches answered
  with success, and its outcomes say so (`UpdateOutcome.answer_lost`, a reason,
  `report.answer_lost`).

Nothing went out (the first batch not sent or refused): its error is raised as it is. Some went
out and none is left unsent (the last batch lost its answer): the report is returned as usual.
Some went out and some did not: what went out is verified first, then
`UpdatesPartlySentError` is raised with `.sent`, `.answer_lost`, `.unsent` and `.report`.

Assumption, marked in the spec too: the update request carries no timezone, so `conversion_time`
is sent as UTC wall-clock text (the API's default timezone); the user's `timezone` says how to
read their own values.

Written once: `update_flow` is a flow (`integr8._flow`) over the client's `Core`, which
`Integr8.update_conversions` runs blocking and `AsyncIntegr8.update_conversions` awaiting; the
client hands it the report query of the verification reads (`report_plan`).
"""

from __future__ import annotations

import datetime as dt
import difflib
import math
from collections.abc import Callable, Iterable, Iterator, Sequence
from decimal import ROUND_HALF_EVEN, Context, Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any, TypeAlias
from zoneinfo import ZoneInfo

import attrs
import httpx

from ._flow import Flow, sleep
from ._reports import CursorWalk
from ._times import API_TIME_FORMAT, exact_time
from .errors import (
    APIConnectionError,
    APIResponseValidationError,
    ConfigurationError,
    Integr8Error,
    InvalidUpdatesError,
    UpdatesPartlySentError,
    VerificationError,
)

if TYPE_CHECKING:
    from ._core import Core
    from ._operations import OperationInfo

UTC = ZoneInfo("UTC")
VALUE_FIELDS = ("status", "payout", "revenue")
# The conversion statuses known to exist: Approved and Rejected from the reference page, Pending from
# Integr8's knowledge base (soft capping, manual approval; docs/offers/offer-cappings.md). The spec's
# `integr8docs.ConversionUpdateRequest.status` lists the same (tests/test_spec_examples.py checks).
# An update with another status is refused before sending unless `allow_unknown_status=True`
# (`status_problem`): the API answers success whatever it did with one.
KNOWN_STATUSES = ("Approved", "Rejected", "Pending")
MERGE_GAP = dt.timedelta(minutes=15)
# Updates not found at their conversion_time are looked for this far on either side once, so a
# time-zone slip (the usual mistake) is reported as a conversion_time mismatch, not "not found".
WIDE_SEARCH = dt.timedelta(hours=14)
MAX_CHUNK = 1000

APPLIED, SKIPPED, NOT_FOUND, UNSETTLED, UNVERIFIED, PENDING = (
    "applied",
    "skipped",
    "not_found",
    "unsettled",
    "unverified",
    "pending",
)


def _number(value: Any) -> Decimal | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return None
    # NaN, infinities and values too large for a JSON number (1e400) cannot be sent.
    return number if number.is_finite() and math.isfinite(float(number)) else None


MIN_MONEY_DECIMALS = 2  # payout and revenue are amounts of money: never compared coarser than cents


def same_number(seen: Any, wanted: Any) -> bool:
    """Whether the report's `seen` equals the update's `wanted` at the precision `wanted` was
    written with: `seen` rounded half to even to `wanted`'s decimals (see the module docstring).
    False when either is not a finite number."""
    got, want = _number(seen), _number(wanted)
    if got is None or want is None:
        return False
    # Money has cents: a payout written as `5` is still compared at two decimals, so a report
    # still showing 5.40 (the update skipped) is not read as applied.
    places = max(MIN_MONEY_DECIMALS, -int(want.as_tuple().exponent))
    digits = max(0, got.adjusted()) + places + 2  # enough for any value `_number` lets through
    rounded = got.quantize(Decimal(1).scaleb(-places), context=Context(prec=digits, rounding=ROUND_HALF_EVEN))
    return rounded == want


@attrs.frozen(init=False)
class ConversionUpdate:
    """One update, as the spec's `integr8docs.ConversionUpdateRequest` carries it.

    The keys (`tx_id`, `conversion_time`, `hash`) must be exactly what the Conversion Report
    shows; `status`, `payout` and `revenue` are the values to change (None leaves one alone).
    `hash` is the spelling everywhere; `hash_` (as generated models spell fields that shadow a
    builtin) is an alias: `ConversionUpdate(hash_=row.hash_)` is accepted and `update.hash_` reads
    `update.hash`. Give exactly one of the two, else TypeError.
    `status` is text, one of the known conversion statuses `KNOWN_STATUSES` ("Approved",
    "Rejected", "Pending", case as written): `update_conversions` refuses another value before
    sending (`InvalidUpdatesError`, with a did-you-mean) unless `allow_unknown_status=True`.
    Verification compares `payout`/`revenue` at the precision they are written with here: `5.06`
    (float, text or Decimal) is applied when the report's value rounds (half to even) to 5.06 at
    two decimals, `Decimal("5.060")` at three, an int or `5.0` at two all the same (money is never
    compared coarser than cents; module docstring).
    `conversion_time` is a datetime or text in a form `integr8._times` reads (the API's
    `2006-01-02 15:04:05`, ISO 8601 with `T`, `Z` or an offset); a date alone, in any form, is
    refused, and so is a naive time that does not exist or happens twice in `timezone` (a
    clock change): give its offset.
    """

    tx_id: str
    conversion_time: dt.datetime | str
    hash: str
    status: str | None = None
    payout: Decimal | float | int | str | None = None
    revenue: Decimal | float | int | str | None = None

    def __init__(
        self,
        tx_id: str,
        conversion_time: dt.datetime | str,
        hash: str | None = None,
        status: str | None = None,
        payout: Decimal | float | int | str | None = None,
        revenue: Decimal | float | int | str | None = None,
        *,
        hash_: str | None = None,
    ) -> None:
        if hash is not None and hash_ is not None:
            raise TypeError("ConversionUpdate: give hash= or its alias hash_=, not both")
        key = hash if hash is not None else hash_
        if key is None:
            raise TypeError(
                "ConversionUpdate: hash= is required (the conversion's hash exactly as the Conversion Report "
                "shows it; hash_= is accepted as an alias)"
            )
        self.__attrs_init__(tx_id, conversion_time, key, status, payout, revenue)

    @property
    def hash_(self) -> str:
        """Alias of `hash`: the spelling of report rows (`row.hash_`)."""
        return self.hash


@attrs.frozen
class UpdateOutcome:
    """What became of one update: its bucket, the report row seen, and why. `answer_lost`: its
    request was sent but the connection broke before the answer (never resent; the state is
    what the report shows, as for any other update)."""

    index: int
    update: ConversionUpdate
    state: str
    row: Any = None
    reasons: tuple[str, ...] = ()
    answer_lost: bool = False


@attrs.frozen
class ConversionUpdateReport:
    """Every update's outcome, and what it cost.

    `update_requests`: Update Conversion requests sent (one per chunk). `report_requests`:
    Conversion Report pages requested while verifying (a request that failed counts; the
    client's own retries of one request do not). `verify_error`: the `Integr8Error` a report
    read raised, which stopped verification early (None otherwise).
    """

    outcomes: tuple[UpdateOutcome, ...]
    update_requests: int = 0
    report_requests: int = 0
    verify_error: Integr8Error | None = None

    def _bucket(self, state: str) -> list[ConversionUpdate]:
        return [o.update for o in self.outcomes if o.state == state]

    @property
    def applied(self) -> list[ConversionUpdate]:
        return self._bucket(APPLIED)

    @property
    def skipped(self) -> list[ConversionUpdate]:
        return self._bucket(SKIPPED)

    @property
    def not_found(self) -> list[ConversionUpdate]:
        return self._bucket(NOT_FOUND)

    @property
    def unsettled(self) -> list[ConversionUpdate]:
        """Not settled when verification stopped (verify_timeout, its request budget, or a failed
        report read): the new values had not shown, or the report was not read that far."""
        return self._bucket(UNSETTLED)

    @property
    def unverified(self) -> list[ConversionUpdate]:
        return self._bucket(UNVERIFIED)

    @property
    def answer_lost(self) -> list[ConversionUpdate]:
        """Sent, but the connection broke before the answer: in the bucket the report shows."""
        return [o.update for o in self.outcomes if o.answer_lost]

    @property
    def ok(self) -> bool:
        """True when every update was applied (and verified)."""
        return all(o.state == APPLIED for o in self.outcomes)

    def summary(self) -> str:
        counts = {
            s: sum(1 for o in self.outcomes if o.state == s)
            for s in (APPLIED, SKIPPED, NOT_FOUND, UNSETTLED, UNVERIFIED)
        }
        text = ", ".join(f"{n} {s.replace('_', ' ')}" for s, n in counts.items() if n) or "no updates"
        lost = len(self.answer_lost)
        return f"{text} ({lost} sent without an answer, never resent)" if lost else text


@attrs.frozen
class Prepared:
    index: int
    update: ConversionUpdate
    at: dt.datetime  # aware, UTC
    wire: dict[str, Any]

    @property
    def api_time(self) -> str:
        return self.at.strftime(API_TIME_FORMAT)


def status_problem(
    status: object, *, allow_unknown: bool = False, opt_in: str = "allow_unknown_status=True"
) -> str | None:
    """What is wrong with an update's `status` (None: nothing; None is a status left alone).

    Text that is not one of `KNOWN_STATUSES` is refused unless `allow_unknown`, naming the known
    ones and the nearest (`rejected` -> did you mean 'Rejected'?: a difference of case alone, else
    `difflib`'s closest match); `opt_in` is how the message names the way to send it anyway
    (`--allow-unknown-status` on the command line). Why refuse: the API answers success whatever
    it does with a status it does not know, so verification would wait in vain."""
    known = ", ".join(repr(s) for s in KNOWN_STATUSES)
    if status is None:
        return None
    if not isinstance(status, str) or not status:
        return f"status must be text such as {known}, got {status!r}"
    if status in KNOWN_STATUSES or allow_unknown:
        return None
    guess = did_you_mean(status, KNOWN_STATUSES)
    hint = f": did you mean {guess!r}?" if guess else "."
    return (
        f"status {status!r} is not a known conversion status ({known}){hint} The API answers success whatever "
        f"it does with one it does not know, so verification would likely wait in vain; {opt_in} sends it as given"
    )


def did_you_mean(text: str, choices: Sequence[str]) -> str | None:
    """The choice `text` most likely meant: the one equal to it but for case and surrounding
    blanks, else `difflib.get_close_matches`'s best (compared in lower case); None if none is close."""
    by_lower = {c.lower(): c for c in choices}
    wanted = text.strip().lower()
    if wanted in by_lower:
        return by_lower[wanted]
    close = difflib.get_close_matches(wanted, list(by_lower), n=1)
    return by_lower[close[0]] if close else None


def prepare(updates: Iterable[ConversionUpdate], tz: ZoneInfo, *, allow_unknown_status: bool = False) -> list[Prepared]:
    """Check every update; raise one error listing all problems, or return them ready to send.
    A status outside `KNOWN_STATUSES` is one of the problems unless `allow_unknown_status`."""
    problems: list[tuple[int, str]] = []
    out: list[Prepared] = []
    first_index: dict[str, int] = {}
    for index, item in enumerate(updates):
        update: Any = item  # callers are not always typed: check at run time
        if not isinstance(update, ConversionUpdate):
            problems.append((index, f"expected a ConversionUpdate, got {type(update).__name__}"))
            continue
        bad = [k for k in ("tx_id", "hash") if not isinstance(getattr(update, k), str) or not getattr(update, k)]
        problems.extend((index, f"{k} is missing (copy it from the Conversion Report)") for k in bad)
        at = None
        if update.conversion_time in (None, ""):
            problems.append((index, "conversion_time is missing"))
        else:
            try:
                at = exact_time(update.conversion_time, tz, "conversion_time").astimezone(UTC)
            except ValueError as exc:
                problems.append((index, str(exc)))
        if all(getattr(update, f) is None for f in VALUE_FIELDS):
            problems.append((index, "nothing to change: set status, payout or revenue"))
        status = status_problem(update.status, allow_unknown=allow_unknown_status)
        if status is not None:
            problems.append((index, status))
        for name in ("payout", "revenue"):
            value = getattr(update, name)
            if value is not None and _number(value) is None:
                problems.append((index, f"{name} must be a finite number, got {value!r}"))
        if isinstance(update.tx_id, str) and update.tx_id:
            if update.tx_id in first_index:
                problems.append(
                    (
                        index,
                        f"tx_id {update.tx_id!r} is also updates[{first_index[update.tx_id]}]; "
                        "send one update per conversion",
                    )
                )
            else:
                first_index[update.tx_id] = index
        if at is not None and not bad:
            wire: dict[str, Any] = {
                "tx_id": update.tx_id,
                "conversion_time": at.strftime(API_TIME_FORMAT),
                "hash": update.hash,
            }
            if update.status is not None:
                wire["status"] = update.status
            for name in ("payout", "revenue"):
                number = _number(getattr(update, name))
                if number is not None:
                    wire[name] = float(number)
            out.append(Prepared(index, update, at, wire))
    if problems:
        raise InvalidUpdatesError(sorted(problems))
    return out


def chunks(items: Sequence[Prepared], size: int) -> list[list[Prepared]]:
    if isinstance(size, bool) or not isinstance(size, int) or not 1 <= size <= MAX_CHUNK:
        raise ConfigurationError(f"chunk_size must be a whole number from 1 to {MAX_CHUNK}, got {size!r}")
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


@attrs.define
class Window:
    """A stretch of conversion time read with one report query (its cursor pages)."""

    start: dt.datetime
    end: dt.datetime
    members: list[Prepared]


def windows(
    items: Sequence[Prepared], gap: dt.timedelta = MERGE_GAP, pad: dt.timedelta = dt.timedelta(0)
) -> list[Window]:
    """Report windows covering `items` (each time widened by `pad`), neighbours merged."""
    out: list[Window] = []
    for item in sorted(items, key=lambda p: p.at):
        start, end = item.at - pad, item.at + pad
        if out and start - out[-1].end <= gap:
            out[-1].end = max(out[-1].end, end)
            out[-1].members.append(item)
        else:
            out.append(Window(start, end, [item]))
    return out


def judge(item: Prepared, row: Any) -> tuple[str, tuple[str, ...]]:
    """The state of `item` given the report row with its tx_id (None if not seen)."""
    if row is None:
        return NOT_FOUND, ("no conversion with this tx_id in the report around its conversion_time",)
    reasons = []
    row_hash = getattr(row, "hash_", None)
    if isinstance(row_hash, str) and row_hash != item.update.hash:
        reasons.append("hash does not match the report (the server skips such updates)")
    row_time = getattr(row, "conversion_time", None)
    if isinstance(row_time, str) and row_time != item.api_time:
        reasons.append(f"conversion_time does not match the report: report {row_time} UTC, update {item.api_time} UTC")
    if reasons:
        return SKIPPED, tuple(reasons)
    waiting = []
    for name in VALUE_FIELDS:
        wanted = getattr(item.update, name)
        if wanted is None:
            continue
        seen = getattr(row, name, None)
        if name == "status":
            same = isinstance(seen, str) and seen.lower() == str(wanted).lower()
        else:
            same = same_number(seen, wanted)
        if not same:
            waiting.append(f"{name}: report shows {seen!r}, update asked for {wanted!r}")
    if waiting:
        return PENDING, tuple(waiting)
    return APPLIED, ()


@attrs.define
class Tracker:
    """Settles updates as report rows come in."""

    items: list[Prepared]
    states: dict[int, tuple[str, Any, tuple[str, ...]]] = attrs.field(factory=dict)
    wide_done: set[int] = attrs.field(factory=set)  # indexes the wider search has judged

    def pending_windows(self, all_windows: list[Window]) -> list[Window]:
        return [w for w in all_windows if any(self.state(p) in (None, PENDING) for p in w.members)]

    def state(self, item: Prepared) -> str | None:
        entry = self.states.get(item.index)
        return entry[0] if entry else None

    def observe_window(
        self, window: Window, rows_by_tx: dict[str, Any], wide: bool = False, complete: bool = True
    ) -> None:
        """Judge the window's unsettled updates; `wide`: the second look for the lost ones.
        `complete=False`: the read was cut short, so only the updates seen are judged (not
        having seen the others proves nothing)."""
        for item in window.members:
            if self.state(item) in ((APPLIED, SKIPPED) if wide else (APPLIED, SKIPPED, NOT_FOUND)):
                continue
            row = rows_by_tx.get(item.update.tx_id)
            if row is None and not complete:
                continue
            state, reasons = judge(item, row)
            if state == NOT_FOUND and wide:
                reasons = (f"no conversion with this tx_id within {WIDE_SEARCH} of its conversion_time",)
            self.states[item.index] = (state, row, reasons)
            if wide:
                self.wide_done.add(item.index)

    def lost(self) -> list[Prepared]:
        return [p for p in self.items if self.state(p) == NOT_FOUND]

    def outcomes(self, why: str) -> tuple[UpdateOutcome, ...]:
        """Every update's outcome; those not settled are unsettled, `why` saying what stopped
        verification (e.g. "verify_timeout of 60s ran out")."""
        out = []
        for item in sorted(self.items, key=lambda p: p.index):
            state, row, reasons = self.states.get(item.index, (None, None, ()))
            if state is None:
                state, reasons = (
                    UNSETTLED,
                    (f"not verified: verification stopped ({why}) before its report window was read to the end",),
                )
            elif state == PENDING:
                stopped = (
                    f"the report had not shown the new values when verification stopped ({why}): lagging, or ignored"
                )
                state, reasons = UNSETTLED, (*reasons, stopped)
            elif state == NOT_FOUND and item.index not in self.wide_done:
                stopped = (
                    f"the wider search ({WIDE_SEARCH} either side) was not finished when verification stopped ({why})"
                )
                state, reasons = UNSETTLED, (*reasons, stopped)
            out.append(UpdateOutcome(item.index, item.update, state, row, reasons))
        return tuple(out)


def unverified(items: list[Prepared]) -> tuple[UpdateOutcome, ...]:
    return tuple(UpdateOutcome(p.index, p.update, UNVERIFIED, None, ("verify=False",)) for p in items)


def wanted_ids(window: Window, tracker: Tracker) -> set[str]:
    return {p.update.tx_id for p in window.members if tracker.state(p) in (None, PENDING, NOT_FOUND)}


# -- the flow: written once, run blocking or awaited (integr8._flow) ------------------------

READ_GAP = 0.25  # seconds, at least, between the starts of two report requests
_FIRST_DELAY, _MAX_DELAY = 0.5, 8.0  # seconds between rounds of re-reads, doubling


@attrs.define
class ReadBudget:
    """The bounds of one verification: its deadline, its report requests, their pace.

    From `verify_timeout` T (seconds): report requests start before `now + T` (the first one
    always); at most `limit = 1 + ceil(T / READ_GAP)` of them (what the pace allows in T,
    a bound that holds even when the clock does not move); each starts at least `READ_GAP`
    seconds after the previous one started. `stopped` says why verification ended early.
    """

    verify_timeout: float
    deadline: float
    limit: int
    reads: int = 0
    last_start: float | None = None
    stopped: str | None = None
    error: Integr8Error | None = None

    @classmethod
    def starting(cls, now: float, verify_timeout: float) -> ReadBudget:
        return cls(verify_timeout, now + verify_timeout, 1 + math.ceil(verify_timeout / READ_GAP))

    def wait(self, now: float) -> float | None:
        """Seconds to wait before the next report request; None: make no more (see `stopped`)."""
        if self.stopped is not None:
            return None
        wait = 0.0 if self.last_start is None else max(0.0, self.last_start + READ_GAP - now)
        if self.reads and now + wait >= self.deadline:
            self.stopped = self.timed_out
        elif self.reads >= self.limit:  # only when the clock has not moved as the pace implies
            self.stopped = (
                f"its budget of {self.limit} report requests for verify_timeout={self.verify_timeout:g}s was used up"
            )
        return None if self.stopped else wait

    def over(self) -> bool:
        """True once verification must stop (a method: the answer changes as reads happen)."""
        return self.stopped is not None

    def started(self, now: float) -> None:
        self.reads += 1
        self.last_start = now

    def failed(self, exc: Integr8Error) -> None:
        self.error = exc
        self.stopped = f"reading the Conversion Report failed: {type(exc).__name__}: {exc}"

    @property
    def timed_out(self) -> str:
        return f"verify_timeout of {self.verify_timeout:g}s ran out"

    def why(self) -> str:
        """What ended verification, for the updates it left unsettled."""
        return self.stopped or self.timed_out


class _Stop(Exception):
    """Raised by a report page fetch that the budget refuses: ends the window's read."""


PlanStep = float | tuple[Window, bool]
# `report_plan(start, end)`: the operation and parameters of the Conversion Report query of the
# window from `start` to `end` (aware UTC datetimes, both included; pages of 100 rows, times in
# UTC). The client makes it (`Integr8.update_conversions`), so the report query is built and
# checked in one place for `iter_report` and for verification.
ReportPlan: TypeAlias = Callable[[dt.datetime, dt.datetime], "tuple[OperationInfo, dict[str, Any]]"]


def plan(
    tracker: Tracker, all_windows: list[Window], budget: ReadBudget, clock: Callable[[], float]
) -> Iterator[PlanStep]:
    """The verification's steps: a number is seconds to sleep, a `(window, wide)` a window to
    read (each read settles updates in `tracker` before the next step is asked for). Ends when
    every update is settled, or when `budget` says stop."""
    for window in all_windows:
        if budget.over():
            return
        yield window, False
    for window in windows(tracker.lost(), pad=WIDE_SEARCH):
        if budget.over():
            return
        yield window, True
    delay = _FIRST_DELAY
    while not budget.over() and tracker.pending_windows(all_windows):
        left = budget.deadline - clock()
        if left <= 0:
            return
        yield min(delay, left)
        delay = min(delay * 2, _MAX_DELAY)
        for window in tracker.pending_windows(all_windows):
            if budget.over():
                return
            yield window, False


def _check_args(integration_id: str, verify_timeout: float) -> None:
    from ._times import check_integration

    check_integration(integration_id)
    if (
        isinstance(verify_timeout, bool)
        or not isinstance(verify_timeout, (int, float))
        or not 0 <= verify_timeout < float("inf")
    ):
        raise ConfigurationError(f"verify_timeout must be 0 or more seconds, got {verify_timeout!r}")


def _body(integration_id: str, batch: list[Prepared]) -> dict[str, Any]:
    return {"body": {"integration_id": integration_id, "updates": [p.wire for p in batch]}}


def update_flow(
    core: Core,
    *,
    integration_id: str,
    updates: Iterable[ConversionUpdate],
    verify: bool,
    timezone: str,
    verify_timeout: float,
    chunk_size: int,
    raise_on_unapplied: bool,
    report_plan: ReportPlan,
    allow_unknown_status: bool = False,
) -> Flow[ConversionUpdateReport]:
    """Send `updates` in batches of `chunk_size`, then verify them against the Conversion Report
    read through `report_plan` (see the module docstring for the buckets, the bounds and how a
    failed batch is classified); `Integr8.update_conversions` runs it blocking,
    `AsyncIntegr8.update_conversions` awaiting.

    Raises, before any request: `InvalidUpdatesError` (every bad update listed, a status outside
    `KNOWN_STATUSES` among them unless `allow_unknown_status`),
    `ConfigurationError` (integration_id, verify_timeout, chunk_size, an unknown timezone). After
    sending: the first batch's own error when nothing went out, `UpdatesPartlySentError` when some
    batches were not sent, `VerificationError` with `raise_on_unapplied` unless every update was
    applied. A report read that fails is never raised (`report.verify_error`)."""
    from ._operations import operation_info
    from ._opnames import UPDATE_CONVERSIONS
    from ._times import zone

    _check_args(integration_id, verify_timeout)
    items = prepare(list(updates), zone(timezone), allow_unknown_status=allow_unknown_status)
    sending = Sending(chunks(items, chunk_size))
    info = operation_info(*UPDATE_CONVERSIONS)
    for batch in sending.batches:
        try:
            yield from core.call(info, _body(integration_id, batch))
        except Integr8Error as exc:
            if not sending.failed(exc):
                raise  # nothing went out: the error as it is
            break
        sending.answered += 1
    checked = sending.went_out()
    if not verify:
        return sending.finish(ConversionUpdateReport(unverified(checked), sending.requests, 0), raise_on_unapplied)
    tracker, all_windows = Tracker(checked), windows(checked)
    budget = ReadBudget.starting(core.clock(), verify_timeout)
    for step in plan(tracker, all_windows, budget, core.clock):
        if isinstance(step, tuple):
            yield from _read_window(core, report_plan, step, tracker, budget)
        else:
            yield from sleep(step)
    return sending.finish(_verified(tracker, budget, sending.requests), raise_on_unapplied)


def _verified(tracker: Tracker, budget: ReadBudget, update_requests: int) -> ConversionUpdateReport:
    return ConversionUpdateReport(tracker.outcomes(budget.why()), update_requests, budget.reads, budget.error)


def _read_window(
    core: Core, report_plan: ReportPlan, step: tuple[Window, bool], tracker: Tracker, budget: ReadBudget
) -> Flow[None]:
    """Walk the window's report pages until every update it waits for has been seen, each
    page paced and allowed by `budget`; a refused page or an SDK error ends the read early."""
    window, wide = step
    info, params = report_plan(window.start, window.end)

    def fetch(after: str | None) -> Flow[Any]:
        wait = budget.wait(core.clock())
        if wait is None:
            raise _Stop
        if wait:
            yield from sleep(wait)
        budget.started(core.clock())
        return (yield from core.call(info, {**params, "pageafter": after} if after else params))

    want, complete = wanted_ids(window, tracker), False
    seen: dict[str, Any] = {}
    try:
        yield from _seek(fetch, want, seen, f"{info.tag}.{info.name}")
        complete = True
    except _Stop:
        pass
    except Integr8Error as exc:  # the updates were sent: report what is known, see the module doc
        budget.failed(exc)
    tracker.observe_window(window, seen, wide, complete)


def _seek(fetch: Callable[[str | None], Flow[Any]], want: set[str], seen: dict[str, Any], operation: str) -> Flow[None]:
    """Read a report's rows (`integr8._reports.CursorWalk`: deduplicated, a looping cursor
    raised as `CursorLoopError`) page by page into `seen` (tx_id -> row, for the tx_ids in
    `want`); return once all of `want` was seen, or at the report's end. No page is fetched
    before the one before it has been looked at."""
    walk = CursorWalk(operation)
    while not walk.done():
        for token in walk.wanted(0):
            _, after = token
            walk.arrived(token, (yield from fetch(after)))
        walk.pop_ready()
        for row in walk.fresh:
            tx_id = getattr(row, "tx_id", None)
            if tx_id in want:
                seen[tx_id] = row
                if len(seen) == len(want):
                    return


ANSWER_LOST = (
    "its update request was sent, then the connection broke before the answer: not resent; "
    "this outcome is what the report shows"
)


def answer_lost(exc: Integr8Error) -> bool:
    """True when the request behind `exc` may have been acted on although no usable answer came:
    a 2xx answer that could not be read (`APIResponseValidationError`: the server applied the
    batch), or a connection that failed after the request went out (`SENT_ERRORS`: reading the
    answer, or writing the request body). Failures before anything was sent (connect, pool,
    proxy, protocol set-up) are not: those batches were never sent. Such batches are never
    resent; verification tells what happened to them."""
    if isinstance(exc, APIResponseValidationError):
        return True
    return isinstance(exc, APIConnectionError) and isinstance(exc.__cause__, SENT_ERRORS)


# The request reached the server, or may have: the answer was lost, or the body cut while sent.
SENT_ERRORS: tuple[type[Exception], ...] = (
    httpx.ReadError,
    httpx.ReadTimeout,
    httpx.RemoteProtocolError,
    httpx.WriteError,
    httpx.WriteTimeout,
)


@attrs.define
class Sending:
    """How far sending got (see the module doc): `answered` batches answered with success, then
    at most one failed batch (`error`), sent with its answer lost (`lost`) or not."""

    batches: list[list[Prepared]]
    answered: int = 0
    error: Integr8Error | None = None
    lost: bool = False

    def failed(self, exc: Integr8Error) -> bool:
        """Record the failed batch; True when some updates went out (sent or answer lost)."""
        self.error, self.lost = exc, answer_lost(exc)
        return self.answered > 0 or self.lost

    def _items(self, start: int, stop: int | None) -> list[Prepared]:
        return [p for batch in self.batches[start:stop] for p in batch]

    def went_out(self) -> list[Prepared]:
        """The updates to verify: answered, and sent with their answer lost."""
        return self._items(0, self.answered + int(self.lost))

    @property
    def requests(self) -> int:
        """Update requests that reached the server (a refused one too, a not-sent one not)."""
        reached = self.error is not None and (self.lost or not isinstance(self.error, APIConnectionError))
        return self.answered + int(reached)

    def finish(self, report: ConversionUpdateReport, raise_on_unapplied: bool) -> ConversionUpdateReport:
        """Mark the answer-lost outcomes; raise UpdatesPartlySentError when some updates were
        not sent, else return (or raise VerificationError, as asked)."""
        if self.lost:
            lost = {p.index for p in self.batches[self.answered]}
            report = attrs.evolve(
                report,
                outcomes=tuple(
                    attrs.evolve(o, reasons=(*o.reasons, ANSWER_LOST), answer_lost=True) if o.index in lost else o
                    for o in report.outcomes
                ),
            )
        unsent = self._items(self.answered + int(self.lost), None) if self.error is not None else []
        if unsent:
            assert self.error is not None
            raise UpdatesPartlySentError(
                sent=[p.update for p in self._items(0, self.answered)],
                answer_lost=[p.update for p in self._items(self.answered, self.answered + int(self.lost))],
                unsent=[p.update for p in unsent],
                cause=self.error,
                report=report,
            ) from self.error
        return _finish(report, raise_on_unapplied)


def _finish(report: ConversionUpdateReport, raise_on_unapplied: bool) -> ConversionUpdateReport:
    if raise_on_unapplied and not report.ok:
        raise VerificationError(report)
    return report
