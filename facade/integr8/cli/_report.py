"""`integr8 report KIND`: a click, conversion or impression report, streamed row by row.

Why `client.iter_report`: reports page by cursor (newest first) and the SDK follows the cursor
with flat memory; the command parses the dates itself so a mistake names `--from` or `--to`,
and writes each page's rows as they come, so a month of clicks can go straight into a file.
"""

from __future__ import annotations

import enum
from typing import Annotated

import typer

from ._errors import options_named
from ._list import stream_rows
from ._options import Columns, Integration, Output, Timezone, format_option
from ._output import Format, resolve
from ._state import make_client, state_of
from ._values import DATE_FORMATS_HELP, check_window, parse_when

EPILOG = """[b]Examples:[/b]

  $ integr8 report conversions -i $ID --from 2025-02-01 --to 2025-02-07 -o conversions.csv

  $ integr8 report clicks -i $ID --from '2025-02-01 10:00' --to '2025-02-01 12:00' -f jsonl

  $ integr8 report conversions -i $ID --from 2025-02-01 --to 2025-02-01 --status Rejected"""


class ReportKind(enum.StrEnum):
    clicks = "clicks"
    conversions = "conversions"
    impressions = "impressions"


From = Annotated[str, typer.Option("--from", help=f"Start: {DATE_FORMATS_HELP}.", show_default=False)]
# The SDK's keywords (`iter_report` and the report operations' parameters) as this command's
# options, for its messages (`_errors.options_named`).
REPORT_OPTIONS = {
    "integration_id": "--integration",
    "filterstatus": "--status",
    "filteroffer_id": "--offer",
    "filterpublisher": "--publisher",
    "filteradvertiser": "--advertiser",
    "offer_id": "--offer",
    "page_size": "--page-size",
    "pagesize": "--page-size",
}

To = Annotated[
    str,
    typer.Option("--to", help="End, included (a bare date means the whole day).", show_default=False),
]


def report(
    ctx: typer.Context,
    kind: Annotated[ReportKind, typer.Argument(help="clicks, conversions or impressions.")],
    start: From,
    end: To,
    integration: Integration = None,
    timezone: Timezone = "UTC",
    status: Annotated[
        str | None,
        typer.Option(
            "--status",
            help="Only rows with this status: Approved or Rejected; conversions also Pending.",
            show_default=False,
        ),
    ] = None,
    offer: Annotated[str | None, typer.Option("--offer", help="Only this offer id.", show_default=False)] = None,
    publisher: Annotated[
        str | None, typer.Option("--publisher", help="Only this publisher id.", show_default=False)
    ] = None,
    advertiser: Annotated[
        str | None,
        typer.Option("--advertiser", help="Only this advertiser id.", show_default=False),
    ] = None,
    page_size: Annotated[int, typer.Option("--page-size", min=1, max=100, help="Rows per request.")] = 100,
    limit: Annotated[
        int | None,
        typer.Option("--limit", min=1, help="Stop after this many rows.", show_default=False),
    ] = None,
    fmt: Annotated[Format, format_option(Format.csv)] = Format.auto,
    output: Output = None,
    columns: Columns = None,
) -> None:
    """Stream a click, conversion or impression report, newest rows first."""
    state = state_of(ctx)
    start_at = parse_when(start, "--from")
    end_at = parse_when(end, "--to")
    check_window(start, end, timezone)  # as typed: messages quote it
    integration_id = state.integration(integration)
    fmt = resolve(fmt, piped=Format.csv, output=output)
    with options_named(REPORT_OPTIONS), make_client(state) as client:
        rows = client.iter_report(
            kind.value,
            integration_id=integration_id,
            start=start_at,
            end=end_at,
            status=status,
            offer_id=offer,
            publisher=publisher,
            advertiser=advertiser,
            timezone=timezone,
            page_size=page_size,
        )
        stream_rows(
            rows,
            fmt,
            output,
            columns=columns,
            batch=page_size,
            limit=limit,
            quiet=state.quiet,
            what=f"{kind.value} row(s)",
        )
