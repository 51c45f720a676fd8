"""Spec-driven answers for what the sandbox does not model: the synthesiser.

Why: the sandbox must answer every operation of the spec it is given, including one that
appeared in a newer spec after this code was written (issue 17: adopt a compatible spec and the
conformance, probe and fuzz tests still pass with no new code). Operations with real semantics
have handlers, plain collections get the generic CRUD; everything else is answered here, from
the spec alone.

What an operation without a handler or CRUD binding gets. First what every operation gets:
routing, authentication, and the request checked against the spec (path, query and header
parameters, the JSON body: `_checks`, a 400 naming the parameter or field and the rule). Then:

- status: the lowest 2xx status the operation documents (200 when it documents only `2XX` or
  `default`); no body when that response has no content, for HEAD, and for 204/205/304.
- body: from that response's JSON schema (`$ref`s to `components/responses` and schemas
  followed). Each value comes from, in this order: the response's own example (the media type's
  `example`, else the first of its `examples` whose value fits the schema); the schema's
  `example` (or, OpenAPI 3.1, the first of its `examples`) when it fits; its `default` when it
  fits; `const`; the first value of `enum`; else a value generated from the schema. Objects get
  every property (in responses, not the `writeOnly` ones), so the examples of properties are
  used where the object has none.
- list operations (`x-pagination: numbered`, or a `page[number]` query parameter, with a `data`
  array in the response schema): a stable collection of `LIST_SIZE` items (built as above from
  the item schema, or taken from the `data` of the response's example; an `id` that repeats is
  replaced so that every item has its own), paged by `page[number]` and `page[size]` (default
  the parameter's `default`, else 20): `data` holds that page's items, `meta` says
  `total_count`, `total_page`, and `current_page`/`per_page` where the meta schema names such
  fields (a free-form meta gets `total_count` and `total_page`). Walking `page[number]` from 1
  until `total_page` hands out every item exactly once, so `client.paginate` works on it.
- every answer is a last page: a flag saying more follow (`hasNextPage`, `has_more`, ...) is set
  false, even where an example says true, so a cursor walker stops instead of reading the same
  page for ever.
- response headers the spec marks `required` are sent, with generated values.

Generated values follow the schema: `type` (one, or a list as in 3.1: the first that is not
"null"), `enum`, `const`, `format` (date-time, date, time, uuid, email, uri/url, hostname,
ipv4, ipv6, byte), `pattern` where simple (literals, `[...]` classes, `\\d \\w \\s .`, groups
with `|`, quantifiers; the text is checked against the pattern before use), `minimum`/`maximum`
(exclusive ones too) and `multipleOf`, `minLength`/`maxLength`, arrays of 1 to 3 items within
`minItems`/`maxItems` (distinct under `uniqueItems`), `properties`, `allOf` (merged), `oneOf`/
`anyOf` (the first branch). Booleans are false unless an example or default says otherwise (a
`hasNextPage` must not send a cursor walker round forever). `$ref` cycles are cut: a schema
already being built further up is left out (an empty array where it is an array's items), as is
anything nested deeper than `MAX_DEPTH`. Plain strings take a shape from their property's name
(`id`, `*_id`: 24 hex digits like the sandbox's ids; `*_at`: RFC 3339; `email`, `*url`).

Guarantee: the answer validates against the response schema for schemas built from the
keywords above (the tests check it with openapi-core on the installed spec and on one extended
with new operations). Not guaranteed: `oneOf` branches that overlap (the first one is used,
and may fit another too), `not`, patterns beyond the simple subset, `allOf` parts that
contradict each other, required properties that are not in `properties` or whose `$ref` cycle
was cut, `multipleOf` with a fractional step (float arithmetic), and examples that break their
own schema in ways the light checks of `_checks` do not see (those checks decide whether an
example "fits": type, enum, required, limits, pattern).

Deterministic: every value comes from a `random.Random` seeded with the sandbox seed, the
operationId and the item's index, so the same spec, seed and request give the same bytes, and
an answer does not depend on what was asked before.

Also here: `fill_empty_collections`, which gives a collection of the spec that the seeded world
leaves empty (a collection new in the spec) `LIST_SIZE` items built the same way, through the
CRUD create path, so that its list pages, its items can be read by id, and the probe finds ids.
"""

from __future__ import annotations

