"""`integr8 contract ...`: the contract tools (`integr8.contract`) for an app's CI.

Why commands and not only functions: the people who can confirm the inferred parts of the spec
are users with recordings or a real key, and the place they would check is CI, which wants a
command, an exit code and (for the probe) a report file. Each command is a thin layer over one
function of `integr8.contract`; exit codes: 0 all good, 1 the check found something (a
violation, a wrong path or field, a breaking change), 2 bad usage or unreadable input.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import json
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from ._atomic import check_destination, destination
from ._console import is_tty, note
from ._console import stdout as stdout_console
from ._errors import EXIT_FAILURE, CliError
from ._options import Integration, command
from ._state import make_client, state_of
from ._values import DATE_FORMATS_HELP, assignment, parse_when, split_names

if TYPE_CHECKING:
    from integr8.contract import ProbeReport

app = typer.Typer(
    help="Check recordings, the live API and new specs against the spec, for your CI.",
    epilog="""[b]Examples:[/b]

  $ integr8 contract check-cassettes tests/cassettes

  $ integr8 contract probe --output probe-report.json

  $ integr8 contract diff installed https://example.com/integr8.yaml""",
    no_args_is_help=True,
    rich_markup_mode="rich",
)

SpecFile = Annotated[
    str | None,
    typer.Option(
        "--spec",
        help="Check against this spec (path or URL, JSON or YAML) instead of the one this SDK ships.",
        show_default=False,
    ),
]


class ReportFormat(enum.StrEnum):
    auto = "auto"
    table = "table"
    json = "json"


@contextlib.contextmanager
def _contract_extra() -> Iterator[None]:
    """Turn a missing optional dependency into one line saying what to install."""
    try:
        yield
    except ModuleNotFoundError as exc:
        if (exc.name or "").split(".")[0] in ("openapi_core", "yaml", "jsonschema", "werkzeug"):
            raise CliError(
                f"this command needs the contract extra ({exc.name}): pip install 'integr8[contract]'"
            ) from None
        raise


def _spec(source: str | None) -> dict[str, Any]:
    """The spec at `source` (a path, a URL, or None/`installed`); unreadable is a usage error (exit 2).

    Why not let the error through: an OSError (a refused connection, a 404 on the URL) would exit
    1, which these commands use for "the check found something".
    """
    import http.client
    import urllib.error

    from integr8._redact import redact_url
    from integr8._spec import load_spec as installed
    from integr8.contract import load_spec

    if source is None or source == "installed":
        return installed()
    try:
        return load_spec(source)
    except urllib.error.HTTPError as exc:
        why = f"HTTP {exc.code} {exc.reason}".strip()
    except urllib.error.URLError as exc:
        reason = exc.reason
        why = reason.strerror if isinstance(reason, OSError) and reason.strerror else str(reason)
    except OSError as exc:
        why = exc.strerror or str(exc) or type(exc).__name__
    except http.client.HTTPException as exc:
        why = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    except UnicodeDecodeError:
        why = "not UTF-8 text"
    except LookupError as exc:  # a charset Python does not know
        why = f"unknown text encoding ({exc})"
    raise CliError(f"cannot read the spec {redact_url(source)}: {why}") from None


# -- check-cassettes -------------------------------------------------------------------------------


