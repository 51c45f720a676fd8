"""Every generated operation: what the facade knows about it, and how its requests are checked.

`client.<tag>.<operation>(...)` is generated: `integr8_client.api` (from
`openapi/templates/api_init.py.jinja`, written by `scripts/regen.sh`) has, per tag, a sync and an
async class whose methods carry each operation's own parameters, return model and docstring, so
type checkers, IDEs and `help()` know them. `Integr8` and `AsyncIntegr8` inherit one attribute
per tag from its `Operations`/`AsyncOperations` mixins. A method sends nothing itself: it calls
`client.call_operation(tag, name, path_args, params, extra_query, extra_headers, timeout)`, which
looks the operation up here (`operation_info`) and sends it like every other request of the SDK.
Each bound method names its operation in `__integr8_operation__ = (tag, name)`, which is how
`paginate` and the command line find the `OperationInfo` of `client.offers.list_offers`.

This module finds the operations in the generated package (`catalog()`: the modules under
`integr8_client.api`, as its generated `OPERATION_MODULES` lists them), so a new spec regenerates
`integr8_client` and its new operations work with no facade change; an operation's module is
imported the first time it is used, so `import integr8` loads none of them. The spec's limits of
each operation's parameters come from a table generated beside it (`parameter_table`).

Each generated module has `_get_kwargs(**params)` (the request: method, url, params, json) and
`_parse_response(client=, response=)` (the documented models). The facade builds the request with
the former (`OperationInfo.request_kwargs`: plain values converted, URL ids and the spec's limits
checked), sends it through its own httpx client (retries, typed errors), and parses 2xx answers
with the latter (`OperationInfo.parse`). The generated `sync()` would silently return None on an
undocumented status; this never does.
"""

from __future__ import annotations

import datetime as dt
import enum
import importlib
import inspect
import json
import os
import re
import types
import typing
from collections.abc import Callable
from functools import cache, cached_property
from typing import TYPE_CHECKING, Any

import httpx

from ._pagination import wire_value
from .errors import APIResponseValidationError, ConfigurationError

if TYPE_CHECKING:
    from integr8_client.client import AuthenticatedClient, Client

API_PACKAGE = "integr8_client.api"


def attribute_name(module_name: str) -> str:
    """The facade's name for a generated tag module: `publisher_sub_i_ds` -> `publisher_sub_ids`.

    The generator snake-cases the tag `PublisherSubIDs` letter by letter; users should not have
    to type that. The template of the typed bindings (`openapi/templates/api_init.py.jinja`)
    names the client's tag attributes by the same rule; tests/test_typed_api.py checks that the
    two agree for every tag.
    """
    return re.sub(r"_i_ds(?=_|$)", "_ids", module_name)


@cache
def catalog() -> dict[str, dict[str, str]]:
    """`{tag attribute: {operation name: module path}}` for every generated operation.

    Read from the generated bindings' `OPERATION_MODULES` (`integr8_client.api`, which the client
    imports anyway), which lists exactly the modules under the package's tag folders
    (tests/test_startup.py checks it against them): no tag package and no operation module is
    imported (the first call of an operation imports its own module, and the models it uses).
    """
    api = importlib.import_module(API_PACKAGE)
    modules: dict[str, dict[str, str]] = api.OPERATION_MODULES
    return {tag: {name: f"{API_PACKAGE}.{module}" for name, module in ops.items()} for tag, ops in modules.items()}


PARAMETER_TABLE = "operation_parameters.json"
"""The file of the generated package holding each operation's parameters (scripts/_optable.py)."""


@cache
def parameter_table() -> dict[str, list[dict[str, Any]]]:
    """Each operation's path and query parameters, by normalized operationId (`listoffers`), as
    `integr8._spec.operation_parameters` reads them from the spec: `scripts/regen.sh` writes them
    to the generated package (`PARAMETER_TABLE`), so the first call of an operation reads ~40 KB
    instead of parsing the whole spec (~360 KB). Without that file (a package generated before
    it existed), read from the spec itself."""
    import integr8_client

    path = os.path.join(os.path.dirname(integr8_client.__file__), PARAMETER_TABLE)
    try:
        with open(path, "rb") as file:
            table: dict[str, list[dict[str, Any]]] = json.loads(file.read())
    except FileNotFoundError:
        from ._spec import _parameters_by_operation

        return {name: list(params) for name, params in _parameters_by_operation().items()}
    return table


