"""Check one HTTP exchange against the OpenAPI spec: the validator our contract tests and our
users' CI tools share.

`validate_exchange(spec, request, response)` returns a list of `Violation`s, empty when the
exchange conforms. It takes httpx requests and responses, vcrpy cassette interactions (the
dicts in a cassette's `interactions` list, or their `request`/`response` halves) and plain
mappings or objects with method/url/headers/body and status/headers/body.

Why openapi-core, imported lazily: it is the reference implementation of OpenAPI 3.0
validation, but a heavy dependency (the `contract` extra) that `import integr8` must never
need. Why a layer on top: its errors are exceptions meant for servers; here they become flat,
readable rules that name the operation and the field, and never echo a header value (headers
carry credentials).

Conventions of this API that the layer knows:
- Requests are matched to the spec's paths whatever their host: the sandbox, a staging host
  and production are all the same API.
- Open-ended filtering: on operations with `x-filterable: true`, any `filter[...]` query
  parameter the spec does not declare is accepted (declared ones are still checked). Other
  undeclared parameters are violations only if openapi-core reports them (it does not).
- Response enums are open (`x-enum-values`, no `enum`), so new values never fail.
- Requests to the signed-URL download host are not API operations; leave them out.

Credentials are not checked unless asked (`check_auth=True`): a recording scrubbed the usual
vcrpy way (`filter_headers=["API-KEY"]`) has no key left, and whether a key was sent is not
something a recording can show. The rest of the request is checked either way.

Compressed bodies (a cassette may keep them as sent) are decoded when their Content-Encoding
is gzip or deflate and the bytes really are compressed (vcrpy 4.x stores httpx bodies decoded
but keeps the header), br or zstd when a module for it is installed; any other encoding is a
violation of its own ("unsupported content-encoding"), as is a body that is not UTF-8 text where
the spec expects JSON.
"""

from __future__ import annotations

import contextvars
import functools
import gzip
import importlib
import json
import zlib
from collections.abc import Callable, Iterable, Mapping
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import attrs
import httpx


@attrs.frozen
class Violation:
    """One way an exchange breaks the spec.

    `operation`: the operationId, or `METHOD /path` when no operation matched.
    `side`: "request" or "response".
    `rule`: what is wrong, e.g. "response body: data[0].status: 5 is not of type 'string'".
    """

    operation: str
    side: str
    rule: str

    def __str__(self) -> str:
        return f"{self.operation} ({self.side}): {self.rule}"


@attrs.frozen
class HttpRequest:
    method: str
    url: str
    headers: tuple[tuple[str, str], ...]
    body: bytes | None


@attrs.frozen
class HttpResponse:
    """`problem`: why the body could not be read (an unsupported Content-Encoding), else None."""

    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes | None
    problem: str | None = None


def validate_exchange(
    spec: Mapping[str, Any], request: Any, response: Any = None, *, check_auth: bool = False
) -> list[Violation]:
    """The violations of the spec in `request` and (when given) `response`.

    `check_auth`: also require the credentials the spec's `security` asks for (off by default:
    recordings are usually scrubbed of them).
    """
    req = as_request(request)
    checker = _checker(spec)
    return checker.check(req, as_response(response) if response is not None else None, check_auth=check_auth)


def operation_of(spec: Mapping[str, Any], method: str, url: str) -> str | None:
    """The operationId that `method url` calls (matched as `validate_exchange` matches it), or None.

    For callers that must tell API traffic from other traffic before validating it, such as
    `check_cassettes` deciding which hosts of a recording are the API.
    """
    from openapi_core.templating.paths.exceptions import PathError

    checker = _checker(spec)
    try:
        found = checker.finder.find(method.lower(), checker.host_url + urlsplit(url).path)
    except PathError:
        return None
    return str(found.operation.get("operationId") or f"{method.upper()} {urlsplit(url).path}")


# -- adapters ------------------------------------------------------------------------------


