"""Contains some shared types for properties"""

import datetime
import decimal
import math
import re
import threading
from collections.abc import Callable, Mapping, MutableMapping
from enum import Enum
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar, cast
from uuid import UUID

from attrs import define


class Unset:
    """The type of `UNSET`: the value of a field the object did not have (null reads as None)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


# --- Reading response values -------------------------------------------------------------------
#
# Added by openapi/templates/ (the generator's own types.py plus what follows). Every response
# model's `from_dict` reads its fields through these, so that one odd field never costs a whole
# page: real APIs send `null` where the spec says string, `""` or MySQL's zero date
# `0000-00-00 00:00:00` for a date, numbers as text. The rule, per field (not per list item):
#
#   null                              -> None ([] for an array)
#   "" (or blanks) for a date, date-time, number, integer, boolean, object  -> None ([] for an array)
#   a zero date "0000-00-00..."       -> None
#   a numeric string for a number     -> that number ("12" -> 12, "1.5" -> 1.5, "12.0" -> 12 for an integer)
#   "true"/"false"/"1"/"0", 1/0 for a boolean -> True/False
#
# A value that still cannot be read raises UnreadableValue, which says where (the dotted path of
# JSON keys, e.g. `data[3].default_payout.payout`) and what JSON type came, never the value (it
# may be secret). The generated code only calls these helpers when a value is not already of the
# expected type, so well-formed answers pay for one type check per field.

_JSON_TYPES: dict[type, str] = {
    type(None): "null",
    bool: "boolean",
    int: "integer",
    float: "number",
    str: "string",
    list: "array",
    dict: "object",
}
_INTEGER = re.compile(r"[-+]?[0-9]+")
_NUMBER = re.compile(r"[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?")
_TRUE = frozenset({"true", "1"})
_FALSE = frozenset({"false", "0"})
_ZERO_DATE = "0000-00-00"


def json_type(value: object) -> str:
    """The JSON type of a decoded value: "null", "boolean", "integer", "number", "string", "array", "object"."""
    return _JSON_TYPES.get(type(value)) or type(value).__name__


class UnreadableValue(ValueError):
    """A response value that cannot be read as its field's type, even leniently.

    `path` is where it is, as JSON keys and list indices (`data[3].default_payout.payout`);
    `type_name` is the JSON type that came ("string", "null", ... or "missing" for a required
    field that is absent); `expected` is what the spec asks for. The value itself is not kept.
    The path is built while the error propagates out of nested `from_dict` calls.
    """

    def __init__(self, key: str | int, type_name: str, expected: str) -> None:
        super().__init__(key, type_name, expected)  # what pickling replays
        self._parts: list[str | int] = [key]
        self.type_name = type_name
        self.expected = expected

    def __reduce__(self) -> Any:
        return (_unreadable, (list(self._parts), self.type_name, self.expected))

    def within(self, key: str | int) -> "UnreadableValue":
        """Prefix the path with the key (or list index) that holds it; returns self."""
        self._parts.append(key)
        return self

    @property
    def path(self) -> str:
        out = ""
        for part in reversed(self._parts):
            out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
        return out

    def __str__(self) -> str:
        return f"{self.path}: expected {self.expected}, got {self.type_name}"


def _blank(value: object) -> bool:
    return value is None or (type(value) is str and not value.strip())


def _unreadable(parts: list[str | int], type_name: str, expected: str) -> "UnreadableValue":
    error = UnreadableValue(parts[0], type_name, expected)
    error._parts = parts
    return error


def read_int(value: Any, key: str | int) -> int | None:
    """An integer field's value that is not an int: None for null/"", a number from a numeric
    string (`"12"`, `"12.0"`; exactly, through Decimal, and within Python's digit limit)."""
    if _blank(value):
        return None
    try:
        if type(value) is str:
            text = value.strip()
            if _INTEGER.fullmatch(text):
                return int(text)
            if _NUMBER.fullmatch(text):
                exact = decimal.Decimal(text)
                if exact == exact.to_integral_value():
                    return int(exact)
        elif type(value) is float and value.is_integer():
            return int(value)
    except (ValueError, ArithmeticError):  # more digits than int() takes, or no finite number
        pass
    raise UnreadableValue(key, json_type(value), "integer")


def read_float(value: Any, key: str | int) -> float | None:
    """A number field's value that is not a float: ints as they are, None for null/"", numeric strings read."""
    if type(value) is int:
        return value
    if _blank(value):
        return None
    if type(value) is str and _NUMBER.fullmatch(value.strip()):
        number = float(value)
        if math.isfinite(number):
            return number
    raise UnreadableValue(key, json_type(value), "number")


def read_bool(value: Any, key: str | int) -> bool | None:
    """A boolean field's value that is not a bool: None for null/"", "true"/"false"/"1"/"0" and 1/0 read."""
    if _blank(value):
        return None
    text = value.strip().lower() if type(value) is str else value if type(value) is int else None
    if text in _TRUE or text == 1:
        return True
    if text in _FALSE or text == 0:
        return False
    raise UnreadableValue(key, json_type(value), "boolean")


def read_datetime(value: Any, key: str | int) -> datetime.datetime | None:
    """A date-time field's value: ISO 8601 text read, None for null/""/a zero date."""
    if type(value) is str:
        try:
            return datetime.datetime.fromisoformat(value)
        except ValueError:
            text = value.strip()
        if not text or text.startswith(_ZERO_DATE):
            return None
        try:
            return datetime.datetime.fromisoformat(text)
        except ValueError:
            pass
    elif value is None:
        return None
    raise UnreadableValue(key, json_type(value), "date-time")


def read_date(value: Any, key: str | int) -> datetime.date | None:
    """A date field's value: ISO 8601 text (a date, or a date-time's date), None for null/""/a zero date."""
    if type(value) is str:
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            text = value.strip()
        if not text or text.startswith(_ZERO_DATE):
            return None
        try:
            return datetime.datetime.fromisoformat(text).date()
        except ValueError:
            pass
    elif value is None:
        return None
    raise UnreadableValue(key, json_type(value), "date")


def read_uuid(value: Any, key: str | int) -> UUID | None:
    """A uuid field's value: read from text, None for null/""."""
    if _blank(value):
        return None
    if type(value) is str:
        try:
            return UUID(value.strip())
        except ValueError:
            pass
    raise UnreadableValue(key, json_type(value), "uuid")


E = TypeVar("E", bound=Enum)


def read_enum(enum: type[E], value: Any, key: str | int) -> E | None:
    """An enum field's value: a member, None for null/"" (unless "" is a member)."""
    try:
        return enum(value)
    except ValueError:
        if _blank(value):
            return None
    raise UnreadableValue(key, json_type(value), f"one of {enum.__name__}'s values")


def read_object(value: Any, key: str | int) -> None:
    """Check an object field's value that is not an object: null, "" and [] (PHP's empty array)
    stand for no object (the field reads as None); anything else raises UnreadableValue."""
    if _blank(value) or (type(value) is list and not value):
        return None
    raise UnreadableValue(key, json_type(value), "object")


def read_array(value: Any, key: str | int) -> list[Any]:
    """An array field's value that is not an array: [] for null and ""."""
    if _blank(value):
        return []
    raise UnreadableValue(key, json_type(value), "array")


M = TypeVar("M")
_DICT_ONLY = frozenset({dict})


def read_items(items: list[Any], read: Callable[[Any], M], key: str) -> list[M]:
    """The items of an array of objects, each read by `read` (a model's `from_dict`).

    An item that is not an object is an error (items, unlike fields, are not made None).
    """
    if _DICT_ONLY.issuperset(map(type, items)):  # the usual page: read in one pass, no index kept
        try:
            return list(map(read, items))
        except UnreadableValue:
            pass  # read again below, which names the item's index
    out: list[M] = []
    for index, item in enumerate(items):
        if type(item) is not dict:
            raise UnreadableValue(index, json_type(item), "object").within(key)
        try:
            out.append(read(item))
        except UnreadableValue as error:
            raise error.within(index).within(key) from None
    return out


def read_values(items: list[Any], kind: type | None, read: Callable[[Any, int], M | None], key: str) -> list[M]:
    """The items of an array of scalars: those of type `kind` as they are, others read by `read`
    (read_int, ...). A null item is an error (items, unlike fields, are not made None)."""
    out: list[M] = []
    for index, item in enumerate(items):
        if type(item) is kind:
            out.append(cast(M, item))
            continue
        value = read(item, index)
        if value is None:
            raise UnreadableValue(index, json_type(item), "a value").within(key)
        out.append(value)
    return out


# --- How models show themselves and how they read a page fast -------------------------------------

_repr_running = threading.local()


def model_repr(model: Any, secret: tuple[str, ...] = ()) -> str:
    """A model's repr: the fields that are set (not UNSET) in declaration order, as
    `Offer(id='o-1', name='Summer', active=True)`, then `additional_properties=...` when not empty.
    A field read by its API name (`hash` for the attribute `hash_`) is shown by that name.
    Fields in `secret` (those the spec calls a credential: signed URLs, tokens) show as '***'.
    A model that contains itself shows as `Name(...)` the second time."""
    cls = type(model)
    name = cls.__qualname__.rsplit(">.", 1)[-1]
    running: set[int] = _repr_running.__dict__.setdefault("ids", set())
    if id(model) in running:
        return f"{name}(...)"
    running.add(id(model))
    try:
        parts = []
        for field in cls.__attrs_attrs__:
            if field.name == "additional_properties" or not field.repr:
                continue
            value = getattr(model, field.name, UNSET)
            if value is not UNSET:
                shown = "'***'" if field.name in secret and value is not None else repr(value)
                parts.append(f"{_shown_name(cls, field.name)}={shown}")
        additional = getattr(model, "additional_properties", None)
        if additional:
            parts.append(f"additional_properties={additional!r}")
    finally:
        running.discard(id(model))
    return f"{name}({', '.join(parts)})"


def _shown_name(cls: type, name: str) -> str:
    """`hash` for `hash_` where the model also has the property `hash` (the API's name)."""
    if name.endswith("_") and isinstance(getattr(cls, name[:-1], None), property):
        return name[:-1]
    return name


# A field of a response model for LayoutReaders: its JSON key, its attribute (Python) name,
# whether it is required, and the statements that read its value once it is in the local named
# like the attribute (tolerant.jinja's `convert` for a present value; "" when none are needed).
LayoutField = tuple[str, str, bool, str]

_MAX_LAYOUTS = 32  # readers kept per model; objects of further layouts are read key by key
_MAX_SEEN = 256  # layouts counted towards _COMPILE_AFTER per model (the count restarts beyond)
# Objects of a layout read key by key before it gets a reader: compiling one costs about as much
# as reading a few hundred objects (0.5-1.5 ms), so an answer of a few objects never pays for it
# and a page of 100 or a report of thousands does once per process.
_COMPILE_AFTER = 16


class LayoutReaders:
    """Readers of one response model, each written for one key layout (the keys of an object, in
    their order), for `from_dict` of a plain dict (issue 18). The objects of a page share their
    layout, and straight-line code that unpacks `src_dict.values()` (into the new instance's
    attributes, or locals for the values that are checked), checks only the fields the object
    has and sets the others to UNSET costs about half of a `.get` per field.

    A reader's statements are the model's own (`LayoutField`, from tolerant.jinja's `convert`),
    in declaration order, so it reads and fails as the model's `_read_each_key` does; it only
    skips the lookups. Each reader first checks that the object has its layout (a tuple of the
    keys, compared with the last object's: the same strings within a page) and hands any other
    to the model module's `_read_other_layout`, which asks `reader` for that layout's.

    A layout gets a reader once `_COMPILE_AFTER` objects of it were read key by key (a few
    objects are not worth compiling), at most `_MAX_LAYOUTS` per model; a layout without a required key, or with a key that is not
    a string, gets none (those objects are read key by key, which names what is missing). The
    compiled code names only the model's attributes and `_x<position>` locals: the keys of the
    payload reach it as data (`_extra_keys`), never as code.
    """

    def __init__(self, cls: type, fields: tuple[LayoutField, ...], additional: bool, namespace: dict[str, Any]) -> None:
        self._cls = cls
        self._fields = fields
        self._by_key = {key: name for key, name, _, _ in fields}
        self._required = frozenset(key for key, _, required, _ in fields if required)
        self._additional = additional
        self._namespace = namespace  # the model module's globals: the names its statements use
        self._readers: dict[tuple[Any, ...], Callable[[dict[str, Any]], Any]] = {}
        self._seen: dict[tuple[Any, ...], int] = {}  # layouts without a reader: objects read

    def reader(self, keys: tuple[Any, ...]) -> Callable[[dict[str, Any]], Any] | None:
        """The reader of objects with exactly these keys in this order, or None (read them slowly)."""
        found = self._readers.get(keys)
        if found is not None or len(self._readers) >= _MAX_LAYOUTS:
            return found
        seen = self._seen.get(keys, 0) + 1
        if seen < _COMPILE_AFTER:
            if len(self._seen) >= _MAX_SEEN:
                self._seen.clear()
            self._seen[keys] = seen
            return None
        if not self._required.issubset(keys) or not all(type(key) is str for key in keys):
            return None
        found = self._readers[keys] = self._compile(keys)
        return found

    def _compile(self, keys: tuple[str, ...]) -> Callable[[dict[str, Any]], Any]:
        # Values that need no statements are unpacked straight into the new instance's
        # attributes; the others into locals named like the attribute, stored once read.
        statements = {key: code for key, _, _, code in self._fields if code.strip()}
        targets = []
        extras = []
        for index, key in enumerate(keys):
            name = self._by_key.get(key)
            if name is None:
                targets.append(f"_x{index}")
                extras.append((key, f"_x{index}"))
            else:
                targets.append(name if key in statements else f"_instance.{name}")
        present = set(keys)
        body = ["_instance = _new(_cls)"]
        if keys:
            body.append(f"({', '.join(targets)},) = src_dict.values()")
        for key, name, _, _ in self._fields:
            if key in present and key in statements:
                body.extend(statements[key].splitlines())
                body.append(f"_instance.{name} = {name}")
        absent = [f"_instance.{name}" for key, name, _, _ in self._fields if key not in present]
        if absent:
            body.append(f"{' = '.join(absent)} = UNSET")
        if self._additional:
            pairs = ", ".join(f"_k{n}: {local}" for n, (_, local) in enumerate(extras))
            body.append("_instance.additional_properties = {" + pairs + "}")
        body.append("return _instance")
        # The keys of the last object read are kept (those of a page are the same strings,
        # which compare fastest); any other layout goes to the model module's _read_other_layout.
        source = "def _make(_new, _cls, _extra_keys, _layout):\n"
        if extras:
            source += f"    ({', '.join(f'_k{n}' for n in range(len(extras)))},) = _extra_keys\n"
        source += "    def _read(src_dict):\n        nonlocal _layout\n"
        source += "        if (_keys := tuple(src_dict)) != _layout:\n            return _read_other_layout(src_dict)\n"
        source += "        _layout = _keys\n"
        source += "".join(f"        {line}\n" for line in body if line.strip())
        source += "    return _read\n"
        scope: dict[str, Any] = {}
        exec(compile(source, f"<{self._cls.__name__} reader>", "exec"), self._namespace, scope)
        made: Callable[[dict[str, Any]], Any] = scope["_make"](
            object.__new__, self._cls, tuple(k for k, _ in extras), keys
        )
        return made


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "LayoutField",
    "LayoutReaders",
    "RequestFiles",
    "Response",
    "UnreadableValue",
    "Unset",
    "json_type",
    "model_repr",
    "read_array",
    "read_bool",
    "read_date",
    "read_datetime",
    "read_enum",
    "read_float",
    "read_int",
    "read_items",
    "read_object",
    "read_uuid",
    "read_values",
]