def _union_members(annotation: Any) -> tuple[Any, ...]:
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        return typing.get_args(annotation)
    return (annotation,)


class OperationInfo:
    """What the facade knows about one generated operation (module imported on first use)."""

    def __init__(self, tag: str, name: str, module_path: str):
        self.tag = tag
        self.name = name
        self.module_path = module_path
        # What request_kwargs found valid before, so the pages of one listing or report check
        # only what changes between them (see request_kwargs); bounded by _MEMO_LIMIT.
        self._bindable: set[tuple[Any, ...]] = set()
        self._passed: set[tuple[str, str | int]] = set()

    def __repr__(self) -> str:
        return f"<operation {self.tag}.{self.name}>"

    @cached_property
    def module(self) -> types.ModuleType:
        return importlib.import_module(self.module_path)

    @cached_property
    def signature(self) -> inspect.Signature:
        """The parameters users pass: those of the generated `sync()` minus `client`."""
        sig = inspect.signature(self.module.sync)
        params = [p for name, p in sig.parameters.items() if name != "client"]
        return sig.replace(parameters=params)

    @property
    def doc(self) -> str | None:
        doc: str | None = self.module.sync.__doc__
        return doc

    @cached_property
    def param_names(self) -> frozenset[str]:
        return frozenset(inspect.signature(self.module._get_kwargs).parameters)

    @cached_property
    def path_params(self) -> tuple[str, ...]:
        """The generated code takes path parameters positionally, query parameters by keyword."""
        kinds = inspect.signature(self.module._get_kwargs).parameters.items()
        return tuple(name for name, p in kinds if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD)

    @cached_property
    def paginated(self) -> bool:
        """Numbered pagination (`page[number]`), as the spec's list operations have."""
        return "pagenumber" in self.param_names

    @cached_property
    def _coercers(self) -> dict[str, Any]:
        """Per parameter, a function turning plain Python values into what the generated code wants.

        The generated code calls `.value` on enums and `.to_dict()` on bodies; users naturally
        pass `"Approved"` and `{"name": ...}`. Converting here keeps that convenience in one place.
        """
        out: dict[str, Any] = {}
        for name, param in inspect.signature(self.module._get_kwargs).parameters.items():
            for member in _union_members(param.annotation):
                if isinstance(member, type) and issubclass(member, enum.Enum):
                    out[name] = _enum_coercer(self, name, member)
                elif isinstance(member, type) and hasattr(member, "from_dict"):
                    out[name] = _model_coercer(self, name, member)
                elif member is dt.date:
                    out[name] = _date_coercer(self, name)
        return out

    @cached_property
    def spec_params(self) -> tuple[SpecParam, ...]:
        """The path and query parameters the spec declares for this operation, each with the
        name users pass (`pagesize`) beside the spec's (`page[size]`). Read from the spec on first
        use; empty when the spec does not know the operation (the path rules still apply)."""
        from ._spec import normalized

        by_norm = {normalized(name): name for name in self.param_names}
        found = []
        for param in parameter_table().get(normalized(self.name), ()):
            arg = by_norm.get(normalized(param["name"]))
            if arg is not None and param.get("in") in ("path", "query"):
                found.append(SpecParam(arg, param["name"], param["in"], bool(param.get("required")), param["schema"]))
        return tuple(found)

    @cached_property
    def _positional(self) -> tuple[str, ...]:
        """The names `args` bind to, in order (the path parameters)."""
        kinds = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
        return tuple(name for name, p in self.signature.parameters.items() if p.kind in kinds)

    @cached_property
    def _query_params(self) -> tuple[SpecParam, ...]:
        return tuple(p for p in self.spec_params if p.location == "query")

    @cached_property
    def _wire_names(self) -> dict[str, str]:
        """How messages name each query parameter, by the spec's name: the user's spelling, with
        the spec's beside it where they differ (`page[size]` -> `pagesize (page[size])`)."""
        return {p.wire: p.arg if p.arg == p.wire else f"{p.arg} ({p.wire})" for p in self.spec_params}

    def request_kwargs(self, args: tuple[Any, ...], params: dict[str, Any]) -> dict[str, Any]:
        """`_get_kwargs` of the generated module, after converting plain values and checking
        what goes into the URL; ConfigurationError naming the parameter before any request.

        `args` are the path parameters in order, `params` the others by name; a value that is
        `UNSET` (what the typed methods pass for an argument not given) is left out, so the
        generated code's own default applies.

        - Path parameters (every operation): refused when empty, blank, `.`, `..` or holding `/`
          (those would address another resource: `/offers/.` is the offers collection);
          otherwise percent-encoded (RFC 3986, `quote(value, safe="")`, done by the generated
          code and checked here) so each stays one segment.
        - Query parameters named like ids (`integration_id`) follow the same rule; other
          required text parameters must not be blank.
        - The spec's limits of query parameters (`minimum`, `maximum`, `minLength`,
          `maxLength`, `pattern`, `enum`; e.g. `pagesize` 1..100) hold for every call.
        - Lists (typed array parameters) are sent as one comma-separated value, as `filters`
          are (`integr8._pagination.wire_value`, the spec's `style: form, explode: false`).

        Text and whole-number values that passed these checks are remembered (per operation, at
        most `_MEMO_LIMIT` of them), so the pages of one listing or report check their fixed
        parameters once and each page only its cursor or number; the request is the same.
        """
        unset = _unset_type()
        coercers = self._coercers
        converted = {k: (coercers[k](v) if k in coercers else v) for k, v in params.items() if not isinstance(v, unset)}
        where = f"{self.tag}.{self.name}"
        # Which arguments bind is a matter of their number and names alone: a shape that bound
        # once binds again, and its arguments are the positional names zipped with `args`.
        shape = (len(args), *converted)
        if shape in self._bindable:
            arguments = dict(zip(self._positional, args, strict=False))
            arguments.update(converted)
        else:
            try:
                arguments = self.signature.bind(*args, **converted).arguments
            except TypeError as exc:
                raise TypeError(f"{where}: {exc}") from None
            _remember(self._bindable, shape)
        for name in self.path_params:
            check_url_id(arguments.get(name), name, where)
        # A query value checked once passes again (the checks read nothing but the value): the
        # pages of one listing or report check their fixed parameters on the first page only,
        # and each new cursor or page number when it comes. Text and whole numbers only (equal
        # values of those types print alike); anything else is checked on every call.
        passed = self._passed
        for spec_param in self._query_params:
            value = arguments.get(spec_param.arg, _ABSENT)
            if value is _ABSENT:  # not given: nothing to check
                continue
            if type(value) is str or type(value) is int:
                if (spec_param.arg, value) not in passed:
                    spec_param.check(value, where)
                    _remember(passed, (spec_param.arg, value))
            else:
                spec_param.check(value, where)
        kwargs: dict[str, Any] = self.module._get_kwargs(*args, **converted)
        if self.path_params:
            _check_encoded(kwargs.get("url", ""), [arguments[name] for name in self.path_params], where)
        query = kwargs.get("params")
        if query:
            names = self._wire_names
            kwargs["params"] = {
                # wire_value of text is the text, of an int its digits: skip its checks for those.
                k: v if type(v) is str else str(v) if type(v) is int else wire_value(v, f"{where}: {names.get(k, k)}")
                for k, v in query.items()
            }
        return kwargs

    def parse(self, response: httpx.Response, client_stub: Client | AuthenticatedClient) -> Any:
        """The documented model of a 2xx response (`client_stub`: a generated client object, which
        the generated `_parse_response` wants though it only reads a flag from it).

        A 2xx that the spec does not list (201, 204 ...) is read as the documented 200: the
        body has the same meaning. An empty body parses to None.

        Response models read each field leniently (`null`, `""` or a zero date where a date or
        number is expected give None, a `null` array gives [], numeric strings give numbers; the
        rule is in `integr8_client.types`, generated from `openapi/templates/`), so one odd field
        costs only that field. A value that still cannot be read raises
        APIResponseValidationError naming the operation, the field's path (JSON keys and
        indices, `data[3].default_payout.payout`) and the JSON type that came; never the value,
        which may be secret. The same holds for a body that is not JSON of the documented kind.
        """
        if not response.content:
            return None
        if response.status_code != 200:
            response = httpx.Response(200, headers=response.headers, content=response.content, request=response.request)
        try:
            return self.module._parse_response(client=client_stub, response=response)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            from integr8_client.types import UnreadableValue, json_type

            where = f"{self.tag}.{self.name}: the response body does not match the spec"
            if isinstance(exc, UnreadableValue):  # says where and what type, never the value
                raise APIResponseValidationError(f"{where}: {exc}", response=response) from exc
            try:
                shape = f"the body is JSON {json_type(response.json())}"
            except ValueError:
                shape = "the body is not JSON"
            # The exception's own text may quote the value: only its kind is named.
            raise APIResponseValidationError(f"{where} ({shape}; {type(exc).__name__})", response=response) from None


