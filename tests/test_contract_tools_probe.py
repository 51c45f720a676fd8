"""`integr8.contract.probe` and `integr8 contract probe`, against the in-process sandbox.

The sandbox routes by the spec it is given, so a sandbox built from an edited copy of the spec
serves an API whose paths differ from the SDK's; a wrapping transport edits answers to play an
API whose fields changed. The probe itself always uses the original spec. Time is the sandbox's
ManualClock (the client sleeps by advancing it), so pacing and Retry-After cost no real time.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
from typer.testing import CliRunner

from integr8 import Integr8
from integr8._spec import iter_operations, load_spec
from integr8.cli import app
from integr8.cli._state import AppState
from integr8.contract import Outcome, UnsafeRequestError, _probe, probe
from integr8.errors import AuthenticationError
from integr8.testing import Fault, ManualClock, Sandbox, SandboxTransport, use_sandbox_time

WINDOW_END = dt.datetime(2025, 3, 1, tzinfo=dt.UTC)  # sandbox "now": the seeded reports end here
GET_OPERATIONS = {op["operationId"] for method, _path, op in iter_operations() if method == "get"}
WRITE_OPERATIONS = {op["operationId"] for method, _path, op in iter_operations() if method != "get"}


def sandbox(spec: dict[str, Any] | None = None) -> Sandbox:
    """A sandbox with one completed export, so the export reads have something to read.

    The export is created here, directly, before the probe runs: the probe itself never writes.
    """
    sb = Sandbox(seed=0, clock=ManualClock(), spec=spec)
    with httpx.Client(base_url=sb.base_url, transport=SandboxTransport(sb), headers={"API-KEY": sb.api_key}) as http:
        http.post(
            f"/api/v2/download-center/clicks-export/{sb.integration_id}",
            params={
                "start_time": "2025-02-03 00:00:00",
                "end_time": "2025-02-03 23:59:59",
                "fields": "tx_id",
                "extra_parameters": "sub1",
            },
        ).raise_for_status()
    sb.clock.advance(10)  # PENDING -> IN_PROGRESS -> COMPLETED
    sb.requests.clear()
    return sb


def client_for(sb: Sandbox, transport: httpx.BaseTransport | None = None, key: str | None = None) -> Integr8:
    client = Integr8(key or sb.api_key, base_url=sb.base_url, transport=transport or SandboxTransport(sb))
    return use_sandbox_time(client, sb)


def run_probe(sb: Sandbox, **kw: Any) -> Any:
    transport = kw.pop("transport", None)
    key = kw.pop("key", None)
    kw.setdefault("integration_id", sb.integration_id)
    with client_for(sb, transport, key) as client:
        return probe(client, window_end=WINDOW_END, **kw)


# -- the sandbox as is: everything readable is confirmed ---------------------------------------------


def test_every_read_operation_of_the_sandbox_is_confirmed() -> None:
    sb = sandbox()
    report = run_probe(sb)

    by_outcome: dict[Outcome, set[str]] = {}
    for result in report.results:
        by_outcome.setdefault(result.outcome, set()).add(result.operation_id)
    assert by_outcome[Outcome.CONFIRMED] == GET_OPERATIONS, report.summary()
    assert by_outcome[Outcome.NOT_PROBED] == WRITE_OPERATIONS
    assert all("write" in r.detail for r in report.results if r.outcome is Outcome.NOT_PROBED)
    assert report.ok
    assert report.requests_sent == len(GET_OPERATIONS) == len(sb.requests)
    assert {r.method for r in sb.requests} == {"GET"}
    offers = report.result("listOffers")
    assert offers.status == 200 and offers.detail.startswith("1 item(s)") and offers.inferred
    assert "page[size]=1" in offers.request
    assert report.result("getConversionReport").detail.startswith("1 row(s)")


def test_ids_come_from_the_lists_and_nested_lists_use_the_parents_first_item() -> None:
    sb = sandbox()
    run_probe(sb)

    urls = [r.url for r in sb.requests]
    first_offer = next(u for u in urls if "/offers?" in u)
    offer_id = sb.offer_ids[0]
    assert first_offer.startswith(f"{sb.base_url}/api/v2/integrations/{sb.integration_id}/offers?")
    assert any(u.endswith(f"/offers/{offer_id}") for u in urls)  # getOffer: the id listOffers returned
    assert any(f"/offers/{offer_id}/events?" in u for u in urls)  # listOfferEvents under that offer
    assert any(f"/organizations/{sb.organization_id}/publisher-sub-ids?" in u for u in urls)  # from an item field


def test_pacing_keeps_to_the_rate_on_the_clients_clock() -> None:
    for rate in (2.0, 5.0):
        sb = sandbox()
        start = sb.clock.now()
        report = run_probe(sb, rate=rate, only=["Users", "Advertisers", "Publishers"])
        sent = len(sb.requests)
        assert sent == report.requests_sent >= 6
        assert sb.clock.now() - start >= (sent - 1) / rate - 1e-9


def test_a_429_is_waited_out_as_retry_after_says() -> None:
    sb = sandbox()
    sb.inject(Fault(status=429, retry_after=7, operation="listUsers"))
    start = sb.clock.now()
    report = run_probe(sb, only=["Users"])

    assert report.result("listUsers").outcome is Outcome.CONFIRMED
    assert [r.status for r in sb.requests if r.operation_id == "listUsers"] == [429, 200]
    assert sb.clock.now() - start >= 7


def test_the_probe_retries_as_the_clients_own_policy_says() -> None:
    sb = sandbox()
    sb.inject(Fault(status=429, retry_after=1, operation="listUsers", times=None))
    client = use_sandbox_time(
        Integr8(sb.api_key, base_url=sb.base_url, transport=SandboxTransport(sb), max_retries=1), sb
    )
    with client:
        report = probe(client, integration_id=sb.integration_id, window_end=WINDOW_END, only=["Users"])

    result = report.result("listUsers")
    assert result.outcome is Outcome.ERROR and "still after 1 retries" in result.detail
    assert [r.status for r in sb.requests if r.operation_id == "listUsers"] == [429, 429]


class Timed(httpx.BaseTransport):
    """The sandbox, noting the ManualClock's time of every request sent."""

    def __init__(self, sb: Sandbox) -> None:
        self.sb = sb
        self.inner = SandboxTransport(sb)
        self.times: list[float] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.times.append(self.sb.clock.now())
        return self.inner.handle_request(request)


