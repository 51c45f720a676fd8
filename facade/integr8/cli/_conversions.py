"""`integr8 conversions update FILE.csv`: send conversion updates and show what became of each.

Why the verification table is the point of the command: the API answers "success" whether or
not an update matched a conversion, and skips mismatches silently. The SDK reads the Conversion
Report back and sorts every update into applied / skipped / not found; this command prints that
per CSV line and exits 3 when anything was not applied, so a script notices.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from ._atomic import destination
from ._console import note
from ._errors import EXIT_NOT_APPLIED, CliError, as_options, options_named
from ._options import Integration, command
from ._output import Format, write_rows
from ._state import make_client, state_of
from ._updates_csv import ALLOW_UNKNOWN_STATUS, COLUMNS, read_updates

app = typer.Typer(
    help="Update conversions (status, payout, revenue) and verify that each update was applied.",
    epilog="""[b]Example:[/b]

  $ integr8 conversions update fixes.csv -i $ID""",
    no_args_is_help=True,
    rich_markup_mode="rich",
)

# The SDK's keywords (`update_conversions`) as this command's options, for its messages.
UPDATE_OPTIONS = {
    "allow_unknown_status=True": ALLOW_UNKNOWN_STATUS,
    "verify_timeout": "--verify-timeout",
    "timezone": "--timezone",
}

STATE_LABEL = {
    "applied": "applied",
    "skipped": "skipped",
    "not_found": "not found",
    "unsettled": "unsettled",
    "unverified": "sent",
}
STATE_STYLE = {"applied": "green", "skipped": "yellow", "not_found": "red", "unsettled": "magenta", "unverified": "dim"}


def outcome_rows(report: Any, lines: list[int]) -> list[dict[str, Any]]:
    return [
        {
            "line": lines[o.index],
            "tx_id": o.update.tx_id,
            "result": STATE_LABEL.get(o.state, o.state),
            "reasons": "; ".join(o.reasons) if o.state != "unverified" else "not verified",
        }
        for o in report.outcomes
    ]


def print_table(report: Any, lines: list[int], stream: Any) -> None:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    from ._console import stdout

    table = Table(title=f"Conversion updates: {report.summary()}", box=box.SIMPLE_HEAD, title_justify="left")
    for name in ("line", "tx_id", "result", "reasons"):
        table.add_column(name, overflow="fold", justify="right" if name == "line" else "left")
    for outcome, row in zip(report.outcomes, outcome_rows(report, lines), strict=True):
        style = STATE_STYLE.get(outcome.state, "")
        table.add_row(
            str(row["line"]),
            Text(row["tx_id"]),
            Text(row["result"], style=style),
            Text(row["reasons"]),
        )
    stdout(stream).print(table)


@command(
    app,
    "update",
    epilog=f"""[b]CSV columns:[/b] {", ".join(COLUMNS)} (header required; tx_id, conversion_time and
hash exactly as the Conversion Report shows them; an empty cell leaves that value unchanged).

[b]Example:[/b]

  $ integr8 conversions update fixes.csv -i $ID

  tx_id,conversion_time,hash,status,payout,revenue
  b726e16c...,2025-02-01 23:54:35,d7a71719...,Rejected,,""",
)
def update(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(help="CSV file of updates.", show_default=False)],
    integration: Integration = None,
    verify: Annotated[
        bool,
        typer.Option("--verify/--no-verify", help="Read the report back to check each update."),
    ] = True,
    timezone: Annotated[
        str,
        typer.Option("--timezone", "-z", help="IANA time zone of conversion_time values without an offset."),
    ] = "UTC",
    verify_timeout: Annotated[
        float,
        typer.Option("--verify-timeout", min=0, help="Seconds to wait for the report to show new values."),
    ] = 60.0,
    fmt: Annotated[
        Format,
        typer.Option("--format", "-f", help="table, json, jsonl or csv.", case_sensitive=False),
    ] = Format.table,
    allow_unknown_status: Annotated[
        bool,
        typer.Option(
            ALLOW_UNKNOWN_STATUS,
            help="Send a status other than Approved, Rejected or Pending as written (refused otherwise: "
            "the API answers success whatever it does with a status it does not know).",
        ),
    ] = False,
) -> None:
    """Send the updates in FILE.csv, then show which were applied, skipped or not found.

    Every line is checked before anything is sent; a bad line stops the command (exit 2) with
    each problem and its line number. A status must be Approved, Rejected or Pending, as written
    (--allow-unknown-status sends another). Exit 3 when an update was not applied.
    """
    from integr8 import InvalidUpdatesError

    state = state_of(ctx)
    integration_id = state.integration(integration)
    updates, lines = read_updates(file, allow_unknown_status=allow_unknown_status)
    checking = " and reading the Conversion Report back" if verify else ""
    note(f"sending {len(updates)} update(s){checking}...", quiet=state.quiet)
    with options_named(UPDATE_OPTIONS), make_client(state) as client:
        try:
            report = client.update_conversions(
                integration_id=integration_id,
                updates=updates,
                verify=verify,
                timezone=timezone,
                verify_timeout=verify_timeout,
                allow_unknown_status=allow_unknown_status,
            )
        except InvalidUpdatesError as exc:  # the SDK's own checks; name CSV lines, not indexes
            details = [f"line {lines[i]}: {as_options(msg, UPDATE_OPTIONS)}" for i, msg in exc.problems]
            raise CliError(f"{file}: {len(details)} problem(s); nothing was sent", details=details) from None
    with destination(None) as stream:
        if fmt in (Format.table, Format.auto):
            print_table(report, lines, stream)
        else:
            write_rows(outcome_rows(report, lines), fmt, stream)
    if not verify:
        note(f"sent {len(updates)} update(s), not verified", quiet=state.quiet)
        return
    if not report.ok:
        note(f"not every update was applied: {report.summary()}", quiet=state.quiet)
        raise typer.Exit(EXIT_NOT_APPLIED)
