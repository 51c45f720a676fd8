"""`integr8 list TAG OPERATION`: every row of a numbered list operation, streamed.

Why through `client.paginate`: it already knows the API's paging (page 1 says how many pages
follow, items that shift between pages are not repeated), so the command only adds the text
syntax for filters and sort, and writes rows as pages arrive instead of collecting them.
"""

from __future__ import annotations

from typing import Annotated, Any

import typer

from ._atomic import destination
from ._call import fill_integration, find_operation
from ._console import note
from ._errors import CliError
from ._options import Columns, Integration, Output, Params, format_option
from ._output import Format, resolve, write_rows
from ._state import make_client, state_of
from ._values import FILTER_OPERATORS, check_required, operation_params, parse_filters, split_names

EPILOG = """[b]Examples:[/b]

  $ integr8 list offers list_offers -i $ID --filter status=Active --sort -created_at

  $ integr8 list offers list_offers -i $ID --filter name.like=summer --format jsonl | jq .name

  $ integr8 list download_center list_download_center_exports --filter results_meta.total.gte=10"""

RESERVED = ("pagenumber", "pagesize", "sort")


def list_rows(
    ctx: typer.Context,
    tag: Annotated[str, typer.Argument(help="The API tag: offers, publishers ...")],
    operation: Annotated[
        str | None, typer.Argument(help="A list operation, e.g. list_offers.", show_default=False)
    ] = None,
    filters: Annotated[
        list[str] | None,
        typer.Option(
            "--filter",
            help=f"field=value, or field.OP=value with OP one of {', '.join(sorted(FILTER_OPERATORS))} (repeat).",
            show_default=False,
        ),
    ] = None,
    sort: Annotated[
        str | None,
        typer.Option(
            "--sort",
            help="Sort keys, comma-separated; '-' in front for descending.",
            show_default=False,
        ),
    ] = None,
    page_size: Annotated[int, typer.Option("--page-size", min=1, max=100, help="Rows per request.")] = 100,
    limit: Annotated[
        int | None,
        typer.Option("--limit", min=1, help="Stop after this many rows.", show_default=False),
    ] = None,
    integration: Integration = None,
    param: Params = None,
    fmt: Annotated[Format, format_option(Format.jsonl)] = Format.auto,
    output: Output = None,
    columns: Columns = None,
) -> None:
    """List every row of a list operation, all pages, streamed as they arrive.

    A filter's field may itself contain dots (results_meta.total): the text after the last dot
    is read as the operator only when it is a known operator, so results_meta.total=5 filters
    the field results_meta.total and results_meta.total.gte=5 applies gte to it.
    """
    info = find_operation(tag, operation)
    if not info.paginated:
        raise CliError(f"{tag}.{operation} is not a paginated list operation; use: integr8 call")
    params = operation_params(info, param or [], reserved=RESERVED)
    state = state_of(ctx)
    fill_integration(info, params, state, integration)
    check_required(info, params, provided=RESERVED)
    fmt = resolve(fmt, piped=Format.jsonl, output=output)
    with make_client(state) as client:
        rows = client.paginate(
            getattr(getattr(client, info.tag), info.name),
            page_size=page_size,
            filters=parse_filters(filters or []),
            sort=split_names(sort, "--sort") or None,
            **params,
        )
        stream_rows(rows, fmt, output, columns=columns, batch=page_size, limit=limit, quiet=state.quiet)


def stream_rows(
    rows: Any,
    fmt: Format,
    output: Any,
    *,
    columns: str | None,
    batch: int,
    limit: int | None,
    quiet: bool,
    what: str = "row(s)",
) -> None:
    """Write rows to stdout or atomically to `output` as they arrive (list and report share it)."""
    with destination(output) as stream:
        count = write_rows(
            rows, fmt, stream, columns=split_names(columns, "--columns") or None, batch=batch, limit=limit, quiet=quiet
        )
    if output is not None:
        note(f"wrote {count} {what} to {output}", quiet=quiet)