@command(
    app,
    "check-cassettes",
    epilog="""[b]Examples:[/b]

  $ integr8 contract check-cassettes tests/cassettes

  $ integr8 contract check-cassettes tests/cassettes --api-host integr8.internal:8443 --spec integr8.yaml""",
)
def check_cassettes_command(
    paths: Annotated[list[Path], typer.Argument(help="Cassette files, or folders searched for *.yaml, *.yml, *.json.")],
    spec: SpecFile = None,
    api_hosts: Annotated[
        list[str] | None,
        typer.Option(
            "--api-host",
            help="The API's host[:port] in the recordings (repeat). Default: the spec's server, and every "
            "host with a request that matches an operation of the spec.",
            show_default=False,
        ),
    ] = None,
    ignore_hosts: Annotated[
        list[str] | None,
        typer.Option("--ignore-host", help="Never check traffic to this host[:port] (repeat).", show_default=False),
    ] = None,
    check_auth: Annotated[
        bool,
        typer.Option(
            "--check-auth",
            help="Also require the credentials the spec asks for (API-KEY or Authorization) in every request. "
            "Off by default: recordings are usually scrubbed of them.",
        ),
    ] = False,
) -> None:
    """Validate every recorded Integr8 interaction in vcrpy cassettes against the spec.

    Request and response of each interaction on the API host are checked with the same validator
    as the SDK's own contract test. Prints one line per violation: cassette#interaction,
    operation, request or response, and the rule; exits 1 if there is any. Other hosts (the
    signed-URL download host, your other services) are left out and counted on stderr. Header
    values are never printed, and keys and signed URLs are masked in every rule. Credentials are
    not checked unless --check-auth is given.
    """
    from integr8.contract import scan_cassettes

    with _contract_extra():
        the_spec = _spec(spec)
        try:
            scan = scan_cassettes(
                paths, the_spec, api_hosts=api_hosts or None, ignore_hosts=ignore_hosts or (), check_auth=check_auth
            )
        except ValueError as exc:
            raise CliError(str(exc)) from None
    for violation in scan.violations:
        typer.echo(str(violation))
    if scan.checked == 0:
        raise CliError(
            f"no interaction with the Integr8 API in {len(scan.cassettes)} cassette(s) "
            f"(hosts seen: {', '.join(scan.skipped) or 'none'}); name it with --api-host"
        )
    note(scan.summary())
    if scan.violations:
        raise typer.Exit(EXIT_FAILURE)


# -- probe -----------------------------------------------------------------------------------------


@command(
    app,
    "probe",
    epilog="""[b]Examples:[/b]

  $ INTEGR8_API_KEY=... integr8 contract probe -i $ID --output probe-report.json

  $ integr8 contract probe --only Offers --only OfferEvents --format json | jq '.summary'""",
)
def probe_command(
    ctx: typer.Context,
    integration: Integration = None,
    only: Annotated[
        list[str] | None,
        typer.Option(
            "--only",
            help="Only these tags (repeat, or comma-separated), e.g. Offers or offer_events. The lists they "
            "need ids from are called too.",
            show_default=False,
        ),
    ] = None,
    ids: Annotated[
        list[str] | None,
        typer.Option(
            "--id",
            help="A path parameter's value, NAME=VALUE (repeat), e.g. organizationID=... when no list gives one.",
            show_default=False,
        ),
    ] = None,
    rate: Annotated[float, typer.Option("--rate", min=0.01, help="At most this many requests per second.")] = 2.0,
    until: Annotated[
        str | None,
        typer.Option(
            "--until",
            help="End of the 24-hour window for reports and link-test charts (default: now, UTC): "
            f"{DATE_FORMATS_HELP}.",
            show_default=False,
        ),
    ] = None,
    spec: SpecFile = None,
    fmt: Annotated[
        ReportFormat,
        typer.Option(
            "--format",
            "-f",
            help="table or json on stdout. Default: table on a terminal or with --output, json when piped.",
            case_sensitive=False,
        ),
    ] = ReportFormat.auto,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", help="Also write the JSON report to this file (atomically).", show_default=False
        ),
    ] = None,
) -> None:
    """Call every read-only (GET) operation once with your key and check each answer against the spec.

    Lists are called with one item per page, then each get-by-id with an id its list returned. Per
    operation: confirmed, path_not_found (404/405 on the path itself: the inferred path or method
    is likely wrong), schema_mismatch (fields missing, extra or of another type), forbidden (403:
    your key lacks the permission) or not_probed (a write, or no id to use). Never sends POST,
    PUT, PATCH or DELETE. Waits out 429s as Retry-After says, and sends at most --rate requests
    per second. Exits 1 if any operation is path_not_found, schema_mismatch or error. The key
    and signed URLs never appear in the output.
    """
    from integr8.contract import probe

    state = state_of(ctx)
    if output is not None:
        check_destination(output)  # before the first request, not after the last
    given = {name: value for name, value in (assignment(item, "--id") for item in ids or [])}
    tags = [tag for item in only or [] for tag in split_names(item, "--only")] or None
    window_end = _window_end(until)
    with _contract_extra():
        the_spec = _spec(spec)
        with make_client(state) as client:
            report = probe(
                client,
                integration_id=integration or state.settings().integration,
                ids=given,
                only=tags,
                rate=rate,
                spec=the_spec,
                window_end=window_end,
            )
    if output is not None:
        with destination(output) as stream:
            stream.write(report.to_json())
    shown = fmt
    if shown is ReportFormat.auto:
        shown = ReportFormat.table if output is not None or is_tty(_stdout()) else ReportFormat.json
    if shown is ReportFormat.json:
        typer.echo(report.to_json(), nl=False)
    else:
        _print_table(report)
    note(f"probe: {report.summary()}" + (f"; report written to {output}" if output else ""), quiet=state.quiet)
    if not report.ok:
        raise typer.Exit(EXIT_FAILURE)


