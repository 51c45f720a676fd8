"""The sandbox's objects: one generic table per collection path of the spec.

Why generic: most of the API is plain CRUD, so an object is just its JSON plus where it lives
(its parent ids from the path, e.g. the integration of an offer) and whether it is archived.
Ids are derived from the seed and a per-kind counter, so the same seed and the same calls give
the same ids, and nothing here knows what an offer is.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Record:
    id: str
    parents: dict[str, str]  # path parameter name -> value, e.g. {"integrationID": "..."}
    data: dict[str, Any]  # the object as the API shows it
    archived: bool = False
    internal: dict[str, Any] = field(default_factory=dict)  # sandbox-only state, never shown


class Collection:
    """The objects of one collection path, in creation order."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.records: dict[str, Record] = {}
        self.next_incremental = 1

    def __iter__(self) -> Iterator[Record]:
        return iter(list(self.records.values()))

    def __len__(self) -> int:
        return len(self.records)

    def add(self, record: Record) -> Record:
        self.records[record.id] = record
        return record

    def get(self, record_id: str) -> Record | None:
        return self.records.get(record_id)

    def remove(self, record_id: str) -> None:
        self.records.pop(record_id, None)

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
