"""Messages in the names the user typed, and plain-http URLs only when asked for (issue 19).

- SDK callers pass Python keywords (`filterstatus`); the API's wire names (`filter[status]`) are
  what its documentation and the URL show. A wrong value's message names both, for every query
  parameter of every operation whose two names differ (taken from the spec, so a new spec is
  covered). A request body missing a field names the field, not a bare `KeyError`.
- Command-line users typed options: an SDK message that names a keyword reaches them with the
  option instead (`--status`, `--output`, `--allow-http`), and no command answers a missing or
  wrong input with a traceback or a bare `KeyError`.
- `APPSAMURAI_URL=http://...` is refused with what to do, unless allowed (`allow_http=True`,
  `APPSAMURAI_ALLOW_HTTP=1`, `--appsamurai-allow-http`); it is never rewritten to https.

Everything runs in process against the sandbox or `httpx.MockTransport`: no socket.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from test_cli import ALL_COMMANDS, run
from test_url_safety import _client, _valid_params

from integr8 import Integr8, errors
from integr8._operations import OperationInfo, SpecParam, catalog, operation_info
from integr8.cli._errors import as_options
from integr8.cli._export import EXPORT_OPTIONS
from integr8.cli._report import REPORT_OPTIONS
from integr8.testing import ManualClock, Sandbox, SandboxTransport

pytestmark = pytest.mark.usefixtures("clean_env")  # `sb` and `creds`: tests/conftest.py

TOKEN = "tokFirstHour_5e6f7a8b9c0d"


# -- SDK: a parameter's message names its keyword and its wire name ------------------------------


def _renamed() -> list[Any]:
    """Every query parameter, of every operation, whose Python keyword differs from the spec's name."""
    cases = []
    for tag, names in catalog().items():
        for name in names:
            info = operation_info(tag, name)
            for param in info.spec_params:
                if param.location == "query" and param.arg != param.wire:
                    cases.append(pytest.param(tag, name, param.arg, id=f"{tag}.{name}.{param.arg}"))
    return cases


def _wrong_value(info: OperationInfo, param: SpecParam) -> Any:
    """A value the SDK refuses before sending, whatever the parameter's schema."""
    if param.arg in info._coercers:  # an enum or a date: a text that is neither
        return "not-a-value"
    if param.schema.get("type") == "integer":
        return "x"
    return {"not": "a query value"}  # text and lists: a mapping is never one


def test_the_renamed_parameters_are_found() -> None:
    found = {case.values[2] for case in _renamed()}
    assert {"filterstatus", "pagesize", "pageafter", "filterresults_meta_totalgte"} <= found
    assert len(_renamed()) > 30


@pytest.mark.parametrize(("tag", "name", "arg"), _renamed())
def test_a_wrong_value_is_named_by_keyword_and_wire_name(tag: str, name: str, arg: str) -> None:
    sb = Sandbox(seed=0, clock=ManualClock())
    info = operation_info(tag, name)
    [param] = [p for p in info.spec_params if p.arg == arg]
    call = getattr(getattr(_client(sb), tag), name)
    with pytest.raises(errors.ConfigurationError) as caught:
        call(**{**_valid_params(info), arg: _wrong_value(info, param)})
    message = str(caught.value)
    assert message.startswith(f"{tag}.{name}: {arg}"), message  # the keyword the caller typed ...
    assert param.wire in message, message  # ... and the name the API documents
    assert sb.requests == []


def test_a_body_missing_a_required_field_names_the_field() -> None:
    sb = Sandbox(seed=0, clock=ManualClock())
    client = _client(sb)
    with pytest.raises(errors.ConfigurationError) as caught:
        client.advertisers.create_advertiser(body={})  # type: ignore[arg-type]
    message = str(caught.value)
    assert message == (
        "advertisers.create_advertiser: body is not a valid AdvertiserRequest: the required field 'name' is missing"
    )
    assert sb.requests == []


# -- the command line: options, not keywords --------------------------------------------------------


def test_cli_report_status_is_named_as_the_option(sb: Sandbox, creds: None) -> None:
    window = ("--from", "2025-02-01", "--to", "2025-02-01", "-i", sb.integration_id)
    result = run(sb, "report", "conversions", *window, "--status", "rejected")
    assert result.exit_code == 2, result.output
    assert "--status='rejected' is not one of 'Approved', 'Pending', 'Rejected'" in result.stderr
    assert "filter[status]" in result.stderr  # what the API calls it, for the curious
    assert "filterstatus" not in result.stderr
    assert sb.requests == []