def _stdout() -> Any:
    import sys

    return sys.stdout


def _window_end(text: str | None) -> dt.datetime | None:
    if text is None:
        return None
    when = parse_when(text, "--until")
    if not isinstance(when, dt.datetime):  # a date alone ends at the end of that day, as everywhere
        when = dt.datetime.combine(when, dt.time(23, 59, 59))
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)


_STYLES = {
    "confirmed": "green",
    "path_not_found": "bold red",
    "schema_mismatch": "bold red",
    "error": "bold red",
    "forbidden": "yellow",
    "not_probed": "dim",
}


def _print_table(report: ProbeReport) -> None:
    """The read operations, one per row; writes are summed up in a note (they are never sent)."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    reads = [r for r in report.results if r.method == "GET"]
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, header_style="bold")
    table.add_column("RESULT", no_wrap=True)
    table.add_column("OPERATION", no_wrap=True)
    table.add_column("STATUS", no_wrap=True, justify="right")
    table.add_column("DETAIL", overflow="fold")
    for result in reads:
        name = result.operation_id + ("*" if result.inferred else "")
        status = "" if result.status is None else str(result.status)
        table.add_row(
            Text(result.outcome.value, style=_STYLES[result.outcome.value]),
            Text(name),
            Text(status),
            Text(result.detail),
        )
    console = stdout_console()
    console.print(table)
    writes = len(report.results) - len(reads)
    footer = "* method or path inferred by the spec (x-inferred)"
    if writes:
        footer += f"; {writes} write operation(s) not sent (listed in the JSON report)"
    console.print(Text(footer, style="dim"))


# -- diff ------------------------------------------------------------------------------------------


class DiffFormat(enum.StrEnum):
    text = "text"
    json = "json"


@command(
    app,
    "diff",
    epilog="""[b]Examples:[/b]

  $ integr8 contract diff installed https://example.com/integr8.yaml

  $ integr8 contract diff openapi/integr8.yaml new-integr8.yaml --format json""",
)
def diff_command(
    old: Annotated[str, typer.Argument(help="The old spec: path, URL, or `installed` (the one this SDK ships).")],
    new: Annotated[str, typer.Argument(help="The new spec: path, URL, or `installed`.")],
    fmt: Annotated[DiffFormat, typer.Option("--format", "-f", case_sensitive=False, help="text or json.")] = (
        DiffFormat.text
    ),
) -> None:
    """Say what changed between two specs, and exit 1 if any change breaks code written against the SDK.

    Breaking: an operation removed, its path, method or operationId changed; a parameter removed or
    newly required; a request body newly required, or a media type of it removed; a request field
    removed or newly required; a parameter or request field newly limited to an enum; a response
    field removed, retyped or no longer required; an enum value removed. Each breaking change lists
    what it affects: the generated module (integr8_client/api/..., integr8_client/models/...) and
    the SDK code that names the operation (integr8/_opnames.py and its users).
    """
    from integr8.contract import affected_code, diff_specs

    with _contract_extra():
        old_spec, new_spec = _spec(old), _spec(new)
    result = diff_specs(old_spec, new_spec)
    impacts = affected_code(result.breaking, old_spec)
    if fmt is DiffFormat.json:
        typer.echo(json.dumps(_diff_json(result, impacts), indent=2))
    else:
        typer.echo(result.format())
        if impacts:
            typer.echo("\nBreaking changes and the code they affect:")
            for impact in impacts:
                typer.echo(f"  {impact}")
                typer.echo(f"    affects: {', '.join(impact.affects) or 'nothing in this SDK'}")
    if result.breaking:
        note(f"{len(result.breaking)} breaking change(s)")
        raise typer.Exit(EXIT_FAILURE)


def _diff_json(result: Any, impacts: list[Any]) -> dict[str, Any]:
    affects = {id(impact.change): list(impact.affects) for impact in impacts}

    def change(c: Any) -> dict[str, Any]:
        out = {"kind": c.kind.value, "operation": c.operation, "location": c.location, "detail": c.detail}
        out["breaking"] = c.breaking
        if c.breaking:
            out["affects"] = affects.get(id(c), [])
        return out

    return {"breaking": len(result.breaking), "changes": [change(c) for c in result.changes]}