def as_request(obj: Any) -> HttpRequest:
    """An httpx.Request, a vcrpy interaction or request dict, or any method/url/headers/body."""
    if isinstance(obj, HttpRequest):
        return obj
    if isinstance(obj, httpx.Request):
        body = obj.read()
        return HttpRequest(obj.method, str(obj.url), tuple(obj.headers.multi_items()), body or None)
    if isinstance(obj, Mapping):
        if "request" in obj and "response" in obj:  # a vcrpy interaction
            return as_request(obj["request"])
        url = obj.get("url", obj.get("uri"))
        return HttpRequest(str(obj["method"]).upper(), str(url), _headers(obj.get("headers")), _bytes(obj.get("body")))
    url = getattr(obj, "url", None) or getattr(obj, "uri", None)
    return HttpRequest(
        str(obj.method).upper(),
        str(url),
        _headers(getattr(obj, "headers", None)),
        _bytes(getattr(obj, "body", None)),
    )


def as_response(obj: Any) -> HttpResponse:
    """An httpx.Response, a vcrpy interaction or response dict, or any status/headers/body."""
    if isinstance(obj, HttpResponse):
        return obj
    if isinstance(obj, httpx.Response):
        content = obj.read()  # decoded (no Content-Encoding left)
        headers = tuple((k, v) for k, v in obj.headers.multi_items() if k.lower() != "content-encoding")
        return HttpResponse(obj.status_code, headers, content or None)
    body: Any
    status: Any
    if isinstance(obj, Mapping):
        if "request" in obj and "response" in obj:
            return as_response(obj["response"])
        status = obj.get("status", obj.get("status_code"))
        if isinstance(status, Mapping):  # vcrpy: {"code": 200, "message": "OK"}
            status = status.get("code")
        body = obj.get("body", obj.get("content"))
        if isinstance(body, Mapping):  # vcrpy: {"string": ...}
            body = body.get("string")
        return _decoded(HttpResponse(int(status), _headers(obj.get("headers")), _bytes(body)))
    status = getattr(obj, "status", None) or getattr(obj, "status_code", None)
    body = getattr(obj, "body", None)
    if body is None:
        body = getattr(obj, "content", None)
    return _decoded(HttpResponse(int(status), _headers(getattr(obj, "headers", None)), _bytes(body)))


def _headers(raw: Any) -> tuple[tuple[str, str], ...]:
    if raw is None:
        return ()
    items: Iterable[tuple[Any, Any]]
    if hasattr(raw, "multi_items"):
        items = raw.multi_items()
    elif isinstance(raw, Mapping):
        items = raw.items()
    else:
        items = raw
    out: list[tuple[str, str]] = []
    for name, value in items:
        values = value if isinstance(value, (list, tuple)) else [value]  # vcrpy: lists
        out.extend((str(name), str(v)) for v in values)
    return tuple(out)


def _bytes(body: Any) -> bytes | None:
    if body is None or body == b"" or body == "":
        return None
    if isinstance(body, (dict, list)):  # an already parsed JSON body
        return json.dumps(body).encode("utf-8")
    if isinstance(body, str):
        return body.encode("utf-8")
    return bytes(body)


GZIP_MAGIC = b"\x1f\x8b"
# Modules that decode br and zstd (the ones httpx uses), tried in order; none is a dependency.
OPTIONAL_DECODERS: dict[str, tuple[str, ...]] = {
    "br": ("brotli", "brotlicffi"),
    "zstd": ("compression.zstd", "zstandard"),
}