def _export_mistakes(tmp_path: Path) -> list[tuple[str, str, Callable[[Integr8], Any]]]:
    window = {"integration_id": "i" * 24, "start": "2025-02-01", "end": "2025-02-01"}
    good = {**window, "dest": tmp_path / "out.csv", "fields": ["tx_id"], "extra_parameters": ["sub1"]}
    return [
        ("integration_id", "--integration", lambda c: c.export_to_file("clicks", **{**good, "integration_id": " "})),
        ("dest", "--output", lambda c: c.export_to_file("clicks", **{**good, "dest": tmp_path})),
        ("fields", "--fields", lambda c: c.export_to_file("clicks", **{**good, "fields": []})),
        ("extra_parameters", "--extra", lambda c: c.export_to_file("postback_logs", **good)),
        ("timeout", "--timeout", lambda c: c.export_to_file("clicks", **good, timeout=0)),
        ("reuse_max_age", "--reuse-max-age", lambda c: c.export_to_file("clicks", **good, reuse_max_age=-1)),
        ("export_id", "EXPORT_ID", lambda c: c.resume_export("", dest=tmp_path / "out.csv")),
    ]


def test_cli_export_maps_each_sdk_keyword_of_its_messages_to_its_option(sb: Sandbox, tmp_path: Path) -> None:
    """The table `integr8 export` translates the SDK's messages with, against the SDK's real
    messages: each names the keyword, and reads with the option once translated."""
    client = Integr8(api_key=sb.api_key, base_url=sb.base_url, transport=SandboxTransport(sb))
    mistakes = _export_mistakes(tmp_path)
    assert {keyword for keyword, _, _ in mistakes} == set(EXPORT_OPTIONS)
    for keyword, option, mistake in mistakes:
        assert EXPORT_OPTIONS[keyword] == option
        with pytest.raises(errors.ConfigurationError) as caught:
            mistake(client)
        sdk = str(caught.value)
        assert sdk.startswith(keyword), sdk
        shown = as_options(sdk, EXPORT_OPTIONS)
        assert shown.startswith(option) and not shown.startswith(keyword), shown
    assert sb.requests == []


def test_cli_report_maps_the_report_filters() -> None:
    sdk = "reports.get_click_report: filteroffer_id (filter[offer_id]) is a mapping ({}); ..."
    assert as_options(sdk, REPORT_OPTIONS).startswith("reports.get_click_report: --offer (filter[offer_id]) is")
    # whole names only: never inside the spec's bracketed name, a longer word or a dotted path
    assert as_options("filter[status] a.filterstatus filterstatus_x", REPORT_OPTIONS) == (
        "filter[status] a.filterstatus filterstatus_x"
    )


