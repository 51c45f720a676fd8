"""The root `integr8` command: global options, error handling, and the command groups.

Why the error handling sits in the group class: typer calls every subcommand from inside the
root group's `invoke`, so catching there gives every command, present and future, the same
behaviour (one line on stderr, an exit code from `_errors`) without a decorator on each. Typer's
own usage errors (unknown option, missing argument) keep typer's formatting and exit code 2.
"""

from __future__ import annotations

from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from integr8._constants import DEFAULT_BASE_URL

from . import _appsamurai, _call, _contract, _conversions, _demo, _export, _list, _report, _sandbox
from ._errors import EXIT_CODES_HELP, report
from ._options import paragraphs
from ._state import AppState

# Click's own errors (usage errors and the like), which click reports itself. Their base is
# `ClickException`: click's own in older typer releases, typer's vendored copy (`typer._click`) in newer;
# `typer.TyperException` exists only in the latter, so the base is found from a class both export.
_CLICK_ERRORS: tuple[type[Exception], ...] = tuple(
    c for c in typer.BadParameter.__mro__ if c.__name__ == "ClickException"
)


class _Group(TyperGroup):
    """A typer group that turns exceptions from any command into a message and an exit code."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            # The reader stopped early (`integr8 list ... | head`): success for the pipeline, so
            # exit 0 quietly, as cat and jq do (click would say 1). Stdout goes to /dev/null so
            # the interpreter's final flush does not fail again.
            import os
            import sys

            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise typer.Exit(0) from None
        except (typer.Exit, typer.Abort):
            raise
        except _CLICK_ERRORS:
            raise
        except Exception as exc:
            state = ctx.find_object(AppState)
            raise typer.Exit(report(exc, debug=bool(state and state.debug))) from None


HELP = f"""Work with the Integr8 affiliate-tracking API from a terminal.

Credentials come from [b]INTEGR8_API_KEY[/b] and [b]INTEGR8_BASE_URL[/b] (and APPSAMURAI_URL for
the appsamurai commands), or from ~/.config/integr8/config.toml. Results go to stdout, progress
and messages to stderr.

{EXIT_CODES_HELP}"""

EPILOG = """[b]Examples:[/b]

  $ integr8 list offers list_offers --param integration_id=$ID --format csv > offers.csv

  $ integr8 report conversions --integration $ID --from 2025-02-01 --to 2025-02-07

  $ integr8 demo"""

app = typer.Typer(
    cls=_Group,
    name="integr8",
    help=paragraphs(HELP),
    epilog=EPILOG,
    no_args_is_help=True,
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)


def _print_version(value: bool) -> None:
    if value:
        from integr8 import __version__

        typer.echo(f"integr8 {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    ctx: typer.Context,
    debug: Annotated[
        bool,
        typer.Option("--debug", help="Show tracebacks and log HTTP requests (secrets masked)."),
    ] = False,
    quiet: Annotated[
        bool,
        typer.Option("--quiet", "-q", help="No progress or notes on stderr; errors still show."),
    ] = False,
    api_key: Annotated[
        str | None,
        typer.Option(
            "--api-key",
            help="API key. Prefer INTEGR8_API_KEY: an option shows in the process list.",
            show_default=False,
        ),
    ] = None,
    base_url: Annotated[
        str | None,
        typer.Option(
            "--base-url",
            envvar="INTEGR8_BASE_URL",
            help=f"API base URL (default {DEFAULT_BASE_URL}, the host Integr8's public docs show; inferred).",
            show_default=False,
        ),
    ] = None,
    allow_http: Annotated[
        bool,
        typer.Option(
            "--allow-http",
            envvar="INTEGR8_ALLOW_HTTP",
            help="Allow a plain http:// base URL (a local sandbox). The key travels unencrypted.",
        ),
    ] = False,
    version: Annotated[
        bool,
        typer.Option("--version", is_eager=True, callback=_print_version, help="Print the version and exit."),
    ] = False,
) -> None:
    state = ctx.ensure_object(AppState)
    state.debug = debug
    state.quiet = quiet
    state.api_key_option = api_key
    state.base_url_option = base_url
    state.allow_http_option = allow_http
    if api_key:
        from ._console import warn

        warn(
            "--api-key is visible to other users in the process list and stays in your shell "
            "history; set INTEGR8_API_KEY instead"
        )
    from ._console import setup_logging

    ctx.call_on_close(setup_logging(debug))


API, WORK, OTHER = "Integr8 API", "AppSamurai", "Trying it out"


def _command(function: Any, name: str, epilog: str, panel: str) -> None:
    app.command(name, help=paragraphs(function.__doc__), epilog=epilog, rich_help_panel=panel)(function)


_command(_call.call, "call", _call.EPILOG, API)
_command(_list.list_rows, "list", _list.EPILOG, API)
_command(_report.report, "report", _report.EPILOG, API)
app.add_typer(_export.app, name="export", rich_help_panel=API)
app.add_typer(_conversions.app, name="conversions", rich_help_panel=API)
app.add_typer(_contract.app, name="contract", rich_help_panel=API)
app.add_typer(_appsamurai.app, name="appsamurai", rich_help_panel=WORK)
app.add_typer(_sandbox.app, name="sandbox", rich_help_panel=OTHER)
_command(_demo.demo, "demo", _demo.EPILOG, OTHER)