import base64
import copy
import math
import random
import re
import uuid
from collections.abc import Callable, Collection, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import httpx

from . import _crud
from ._checks import Spec, problem
from ._clock import EPOCH_TS
from ._http import empty_response, json_response
from ._listing import DEFAULT_PAGE_SIZE
from ._resources import Resource, list_item_ref
from ._routes import Route
from ._times import UTC, render_wall, rfc3339

if TYPE_CHECKING:
    from ._sandbox import Call, Sandbox

Schema = Mapping[str, Any]

LIST_SIZE = 3  # items of a synthesised list, and of a filled empty collection
MAX_DEPTH = 8  # nesting beyond this is left out
_OMIT: Any = object()  # "leave this value out": a cut cycle, or too deep
_NOTHING: Any = object()
_BODILESS = (204, 205, 304)
_JSON = re.compile(r"^application/([\w.-]+\+)?json$", re.IGNORECASE)

# Names of meta fields, by what they say (numbered pagination).
_META_COUNT = ("total_count", "totalCount", "total", "total_items", "totalItems", "total_results")
_META_PAGES = ("total_page", "total_pages", "totalPages", "page_count", "pageCount", "last_page")
_META_NUMBER = ("current_page", "currentPage", "page_number", "pageNumber", "page")
_META_SIZE = ("per_page", "perPage", "page_size", "pageSize", "size", "limit")
_NUMBER_PARAMS = ("page[number]", "page_number", "page")
_SIZE_PARAMS = ("page[size]", "page_size", "per_page", "limit")


