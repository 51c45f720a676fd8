"""Facade core: nothing is left here. Start-up time is in bench/startup.py, paging in
bench/paging.py, report cursors (`iter_report`) and model parsing in bench/parsing.py."""

from __future__ import annotations

from ._harness import Line


def run() -> list[Line]:
    return []  # start-up time: bench/startup.py; paging: bench/paging.py; iter_report: bench/parsing.py
