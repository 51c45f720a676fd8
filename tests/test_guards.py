"""Guards on what the SDK and the CLI write: files, offers, conversion updates.

- Files (`integr8._atomic`, one helper for `export_to_file` and `--output`): replacing a file
  keeps its mode; a destination that is not a regular file (directory, FIFO, socket, device)
  is refused before any request; SIGTERM during `integr8 export` cleans up as Ctrl-C does and
  exits 143 (a real subprocess against the loopback sandbox).
- AppSamurai sync: a plan that would deactivate more than a share of the mirrored offers is
  refused unless allowed (SDK and CLI); the CLI's connection hint for AppSamurai names
  APPSAMURAI_URL.
- Conversion updates whose answer was lost (the server applied them, then the connection
  broke) are never resent, are verified like the others, and are told apart from the unsent.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import stat
import subprocess
import sys
import time
from pathlib import Path

import attrs
import httpx
import pytest
from exporting import export_args as sdk_export_args
from exporting import make_async_client, make_client
from test_cli import run

import integr8
from integr8 import ConversionUpdate, Integr8, UpdatesPartlySentError
from integr8.appsamurai import AppSamurai, apply_sync, plan_sync
from integr8.cli._demo_data import CAMPAIGNS_JSON
from integr8.errors import APIConnectionError, ConfigurationError
from integr8.testing import (
    AsyncSandboxTransport,
    Fault,
    Sandbox,
    SandboxTransport,
    serve,
)

pytestmark = pytest.mark.usefixtures("clean_env")


def export(client: Integr8, sb: Sandbox, dest: Path, **kw: object):
    return client.export_to_file("clicks", **sdk_export_args(sb, dest, **kw))


def export_args(sb: Sandbox, dest: Path) -> list[str]:
    return [
        "export", "clicks", "-i", sb.integration_id, "--from", "2025-02-01", "--to", "2025-02-02",
        "--fields", "tx_id,status", "--extra", "sub1", "-o", str(dest),
    ]  # fmt: skip


def report_args(sb: Sandbox, dest: Path) -> list[str]:
    return ["report", "conversions", "-i", sb.integration_id, "--from", "2025-02-03", "--to", "2025-02-03",
            "-o", str(dest)]  # fmt: skip


def hidden(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


# -- replacing a file keeps its mode -----------------------------------------------------------


@pytest.mark.parametrize("extract", [True, False])
def test_an_export_over_a_0600_file_keeps_0600(sb: Sandbox, tmp_path: Path, extract: bool) -> None:
    dest = tmp_path / "clicks.csv"
    dest.write_text("old\n")
    dest.chmod(0o600)
    old = os.umask(0o022)
    try:
        result = export(make_client(sb), sb, dest, extract=extract)
    finally:
        os.umask(old)
    assert result.bytes == dest.stat().st_size and dest.read_bytes() != b"old\n"
    assert stat.S_IMODE(dest.stat().st_mode) == 0o600
    assert hidden(tmp_path) == []


def test_a_new_export_file_gets_0666_less_the_umask(sb: Sandbox, tmp_path: Path) -> None:
    old = os.umask(0o027)
    try:
        export(make_client(sb), sb, tmp_path / "clicks.csv")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "clicks.csv").stat().st_mode) == 0o640


@pytest.mark.parametrize("command", ["report", "export"])
def test_cli_output_over_a_0600_file_keeps_0600(sb: Sandbox, creds: None, tmp_path: Path, command: str) -> None:
    dest = tmp_path / "out.csv"
    dest.write_text("old\n")
    dest.chmod(0o600)
    args = report_args(sb, dest) if command == "report" else export_args(sb, dest)
    result = run(sb, *args)
    assert result.exit_code == 0, result.output
    assert dest.read_text() != "old\n"
    assert stat.S_IMODE(dest.stat().st_mode) == 0o600
    assert hidden(tmp_path) == []


# -- destinations that are not regular files ---------------------------------------------------


def _fifo(folder: Path) -> Path:
    path = folder / "pipe.csv"
    os.mkfifo(path)
    return path


def _folder(folder: Path) -> Path:
    path = folder / "a-folder"
    path.mkdir()
    return path


def _device(folder: Path) -> Path:
    """A character device like /dev/null (1, 3), made in the test's folder, so nothing the
    machine uses is ever at stake, even on code that would replace it."""
    path = folder / "null"
    try:
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    except (PermissionError, OSError) as exc:
        pytest.skip(f"cannot make a device node here: {exc}")
    return path


def _socket(folder: Path) -> Path:
    path = folder / "s.sock"
    if len(str(path)) > 100:
        pytest.skip("the test folder's path is too long for a unix socket")
    listener = socket.socket(socket.AF_UNIX)
    listener.bind(str(path))
    listener.close()  # the socket file stays
    return path


NODES = {
    "FIFO": (_fifo, "a FIFO", stat.S_ISFIFO),
    "directory": (_folder, "a directory", stat.S_ISDIR),
    "device": (_device, "a character device", stat.S_ISCHR),
    "socket": (_socket, "a socket", stat.S_ISSOCK),
}


@pytest.mark.parametrize("kind", list(NODES))
def test_an_export_to_a_node_that_is_not_a_file_is_refused_before_any_request(
    sb: Sandbox, tmp_path: Path, kind: str
) -> None:
    make, says, still = NODES[kind]
    node = make(tmp_path)
    with pytest.raises(ConfigurationError, match=f"^dest: .*is {says}"):
        export(make_client(sb), sb, node)
    assert sb.requests == []
    assert still(os.stat(node).st_mode)  # left as it was


@pytest.mark.parametrize("kind", list(NODES))
@pytest.mark.parametrize("command", ["report", "export"])
def test_cli_output_to_a_node_that_is_not_a_file_is_exit_2_before_any_request(
    sb: Sandbox, creds: None, tmp_path: Path, kind: str, command: str
) -> None:
    make, says, still = NODES[kind]
    node = make(tmp_path)
    args = report_args(sb, node) if command == "report" else export_args(sb, node)
    result = run(sb, *args)
    assert result.exit_code == 2, result.output
    assert "--output" in result.stderr and says in result.stderr
    assert sb.requests == []
    assert still(os.stat(node).st_mode)


def test_dev_null_is_refused_by_the_shared_check() -> None:
    # Only the check itself, never a whole run: code that did not refuse would replace the
    # machine's /dev/null when run as root.
    from integr8._atomic import check_target
    from integr8.cli._atomic import check_destination
    from integr8.cli._errors import CliError

    with pytest.raises(ConfigurationError, match="^dest: '/dev/null' is a character device"):
        check_target("/dev/null", "dest")
    with pytest.raises(CliError, match="^--output: '/dev/null' is a character device"):
        check_destination(Path("/dev/null"))
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


@pytest.mark.parametrize("dest", [None, 5, b"clicks.csv"])
def test_a_dest_that_is_no_path_is_a_configuration_error_naming_dest(dest: object, tmp_path: Path) -> None:
    """Before: a bare TypeError from pathlib that named neither `dest` nor what to give."""
    from integr8 import Integr8
    from integr8.testing import Sandbox, SandboxTransport

    sb = Sandbox(seed=0)
    client = Integr8(api_key=sb.api_key, base_url=sb.base_url, transport=SandboxTransport(sb))
    window = {"integration_id": sb.integration_id, "start": "2025-02-01", "end": "2025-02-01"}
    with pytest.raises(ConfigurationError, match=r"^dest: expected a file path \(str or pathlib.Path\)"):
        client.export_to_file("clicks", **window, dest=dest, fields=["tx_id"], extra_parameters=["sub1"])
    assert sb.requests == []


# -- SIGTERM during `integr8 export` -----------------------------------------------------------


def _subprocess_env(sb: Sandbox) -> dict[str, str]:
    """The same integr8 as this test (a worktree's too), no user config, the sandbox's key."""
    import integr8_client

    paths = [str(Path(integr8.__file__).parents[1]), str(Path(integr8_client.__file__).parents[1])]
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(Path.home()),
        "XDG_CONFIG_HOME": os.environ["XDG_CONFIG_HOME"],  # set by clean_env: no config file
        "PYTHONPATH": os.pathsep.join(paths),
        "INTEGR8_API_KEY": sb.api_key,
    }


@pytest.mark.slow
def test_sigterm_during_an_export_download_cleans_up_and_exits_143(tmp_path: Path) -> None:
    sb = Sandbox(seed=0, export_delays=(0.0, 0.0))
    sb.inject(Fault(drip=0.01, host="files", times=None))  # the artifact trickles: ~100 bytes a second
    out = tmp_path / "out"
    out.mkdir()
    dest = out / "clicks.csv"
    with serve(sb, port=0) as server:
        args = [
            sys.executable, "-m", "integr8.cli", "--base-url", server.base_url, "--allow-http",
            *export_args(sb, dest), "--quiet",
        ]  # fmt: skip
        proc = subprocess.Popen(
            args, env=_subprocess_env(sb), stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp_path
        )
        try:
            for _ in range(1200):  # until the download has begun (at most about a minute)
                if any(r.host == "files" for r in sb.requests) or proc.poll() is not None:
                    break
                time.sleep(0.05)
            assert proc.poll() is None, proc.communicate()
            assert any(r.host == "files" for r in sb.requests)
            assert any(name.endswith(".part") for name in hidden(out))  # mid-download
            time.sleep(0.2)  # a few bytes in
            proc.send_signal(signal.SIGTERM)
            _, err = proc.communicate(timeout=60)
        finally:
            proc.kill()
            proc.wait()
    assert proc.returncode == 143, err.decode(errors="replace")
    assert hidden(out) == [] and not dest.exists()  # no .part file, no half file


# -- mass deactivation -------------------------------------------------------------------------

TOKEN = "partner-token-guards-7c6b5a"
PULL_URL = f"https://api.appsamurai.com/api/campaign-pull/list/{TOKEN}"


def campaigns_json(ids: range) -> str:
    """The demo's CPI campaign, once per id (distinct names and tracking URLs)."""
    first = json.loads(CAMPAIGNS_JSON)[0]
    items = [
        {**first, "campaign_id": i, "campaign_name": f"Pirates {i}", "tracking_url": first["tracking_url"] + f"&c={i}"}
        for i in ids
    ]
    return json.dumps(items)


class PullServer(httpx.BaseTransport):
    """AppSamurai's pull URL answering `body` (change it between pulls)."""

    def __init__(self, body: str):
        self.body = body

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=self.body.encode())