@pytest.mark.parametrize("retry_after", [None, 1])
def test_retries_of_a_429_keep_to_the_rate_too(retry_after: int | None) -> None:
    rate = 2.0
    sb = sandbox()
    sb.inject(Fault(status=429, operation="listAdvertisers", times=2, retry_after=retry_after))
    timed = Timed(sb)
    report = run_probe(sb, transport=timed, only=["Advertisers"], rate=rate)

    assert report.result("getAdvertiser").outcome is Outcome.CONFIRMED
    assert [r.status for r in sb.requests][:3] == [429, 429, 200]
    gaps = [later - earlier for earlier, later in zip(timed.times, timed.times[1:], strict=False)]
    assert len(gaps) >= 3 and min(gaps) >= 1 / rate - 1e-9, gaps


def test_a_429_that_never_ends_is_an_error() -> None:
    sb = sandbox()
    sb.inject(Fault(status=429, retry_after=1, operation="listUsers", times=None))
    report = run_probe(sb, only=["Users"])

    result = report.result("listUsers")
    assert result.outcome is Outcome.ERROR and result.status == 429
    assert "retries" in result.detail
    assert report.result("getUser").outcome is Outcome.NOT_PROBED
    assert not report.ok


# -- a sandbox that differs from the spec ---------------------------------------------------------


