"""The sandbox's objects: one generic table per collection path of the spec.

Why generic: most of the API is plain CRUD, so an object is just its JSON plus where it lives
(its parent ids from the path, e.g. the integration of an offer) and whether it is archived.
Ids are derived from the seed and a per-kind counter, so the same seed and the same calls give
the same ids, and nothing here knows what an offer is.

Why indexed: a list request must cost in proportion to its page, not to the store (paginating a
store of 20,000 offers would otherwise cost 20,000 reads a page, quadratic over the listing).
Each collection keeps, per parent path (and for the whole collection), its records in creation
order twice: all of them, and those not archived. Both are plain lists with the creation
sequence numbers beside them, so a page is a slice; creating appends, and archiving, restoring
or removing finds its place by bisection (a removal then moves the pointers after it, a C
`memmove`: microseconds even at 100,000 records). Setting `record.archived` keeps the index
right by itself, however it is set.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_left
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

ParentKey = tuple[tuple[str, str], ...]


def parent_key(parents: Mapping[str, str]) -> ParentKey:
    """The index key of a parent path (`{"integrationID": "..."}`), whatever its order."""
    return tuple(sorted(parents.items()))


class Record:
    """One object: `id`, `parents` (path parameter name -> value, e.g. `{"integrationID": ...}`,
    fixed once the record is in a collection), `data` (the object as the API shows it; change it
    freely), `archived` and `internal` (sandbox-only state, never shown)."""

    __slots__ = ("id", "parents", "data", "internal", "_archived", "_owner", "_seq")

    def __init__(
        self,
        id: str,
        parents: dict[str, str],
        data: dict[str, Any],
        archived: bool = False,
        internal: dict[str, Any] | None = None,
    ) -> None:
        self.id = id
        self.parents = parents
        self.data = data
        self.internal: dict[str, Any] = {} if internal is None else internal
        self._archived = archived
        self._owner: Collection | None = None
        self._seq = -1

    @property
    def archived(self) -> bool:
        return self._archived

    @archived.setter
    def archived(self, value: bool) -> None:
        if value == self._archived:
            return
        self._archived = value
        if self._owner is not None:
            self._owner._archived_changed(self)

    def __repr__(self) -> str:
        return f"Record(id={self.id!r}, parents={self.parents!r}, archived={self._archived!r})"


class _Ordered:
    """Records in creation order: positional access, append, removal by bisection."""

    __slots__ = ("seqs", "records")

    def __init__(self) -> None:
        self.seqs: list[int] = []
        self.records: list[Record] = []

    def add(self, record: Record) -> None:
        seq = record._seq
        if not self.seqs or seq > self.seqs[-1]:
            self.seqs.append(seq)
            self.records.append(record)
            return
        at = bisect_left(self.seqs, seq)
        if at < len(self.seqs) and self.seqs[at] == seq:
            return
        self.seqs.insert(at, seq)
        self.records.insert(at, record)

    def discard(self, record: Record) -> None:
        at = bisect_left(self.seqs, record._seq)
        if at < len(self.seqs) and self.seqs[at] == record._seq:
            del self.seqs[at]
            del self.records[at]


class _Index:
    """One parent path's records (or the whole collection's): all, and those not archived."""

    __slots__ = ("every", "shown")

    def __init__(self) -> None:
        self.every = _Ordered()
        self.shown = _Ordered()

    def add(self, record: Record) -> None:
        self.every.add(record)
        if not record.archived:
            self.shown.add(record)

    def discard(self, record: Record) -> None:
        self.every.discard(record)
        self.shown.discard(record)


class Collection:
    """The objects of one collection path, in creation order."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.records: dict[str, Record] = {}  # read it; change it through add and remove only
        self.next_incremental = 1
        self._next_seq = 0
        self._all = _Index()
        self._by_parents: dict[ParentKey, _Index] = {}

    def __iter__(self) -> Iterator[Record]:
        return iter(list(self.records.values()))

    def __len__(self) -> int:
        return len(self.records)

    def add(self, record: Record) -> Record:
        """Store `record`: it lists after every record added before it, or, when it replaces one
        with the same id, in that one's place."""
        if record._owner is self and self.records.get(record.id) is record:
            return record
        if record._owner is not None:
            raise ValueError(f"record {record.id} is already in collection {record._owner.name}")
        replaced = self.records.get(record.id)
        if replaced is not None:
            self._unindex(replaced)
            record._seq = replaced._seq
        else:
            record._seq = self._next_seq
            self._next_seq += 1
        record._owner = self
        self.records[record.id] = record
        self._all.add(record)
        self._by_parents.setdefault(parent_key(record.parents), _Index()).add(record)
        return record

    def get(self, record_id: str) -> Record | None:
        return self.records.get(record_id)

    def remove(self, record_id: str) -> None:
        record = self.records.pop(record_id, None)
        if record is not None:
            self._unindex(record)

    def _unindex(self, record: Record) -> None:
        self._all.discard(record)
        index = self._by_parents.get(parent_key(record.parents))
        if index is not None:
            index.discard(record)
        record._owner = None

    def listing(self, parents: Mapping[str, str] | None, *, archived: bool) -> Sequence[Record]:
        """The records under `parents` (None: the whole collection), in creation order, archived
        ones included only when `archived` is True. The index itself, not a copy: read it (slice
        it for a page) and do not change it; it is current until the collection next changes."""
        index = self._all if parents is None else self._by_parents.get(parent_key(parents))
        if index is None:
            return ()
        return index.every.records if archived else index.shown.records

    def _archived_changed(self, record: Record) -> None:
        for index in (self._all, self._by_parents.get(parent_key(record.parents))):
            if index is None:
                continue
            if record.archived:
                index.shown.discard(record)
            else:
                index.shown.add(record)

    def take_incremental(self) -> int:
        value = self.next_incremental
        self.next_incremental += 1
        return value


class Store:
    def __init__(self, seed: int) -> None:
        self._seed = seed
        self._counters: dict[str, int] = {}
        self.collections: dict[str, Collection] = {}

    def collection(self, name: str) -> Collection:
        found = self.collections.get(name)
        if found is None:
            found = self.collections[name] = Collection(name)
        return found

    def new_id(self, kind: str) -> str:
        """A 24-hex-digit id, unique per kind, determined by the seed and creation order."""
        n = self._counters.get(kind, 0) + 1
        self._counters[kind] = n
        return hashlib.sha256(f"{self._seed}|{kind}|{n}".encode()).hexdigest()[:24]
