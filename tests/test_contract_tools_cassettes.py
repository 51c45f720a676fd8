"""`integr8.contract.check_cassettes` and `integr8 contract check-cassettes`.

Our own recordings (tests/cassettes, recorded from the sandbox) must pass as they are; tampered
copies in tmp_path must fail with one line per violation naming the cassette, the interaction,
the operation and the rule, and never show a key or a signed URL.
"""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from cassettes import API_PORT, CASSETTE_DIR, FILES_HOST
from typer.testing import CliRunner

from integr8.cli import app
from integr8.contract import check_cassettes, scan_cassettes

API_HOST = f"127.0.0.1:{API_PORT}"
LIVE_KEY = "live_key_4f9a1c2b7e6d5a0f"  # what a badly scrubbed recording would hold
SIGNED = "https://files.example.test/a.zip?expires=1740788104&signature=9c1f0d2e3b4a"


def run(*args: str) -> Any:
    return CliRunner().invoke(app, ["contract", "check-cassettes", *args])


def load(path: Path) -> dict[str, Any]:
    return yaml.safe_load(path.read_text())


def save(path: Path, data: dict[str, Any]) -> None:
    path.write_text(yaml.safe_dump(data, sort_keys=False))


def interaction(data: dict[str, Any], method: str, path_part: str) -> tuple[int, dict[str, Any]]:
    for number, item in enumerate(data["interactions"], start=1):
        if item["request"]["method"] == method and path_part in item["request"]["uri"]:
            return number, item
    raise LookupError(f"no {method} {path_part}")


def set_body(item: dict[str, Any], body: Any) -> None:
    item["response"]["body"]["string"] = json.dumps(body)


# The small recordings: validating the big ones (pages of 100 rows) takes seconds each, and the
# full folder is already checked once below and in test_contract.py.
SMALL = ("advertiser_crud.yaml", "export_clicks.yaml", "rate_limited.yaml")


@pytest.fixture
def copies(tmp_path: Path) -> Path:
    target = tmp_path / "cassettes"
    target.mkdir()
    for name in SMALL:
        shutil.copy2(CASSETTE_DIR / name, target / name)
    return target


# -- our own recordings ---------------------------------------------------------------------------


def test_the_command_passes_on_our_recordings() -> None:
    result = run(str(CASSETTE_DIR))

    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    summary = result.stderr.replace("\n", " ")
    recorded = [yaml.safe_load(path.read_text(encoding="utf-8")) for path in CASSETTE_DIR.glob("*.yaml")]
    on_api = sum(1 for c in recorded for i in c["interactions"] if f"//{API_HOST}/" in i["request"]["uri"])
    assert on_api > 50  # every API interaction recorded is checked, however many the recordings hold
    assert f"0 violation(s) in {on_api} API interaction(s) of {len(recorded)} cassette(s)" in summary
    assert f"API host(s): {API_HOST}" in summary
    assert f"not checked: 1 on {FILES_HOST}" in summary  # the artifact download: not an API operation


def test_the_functions_on_our_recordings(copies: Path) -> None:
    scan = scan_cassettes(copies)

    assert scan.violations == ()
    assert scan.cassettes == tuple(str(copies / name) for name in SMALL)
    assert scan.api_hosts == (API_HOST,)
    assert scan.skipped == {FILES_HOST: 1}
    assert check_cassettes([copies / "advertiser_crud.yaml", copies / "rate_limited.yaml"]) == []


# -- tampered recordings --------------------------------------------------------------------------


def test_a_tampered_recording_fails_with_a_line_per_violation(copies: Path) -> None:
    crud = copies / "advertiser_crud.yaml"
    data = load(crud)
    number, created = interaction(data, "POST", "/api/v2/advertisers")
    created["request"]["headers"]["API-KEY"] = [LIVE_KEY]
    set_body(created, {"created_item_id": [LIVE_KEY]})  # a key, quoted by a type error
    save(crud, data)
    export = copies / "export_clicks.yaml"
    data = load(export)
    url_number, url = interaction(data, "GET", "/downloadcenter-artifact-url")
    set_body(url, {"url": [SIGNED]})  # a signed URL, quoted by a type error
    save(export, data)

    result = run(str(copies))

    assert result.exit_code == 1, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == 2, lines
    assert lines[0].startswith(f"{crud}#{number} createAdvertiser (response): response body: created_item_id: ")
    assert "is not of type 'string'" in lines[0]
    assert lines[1].startswith(f"{export}#{url_number} getDownloadCenterExportUrl (response): response body: url: ")
    for secret in (LIVE_KEY, "signature=9c1f", "expires=1740788104"):
        assert secret not in result.output
    assert "2 violation(s)" in result.stderr