_ABSENT: Any = object()
_MEMO_LIMIT = 256  # entries of each memo of an OperationInfo (each page adds its cursor or number)


def _remember(memo: set[Any], key: Any) -> None:
    if len(memo) >= _MEMO_LIMIT:
        memo.clear()
    memo.add(key)


_UNSET_TYPE: type | None = None


def _unset_type() -> type:
    """`integr8_client.types.Unset`, imported on first use (not by `import integr8`) and kept: an
    import statement run on every request costs more than the rest of a cached check."""
    global _UNSET_TYPE
    if _UNSET_TYPE is None:
        from integr8_client.types import Unset

        _UNSET_TYPE = Unset
    return _UNSET_TYPE


_DOT_SEGMENTS = (".", "..")


def check_url_id(value: Any, name: str, where: str = "") -> str:
    """`value` as the text of an id that goes into a URL, or ConfigurationError naming `name`.

    Refused: None, empty or blank text, `.` and `..` (dot segments: a URL normaliser drops them
    and the request reaches the parent resource, e.g. the bulk delete), text holding `/` (it would
    split the segment on servers that decode `%2F`), and anything but text or a whole number.
    """
    prefix = f"{where}: " if where else ""
    if value is None:
        raise ConfigurationError(f"{prefix}{name} is required and must not be empty")
    import numbers
    import uuid

    if isinstance(value, bool) or not isinstance(value, (str, numbers.Integral, uuid.UUID)):
        raise ConfigurationError(f"{prefix}{name} must be text (an id), got {type(value).__name__} {value!r}")
    text = str(value)
    if not text.strip():
        raise ConfigurationError(f"{prefix}{name} is required and must not be empty or blank, got {text!r}")
    if text.strip() in _DOT_SEGMENTS:
        raise ConfigurationError(
            f"{prefix}{name}={text!r} is not an id: '.' and '..' in a URL mean this and the parent "
            "resource, so the request would reach another operation"
        )
    if "/" in text:
        raise ConfigurationError(f"{prefix}{name}={text!r} is not an id: ids never hold '/'")
    return text


