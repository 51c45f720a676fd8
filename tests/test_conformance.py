"""Every operation of the spec, driven against the sandbox, every exchange checked by the spec.

Why: the sandbox is only worth testing against if it speaks the spec, and the generated client
is only worth shipping if it can talk to something that does. So each of the spec's operations
(enumerated from the spec; one without a step of its own, as a new spec's are, is called with the
required values its schemas describe: `_drive_the_rest`) is called
through the generated `integr8_client` with valid inputs, must answer 2xx, and the exchange
must pass `validate_exchange` (openapi-core) with no violation.
"""

from __future__ import annotations

import datetime as dt
import enum
import importlib
import inspect
import pkgutil
import re
import types
import typing
from typing import Any

import httpx
import pytest

pytest.importorskip("openapi_core")

import integr8_client  # noqa: E402
import integr8_client.api  # noqa: E402
from integr8._spec import iter_operations, load_spec  # noqa: E402
from integr8.contract._validate import Violation, validate_exchange  # noqa: E402
from integr8.testing import ManualClock, Sandbox, SandboxTransport  # noqa: E402

SPEC = load_spec()
WINDOW = {"start_time": "2025-02-10 00:00:00", "end_time": "2025-02-12 23:59:59"}


def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _operation_modules() -> dict[str, types.ModuleType]:
    """Generated operation modules by normalised name (`getOffer` and `get_offer` alike)."""
    found: dict[str, types.ModuleType] = {}
    for tag in pkgutil.iter_modules(integr8_client.api.__path__):
        package = importlib.import_module(f"integr8_client.api.{tag.name}")
        for op in pkgutil.iter_modules(package.__path__):
            found[_norm(op.name)] = importlib.import_module(f"{package.__name__}.{op.name}")
    return found


MODULES = _operation_modules()


def _convert(annotation: Any, value: Any) -> Any:
    """`value` as the generated function wants it: enum member, model, date, or as is."""
    options = typing.get_args(annotation) or (annotation,)
    for option in options:
        if inspect.isclass(option) and issubclass(option, enum.Enum):
            return option(value)
        if inspect.isclass(option) and hasattr(option, "from_dict") and isinstance(value, dict):
            return option.from_dict(value)
        if option is dt.date and isinstance(value, str):
            return dt.date.fromisoformat(value)
    return value


