"""The command line across the typer releases pyproject.toml allows (make test-lowest runs it on
the oldest): click's usage errors still reach click, whichever click typer uses."""

from __future__ import annotations

import typer
from typer.testing import CliRunner

from integr8.cli._app import _CLICK_ERRORS, app


def test_clicks_own_error_base_is_found_in_this_typer() -> None:
    assert len(_CLICK_ERRORS) == 1 and issubclass(typer.BadParameter, _CLICK_ERRORS[0])


def test_a_usage_error_is_clicks_exit_2_not_an_sdk_failure() -> None:
    result = CliRunner().invoke(app, ["report", "conversions", "--no-such-option"])
    assert result.exit_code == 2
    assert "No such option" in result.output and "Traceback" not in result.output
