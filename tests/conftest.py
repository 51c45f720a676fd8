"""Shared test setup: no network, and the cassette harness.

Tests never reach the network: every socket connection to an address outside the loopback range
fails the test. Traffic goes through in-process transports (the sandbox, httpx.MockTransport) or
is replayed from vcrpy cassettes recorded from the sandbox served on loopback (see
`tests/cassettes.py` and `make cassettes`).
"""

from __future__ import annotations

import ipaddress
import socket
from pathlib import Path

import pytest

from integr8.testing import ManualClock, Sandbox

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


# -- shared by the CLI tests (they opt in with `pytestmark = pytest.mark.usefixtures("clean_env")`);
# test modules that define their own `sb` use theirs.

ENV_NAMES = (
    "INTEGR8_API_KEY",
    "INTEGR8_BASE_URL",
    "INTEGR8_ALLOW_HTTP",
    "INTEGR8_INTEGRATION_ID",
    "APPSAMURAI_URL",
    "APPSAMURAI_ALLOW_HTTP",
    "NO_COLOR",
    "FORCE_COLOR",
    "COLUMNS",
)


@pytest.fixture
def sb() -> Sandbox:
    return Sandbox(seed=0, clock=ManualClock())


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No user config file, no credentials from the machine running the tests."""
    for name in ENV_NAMES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


@pytest.fixture
def creds(monkeypatch: pytest.MonkeyPatch, sb: Sandbox) -> None:
    monkeypatch.setenv("INTEGR8_API_KEY", sb.api_key)
    monkeypatch.setenv("INTEGR8_BASE_URL", sb.base_url)
