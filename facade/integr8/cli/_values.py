"""Reading the text users type into the values the SDK wants, with errors that name the option.

Why here and not left to the SDK: the SDK's messages name its own arguments (`start`,
`updates[3]`), which mean nothing at a terminal. Parsing first lets every message say `--from`,
`--param pagesize` or `line 4`, and nothing is sent when any value is wrong.
"""

from __future__ import annotations

import datetime as dt
import enum
import inspect
import json
import types
import typing
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .._filter_operators import FILTER_OPERATORS
from ._errors import CliError

if TYPE_CHECKING:
    from .._filters import ItemFields
    from .._times import Names

# The SDK's readers (`integr8._times`) and errors are imported when a value is read, not when the
# command line starts: `integr8 --help` loads no part of the SDK or httpx (tests/test_startup.py).

# The operators of `filter[field][op]` are the SDK's own list, `FILTER_OPERATORS`
# (`integr8._filter_operators`, which imports nothing, so `--help` stays light).
# The forms `integr8._times` reads (its DATE_FORMS, word for word: tests/test_startup.py checks),
# for the options' help, which typer builds before any command runs.
DATE_FORMATS_HELP = (
    "2025-02-07 or 20250207 (a date), '2025-02-07 10:00' or '2025-02-07 10:00:00' (T or a space "
    "between), optionally with Z or an offset such as +01:00"
)


def window_options() -> Names:
    """The SDK's window messages, in the options' names."""
    from .._times import Names

    return Names(start="--from", end="--to", timezone="--timezone", ask_utc="--timezone UTC")


def parse_when(text: str, option: str) -> dt.date | dt.datetime:
    """`--from`/`--to` text as a date (a whole day) or a datetime (naive: in `--timezone`).

    The SDK's reader (`integr8._times.read_when`): every form means what it means to the SDK.
    """
    from .._times import read_when
    from ..errors import ConfigurationError

    try:
        return read_when(text, option)
    except ConfigurationError as exc:
        raise CliError(str(exc)) from None


def split_names(text: str | None, option: str) -> list[str]:
    """`a,b,c` -> ["a", "b", "c"]; empty names are an error."""
    if text is None:
        return []
    names = [part.strip() for part in text.split(",")]
    if any(not name for name in names):
        raise CliError(f"{option}: empty name in {text!r} (use a,b,c)")
    return names


def assignment(text: str, option: str) -> tuple[str, str]:
    """`name=value` -> (name, value)."""
    name, sep, value = text.partition("=")
    if not sep or not name.strip():
        raise CliError(f"{option}: expected name=value, got {text!r}")
    return name.strip(), value


# -- --filter --------------------------------------------------------------------------------


ALLOW_UNKNOWN_FILTER = "--allow-unknown-filter"
"""The `integr8 list` flag that sends a --filter field the spec does not list (the SDK's
`strict_filters=False`)."""


def parse_filters(
    items: Sequence[str],
    fields: ItemFields | None = None,
    *,
    allow_unknown: bool = False,
    where: str = "",
) -> dict[str, Any]:
    """`--filter` values as `client.paginate(filters=...)` wants them.

    `active=true` -> {"active": "true"}; `name.like=summer` -> {"name": {"like": "summer"}}.
    Operators are exactly the SDK's (`FILTER_OPERATORS`). Field names may contain dots
    (`results_meta.total`), so `X.Y=v` is read with `fields`, the item fields of the operation
    (`integr8._filters.item_fields`; `where` names it, `offers.list_offers`):

    - Y is an operator: field X, operator Y (`results_meta.total.gte=10`);
    - else X.Y is a field: field X.Y, `eq` (`results_meta.total=10`);
    - else CliError (exit 2) naming the unknown operator Y and listing the operators, and the
      valid fields when X is not a field either (`name.bogus=x` is never sent).

    A field the items do not have is CliError listing the valid ones, unless `allow_unknown`
    (`--allow-unknown-filter`): then it is sent, X.Y as one field, except after a field that
    has no sub-fields (`name.bogus`: Y can only have meant an operator). Without `fields` (the
    spec does not describe the items) every name is taken as given.
    """
    out: dict[str, Any] = {}
    for item in items:
        key, value = assignment(item, "--filter")
        field, op = _filter_key(key, fields, allow_unknown, where)
        if op is not None:
            ops = out.setdefault(field, {})
            if not isinstance(ops, dict):
                ops = out[field] = {"eq": ops}
            ops[op] = value
        elif field in out and isinstance(out[field], dict):
            out[field]["eq"] = value
        else:
            out[field] = value
    return out


def _filter_key(key: str, fields: ItemFields | None, allow_unknown: bool, where: str) -> tuple[str, str | None]:
    """`(field, operator)` of one `--filter` name (operator None: a plain value, `eq`)."""
    head, dot, tail = key.rpartition(".")
    if dot and head and tail in FILTER_OPERATORS:
        if fields is not None and not allow_unknown and head not in fields:
            raise _unknown_field(where, head, key, fields)
        return head, tail
    if fields is None or key in fields:
        return key, None
    if not dot or not head:
        if allow_unknown:
            return key, None
        raise _unknown_field(where, key, key, fields)
    if allow_unknown and head not in fields.paths:
        return key, None
    from .._filter_operators import near_operators

    near = near_operators(tail)
    hint = f" (did you mean {' or '.join(near)}?)" if near else ""
    message = (
        f"--filter {key}=...: unknown operator {tail!r}{hint}; the operators are "
        f"{', '.join(FILTER_OPERATORS)} (field.OPERATOR=value; field=value means eq)"
    )
    if head not in fields:
        message += (
            f", and neither {key!r} nor {head!r} is a field of the items of {where} ({fields.item}); "
            f"valid fields: {', '.join(fields.names())} (or add {ALLOW_UNKNOWN_FILTER} to send {key!r} as a field)"
        )
    raise CliError(message)


