"""`python -m integr8.testing`: serve a sandbox on loopback until Ctrl-C."""

from __future__ import annotations

import argparse
import sys
import threading

from ._sandbox import Sandbox
from ._server import serve


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m integr8.testing",
        description="Serve the Integr8 sandbox (a stateful fake of the Integr8 API) over HTTP.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="interface to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8080, help="API port (default 8080; 0 = any)")
    parser.add_argument("--files-port", type=int, default=0, help="signed-URL download host port (default: any)")
    parser.add_argument("--latency-ms", type=float, default=0.0, help="delay per request (ms)")
    parser.add_argument(
        "--bandwidth",
        type=float,
        default=0.0,
        metavar="MIB_S",
        help="send artifacts from the files host at this many MiB/s, like a link that fast (default 0: unthrottled)",
    )
    parser.add_argument("--seed", type=int, default=0, help="seed of the generated data")
    args = parser.parse_args(argv)
    if not 0 <= args.bandwidth < float("inf"):
        parser.error(f"--bandwidth: expected 0 (unthrottled) or a positive number of MiB/s, got {args.bandwidth:g}")

    sandbox = Sandbox(seed=args.seed)
    latency = args.latency_ms / 1000
    with serve(sandbox, args.host, args.port, latency, files_port=args.files_port, bandwidth=args.bandwidth) as server:
        print(f"Integr8 sandbox (seed {args.seed})")
        print(f"  API:        {server.base_url}")
        shaped = f" (throttled to {args.bandwidth:g} MiB/s)" if server.bandwidth else ""
        print(f"  files host: {server.files_url}{shaped}")
        print(f"  API key:    {sandbox.api_key}")
        print(f"  integration_id: {sandbox.integration_id}")
        print("Ctrl-C to stop.", flush=True)
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            print("stopped", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
