"""What the root command hands to every subcommand, and the one place clients are built.

Why one factory: credentials, base URL and transport decide where requests go; if each command
built its own `Integr8`, one of them would sooner or later ignore `--base-url`, or talk to the
real API in a test. `make_client` is the only constructor call in the CLI. Tests and the demo plug
a sandbox in by passing an `AppState` with `transport` (and `client_hook`, to drive the sandbox's
clock) as typer's `obj`; nothing on the command line can set those fields.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ._errors import CliError, options_named

if TYPE_CHECKING:
    import httpx

    from integr8 import Integr8
    from integr8.appsamurai import AppSamurai

    from ._config import Settings


@dataclasses.dataclass
class AppState:
    """Global options, resolved settings, and the test/demo seams."""

    debug: bool = False
    quiet: bool = False
    api_key_option: str | None = dataclasses.field(default=None, repr=False)
    base_url_option: str | None = None
    allow_http_option: bool = False
    # Seams for tests and the demo (never set from the command line):
    transport: httpx.BaseTransport | None = None
    client_hook: Callable[[Integr8], None] | None = None
    appsamurai_transport: httpx.BaseTransport | None = None
    serve_hook: Callable[[Any], None] | None = None  # `sandbox serve`: runs instead of waiting
    # Settings fixed up front (the demo's sandbox), instead of options, environment and file:
    preset: Settings | None = dataclasses.field(default=None, repr=False)

    def settings(self) -> Settings:
        """Resolved on first use, so `integr8 sandbox serve` works without any configuration."""
        if self.preset is None:
            from . import _config
            from ._console import warn

            self.preset = _config.load(
                api_key=self.api_key_option,
                base_url=self.base_url_option,
                allow_http=self.allow_http_option,
                warn=warn,
            )
        return self.preset

    def integration(self, given: str | None) -> str:
        """The Integration ID from `--integration`, INTEGR8_INTEGRATION_ID or the config file."""
        value = given or self.settings().integration
        if not value:
            raise CliError(
                "--integration is required (or set INTEGR8_INTEGRATION_ID, or `integration` in the config file)"
            )
        return value


# The SDK's keywords for the clients' settings as the command line names them, for their messages.
CLIENT_OPTIONS = {
    "allow_http=True": "--allow-http (or INTEGR8_ALLOW_HTTP=1)",
    "base_url": "the base URL (--base-url or INTEGR8_BASE_URL)",
    "api_key": "the API key (INTEGR8_API_KEY)",
}
APPSAMURAI_ALLOW_HTTP = "--appsamurai-allow-http"
APPSAMURAI_OPTIONS = {"allow_http=True": APPSAMURAI_ALLOW_HTTP}


def make_client(state: AppState) -> Integr8:
    """The `Integr8` client every command uses (see the module docstring)."""
    from integr8 import Integr8
    from integr8._constants import DEFAULT_BASE_URL

    settings = state.settings()
    if not settings.api_key:
        raise CliError(
            "no API key: set INTEGR8_API_KEY (or `api_key` in "
            f"{settings.config_path}); keys are under Organization > API Access"
        )
    with options_named(CLIENT_OPTIONS):
        client = Integr8(
            settings.api_key,
            base_url=settings.base_url or DEFAULT_BASE_URL,
            allow_http=settings.allow_http,
            transport=state.transport,
        )
    if state.client_hook is not None:
        state.client_hook(client)
    return client


def make_appsamurai(state: AppState, *, allow_http: bool = False) -> AppSamurai:
    """The AppSamurai client, from APPSAMURAI_URL or the config file.

    An `http://` URL (as AppSamurai's reference prints it) is refused (exit 2, saying to use
    https://) unless `allow_http` (the appsamurai commands' `--appsamurai-allow-http`) or
    APPSAMURAI_ALLOW_HTTP=1: a local fake. The root `--allow-http` is the Integr8 base URL's, not
    this: AppSamurai's URL holds the partner's token.
    """
    from integr8.appsamurai import AppSamurai

    settings = state.settings()
    if not settings.appsamurai_url:
        raise CliError(
            "no AppSamurai URL: set APPSAMURAI_URL (or `appsamurai_url` in "
            f"{settings.config_path}); your AppSamurai account manager provides it"
        )
    with options_named(APPSAMURAI_OPTIONS):
        return AppSamurai(
            settings.appsamurai_url,
            transport=state.appsamurai_transport,
            allow_http=allow_http or settings.appsamurai_allow_http,
        )


def state_of(ctx: Any) -> AppState:
    """The AppState of a typer context (made by the root command)."""
    obj: AppState | None = ctx.find_object(AppState)
    if obj is None:  # a subcommand invoked on its own, e.g. by a test
        obj = ctx.ensure_object(AppState)
        assert obj is not None
    return obj