def _decoded(response: HttpResponse) -> HttpResponse:
    """Undo Content-Encoding (cassettes may keep compressed bodies).

    gzip and deflate are undone only when the body really is compressed: vcrpy 4.x stores httpx
    bodies already decoded but keeps the header. A body that fails to decompress is checked as it
    is. br and zstd need their module; without it, or for any other encoding, the response gets a
    `problem` instead of a body to check.
    """
    codings = [c.strip().lower() for c in _header(response.headers, "content-encoding").split(",")]
    codings = [c for c in codings if c and c != "identity"]
    if not response.body or not codings:
        return response
    body = response.body
    for coding in reversed(codings):  # the last one applied is undone first
        if coding in ("gzip", "x-gzip", "deflate"):
            body = _decompressed(body, coding)
            continue
        decompress = _optional_decoder(coding)
        if decompress is None:
            wanted = " or ".join(OPTIONAL_DECODERS.get(coding, ()))
            why = f"unsupported content-encoding {coding!r}" + (f" (install {wanted} to check it)" if wanted else "")
            return HttpResponse(response.status, response.headers, response.body, why)
        try:
            body = decompress(body)
        except Exception as exc:  # each module has its own error type
            return HttpResponse(
                response.status, response.headers, response.body, f"{coding} body does not decode ({_text(exc)})"
            )
    headers = tuple((k, v) for k, v in response.headers if k.lower() != "content-encoding")
    return HttpResponse(response.status, headers, body)


def _decompressed(body: bytes, coding: str) -> bytes:
    """gzip/deflate undone if `body` is compressed that way; else (or when it fails) `body` as is."""
    try:
        if coding != "deflate":
            return gzip.decompress(body) if body.startswith(GZIP_MAGIC) else body
        try:
            return zlib.decompress(body)  # zlib-wrapped, as the standard says
        except zlib.error:
            return zlib.decompress(body, -zlib.MAX_WBITS)  # raw deflate, as some servers send it
    except (OSError, EOFError, zlib.error):
        return body


def _optional_decoder(coding: str) -> Callable[[bytes], bytes] | None:
    for name in OPTIONAL_DECODERS.get(coding, ()):
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        if coding == "zstd" and not hasattr(module, "decompress"):  # zstandard before 0.18
            continue
        decompress: Callable[[bytes], bytes] = module.decompress
        return decompress
    return None


def _header(headers: Iterable[tuple[str, str]], name: str) -> str:
    for key, value in headers:
        if key.lower() == name:
            return value
    return ""


# -- the checker ---------------------------------------------------------------------------

_CHECKERS: dict[int, tuple[Mapping[str, Any], _Checker]] = {}


def _checker(spec: Mapping[str, Any]) -> _Checker:
    """One checker per spec object (building openapi-core's model takes most of a second)."""
    found = _CHECKERS.get(id(spec))
    if found is None or found[0] is not spec:
        found = _CHECKERS[id(spec)] = (spec, _Checker(spec))
        while len(_CHECKERS) > 8:
            _CHECKERS.pop(next(iter(_CHECKERS)))
    return found[1]


# Whether the check running in this context requires credentials (see `_security_providers`).
_CHECK_AUTH: contextvars.ContextVar[bool] = contextvars.ContextVar("integr8_contract_check_auth", default=False)


@functools.cache
def _security_providers() -> Any:
    """openapi-core's security providers, made to accept any request unless `_CHECK_AUTH` is set.

    Why not leave out openapi-core's security errors instead: it stops at them, and would then not
    check the parameters and body of the request at all.
    """
    from openapi_core.security.factories import SecurityProviderFactory

    class Providers(SecurityProviderFactory):
        def create(self, scheme: Any) -> Any:
            provider = super().create(scheme)
            return provider if _CHECK_AUTH.get() else _no_credentials_needed

    return Providers()


def _no_credentials_needed(_parameters: Any) -> str:
    return ""


