"""Shared test setup: no network, and the cassette harness.

Tests never reach the network: every socket connection to an address outside the loopback range
fails the test. Traffic goes through in-process transports (the sandbox, httpx.MockTransport) or
is replayed from vcrpy cassettes recorded from the sandbox served on loopback (see
`tests/cassettes.py` and `make cassettes`).
"""

from __future__ import annotations

import ipaddress
import socket

import pytest

_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


def _is_local(address: object) -> bool:
    if isinstance(address, (str, bytes)):  # AF_UNIX path
        return True
    host = address[0] if isinstance(address, tuple) else None
    if host in ("localhost",):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback  # type: ignore[arg-type]
    except (ValueError, TypeError):
        return False


def _guarded(real):
    def connect(self: socket.socket, address: object):
        if not _is_local(address):
            raise RuntimeError(f"tests must not touch the network (tried to connect to {address!r})")
        return real(self, address)

    return connect


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(socket.socket, "connect", _guarded(_real_connect))
    monkeypatch.setattr(socket.socket, "connect_ex", _guarded(_real_connect_ex))