def test_cli_a_plain_http_base_url_names_the_flag(sb: Sandbox, creds: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INTEGR8_BASE_URL", "http://127.0.0.1:9")
    result = run(sb, "list", "offers", "list_offers", "-i", sb.integration_id)
    assert result.exit_code == 2, result.output
    assert "--allow-http (or INTEGR8_ALLOW_HTTP=1)" in result.stderr
    assert "allow_http=True" not in result.stderr and "base_url" not in result.stderr


def test_cli_a_param_that_is_not_a_number_says_so_plainly(sb: Sandbox, creds: None) -> None:
    result = run(sb, "call", "offers", "list_offers", "-i", sb.integration_id, "-p", "pagenumber=two")
    assert result.exit_code == 2, result.output
    assert "--param pagenumber='two': expected a whole number" in result.stderr
    assert "invalid literal" not in result.stderr


# -- the command line: no traceback, no bare KeyError, for any command ------------------------------


def _leaf_commands() -> set[str]:
    groups = {c for c in ALL_COMMANDS if any(other.startswith(f"{c} ") for other in ALL_COMMANDS)}
    return {c for c in ALL_COMMANDS if c and c not in groups and c != ""}


# (command, arguments after it, the exit code): missing, unknown or wrong inputs. $I is the
# sandbox's integration, $TMP a fresh folder.
EXPORT = ["--from", "2025-02-01", "--to", "2025-02-01", "-i", "$I", "--fields", "tx_id"]
MISTAKES: list[tuple[str, list[str], int]] = [
    ("call", [], 2),
    ("call", ["nope"], 2),
    ("call", ["offers", "nope"], 2),
    ("call", ["offers", "get_offer"], 2),
    ("call", ["offers", "get_offer", "-i", "$I", "-p", "nope=1"], 2),
    ("call", ["offers", "get_offer", "-p", "integration_id=$I", "-p", "offer_id=.."], 2),
    ("call", ["advertisers", "create_advertiser", "-p", "body={}"], 2),
    ("call", ["advertisers", "create_advertiser", "-p", "body=[1]"], 2),
    ("call", ["advertisers", "create_advertiser", "-p", "body=@$TMP/missing.json"], 2),
    ("call", ["offers", "get_offer", "-p", "integration_id=$I", "-p", "offer_id=nope"], 1),
    ("list", [], 2),
    ("list", ["offers"], 2),
    ("list", ["offers", "get_offer"], 2),
    ("list", ["offers", "list_offers"], 2),
    ("list", ["offers", "list_offers", "-i", "$I", "--filter", "no-equals-sign"], 2),
    ("list", ["offers", "list_offers", "-i", "$I", "--sort", ","], 2),
    ("list", ["offers", "list_offers", "-i", "$I", "-p", "pagesize=5"], 2),
    ("report", [], 2),
    ("report", ["conversions", "--from", "2025-02-01", "--to", "2025-02-01"], 2),
    ("report", ["conversions", "--from", "someday", "--to", "2025-02-01", "-i", "$I"], 2),
    ("report", ["conversions", "--from", "2025-02-01", "--to", "2025-02-01", "-i", "$I", "-z", "Mars/Base"], 2),
    ("report", ["clicks", "--from", "2025-02-01", "--to", "2025-02-01", "-i", "$I", "--status", "Pending"], 2),
    ("export clicks", [], 2),
    ("export clicks", [*EXPORT, "-o", "$TMP/c.csv"], 2),  # no --extra
    ("export clicks", [*EXPORT, "--extra", "sub1", "-o", "$TMP"], 2),  # a folder
    ("export clicks", [*EXPORT, "--extra", "sub1", "-o", "$TMP/no/such/folder/c.csv"], 2),
    ("export conversions", [*EXPORT, "--extra", "sub1", "-o", "/dev/null"], 2),
    ("export impressions", [*EXPORT, "--extra", ",", "-o", "$TMP/i.csv"], 2),
    ("export postback-logs", [*EXPORT, "--extra", "sub1", "-o", "$TMP/p.csv"], 2),
    ("export resume", [], 2),
    ("export resume", ["no-such-export", "-o", "$TMP/r.csv"], 1),
    ("conversions update", [], 2),
    ("conversions update", ["$TMP/missing.csv", "-i", "$I"], 2),
    ("conversions update", ["$TMP", "-i", "$I"], 2),
    ("conversions update", ["$TMP/empty.csv", "-i", "$I"], 2),
    ("conversions update", ["$TMP/header-only.csv", "-i", "$I"], 2),
    ("conversions update", ["$TMP/bad-header.csv", "-i", "$I"], 2),
    ("appsamurai campaigns", [], 2),  # no APPSAMURAI_URL
    ("appsamurai sync", [], 2),
    ("appsamurai sync", ["--advertiser", "x"], 2),
    ("appsamurai sync", ["--advertiser", "1", "-i", "$I"], 2),
    ("sandbox serve", ["--port", "99999"], 2),
    ("contract check-cassettes", ["$TMP/missing"], 2),
    ("contract check-cassettes", ["$TMP/empty.csv"], 2),
    ("contract probe", ["--until", "someday"], 2),
    ("contract probe", ["--id", "no-equals-sign"], 2),
    ("contract probe", ["--only", "NoSuchTag"], 2),
    ("contract diff", ["installed"], 2),
    ("contract diff", ["installed", "$TMP/missing.yaml"], 2),
    ("contract diff", ["installed", "$TMP/empty.csv"], 2),
    ("demo", ["--out", "$TMP/empty.csv"], 1),  # a file where the folder should be
]


def test_every_command_is_tried_with_mistakes() -> None:
    assert _leaf_commands() <= {command for command, _, _ in MISTAKES}


def _no_traceback(output: str) -> None:
    assert "Traceback" not in output and "KeyError" not in output, output
    assert "unexpected" not in output and "--debug for the traceback" not in output, output


@pytest.mark.parametrize(
    ("command", "args", "code"), MISTAKES, ids=[f"{c} {' '.join(a)}".strip() for c, a, _ in MISTAKES]
)
def test_a_mistake_is_a_message_and_an_exit_code_never_a_traceback(
    sb: Sandbox, creds: None, tmp_path: Path, command: str, args: list[str], code: int
) -> None:
    (tmp_path / "empty.csv").write_text("")
    (tmp_path / "header-only.csv").write_text("tx_id,conversion_time,hash,status\n")
    (tmp_path / "bad-header.csv").write_text("tx,when,hash,state\na,b,c,d\n")
    argv = [*command.split(), *(a.replace("$I", sb.integration_id).replace("$TMP", str(tmp_path)) for a in args)]
    result = run(sb, *argv)
    assert result.exit_code == code, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    _no_traceback(result.output)
    assert result.stderr.strip(), "a failure says why"


@pytest.mark.parametrize("command", sorted(_leaf_commands()))
def test_an_unknown_option_is_a_usage_error(sb: Sandbox, command: str) -> None:
    result = run(sb, *command.split(), "--no-such-option")
    assert result.exit_code == 2, result.output
    assert "No such option" in result.output
    _no_traceback(result.output)


# -- AppSamurai over plain http, on the command line ----------------------------------------------


PLAIN = f"http://127.0.0.1:8123/api/campaign-pull/list/{TOKEN}"


@pytest.fixture
def local_fake(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """APPSAMURAI_URL on a local http fake, answered in process with one (empty) pull."""
    from integr8.cli._demo_data import CAMPAIGNS_JSON

    monkeypatch.setenv("APPSAMURAI_URL", PLAIN)
    monkeypatch.delenv("APPSAMURAI_ALLOW_HTTP", raising=False)
    seen: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(200, content=CAMPAIGNS_JSON.encode())

    return {"seams": {"appsamurai_transport": httpx.MockTransport(answer)}, "seen": seen}


@pytest.mark.parametrize("command", [["appsamurai", "campaigns"], ["appsamurai", "sync", "--advertiser", "1", "-i"]])
def test_cli_http_appsamurai_url_is_refused_saying_how_to_allow_it(
    sb: Sandbox, creds: None, local_fake: dict[str, Any], command: list[str]
) -> None:
    args = [*command, sb.integration_id] if command[-1] == "-i" else command
    result = run(sb, *args, seams=local_fake["seams"])
    assert result.exit_code == 2, result.output
    assert "plain http://" in result.stderr and "unencrypted" in result.stderr
    assert "https://127.0.0.1:8123/api/campaign-pull/list/<redacted>" in result.stderr
    assert "--appsamurai-allow-http" in result.stderr and "APPSAMURAI_ALLOW_HTTP=1" in result.stderr
    assert "allow_http=True" not in result.stderr
    assert TOKEN not in result.output
    assert local_fake["seen"] == []  # nothing was sent, not even to https


@pytest.mark.parametrize("how", ["flag", "environment"])
def test_cli_http_appsamurai_url_is_used_as_given_when_allowed(
    sb: Sandbox, local_fake: dict[str, Any], monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    if how == "environment":
        monkeypatch.setenv("APPSAMURAI_ALLOW_HTTP", "1")
    flag = ["--appsamurai-allow-http"] if how == "flag" else []
    result = run(sb, "appsamurai", "campaigns", *flag, "-f", "jsonl", seams=local_fake["seams"])
    assert result.exit_code == 0, result.output
    assert local_fake["seen"] == [PLAIN]  # http, as given: never rewritten
    assert TOKEN not in result.output


def test_cli_the_integr8_allow_http_does_not_allow_appsamurai_http(
    sb: Sandbox, local_fake: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INTEGR8_ALLOW_HTTP", "1")
    result = run(sb, "--allow-http", "appsamurai", "campaigns", seams=local_fake["seams"])
    assert result.exit_code == 2, result.output
    assert local_fake["seen"] == []
