"""Contains some shared types for properties"""

import datetime
import decimal
import math
import re
from collections.abc import Callable, Mapping, MutableMapping
from enum import Enum
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar, cast
from uuid import UUID

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


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


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "UnreadableValue",
    "Unset",
    "json_type",
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
