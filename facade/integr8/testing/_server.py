"""A real loopback HTTP server around a Sandbox: two ports, API and files host.

Why real sockets too: the in-process transports cannot show what only the network does
(timeouts, connection reuse, a peer that vanishes mid-body, streaming a large download with
chunked reads), and a demo or another language needs a URL. The API and the signed-URL files
host listen on different ports, so they are different origins, as in production: a client that
leaks its API key to the download host is caught by the host's 403.

Faults act on the socket: `drop` closes the connection without an answer (for either phase:
the request has been read either way, so a connect-phase drop differs only in not being
handled), `truncate_body_at` sends the headers with the full Content-Length, that many body
bytes, then closes. `drip` writes the body byte by byte, sleeping between bytes; `endless`
sends the body chunked, then filler chunks until the client goes away. Neither can hold a
server thread for ever: each stops (closing the connection) when the client hangs up, when the
server is closed, after FAULT_MAX_SECONDS (an endless body also after ENDLESS_MAX_BYTES), or
when the client stops reading for STALLED_CLIENT_SECONDS.
`latency` is slept per request, in the request's own thread.

`bandwidth` (MiB/s) throttles the files host's answers to that rate, like a link of that speed
between the client and the artifact storage: one token bucket (`TokenBucket`) per files host,
shared by its connections, takes every body chunk before it is written. The API host is never
throttled (its answers are small; its delay is `latency`).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any

import httpx

from ._http import trickling
from ._sandbox import Sandbox

log = logging.getLogger("integr8.testing")
FAULT_MAX_SECONDS = 300.0  # the longest a drip or endless answer may hold a server thread
STALLED_CLIENT_SECONDS = 10.0  # a client that reads nothing of it for this long is dropped
# Connections the kernel may hold before they are accepted (http.server's default is 5): past
# it, a client's SYN is dropped and it waits a second or more to retry, so many clients
# connecting at once stalled. The kernel caps it at net.core.somaxconn (4096 on Linux >= 5.4).
LISTEN_BACKLOG = 1024


MIB = 1 << 20


class TokenBucket:
    """A link of `rate` bytes a second: `take(n)` before sending n bytes, and it sleeps as long
    as sending them at that rate takes, beyond a burst of `burst` bytes (what a link's buffers
    absorb). Over any stretch of t seconds at most `burst + rate * t` bytes are taken without
    sleeping, plus the chunk that goes into debt. Thread-safe: connections sharing the bucket
    share the rate. `clock` and `sleep` are injectable (tests sum the sleeps instead of timing)."""

    def __init__(
        self,
        rate: float,
        burst: float | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], object] = time.sleep,
    ) -> None:
        if not rate > 0:
            raise ValueError(f"rate must be a positive number of bytes a second, got {rate!r}")
        self.rate = float(rate)
        self.burst = float(burst if burst is not None else max(256 << 10, rate / 50))  # ~20 ms of the link
        self._clock, self._sleep = clock, sleep
        self._tokens = self.burst
        self._last = clock()
        self._lock = threading.Lock()

    def take(self, size: int) -> None:
        """Spend `size` bytes; sleep until the link has carried them (the debt repaid)."""
        with self._lock:
            now = self._clock()
            self._tokens = min(self.burst, self._tokens + (now - self._last) * self.rate) - size
            self._last = now
            debt = -self._tokens
        if debt > 0:
            self._sleep(debt / self.rate)


def check_bandwidth(bandwidth: object) -> float | None:
    """`bandwidth` in MiB/s checked: None for None or 0 (unthrottled), else a positive finite
    number; ValueError otherwise."""
    if bandwidth is None or (bandwidth == 0 and not isinstance(bandwidth, bool)):
        return None
    if isinstance(bandwidth, bool) or not isinstance(bandwidth, (int, float)) or not 0 < bandwidth < float("inf"):
        raise ValueError(f"bandwidth must be None, 0 (unthrottled) or a positive number of MiB/s, got {bandwidth!r}")
    return float(bandwidth)


def bucket_for(bandwidth: float | None, stopping: threading.Event | None = None) -> TokenBucket | None:
    """The files host's bucket for `bandwidth` MiB/s (`check_bandwidth`); None (unthrottled)
    for None or 0. Its sleeps end early once `stopping` is set (the server is closing)."""
    rate = check_bandwidth(bandwidth)
    if rate is None:
        return None
    return TokenBucket(rate * MIB, sleep=time.sleep if stopping is None else stopping.wait)


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = LISTEN_BACKLOG

    def __init__(
        self, address: tuple[str, int], sandbox: Sandbox, role: str, latency: float, bandwidth: float | None = None
    ):
        super().__init__(address, _Handler)
        self.sandbox = sandbox
        self.role = role
        self.latency = latency
        self.stopping = threading.Event()  # set by Server.close: trickling answers stop
        self.bucket = bucket_for(bandwidth, self.stopping) if role == "files" else None
        host, port = str(self.server_address[0]), int(self.server_address[1])
        shown = f"[{host}]" if ":" in host else host
        self.url = f"http://{shown}:{port}"


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body go out in separate writes: with Nagle on, each keep-alive response
    # waits ~40 ms for the client's delayed ACK, which would swamp any latency setting.
    disable_nagle_algorithm = True
    server: _HTTPServer

    def do_GET(self) -> None:
        self._handle()

    do_HEAD = do_POST = do_PUT = do_PATCH = do_DELETE = do_OPTIONS = do_TRACE = do_GET

    def __getattr__(self, name: str) -> Any:
        # Any other method (QUERY, PROPFIND ...) is routed too, so the sandbox answers 405 on
        # a known path, as the in-process transport does, instead of http.server's bare 501.
        if name.startswith("do_"):
            return self._handle
        raise AttributeError(name)

    def log_message(self, format: str, *args: object) -> None:
        log.debug("%s %s", self.server.role, format % args)

    def version_string(self) -> str:
        # Not the Python version: recorded cassettes must not depend on the machine.
        return "integr8-sandbox"

    def date_time_string(self, timestamp: float | None = None) -> str:
        # Sandbox time, not wall time: with a ManualClock, recordings repeat byte for byte.
        return super().date_time_string(self.server.sandbox.now() if timestamp is None else timestamp)

    def _read_body(self) -> bytes:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            parts: list[bytes] = []
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    return b"".join(parts)
                parts.append(self.rfile.read(size))
                self.rfile.readline()
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _handle(self) -> None:
        srv = self.server
        body = self._read_body()
        if srv.latency:
            time.sleep(srv.latency)
        headers = [(k, v) for k, v in self.headers.items() if k.lower() not in ("transfer-encoding",)]
        request = httpx.Request(self.command, srv.url + self.path, headers=headers, content=body)
        try:
            outcome = srv.sandbox.dispatch(request, host=srv.role)
        except Exception:
            log.exception("sandbox failed on %s %s", self.command, self.path)
            self._plain(500, b"sandbox error (see the integr8.testing log)\n")
            return
        if outcome.drop is not None or outcome.response is None:
            self.close_connection = True
            return
        response = outcome.response
        shaped = outcome.drip is not None or outcome.endless
        if shaped:
            response = trickling(response, drip=outcome.drip, endless=outcome.endless)
        self.send_response(response.status_code)
        for name, value in response.headers.multi_items():
            self.send_header(name, value)
        if "content-length" not in response.headers and self.command != "HEAD":
            self.send_header("Transfer-Encoding", "chunked")
            chunked = True
        else:
            chunked = False
        self.end_headers()
        if self.command == "HEAD":
            return
        limit = outcome.truncate_at
        sent = 0
        pieces: Any = response.stream
        if shaped:  # this thread waits between the bytes itself, so that close() can end the wait
            pieces = pieces.pieces()
            self.connection.settimeout(STALLED_CLIENT_SECONDS)
        until = time.monotonic() + FAULT_MAX_SECONDS
        bucket = srv.bucket
        try:
            for chunk in pieces:
                if shaped and self._stop_trickling(outcome.drip or 0.0, until):
                    self.close_connection = True  # a trickle or an endless body, cut short
                    return
                if limit is not None:
                    chunk = chunk[: max(0, limit - sent)]
                if chunk:
                    if bucket is not None:
                        bucket.take(len(chunk))
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk) if chunked else chunk)
                    sent += len(chunk)
                if limit is not None and sent >= limit:
                    break
            if limit is not None:
                self.wfile.flush()
                self.close_connection = True
                return
            if chunked:
                self.wfile.write(b"0\r\n\r\n")
        except OSError:  # the client went away (reset, broken pipe), or stopped reading (timeout)
            self.close_connection = True

    def _stop_trickling(self, drip: float, until: float) -> bool:
        """Wait `drip` seconds before the next piece; True when the answer must stop instead:
        the server is closing, or it has sent for FAULT_MAX_SECONDS."""
        wait = min(drip, max(0.0, until - time.monotonic()))
        return self.server.stopping.wait(wait) or time.monotonic() >= until

    def _plain(self, status: int, text: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(text)))
        self.end_headers()
        self.wfile.write(text)


class Server:
    """A running pair of loopback servers; use as a context manager or call `close()`.

    `base_url` (the API), `files_url` (the signed-URL download host), `bandwidth` (the files
    host's MiB/s, None when it is not throttled)."""

    def __init__(
        self,
        sandbox: Sandbox,
        host: str,
        port: int,
        latency: float,
        files_port: int = 0,
        bandwidth: float | None = None,
    ) -> None:
        self.sandbox = sandbox
        self.bandwidth = check_bandwidth(bandwidth)  # before any port is bound
        self._api = _HTTPServer((host, port), sandbox, "api", latency)
        self._files = _HTTPServer((host, files_port), sandbox, "files", latency, self.bandwidth)
        self.base_url = self._api.url
        self.files_url = self._files.url
        self._previous_files_url = sandbox.files_base_url
        sandbox.files_base_url = self.files_url
        self._threads = [
            threading.Thread(
                target=s.serve_forever,
                kwargs={"poll_interval": 0.05},
                name=f"integr8-sandbox-{s.role}",
                daemon=True,
            )
            for s in (self._api, self._files)
        ]
        for thread in self._threads:
            thread.start()

    def close(self) -> None:
        for srv in (self._api, self._files):
            srv.stopping.set()
        for srv in (self._api, self._files):
            srv.shutdown()
            srv.server_close()
        for thread in self._threads:
            thread.join(timeout=5)
        self.sandbox.files_base_url = self._previous_files_url

    def __enter__(self) -> Server:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def serve(
    sandbox: Sandbox,
    host: str = "127.0.0.1",
    port: int = 0,
    latency: float = 0.0,
    *,
    files_port: int = 0,
    bandwidth: float | None = None,
) -> Server:
    """Serve `sandbox` over real HTTP on `host:port` (0 = any free port) until closed.

    `server.base_url` is the API, `server.files_url` the signed-URL download host (a second
    port). While the server runs, the signed URLs the sandbox hands out point at it. Each
    connection is served on its own thread, and each port queues up to `LISTEN_BACKLOG`
    connections not yet accepted (so many clients may connect at once without a stall).
    `latency`: seconds slept per request. `bandwidth`: MiB/s (2**20 bytes a second) the files
    host sends its bodies at, all its connections together (a token bucket, `TokenBucket`);
    None or 0: as fast as it can. Raises ValueError for a negative or non-numeric bandwidth.
    """
    return Server(sandbox, host, port, latency, files_port, bandwidth)
