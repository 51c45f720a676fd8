"""Every generated operation, found in `integr8_client.api` and bound to a client.

Why discovery instead of a hand-written list: a new spec from Integr8 regenerates
`integr8_client`, and its new operations appear on `client.<tag>.<operation>` with no facade
change. Finding them only lists files (`pkgutil`), so `import integr8` stays cheap; an operation's
module is imported the first time it is used.

Each generated module has `_get_kwargs(**params)` (the request: method, url, params, json) and
`_parse_response(client=, response=)` (the documented models). The facade builds the request with
the former, sends it through its own httpx client (retries, typed errors), and parses 2xx answers
with the latter. The generated `sync()` would silently return None on an undocumented status;
this never does.
"""

from __future__ import annotations

import datetime as dt
import enum
import importlib
import inspect
import pkgutil
import re
import types
import typing
from collections.abc import Callable
from functools import cache, cached_property
from typing import Any

import httpx

from .errors import APIResponseValidationError, ConfigurationError

API_PACKAGE = "integr8_client.api"


def attribute_name(module_name: str) -> str:
    """The facade's name for a generated tag module: `publisher_sub_i_ds` -> `publisher_sub_ids`.

    The generator snake-cases the tag `PublisherSubIDs` letter by letter; users should not have
    to type that.
    """
    return re.sub(r"_i_ds(?=_|$)", "_ids", module_name)


@cache
def catalog() -> dict[str, dict[str, str]]:
    """`{tag attribute: {operation name: module path}}` for every generated operation."""
    api = importlib.import_module(API_PACKAGE)
    tags: dict[str, dict[str, str]] = {}
    for tag in sorted(pkgutil.iter_modules(api.__path__), key=lambda m: m.name):
        if not tag.ispkg:
            continue
        tag_path = f"{API_PACKAGE}.{tag.name}"
        tag_pkg = importlib.import_module(tag_path)
        tags[attribute_name(tag.name)] = {
            op.name: f"{tag_path}.{op.name}"
            for op in sorted(pkgutil.iter_modules(tag_pkg.__path__), key=lambda m: m.name)
        }
    return tags


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

    def request_kwargs(self, args: tuple[Any, ...], params: dict[str, Any]) -> dict[str, Any]:
        """`_get_kwargs` of the generated module, after converting plain values."""
        coercers = self._coercers
        converted = {k: (coercers[k](v) if k in coercers else v) for k, v in params.items()}
        try:
            bound = self.signature.bind(*args, **converted)
        except TypeError as exc:
            raise TypeError(f"{self.tag}.{self.name}: {exc}") from None
        for name in self.path_params:
            value = bound.arguments.get(name)
            # An empty or None id would silently address another resource: `/offers/` is the
            # collection (the bulk operations), `/offers/None` a literal id.
            if value is None or (isinstance(value, str) and not value.strip()):
                raise ConfigurationError(f"{self.tag}.{self.name}: {name} is required and must not be empty")
        kwargs: dict[str, Any] = self.module._get_kwargs(*args, **converted)
        return kwargs

    def parse(self, response: httpx.Response, client_stub: Any) -> Any:
        """The documented model of a 2xx response.

        A 2xx that the spec does not list (201, 204 ...) is read as the documented 200: the
        body has the same meaning. An empty body parses to None.
        """
        if not response.content:
            return None
        if response.status_code != 200:
            response = httpx.Response(200, headers=response.headers, content=response.content, request=response.request)
        try:
            return self.module._parse_response(client=client_stub, response=response)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise APIResponseValidationError(
                f"{self.tag}.{self.name}: the response body does not match the spec ({exc!r})",
                response=response,
            ) from exc


def _enum_coercer(info: OperationInfo, name: str, enum_cls: type[enum.Enum]) -> Callable[[Any], Any]:
    def convert(value: Any) -> Any:
        if isinstance(value, enum_cls) or value is None:
            return value
        try:
            return enum_cls(value)
        except ValueError:
            allowed = ", ".join(repr(m.value) for m in enum_cls)
            raise ConfigurationError(f"{info.tag}.{info.name}: {name}={value!r} is not one of {allowed}") from None

    return convert


def _model_coercer(info: OperationInfo, name: str, model_cls: Any) -> Callable[[Any], Any]:
    def convert(value: Any) -> Any:
        if isinstance(value, dict):
            try:
                return model_cls.from_dict(value)
            except (KeyError, TypeError, ValueError) as exc:
                raise ConfigurationError(
                    f"{info.tag}.{info.name}: {name} is not a valid {model_cls.__name__}: {exc!r}"
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
                    f"{info.tag}.{info.name}: {name}={value!r} is not a date (YYYY-MM-DD)"
                ) from None
        return value

    return convert


@cache
def operation_info(tag: str, name: str) -> OperationInfo:
    try:
        module_path = catalog()[tag][name]
    except KeyError:
        raise AttributeError(f"no operation {tag}.{name}") from None
    return OperationInfo(tag, name, module_path)


class _BoundOperation:
    """Shared by the sync and async bound operations: naming, help, signature."""

    def __init__(self, client: Any, info: OperationInfo):
        self._client = client
        self.info = info

    def __repr__(self) -> str:
        return f"<{type(self._client).__name__} operation {self.info.tag}.{self.info.name}>"

    @property
    def __doc__(self) -> str | None:  # type: ignore[override]
        return self.info.doc

    @property
    def __signature__(self) -> inspect.Signature:
        return self.info.signature


class Operation(_BoundOperation):
    """`client.<tag>.<operation>(**params)`: returns the parsed model, raises typed errors.

    Besides the operation's own parameters: `extra_query` (more query parameters, e.g. filters),
    `extra_headers`, and `timeout` (seconds) for this call only.
    """

    def __call__(
        self,
        *args: Any,
        extra_query: dict[str, Any] | None = None,
        extra_headers: dict[str, str] | None = None,
        timeout: float | None = None,
        **params: Any,
    ) -> Any:
        request = self._client._build_request(self.info, args, params, extra_query, extra_headers, timeout)
        response = self._client._send(request)
        return self.info.parse(response, self._client._stub)


class AsyncOperation(_BoundOperation):
    """The awaitable twin of `Operation`."""

    async def __call__(
        self,
        *args: Any,
        extra_query: dict[str, Any] | None = None,
        extra_headers: dict[str, str] | None = None,
        timeout: float | None = None,
        **params: Any,
    ) -> Any:
        request = self._client._build_request(self.info, args, params, extra_query, extra_headers, timeout)
        response = await self._client._send(request)
        return self.info.parse(response, self._client._stub)


class Tag:
    """`client.<tag>`: the operations of one spec tag, bound to the client."""

    def __init__(self, client: Any, tag: str, operation_cls: type[_BoundOperation]):
        self._client = client
        self._tag = tag
        self._operation_cls = operation_cls

    def __getattr__(self, name: str) -> _BoundOperation:
        if name.startswith("_"):
            raise AttributeError(name)
        if name not in catalog()[self._tag]:
            raise AttributeError(f"{self._tag} has no operation {name!r}; it has: {', '.join(catalog()[self._tag])}")
        op = self._operation_cls(self._client, operation_info(self._tag, name))
        setattr(self, name, op)
        return op

    def __dir__(self) -> list[str]:
        return sorted(catalog()[self._tag])

    def __repr__(self) -> str:
        return f"<{self._tag}: {', '.join(catalog()[self._tag])}>"