def test_a_request_the_spec_does_not_allow_is_caught(copies: Path) -> None:
    path = copies / "export_clicks.yaml"
    data = load(path)
    number, export = interaction(data, "POST", "/clicks-export/")
    export["request"]["uri"] = export["request"]["uri"].replace("start_time=2025-02-03+00", "start_time=2025-02-03T00")
    save(path, data)

    violations = check_cassettes(path)

    assert [(v.cassette, v.interaction, v.operation, v.side) for v in violations] == [
        (str(path), number, "exportClicks", "request")
    ]
    assert "query parameter start_time" in violations[0].rule


def test_an_unknown_path_on_the_api_host_is_reported_and_other_hosts_are_not(copies: Path) -> None:
    path = copies / "advertiser_crud.yaml"
    data = load(path)
    first = data["interactions"][0]
    unknown = copy.deepcopy(first)
    unknown["request"].update(method="GET", uri=f"http://{API_HOST}/api/v2/not-in-the-spec")
    elsewhere = copy.deepcopy(first)
    elsewhere["request"].update(method="GET", uri="https://hooks.example.test/api/v2/whatever")
    data["interactions"] += [unknown, elsewhere]
    save(path, data)
    number = len(data["interactions"]) - 1

    scan = scan_cassettes(copies)

    assert [str(v) for v in scan.violations] == [
        f"{path}#{number} GET /api/v2/not-in-the-spec (request): "
        "no operation of the spec matches GET /api/v2/not-in-the-spec"
    ]
    assert scan.skipped == {FILES_HOST: 1, "hooks.example.test": 1}


def test_hosts_can_be_named_or_ignored(copies: Path) -> None:
    assert scan_cassettes(copies, ignore_hosts=[API_HOST]).checked == 0
    only_files = scan_cassettes(copies / "export_clicks.yaml", api_hosts=[FILES_HOST])
    assert only_files.checked == 1 and len(only_files.violations) == 1  # the download is no operation

    result = run(str(copies), "--ignore-host", API_HOST)
    assert result.exit_code == 2
    assert "no interaction with the Integr8 API" in result.stderr and "--api-host" in result.stderr


def test_json_cassettes_are_read_too(tmp_path: Path) -> None:
    data = load(CASSETTE_DIR / "advertiser_crud.yaml")
    for item in data["interactions"]:  # JSON cannot hold bytes: vcrpy's JSON serializer writes text
        body = item["response"]["body"]["string"]
        item["response"]["body"]["string"] = body.decode() if isinstance(body, bytes) else body
    (tmp_path / "crud.json").write_text(json.dumps(data))

    scan = scan_cassettes(tmp_path)

    assert scan.violations == () and scan.checked == len(data["interactions"])


def test_nothing_to_read_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "notes.yaml").write_text("just: yaml\n")
    assert run(str(tmp_path)).exit_code == 2  # a folder without cassettes
    result = run(str(tmp_path / "notes.yaml"))  # a named file that is no cassette
    assert result.exit_code == 2 and "no `interactions` list" in result.stderr
    result = run(str(tmp_path / "missing"))
    assert result.exit_code == 2 and "No such file or folder" in result.stderr


# -- what recorders really write --------------------------------------------------------------------


