"""`integr8 list TAG OPERATION`: every row of a numbered list operation, streamed.

Why through `client.paginate`: it already knows the API's paging (page 1 says how many pages
follow, items that shift between pages are not repeated), so the command only adds the text
syntax for filters and sort, and writes rows as pages arrive instead of collecting them.
"""

from __future__ import annotations

from typing import Annotated, Any

import typer

from .._filter_operators import FILTER_OPERATORS
from ._atomic import destination
from ._call import fill_integration, find_operation
from ._console import note
from ._errors import CliError
from ._options import Columns, Integration, Output, Params, format_option
from ._output import Format, resolve, write_rows
from ._state import make_client, state_of
from ._values import ALLOW_UNKNOWN_FILTER, check_required, operation_params, parse_filters, split_names

EPILOG = """[b]Examples:[/b]

  $ integr8 list offers list_offers -i $ID --filter active=true --sort -created_at

  $ integr8 list offers list_offers -i $ID --filter name.like=Fitness --format jsonl | jq .name

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
            help=(
                f"field=value, or field.OP=value with OP one of {', '.join(FILTER_OPERATORS)} (repeat). "
                "Fields are those of the operation's items, dotted for nested ones (default_payout.payout); "
                "an unknown field or operator is exit 2, listing the valid ones."
            ),
            show_default=False,
        ),
    ] = None,
    allow_unknown_filter: Annotated[
        bool,
        typer.Option(
            ALLOW_UNKNOWN_FILTER,
            help=(
                "Send a --filter field the spec does not list for the operation's items (the API matches "
                "nothing for a field its items lack). Operators are checked all the same."
            ),
        ),
    ] = False,
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
    is read as the operator when it is one, so results_meta.total.gte=5 applies gte to the field
    results_meta.total, and results_meta.total=5 filters that field. Any other name is exit 2:
    an unknown operator (name.bogus=x) lists the operators, a field the operation's items do not
    have (per the spec) lists the valid fields; --allow-unknown-filter sends such a field anyway.
    """
    info = find_operation(tag, operation)
    if not info.paginated:
        raise CliError(f"{tag}.{operation} is not a paginated list operation; use: integr8 call")
    params = operation_params(info, param or [], reserved=RESERVED)
    state = state_of(ctx)
    fill_integration(info, params, state, integration)
    check_required(info, params, provided=RESERVED)
    fmt = resolve(fmt, piped=Format.jsonl, output=output)
    from integr8._filters import item_fields

    where = f"{info.tag}.{info.name}"
    wanted = parse_filters(filters or [], item_fields(info.name), allow_unknown=allow_unknown_filter, where=where)
    with make_client(state) as client:
        rows = client.paginate(
            getattr(getattr(client, info.tag), info.name),
            page_size=page_size,
            filters=wanted,
            sort=split_names(sort, "--sort") or None,
            strict_filters=not allow_unknown_filter,
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
