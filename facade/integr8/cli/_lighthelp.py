"""Typer's help renderer without the two rich modules it imports but this command never uses.

Why: `typer.rich_utils`, which draws every help page and usage error, imports at its top
`rich.markdown` (markdown-it-py: help written in Markdown, which this CLI does not use, its
`rich_markup_mode` is "rich") and `rich.traceback` (pygments lexers, attrs via rich.pretty:
pretty tracebacks, which this CLI turns off with `pretty_exceptions_enable=False`). Together they
are about a fifth of what `integr8 --help` costs (issue 18; `bench/startup.py` measures it).

How: `import_typer_help()` imports `typer.rich_utils` while each of those two modules is a
stand-in in `sys.modules`. A name read from a stand-in (`from rich.markdown import Markdown`) is a
placeholder that imports the real module the first time it is called or one of its attributes
is read (`Traceback.from_exception`), and hands over to the real object; so typer still works if
it does use them. The stand-ins leave `sys.modules` as soon as that import is done: anything that
imports either module afterwards gets the real one. Only the console script does this
(`integr8.cli.main`), and only when it is about to draw help; a program that imports `app` gets
typer exactly as typer imports itself.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import Any

DEFERRED = ("rich.markdown", "rich.traceback")


class _OnUse(type):
    """A placeholder for a name of a module not imported yet: calling it, or reading any of its
    attributes, imports the module and hands over to the real object."""

    _module: str
    _name: str

    def _real(cls) -> Any:
        return getattr(importlib.import_module(cls._module), cls._name)

    def __call__(cls, *args: Any, **kwargs: Any) -> Any:
        return cls._real()(*args, **kwargs)

    def __getattr__(cls, attr: str) -> Any:
        if attr.startswith("__"):
            raise AttributeError(attr)
        return getattr(cls._real(), attr)


class _StandIn(types.ModuleType):
    """What `sys.modules[name]` holds while typer imports: every name read is an `_OnUse`."""

    def __getattr__(self, attr: str) -> Any:
        if attr.startswith("__"):
            raise AttributeError(attr)
        return _OnUse(attr, (), {"_module": self.__name__, "_name": attr, "__module__": self.__name__})


def import_typer_help() -> None:
    """Import `typer.rich_utils` without importing the modules named in DEFERRED (see the module
    docstring); nothing happens if it is imported already, or if one of those modules is."""
    if "typer.rich_utils" in sys.modules:
        return
    placed: dict[str, types.ModuleType] = {}
    for name in DEFERRED:
        if name not in sys.modules:
            placed[name] = sys.modules[name] = _StandIn(name)
    try:
        importlib.import_module("typer.rich_utils")
    finally:
        for name, stand_in in placed.items():
            if sys.modules.get(name) is stand_in:
                del sys.modules[name]