def advertiser_of(client: Integr8) -> int:
    created = client.advertisers.create_advertiser(body={"name": "AppSamurai"})
    return client.advertisers.get_advertiser(created.created_item_id).data.incremental_id


def mirrored(sb: Sandbox, count: int) -> tuple[Integr8, int, PullServer]:
    """`count` AppSamurai campaigns synced into live offers of a new advertiser."""
    client = make_client(sb)
    advertiser = advertiser_of(client)
    server = PullServer(campaigns_json(range(1, count + 1)))
    pulled = AppSamurai(PULL_URL, transport=server).fetch()
    plan = plan_sync(pulled, client, integration_id=sb.integration_id, advertiser_id=advertiser)
    assert plan.count("new") == count
    apply_sync(plan, client)
    return client, advertiser, server


def deactivations(plan: object) -> int:
    return sum(1 for a in plan.actions if a.kind == "deactivate_offer")  # type: ignore[attr-defined]


def test_a_pull_that_lost_most_campaigns_is_refused_unless_allowed(sb: Sandbox) -> None:
    from integr8.errors import MassDeactivationError

    client, advertiser, server = mirrored(sb, 20)
    server.body = campaigns_json(range(1, 2))  # 1 of the 20 still listed
    pulled = AppSamurai(PULL_URL, transport=server).fetch()
    before = len(sb.requests)
    with pytest.raises(MassDeactivationError) as info:
        plan_sync(pulled, client, integration_id=sb.integration_id, advertiser_id=advertiser)
    assert (info.value.deactivations, info.value.live, info.value.max_share) == (19, 20, 0.2)
    message = str(info.value)
    assert "19 of the 20 live offer(s)" in message and "20%" in message
    assert "allow_mass_deactivation=True" in message and "max_deactivation_share" in message
    assert isinstance(info.value, ValueError)
    assert all(r.method == "GET" for r in sb.requests[before:])  # nothing written

    allowed = plan_sync(
        pulled, client, integration_id=sb.integration_id, advertiser_id=advertiser, allow_mass_deactivation=True
    )
    assert deactivations(allowed) == 19
    wider = plan_sync(
        pulled, client, integration_id=sb.integration_id, advertiser_id=advertiser, max_deactivation_share=0.95
    )
    assert deactivations(wider) == 19