class _Checker:
    def __init__(self, spec: Mapping[str, Any]) -> None:
        from openapi_core import Config, OpenAPI
        from openapi_core.templating.paths.finders import APICallPathFinder

        self.openapi = OpenAPI.from_dict(dict(spec), config=Config(security_provider_factory=_security_providers()))
        self.finder = APICallPathFinder(self.openapi.spec)
        servers = spec.get("servers") or [{"url": "http://localhost"}]
        parts = urlsplit(servers[0]["url"])
        self.host_url = f"{parts.scheme}://{parts.netloc}"

    def check(self, req: HttpRequest, resp: HttpResponse | None, *, check_auth: bool = False) -> list[Violation]:
        from openapi_core.templating.paths.exceptions import PathError

        parts = urlsplit(req.url)
        try:
            found = self.finder.find(req.method.lower(), self.host_url + parts.path)
        except PathError:
            label = f"{req.method} {parts.path}"
            return [Violation(label, "request", f"no operation of the spec matches {label}")]
        operation = found.operation
        op_id = operation.get("operationId") or f"{req.method} {parts.path}"
        declared = {p["name"] for p in _parameters(found)}
        query = [
            (k, v)
            for k, v in parse_qsl(parts.query, keep_blank_values=True)
            if k in declared or not (operation.get("x-filterable") and k.startswith("filter["))
        ]
        adapted = _OpenAPIRequest(self.host_url, parts.path, req, query)
        secrets = [v for k, v in req.headers if _is_credential(k) and len(v) >= 4]
        violations = [
            Violation(op_id, "request", _scrub(rule, secrets))
            for error in self._request_errors(adapted, check_auth)
            for rule in _rules(error, "request")
        ]
        if resp is not None and resp.problem is not None:
            violations.append(Violation(op_id, "response", f"response body: {resp.problem}"))
        elif resp is not None:
            result = self.openapi.unmarshal_response(adapted, _OpenAPIResponse(resp))
            violations += [
                Violation(op_id, "response", _scrub(rule, secrets))
                for error in result.errors
                for rule in _rules(error, "response")
            ]
        return violations

    def _request_errors(self, adapted: _OpenAPIRequest, check_auth: bool) -> list[BaseException]:
        """openapi-core's errors for the request; with `check_auth`, a missing credential's too."""
        from openapi_core.validation.request.exceptions import SecurityValidationError

        token = _CHECK_AUTH.set(check_auth)
        try:
            errors: list[BaseException] = list(self.openapi.unmarshal_request(adapted).errors)
            if any(isinstance(e, SecurityValidationError) for e in errors):
                # openapi-core stops at the security error: check parameters and body all the same.
                _CHECK_AUTH.set(False)
                errors += self.openapi.unmarshal_request(adapted).errors
        finally:
            _CHECK_AUTH.reset(token)
        return errors


def _parameters(found: Any) -> list[Mapping[str, Any]]:
    params = list(found.operation.get("parameters", []))
    params += list(found.path.get("parameters", []))
    return [dict(p) for p in params]


class _OpenAPIRequest:
    """openapi-core's Request protocol over an HttpRequest."""

    def __init__(self, host_url: str, path: str, req: HttpRequest, query: list[tuple[str, str]]) -> None:
        from openapi_core.datatypes import RequestParameters
        from werkzeug.datastructures import Headers, ImmutableMultiDict

        self.host_url = host_url
        self.path = path
        self.method = req.method.lower()
        self.body = req.body
        self.content_type = _header(req.headers, "content-type") or "application/json"
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(query),
            header=Headers(list(req.headers)),
            cookie=ImmutableMultiDict(),
        )


class _OpenAPIResponse:
    """openapi-core's Response protocol over an HttpResponse."""

    def __init__(self, resp: HttpResponse) -> None:
        from werkzeug.datastructures import Headers

        self.status_code = resp.status
        self.data = resp.body
        self.headers = Headers(list(resp.headers))
        self.content_type = _header(resp.headers, "content-type") or ("application/json" if resp.body else "")


# -- turning openapi-core's errors into rules ------------------------------------------------


