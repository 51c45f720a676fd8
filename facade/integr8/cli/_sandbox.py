"""`integr8 sandbox serve`: the SDK's fake Integr8 API on a local port, for trying things out.

Why from the CLI: the sandbox (`integr8.testing`) answers like the API (seeded offers, reports,
conversions, exports that take time) without an account, so `integr8` itself, curl, or code in
another language can be pointed at it. It prints the environment to set; the API key it prints
is the sandbox's fixed test key, which is not a secret.
"""

from __future__ import annotations

from typing import Annotated

import typer

from ._options import command
from ._state import state_of

app = typer.Typer(
    help="A local fake Integr8 API (seeded data, no account needed).",
    epilog="""[b]Example:[/b]

  $ integr8 sandbox serve --port 8080""",
    no_args_is_help=True,
    rich_markup_mode="rich",
)


@command(
    app,
    "serve",
    epilog="""[b]Example:[/b]

  $ integr8 sandbox serve --port 8080 --latency 20

  [dim]then, in another shell, paste the export lines it prints and run e.g.[/dim]

  $ integr8 list offers list_offers --page-size 50""",
)
def serve_command(
    ctx: typer.Context,
    port: Annotated[int, typer.Option("--port", min=0, max=65535, help="API port (0: any free port).")] = 8080,
    latency: Annotated[float, typer.Option("--latency", min=0, help="Delay per request, in milliseconds.")] = 0.0,
    host: Annotated[str, typer.Option("--host", help="Interface to listen on.")] = "127.0.0.1",
    seed: Annotated[int, typer.Option("--seed", help="Seed of the generated data.")] = 0,
    bandwidth: Annotated[
        float,
        typer.Option(
            "--bandwidth", min=0, help="Send artifacts from the files host at this many MiB/s (0: unthrottled)."
        ),
    ] = 0.0,
) -> None:
    """Serve the sandbox over HTTP until Ctrl-C."""
    import threading

    from integr8.testing import Sandbox, serve

    from ._console import note, stdout

    state = state_of(ctx)
    sandbox = Sandbox(seed=seed)
    with serve(sandbox, host, port, latency / 1000, bandwidth=bandwidth) as server:
        out = stdout()
        out.print(f"Integr8 sandbox (seed {seed}) on {server.base_url}", markup=False)
        shaped = f" (throttled to {bandwidth:g} MiB/s)" if server.bandwidth else ""
        out.print(f"  signed-URL download host: {server.files_url}{shaped}", markup=False)
        out.print("Point integr8 at it (the key is the sandbox's fixed test key):", markup=False)
        for line in (
            f"export INTEGR8_BASE_URL={server.base_url}",
            "export INTEGR8_ALLOW_HTTP=1",
            f"export INTEGR8_API_KEY={sandbox.api_key}",
            f"export INTEGR8_INTEGRATION_ID={sandbox.integration_id}",
        ):
            out.print(f"  {line}", markup=False)
        out.file.flush()
        if state.serve_hook is not None:
            state.serve_hook(server)
            return
        note("Ctrl-C to stop.", quiet=state.quiet)
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            note("stopped", quiet=state.quiet)
