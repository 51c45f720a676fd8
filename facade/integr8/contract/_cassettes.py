"""`check_cassettes(paths)`: validate recorded vcrpy traffic against the spec, request and answer.

Why: an app's test suite that records its Integr8 traffic (vcrpy, pytest-recording) holds the
best evidence there is of what the API really accepts and answers. Checking it against the spec
tells the app's CI when the two part ways, with the validator our own contract test uses
(`validate_exchange`): one implementation, so both agree on every rule.

Which interactions are checked: those on an Integr8 API host. A recording usually holds other
traffic too (the signed-URL download host, the app's other services), and validating that
against this spec would only produce noise. A host counts as the API when
- it is named with `api_hosts=` (then nothing else counts), or else
- it is a host of the spec's `servers`, or at least one recorded request on it matches an
  operation of the spec (method and path).
On an API host, an interaction that matches no operation is reported ("no operation of the spec
matches ..."): the app calls something the spec does not know. Hosts in `ignore_hosts=` are
never checked. Hosts are compared as `host` or `host:port`, case-insensitively.

Credentials: a recording scrubbed the usual vcrpy way (`filter_headers=["API-KEY"]`) holds no
key, so the spec's `security` is not checked unless asked (`check_auth=True`, for recordings that
keep a placeholder such as `API-KEY: REDACTED`).

One interaction that cannot be checked at all (a body in a shape no recorder writes, say) is a
violation of that interaction (side "interaction"), not the end of the scan.

Secrets: cassettes may hold keys and signed URLs (recorded before scrubbing, or scrubbed
badly). No header value is ever part of a result, and every rule and operation label goes
through `integr8._redact.redact` with the interaction's credential headers added to the
registered secrets, which also cuts signed query strings.
"""

from __future__ import annotations

import errno
import json
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import attrs

from integr8._redact import redact

from ._validate import operation_of, validate_exchange

SUFFIXES = (".yaml", ".yml", ".json")


@attrs.frozen
class CassetteViolation:
    """One way one recorded interaction breaks the spec (`interaction` counts from 1)."""

    cassette: str
    interaction: int
    operation: str
    side: str  # "request" or "response"; "interaction" when it could not be checked at all
    rule: str

    def __str__(self) -> str:
        return f"{self.cassette}#{self.interaction} {self.operation} ({self.side}): {self.rule}"


@attrs.frozen
class CassetteScan:
    """What `scan_cassettes` looked at, and what it found."""

    violations: tuple[CassetteViolation, ...]
    cassettes: tuple[str, ...]  # the files read
    checked: int  # interactions validated
    api_hosts: tuple[str, ...]  # hosts of the recordings treated as the API
    skipped: dict[str, int]  # other host -> interactions not validated

    def summary(self) -> str:
        text = (
            f"{len(self.violations)} violation(s) in {self.checked} API interaction(s) "
            f"of {len(self.cassettes)} cassette(s)"
        )
        if self.api_hosts:
            text += f"; API host(s): {', '.join(self.api_hosts)}"
        if self.skipped:
            text += "; not checked: " + ", ".join(f"{n} on {host}" for host, n in self.skipped.items())
        return text


def check_cassettes(
    paths: str | Path | Iterable[str | Path],
    spec: Mapping[str, Any] | None = None,
    *,
    api_hosts: Iterable[str] | None = None,
    ignore_hosts: Iterable[str] = (),
    check_auth: bool = False,
) -> list[CassetteViolation]:
    """Every violation of `spec` (default: the installed SDK's) in the cassettes at `paths`.

    `paths`: cassette files, or folders searched recursively for *.yaml, *.yml and *.json.
    `check_auth`: also require the credentials the spec asks for in every request.
    """
    scan = scan_cassettes(paths, spec, api_hosts=api_hosts, ignore_hosts=ignore_hosts, check_auth=check_auth)
    return list(scan.violations)


def scan_cassettes(
    paths: str | Path | Iterable[str | Path],
    spec: Mapping[str, Any] | None = None,
    *,
    api_hosts: Iterable[str] | None = None,
    ignore_hosts: Iterable[str] = (),
    check_auth: bool = False,
) -> CassetteScan:
    """`check_cassettes`, plus what was read, checked and left out (for a summary line).

    Raises ValueError for a named file that is not a readable cassette, or when no cassette is
    found at all: a CI check that reads nothing must not pass.
    """
    if spec is None:
        from integr8._spec import load_spec

        spec = load_spec()
    cassettes = [(label, _interactions(data)) for label, data in _read_all(paths)]
    if not cassettes:
        raise ValueError("no vcrpy cassettes (*.yaml, *.yml, *.json with `interactions`) found")
    every = [(label, number, item) for label, items in cassettes for number, item in items]
    ignored = {_norm(h) for h in ignore_hosts}
    chosen = _api_hosts(spec, every, api_hosts, ignored)
    violations: list[CassetteViolation] = []
    skipped: Counter[str] = Counter()
    checked = 0
    for label, number, interaction in every:
        host = _host(interaction)
        if not _is_among(host, chosen):
            skipped[host] += 1
            continue
        checked += 1
        secrets = _credentials(interaction)
        try:
            found = validate_exchange(spec, interaction["request"], interaction["response"], check_auth=check_auth)
        except Exception as exc:  # one malformed interaction must not hide the rest
            operation = redact(_label(interaction), secrets)
            rule = redact(f"could not be checked: {type(exc).__name__}: {_text(exc)}", secrets)
            violations.append(CassetteViolation(label, number, operation, "interaction", rule))
            continue
        for v in found:
            violations.append(
                CassetteViolation(label, number, redact(v.operation, secrets), v.side, redact(v.rule, secrets))
            )
    return CassetteScan(
        violations=tuple(violations),
        cassettes=tuple(label for label, _ in cassettes),
        checked=checked,
        api_hosts=tuple(sorted({_host(i) for _, _, i in every if _is_among(_host(i), chosen)})),
        skipped=dict(sorted(skipped.items())),
    )


