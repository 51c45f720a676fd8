"""Which fields a filter may name, per list operation, read from the spec; and the check of `filters=`.

Why: the API matches nothing when a filter names a field its items do not have (so does the
sandbox, `integr8.testing._listing`), so a misspelt or misplaced field (`status` on offers, which
have `active`) returns an empty listing, silently, rather than an error. The spec declares the
items of each numbered list operation (the `data` array of its 2xx answer: `OfferList.data` holds
`Offer`s), so `client.paginate(..., filters=...)` and `integr8 list --filter` refuse such a field
with `ConfigurationError` before any request, naming it, a near miss (difflib) and the valid
fields. `strict_filters=False` (a client option, or per `paginate` call; on the command line
`--allow-unknown-filter`) sends it anyway, for fields the API has and the spec does not list.

The field paths of an item schema (`item_fields`), decided here because the reference does not
say more than "dotted fields for nested properties":

- Every declared property is a path (`name`); a nested object's properties are dotted paths
  (`default_payout.payout_type`), to any depth. `$ref`s are followed, `allOf` branches merged and
  `oneOf`/`anyOf` branches all accepted; a schema met again inside itself (a cycle) stops there.
- An array of scalars is a path itself (`tags`; the sandbox matches when any element does). An
  array of objects gives its elements' fields under its own name (`lines.sku`, meaning "any
  element's sku"); the array itself is no path, since an object has no value to compare. (No
  item of the current spec has one; the rule is here so a new spec does not break the check.)
- `additionalProperties: true` does not open an object that declares properties: every item
  schema says it (the API may add fields), and accepting any key there would accept every typo.
  Only an object that declares no properties at all (a free-form map: `email_config`,
  `reports_query_option.filters`) lets any key below it pass
  (`reports_query_option.filters.offer_id.equalvalues`); it is listed as `email_config.*`.
  A property with no type and no properties (any value) is a path, and any key below it passes.
- The fields the operation's own `filter[...]` parameters name in the spec are paths too.
- An operation whose answer the spec does not describe as a `data` array of objects has no known
  fields (`item_fields` returns None), and nothing is refused.

Operators are not this module's: `integr8._filter_operators` lists them and
`integr8._pagination.filter_query` refuses any other, whatever `strict_filters` says.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from ._spec import iter_operations, load_spec, normalized, operation_parameters, resolve
from .errors import ConfigurationError

_REF_PREFIX = "#/components/schemas/"


@dataclass(frozen=True)
class ItemFields:
    """The fields a filter of one list operation may name.

    `item`: the item schema's name (`"Offer"`; `"item"` when the spec declares it inline).
    `paths`: every field path, dotted for nested fields (`default_payout.payout_type`).
    `open`: free-form objects (`email_config`): any path below one (`email_config.x`) is known.
    """

    item: str
    paths: frozenset[str]
    open: tuple[str, ...] = ()

    def __contains__(self, field: object) -> bool:
        if not isinstance(field, str):
            return False
        return field in self.paths or any(field.startswith(prefix + ".") for prefix in self.open)

    def names(self) -> list[str]:
        """Every path, sorted, with each free-form object as `name.*`: for messages."""
        return sorted([*self.paths, *(f"{prefix}.*" for prefix in self.open)])

    def suggest(self, field: str) -> list[str]:
        """Up to three known paths that look like `field` (difflib's ratio of at least 0.6).
        difflib is imported here, on the error path: every client imports this module."""
        import difflib

        return difflib.get_close_matches(field, [*self.paths, *self.open], n=3, cutoff=0.6)


def field_paths(schema: Mapping[str, Any], spec: dict[str, Any], item: str = "item") -> ItemFields:
    """The `ItemFields` of the item schema `schema` (its `$ref`s resolved in `spec`), by the
    rules in the module docstring. Pure: tests feed it made-up schemas."""
    paths: set[str] = set()
    open_: set[str] = set()

    def visit(node: Any, prefix: str, seen: frozenset[str]) -> None:
        ref = node.get("$ref") if isinstance(node, Mapping) else None
        if isinstance(ref, str):
            if ref in seen:  # a cycle: the path ends here
                if prefix:
                    paths.add(prefix)
                return
            seen = seen | {ref}
        node = resolve(node, spec)
        if not isinstance(node, Mapping):
            if prefix:
                paths.add(prefix)
            return
        for branch in node.get("allOf", ()):
            visit(branch, prefix, seen)
        for key in ("oneOf", "anyOf"):
            for branch in node.get(key, ()):
                visit(branch, prefix, seen)
        kind = node.get("type")
        properties = node.get("properties")
        if kind == "array":
            items = resolve(node.get("items", {}), spec)
            if isinstance(items, Mapping) and (items.get("type") == "object" or "properties" in items):
                visit(node.get("items", {}), prefix, seen)
            elif prefix:
                paths.add(prefix)
            return
        if isinstance(properties, Mapping) and properties:
            for name, sub in properties.items():
                visit(sub, f"{prefix}.{name}" if prefix else name, seen)
            return
        if not prefix:
            return
        composed = any(key in node for key in ("allOf", "oneOf", "anyOf"))
        if kind == "object":
            if node.get("additionalProperties", True) is not False and not composed:
                open_.add(prefix)
        elif kind is None and not composed:  # any value: a path, and maybe an object
            paths.add(prefix)
            open_.add(prefix)
        elif kind is not None:
            paths.add(prefix)

    visit(schema, "", frozenset())
    kept_open = tuple(sorted(p for p in open_ if not any(p.startswith(o + ".") for o in open_ if o != p)))
    return ItemFields(item, frozenset(paths), kept_open)


@lru_cache(maxsize=1)
def _list_items() -> dict[str, tuple[str, Any]]:
    """`{normalized operationId: (item name, item schema)}` for every operation whose 2xx JSON
    answer is an object with a `data` array (the numbered lists and the reports)."""
    spec = load_spec()
    found: dict[str, tuple[str, Any]] = {}
    for _method, _path, op in iter_operations(spec):
        responses = op.get("responses", {})
        code = next((c for c in sorted(responses) if str(c).startswith("2")), None)
        if code is None:
            continue
        content = resolve(responses[code], spec).get("content", {})
        schema = content.get("application/json", {}).get("schema")
        if not isinstance(schema, Mapping):
            continue
        data = resolve(schema, spec).get("properties", {}).get("data")
        if not isinstance(data, Mapping):
            continue
        data = resolve(data, spec)
        if data.get("type") != "array" or not isinstance(data.get("items"), Mapping):
            continue
        items = data["items"]
        ref = items.get("$ref", "")
        name = ref[len(_REF_PREFIX) :] if isinstance(ref, str) and ref.startswith(_REF_PREFIX) else "item"
        found[normalized(op["operationId"])] = (name, items)
    return found


@cache
def item_fields(operation: str) -> ItemFields | None:
    """The fields a filter of the list operation `operation` (`list_offers` or `listOffers`)
    may name, read from the spec once and cached; None when the spec does not describe its items.
    """
    found = _list_items().get(normalized(operation))
    if found is None:
        return None
    name, schema = found
    fields = field_paths(schema, load_spec(), name)
    declared = set()
    for param in operation_parameters(operation):
        wire = param.get("name", "")
        if param.get("in") == "query" and wire.startswith("filter[") and wire.endswith("]"):
            declared.add(wire[len("filter[") :].split("]", 1)[0])
    extra = {field for field in declared if field and field not in fields}
    if extra:
        fields = ItemFields(fields.item, fields.paths | extra, fields.open)
    return fields


SDK_BYPASS = "pass strict_filters=False to send it anyway"
"""How `unknown_field_error` tells an SDK user to send an unknown field anyway; the command line
gives its own (`--allow-unknown-filter`)."""


def unknown_field_error(where: str, field: str, known: ItemFields, *, shown: str, bypass: str) -> ConfigurationError:
    """The error for a filter on `field`, which the items of `where` (`offers.list_offers`) do
    not have: it names what the user typed (`shown`: `filters['status']`, `--filter
    status=Active`), a near miss, every valid field and how to send it anyway (`bypass`)."""
    near = known.suggest(field)
    hint = f" Did you mean {' or '.join(repr(n) for n in near)}?" if near else ""
    free = " (any key below a name.* passes)" if known.open else ""
    return ConfigurationError(
        f"{where}: {shown}: the items of this operation ({known.item}) have no field {field!r}, so the API "
        f"would match nothing.{hint} Valid fields, dotted for nested ones{free}: {', '.join(known.names())}. "
        f"Or {bypass} (for a field the API has that the spec does not list)."
    )


def check_filter_fields(
    where: str, operation: str, fields: Iterable[str], *, strict: bool, bypass: str = SDK_BYPASS
) -> None:
    """ConfigurationError (`unknown_field_error`) for the first of `fields` that the items of
    `operation` (`list_offers`; `where` names it in messages) do not have, when `strict`.
    Nothing is refused when `strict` is False or the spec does not describe the items."""
    names = list(fields) if strict else []
    known = item_fields(operation) if names else None  # the spec is read only for filters given
    if known is None:
        return
    for field in names:
        if field not in known:
            raise unknown_field_error(where, field, known, shown=f"filters[{field!r}]", bypass=bypass)


def check_strict(value: object, name: str = "strict_filters") -> bool:
    """`value` if it is True or False, else ConfigurationError naming `name`."""
    if not isinstance(value, bool):
        raise ConfigurationError(f"{name} must be True or False, got {value!r}")
    return value