def _check_encoded(url: str, values: list[Any], where: str) -> None:
    # The generated code percent-encodes each path value (openapi-python-client's
    # `quote(str(v), safe="")`); a generator or template that stopped doing so would let `?`, `#`
    # or `%` in an id change the URL, so say so rather than send it.
    from urllib.parse import quote

    for value in values:
        if quote(str(value), safe="") not in url:
            raise RuntimeError(f"{where}: the generated client did not percent-encode a path value; regenerate it")


_ID_NAME = re.compile(r"(?:^|_)id$", re.IGNORECASE)


class SpecParam:
    """One path or query parameter as the spec declares it, and the checks a value must pass."""

    def __init__(self, arg: str, wire: str, location: str, required: bool, schema: dict[str, Any]):
        self.arg = arg  # the user's spelling: `pagesize`, `integration_id`
        self.wire = wire  # the spec's: `page[size]`, `integration_id`
        self.location = location
        self.required = required
        self.schema = schema

    def __repr__(self) -> str:
        return f"<{self.location} parameter {self.wire} ({self.arg})>"

    @property
    def is_id(self) -> bool:
        """A text parameter naming one resource (`integration_id`), not a filter on one."""
        return (
            self.schema.get("type", "string") == "string"
            and not self.wire.startswith("filter[")
            and bool(_ID_NAME.search(self.wire))
        )

    def check(self, value: Any, where: str) -> None:
        """ConfigurationError naming `self.arg` when `value` breaks the spec's rules for it."""
        if value is _ABSENT or value is None or type(value).__name__ == "Unset":
            return
        if self.is_id:
            check_url_id(value, self.arg, where)
        elif self.required and isinstance(value, str) and not value.strip():
            named = self.arg if self.arg == self.wire else f"{self.arg} ({self.wire})"
            raise ConfigurationError(f"{where}: {named} is required and must not be blank")
        if self.schema.get("type") == "array" and isinstance(value, (list, tuple, set, frozenset)):
            items = self.schema.get("items", {})
            for item in value:
                _check_limits(items, item, f"{where}: {self.arg}", self.wire)
        else:
            _check_limits(self.schema, value, f"{where}: {self.arg}", self.wire)