class Synth:
    """Answers and values built from the spec (see the module docstring).

    `spec`: the sandbox's `Spec`; `seed`: the sandbox seed. Stateless apart from a cache of the
    list collections, which are the same at every call anyway.
    """

    def __init__(self, spec: Spec, seed: int) -> None:
        self.spec = spec
        self.seed = seed
        self._items: dict[str, list[Any]] = {}

    # -- answers ---------------------------------------------------------------------------

    def answer(self, call: Call) -> httpx.Response:
        """The answer to `call` (already authenticated and checked): the operation's documented
        success status, with a body and headers built from its response (see the module)."""
        route = call.route
        status, response = success_response(self.spec, route.operation)
        headers = self._headers(route.operation_id, response)
        media, content = _media(response)
        if media is None or route.method == "HEAD" or status in _BODILESS:
            answer = empty_response(status)
            answer.headers.update(headers)
            return answer
        if not _JSON.match(media):
            text = self._text(route.operation_id, content)
            return httpx.Response(status, headers={"Content-Type": media, **headers}, content=text.encode())
        return json_response(status, self.body(route.operation_id, route, content or {}, call.params), headers)

    def body(self, operation_id: str, route: Route, content: Mapping[str, Any], params: Mapping[str, Any]) -> Any:
        """The JSON body for one media type object of a response (`content["application/json"]`)."""
        schema = content.get("schema") or {}
        item_schema = self.list_item_schema(route, schema)
        example = self._media_example(content, schema)
        if item_schema is not None:
            return _last_page(self._page(operation_id, schema, item_schema, example, params))
        return _last_page(example if example is not _NOTHING else self.value(schema, key=operation_id))

    def value(self, schema: Schema, *, key: str, index: int = 0, name: str = "", examples: bool = True) -> Any:
        """A value of `schema`, the same for the same `key` and `index` (and sandbox seed).
        `name`: the property it is for (`id`, `created_at`: a plain string gets that shape);
        `examples=False` ignores examples and defaults (used to make a repeated id unique)."""
        rng = random.Random(f"integr8-sandbox-synth:{self.seed}|{key}|{index}")
        made = _Maker(self.spec, rng, examples=examples).make(schema, name)
        return None if made is _OMIT else made

    def list_item_schema(self, route: Route, schema: Schema) -> Schema | None:
        """The item schema when `route` is a numbered list (`x-pagination: numbered` or a
        `page[number]` query parameter) whose response schema has a `data` array; else None."""
        operation = route.operation
        numbered = operation.get("x-pagination") == "numbered" or any(
            p.get("in") == "query" and p.get("name") == "page[number]" for p in route.parameters
        )
        if not numbered:
            return None
        data = flat(self.spec, schema).get("properties", {}).get("data")
        if data is None:
            return None
        data = flat(self.spec, data)
        if _kind(data) != "array":
            return None
        items = data.get("items")
        return items if isinstance(items, Mapping) else {}

    def items(self, operation_id: str, item_schema: Schema, bases: Sequence[Any] = ()) -> list[Any]:
        """The stable collection of a list operation: `LIST_SIZE` items, each `id` its own."""
        cached = self._items.get(operation_id)
        if cached is not None:
            return copy.deepcopy(cached)
        key = f"{operation_id}#item"
        made = [
            copy.deepcopy(bases[i % len(bases)]) if bases else self.value(item_schema, key=key, index=i)
            for i in range(LIST_SIZE)
        ]
        self._unique_ids(made, item_schema, key)
        self._items[operation_id] = made
        return copy.deepcopy(made)

    # -- parts -----------------------------------------------------------------------------

    def _page(
        self, operation_id: str, schema: Schema, item_schema: Schema, example: Any, params: Mapping[str, Any]
    ) -> Any:
        whole = flat(self.spec, schema)
        bases: list[Any] = []
        if isinstance(example, dict) and isinstance(example.get("data"), list):
            bases = [i for i in example["data"] if problem(self.spec, item_schema, i) is None]
        items = self.items(operation_id, item_schema, bases)
        number = _first_int(params, _NUMBER_PARAMS) or 1
        size = max(1, _first_int(params, _SIZE_PARAMS) or DEFAULT_PAGE_SIZE)
        pages = math.ceil(len(items) / size)
        body = example if isinstance(example, dict) else self.value(schema, key=operation_id)
        if not isinstance(body, dict):
            body = {}
        body["data"] = items[(number - 1) * size : number * size]
        meta_schema = whole.get("properties", {}).get("meta")
        if meta_schema is not None or whole.get("additionalProperties", True) is not False:
            base = body.get("meta")
            if not isinstance(base, dict):
                made = self.value(meta_schema or {"type": "object"}, key=f"{operation_id}#meta")
                base = made if isinstance(made, dict) else {}
            counts = {"count": len(items), "pages": pages, "number": number, "size": size}
            body["meta"] = self._meta(meta_schema, base, counts)
        return body

    def _meta(self, schema: Schema | None, base: dict[str, Any], counts: Mapping[str, int]) -> dict[str, Any]:
        meta = dict(base)
        props = flat(self.spec, schema).get("properties", {}) if schema is not None else {}
        if not props:  # free-form: what `integr8.pagination` reads
            meta["total_count"], meta["total_page"] = counts["count"], counts["pages"]
            return meta
        for names, value in (
            (_META_COUNT, counts["count"]),
            (_META_PAGES, counts["pages"]),
            (_META_NUMBER, counts["number"]),
            (_META_SIZE, counts["size"]),
        ):
            for name in names:
                if name in props and _kind(flat(self.spec, props[name])) in ("integer", "number", None):
                    meta[name] = value
        return meta

    def _unique_ids(self, items: list[Any], item_schema: Schema, key: str) -> None:
        id_schema = flat(self.spec, item_schema).get("properties", {}).get("id", {"type": "string"})
        seen: set[str] = set()
        for i, item in enumerate(items):
            if not isinstance(item, dict) or "id" not in item:
                continue
            attempt = 0
            while repr(item["id"]) in seen and attempt < 20:
                attempt += 1
                item["id"] = self.value(id_schema, key=f"{key}#id{attempt}", index=i, name="id", examples=False)
            seen.add(repr(item["id"]))

    def _media_example(self, content: Mapping[str, Any], schema: Schema) -> Any:
        candidates = []
        if "example" in content:
            candidates.append(content["example"])
        for example in (content.get("examples") or {}).values():
            example = self.spec.resolve(example) if isinstance(example, Mapping) else example
            if isinstance(example, Mapping) and "value" in example:
                candidates.append(example["value"])
        for candidate in candidates:
            if problem(self.spec, schema, candidate, "example") is None:
                return copy.deepcopy(candidate)
        return _NOTHING

    def _text(self, operation_id: str, content: Mapping[str, Any] | None) -> str:
        content = content or {}
        schema = content.get("schema") or {"type": "string"}
        example = self._media_example(content, schema)
        value = example if example is not _NOTHING else self.value(schema, key=operation_id)
        return value if isinstance(value, str) else ""

    def _headers(self, operation_id: str, response: Mapping[str, Any]) -> dict[str, str]:
        out: dict[str, str] = {}
        for name, header in (response.get("headers") or {}).items():
            header = self.spec.resolve(header)
            if not header.get("required") or name.lower() in ("content-type", "content-length"):
                continue
            value = self.value(header.get("schema") or {"type": "string"}, key=f"{operation_id}#header:{name}")
            out[name] = str(value).lower() if isinstance(value, bool) else str(value)
        return out