def _label(interaction: Mapping[str, Any]) -> str:
    """`METHOD /path` of an interaction's request (no query: it may be signed)."""
    request = interaction["request"]
    url = str(request.get("uri") or request.get("url") or "")
    return f"{str(request.get('method') or '?').upper()} {urlsplit(url).path or '/'}"


def _text(exc: BaseException) -> str:
    try:
        return " ".join(str(exc).split())[:200]
    except Exception:
        return ""


# -- reading ---------------------------------------------------------------------------------------


def _read_all(paths: str | Path | Iterable[str | Path]) -> list[tuple[str, Any]]:
    items = [paths] if isinstance(paths, (str, Path)) else list(paths)
    out = []
    for item in items:
        path = Path(item)
        if path.is_dir():
            for found in sorted(p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES and p.is_file()):
                data = _load(found, strict=False)
                if data is not None:
                    out.append((str(found), data))
        elif path.is_file():
            out.append((str(path), _load(path, strict=True)))
        else:
            raise FileNotFoundError(errno.ENOENT, "No such file or folder", str(path))
    return out


def _load(path: Path, *, strict: bool) -> Any:
    """A cassette's data; None for a file in a folder that is no cassette (ValueError when `strict`)."""
    problem: str | None = None
    data: Any = None
    if path.suffix.lower() == ".json":
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (ValueError, UnicodeDecodeError) as exc:
            problem = type(exc).__name__
    else:
        import yaml  # the contract extra, as openapi-core is

        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (yaml.YAMLError, UnicodeDecodeError) as exc:
            problem = type(exc).__name__
    if problem is None and not (isinstance(data, Mapping) and isinstance(data.get("interactions"), list)):
        problem = "no `interactions` list"
    if problem is None:
        return data
    if strict:
        raise ValueError(f"{path}: not a readable vcrpy cassette ({problem})")
    return None


def _interactions(data: Mapping[str, Any]) -> list[tuple[int, Mapping[str, Any]]]:
    """(number from 1, interaction) for each well-formed interaction: numbers are positions in the file."""
    return [
        (number, item)
        for number, item in enumerate(data["interactions"], start=1)
        if isinstance(item, Mapping)
        and isinstance(item.get("request"), Mapping)
        and isinstance(item.get("response"), Mapping)
    ]


# -- hosts -----------------------------------------------------------------------------------------


def _host(interaction: Mapping[str, Any]) -> str:
    request = interaction["request"]
    return _norm(urlsplit(str(request.get("uri") or request.get("url") or "")).netloc)


def _norm(host: str) -> str:
    return host.strip().lower().rstrip("/")


def _is_among(host: str, hosts: set[str]) -> bool:
    return host in hosts or host.rsplit(":", 1)[0] in hosts


def _api_hosts(
    spec: Mapping[str, Any],
    every: list[tuple[str, int, Mapping[str, Any]]],
    given: Iterable[str] | None,
    ignored: set[str],
) -> set[str]:
    if given is not None:
        return {_norm(h) for h in given} - ignored
    hosts = {_norm(urlsplit(str(s.get("url", ""))).netloc) for s in spec.get("servers") or []}
    for _label, _number, interaction in every:
        host = _host(interaction)
        if host in hosts:
            continue
        request = interaction["request"]
        url = str(request.get("uri") or request.get("url") or "")
        if operation_of(spec, str(request.get("method", "GET")), url) is not None:
            hosts.add(host)
    return {h for h in hosts if h and not _is_among(h, ignored)}


def _credentials(interaction: Mapping[str, Any]) -> tuple[str, ...]:
    """Values of the request's credential headers: masked wherever a rule might quote them."""
    headers = interaction["request"].get("headers") or {}
    out: list[str] = []
    for name, value in headers.items() if isinstance(headers, Mapping) else []:
        lowered = str(name).lower()
        if lowered in ("authorization", "cookie") or any(w in lowered for w in ("key", "token", "secret", "auth")):
            for item in value if isinstance(value, list) else [value]:
                text = str(item).strip()
                for secret in (text, text.partition(" ")[2].strip()):  # "Bearer <token>": the token too
                    if len(secret) >= 4:
                        out.append(secret)
    return tuple(out)
