"""The `integr8` command line, driven in process against the sandbox: core commands and conventions.

Every invocation goes through typer's CliRunner with an `AppState` whose `transport` is the
sandbox's in-process transport, so nothing here opens a socket. The workflows (export,
conversion updates, AppSamurai, `sandbox serve`, the demo) are in `test_cli_workflows.py`.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import httpx
import pytest
from typer.main import get_command
from typer.testing import CliRunner

from integr8._filter_operators import FILTER_OPERATORS
from integr8.cli import app
from integr8.cli._state import AppState
from integr8.cli._values import parse_filters
from integr8.testing import Sandbox, SandboxTransport, use_sandbox_time

pytestmark = pytest.mark.usefixtures("clean_env")


def state_for(sb: Sandbox, transport: httpx.BaseTransport | None = None, **seams: object) -> AppState:
    """How tests plug the sandbox in: typer's `obj`, never the command line.

    The client's waits (export polling, update verification) run on the sandbox's manual
    clock, so they take no real time.
    """

    def on_sandbox_time(client: object) -> None:
        use_sandbox_time(client, sb)

    return AppState(transport=transport or SandboxTransport(sb), client_hook=on_sandbox_time, **seams)


def run(
    sb: Sandbox,
    *args: str,
    transport: httpx.BaseTransport | None = None,
    seams: dict[str, object] | None = None,
):
    return CliRunner().invoke(app, list(args), obj=state_for(sb, transport, **(seams or {})))


# -- help and the command tree ----------------------------------------------------------------


def _commands(command: object, path: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], object]]:
    found = [(path, command)]
    for name, sub in getattr(command, "commands", {}).items():
        found += _commands(sub, (*path, name))
    return found


ALL_COMMANDS = [" ".join(path) for path, _ in _commands(get_command(app))]


def test_command_tree_is_complete() -> None:
    for expected in (
        "call",
        "list",
        "report",
        "export clicks",
        "export conversions",
        "export impressions",
        "export postback-logs",
        "export resume",
        "conversions update",
        "appsamurai campaigns",
        "appsamurai sync",
        "sandbox serve",
        "demo",
    ):
        assert expected in ALL_COMMANDS


@pytest.mark.parametrize("command", ALL_COMMANDS)
def test_every_help_has_an_example(command: str, sb: Sandbox) -> None:
    result = run(sb, *command.split(), "--help")
    assert result.exit_code == 0, result.output
    assert "Example" in result.stdout, command
    assert f"$ integr8 {command}".strip() in result.stdout, command


def test_root_help_documents_exit_codes(sb: Sandbox) -> None:
    result = run(sb, "--help")
    assert "Exit codes" in result.stdout
    assert "3 conversion updates not all applied" in result.stdout


def test_version(sb: Sandbox) -> None:
    from integr8 import __version__

    result = run(sb, "--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"integr8 {__version__}"


def test_no_arguments_shows_help(sb: Sandbox) -> None:
    result = run(sb)
    assert "Usage" in result.output
    assert "call" in result.output


def test_unknown_option_is_a_usage_error(sb: Sandbox, creds: None) -> None:
    result = run(sb, "list", "offers", "list_offers", "--nope")
    assert result.exit_code == 2


# -- credentials and settings -----------------------------------------------------------------


def test_missing_key_is_exit_2_naming_the_variable(sb: Sandbox) -> None:
    result = run(sb, "list", "offers", "list_offers", "-i", sb.integration_id)
    assert result.exit_code == 2
    assert "INTEGR8_API_KEY" in result.stderr
    assert "Traceback" not in result.output
    assert len(result.stderr.strip().splitlines()) == 1
    assert sb.requests == []


def test_key_as_option_works_with_a_warning_and_is_never_printed(sb: Sandbox) -> None:
    result = run(
        sb,
        "--api-key",
        sb.api_key,
        "--base-url",
        sb.base_url,
        "call",
        "advertisers",
        "list_advertisers",
        "--format",
        "json",
    )
    assert result.exit_code == 0, result.output
    assert "process list" in result.stderr
    assert "INTEGR8_API_KEY" in result.stderr
    assert sb.api_key not in result.output


def test_wrong_key_is_exit_1_without_the_key(sb: Sandbox, monkeypatch: pytest.MonkeyPatch) -> None:
    secret = "live_key_that_must_never_show_1234"
    monkeypatch.setenv("INTEGR8_API_KEY", secret)
    monkeypatch.setenv("INTEGR8_BASE_URL", sb.base_url)
    result = run(sb, "call", "advertisers", "list_advertisers")
    assert result.exit_code == 1
    assert "401" in result.stderr
    assert "INTEGR8_API_KEY" in result.stderr  # the hint says where to look
    assert secret not in result.output


def test_config_file_supplies_credentials_and_warns_when_readable(sb: Sandbox, tmp_path: Path) -> None:
    config = tmp_path / "config" / "integr8" / "config.toml"
    config.parent.mkdir(parents=True)
    config.write_text(f'api_key = "{sb.api_key}"\nbase_url = "{sb.base_url}"\nintegration = "{sb.integration_id}"\n')
    config.chmod(0o644)
    result = run(sb, "list", "offers", "list_offers", "--limit", "2", "-f", "jsonl")
    assert result.exit_code == 0, result.output
    assert len(result.stdout.splitlines()) == 2
    assert "chmod 600" in result.stderr
    assert sb.api_key not in result.output

    config.chmod(0o600)
    result = run(sb, "list", "offers", "list_offers", "--limit", "1", "-f", "jsonl")
    assert result.exit_code == 0
    assert "chmod" not in result.stderr


def test_environment_beats_config_file(sb: Sandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "config" / "integr8" / "config.toml"
    config.parent.mkdir(parents=True)
    config.write_text('api_key = "from_the_file_0000"\n')
    config.chmod(0o600)
    monkeypatch.setenv("INTEGR8_API_KEY", sb.api_key)
    monkeypatch.setenv("INTEGR8_BASE_URL", sb.base_url)
    result = run(sb, "call", "advertisers", "list_advertisers", "-f", "json")
    assert result.exit_code == 0, result.output


def test_broken_config_file_is_exit_2(sb: Sandbox, tmp_path: Path) -> None:
    config = tmp_path / "config" / "integr8" / "config.toml"
    config.parent.mkdir(parents=True)
    config.write_text("api_key = \n")
    result = run(sb, "call", "advertisers", "list_advertisers")
    assert result.exit_code == 2
    assert "not valid TOML" in result.stderr


def test_plain_http_base_url_needs_allow_http(sb: Sandbox, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INTEGR8_API_KEY", sb.api_key)
    monkeypatch.setenv("INTEGR8_BASE_URL", "http://127.0.0.1:9")
    result = run(sb, "call", "advertisers", "list_advertisers")
    assert result.exit_code == 2
    assert "allow_http" in result.stderr or "http" in result.stderr
    result = run(sb, "--allow-http", "call", "advertisers", "list_advertisers", "-f", "json")
    assert result.exit_code == 0, result.output  # the transport is in process: nothing leaves


# -- call --------------------------------------------------------------------------------------


def test_call_get_offer_as_json(sb: Sandbox, creds: None) -> None:
    offer_id = sb.offer_ids[0]
    result = run(
        sb,
        "call",
        "offers",
        "get_offer",
        "--param",
        f"integration_id={sb.integration_id}",
        "-p",
        f"offer_id={offer_id}",
        "--format",
        "json",
    )
    assert result.exit_code == 0, result.output
    body = json.loads(result.stdout)
    assert body["data"]["id"] == offer_id


def test_call_single_object_as_table_and_csv(sb: Sandbox, creds: None) -> None:
    args = ("call", "offers", "get_offer", "-p", f"integration_id={sb.integration_id}")
    args += ("-p", f"offer_id={sb.offer_ids[0]}")
    table = run(sb, *args, "-f", "table")
    assert table.exit_code == 0, table.output
    assert "name" in table.stdout and "currency" in table.stdout
    rows = list(csv.DictReader(io.StringIO(run(sb, *args, "-f", "csv").stdout)))
    assert len(rows) == 1 and rows[0]["id"] == sb.offer_ids[0]


def test_call_with_json_body_inline_and_from_file(sb: Sandbox, creds: None, tmp_path: Path) -> None:
    result = run(
        sb,
        "call",
        "advertisers",
        "create_advertiser",
        "-p",
        'body={"name": "Inline"}',
        "-f",
        "json",
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["created_item_id"]
    body = tmp_path / "advertiser.json"
    body.write_text(json.dumps({"name": "From a file", "active": True}))
    result = run(sb, "call", "advertisers", "create_advertiser", "-p", f"body=@{body}", "-f", "json")
    assert result.exit_code == 0, result.output


def test_call_unknown_parameter_lists_the_operation_parameters(sb: Sandbox, creds: None) -> None:
    result = run(sb, "call", "offers", "get_offer", "--param", "offerid=1")
    assert result.exit_code == 2
    assert "no parameter 'offerid'" in result.stderr
    assert "integration_id (required)" in result.stderr
    assert "offer_id (required)" in result.stderr
    assert sb.requests == []


def test_call_missing_required_parameter(sb: Sandbox, creds: None) -> None:
    result = run(sb, "call", "offers", "get_offer", "-p", f"integration_id={sb.integration_id}")
    assert result.exit_code == 2
    assert "--param offer_id=" in result.stderr


def test_call_typed_parameter_errors_name_the_parameter(sb: Sandbox, creds: None) -> None:
    result = run(sb, "call", "advertisers", "list_advertisers", "-p", "pagesize=many")
    assert result.exit_code == 2
    assert "pagesize" in result.stderr
    assert sb.requests == []


def test_call_lists_operations_of_a_tag_and_tags(sb: Sandbox, creds: None) -> None:
    result = run(sb, "call", "offers")
    assert result.exit_code == 2
    assert "list_offers" in result.stderr and "get_offer" in result.stderr
    result = run(sb, "call", "offerz", "list_offers")
    assert result.exit_code == 2
    assert "offers" in result.stderr


def test_call_api_error_is_one_line_exit_1(sb: Sandbox, creds: None) -> None:
    result = run(
        sb, "call", "offers", "get_offer", "-p", f"integration_id={sb.integration_id}", "-p",
        "offer_id=000000000000000000000000",
    )  # fmt: skip
    assert result.exit_code == 1
    assert result.stderr.startswith("error: 404")
    assert len(result.stderr.strip().splitlines()) == 1


def test_debug_shows_the_traceback(sb: Sandbox, creds: None) -> None:
    args = ("call", "offers", "get_offer", "-p", f"integration_id={sb.integration_id}")
    args += ("-p", "offer_id=000000000000000000000000")
    assert "Traceback" not in run(sb, *args).stderr
    debug = run(sb, "--debug", *args)
    assert debug.exit_code == 1
    assert "Traceback" in debug.stderr
    assert "NotFoundError" in debug.stderr
    assert sb.api_key not in debug.output


# -- list --------------------------------------------------------------------------------------


def test_list_all_pages_as_jsonl(sb: Sandbox, creds: None) -> None:
    result = run(sb, "list", "offers", "list_offers", "-i", sb.integration_id, "--page-size", "50")
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == len(sb.offer_ids) == len({r["id"] for r in rows})
    pages = [r for r in sb.requests if r.operation_id == "listOffers"]
    assert len(pages) == -(-len(rows) // 50)


def test_list_streams_rows_as_pages_arrive(sb: Sandbox, creds: None) -> None:
    """When page 3 is requested, the rows of pages 1 and 2 are already on stdout."""
    written_at_request: list[int] = []

    class Watching(httpx.BaseTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            written_at_request.append(len(sys.stdout.buffer.getvalue()))  # type: ignore[attr-defined]
            return SandboxTransport(sb).handle_request(request)

    result = run(
        sb, "list", "offers", "list_offers", "-i", sb.integration_id, "--page-size", "10",
        "-f", "jsonl", transport=Watching(),
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert written_at_request[0] == 0
    assert written_at_request[2] > written_at_request[1] > 0


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "table"])
def test_list_formats(sb: Sandbox, creds: None, fmt: str) -> None:
    result = run(
        sb, "list", "advertisers", "list_advertisers", "--page-size", "2", "-f", fmt,
        "--columns", "id,name,incremental_id",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    out = result.stdout
    total = len(sb.advertiser_ids)
    if fmt == "json":
        rows = json.loads(out)
        assert len(rows) == total and set(rows[0]) == {"id", "name", "incremental_id"}
    elif fmt == "jsonl":
        assert len(out.splitlines()) == total
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(out)))
        assert len(rows) == total and list(rows[0]) == ["id", "name", "incremental_id"]
    else:
        assert "incremental_id" in out.splitlines()[0]
        assert out.count("incremental_id") == 1  # one header, although printed in batches
        for advertiser_id in sb.advertiser_ids:
            assert advertiser_id in out
    assert "\x1b[" not in out  # not a terminal: no escape codes


def test_list_default_format_when_piped_is_jsonl(sb: Sandbox, creds: None) -> None:
    result = run(sb, "list", "advertisers", "list_advertisers")
    assert result.exit_code == 0
    assert all(json.loads(line)["id"] for line in result.stdout.splitlines())


def test_list_filters_and_sort(sb: Sandbox, creds: None) -> None:
    result = run(
        sb, "list", "offers", "list_offers", "-i", sb.integration_id,
        "--filter", "currency=EUR", "--sort", "-name", "-f", "jsonl",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and all(r["currency"] == "EUR" for r in rows)
    names = [r["name"] for r in rows]
    assert names == sorted(names, reverse=True)
    sent = str(next(r for r in sb.requests if r.operation_id == "listOffers").url)
    assert "filter%5Bcurrency%5D=EUR" in sent and "sort=-name" in sent


def test_list_filter_operator(sb: Sandbox, creds: None) -> None:
    result = run(
        sb, "list", "offers", "list_offers", "-i", sb.integration_id,
        "--filter", "name.like=Fitness", "-f", "jsonl",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and all("Fitness" in r["name"] for r in rows)


def test_filter_syntax() -> None:
    assert parse_filters(["status=Active"]) == {"status": "Active"}
    assert parse_filters(["name.like=summer"]) == {"name": {"like": "summer"}}
    assert parse_filters(["results_meta.total=5"]) == {"results_meta.total": "5"}
    assert parse_filters(["results_meta.total.gte=5", "results_meta.total.lte=9"]) == {
        "results_meta.total": {"gte": "5", "lte": "9"}
    }
    assert parse_filters(["id.in=a,b"]) == {"id": {"in": "a,b"}}
    assert parse_filters(["a.b.c=x"]) == {"a.b.c": "x"}  # "c" is no operator
    assert parse_filters(["status=A", "status.ne=B"]) == {"status": {"eq": "A", "ne": "B"}}


def test_list_bad_filter_is_exit_2(sb: Sandbox, creds: None) -> None:
    result = run(sb, "list", "offers", "list_offers", "-i", sb.integration_id, "--filter", "oops")
    assert result.exit_code == 2
    assert "--filter" in result.stderr


def test_list_refuses_non_list_operations(sb: Sandbox, creds: None) -> None:
    result = run(sb, "list", "offers", "get_offer")
    assert result.exit_code == 2
    assert "not a paginated list operation" in result.stderr


def test_list_limit(sb: Sandbox, creds: None) -> None:
    result = run(sb, "list", "offers", "list_offers", "-i", sb.integration_id, "--limit", "7")
    assert len(result.stdout.splitlines()) == 7


def test_list_integration_from_environment(sb: Sandbox, creds: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INTEGR8_INTEGRATION_ID", sb.integration_id)
    result = run(sb, "list", "offers", "list_offers", "--limit", "1")
    assert result.exit_code == 0, result.output
    assert len(result.stdout.splitlines()) == 1
    # ... and is not "given" to operations that take no integration
    result = run(sb, "list", "advertisers", "list_advertisers", "--limit", "1")
    assert result.exit_code == 0, result.output
    result = run(sb, "call", "offers", "get_offer", "-p", f"offer_id={sb.offer_ids[1]}", "-f", "json")
    assert json.loads(result.stdout)["data"]["id"] == sb.offer_ids[1]
    result = run(sb, "call", "advertisers", "list_advertisers", "-i", sb.integration_id)
    assert result.exit_code == 2
    assert "takes no integration" in result.stderr


def test_list_output_file_written_atomically(sb: Sandbox, creds: None, tmp_path: Path) -> None:
    dest = tmp_path / "offers.csv"
    result = run(sb, "list", "offers", "list_offers", "-i", sb.integration_id, "-o", str(dest), "-f", "csv")
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert f"wrote {len(sb.offer_ids)} row(s)" in result.stderr
    rows = list(csv.DictReader(dest.open()))
    assert len(rows) == len(sb.offer_ids)
    assert [p.name for p in tmp_path.iterdir()] == ["offers.csv"]  # no temporary file left


def test_list_failure_midway_leaves_no_file(sb: Sandbox, creds: None, tmp_path: Path) -> None:
    class FailsOnPage3(httpx.BaseTransport):
        def handle_request(self, request: httpx.Request) -> httpx.Response:
            if request.url.params.get("page[number]") == "3":
                return httpx.Response(400, json={"error": "bad_request", "message": "no page 3"})
            return SandboxTransport(sb).handle_request(request)

    dest = tmp_path / "out" / "offers.jsonl"
    dest.parent.mkdir()
    result = run(
        sb, "list", "offers", "list_offers", "-i", sb.integration_id, "--page-size", "10",
        "-o", str(dest), transport=FailsOnPage3(),
    )  # fmt: skip
    assert result.exit_code == 1
    assert "no page 3" in result.stderr
    assert list(dest.parent.iterdir()) == []  # neither the file nor a temporary one


def test_output_into_missing_folder_is_exit_2(sb: Sandbox, creds: None, tmp_path: Path) -> None:
    result = run(sb, "call", "advertisers", "list_advertisers", "-o", str(tmp_path / "no" / "x"))
    assert result.exit_code == 2
    assert "does not exist" in result.stderr


# -- report ------------------------------------------------------------------------------------


def test_report_conversions_streams_csv(sb: Sandbox, creds: None) -> None:
    result = run(
        sb, "report", "conversions", "-i", sb.integration_id, "--from", "2025-02-01",
        "--to", "2025-02-01",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) > 100  # more than one cursor page
    assert {"tx_id", "hash", "conversion_time", "payout"} <= set(rows[0])
    assert all(r["conversion_time"].startswith("2025-02-01") for r in rows)
    assert len([r for r in sb.requests if r.operation_id == "getConversionReport"]) > 1


@pytest.mark.parametrize("kind", ["clicks", "impressions"])
def test_report_other_kinds_as_jsonl(sb: Sandbox, creds: None, kind: str) -> None:
    result = run(
        sb, "report", kind, "-i", sb.integration_id, "--from", "2025-02-01 10:00:00",
        "--to", "2025-02-01T11:00:00+00:00", "-f", "jsonl",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and all("10:" in r["request_time"] or "11:00:00" in r["request_time"] for r in rows)


def test_report_status_filter_and_timezone(sb: Sandbox, creds: None) -> None:
    result = run(
        sb, "report", "conversions", "-i", sb.integration_id, "--from", "2025-02-02",
        "--to", "2025-02-02", "--status", "Rejected", "--timezone", "Europe/Berlin", "-f", "jsonl",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and all(r["status"] == "Rejected" for r in rows)


def test_report_bad_date_names_the_option(sb: Sandbox, creds: None) -> None:
    result = run(
        sb,
        "report",
        "clicks",
        "-i",
        sb.integration_id,
        "--from",
        "2025-02-30",
        "--to",
        "2025-03-01",
    )
    assert result.exit_code == 2
    assert "--from" in result.stderr and "2025-02-30" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    result = run(sb, "report", "clicks", "-i", sb.integration_id, "--from", "2025-02-01", "--to", "soon")
    assert result.exit_code == 2
    assert "--to" in result.stderr
    assert sb.requests == []


def test_report_range_backwards(sb: Sandbox, creds: None) -> None:
    result = run(
        sb,
        "report",
        "clicks",
        "-i",
        sb.integration_id,
        "--from",
        "2025-02-03",
        "--to",
        "2025-02-01",
    )
    assert result.exit_code == 2
    assert "--from" in result.stderr and "after --to" in result.stderr


def test_report_needs_an_integration(sb: Sandbox, creds: None) -> None:
    result = run(sb, "report", "clicks", "--from", "2025-02-01", "--to", "2025-02-01")
    assert result.exit_code == 2
    assert "--integration" in result.stderr and "INTEGR8_INTEGRATION_ID" in result.stderr


def test_report_bad_timezone(sb: Sandbox, creds: None) -> None:
    result = run(
        sb, "report", "clicks", "-i", sb.integration_id, "--from", "2025-02-01",
        "--to", "2025-02-01", "-z", "Mars/Olympus",
    )  # fmt: skip
    assert result.exit_code == 2
    assert "Mars/Olympus" in result.stderr


def test_report_to_file(sb: Sandbox, creds: None, tmp_path: Path) -> None:
    dest = tmp_path / "conversions.jsonl"
    result = run(
        sb, "report", "conversions", "-i", sb.integration_id, "--from", "2025-02-01",
        "--to", "2025-02-01", "-o", str(dest), "-f", "jsonl", "--limit", "150",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert len(dest.read_text().splitlines()) == 150
    assert "wrote 150 conversions row(s)" in result.stderr


# -- colour ------------------------------------------------------------------------------------


def test_no_color_is_respected(sb: Sandbox, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")  # pretend to be a terminal
    coloured = run(sb, "list", "offers", "list_offers", "-i", "x")
    assert "\x1b[" in coloured.stderr  # the red "error:" label
    monkeypatch.setenv("NO_COLOR", "1")
    plain = run(sb, "list", "offers", "list_offers", "-i", "x")
    assert plain.exit_code == 2
    assert "\x1b[31m" not in plain.stderr and "31m" not in plain.stderr


def test_errors_on_a_pipe_carry_no_escape_codes(sb: Sandbox) -> None:
    result = run(sb, "list", "offers", "list_offers", "-i", "x")
    assert result.stderr.startswith("error: ")
    assert "\x1b[" not in result.stderr


def test_csv_header_is_the_first_batch_union_and_late_columns_are_announced(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from integr8.cli._output import Format, write_rows

    rows = [{"id": 1}, {"id": 2, "name": "b"}, {"id": 3, "late": True}]
    out = io.StringIO()
    assert write_rows(rows, Format.csv, out, batch=2) == 3
    assert out.getvalue().splitlines() == ["id,name", "1,", "2,b", "3,"]
    assert "late" in capsys.readouterr().err  # said once on stderr, not silently dropped


# -- contract commands: reading the spec ---------------------------------------------------------------


def test_a_spec_url_that_cannot_be_read_is_a_usage_error_naming_it(
    sb: Sandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Exit 1 is what `contract diff` and `check-cassettes` say when they find something."""
    import urllib.error
    import urllib.request

    answers: list[Exception] = [
        urllib.error.URLError(ConnectionRefusedError(111, "Connection refused")),
        urllib.error.HTTPError("https://example.test/spec.yaml", 404, "Not Found", {}, None),  # type: ignore[arg-type]
    ]

    def urlopen(request: object, timeout: float = 0) -> object:
        raise answers.pop(0)

    monkeypatch.setattr(urllib.request, "urlopen", urlopen)
    signed = "https://specs.example.test/integr8.yaml?token=sig_0123456789abcdef"
    result = run(sb, "contract", "diff", "installed", signed)
    assert result.exit_code == 2, result.output
    assert "cannot read the spec https://specs.example.test/integr8.yaml?***: Connection refused" in result.stderr
    assert "sig_0123456789abcdef" not in result.output

    result = run(sb, "contract", "check-cassettes", str(tmp_path), "--spec", "https://example.test/spec.yaml")
    assert result.exit_code == 2, result.output
    assert "cannot read the spec https://example.test/spec.yaml: HTTP 404 Not Found" in result.stderr


