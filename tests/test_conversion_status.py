"""Conversion updates: the status checked before sending, and `hash` / `hash_` as one field.

Issue 19: an update with a status the API does not know (`rejected` in lower case) used to be
sent, answered "success", and waited out the whole verify_timeout before ending "unsettled". Now
a status outside the known ones (`integr8._conversions.KNOWN_STATUSES`, the spec's values) is
refused before any request, with a did-you-mean; `allow_unknown_status=True` (CLI
`--allow-unknown-status`) sends one as written. And `ConversionUpdate` takes `hash=` or its alias
`hash_=` (the report rows' spelling), reading back under both names.

Everything runs against the sandbox in process (no socket); a recording transport in front of it
shows what was sent.
"""

from __future__ import annotations

import asyncio
import json
import pickle
from pathlib import Path
from typing import Any

import attrs
import httpx
import pytest
from test_cli import run

from integr8 import AsyncIntegr8, ConversionUpdate, Integr8, errors
from integr8._conversions import KNOWN_STATUSES, did_you_mean, status_problem
from integr8.testing import AsyncSandboxTransport, Sandbox, SandboxTransport, use_sandbox_time

TIME = "2025-02-03 10:00:00"


class Recording(httpx.BaseTransport):
    """The sandbox, with the JSON body of every request it receives kept."""

    def __init__(self, sb: Sandbox):
        self.inner = SandboxTransport(sb)
        self.bodies: list[Any] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        content = request.read()
        if content:
            self.bodies.append(json.loads(content))
        return self.inner.handle_request(request)


pytestmark = pytest.mark.usefixtures("clean_env")  # `sb` and `creds`: tests/conftest.py


def client_for(sb: Sandbox, transport: httpx.BaseTransport | None = None) -> Integr8:
    client = Integr8(api_key=sb.api_key, base_url=sb.base_url, transport=transport or SandboxTransport(sb))
    use_sandbox_time(client, sb)
    return client


def a_row(sb: Sandbox) -> Any:
    rows = client_for(sb).iter_report("conversions", integration_id=sb.integration_id, start=TIME[:10], end=TIME[:10])
    return next(iter(rows))


def update(status: object, tx_id: str = "t1") -> ConversionUpdate:
    return ConversionUpdate(tx_id=tx_id, conversion_time=TIME, hash="h" * 8, status=status)  # type: ignore[arg-type]


# -- the status ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "meant"),
    [
        ("rejected", "Rejected"),  # the case: right word, wrong case
        ("APPROVED", "Approved"),
        ("pending", "Pending"),
        (" Approved", "Approved"),  # a stray blank from a spreadsheet
        ("Rejectd", "Rejected"),  # a typo: difflib's nearest
        ("aproved", "Approved"),
        ("Declined", None),  # nothing close: no guess
    ],
)
def test_an_unknown_status_is_refused_before_any_request_with_a_did_you_mean(
    sb: Sandbox, status: str, meant: str | None
) -> None:
    client = client_for(sb)
    with pytest.raises(errors.InvalidUpdatesError) as caught:
        client.update_conversions(integration_id=sb.integration_id, updates=[update("Approved"), update(status, "t2")])
    assert isinstance(caught.value, errors.ConfigurationError)  # bad input, nothing sent
    assert sb.requests == []
    [(index, message)] = caught.value.problems
    assert index == 1
    assert f"status {status!r} is not a known conversion status" in message
    assert "'Approved', 'Rejected', 'Pending'" in message
    assert "allow_unknown_status=True" in message
    if meant is None:
        assert "did you mean" not in message
    else:
        assert f"did you mean {meant!r}?" in message


def test_the_async_client_refuses_it_too(sb: Sandbox) -> None:
    async def go() -> None:
        async with AsyncIntegr8(
            api_key=sb.api_key, base_url=sb.base_url, transport=AsyncSandboxTransport(sb)
        ) as client:
            await client.update_conversions(integration_id=sb.integration_id, updates=[update("rejected")])

    with pytest.raises(errors.InvalidUpdatesError, match="did you mean 'Rejected'"):
        asyncio.run(go())
    assert sb.requests == []


def test_allow_unknown_status_sends_it_exactly_as_written(sb: Sandbox) -> None:
    recording = Recording(sb)
    client = client_for(sb, recording)
    report = client.update_conversions(
        integration_id=sb.integration_id,
        updates=[update("Declined"), ConversionUpdate("t2", TIME, "h" * 8, "rejected")],
        allow_unknown_status=True,
        verify=False,
    )
    assert [o.state for o in report.outcomes] == ["unverified", "unverified"]
    [body] = recording.bodies
    assert [u["status"] for u in body["updates"]] == ["Declined", "rejected"]


@pytest.mark.parametrize("status", KNOWN_STATUSES)
def test_every_known_status_passes_and_none_leaves_it_alone(status: str) -> None:
    assert status_problem(status) is None
    assert status_problem(None) is None
    assert status_problem(status.lower()) is not None  # the case is part of the value


