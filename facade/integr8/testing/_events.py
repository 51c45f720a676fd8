"""The seeded report data: clicks, conversions and impressions over February 2025 (UTC).

Why lazy, compact and ordered: benchmarks page through ten thousand conversions, yet building
a Sandbox must stay instant. Each kind is generated on first use from its own seeded RNG
(so using one kind never shifts another), held as tuples sorted newest first (the order the
reports answer in), and windows are found by bisection. The answers to recent queries are
cached by their window and filters, so paging costs one slice per page.

Conversion updates live here too: `apply_update` matches an update against the conversions and
keeps the new values either committed or, when `lag_reads` > 0, pending until that many report
reads have shown the old ones (a model of the API's eventually consistent reporting store).
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import random
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ._times import UTC, render_wall

WINDOW_START = int(dt.datetime(2025, 2, 1, tzinfo=UTC).timestamp())
WINDOW_END = int(dt.datetime(2025, 3, 1, tzinfo=UTC).timestamp()) - 1  # inclusive

# How many rows of each kind the seeded window holds.
COUNTS = {"clicks": 24_000, "conversions": 12_000, "impressions": 24_000}
KINDS = tuple(COUNTS)
TIME_FIELD = {"clicks": "request_time", "conversions": "conversion_time", "impressions": "request_time"}
REPORT_FILTERS = ("status", "offer_id", "publisher", "advertiser")

# Row tuple layout.
TS, REAL_TX_ID, TX_ID, OFFER, PUBLISHER, STATUS, PAYOUT, REVENUE, HASH = range(9)


@dataclass(frozen=True)
class OfferInfo:
    offer_id: str  # the offer's incremental id, as reports show it
    name: str
    advertiser: str  # the advertiser's incremental id
    advertiser_name: str
    payout: float
    revenue: float


@dataclass(frozen=True)
class PublisherInfo:
    publisher: str  # the publisher's incremental id
    name: str


class Table:
    """All rows of one kind, newest first."""

    def __init__(self, rows: list[tuple[Any, ...]]) -> None:
        self.rows = rows
        self.neg_ts = [-r[TS] for r in rows]  # ascending, for bisect
        self.position = {r[REAL_TX_ID]: i for i, r in enumerate(rows)}

    def window(self, start: int, end: int) -> range:
        """Positions of the rows with start <= time <= end."""
        lo = bisect.bisect_left(self.neg_ts, -end)
        hi = bisect.bisect_right(self.neg_ts, -start)
        return range(lo, hi)


@dataclass
class Pending:
    fields: dict[str, Any]
    reads_left: int


class Selection:
    """The rows of one query (window + filters), with a cursor index built on demand."""

    def __init__(self, positions: list[int]) -> None:
        self.positions = positions
        self._index: dict[int, int] | None = None

    def index_of(self, position: int) -> int | None:
        if self._index is None:
            self._index = {p: i for i, p in enumerate(self.positions)}
        return self._index.get(position)


class Events:
    def __init__(
        self,
        seed: int,
        offers: Sequence[OfferInfo],
        publishers: Sequence[PublisherInfo],
        counts: Mapping[str, int] | None = None,
    ):
        self.seed = seed
        self.counts = {**COUNTS, **(counts or {})}
        self.offers = list(offers)
        self.publishers = list(publishers)
        self._tables: dict[str, Table] = {}
        self._cache: OrderedDict[tuple[Any, ...], Selection] = OrderedDict()
        self.committed: dict[str, dict[str, Any]] = {}  # real_tx_id -> changed fields
        self.pending: dict[str, Pending] = {}
        self.version = 0  # bumps whenever visible values change (invalidates the cache)
        self._by_tx: dict[str, list[int]] | None = None

    # -- generation ------------------------------------------------------------------------

    def table(self, kind: str) -> Table:
        found = self._tables.get(kind)
        if found is None:
            found = self._tables[kind] = Table(self._generate(kind))
        return found

    def _generate(self, kind: str) -> list[tuple[Any, ...]]:
        rng = random.Random(f"integr8-sandbox-{kind}:{self.seed}")
        span = WINDOW_END - WINDOW_START + 1
        n_offers = len(self.offers)
        n_pubs = len(self.publishers)
        rejected = 0.15 if kind == "conversions" else 0.03
        rows: list[tuple[Any, ...]] = []
        for seq in range(self.counts[kind]):
            ts = WINDOW_START + rng.randrange(span)
            # A skewed pick: the first offers and publishers get most of the traffic.
            offer = min(int(rng.expovariate(1 / 12)), n_offers - 1)
            pub = min(int(rng.expovariate(1 / 6)), n_pubs - 1)
            real = f"{rng.getrandbits(128):032x}"
            tx = f"{rng.getrandbits(128):032x}"
            status = "Rejected" if rng.random() < rejected else "Approved"
            payout = revenue = 0.0
            digest = ""
            if kind == "conversions":
                info = self.offers[offer]
                factor = 0.8 + 0.4 * rng.random()
                payout = round(info.payout * factor, 2)
                revenue = round(info.revenue * factor, 2)
                text = f"{tx}|{render_wall(ts, UTC)}|{self.seed}"
                digest = hashlib.sha1(text.encode()).hexdigest()
            rows.append((ts, real, tx, offer, pub, status, payout, revenue, digest, seq))
        rows.sort(key=lambda r: (-r[TS], -r[-1]))
        return [r[:-1] for r in rows]

    # -- queries ---------------------------------------------------------------------------

    def select(self, kind: str, start: int, end: int, filters: Mapping[str, str | None]) -> Selection:
        """The rows of `kind` in [start, end] that pass the report filters (cached)."""
        wanted = tuple((k, v) for k in REPORT_FILTERS if (v := filters.get(k)) is not None)
        key = (kind, start, end, wanted, self.version if kind == "conversions" else 0)
        found = self._cache.get(key)
        if found is not None:
            self._cache.move_to_end(key)
            return found
        table = self.table(kind)
        positions = list(table.window(start, end))
        if wanted:
            positions = [p for p in positions if self._passes(kind, table.rows[p], wanted)]
        found = self._cache[key] = Selection(positions)
        if len(self._cache) > 32:
            self._cache.popitem(last=False)
        return found

    def _passes(self, kind: str, row: tuple[Any, ...], wanted: Sequence[tuple[str, str]]) -> bool:
        for name, value in wanted:
            if name == "status":
                actual = self._visible(kind, row).get("status", row[STATUS])
            elif name == "offer_id":
                actual = self.offers[row[OFFER]].offer_id
            elif name == "publisher":
                actual = self.publishers[row[PUBLISHER]].publisher
            else:
                actual = self.offers[row[OFFER]].advertiser
            if actual != value:
                return False
        return True

    def _visible(self, kind: str, row: tuple[Any, ...]) -> dict[str, Any]:
        if kind != "conversions":
            return {}
        return self.committed.get(row[REAL_TX_ID], {})

    def render(self, kind: str, position: int, tz: Any, *, count_read: bool) -> dict[str, Any]:
        """One row as the report shows it, times in `tz`.

        `count_read`: this rendering is a report read, which counts down pending updates.
        """
        row = self.table(kind).rows[position]
        if kind == "conversions" and count_read and row[REAL_TX_ID] in self.pending:
            self._count_read(row[REAL_TX_ID])
        offer = self.offers[row[OFFER]]
        pub = self.publishers[row[PUBLISHER]]
        out: dict[str, Any] = {
            "real_tx_id": row[REAL_TX_ID],
            "tx_id": row[TX_ID],
            "status": row[STATUS],
            "offer_id": offer.offer_id,
            "offer_name": offer.name,
            "publisher": pub.publisher,
            "publisher_name": pub.name,
            "advertiser": offer.advertiser,
            "advertiser_name": offer.advertiser_name,
            TIME_FIELD[kind]: render_wall(row[TS], tz),
        }
        if kind == "conversions":
            out["hash"] = row[HASH]
            out["payout"] = row[PAYOUT]
            out["revenue"] = row[REVENUE]
            out["currency"] = "USD"
            out.update(self.committed.get(row[REAL_TX_ID], {}))
        return out

    # -- conversion updates ----------------------------------------------------------------

    def apply_update(self, update: Mapping[str, Any], lag_reads: int) -> bool:
        """Apply one Update Conversion entry; False (and no change) unless all keys match.

        The keys are `tx_id`, `conversion_time` (the conversion's time as UTC wall-clock text)
        and `hash`; the values are `status` (Approved or Rejected), `payout` and `revenue`.
        """
        table = self.table("conversions")
        if self._by_tx is None:
            self._by_tx = {}
            for i, row in enumerate(table.rows):
                self._by_tx.setdefault(row[TX_ID], []).append(i)
        changes: dict[str, Any] = {}
        if update.get("status") in ("Approved", "Rejected"):
            changes["status"] = update["status"]
        elif "status" in update:
            return False  # an unknown status is skipped like any other mismatch
        for name in ("payout", "revenue"):
            value = update.get(name)
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                changes[name] = value
        if not changes:
            return False
        for position in self._by_tx.get(str(update.get("tx_id")), ()):
            row = table.rows[position]
            if render_wall(row[TS], UTC) == update.get("conversion_time") and row[HASH] == update.get("hash"):
                real = row[REAL_TX_ID]
                if lag_reads > 0:
                    merged = dict(self.pending[real].fields) if real in self.pending else {}
                    merged.update(changes)
                    self.pending[real] = Pending(merged, lag_reads)
                else:
                    self._commit(real, changes)
                return True
        return False

    def _count_read(self, real: str) -> None:
        pending = self.pending[real]
        if pending.reads_left > 0:
            pending.reads_left -= 1
            return
        del self.pending[real]
        self._commit(real, pending.fields)

    def _commit(self, real: str, changes: Mapping[str, Any]) -> None:
        self.committed.setdefault(real, {}).update(changes)
        self.version += 1