class EditedAnswers(httpx.BaseTransport):
    """The sandbox's answers with fields changed: report rows' `real_tx_id` renamed to `tx_ref`,
    and offers' `name` (and their children's) sent as a number."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if "/offers" not in request.url.path and "conversion-table" not in request.url.path:
            return response
        body = json.loads(response.read())
        _edit(body)
        return httpx.Response(response.status_code, headers=response.headers, content=json.dumps(body).encode())


def _edit(node: Any) -> None:
    if isinstance(node, dict):
        if "real_tx_id" in node:
            node["tx_ref"] = node.pop("real_tx_id")
        if isinstance(node.get("name"), str):
            node["name"] = 12
        for value in node.values():
            _edit(value)
    elif isinstance(node, list):
        for value in node:
            _edit(value)


def moved_paths_spec() -> dict[str, Any]:
    """The spec with the advertisers collection and the publisher item path renamed."""
    spec = copy.deepcopy(load_spec())
    spec["paths"]["/api/v2/brands"] = spec["paths"].pop("/api/v2/advertisers")
    spec["paths"]["/api/v2/partners/{publisherID}"] = spec["paths"].pop("/api/v2/publishers/{publisherID}")
    return spec


def test_a_wrong_path_and_a_changed_field_are_each_reported_as_such() -> None:
    sb = sandbox(moved_paths_spec())
    report = run_probe(sb, transport=EditedAnswers(SandboxTransport(sb)))

    advertisers = report.result("listAdvertisers")
    assert (advertisers.outcome, advertisers.status) == (Outcome.PATH_NOT_FOUND, 404)
    assert "path itself" in advertisers.detail
    assert report.result("getAdvertiser").outcome is Outcome.NOT_PROBED
    assert "listAdvertisers was path_not_found" in report.result("getAdvertiser").detail

    publisher = report.result("getPublisher")
    assert (publisher.outcome, publisher.status) == (Outcome.PATH_NOT_FOUND, 404)
    assert "publisherID that listPublishers just returned" in publisher.detail
    assert report.result("listPublishers").outcome is Outcome.CONFIRMED
    assert report.result("listPublisherUsers").outcome is Outcome.CONFIRMED  # /publishers/{id}/users is still there

    offers = report.result("listOffers")
    assert offers.outcome is Outcome.SCHEMA_MISMATCH
    assert offers.detail.startswith("wrong type: data[].name (spec: 'string')")
    assert report.result("getOffer").detail.startswith("wrong type: data.name")

    conversions = report.result("getConversionReport")
    assert conversions.outcome is Outcome.SCHEMA_MISMATCH
    assert "missing: data.data[].real_tx_id" in conversions.detail
    assert "data.data[].tx_ref" in conversions.detail.split("undocumented: ")[1]  # the rename, side by side
    assert not report.ok
    assert {r.method for r in sb.requests} == {"GET"}


def test_a_404_with_an_integration_given_says_the_integration_may_be_wrong() -> None:
    sb = sandbox()
    report = run_probe(sb, only=["Offers", "Reports"], integration_id="000000000000000000000000")

    for operation in ("listOffers", "getClickReport"):  # the id in the path, and in the query
        result = report.result(operation)
        assert (result.outcome, result.status) == (Outcome.PATH_NOT_FOUND, 404)
        assert result.detail.endswith("given does not exist"), result.detail
    assert "integration_id given" in report.result("getClickReport").detail


def test_a_body_that_is_not_utf8_is_a_result_not_a_crash() -> None:
    class NotText(httpx.BaseTransport):
        def __init__(self, inner: httpx.BaseTransport) -> None:
            self.inner = inner

        def handle_request(self, request: httpx.Request) -> httpx.Response:
            response = self.inner.handle_request(request)
            if request.url.path != "/api/v2/users":
                return response
            return httpx.Response(200, headers={"content-type": "application/json"}, content=b"\x1f\x8b\x08\x00...")

    sb = sandbox()
    report = run_probe(sb, transport=NotText(SandboxTransport(sb)), only=["Users"])

    users = report.result("listUsers")
    assert users.outcome is Outcome.SCHEMA_MISMATCH
    assert "not valid UTF-8 text, so not valid application/json" in users.detail
    assert not report.ok


def test_a_denied_operation_is_forbidden_not_a_spec_problem() -> None:
    sb = sandbox()
    key = sb.add_key("sandbox_limited_key_0001", deny=["listCustomPayouts", "getBlockedSubId"])
    report = run_probe(sb, key=key, only=["PublisherCustomPayout", "PublisherBlockedSubIDs"])

    assert report.result("listCustomPayouts").outcome is Outcome.FORBIDDEN
    assert report.result("listCustomPayouts").status == 403
    assert "no customPayoutID: listCustomPayouts was forbidden" in report.result("getCustomPayout").detail
    assert report.result("getBlockedSubId").outcome is Outcome.FORBIDDEN
    assert report.ok  # forbidden and not_probed do not fail a run


def test_a_rejected_key_stops_the_probe() -> None:
    sb = sandbox()
    with pytest.raises(AuthenticationError):
        run_probe(sb, key="not_a_valid_key_0000")
    assert len(sb.requests) == 1


# -- read-only, whatever happens ------------------------------------------------------------------


def test_the_guard_refuses_anything_but_get_before_it_is_sent(monkeypatch: pytest.MonkeyPatch) -> None:
    sb = sandbox()
    # A planning bug that lets write operations through must be stopped by the guard.
    monkeypatch.setattr(_probe, "probe_order", lambda found: list(found))
    with pytest.raises(UnsafeRequestError, match="only sends GET; refusing POST"):
        run_probe(sb)
    assert sb.requests and {r.method for r in sb.requests} == {"GET"}


# -- choosing what to probe -------------------------------------------------------------------------


def test_only_reports_the_chosen_tags_and_calls_the_lists_they_need() -> None:
    sb = sandbox()
    report = run_probe(sb, only=["offer_events"])

    assert {r.tag for r in report.results} == {"OfferEvents"}
    assert report.result("getOfferEvent").outcome is Outcome.CONFIRMED
    assert {r.operation_id for r in sb.requests} == {"listOffers", "listOfferEvents", "getOfferEvent"}


def test_an_unknown_tag_names_the_tags() -> None:
    with pytest.raises(ValueError, match="no tag Ofers in the spec; tags: Users, Advertisers"):
        run_probe(sandbox(), only=["Ofers"])


def test_without_an_integration_the_operations_under_it_are_not_probed_and_say_why() -> None:
    sb = sandbox()
    report = run_probe(sb, only=["Offers"], integration_id=None)

    assert report.result("listOffers").outcome is Outcome.NOT_PROBED
    assert "integrationID (pass --integration)" in report.result("listOffers").detail
    assert sb.requests == []


# -- the report -------------------------------------------------------------------------------------


def test_the_report_never_holds_the_key_a_signed_url_or_a_guest_token() -> None:
    sb = sandbox()
    report = run_probe(sb)
    text = report.to_json()
    data = json.loads(text)

    url = report.result("getDownloadCenterExportUrl")
    shared = report.result("getSharedReportExportUrl")
    assert url.outcome is shared.outcome is Outcome.CONFIRMED
    assert shared.request.endswith("?***")  # its query holds the guest token
    sent = next(r for r in sb.requests if r.operation_id == "getSharedReportExportUrl")
    guest_token = httpx.URL(sent.url).params["token"]
    assert len(guest_token) >= 16
    for secret in (sb.api_key, guest_token, "signature=", "expires="):
        assert secret not in text
    assert data["ok"] is True and data["summary"]["confirmed"] == len(GET_OPERATIONS)
    assert {"operation_id", "tag", "method", "path", "status", "outcome", "detail"} <= set(data["results"][0])


def test_schema_rules_are_summarised_as_missing_extra_and_wrong_type_fields() -> None:
    rules = [
        "response body: data[0]: 'real_tx_id' is a required property",
        "response body: data[1]: 'real_tx_id' is a required property",
        "response body: data[0].name: 12 is not of type 'string'",
        "response body: meta: Additional properties are not allowed ('x', 'y' were unexpected)",
        "response status 299 is not documented",
    ]
    assert _probe.summarize(rules) == (
        "missing: data[].real_tx_id; extra: meta.x, meta.y; wrong type: data[].name (spec: 'string'); "
        "other: response status 299 is not documented"
    )


# -- the command ------------------------------------------------------------------------------------


def invoke(sb: Sandbox, *args: str, transport: httpx.BaseTransport | None = None, **env: str) -> Any:
    state = AppState(transport=transport or SandboxTransport(sb), client_hook=lambda c: use_sandbox_time(c, sb))
    environment = {"INTEGR8_API_KEY": sb.api_key, "INTEGR8_BASE_URL": sb.base_url, "COLUMNS": "200", **env}
    return CliRunner().invoke(app, ["contract", "probe", *args], obj=state, env=environment)


@pytest.fixture(autouse=True)
def no_user_config(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("INTEGR8_API_KEY", "INTEGR8_BASE_URL", "INTEGR8_INTEGRATION_ID", "INTEGR8_ALLOW_HTTP"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


def test_probe_command_writes_a_table_and_the_json_report(tmp_path: Path) -> None:
    sb = sandbox()
    out = tmp_path / "report.json"
    result = invoke(sb, "-i", sb.integration_id, "--until", "2025-02-28", "--output", str(out))

    assert result.exit_code == 0, result.output
    assert "RESULT" in result.stdout and "confirmed" in result.stdout and "listOffers*" in result.stdout
    assert "write operation(s) not sent" in result.stdout
    assert f"{len(GET_OPERATIONS)} confirmed" in result.stderr
    data = json.loads(out.read_text())
    assert data["summary"]["confirmed"] == len(GET_OPERATIONS)
    for text in (result.stdout, result.stderr, out.read_text()):
        assert sb.api_key not in text and "signature=" not in text
    assert not list(tmp_path.glob(".report.json.*"))  # written atomically: no temporary file left


def test_probe_command_exits_1_on_a_wrong_path_and_prints_json_when_asked() -> None:
    sb = sandbox(moved_paths_spec())
    result = invoke(sb, "--only", "Advertisers,Publishers", "--format", "json", "-i", sb.integration_id)

    assert result.exit_code == 1, result.output
    data = json.loads(result.stdout)
    outcomes = {r["operation_id"]: r["outcome"] for r in data["results"]}
    assert outcomes["listAdvertisers"] == outcomes["getPublisher"] == "path_not_found"
    assert data["ok"] is False


def test_probe_command_usage_errors_are_exit_2() -> None:
    sb = sandbox()
    assert invoke(sb, "--only", "Nope").exit_code == 2
    assert invoke(sb, "--id", "organizationID").exit_code == 2
    assert invoke(sb, "--until", "yesterday").exit_code == 2
    assert sb.requests == []


def test_probe_command_checks_its_output_before_sending_anything(tmp_path: Path) -> None:
    sb = sandbox()
    result = invoke(sb, "--only", "Users", "--output", str(tmp_path / "missing" / "report.json"))
    assert result.exit_code == 2 and "does not exist" in result.stderr
    assert sb.requests == []

    kept = tmp_path / "report.json"  # an earlier report, readable only by its owner
    kept.write_text("{}")
    kept.chmod(0o600)
    result = invoke(sb, "--only", "Users", "--output", str(kept))
    assert result.exit_code == 0, result.output
    assert json.loads(kept.read_text())["ok"] is True
    assert kept.stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize("text", ["2025-02-28", "20250228"])
def test_probe_until_a_date_alone_means_the_end_of_that_day(text: str) -> None:
    """One date reader for every command: a date-only end includes its whole day (issue 13)."""
    import datetime as dt

    from integr8.cli._contract import _window_end

    assert _window_end(text) == dt.datetime(2025, 2, 28, 23, 59, 59, tzinfo=dt.UTC)
