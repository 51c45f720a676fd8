"""The `integr8` command line's workflows, in process against the sandbox: exports, conversion
updates, AppSamurai, `sandbox serve` (the one test with sockets, on loopback) and the demo.

`run` (the CliRunner with the sandbox plugged in) comes from `test_cli.py`.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

import httpx
import pytest
from test_cli import run

from integr8 import Integr8
from integr8.cli._demo_data import CAMPAIGNS_JSON
from integr8.testing import Fault, Sandbox, SandboxTransport

TOKEN = "partner-token-secret-9f8e7d"
PULL_URL = f"https://api.appsamurai.com/api/campaign-pull/list/{TOKEN}"

pytestmark = pytest.mark.usefixtures("clean_env")


def writes(sb: Sandbox) -> list[str]:
    return [f"{r.method} {r.operation_id}" for r in sb.requests if r.method != "GET"]


def export_args(sb: Sandbox, kind: str, dest: Path, *extra: str) -> list[str]:
    args = ["export", kind, "-i", sb.integration_id, "--from", "2025-02-01", "--to", "2025-02-02"]
    fields = "tx_id,http_status" if kind == "postback-logs" else "tx_id,status"
    args += ["--fields", fields, "-o", str(dest), *extra]
    if kind != "postback-logs" and "--extra" not in extra:
        args += ["--extra", "sub1"]
    return args


# -- export ------------------------------------------------------------------------------------


def test_export_clicks_to_csv_with_plain_progress(sb: Sandbox, creds: None, tmp_path: Path) -> None:
    dest = tmp_path / "clicks.csv"
    result = run(sb, *export_args(sb, "clicks", dest))
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(dest.open()))
    assert rows and list(rows[0]) == ["tx_id", "status", "sub1"]
    assert result.stdout == ""  # progress and the summary are on stderr
    err = result.stderr
    assert "creating the export" in err
    assert "PENDING" in err and "COMPLETED" in err  # status while polling
    assert "downloading" in err and "verifying" in err
    assert f"wrote {len(rows)} row(s)" in err and str(dest) in err
    assert "\x1b[" not in err  # not a terminal: plain lines, no live display
    files = [r for r in sb.requests if r.host == "files"]
    assert files and all("api-key" not in r.headers for r in files)


@pytest.mark.parametrize("kind", ["conversions", "impressions", "postback-logs"])
def test_export_every_kind(sb: Sandbox, creds: None, tmp_path: Path, kind: str) -> None:
    dest = tmp_path / f"{kind}.csv"
    result = run(sb, *export_args(sb, kind, dest), "--quiet")
    assert result.exit_code == 0, result.output
    assert result.stderr == ""  # --quiet
    assert dest.read_text().startswith("tx_id,")


def test_export_keeps_the_zip(sb: Sandbox, creds: None, tmp_path: Path) -> None:
    dest = tmp_path / "clicks.zip"
    result = run(sb, *export_args(sb, "clicks", dest, "--zip"))
    assert result.exit_code == 0, result.output
    with zipfile.ZipFile(dest) as archive:
        (member,) = archive.namelist()
        assert archive.read(member).startswith(b"tx_id,status")


def test_export_extra_rules(sb: Sandbox, creds: None, tmp_path: Path) -> None:
    args = export_args(sb, "clicks", tmp_path / "x.csv", "--extra", "")
    result = run(sb, *[a for a in args if a not in ("--extra", "")])
    assert result.exit_code == 2
    assert "--extra is required" in result.stderr
    result = run(sb, *export_args(sb, "postback-logs", tmp_path / "x.csv", "--extra", "sub1"))
    assert result.exit_code == 2
    assert "--extra" in result.stderr
    assert sb.requests == []


def test_export_bad_date(sb: Sandbox, creds: None, tmp_path: Path) -> None:
    args = export_args(sb, "clicks", tmp_path / "x.csv")
    args[args.index("--to") + 1] = "2025/02/02"
    result = run(sb, *args)
    assert result.exit_code == 2
    assert "--to" in result.stderr
    assert sb.requests == []


def test_export_timeout_then_resume(sb: Sandbox, creds: None, tmp_path: Path) -> None:
    dest = tmp_path / "clicks.csv"
    result = run(sb, *export_args(sb, "clicks", dest, "--timeout", "1"))
    assert result.exit_code == 1
    assert not dest.exists()
    message = result.stderr.strip().splitlines()[-1]
    assert message.startswith("error: export ") and "integr8 export resume" in message
    export_id = message.split("integr8 export resume ")[1].split()[0]

    result = run(sb, "export", "resume", export_id, "-o", str(dest))
    assert result.exit_code == 0, result.output
    assert dest.read_text().startswith("tx_id,status,sub1")


def test_export_failure_is_exit_1(sb: Sandbox, creds: None, tmp_path: Path) -> None:
    sb.fail_next_export("the export worker ran out of disk")
    dest = tmp_path / "clicks.csv"
    result = run(sb, *export_args(sb, "clicks", dest))
    assert result.exit_code == 1
    assert "ERROR" in result.stderr and "ran out of disk" in result.stderr
    assert not dest.exists()


# -- conversions update ------------------------------------------------------------------------


def conversions(sb: Sandbox, n: int) -> list[object]:
    client = Integr8(sb.api_key, base_url=sb.base_url, transport=SandboxTransport(sb))
    rows = client.iter_report("conversions", integration_id=sb.integration_id, start="2025-02-05", end="2025-02-05")
    picked = []
    for row in rows:
        if row.status == "Approved":
            picked.append(row)
        if len(picked) == n:
            return picked
    raise AssertionError("not enough conversions")


def updates_csv(path: Path, rows: list[object], wrong_hash: int | None = None) -> Path:
    lines = ["tx_id,conversion_time,hash,status,payout,revenue"]
    for i, row in enumerate(rows):
        key = "f" * 40 if i == wrong_hash else row.hash_  # type: ignore[attr-defined]
        lines.append(f"{row.tx_id},{row.conversion_time},{key},Rejected,,")  # type: ignore[attr-defined]
    path.write_text("\n".join(lines) + "\n")
    return path


def test_update_shows_applied_and_skipped_and_exits_3(sb: Sandbox, creds: None, tmp_path: Path) -> None:
    rows = conversions(sb, 4)
    file = updates_csv(tmp_path / "updates.csv", rows, wrong_hash=3)
    sb.requests.clear()
    result = run(sb, "conversions", "update", str(file), "-i", sb.integration_id)
    assert result.exit_code == 3, result.output
    table = result.stdout
    assert "3 applied, 1 skipped" in table
    lines = {line.split()[0]: line for line in table.splitlines() if line.strip()[:1].isdigit()}
    assert set(lines) == {"2", "3", "4", "5"}
    assert all("applied" in lines[n] for n in ("2", "3", "4"))
    assert "skipped" in lines["5"] and "hash does not match" in lines["5"]
    assert "not every update was applied" in result.stderr
    assert writes(sb) == ["POST updateConversions"]


def test_update_all_applied_exits_0(sb: Sandbox, creds: None, tmp_path: Path) -> None:
    file = updates_csv(tmp_path / "updates.csv", conversions(sb, 2))
    result = run(sb, "conversions", "update", str(file), "-i", sb.integration_id, "-f", "json")
    assert result.exit_code == 0, result.output
    outcomes = json.loads(result.stdout)
    assert [o["result"] for o in outcomes] == ["applied", "applied"]
    assert [o["line"] for o in outcomes] == [2, 3]


def test_update_without_verification(sb: Sandbox, creds: None, tmp_path: Path) -> None:
    file = updates_csv(tmp_path / "updates.csv", conversions(sb, 2), wrong_hash=0)
    sb.requests.clear()
    result = run(sb, "conversions", "update", str(file), "-i", sb.integration_id, "--no-verify")
    assert result.exit_code == 0, result.output
    assert "sent 2 update(s), not verified" in result.stderr
    assert [r.operation_id for r in sb.requests] == ["updateConversions"]  # no report read


def test_update_malformed_csv_names_every_line_and_sends_nothing(sb: Sandbox, creds: None, tmp_path: Path) -> None:
    good = conversions(sb, 1)[0]
    file = tmp_path / "updates.csv"
    file.write_text(
        "tx_id,conversion_time,hash,status,payout,revenue\n"
        f"{good.tx_id},{good.conversion_time},{good.hash_},Rejected,,\n"  # line 2: fine
        "abc,2025-02-01 10:00:00,def\n"  # line 3: too few cells
        "abd,2025-02-01 10:00:00,def,,ten,\n"  # line 4: payout not a number
        "abe,yesterday,def,Approved,,\n"  # line 5: bad time
        "\n"  # line 6: blank, ignored
        f"{good.tx_id},{good.conversion_time},{good.hash_},,1.5,\n"  # line 7: duplicate tx_id
        ",2025-02-01 10:00:00,def,Approved,,\n"  # line 8: tx_id empty
        "abf,2025-02-01 10:00:00,def,,,\n"  # line 9: nothing to change
    )
    sb.requests.clear()
    result = run(sb, "conversions", "update", str(file), "-i", sb.integration_id)
    assert result.exit_code == 2
    err = result.stderr
    assert "nothing was sent" in err
    for line, words in {
        3: "3 cell(s)",
        4: "payout 'ten'",
        5: "conversion_time 'yesterday'",
        7: "also on line 2",
        8: "tx_id is empty",
        9: "nothing to change",
    }.items():
        found = [text for text in err.splitlines() if text.strip().startswith(f"line {line}:")]
        assert found and words in found[0], (line, err)
    assert "line 2:" not in err and "line 6:" not in err
    assert sb.requests == []  # nothing reached the sandbox


def test_update_bad_header(sb: Sandbox, creds: None, tmp_path: Path) -> None:
    file = tmp_path / "updates.csv"
    file.write_text("tx_id,time,hash,status\nabc,2025-02-01 10:00:00,def,Approved\n")
    result = run(sb, "conversions", "update", str(file), "-i", sb.integration_id)
    assert result.exit_code == 2
    assert "line 1" in result.stderr
    assert "conversion_time" in result.stderr and "unknown column(s) time" in result.stderr


def test_update_missing_file(sb: Sandbox, creds: None, tmp_path: Path) -> None:
    result = run(sb, "conversions", "update", str(tmp_path / "nope.csv"), "-i", sb.integration_id)
    assert result.exit_code == 2
    assert "nope.csv" in result.stderr


# -- appsamurai --------------------------------------------------------------------------------


@pytest.fixture
def pull(monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    """APPSAMURAI_URL set, and a transport that answers it with the demo's two campaigns."""
    monkeypatch.setenv("APPSAMURAI_URL", PULL_URL)
    seen: list[str] = []

    def handle(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        if request.url.path.endswith(f"/{TOKEN}"):
            return httpx.Response(200, content=CAMPAIGNS_JSON.encode())
        return httpx.Response(404, json={"error": "unknown token"})

    return {"appsamurai_transport": httpx.MockTransport(handle), "seen": seen}


def seams(pull: dict[str, object]) -> dict[str, object]:
    return {"appsamurai_transport": pull["appsamurai_transport"]}


@pytest.mark.parametrize("fmt", ["table", "jsonl", "csv", "json"])
def test_appsamurai_campaigns(sb: Sandbox, pull: dict[str, object], fmt: str) -> None:
    result = run(sb, "appsamurai", "campaigns", "-f", fmt, seams=seams(pull))
    assert result.exit_code == 0, result.output
    assert "1235" in result.stdout and "120254" in result.stdout
    assert TOKEN not in result.output
    if fmt == "jsonl":
        rows = [json.loads(line) for line in result.stdout.splitlines()]
        assert rows[1]["revenue"] == "1.9199999999999999"  # exact, as AppSamurai sent it
        assert rows[1]["events"] == 4
    if fmt == "csv":
        assert len(list(csv.DictReader(io.StringIO(result.stdout)))) == 2


def test_appsamurai_needs_its_url(sb: Sandbox) -> None:
    result = run(sb, "appsamurai", "campaigns")
    assert result.exit_code == 2
    assert "APPSAMURAI_URL" in result.stderr


def test_appsamurai_pull_error_hides_the_token(
    sb: Sandbox, pull: dict[str, object], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("APPSAMURAI_URL", PULL_URL + "x")
    result = run(sb, "appsamurai", "campaigns", seams=seams(pull))
    assert result.exit_code == 1
    assert "404" in result.stderr
    assert TOKEN not in result.output


def advertiser_for_appsamurai(sb: Sandbox) -> int:
    client = Integr8(sb.api_key, base_url=sb.base_url, transport=SandboxTransport(sb))
    created = client.advertisers.create_advertiser(body={"name": "AppSamurai"})
    return client.advertisers.get_advertiser(created.created_item_id).data.incremental_id


def test_appsamurai_sync_dry_run_then_apply(sb: Sandbox, creds: None, pull: dict[str, object]) -> None:
    advertiser = str(advertiser_for_appsamurai(sb))
    sb.requests.clear()
    args = ("appsamurai", "sync", "-i", sb.integration_id, "--advertiser", advertiser)
    dry = run(sb, *args, "--dry-run", seams=seams(pull))
    assert dry.exit_code == 0, dry.output
    assert "2 new" in dry.stdout and "create offer" in dry.stdout
    assert "dry run" in dry.stderr
    assert writes(sb) == []

    applied = run(sb, *args, seams=seams(pull))
    assert applied.exit_code == 0, applied.output
    assert "AppSamurai sync applied" in applied.stdout
    assert any(w.startswith("POST createOffer") for w in writes(sb))
    assert TOKEN not in applied.output

    before = len(writes(sb))
    again = run(sb, *args, seams=seams(pull))
    assert again.exit_code == 0, again.output
    assert "2 unchanged" in again.stdout
    assert "nothing to change" in again.stderr
    assert len(writes(sb)) == before


def test_appsamurai_sync_failure_is_exit_1(sb: Sandbox, creds: None, pull: dict[str, object]) -> None:
    advertiser = str(advertiser_for_appsamurai(sb))
    sb.inject(Fault(status=400, operation="createOfferLandingPage", times=None))
    result = run(
        sb, "appsamurai", "sync", "-i", sb.integration_id, "--advertiser", advertiser,
        seams=seams(pull),
    )  # fmt: skip
    assert result.exit_code == 1
    assert "FAILED" in result.stdout  # what was done and what failed
    assert "warning: AppSamurai sync: campaign 1235" in result.stderr  # the SDK's log, shown
    assert result.stderr.strip().splitlines()[-1].startswith("error: AppSamurai sync:")
    assert TOKEN not in result.output


def test_appsamurai_sync_bad_advertiser_option(sb: Sandbox, creds: None) -> None:
    result = run(sb, "appsamurai", "sync", "-i", sb.integration_id, "--advertiser", "x")
    assert result.exit_code == 2


# -- sandbox serve -----------------------------------------------------------------------------


def test_sandbox_serve_answers_over_loopback(sb: Sandbox) -> None:
    answers: list[int] = []

    def while_serving(server: object) -> None:
        base = server.base_url  # type: ignore[attr-defined]
        key = server.sandbox.api_key  # type: ignore[attr-defined]
        with Integr8(key, base_url=base, allow_http=True) as client:
            answers.append(len(client.advertisers.list_advertisers(pagesize=5).data))

    result = run(
        sb, "sandbox", "serve", "--port", "0", "--latency", "1",
        seams={"serve_hook": while_serving},
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert answers == [5]
    out = result.stdout
    assert "export INTEGR8_BASE_URL=http://127.0.0.1:" in out
    assert "export INTEGR8_ALLOW_HTTP=1" in out
    assert "export INTEGR8_INTEGRATION_ID=" in out


# -- demo --------------------------------------------------------------------------------------


def test_demo_runs_end_to_end(sb: Sandbox, tmp_path: Path) -> None:
    out = tmp_path / "demo"
    result = run(sb, "demo", "--out", str(out))
    assert result.exit_code == 0, result.output
    text = result.stdout
    for step in ("List offers", "conversion report", "Update conversions", "Export clicks"):
        assert step in text
    assert "3 applied, 1 skipped" in text
    assert "hash does not match" in text
    assert "AppSamurai sync" in text and "dry run" in text
    for name in ("offers.csv", "conversions.csv", "updates.csv", "clicks.csv"):
        path = out / name
        assert str(path) in text
        assert path.stat().st_size > 0
    assert len(list(csv.DictReader((out / "offers.csv").open()))) == 500
    assert "COMPLETED" in result.stderr  # the export's progress, on stderr
    assert sb.requests == []  # the demo brings its own sandbox; the test's was never used


def test_a_reader_that_stops_early_is_not_an_error():
    """`integr8 list ... | head -1` exits 0: a closed pipe is the reader's choice, not a failure."""
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    from integr8.testing import Sandbox, serve

    integr8_bin = Path(sys.executable).with_name("integr8")
    if not integr8_bin.exists() or not shutil.which("bash"):
        pytest.skip("needs the installed integr8 script and bash")
    sb = Sandbox(seed=0)
    with serve(sb, port=0) as server:
        script = (
            f"set -o pipefail; '{integr8_bin}' --base-url {server.base_url} --allow-http "
            f"list offers list_offers -i {sb.integration_id} -f jsonl --page-size 100 | head -1 >/dev/null; "
            "echo ${PIPESTATUS[0]}"
        )
        env = {"PATH": "/usr/bin:/bin", "INTEGR8_API_KEY": sb.api_key, "HOME": "/tmp"}
        out = subprocess.run(["bash", "-c", script], capture_output=True, text=True, env=env, timeout=60)
    assert out.stdout.strip() == "0", out.stderr