def test_a_recording_scrubbed_of_its_key_passes_unless_auth_is_checked(copies: Path) -> None:
    """vcrpy's `filter_headers=["API-KEY"]` deletes the header: no key is no violation by default."""
    path = copies / "export_clicks.yaml"
    data = load(path)
    for item in data["interactions"]:
        item["request"]["headers"].pop("API-KEY", None)
    number, export = interaction(data, "POST", "/clicks-export/")
    export["request"]["uri"] = export["request"]["uri"].replace("start_time=2025-02-03+00", "start_time=2025-02-03T00")
    save(path, data)

    (violation,) = check_cassettes(path)  # the bad start_time is still found without the key
    assert (violation.interaction, violation.side) == (number, "request")
    assert "query parameter start_time" in violation.rule

    result = run(str(path), "--check-auth")
    assert result.exit_code == 1, result.output
    lines = result.stdout.splitlines()
    api_calls = [i for i in data["interactions"] if FILES_HOST not in i["request"]["uri"]]
    missing_key = [line for line in lines if "security: no valid credentials" in line]
    assert len(missing_key) == len(api_calls)
    assert any(line.startswith(f"{path}#{number} exportClicks (request): query parameter start_time") for line in lines)
    assert run(str(copies / "advertiser_crud.yaml"), "--check-auth").exit_code == 0  # `API-KEY: REDACTED` is a key


def _get_advertiser(status: int = 200) -> tuple[dict[str, Any], bytes]:
    """The recorded getAdvertiser interaction (vcrpy 6 shape) and its body."""
    data = load(CASSETTE_DIR / "advertiser_crud.yaml")
    _number, item = interaction(data, "GET", "/api/v2/advertisers/")
    body = item["response"]["body"]["string"]
    return item, body.encode() if isinstance(body, str) else body


def test_compressed_bodies_are_read_however_the_recorder_kept_them(tmp_path: Path) -> None:
    import gzip
    import zlib

    item, body = _get_advertiser()
    # vcrpy 4.x with httpx: the body stored decoded under `content`, `content-encoding: gzip` kept.
    v4 = copy.deepcopy(item)
    v4["response"] = {
        "status_code": 200,
        "http_version": "HTTP/1.1",
        "headers": {"content-type": "application/json", "content-encoding": "gzip"},
        "content": body.decode(),
    }
    gzipped = copy.deepcopy(item)
    gzipped["response"]["headers"]["Content-Encoding"] = ["gzip"]
    gzipped["response"]["body"]["string"] = gzip.compress(body)
    deflated = copy.deepcopy(gzipped)
    deflated["response"]["headers"]["Content-Encoding"] = ["deflate"]
    deflated["response"]["body"]["string"] = zlib.compress(body)
    path = tmp_path / "encodings.yaml"
    save(path, {"interactions": [v4, gzipped, deflated], "version": 1})

    scan = scan_cassettes(path)

    assert scan.violations == () and scan.checked == 3


def test_undecodable_bodies_are_violations_of_their_interaction(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys
    import types

    item, body = _get_advertiser()
    not_utf8 = copy.deepcopy(item)
    not_utf8["response"]["body"]["string"] = b"\xff\xfe{" + body[1:]
    brotli = copy.deepcopy(item)
    brotli["response"]["headers"]["content-encoding"] = ["br"]
    brotli["response"]["body"]["string"] = b"\x8b\x05\x80" + body
    broken = copy.deepcopy(item)
    broken["response"]["status"] = {"code": "OK?", "message": "a status no recorder writes"}
    path = tmp_path / "odd.yaml"
    save(path, {"interactions": [not_utf8, brotli, broken, copy.deepcopy(item)], "version": 1})
    monkeypatch.setitem(sys.modules, "brotli", None)  # not installed, whatever this machine has
    monkeypatch.setitem(sys.modules, "brotlicffi", None)

    result = run(str(path))

    assert result.exit_code == 1, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == 3, lines
    assert lines[0].startswith(f"{path}#1 getAdvertiser (response): response body: not valid UTF-8 text")
    assert lines[1].startswith(f"{path}#2 getAdvertiser (response): response body: unsupported content-encoding 'br'")
    assert lines[2].startswith(f"{path}#3 GET /api/v2/advertisers/")
    assert "(interaction): could not be checked: ValueError" in lines[2]
    assert "in 4 API interaction(s)" in result.stderr  # the fourth was still checked: it passes

    # With a decoder for br installed, the body is decoded and checked.
    fake = types.ModuleType("brotli")
    fake.decompress = lambda data: data[3:]  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "brotli", fake)
    assert [v.interaction for v in check_cassettes(path)] == [1, 3]