class Recorder(httpx.BaseTransport):
    """Keeps every (request, response) pair that goes through `inner`."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner
        self.exchanges: list[tuple[httpx.Request, httpx.Response]] = []
        self.extra_query: dict[str, Any] = {}

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self.extra_query:  # open-ended filters, which generated signatures cannot take
            request.url = request.url.copy_merge_params(self.extra_query)
            self.extra_query = {}
        response = self.inner.handle_request(request)
        response.read()
        self.exchanges.append((request, response))
        return response


class Driver:
    """Calls operations through the generated client and checks each exchange."""

    def __init__(self, sb: Sandbox) -> None:
        self.sb = sb
        self.recorder = Recorder(SandboxTransport(sb))
        args = {"base_url": sb.base_url, "httpx_args": {"transport": self.recorder}}
        self.client = integr8_client.Client(**args, headers={"API-KEY": sb.api_key})
        self.anonymous = integr8_client.Client(**args)
        self.covered: dict[str, int] = {}
        self.violations: list[Violation] = []

    def __call__(
        self,
        operation_id: str,
        params: dict[str, Any] | None = None,
        body: Any = None,
        *,
        anonymous: bool = False,
    ) -> Any:
        """Call `operation_id` with `params` by their wire names; return the JSON answer."""
        function = MODULES[_norm(operation_id)].sync_detailed
        hints = typing.get_type_hints(function)
        names = {_norm(n): n for n in inspect.signature(function).parameters}
        kwargs: dict[str, Any] = {"client": self.anonymous if anonymous else self.client}
        for wire, value in (params or {}).items():
            name = names.get(_norm(wire))
            if name is None:
                assert wire.startswith("filter["), f"{operation_id} has no parameter {wire}"
                self.recorder.extra_query[wire] = value
                continue
            kwargs[name] = _convert(hints[name], value)
        if body is not None:
            kwargs["body"] = _convert(hints["body"], body)
        before = len(self.recorder.exchanges)
        function(**kwargs)
        (request, response), *more = self.recorder.exchanges[before:]
        assert not more
        assert 200 <= response.status_code < 300, f"{operation_id}: {response.status_code} {response.text}"
        found = validate_exchange(SPEC, request, response)
        assert not found, "\n".join(map(str, found))
        operation = self.sb.router.match(request.method, request.url.path).route
        assert operation is not None and operation.operation_id == operation_id
        self.covered[operation_id] = self.covered.get(operation_id, 0) + 1
        return response.json() if response.content else None


def _drive(call: Driver, sb: Sandbox) -> None:
    integration = {"integrationID": sb.integration_id}

    # Users
    call("listUsers", {"page[size]": 5, "sort": "-created_at"})
    user = call("createUser", body={"email": "new@example.test", "password": "pw", "role": "admin"})["created_item_id"]
    call("getUser", {"userID": user})
    call("updateUser", {"userID": user}, {"first_name": "Grace", "status": "Deactivated"})
    call("deleteUser", {"userID": user})

    # Advertisers
    call("listAdvertisers", {"page[size]": 5, "filter[name][like]": "corp"})
    adv = call("createAdvertiser", body={"name": "Conformance Inc"})["created_item_id"]
    call("getAdvertiser", {"advertiserID": adv})
    call("updateAdvertiser", {"advertiserID": adv}, {"name": "Conformance Ltd", "active": True})
    call("bulkUpdateAdvertisersStatus", body={"active": False, "data": [adv]})
    call("deleteAdvertiser", {"advertiserID": adv})
    more = [call("createAdvertiser", body={"name": f"A{i}"})["created_item_id"] for i in (1, 2)]
    call("bulkDeleteAdvertisers", body={"data": more})

    # Offers, their events and landing pages
    call("listOffers", {**integration, "page[size]": 10, "sort": "-incremental_id,name"})
    offer_body = {"name": "Conformance Offer", "advertiser_id": 1, "currency": "USD"}
    offer = call("createOffer", integration, offer_body)["created_item_id"]
    here = {**integration, "offerID": offer}
    call("getOffer", here)
    call("updateOffer", here, {**offer_body, "visibility": "Private"})
    call("bulkUpdateOffersStatus", integration, {"active": True, "data": [offer]})
    call("listOfferEvents", {**here, "page[size]": 5})
    event = call("createOfferEvent", here, {"name": "Upsell", "payout_type": "CPA", "payout": 2})["created_item_id"]
    call("getOfferEvent", {**here, "offerEventID": event})
    call("updateOfferEvent", {**here, "offerEventID": event}, {"name": "Upsell 2"})
    call("deleteOfferEvent", {**here, "offerEventID": event})
    call("listOfferLandingPages", here)
    page = call("createOfferLandingPage", here, {"name": "LP", "redirect_url": "https://lp.example/"})[
        "created_item_id"
    ]
    page_path = {**here, "offerLandingPageID": page}
    call("getOfferLandingPage", page_path)
    call("updateOfferLandingPage", page_path, {"name": "LP2", "redirect_url": "https://lp2.example/"})
    call("deleteOfferLandingPage", page_path)
    call("deleteOffer", here)
    other = call("createOffer", integration, offer_body)["created_item_id"]
    call("bulkDeleteOffers", integration, {"data": [other]})

    # Link test logs
    logs = call("listLinkTestLogs", {**WINDOW, "timezone": "Europe/Berlin", "page[size]": 3})
    call("getLinkTestLog", {"id": logs["data"][0]["id"]})
    call("listLinkTestLogsGrouped", {**WINDOW, "fields": "offer,device", "page[size]": 5})
    call("getLinkTestLogsChartByFailedReason", WINDOW)
    call("getLinkTestLogsChartByStatus", WINDOW)
    call("getLinkTestLogsTotals", {"time_period": "Last30D", "timezone": "UTC"})

    # Publishers and what hangs off them
    call("listPublishers", {"page[size]": 5, "filter[active]": "true"})
    pub = call("createPublisher", body={"name": "Conformance Media", "countries": ["US"]})["created_item_id"]
    pub_path = {"publisherID": pub}
    call("getPublisher", pub_path)
    call("updatePublisher", pub_path, {"name": "Conformance Media 2"})
    call("bulkUpdatePublishersStatus", body={"active": True, "data": [pub]})
    call("listPublisherUsers", pub_path)
    pub_user = call("createPublisherUser", pub_path, {"email": "p@example.test", "status": "Active"})["created_item_id"]
    call("getPublisherUser", {**pub_path, "publisherUserID": pub_user})
    call("updatePublisherUser", {**pub_path, "publisherUserID": pub_user}, {"notes": "hi"})
    call("deletePublisherUser", {**pub_path, "publisherUserID": pub_user})
    call("listPublisherSubIds", pub_path)
    sub = call("createPublisherSubId", pub_path, {"external_id": "src_1", "name": "Source 1"})["created_item_id"]
    call("getPublisherSubId", {**pub_path, "publisherSubID": sub})
    call("updatePublisherSubId", {**pub_path, "publisherSubID": sub}, {"name": "Source one"})
    call(
        "bulkCreatePublisherSubIds",
        pub_path,
        {"data": [{"external_id": "src_2", "name": "S2"}, {"external_id": "src_3", "name": "S3"}]},
    )
    org = {"organizationID": sb.organization_id}
    call("listOrganizationPublisherSubIds", {**org, "page[size]": 100})
    call("getOrganizationPublisherSubId", {**org, "publisherSubID": sub})
    call("deletePublisherSubId", {**pub_path, "publisherSubID": sub})
    rest = call("listPublisherSubIds", pub_path)["data"]
    call("bulkDeletePublisherSubIds", pub_path, {"data": [s["id"] for s in rest]})
    call("listCustomThrottles", pub_path)
    throttle_body = {"offer_incremental_id": 1, "publisher_incremental_id": 1}
    throttle = call("createCustomThrottle", pub_path, {**throttle_body, "throttle_percentage": 5})["created_item_id"]
    throttle_path = {**pub_path, "customThrottleID": throttle}
    call("getCustomThrottle", throttle_path)
    call("updateCustomThrottle", throttle_path, {"throttle_percentage": 50})
    call("bulkUpdateCustomThrottlesStatus", pub_path, {"active": True, "data": [throttle]})
    call("deleteCustomThrottle", throttle_path)
    spare = call("createCustomThrottle", pub_path, {**throttle_body, "throttle_percentage": 1})
    call("bulkDeleteCustomThrottles", pub_path, {"data": [spare["created_item_id"]]})
    call("deletePublisher", pub_path)
    spare_pub = call("createPublisher", body={"name": "Spare"})["created_item_id"]
    call("bulkDeletePublishers", body={"data": [spare_pub]})

    # Blocked sub IDs and custom payouts
    call("listBlockedSubIds", {"filter[publisher_incremental_id][eq_n]": 1})
    blocked_body = {
        "organization": sb.organization_id,
        "offer_incremental_id": 1,
        "publisher_incremental_id": 1,
        "sub_id": "bad_source",
    }
    blocked = call("createBlockedSubId", body=blocked_body)["created_item_id"]
    call("getBlockedSubId", {"blockedSubID_ID": blocked})
    call("updateBlockedSubId", {"blockedSubID_ID": blocked}, {"description": "spam"})
    call("deleteBlockedSubId", {"blockedSubID_ID": blocked})
    spare = call("createBlockedSubId", body=blocked_body)["created_item_id"]
    call("bulkDeleteBlockedSubIds", body={"data": [spare]})
    call("listCustomPayouts", {"filter[publisher_incremental_id][eq_n]": 1})
    payout_body = {"offer_incremental_id": 1, "publisher_incremental_id": 1, "payout": 3.5}
    payout = call("createCustomPayout", body={**payout_body, "payout_type": "CPA"})["created_item_id"]
    call("getCustomPayout", {"customPayoutID": payout})
    call("updateCustomPayout", {"customPayoutID": payout}, {"payout": 4.0})
    call("deleteCustomPayout", {"customPayoutID": payout})
    spare = call("createCustomPayout", body=payout_body)["created_item_id"]
    call("bulkDeleteCustomPayouts", body={"data": [spare]})

    # Reports and conversion updates
    report = {"integration_id": sb.integration_id, **WINDOW, "page[size]": 5}
    call("getClickReport", {**report, "filter[status]": "Approved"})
    call("getImpressionReport", {**report, "timezone": "America/New_York"})
    rows = call("getConversionReport", report)["data"]
    row = rows["data"][0]
    call("getConversionReport", {**report, "page[after]": rows["pageInfo"]["endCursor"]})
    update = {k: row[k] for k in ("tx_id", "conversion_time", "hash")}
    call(
        "updateConversions",
        body={"integration_id": sb.integration_id, "updates": [{**update, "status": "Rejected"}]},
    )

    # Download Center
    export = {**integration, **WINDOW, "fields": "tx_id,status", "extra_parameters": "sub1"}
    clicks = call("exportClicks", export)
    call(
        "exportConversions",
        {**export, "fields": "tx_id,conversion_time,payout", "delimiter": ";", "timezone": "UTC"},
    )
    call("exportImpressions", export)
    call("exportPostbackLogs", {**integration, **WINDOW, "fields": "tx_id,http_status"})
    assert isinstance(sb.clock, ManualClock)
    sb.clock.advance(5)
    done = call("getDownloadCenterExport", {"exportID": clicks["id"]})["data"]
    assert done["status"] == "COMPLETED"
    call("listDownloadCenterExports", {"filter[type]": "click_logs", "page[size]": 10})
    call(
        "listDownloadCenterExports",
        {
            "filter[reports_query_option.filters.integration_id.equalvalues]": [sb.integration_id],
            "filter[reports_query_option.start_date]": "2025-02-10",
            "filter[results_meta.total][gte]": 1,
        },
    )
    name = done["artifact"]["name"]
    call("getDownloadCenterExportUrl", {"artifact_name": name})
    call(
        "getSharedReportExportUrl",
        {"artifact_name": name, "token": done["guest_token"]},
        anonymous=True,
    )
    call("deleteDownloadCenterExport", {"exportID": clicks["id"]})


def _value(schema: dict[str, Any], name: str, sb: Sandbox) -> Any:
    """A valid value for a parameter the steps above do not know: the spec's example, first
    enum value or default, else one of the schema's type (ids: the sandbox's integration)."""
    from integr8._spec import resolve

    schema = resolve(schema, SPEC)
    for key in ("example", "default"):
        if key in schema:
            return schema[key]
    if schema.get("enum"):
        return schema["enum"][0]
    if _norm(name) == "integrationid":
        return sb.integration_id
    kind = schema.get("type", "string")
    if kind == "integer":
        return max(1, schema.get("minimum", 1))
    if kind == "number":
        return float(schema.get("minimum", 1))
    if kind == "boolean":
        return True
    if kind == "array":
        return [_value(schema.get("items", {}), name, sb)]
    return {"date": "2025-02-10", "date-time": "2025-02-10T00:00:00Z"}.get(schema.get("format", ""), "1")


def _drive_the_rest(call: Driver, sb: Sandbox) -> None:
    """Operations without a step of their own (a new spec's): called once with the required
    parameters and body the spec describes. The sandbox answers them from the spec
    (`integr8.testing`'s synthesised answers), and the exchange is checked like any other."""
    from integr8._spec import operation_parameters, resolve

    for _method, _path, op in iter_operations(SPEC):
        if op["operationId"] in call.covered:
            continue
        params = {
            p["name"]: _value(p["schema"], p["name"], sb)
            for p in operation_parameters(op["operationId"])
            if p.get("required") and p.get("in") in ("path", "query")
        }
        body = None
        content = resolve(op.get("requestBody", {}), SPEC).get("content", {}).get("application/json")
        if content is not None:
            media = resolve(content, SPEC)
            schema = resolve(media.get("schema", {}), SPEC)
            body = media.get("example") or {
                name: _value(prop, name, sb)
                for name, prop in schema.get("properties", {}).items()
                if name in schema.get("required", [])
            }
        call(op["operationId"], params, body, anonymous=op.get("security") == [])


def test_every_operation_of_the_spec_conforms() -> None:
    sb = Sandbox(seed=0, clock=ManualClock())
    call = Driver(sb)
    _drive(call, sb)
    _drive_the_rest(call, sb)
    in_spec = {op["operationId"] for _method, _path, op in iter_operations(SPEC)}
    missing = sorted(in_spec - set(call.covered))
    print(f"\nconformance: {len(call.covered)} of {len(in_spec)} operations covered")
    assert not missing, f"operations without a conformance step: {missing}"
    assert len(call.covered) == len(in_spec)


def test_a_wrong_response_is_reported_naming_operation_and_field() -> None:
    sb = Sandbox(seed=0, clock=ManualClock())
    client = httpx.Client(base_url=sb.base_url, transport=SandboxTransport(sb), headers={"API-KEY": sb.api_key})
    good = client.get(f"/api/v2/integrations/{sb.integration_id}/offers/{sb.offer_ids[0]}")
    assert validate_exchange(SPEC, good.request, good) == []

    body = good.json()
    body["data"]["incremental_id"] = "seven"
    body["data"]["active"] = 1
    wrong = httpx.Response(200, json=body, request=good.request)
    found = validate_exchange(SPEC, good.request, wrong)
    rules = {v.rule for v in found}
    assert all(v.operation == "getOffer" and v.side == "response" for v in found)
    assert "response body: data.incremental_id: 'seven' is not of type 'integer'" in rules
    assert "response body: data.active: 1 is not of type 'boolean'" in rules
    assert str(found[0]).startswith("getOffer (response): response body: data.")


def test_request_violations_name_the_parameter_and_never_echo_credentials() -> None:
    key = "very-secret-key-1234"
    request = httpx.Request(
        "GET",
        "https://api.integr8.co/api/v2/reports/v2/conversion-table",
        params={"integration_id": "i", "start_time": "2025-02-01", "end_time": "x", "page[size]": 500},
        headers={"API-KEY": key},
    )
    found = validate_exchange(SPEC, request)
    text = "\n".join(map(str, found))
    assert {v.operation for v in found} == {"getConversionReport"}
    assert "query parameter start_time" in text and "query parameter page[size]" in text
    assert key not in text

    unknown = validate_exchange(SPEC, httpx.Request("GET", "https://h/api/v2/nothing"))
    assert unknown == [
        Violation("GET /api/v2/nothing", "request", "no operation of the spec matches GET /api/v2/nothing")
    ]
    anonymous = validate_exchange(SPEC, httpx.Request("GET", "https://h/api/v2/users"), check_auth=True)
    assert validate_exchange(SPEC, httpx.Request("GET", "https://h/api/v2/users")) == []  # recordings drop keys
    assert [v.rule for v in anonymous] == ["security: no valid credentials (API-KEY header or Authorization: Bearer)"]


def test_open_filters_are_accepted_and_cassette_dicts_work() -> None:
    interaction = {
        "request": {
            "method": "GET",
            "uri": "https://api.integr8.co/api/v2/advertisers?filter[name][like]=x&filter[a.b][gte]=2",
            "body": None,
            "headers": {"API-KEY": ["k-123456"]},
        },
        "response": {
            "status": {"code": 200, "message": "OK"},
            "headers": {"Content-Type": ["application/json"]},
            "body": {"string": b'{"data": [{"id": "x", "status": 5}], "meta": {"total_count": 1}}'},
        },
    }
    found = validate_exchange(SPEC, interaction, interaction)
    assert [str(v) for v in found] == []  # Advertiser has no `status`: extra fields are fine

    interaction["response"]["body"]["string"] = b'{"data": [{"id": 5}]}'
    found = validate_exchange(SPEC, interaction["request"], interaction["response"])
    assert [str(v) for v in found] == [
        "listAdvertisers (response): response body: data[0].id: 5 is not of type 'string'"
    ]