def test_the_known_statuses_are_the_specs() -> None:
    """One list: the spec's values for an update's status (the test of the list itself, against
    the spec file, is tests/test_spec_examples.py::test_pending_is_a_known_conversion_status)."""
    from integr8._spec import load_spec

    schema = load_spec()["components"]["schemas"]["integr8docs.ConversionUpdateRequest"]
    assert tuple(schema["properties"]["status"]["x-enum-values"]) == KNOWN_STATUSES


def test_did_you_mean() -> None:
    assert did_you_mean("rejected", KNOWN_STATUSES) == "Rejected"
    assert did_you_mean("PENDING ", KNOWN_STATUSES) == "Pending"
    assert did_you_mean("Aproved", KNOWN_STATUSES) == "Approved"
    assert did_you_mean("paid", KNOWN_STATUSES) is None
    assert status_problem("", opt_in="--x") == "status must be text such as 'Approved', 'Rejected', 'Pending', got ''"
    message = status_problem("rejected", opt_in="--allow-unknown-status")
    assert message is not None and message.endswith("--allow-unknown-status sends it as given")


# -- hash and hash_ -----------------------------------------------------------------------------


def test_hash_underscore_is_an_alias_of_hash() -> None:
    by_hash = ConversionUpdate(tx_id="t", conversion_time=TIME, hash="abc123", status="Approved")
    by_alias = ConversionUpdate(tx_id="t", conversion_time=TIME, hash_="abc123", status="Approved")
    positional = ConversionUpdate("t", TIME, "abc123", "Approved")
    assert by_hash == by_alias == positional and hash(by_hash) == hash(by_alias)
    assert by_alias.hash == by_alias.hash_ == "abc123"
    assert repr(by_alias) == repr(by_hash)  # one field, shown once
    assert [f.name for f in attrs.fields(ConversionUpdate)] == [
        "tx_id",
        "conversion_time",
        "hash",
        "status",
        "payout",
        "revenue",
    ]
    assert attrs.evolve(by_alias, status="Rejected").hash_ == "abc123"
    assert pickle.loads(pickle.dumps(by_alias)) == by_alias


@pytest.mark.parametrize(
    ("keys", "says"),
    [
        ({}, "hash= is required"),
        ({"hash": "a", "hash_": "b"}, "not both"),
        ({"hash": "a", "hash_": "a"}, "not both"),
    ],
)
def test_exactly_one_of_hash_and_hash_underscore(keys: dict[str, str], says: str) -> None:
    with pytest.raises(TypeError, match=says):
        ConversionUpdate(tx_id="t", conversion_time=TIME, status="Approved", **keys)


def test_an_update_made_from_a_report_row_with_hash_underscore_is_applied(sb: Sandbox) -> None:
    row = a_row(sb)
    flipped = "Rejected" if row.status == "Approved" else "Approved"
    made = ConversionUpdate(tx_id=row.tx_id, conversion_time=row.conversion_time, hash_=row.hash_, status=flipped)
    report = client_for(sb).update_conversions(integration_id=sb.integration_id, updates=[made])
    assert report.applied == [made], report.outcomes


# -- the command line ---------------------------------------------------------------------------


def test_cli_an_unknown_status_is_exit_2_naming_the_line_and_the_flag(sb: Sandbox, creds: None, tmp_path: Path) -> None:
    row = a_row(sb)
    file = tmp_path / "fixes.csv"
    file.write_text(
        "tx_id,conversion_time,hash,status\n"
        f"{row.tx_id},{row.conversion_time},{row.hash_},Approved\n"  # line 2: fine
        f"t3,{TIME},h,rejected\n"  # line 3
        f"t4,{TIME},h,Declined\n"  # line 4
        f"t5,yesterday,h,Pending\n"  # line 5: another problem, listed with them
    )
    sb.requests.clear()
    result = run(sb, "conversions", "update", str(file), "-i", sb.integration_id)
    assert result.exit_code == 2, result.output
    err = result.stderr
    lines = {text.strip().split(":")[0]: text for text in err.splitlines() if text.strip().startswith("line ")}
    assert set(lines) == {"line 3", "line 4", "line 5"}, err
    assert "status 'rejected'" in lines["line 3"] and "did you mean 'Rejected'?" in lines["line 3"]
    assert "status 'Declined'" in lines["line 4"] and "did you mean" not in lines["line 4"]
    assert "--allow-unknown-status" in err and "allow_unknown_status=True" not in err
    assert "nothing was sent" in err
    assert sb.requests == []


def test_cli_allow_unknown_status_sends_it(sb: Sandbox, creds: None, tmp_path: Path) -> None:
    file = tmp_path / "fixes.csv"
    file.write_text(f"tx_id,conversion_time,hash,status\nt3,{TIME},h,Declined\n")
    recording = Recording(sb)
    result = run(
        sb, "conversions", "update", str(file), "-i", sb.integration_id, "--allow-unknown-status", "--no-verify",
        transport=recording,
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert [u["status"] for u in recording.bodies[0]["updates"]] == ["Declined"]


def test_cli_help_documents_the_flag(sb: Sandbox) -> None:
    result = run(sb, "conversions", "update", "--help")
    assert "--allow-unknown-status" in result.stdout