def test_without_the_cli_extra_the_command_says_how_to_install_it():
    """The command line is the `integr8[cli]` extra (issue 16): without typer and rich, the
    `integr8` entry point prints the install line instead of a traceback."""
    import subprocess
    import sys

    code = (
        "import sys; sys.modules['typer'] = None; sys.modules['rich'] = None\n"
        "import integr8; from integr8.cli import main; main()"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert "pip install 'integr8[cli]'" in done.stderr and "Traceback" not in done.stderr


# -- --filter: exactly the SDK's operators, fields from the spec (issue 19) ----------------------


def _sent_filters(sb: Sandbox, operation_id: str) -> list[tuple[str, str]]:
    sent = [r for r in sb.requests if r.operation_id == operation_id]
    assert sent, f"no {operation_id} request"
    return [(k, v) for k, v in httpx.URL(sent[-1].url).params.multi_items() if k.startswith("filter[")]


def test_list_filter_help_names_every_sdk_operator_and_the_flag() -> None:
    command = get_command(app).commands["list"]  # type: ignore[attr-defined]
    helps = {opt: param.help for param in command.params for opt in getattr(param, "opts", ())}
    assert ", ".join(FILTER_OPERATORS) in helps["--filter"]
    assert "--allow-unknown-filter" in helps and "--allow-unknown-filter" in (command.help or "")


@pytest.mark.parametrize("op", FILTER_OPERATORS)
def test_list_takes_every_operator_of_the_sdk(sb: Sandbox, creds: None, op: str) -> None:
    result = run(sb, "list", "offers", "list_offers", "-i", sb.integration_id, "--filter", f"name.{op}=Fitness")
    assert result.exit_code == 0, result.output
    assert _sent_filters(sb, "listOffers") == [(f"filter[name][{op}]", "Fitness")]


def test_list_unknown_operator_is_exit_2_with_the_operators(sb: Sandbox, creds: None) -> None:
    for extra in ([], ["--allow-unknown-filter"]):  # a field without sub-fields: still an operator typo
        result = run(sb, "list", "offers", "list_offers", "-i", sb.integration_id, "--filter", "name.bogus=x", *extra)
        assert result.exit_code == 2, result.output
        assert "unknown operator 'bogus'" in result.stderr
        assert ", ".join(FILTER_OPERATORS) in result.stderr.replace("\n", " ")
        assert "valid fields" not in result.stderr  # name is a field: only the operator is wrong
    result = run(sb, "list", "offers", "list_offers", "-i", sb.integration_id, "--filter", "name.nlik=x")
    assert result.exit_code == 2 and "did you mean nlike" in result.stderr
    assert not [r for r in sb.requests if r.operation_id == "listOffers"]


def test_list_unknown_operator_after_an_unknown_field_lists_the_fields(sb: Sandbox, creds: None) -> None:
    result = run(sb, "list", "offers", "list_offers", "-i", sb.integration_id, "--filter", "nme.bogus=x")
    assert result.exit_code == 2, result.output
    message = " ".join(result.stderr.split())
    assert "unknown operator 'bogus'" in message and "neither 'nme.bogus' nor 'nme' is a field" in message
    assert "default_payout.payout_type" in message and "--allow-unknown-filter" in message


def test_list_unknown_field_is_exit_2_unless_allowed(sb: Sandbox, creds: None) -> None:
    args = ("list", "offers", "list_offers", "-i", sb.integration_id, "--filter", "status=Active")
    result = run(sb, *args)
    assert result.exit_code == 2, result.output
    message = " ".join(result.stderr.split())
    assert "--filter status=...: the items of this operation (Offer) have no field 'status'" in message
    assert "active, advertiser_id" in message and "add --allow-unknown-filter to send it anyway" in message
    assert not [r for r in sb.requests if r.operation_id == "listOffers"]
    result = run(sb, *args, "--allow-unknown-filter")
    assert result.exit_code == 0, result.output
    assert result.stdout == ""  # the sandbox, like the API, matches nothing: what the check prevents
    assert _sent_filters(sb, "listOffers") == [("filter[status]", "Active")]


def test_list_dotted_fields_are_read_with_the_items_fields(sb: Sandbox, creds: None) -> None:
    listing = ("list", "download_center", "list_download_center_exports")
    result = run(sb, *listing, "--filter", "results_meta.total.gte=10", "--filter", "results_meta.total=12")
    assert result.exit_code == 0, result.output
    assert _sent_filters(sb, "listDownloadCenterExports") == [
        ("filter[results_meta.total][gte]", "10"),
        ("filter[results_meta.total][eq]", "12"),
    ]
    result = run(sb, *listing, "--filter", "reports_query_option.filters.offer_id.equalvalues=o1")
    assert result.exit_code == 0, result.output  # below a free-form object, any key is a field
    assert _sent_filters(sb, "listDownloadCenterExports") == [
        ("filter[reports_query_option.filters.offer_id.equalvalues]", "o1")
    ]
    result = run(
        sb, "list", "offers", "list_offers", "-i", sb.integration_id, "--filter", "default_payout.payout.gte=30"
    )
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and all(r["default_payout"]["payout"] >= 30 for r in rows)
