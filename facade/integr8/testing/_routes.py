"""Matching a request's method and path to an operation of the spec.

Why from the spec: the sandbox must move when the spec moves. Renaming a path in
`openapi/integr8.yaml` renames it here too, with no table to keep in step. Templates are
matched segment by segment; where several match, the one whose first differing segment is a
literal wins, so `/integr8-link-test-logs/grouped` beats `/integr8-link-test-logs/{id}` however
the spec orders them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

METHODS = ("get", "put", "post", "delete", "patch")


@dataclass(frozen=True)
class Route:
    """One operation: where it lives and what the spec says about it."""

    method: str  # upper case
    template: str
    operation_id: str
    operation: Mapping[str, Any] = field(repr=False)
    parameters: tuple[Mapping[str, Any], ...] = field(repr=False)

    @property
    def public(self) -> bool:
        """True when the operation opts out of authentication (`security: []`)."""
        return self.operation.get("security") == []

    @property
    def path_params(self) -> tuple[str, ...]:
        return tuple(re.findall(r"{([^}]+)}", self.template))


@dataclass(frozen=True)
class Match:
    route: Route | None
    params: dict[str, str]
    allowed: tuple[str, ...]  # methods the matched path supports (for 405 + Allow)


# (literal, None, {}) or (template, regex, {regex group: parameter name})
_Segment = tuple[str, "re.Pattern[str] | None", dict[str, str]]


class Router:
    """All operations of a spec, findable by method and concrete path.

    Parameters given as `$ref`s (to `components/parameters`) are followed, path-level ones are
    merged into each operation's, and an operation without an `operationId` is named
    `METHOD /template`, so that any valid spec can be routed."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        self.routes: dict[str, Route] = {}  # by operationId
        self._by_length: dict[int, list[tuple[str, list[_Segment], dict[str, Route]]]] = {}
        for template, item in spec.get("paths", {}).items():
            shared = tuple(_deref(spec, p) for p in item.get("parameters", ()))
            by_method: dict[str, Route] = {}
            for method, op in item.items():
                if method not in METHODS:
                    continue
                own = tuple(_deref(spec, p) for p in op.get("parameters", ()))
                names = {(p["in"], p["name"]) for p in own}
                params = own + tuple(p for p in shared if (p["in"], p["name"]) not in names)
                operation_id = op.get("operationId") or f"{method.upper()} {template}"
                route = Route(method.upper(), template, operation_id, op, params)
                by_method[route.method] = route
                self.routes[route.operation_id] = route
            segments = [_compile(s) for s in _split(template)]
            self._by_length.setdefault(len(segments), []).append((template, segments, by_method))

    def match(self, method: str, path: str) -> Match:
        """The operation for `method path`; `route` is None when the path or method is unknown."""
        parts = _split(path)
        best: tuple[tuple[int, ...], dict[str, str], dict[str, Route]] | None = None
        for _template, segments, by_method in self._by_length.get(len(parts), ()):
            params: dict[str, str] = {}
            rank: list[int] = []
            for part, (literal, regex, names) in zip(parts, segments, strict=True):
                if regex is None:
                    if part != literal:
                        break
                    rank.append(0)
                else:
                    found = regex.fullmatch(part)
                    if found is None or not part:
                        break
                    params.update((names[group], value) for group, value in found.groupdict().items())
                    rank.append(1)
            else:
                key = tuple(rank)
                if best is None or key < best[0]:
                    best = (key, params, by_method)
        if best is None:
            return Match(None, {}, ())
        _rank, params, by_method = best
        allowed = tuple(sorted(by_method))
        return Match(by_method.get(method.upper()), params, allowed)


def _split(path: str) -> list[str]:
    """Path segments, each percent-decoded on its own: an id holding `%2F` or `%3F` stays one
    segment (decoding first would split it, or cut it at the `?`). Pass the raw path."""
    from urllib.parse import unquote

    path = path.split("?", 1)[0]
    if len(path) > 1:
        path = path.rstrip("/")
    return [unquote(part) for part in path.split("/")[1:]]


def _compile(segment: str) -> _Segment:
    if "{" not in segment:
        return (segment, None, {})
    pattern = ""
    names: dict[str, str] = {}
    for literal, name in re.findall(r"([^{]*)(?:{([^}]+)})?", segment):
        pattern += re.escape(literal)
        if name:
            # Regex group names must be identifiers; spec parameter names need not be
            # (`{offer-id}`), so the groups are numbered and mapped back.
            group = f"p{len(names)}"
            names[group] = name
            pattern += f"(?P<{group}>.+?)"  # segments are split before decoding
    return (segment, re.compile(pattern), names)


def _deref(spec: Mapping[str, Any], node: Mapping[str, Any]) -> Mapping[str, Any]:
    """`node` with its local `$ref` (and those it points to) followed."""
    for _ in range(50):
        ref = node.get("$ref")
        if not isinstance(ref, str):
            return node
        if not ref.startswith("#/"):
            raise ValueError(f"only local $refs are supported, not {ref}")
        found: Any = spec
        for part in ref[2:].split("/"):
            found = found[part.replace("~1", "/").replace("~0", "~")]
        node = found
    raise ValueError("$ref chain longer than 50 links")
