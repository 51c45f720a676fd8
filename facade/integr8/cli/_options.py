"""Options shared by several commands, declared once so their names and help never drift."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from ._output import FORMAT_HELP, Format

Output = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        help="Write to this file (atomically) instead of stdout.",
        show_default=False,
    ),
]
Columns = Annotated[
    str | None,
    typer.Option(
        "--columns",
        "-c",
        help="Only these fields, comma-separated, in this order (dotted for nested: meta.total).",
        show_default=False,
    ),
]
Integration = Annotated[
    str | None,
    typer.Option(
        "--integration",
        "-i",
        # Not envvar=: the variable must not count as "given" for operations without one.
        help="Integration ID (default: INTEGR8_INTEGRATION_ID, or `integration` in the config).",
        show_default=False,
    ),
]
Timezone = Annotated[
    str,
    typer.Option("--timezone", "-z", help="IANA time zone of --from/--to and of the rows' times."),
]
Params = Annotated[
    list[str] | None,
    typer.Option(
        "--param",
        "-p",
        help="name=value for the operation (repeat). JSON or @file.json for request bodies.",
        show_default=False,
    ),
]


def format_option(piped: Format, choices: str = "") -> Any:
    """A `--format` option whose help names what `auto` means for this command."""
    return typer.Option(
        "--format",
        "-f",
        help=FORMAT_HELP.format(piped=piped.value) + choices,
        case_sensitive=False,
    )


def paragraphs(text: str | None) -> str:
    """Help text with each paragraph on one line, so the terminal (not the source) wraps it.

    Typer's rich help keeps single line breaks; docstrings are wrapped at 100 columns for the
    source's sake. Lines starting with `$` or indented by two or more spaces stay as they are
    (examples, CSV samples).
    """
    import inspect

    out = []
    for block in inspect.cleandoc(text or "").split("\n\n"):
        lines = block.split("\n")
        if any(line.startswith(("$", "  ")) for line in lines):
            out.append(block)
        else:
            out.append(" ".join(line.strip() for line in lines))
    return "\n\n".join(out)


F = TypeVar("F", bound=Callable[..., Any])


def command(app: typer.Typer, name: str, **settings: Any) -> Callable[[F], F]:
    """`@app.command(name)`, with the docstring as help laid out by `paragraphs`."""

    def register(function: F) -> F:
        app.command(name, help=paragraphs(function.__doc__), **settings)(function)
        return function

    return register