def success_response(spec: Spec, operation: Mapping[str, Any]) -> tuple[int, Mapping[str, Any]]:
    """`(status, response object)` of the lowest documented 2xx status; `2XX` and `default`
    count as 200 when no exact 2xx status is documented; `(200, {})` when none is."""
    responses = operation.get("responses") or {}
    exact = sorted(int(code) for code in responses if str(code).isdigit() and 200 <= int(code) < 300)
    if exact:
        return exact[0], spec.resolve(responses.get(str(exact[0]), responses.get(exact[0], {})))
    for code in ("2XX", "2xx", "default"):
        if code in responses:
            return 200, spec.resolve(responses[code])
    return 200, {}


def _media(response: Mapping[str, Any]) -> tuple[str | None, Mapping[str, Any] | None]:
    """The media type to answer with: a JSON one if the response has one, else its first."""
    content = response.get("content") or {}
    for media, obj in content.items():
        if _JSON.match(media.split(";")[0].strip()):
            return media.split(";")[0].strip(), obj or {}
    for media, obj in content.items():
        return media, obj or {}
    return None, None


_MORE_FLAGS = frozenset({"hasNextPage", "has_next_page", "has_next", "hasMore", "has_more"})


def _last_page(body: Any) -> Any:
    """`body` with every flag saying more pages follow (`hasNextPage`, `has_more`, ...) set
    false: a synthesised answer is always the last page, so a cursor walker stops on it."""
    if isinstance(body, dict):
        for key, value in body.items():
            if key in _MORE_FLAGS and value is True:
                body[key] = False
            else:
                _last_page(value)
    elif isinstance(body, list):
        for value in body:
            _last_page(value)
    return body


def _first_int(params: Mapping[str, Any], names: Sequence[str]) -> int | None:
    for name in names:
        value = params.get(name)
        if isinstance(value, int) and not isinstance(value, bool):
            return value
    return None


# -- schemas -------------------------------------------------------------------------------


def flat(spec: Spec, schema: Schema | None, depth: int = 0) -> Schema:
    """`schema` with its `$ref` followed and its `allOf` parts merged into one schema:
    properties united (a property in several parts gets an `allOf` of them), `required`
    united, every other keyword from the first place that has it."""
    if schema is None:
        return {}
    schema = spec.resolve(schema)
    parts = schema.get("allOf")
    if not parts or depth > MAX_DEPTH:
        return schema
    merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
    props: dict[str, Any] = dict(merged.get("properties", {}))
    required = list(merged.get("required", ()))
    for part in parts:
        part = flat(spec, part, depth + 1)
        for name, sub in part.get("properties", {}).items():
            props[name] = {"allOf": [props[name], sub]} if name in props else sub
        required += [r for r in part.get("required", ()) if r not in required]
        for keyword, value in part.items():
            if keyword not in ("properties", "required"):
                merged.setdefault(keyword, value)
    if props:
        merged["properties"] = props
    if required:
        merged["required"] = required
    return merged


