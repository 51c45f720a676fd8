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

from ._errors import CliError

if TYPE_CHECKING:
    from .._times import Names

# The SDK's readers (`integr8._times`) and errors are imported when a value is read, not when the
# command line starts: `integr8 --help` loads no part of the SDK or httpx (tests/test_startup.py).

# Operators of the API's `filter[field][op]` syntax, as the reference lists them.
FILTER_OPERATORS = frozenset({"eq", "ne", "eq_n", "like", "gt", "gte", "lt", "lte", "in", "nin"})
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


def parse_filters(items: Sequence[str]) -> dict[str, Any]:
    """`--filter` values as `client.paginate(filters=...)` wants them.

    `status=Active` -> {"status": "Active"}; `name.like=summer` -> {"name": {"like": "summer"}}.
    Field names may contain dots (`results_meta.total`), so the text after the last dot is an
    operator only when it is one of FILTER_OPERATORS: `results_meta.total.gte=10` is field
    `results_meta.total`, operator `gte`; `results_meta.total=10` is field `results_meta.total`.
    """
    out: dict[str, Any] = {}
    for item in items:
        key, value = assignment(item, "--filter")
        field, dot, suffix = key.rpartition(".")
        if dot and field and suffix in FILTER_OPERATORS:
            ops = out.setdefault(field, {})
            if not isinstance(ops, dict):
                ops = out[field] = {"eq": ops}
            ops[suffix] = value
        elif key in out and isinstance(out[key], dict):
            out[key]["eq"] = value
        else:
            out[key] = value
    return out


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
            kind = getattr(members[0], "__name__", "value")
            raise CliError(f"--param {name}={text!r}: expected {kind} ({exc})") from None
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
