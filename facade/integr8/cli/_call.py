"""`integr8 call TAG OPERATION`: any operation of the API, by the SDK's name for it.

Why a generic command rather than one per operation: the SDK binds every operation of the spec
by discovery, and so does this; a new operation in the spec is callable here the day the
client is regenerated, with its parameters checked against the generated signature.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import typer

from ._atomic import destination
from ._errors import CliError
from ._options import Columns, Integration, Output, Params, format_option
from ._output import Format, resolve, write_answer
from ._state import AppState, make_client, state_of
from ._values import check_required, operation_params, split_names

if TYPE_CHECKING:
    from integr8._operations import OperationInfo

EPILOG = """[b]Examples:[/b]

  $ integr8 call offers get_offer --param integration_id=$ID --param offer_id=$OFFER

  $ integr8 call advertisers create_advertiser --param body=@advertiser.json --format json

  $ integr8 call reports   [dim](lists the operations of a tag)[/dim]"""


def find_operation(tag: str, operation: str | None) -> OperationInfo:
    """The `OperationInfo` for TAG OPERATION, or a message listing what exists."""
    from integr8._operations import catalog, operation_info

    tags = catalog()
    if tag not in tags:
        raise CliError(f"no tag {tag!r}; tags: {', '.join(tags)}")
    if operation is None:
        raise CliError(f"give an operation of {tag}: {', '.join(tags[tag])}")
    if operation not in tags[tag]:
        raise CliError(f"{tag} has no operation {operation!r}; it has: {', '.join(tags[tag])}")
    return operation_info(tag, operation)


def fill_integration(info: OperationInfo, params: dict[str, Any], state: AppState, given: str | None) -> None:
    """Set `integration_id` from --integration, the environment or the config file.

    Only for operations that take one, and only when --param did not give it: the environment
    variable is a default, never an error for an operation without an integration.
    """
    if "integration_id" not in info.signature.parameters:
        if given:
            raise CliError(f"{info.tag}.{info.name} takes no integration; drop --integration")
        return
    if "integration_id" not in params and (given or state.settings().integration):
        params["integration_id"] = state.integration(given)


def call(
    ctx: typer.Context,
    tag: Annotated[str, typer.Argument(help="The API tag as the SDK names it: offers, reports ...")],
    operation: Annotated[str | None, typer.Argument(help="The operation, e.g. get_offer.", show_default=False)] = None,
    param: Params = None,
    integration: Integration = None,
    fmt: Annotated[Format, format_option(Format.json)] = Format.auto,
    output: Output = None,
    columns: Columns = None,
) -> None:
    """Call one API operation and print its answer.

    Values of --param follow the operation's parameter types: text stays text, numbers and
    true/false are parsed, lists are comma-separated, request bodies are JSON (inline or
    @file.json). Run without OPERATION to list a tag's operations.
    """
    info = find_operation(tag, operation)
    params = operation_params(info, param or [])
    state = state_of(ctx)
    fill_integration(info, params, state, integration)
    check_required(info, params)
    fmt = resolve(fmt, piped=Format.json, output=output)
    with make_client(state) as client:
        answer = getattr(getattr(client, info.tag), info.name)(**params)
    with destination(output) as stream:
        write_answer(
            answer,
            fmt,
            stream,
            columns=split_names(columns, "--columns") or None,
            quiet=state.quiet,
        )
    if answer is None:
        from ._console import note

        note(f"{tag}.{operation}: done (no content)", quiet=state.quiet)
