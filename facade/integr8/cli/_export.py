"""`integr8 export KIND` and `integr8 export resume`: Download Center exports into a file.

Why a command per kind: each kind is its own API operation with its own columns, and
`integr8 export --help` then lists them. All of them share one implementation: the SDK's
`export_to_file` does the work (create, poll, download from the signed URL without credentials,
verify, write atomically); this module parses the options and shows progress on stderr. A slow
export is never lost: the error names the command that picks it up again.

The Download Center accepts at most 10 export requests a day and holds at most 5 million rows
per export, 2 million for clicks (Integr8's knowledge base, luismgoyone/integr8-docs:
docs/reports-and-analytics/download-center.md, click-reports.md). So an existing export of the
same query, still running or completed at most `--reuse-max-age` seconds ago (default one hour),
is used instead of a new one (`--no-reuse`: always a new one), and a line on stderr says which
export and when it was created, even with --quiet (its data is a snapshot from then). An export
whose rows reach the cap gets a warning, and a hint to split the window.
"""

# No `from __future__ import annotations` here: the commands are made in a loop, and typer must
# evaluate their annotations, which refer to the loop's variables, at definition time.

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer

from ._atomic import check_destination
from ._console import note, warn
from ._errors import CliError, options_named
from ._options import Integration, Timezone, command
from ._state import make_client, state_of
from ._values import DATE_FORMATS_HELP, check_window, parse_when, split_names

app = typer.Typer(
    help="Export a report through the Download Center into a CSV file, with live progress.",
    epilog="""[b]Examples:[/b]

  $ integr8 export clicks -i $ID --from 2025-02-01 --to 2025-02-28 --fields tx_id,status \\
      --extra sub1 -o clicks.csv

  $ integr8 export resume 6d49c9642ed250b0250ba928 -o clicks.csv""",
    no_args_is_help=True,
    rich_markup_mode="rich",
)

# The SDK's values (integr8._exports), repeated rather than imported: a help page must not load
# the SDK (tests/test_startup.py); tests/test_export_reuse.py checks that they agree.
DEFAULT_REUSE_MAX_AGE = 3600.0  # seconds
DAILY_EXPORT_LIMIT = 10  # export requests a day (docs/reports-and-analytics/download-center.md)
RETENTION_SECONDS = 90 * 86400  # files kept 90 days (same article)

# The SDK's keywords (`export_to_file`, `resume_export`) as these commands' options, for their
# messages (`_errors.options_named`).
EXPORT_OPTIONS = {
    "integration_id": "--integration",
    "dest": "--output",
    "fields": "--fields",
    "extra_parameters": "--extra",
    "timeout": "--timeout",
    "reuse_max_age": "--reuse-max-age",
    "export_id": "EXPORT_ID",
}

KINDS = {  # command name -> SDK kind
    "clicks": "clicks",
    "conversions": "conversions",
    "impressions": "impressions",
    "postback-logs": "postback_logs",
}

OutputFile = Annotated[
    Path,
    typer.Option("--output", "-o", help="The CSV (or, with --zip, zip) file to write.", show_default=False),
]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="No progress display.")]
Timeout = Annotated[float, typer.Option("--timeout", min=1, help="Seconds to wait for the export to be ready.")]
Zip = Annotated[bool, typer.Option("--zip", help="Keep the verified zip instead of extracting the CSV.")]
ReuseMaxAge = Annotated[
    float,
    typer.Option(
        "--reuse-max-age",
        min=0,
        max=RETENTION_SECONDS,
        metavar="SECONDS",
        help=(
            "Use an existing export of the same query instead of creating one when it is still running, "
            "or completed after --to and at most this many seconds ago (the Download Center accepts "
            f"{DAILY_EXPORT_LIMIT} export requests a day)."
        ),
    ),
]
NoReuse = Annotated[
    bool,
    typer.Option(
        "--no-reuse", help="Always create a new export (a fresh snapshot), even if one of the same query exists."
    ),
]


def _finish(state: Any, result: Any, quiet: bool) -> None:
    # A row count that differs from the export's own, or that reaches the cap, is logged (and
    # shown as a warning) by the SDK; the hint here says what to do about the cap in CLI terms.
    if result.reused:  # even with --quiet: the data is a snapshot from then, never handed out silently
        note(f"reused export {result.export_id}, created {_when(result.created_at)} (--no-reuse for a new export)")
    if result.probably_truncated:
        warn(
            f"export {result.export_id} stopped at the Download Center's row cap: split the window, running "
            "the export again for shorter --from/--to ranges (a week or a day each), and join the files"
        )
    from ._progress import size

    note(
        f"wrote {result.rows} row(s), {size(result.bytes)}, to {result.path} (export {result.export_id})",
        quiet=state.quiet or quiet,
    )


