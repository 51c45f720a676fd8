"""Numbered-list semantics: `filter[field][op]=value`, `sort=-a,b`, `page[number]`/`page[size]`.

Why here and generic: every list operation of the API shares them (the reference's
introduction), so they work on plain dicts and know nothing of resources.

Choices the reference leaves open, made explicit:
- The operator defaults to `eq`. Operators: eq, ne, like (case-insensitive substring),
  nlike, gt, gte, lt, lte, in / nin (comma-separated list), eq_n / ne_n (numeric comparison).
  An unknown operator is a 400.
- Dotted names reach nested properties (`filter[default_payout.payout_type]`). A value that is
  a list matches when any element does (`ne`/`nin`/`nlike`: when none does).
- A field the item does not have matches nothing, whatever the operator. So does an unknown
  filter field: a typo shows up as an empty page rather than as an unfiltered one.
- The same filter given twice matches either value (OR); different filters all must match.
- Values are compared by the item's type: numbers numerically, booleans as true/false, text
  as text (RFC 3339 and wall-clock times order correctly as text).
- Sorting is stable and multi-key; missing values sort last in either direction.
- `page[size]` defaults to 20 (max 100, enforced by the spec check); `page[number]` to 1.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from .._filter_operators import FILTER_OPERATORS
from ._http import ApiError

DEFAULT_PAGE_SIZE = 20
Item = Mapping[str, Any]

_MISSING = object()
OPERATORS = FILTER_OPERATORS  # the one list the SDK and the command line take too
_POSITIVE = {"ne": "eq", "nlike": "like", "nin": "in", "ne_n": "eq_n"}


def parse_filters(query: Sequence[tuple[str, str]], skip: Iterable[str] = ()) -> list[Filter]:
    """The `filter[...]` parameters of `query` except those named in `skip`."""
    skipped = set(skip)
    grouped: dict[tuple[str, str], list[str]] = {}
    for name, value in query:
        if not name.startswith("filter[") or name in skipped:
            continue
        field, op = _split_filter(name)
        grouped.setdefault((field, op), []).append(value)
    return [Filter(field, op, values) for (field, op), values in grouped.items()]


def _split_filter(name: str) -> tuple[str, str]:
    # filter[field] or filter[field][op]; the field itself may hold dots but no brackets.
    body = name[len("filter[") :]
    field, sep, rest = body.partition("]")
    if not sep or not field:
        raise ApiError(400, f"{name}: expected filter[field] or filter[field][operator]")
    op = "eq"
    if rest:
        if not (rest.startswith("[") and rest.endswith("]")):
            raise ApiError(400, f"{name}: expected filter[field] or filter[field][operator]")
        op = rest[1:-1]
    if op not in OPERATORS:
        raise ApiError(400, f"{name}: unknown filter operator {op!r} (known: {', '.join(OPERATORS)})")
    return field, op


class Filter:
    def __init__(self, field: str, op: str, values: list[str]) -> None:
        self.field = field
        self.op = op
        self.values = values

    def __call__(self, item: Item) -> bool:
        found = lookup(item, self.field)
        if found is _MISSING:
            return False
        candidates = found if isinstance(found, list) else [found]
        op = _POSITIVE.get(self.op, self.op)
        hit = any(_compare(c, op, v) for c in candidates for v in self.values)
        return not hit if op != self.op else hit


def lookup(item: Item, dotted: str) -> Any:
    node: Any = item
    for part in dotted.split("."):
        if isinstance(node, Mapping) and part in node:
            node = node[part]
        else:
            return _MISSING
    return node


def _compare(actual: Any, op: str, wanted: str) -> bool:
    """`actual op wanted` for the positive operators (negations are handled by the caller)."""
    if op == "in":
        return any(_equal(actual, w.strip()) for w in wanted.split(","))
    if op == "like":
        return actual is not None and wanted.lower() in _text(actual).lower()
    if op == "eq_n":
        a, w = _number(actual), _number(wanted)
        return a is not None and w is not None and a == w
    if op == "eq":
        return _equal(actual, wanted)
    order = _order(actual, wanted)
    if order is None:
        return False
    return {"gt": order > 0, "gte": order >= 0, "lt": order < 0, "lte": order <= 0}[op]


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return ""
    return str(value)


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _equal(actual: Any, wanted: str) -> bool:
    if isinstance(actual, bool):
        return wanted.lower() == _text(actual)
    if isinstance(actual, (int, float)):
        w = _number(wanted)
        return w is not None and float(actual) == w
    return _text(actual) == wanted


def _order(actual: Any, wanted: str) -> int | None:
    if isinstance(actual, (int, float)) and not isinstance(actual, bool):
        w = _number(wanted)
        if w is None:
            return None
        return (actual > w) - (actual < w)
    if isinstance(actual, str):
        return (actual > wanted) - (actual < wanted)
    return None


def sort_items(items: list[Item], sort: str | None) -> list[Item]:
    """`items` ordered by `sort` (`-a,b`): stable, multi-key, missing values last."""
    if not sort:
        return items
    keys = [k.strip() for k in sort.split(",") if k.strip()]
    for key in reversed(keys):
        descending = key.startswith("-")
        field = key.lstrip("-+")
        present = [i for i in items if _sortable(lookup(i, field))]
        absent = [i for i in items if not _sortable(lookup(i, field))]
        present.sort(key=_sort_key(field), reverse=descending)
        items = present + absent
    return items


def _sortable(value: Any) -> bool:
    return value is not _MISSING and value is not None


def _sort_key(field: str) -> Callable[[Item], tuple[int, Any]]:
    def key(item: Item) -> tuple[int, Any]:
        value = lookup(item, field)
        if isinstance(value, bool):
            return (0, int(value))
        if isinstance(value, (int, float)):
            return (1, value)
        return (2, _text(value) if not isinstance(value, (list, dict)) else repr(value))

    return key


def paginate(items: Sequence[Item], number: int | None, size: int | None) -> dict[str, Any]:
    """`{"data": [...], "meta": {"total_count", "total_page"}}` for one numbered page."""
    size = size or DEFAULT_PAGE_SIZE
    number = number or 1
    start = (number - 1) * size
    return {
        "data": list(items[start : start + size]),
        "meta": {"total_count": len(items), "total_page": math.ceil(len(items) / size)},
    }


def list_page(
    items: Iterable[Item],
    query: Sequence[tuple[str, str]],
    params: Mapping[str, Any],
    *,
    skip_filters: Iterable[str] = (),
) -> dict[str, Any]:
    """Filter, sort and paginate `items` as a list operation answers.

    An array parameter sent comma-joined (`style: form, explode: false`, which `params` holds
    split already) filters by each of its items, as if its key had been repeated.

    Cost: with no filter and no sort, and `items` a `Sequence` (e.g. a lazy view of the store's
    index), the page is a slice of it and no other item is read; a filter or a sort reads every
    item of `items`."""
    expanded: list[tuple[str, str]] = []
    for name, value in query:
        if isinstance(params.get(name), list) and "," in value:
            expanded.extend((name, part) for part in value.split(","))
        else:
            expanded.append((name, value))
    filters = parse_filters(expanded, skip_filters)
    sort = params.get("sort")
    selected: Sequence[Item]
    if not filters and not sort and isinstance(items, Sequence):
        selected = items
    else:
        selected = sort_items([i for i in items if all(f(i) for f in filters)], sort)
    return paginate(selected, params.get("page[number]"), params.get("page[size]"))