def test_the_share_is_a_bound_not_a_ban(sb: Sandbox) -> None:
    """4 of 20 (20%) goes through by default, 5 (25%) does not; a stricter share refuses 4."""
    from integr8.errors import MassDeactivationError

    client, advertiser, server = mirrored(sb, 20)
    server.body = campaigns_json(range(5, 21))
    pulled = AppSamurai(PULL_URL, transport=server).fetch()
    assert deactivations(plan_sync(pulled, client, integration_id=sb.integration_id, advertiser_id=advertiser)) == 4
    with pytest.raises(MassDeactivationError):
        plan_sync(
            pulled, client, integration_id=sb.integration_id, advertiser_id=advertiser, max_deactivation_share=0.1
        )
    server.body = campaigns_json(range(6, 21))
    pulled = AppSamurai(PULL_URL, transport=server).fetch()
    with pytest.raises(MassDeactivationError, match="5 of the 20"):
        plan_sync(pulled, client, integration_id=sb.integration_id, advertiser_id=advertiser)
    with pytest.raises(ValueError, match="max_deactivation_share"):
        plan_sync(
            pulled, client, integration_id=sb.integration_id, advertiser_id=advertiser, max_deactivation_share=1.5
        )


def test_cli_sync_refuses_a_mass_deactivation_and_says_how_to_allow_it(
    sb: Sandbox, creds: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("APPSAMURAI_URL", PULL_URL)
    _, advertiser, server = mirrored(sb, 20)
    server.body = campaigns_json(range(1, 2))
    args = ("appsamurai", "sync", "-i", sb.integration_id, "--advertiser", str(advertiser))
    before = len(sb.requests)
    refused = run(sb, *args, seams={"appsamurai_transport": server})
    assert refused.exit_code == 2, refused.output
    assert "19 of the 20" in refused.stderr
    assert "--allow-mass-deactivation" in refused.stderr and "--max-deactivation-share" in refused.stderr
    assert "allow_mass_deactivation=True" not in refused.stderr  # the CLI's spelling
    assert all(r.method == "GET" for r in sb.requests[before:])

    allowed = run(sb, *args, "--allow-mass-deactivation", seams={"appsamurai_transport": server})
    assert allowed.exit_code == 0, allowed.output
    assert "19 removed" in allowed.stdout
    assert any(r.method != "GET" for r in sb.requests[before:])  # the writes went out this time


def test_cli_dry_run_shows_a_refused_plan_then_says_a_real_run_would_be_refused(
    sb: Sandbox, creds: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("APPSAMURAI_URL", PULL_URL)
    _, advertiser, server = mirrored(sb, 20)
    server.body = campaigns_json(range(1, 2))
    before = len(sb.requests)
    args = ("appsamurai", "sync", "-i", sb.integration_id, "--advertiser", str(advertiser), "--dry-run")
    shown = run(sb, *args, seams={"appsamurai_transport": server})
    assert shown.exit_code == 2, shown.output
    assert "19 removed" in shown.stdout  # the plan, to look at
    assert "a real run would be refused" in shown.stderr and "--allow-mass-deactivation" in shown.stderr
    assert all(r.method == "GET" for r in sb.requests[before:])


# -- the AppSamurai commands' connection hint --------------------------------------------------


def test_appsamurai_connection_error_names_appsamurai_url(
    sb: Sandbox, creds: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("APPSAMURAI_URL", PULL_URL)
    monkeypatch.setattr(time, "sleep", lambda seconds: None)  # the pull's retries, without waiting

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    for command in (["campaigns"], ["sync", "-i", sb.integration_id, "--advertiser", "1"]):
        result = run(sb, "appsamurai", *command, seams={"appsamurai_transport": httpx.MockTransport(refuse)})
        assert result.exit_code == 1, result.output
        assert "APPSAMURAI_URL" in result.stderr and "INTEGR8_BASE_URL" not in result.stderr
        assert TOKEN not in result.output


# -- conversion updates whose answer was lost --------------------------------------------------


def flip(status: str) -> str:
    return "Rejected" if status == "Approved" else "Approved"


def updates_for(client: Integr8, sb: Sandbox, count: int) -> list[ConversionUpdate]:
    rows = list(
        client.iter_report("conversions", integration_id=sb.integration_id, start="2025-02-03", end="2025-02-03")
    )[:count]
    return [
        ConversionUpdate(tx_id=r.tx_id, conversion_time=r.conversion_time, hash=r.hash_, status=flip(r.status))
        for r in rows
    ]


def posts(sb: Sandbox) -> list[object]:
    return [r for r in sb.requests if r.operation_id == "updateConversions"]


class FaultAfterPosts(httpx.BaseTransport):
    """The sandbox, with `fault` injected once `after` update requests have been answered."""

    def __init__(self, sb: Sandbox, after: int, fault: Fault):
        self.inner, self.sb, self.after, self.fault = SandboxTransport(sb), sb, after, fault

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if request.method == "POST" and len(posts(self.sb)) == self.after:
            self.sb.inject(self.fault)
        return response


class AsyncFaultAfterPosts(httpx.AsyncBaseTransport):
    def __init__(self, sb: Sandbox, after: int, fault: Fault):
        self.inner, self.sb, self.after, self.fault = AsyncSandboxTransport(sb), sb, after, fault

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        if request.method == "POST" and len(posts(self.sb)) == self.after:
            self.sb.inject(self.fault)
        return response


LOST = Fault(drop=True, phase="response", operation="updateConversions")  # handled, then the connection dies
NOT_SENT = Fault(drop=True, phase="connect", operation="updateConversions", times=None)


def test_one_batch_whose_answer_was_lost_is_verified_not_raised(sb: Sandbox) -> None:
    client = make_client(sb)
    good = updates_for(client, sb, 2)
    wrong_hash = attrs.evolve(good[1], hash="0" * 40)
    updates = [good[0], wrong_hash]
    sb.inject(LOST)
    report = client.update_conversions(integration_id=sb.integration_id, updates=updates)
    assert len(posts(sb)) == 1  # sent once, never resent
    assert report.update_requests == 1
    assert report.applied == [good[0]] and report.skipped == [wrong_hash]
    assert report.answer_lost == updates
    assert all(o.answer_lost and any("connection broke" in r for r in o.reasons) for o in report.outcomes)
    assert "2 sent without an answer" in report.summary()


def test_several_batches_the_lost_answer_is_told_apart_from_the_unsent(sb: Sandbox) -> None:
    updates = updates_for(make_client(sb), sb, 3)
    sb.requests.clear()
    client = make_client(sb, FaultAfterPosts(sb, 1, LOST))  # the 2nd batch is applied, its answer lost
    with pytest.raises(UpdatesPartlySentError) as info:
        client.update_conversions(integration_id=sb.integration_id, updates=updates, chunk_size=1)
    error = info.value
    assert len(posts(sb)) == 2  # the 3rd was never sent, the 2nd never resent
    assert (error.sent, error.answer_lost, error.unsent) == ([updates[0]], [updates[1]], [updates[2]])
    assert "lost their answer" in str(error) and "1 not applied by this call (never sent)" in str(error)
    assert isinstance(error.__cause__, APIConnectionError)
    report = error.report
    assert [o.update for o in report.outcomes] == updates[:2]
    assert report.applied == updates[:2]  # the sandbox did apply the lost one: the report shows it
    assert report.answer_lost == [updates[1]] and report.update_requests == 2


def test_a_lost_answer_on_the_last_batch_returns_the_report(sb: Sandbox) -> None:
    updates = updates_for(make_client(sb), sb, 3)
    client = make_client(sb, FaultAfterPosts(sb, 2, LOST))
    report = client.update_conversions(integration_id=sb.integration_id, updates=updates, chunk_size=1)
    assert report.ok and report.applied == updates and report.answer_lost == [updates[2]]


def test_a_batch_never_sent_is_unsent_and_what_went_out_is_verified(sb: Sandbox) -> None:
    updates = updates_for(make_client(sb), sb, 3)
    client = make_client(sb, FaultAfterPosts(sb, 1, NOT_SENT))  # retried on the sandbox clock, then given up
    with pytest.raises(UpdatesPartlySentError) as info:
        client.update_conversions(integration_id=sb.integration_id, updates=updates, chunk_size=1)
    error = info.value
    assert (error.sent, error.answer_lost, error.unsent) == ([updates[0]], [], updates[1:])
    assert "2 not applied by this call (never sent)" in str(error)
    assert error.report.applied == [updates[0]] and error.report.update_requests == 1


async def test_async_one_batch_whose_answer_was_lost_is_verified(sb: Sandbox) -> None:
    client = make_async_client(sb)
    updates = [
        ConversionUpdate(tx_id=r.tx_id, conversion_time=r.conversion_time, hash=r.hash_, status=flip(r.status))
        for r in [
            row
            async for row in client.iter_report(
                "conversions", integration_id=sb.integration_id, start="2025-02-03", end="2025-02-03"
            )
        ][:2]
    ]
    sb.inject(LOST)
    report = await client.update_conversions(integration_id=sb.integration_id, updates=updates)
    assert len(posts(sb)) == 1
    assert report.ok and report.answer_lost == updates


async def test_async_several_batches_the_lost_answer_is_told_apart(sb: Sandbox) -> None:
    updates = updates_for(make_client(sb), sb, 3)
    client = make_async_client(sb, AsyncFaultAfterPosts(sb, 1, LOST))
    with pytest.raises(UpdatesPartlySentError) as info:
        await client.update_conversions(integration_id=sb.integration_id, updates=updates, chunk_size=1)
    error = info.value
    assert (error.sent, error.answer_lost, error.unsent) == ([updates[0]], [updates[1]], [updates[2]])
    assert error.report.applied == updates[:2] and error.report.answer_lost == [updates[1]]
    assert len(posts(sb)) == 2


# -- what counts as "sent, answer lost" (review findings) --------------------------------------------------


def test_an_applied_batch_whose_2xx_answer_cannot_be_read_is_answer_lost_not_unsent(sb: Sandbox) -> None:
    """Batch 2 is applied and answered 200, but labelled gzip on a plain body (a broken proxy):
    it went out, so it must never be reported as 'never sent: send them again'."""
    updates = updates_for(make_client(sb), sb, 3)
    sb.requests.clear()
    mislabelled = Fault(operation="updateConversions", headers={"Content-Encoding": "gzip"})
    client = make_client(sb, FaultAfterPosts(sb, 1, mislabelled))
    with pytest.raises(UpdatesPartlySentError) as info:
        client.update_conversions(integration_id=sb.integration_id, updates=updates, chunk_size=1)
    error = info.value
    assert (error.sent, error.answer_lost, error.unsent) == ([updates[0]], [updates[1]], [updates[2]])
    assert error.report.applied == updates[:2]


@pytest.mark.parametrize(
    "failure",
    [httpx.PoolTimeout("pool"), httpx.ProxyError("proxy refused"), httpx.UnsupportedProtocol("ftp")],
    ids=["pool timeout", "proxy", "protocol"],
)
def test_failures_before_anything_was_sent_leave_the_batch_unsent(sb: Sandbox, failure: Exception) -> None:
    updates = updates_for(make_client(sb), sb, 2)
    sb.requests.clear()
    inner = SandboxTransport(sb)

    class FailSecondPost(httpx.BaseTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            if request.method == "POST" and len(posts(sb)) == 1:
                raise failure
            return inner.handle_request(request)

    client = make_client(sb, FailSecondPost())
    with pytest.raises(UpdatesPartlySentError) as info:
        client.update_conversions(integration_id=sb.integration_id, updates=updates, chunk_size=1)
    assert (info.value.sent, info.value.answer_lost, info.value.unsent) == ([updates[0]], [], [updates[1]])