def _rules(error: BaseException, side: str) -> list[str]:
    from openapi_core.deserializing.media_types.exceptions import MediaTypeDeserializeError
    from openapi_core.templating.media_types.exceptions import MediaTypeNotFound
    from openapi_core.templating.responses.exceptions import ResponseNotFound
    from openapi_core.validation.request.exceptions import (
        MissingRequestBodyError,
        ParameterValidationError,
        SecurityValidationError,
    )
    from openapi_core.validation.response.exceptions import (
        HeaderValidationError,
        MissingData,
    )

    if isinstance(error, SecurityValidationError):
        return ["security: no valid credentials (API-KEY header or Authorization: Bearer)"]
    if isinstance(error, ParameterValidationError):
        where = f"{error.location} parameter {error.name}"
        if error.location in ("header", "cookie"):
            return [f"{where}: {type(error).__name__}"]  # never echo header values
        details = _schema_messages(error)
        if not details:
            reason = error.__cause__ if error.__cause__ is not None else error
            return [f"{where}: {_short(_text(reason))}"]
        return [f"{where}: {d}" for d in details]
    if isinstance(error, MissingRequestBodyError):
        return ["request body: missing (the operation requires one)"]
    if isinstance(error, ResponseNotFound):
        return [f"response status {error.http_status} is not documented"]
    if isinstance(error, MediaTypeNotFound):
        return [f"{side} content type {error.mimetype!r} is not documented"]
    if isinstance(error, MissingData):
        return ["response body: missing (the spec documents a body)"]
    if isinstance(error, HeaderValidationError):
        return [f"response header {error.name}: {type(error).__name__}"]
    details = _schema_messages(error)
    if details:
        return [f"{side} body: {d}" for d in details]
    cause = error.__cause__
    if isinstance(cause, MediaTypeDeserializeError):
        return [f"{side} body: {_undeserializable(cause)}"]
    if cause is not None and "deserialize" in _text(cause).lower():
        return [f"{side} body: not valid for its content type ({_short(_text(cause))})"]
    text = _text(error) if cause is None else f"{_text(error)}: {_text(cause)}"
    return [f"{side}: {_short(text)}"]


def _undeserializable(error: Any) -> str:
    """Why a body could not be parsed as its media type (openapi-core's own text needs UTF-8)."""
    value = getattr(error, "value", None)
    mimetype = getattr(error, "mimetype", "") or "its content type"
    if isinstance(value, (bytes, bytearray)):
        try:
            value.decode("utf-8")
        except UnicodeDecodeError:
            return f"not valid UTF-8 text, so not valid {mimetype} (compressed, or in another encoding?)"
    return f"not valid for its content type ({_short(_text(error))})"


def _text(error: BaseException) -> str:
    """`str(error)`, or its type's name when even that fails (openapi-core's can raise)."""
    try:
        return str(error)
    except Exception:
        return type(error).__name__


def _schema_messages(error: BaseException) -> list[str]:
    """'data[0].status: 5 is not of type 'string'' for each schema error behind `error`."""
    seen: set[int] = set()
    node: BaseException | None = error
    while node is not None and id(node) not in seen:
        seen.add(id(node))
        schema_errors = getattr(node, "schema_errors", None)
        if schema_errors:
            out = []
            for e in sorted(schema_errors, key=lambda e: [str(p) for p in e.absolute_path]):
                out.extend(_flatten(e))
            return out
        node = node.__cause__ or node.__context__
    return []


def _flatten(error: Any) -> list[str]:
    # oneOf/anyOf failures carry their reasons in `context`; report the leaves.
    if getattr(error, "context", None):
        leaves = [leaf for sub in error.context for leaf in _flatten(sub)]
        if leaves:
            return leaves
    path = _path(error.absolute_path)
    message = _short(error.message)
    return [f"{path}: {message}" if path else message]


def _path(parts: Iterable[Any]) -> str:
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _short(text: str, limit: int = 200) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _is_credential(header: str) -> bool:
    name = header.lower()
    return name in ("authorization", "cookie", "proxy-authorization") or any(
        word in name for word in ("key", "token", "secret", "auth")
    )


def _scrub(text: str, secrets: Iterable[str]) -> str:
    for secret in secrets:
        if secret in text:
            text = text.replace(secret, "***")
    return text


__all__ = ["HttpRequest", "HttpResponse", "Violation", "as_request", "as_response", "operation_of", "validate_exchange"]