def _when(created: dt.datetime | None) -> str:
    if created is None:
        return "at a time the API did not say"
    return created.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S UTC")


def _export_command(kind: str, name: str) -> Callable[..., None]:
    takes_extra = kind != "postback_logs"
    extra_help = (
        "Extra parameters to add as columns, comma-separated; the API requires at least one (e.g. sub1)."
        if takes_extra
        else "Not available for postback logs."
    )

    def run(
        ctx: typer.Context,
        start: Annotated[str, typer.Option("--from", help=f"Start: {DATE_FORMATS_HELP}.", show_default=False)],
        end: Annotated[
            str,
            typer.Option("--to", help="End, included (a bare date: the whole day).", show_default=False),
        ],
        fields: Annotated[
            str,
            typer.Option("--fields", help="Columns, comma-separated (e.g. tx_id,status).", show_default=False),
        ],
        output: OutputFile,
        integration: Integration = None,
        extra: Annotated[
            str | None,
            typer.Option("--extra", help=extra_help, show_default=False, hidden=not takes_extra),
        ] = None,
        timezone: Timezone = "UTC",
        zip_: Zip = False,
        timeout: Timeout = 1800.0,
        reuse_max_age: ReuseMaxAge = DEFAULT_REUSE_MAX_AGE,
        no_reuse: NoReuse = False,
        quiet: Quiet = False,
    ) -> None:
        state = state_of(ctx)
        start_at = parse_when(start, "--from")
        end_at = parse_when(end, "--to")
        check_window(start, end, timezone)  # as typed: messages quote it
        columns = split_names(fields, "--fields")
        extras = split_names(extra, "--extra")
        if extras and not takes_extra:
            raise CliError("--extra: postback log exports take no extra parameters")
        if takes_extra and not extras:
            raise CliError(
                f"--extra is required for {name} exports: the API needs at least one extra "
                "parameter column (e.g. --extra sub1)"
            )
        integration_id = state.integration(integration)
        check_destination(output)  # named --output, before any request (the SDK checks it again)
        from ._progress import export_display  # rich.progress: imported when an export runs, not for --help

        with (
            options_named(EXPORT_OPTIONS),
            make_client(state) as client,
            export_display(state.quiet or quiet) as display,
        ):
            result = client.export_to_file(
                kind,
                integration_id=integration_id,
                start=start_at,
                end=end_at,
                dest=output,
                fields=columns,
                extra_parameters=extras or None,
                timezone=timezone,
                extract=not zip_,
                timeout=timeout,
                on_progress=display,
                reuse_max_age=None if no_reuse else reuse_max_age,
            )
        _finish(state, result, quiet)

    label = name.replace("-", " ")
    run.__doc__ = f"Export {label} between --from and --to into a CSV file (or a zip with --zip)."
    run.__name__ = f"export_{kind}"
    return run


for _name, _kind in KINDS.items():
    command(
        app,
        _name,
        epilog=f"""[b]Example:[/b]

  $ integr8 export {_name} -i $ID --from 2025-02-01 --to 2025-02-28 \\
      --fields tx_id,{"status --extra sub1" if _kind != "postback_logs" else "http_status"} -o {_name}.csv""",
    )(_export_command(_kind, _name))


@command(
    app,
    "resume",
    epilog="""[b]Example:[/b]

  $ integr8 export resume 6d49c9642ed250b0250ba928 -o clicks.csv""",
)
def resume(
    ctx: typer.Context,
    export_id: Annotated[str, typer.Argument(help="The export's id (from an earlier timeout message).")],
    output: OutputFile,
    zip_: Zip = False,
    timeout: Timeout = 1800.0,
    quiet: Quiet = False,
) -> None:
    """Wait for an existing export and download it (after a timeout, or from another machine)."""
    state = state_of(ctx)
    check_destination(output)
    from ._progress import export_display

    with (
        options_named(EXPORT_OPTIONS),
        make_client(state) as client,
        export_display(state.quiet or quiet) as display,
    ):
        result = client.resume_export(export_id, dest=output, extract=not zip_, timeout=timeout, on_progress=display)
    _finish(state, result, quiet)