def _check_limits(schema: dict[str, Any], value: Any, label: str, wire: str) -> None:
    """The spec's `type: integer`, `minimum`, `maximum`, `minLength`, `maxLength`, `pattern` and
    `enum` of one query value (the sandbox answers 400 to the same; the API may not)."""
    rule = f"(the spec's limit for {wire})"
    if isinstance(value, enum.Enum):
        value = value.value
    number: Any = value
    if schema.get("type") == "integer":
        if isinstance(value, str) and re.fullmatch(r"[+-]?\d+", value.strip()):
            number = int(value)
        elif isinstance(value, bool) or not isinstance(value, int):
            raise ConfigurationError(f"{label} must be a whole number, got {value!r} {rule}")
    if isinstance(number, (int, float)) and not isinstance(number, bool):
        if "minimum" in schema and number < schema["minimum"]:
            raise ConfigurationError(f"{label}={value!r} is below {schema['minimum']} {rule}")
        if "maximum" in schema and number > schema["maximum"]:
            raise ConfigurationError(f"{label}={value!r} is above {schema['maximum']} {rule}")
    if isinstance(value, str):
        if "minLength" in schema and len(value) < schema["minLength"]:
            raise ConfigurationError(f"{label} must be at least {schema['minLength']} characters {rule}")
        if "maxLength" in schema and len(value) > schema["maxLength"]:
            raise ConfigurationError(f"{label} must be at most {schema['maxLength']} characters {rule}")
        if "pattern" in schema and not re.search(schema["pattern"], value):
            hint = " (format: YYYY-MM-DD HH:MM:SS)" if "\\d{2}:\\d{2}" in schema["pattern"] else ""
            raise ConfigurationError(f"{label}={value!r} does not match the pattern {schema['pattern']}{hint} {rule}")
    if "enum" in schema and isinstance(value, (str, int)) and value not in schema["enum"]:
        allowed = ", ".join(repr(v) for v in schema["enum"])
        raise ConfigurationError(f"{label}={value!r} is not one of {allowed} {rule}")


def _wire_name(info: OperationInfo, name: str) -> str:
    """The spec's name of the parameter users pass as `name` (`filterstatus` -> `filter[status]`),
    for messages; `name` itself for one the spec does not declare (a request body)."""
    return next((p.wire for p in info.spec_params if p.arg == name), name)


def _enum_coercer(info: OperationInfo, name: str, enum_cls: type[enum.Enum]) -> Callable[[Any], Any]:
    def convert(value: Any) -> Any:
        if isinstance(value, enum_cls) or value is None:
            return value
        try:
            return enum_cls(value)
        except ValueError:
            allowed = ", ".join(repr(m.value) for m in enum_cls)
            rule = f" (the spec's values for {_wire_name(info, name)})"
            raise ConfigurationError(
                f"{info.tag}.{info.name}: {name}={value!r} is not one of {allowed}{rule}"
            ) from None

    return convert


def _model_coercer(info: OperationInfo, name: str, model_cls: Any) -> Callable[[Any], Any]:
    def convert(value: Any) -> Any:
        if isinstance(value, dict):
            try:
                return model_cls.from_dict(value)
            except (KeyError, TypeError, ValueError) as exc:
                # The generated from_dict raises KeyError(field) for a missing required field.
                missing = isinstance(exc, KeyError) and exc.args
                problem = (
                    f"the required field {exc.args[0]!r} is missing" if missing else str(exc) or type(exc).__name__
                )
                raise ConfigurationError(
                    f"{info.tag}.{info.name}: {name} is not a valid {model_cls.__name__}: {problem}"
                ) from None
        return value

    return convert


def _date_coercer(info: OperationInfo, name: str) -> Callable[[Any], Any]:
    def convert(value: Any) -> Any:
        if isinstance(value, str):
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                raise ConfigurationError(
                    f"{info.tag}.{info.name}: {name}={value!r} is not a date "
                    f"(YYYY-MM-DD, the spec's format for {_wire_name(info, name)})"
                ) from None
        return value

    return convert


@cache
def operation_info(tag: str, name: str) -> OperationInfo:
    """The `OperationInfo` of operation `name` of tag `tag` (the client's spelling of both, as in
    `client.offers.get_offer`: `"offers"`, `"get_offer"`); AttributeError if there is none."""
    try:
        module_path = catalog()[tag][name]
    except KeyError:
        raise AttributeError(f"no operation {tag}.{name}") from None
    return OperationInfo(tag, name, module_path)