def _kind(schema: Schema) -> str | None:
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if isinstance(kind, str):
        return kind
    if any(k in schema for k in ("properties", "additionalProperties", "required")):
        return "object"
    if "items" in schema:
        return "array"
    if any(k in schema for k in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf")):
        return "number"
    return None


class _Maker:
    """Builds one value from a schema, drawing every choice from `rng`."""

    def __init__(self, spec: Spec, rng: random.Random, *, examples: bool) -> None:
        self.spec = spec
        self.rng = rng
        self.examples = examples

    def make(self, schema: Schema, name: str = "", depth: int = 0, stack: tuple[str, ...] = ()) -> Any:
        ref = schema.get("$ref") if isinstance(schema, Mapping) else None
        if isinstance(ref, str):
            if ref in stack:
                return _OMIT  # a cycle: cut here
            stack = (*stack, ref)
        if depth > MAX_DEPTH:
            return _OMIT
        schema = flat(self.spec, schema)
        if self.examples:
            found = self._example(schema)
            if found is not _NOTHING:
                return found
        if "const" in schema:
            return copy.deepcopy(schema["const"])
        enum = schema.get("enum")
        if enum:
            return copy.deepcopy(next((v for v in enum if v is not None), enum[0]))
        branches = schema.get("oneOf") or schema.get("anyOf")
        if branches:
            rest = {k: v for k, v in schema.items() if k not in ("oneOf", "anyOf")}
            return self.make({"allOf": [rest, branches[0]]}, name, depth, stack)
        kind = _kind(schema)
        maker = _KINDS.get(kind or "string", _Maker._string)
        return maker(self, schema, name, depth, stack)

    def _example(self, schema: Schema) -> Any:
        candidates = []
        if "example" in schema:
            candidates.append(schema["example"])
        examples = schema.get("examples")
        if isinstance(examples, list):
            candidates.extend(examples)
        if "default" in schema:
            candidates.append(schema["default"])
        for candidate in candidates:
            if (candidate is not None or schema.get("nullable")) and problem(self.spec, schema, candidate) is None:
                return copy.deepcopy(candidate)
        return _NOTHING

    # -- by type ---------------------------------------------------------------------------

    def _object(self, schema: Schema, name: str, depth: int, stack: tuple[str, ...]) -> Any:
        out: dict[str, Any] = {}
        for prop, sub in (schema.get("properties") or {}).items():
            if self.spec.resolve(sub).get("writeOnly"):
                continue  # answers do not show write-only fields
            value = self.make(sub, prop, depth + 1, stack)
            if value is not _OMIT:
                out[prop] = value
        extra = schema.get("additionalProperties")
        wanted = schema.get("minProperties", 0)
        n = 0
        while len(out) < wanted and extra is not False:
            n += 1
            value = self.make(
                extra if isinstance(extra, Mapping) else {"type": "string"}, f"extra{n}", depth + 1, stack
            )
            out[f"extra{n}"] = None if value is _OMIT else value
        return out

    def _array(self, schema: Schema, name: str, depth: int, stack: tuple[str, ...]) -> Any:
        low = int(schema.get("minItems", 0))
        high = int(schema.get("maxItems", max(low, 3)))
        n = min(max(self.rng.randint(1, 3), low), high)
        items = schema.get("items") or {}
        out: list[Any] = []
        seen: set[str] = set()
        for _attempt in range(5 * n + 5):
            if len(out) >= n:
                break
            value = self.make(items, name, depth + 1, stack)
            if value is _OMIT:
                return []
            if schema.get("uniqueItems"):
                if repr(value) in seen:
                    self.examples, was = False, self.examples  # an example repeats: generate
                    value = self.make(items, name, depth + 1, stack)
                    self.examples = was
                    if repr(value) in seen:
                        continue
                seen.add(repr(value))
            out.append(value)
        return out

    def _string(self, schema: Schema, name: str, depth: int, stack: tuple[str, ...]) -> Any:
        rng = self.rng
        pattern = schema.get("pattern")
        fmt = schema.get("format")
        if isinstance(pattern, str):
            found = self._patterned(pattern, schema)
            if found is not None:
                return found
        maker = _FORMATS.get(fmt) if isinstance(fmt, str) else None
        if maker is None:
            maker = _by_name(name)
        text = maker(rng) if maker is not None else f"{name or 'text'}-{rng.getrandbits(24):06x}"
        return _fit_length(text, schema)

    def _patterned(self, pattern: str, schema: Schema) -> str | None:
        rng = self.rng
        moment = _moment(rng)
        # A pattern anchored at both ends that a real time or date fits is a time or date
        # pattern (`^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$`): a real one reads better than
        # digits at random (and the sandbox's own checks insist on real dates).
        dates = [render_wall(moment, UTC), rfc3339(moment), render_wall(moment, UTC)[:10]]
        anchored = pattern.startswith("^") and pattern.endswith("$")
        candidates = dates if anchored else []
        for _ in range(5):
            made = _from_pattern(pattern, rng)
            if made is not None:
                candidates.append(made)
        for text in candidates:
            try:
                if re.search(pattern, text) and problem(self.spec, schema, text) is None:
                    return text
            except re.error:
                return None
        return None

    def _integer(self, schema: Schema, name: str, depth: int, stack: tuple[str, ...]) -> Any:
        low, high = _bounds(schema, step=1)
        if low is None and high is None:
            low, high = 1, 1000
        elif low is None:
            low = 1 if high is not None and high >= 1 else (high or 0) - 1000
        elif high is None:
            high = low + 1000
        low, high = math.ceil(low), math.floor(high or 0)
        step = schema.get("multipleOf")
        if isinstance(step, int) and step > 0:
            first = math.ceil(low / step) * step
            count = max(0, (high - first) // step)
            return first + step * self.rng.randint(0, count)
        return self.rng.randint(low, max(low, high))

    def _number(self, schema: Schema, name: str, depth: int, stack: tuple[str, ...]) -> Any:
        low, high = _bounds(schema, step=0.01)
        if low is None and high is None:
            low, high = 0.0, 1000.0
        elif low is None:
            low = min(0.0, (high or 0.0) - 1000.0)
        elif high is None:
            high = low + 1000.0
        assert low is not None and high is not None
        step = schema.get("multipleOf")
        if isinstance(step, (int, float)) and step > 0:
            first = math.ceil(low / step)
            count = max(0, math.floor(high / step) - first)
            return round((first + self.rng.randint(0, count)) * step, 10)
        value = round(self.rng.uniform(low, high), 2)
        return value if low <= value <= high else low

    def _boolean(self, schema: Schema, name: str, depth: int, stack: tuple[str, ...]) -> Any:
        return False

    def _null(self, schema: Schema, name: str, depth: int, stack: tuple[str, ...]) -> Any:
        return None


_KINDS: dict[str, Callable[[_Maker, Schema, str, int, tuple[str, ...]], Any]] = {
    "object": _Maker._object,
    "array": _Maker._array,
    "string": _Maker._string,
    "integer": _Maker._integer,
    "number": _Maker._number,
    "boolean": _Maker._boolean,
    "null": _Maker._null,
}


def _bounds(schema: Schema, step: float) -> tuple[float | None, float | None]:
    """(lowest, highest) allowed value, exclusive bounds moved in by `step`."""
    low = schema.get("minimum")
    high = schema.get("maximum")
    ex_low, ex_high = schema.get("exclusiveMinimum"), schema.get("exclusiveMaximum")
    if ex_low is True and low is not None:  # OpenAPI 3.0: a flag on minimum
        low += step
    elif isinstance(ex_low, (int, float)) and not isinstance(ex_low, bool):  # 3.1: the bound itself
        low = ex_low + step if low is None else max(low, ex_low + step)
    if ex_high is True and high is not None:
        high -= step
    elif isinstance(ex_high, (int, float)) and not isinstance(ex_high, bool):
        high = ex_high - step if high is None else min(high, ex_high - step)
    return low, high


def _moment(rng: random.Random) -> int:
    """A whole second in February 2025 (the month the seeded world covers)."""
    return int(EPOCH_TS) - 1 - rng.randrange(28 * 86400)


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


_FORMATS: dict[str, Callable[[random.Random], str]] = {
    "date-time": lambda rng: rfc3339(_moment(rng)),
    "date": lambda rng: rfc3339(_moment(rng))[:10],
    "time": lambda rng: rfc3339(_moment(rng))[11:19],
    "uuid": _uuid,
    "email": lambda rng: f"user{rng.randrange(1000)}@example.test",
    "idn-email": lambda rng: f"user{rng.randrange(1000)}@example.test",
    "uri": lambda rng: f"https://example.test/{rng.getrandbits(24):06x}",
    "url": lambda rng: f"https://example.test/{rng.getrandbits(24):06x}",
    "iri": lambda rng: f"https://example.test/{rng.getrandbits(24):06x}",
    "uri-reference": lambda rng: f"/{rng.getrandbits(24):06x}",
    "hostname": lambda rng: f"host{rng.randrange(1000)}.example.test",
    "ipv4": lambda rng: f"192.0.2.{1 + rng.randrange(254)}",
    "ipv6": lambda rng: f"2001:db8::{rng.randrange(1, 0xFFFF):x}",
    "byte": lambda rng: base64.b64encode(rng.randbytes(6)).decode(),
    "binary": lambda rng: f"{rng.getrandbits(24):06x}",
    "password": lambda rng: "********",
}


def _by_name(name: str) -> Callable[[random.Random], str] | None:
    """Realistic text for a plain string by its property name (still a plain string)."""
    lowered = name.lower()
    if lowered == "id" or lowered.endswith("_id") or name.endswith("ID"):
        return lambda rng: f"{rng.getrandbits(96):024x}"  # the store's id shape
    if lowered.endswith("_at"):
        return _FORMATS["date-time"]
    if "email" in lowered:
        return _FORMATS["email"]
    if lowered.endswith("url") or lowered in ("website", "link"):
        return _FORMATS["uri"]
    return None


def _fit_length(text: str, schema: Schema) -> str:
    """`text` padded to `minLength` and cut to `maxLength` (the lengths win over a format)."""
    low, high = schema.get("minLength"), schema.get("maxLength")
    if isinstance(low, int) and len(text) < low:
        text += "x" * (low - len(text))
    if isinstance(high, int) and len(text) > high:
        text = text[:high]
    return text


# -- patterns ------------------------------------------------------------------------------


class _Unsupported(Exception):
    pass


_DIGITS = "0123456789"
_WORD = "abcdefghijklmnopqrstuvwxyz"
_CLASS_ESCAPES = {"d": _DIGITS, "w": _WORD + _DIGITS + "_", "s": " "}


def _from_pattern(pattern: str, rng: random.Random) -> str | None:
    """A text matching the simple regex `pattern`, or None when it uses more than the subset
    (literals, escapes, `.`, classes, groups with `|`, `? * + {n} {n,} {n,m}`, anchors)."""
    try:
        parser = _Pattern(pattern, rng)
        text = parser.alternation()
        if parser.pos != len(pattern):
            return None
        return text
    except (_Unsupported, IndexError, ValueError):
        return None


class _Pattern:
    def __init__(self, pattern: str, rng: random.Random) -> None:
        self.p = pattern
        self.pos = 0
        self.rng = rng

    def alternation(self) -> str:
        options = [self.sequence()]
        while self.pos < len(self.p) and self.p[self.pos] == "|":
            self.pos += 1
            options.append(self.sequence())
        return options[0]  # the first option: enough to match, and the most predictable

    def sequence(self) -> str:
        out = []
        while self.pos < len(self.p) and self.p[self.pos] not in "|)":
            atom = self.atom()
            low, high = self.quantifier()
            out.append("".join(atom() for _ in range(self.rng.randint(low, high))))
        return "".join(out)

    def atom(self) -> Callable[[], str]:
        char = self.p[self.pos]
        self.pos += 1
        rng = self.rng
        if char in "^$":
            return lambda: ""
        if char == ".":
            return lambda: rng.choice(_WORD)
        if char == "(":
            if self.p.startswith("?:", self.pos):
                self.pos += 2
            elif self.p.startswith("?", self.pos):
                raise _Unsupported("lookaround or named group")
            start = self.pos
            self.alternation()  # to find where the group ends
            end = self.pos
            if self.pos >= len(self.p) or self.p[self.pos] != ")":
                raise _Unsupported("unclosed group")
            self.pos += 1
            inner = self.p[start:end]
            return lambda: _from_pattern(inner, rng) or ""
        if char == "[":
            return self.char_class()
        if char == "\\":
            return self.escape(in_class=False)
        if char in "*+?{":
            raise _Unsupported("a quantifier without an atom")
        return lambda: char

    def escape(self, *, in_class: bool) -> Callable[[], str]:
        char = self.p[self.pos]
        self.pos += 1
        rng = self.rng
        if char in _CLASS_ESCAPES:
            options = _CLASS_ESCAPES[char]
            return lambda: rng.choice(options)
        if char in "DWS":
            return lambda: {"D": "a", "W": "-", "S": "a"}[char]
        if char in "bB" and not in_class:
            return lambda: ""
        if char.isalnum():
            raise _Unsupported(f"escape \\{char}")
        return lambda: char

    def char_class(self) -> Callable[[], str]:
        negated = self.p[self.pos] == "^"
        if negated:
            self.pos += 1
        chars: list[str] = []
        first = True
        while first or self.p[self.pos] != "]":
            first = False
            char = self.p[self.pos]
            if char == "\\":
                self.pos += 1
                escaped = self.p[self.pos]
                if escaped in _CLASS_ESCAPES:
                    chars.extend(_CLASS_ESCAPES[escaped])
                    self.pos += 1
                    continue
                if escaped.isalnum():
                    raise _Unsupported(f"escape \\{escaped}")
                char = escaped
            self.pos += 1
            if self.p[self.pos] == "-" and self.p[self.pos + 1] != "]":
                end = self.p[self.pos + 1]
                if end == "\\":
                    raise _Unsupported("escaped range end")
                self.pos += 2
                chars.extend(chr(c) for c in range(ord(char), ord(end) + 1))
            else:
                chars.append(char)
        self.pos += 1
        if negated:
            chars = [c for c in _WORD + _DIGITS + "-_" if c not in chars]
        if not chars:
            raise _Unsupported("empty class")
        rng = self.rng
        return lambda: rng.choice(chars)

    def quantifier(self) -> tuple[int, int]:
        if self.pos >= len(self.p):
            return 1, 1
        char = self.p[self.pos]
        found: tuple[int, int] | None = None
        if char == "?":
            found = (0, 1)
        elif char == "*":
            found = (0, 3)
        elif char == "+":
            found = (1, 3)
        elif char == "{":
            match = re.match(r"\{(\d+)(,(\d*))?\}", self.p[self.pos :])
            if match is None:
                raise _Unsupported("a brace that is no quantifier")
            low = int(match.group(1))
            high = low if match.group(2) is None else (int(match.group(3)) if match.group(3) else low + 2)
            self.pos += len(match.group(0))
            if self.pos < len(self.p) and self.p[self.pos] in "?+":
                self.pos += 1
            return low, min(high, low + 10)
        if found is None:
            return 1, 1
        self.pos += 1
        if self.pos < len(self.p) and self.p[self.pos] in "?+":
            self.pos += 1  # lazy or possessive: same texts
        return found


# -- empty collections ---------------------------------------------------------------------


def fill_empty_collections(sb: Sandbox, handled: Collection[str]) -> list[Resource]:
    """Give each collection the seeded world left empty `LIST_SIZE` items; returns those filled.

    Which: a CRUD collection that is not a view of another, none of whose operations has a
    handler (`handled`: operationIds), and whose parents in the path can be found (a root such as
    `integrationID`, or the first item of the parent collection: the one a client lists first).
    In today's spec every collection is seeded or handled, so this only acts on collections new
    in the spec. The items are built like a synthesised list's (`Synth.value` on the list's item
    schema, same keys, so the same seed gives the same items), created through the CRUD create
    path (server-made `id`, `incremental_id`, parent fields) and dated in February 2025.
    """
    filled: list[Resource] = []
    ops: dict[str, list[str]] = {}
    for operation_id, binding in sb.bindings.items():
        ops.setdefault(binding.resource.collection, []).append(operation_id)
    for res in sorted(sb.resources.values(), key=lambda r: len(r.parents)):
        mine = ops.get(res.collection, [])
        if res.view_of or len(sb.store.collection(res.collection)) or any(op in handled for op in mine):
            continue
        lister = next((op for op in mine if sb.bindings[op].kind == "list"), None)
        route = sb.router.routes.get(lister or "")
        if route is None:
            continue
        path = _parent_path(sb, res)
        if path is None:
            continue
        item_schema = list_item_ref(sb.checks, route.operation) or {"type": "object"}
        for i in range(LIST_SIZE):
            body = sb.synth.value(item_schema, key=f"{route.operation_id}#item", index=i)
            record = _crud.create(sb, res, path, body if isinstance(body, dict) else {})
            stamp = rfc3339(int(EPOCH_TS) - (LIST_SIZE - i) * 86400)
            for field in ("created_at", "updated_at"):
                if field in record.data:
                    record.data[field] = stamp
        filled.append(res)
    return filled


def _parent_path(sb: Sandbox, res: Resource) -> dict[str, str] | None:
    path: dict[str, str] = {}
    for param in res.parents:
        roots = sb.roots.get(param)
        if roots:
            path[param] = roots[0]
            continue
        owner = sb.owner_of(param)
        if owner is None:
            return None
        source = sb.resources[owner.view_of] if owner.view_of else owner
        first = next(
            (
                r
                for r in sb.store.collection(source.collection)
                if not r.archived and all(r.parents.get(p) == path.get(p) for p in owner.parents)
            ),
            None,
        )
        if first is None:
            return None
        path[param] = first.id
    return path