def _unknown_field(where: str, field: str, key: str, fields: ItemFields) -> CliError:
    from .._filters import unknown_field_error

    error = unknown_field_error(
        where, field, fields, shown=f"--filter {key}=...", bypass=f"add {ALLOW_UNKNOWN_FILTER} to send it anyway"
    )
    return CliError(str(error))


# -- --param ---------------------------------------------------------------------------------


def _members(annotation: Any) -> list[Any]:
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        found = list(typing.get_args(annotation))
    else:
        found = [annotation]
    return [m for m in found if m is not type(None) and getattr(m, "__name__", "") != "Unset"]


def _is_model(tp: Any) -> bool:
    return isinstance(tp, type) and hasattr(tp, "from_dict") and hasattr(tp, "to_dict")


def _boolean(text: str) -> bool:
    lowered = text.strip().lower()
    if lowered in ("true", "yes", "1", "on"):
        return True
    if lowered in ("false", "no", "0", "off"):
        return False
    raise ValueError("expected true or false")


def _read_at_file(text: str, name: str) -> str:
    path = Path(text[1:]).expanduser()
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise CliError(f"--param {name}=@{path}: cannot read the file ({exc.strerror})") from None


def _json(text: str, name: str) -> Any:
    try:
        return json.loads(text)
    except ValueError as exc:
        raise CliError(f"--param {name}: not valid JSON ({exc})") from None


def _lenient(text: str) -> Any:
    """A value without a usable type hint: JSON if it parses (numbers, true, {...}), else text."""
    try:
        return json.loads(text)
    except ValueError:
        return text


_KINDS: dict[Any, str] = {int: "a whole number", float: "a number", bool: "true or false"}


def _convert(tp: Any, text: str, name: str) -> Any:
    origin = typing.get_origin(tp)
    if tp is str:
        return text
    if tp is bool:
        return _boolean(text)
    if tp is int:
        return int(text)
    if tp is float:
        return float(text)
    if origin in (list, tuple, set):
        inner = (typing.get_args(tp) or (str,))[0]
        if text.lstrip().startswith("["):
            return _json(text, name)
        return [_convert(inner, part.strip(), name) for part in text.split(",") if part.strip()]
    if _is_model(tp) or tp is dict or origin is dict:
        value = _json(text, name)
        if not isinstance(value, dict):
            raise CliError(f"--param {name}: expected a JSON object ({{...}}) or @file.json")
        return value
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return text  # the SDK checks it against the allowed values and says which they are
    if tp in (dt.date, dt.datetime):
        return text  # the SDK reads ISO dates
    return _lenient(text)


def describe_params(signature: inspect.Signature) -> str:
    """`integration_id (required), pagesize, sort` for messages."""
    names = [
        f"{name} (required)" if param.default is inspect.Parameter.empty else name
        for name, param in signature.parameters.items()
    ]
    return ", ".join(names) or "none"


def operation_params(info: Any, items: Iterable[str], *, reserved: Iterable[str] = ()) -> dict[str, Any]:
    """`--param name=value` items as keyword arguments of the operation `info`.

    Conversion follows the generated signature: `str` stays text (an offer id "0012" keeps its
    zeros), `int`/`bool` are parsed, lists are comma-separated, request bodies are JSON (inline or
    `@file.json`); parameters without a usable type are read as JSON when they parse, else text.
    """
    signature: inspect.Signature = info.signature
    where = f"{info.tag}.{info.name}"
    blocked = set(reserved)
    out: dict[str, Any] = {}
    for item in items:
        name, text = assignment(item, "--param")
        param = signature.parameters.get(name)
        if param is None or name in blocked:
            allowed = inspect.Signature([p for n, p in signature.parameters.items() if n not in blocked])
            raise CliError(f"{where} has no parameter {name!r}; its parameters: {describe_params(allowed)}")
        if name in out:
            raise CliError(f"--param {name} is given twice")
        if text.startswith("@"):
            text = _read_at_file(text, name)
        members = _members(param.annotation)
        if str in members:
            out[name] = text if not any(_is_model(m) for m in members) else _lenient(text)
            continue
        try:
            out[name] = _convert(members[0], text, name) if len(members) == 1 else _lenient(text)
        except ValueError as exc:
            # Python's own text ("invalid literal for int() with base 10") means nothing at a terminal.
            kind = _KINDS.get(members[0]) or f"{getattr(members[0], '__name__', 'value')} ({exc})"
            raise CliError(f"--param {name}={text!r}: expected {kind}") from None
    return out


def check_required(info: Any, params: dict[str, Any], *, provided: Iterable[str] = ()) -> None:
    """One message naming every required parameter that is missing."""
    have = set(params) | set(provided)
    missing = [
        name
        for name, param in info.signature.parameters.items()
        if param.default is inspect.Parameter.empty and name not in have
    ]
    if missing:
        needed = " ".join(f"--param {name}=..." for name in missing)
        raise CliError(f"{info.tag}.{info.name} needs {needed}")


def check_window(start: str, end: str, timezone: str) -> None:
    """`--from`/`--to` as the SDK will check them (order, time zone, clock changes), before
    any request, with the options' names in the message (`integr8._times.window`)."""
    from .._times import window
    from ..errors import ConfigurationError

    try:
        window(start, end, timezone, names=window_options())
    except ConfigurationError as exc:
        raise CliError(str(exc)) from None
