"""A stateful in-memory fake of the Integr8 API, driven by the OpenAPI spec (like stripe-mock).

For the SDK's tests, cassette recording, benchmarks and the demo, and for users' own tests::

    import httpx
    from integr8.testing import ManualClock, Sandbox, SandboxTransport

    sb = Sandbox(seed=0, clock=ManualClock())
    client = httpx.Client(
        base_url=sb.base_url,
        transport=SandboxTransport(sb),
        headers={"API-KEY": sb.api_key},
    )
    client.get("/api/v2/advertisers", params={"page[size]": 10}).json()

Over real sockets (two ports: the API and the signed-URL download host)::

    with serve(sb, port=0, latency=0.02) as server:
        ...  # server.base_url, server.files_url

or from a shell: `python -m integr8.testing --port 8080 --latency-ms 20`.

With a ManualClock, an `Integr8`/`AsyncIntegr8` built on `SandboxTransport(sb)` waits (export
polling, retry back-off) by advancing the sandbox clock instead of sleeping, by itself;
`use_sandbox_time(client, sb)` does the same for a client that reaches the sandbox over a socket.

What it does: routes by the spec's paths and operationIds; authenticates (`API-KEY` or
`Authorization: Bearer`); validates requests against the spec (400 naming the field); CRUD
for every collection of the spec, nested ones scoped by their parents, archive-on-delete
where the API archives; numbered pagination, open filtering (`filter[field][op]=value`) and
sorting; cursor-paginated click/conversion/impression reports over seeded February 2025 data,
in any IANA time zone; Update Conversion with the API's exact-match-or-skip rule; Download
Center exports that complete over sandbox time, zip artifacts behind signed URLs on a second
host that refuses credentials; link test logs; injected faults; a record of every request.
Any other operation of the spec (one new in a newer spec: `Sandbox(spec=...)`) is answered from
the spec alone: the request checked, then a schema-valid body built from the response schema
and its examples, numbered pages over 3 stable items for a list; a collection the seeded world
does not know starts with 3 such items (see `integr8.testing._synth`).

Same seed, same calls (and a ManualClock) give byte-identical responses.

What it does not do: form-encoded bodies (JSON only), rate limiting other than by faults,
referential checks between objects beyond the URL's parents (an offer's `advertiser_id` is not
looked up), uniqueness constraints, emails, real postback delivery, permissions beyond
per-key denied operations.
"""

from ._attach import use_sandbox_time
from ._clock import ManualClock, MonotonicClock
from ._faults import Fault
from ._sandbox import DEFAULT_API_KEY, RecordedRequest, Sandbox
from ._server import Server, serve
from ._transport import AsyncSandboxTransport, SandboxTransport

__all__ = [
    "DEFAULT_API_KEY",
    "AsyncSandboxTransport",
    "Fault",
    "ManualClock",
    "MonotonicClock",
    "RecordedRequest",
    "Sandbox",
    "SandboxTransport",
    "Server",
    "serve",
    "use_sandbox_time",
]
