"""The client's own behaviour, with an in-process transport scripted per test.

Retries, typed errors, key handling and argument checks are exercised here against
`httpx.MockTransport` answers chosen to hit each rule exactly; the behaviour against a realistic
server (pagination, reports) is in test_pagination.py, on the sandbox and cassettes.
"""

from __future__ import annotations

import datetime as dt
import inspect
import json
import logging
from email.utils import format_datetime

import httpx
import pytest

import integr8
from integr8 import AsyncIntegr8, Integr8, errors
from integr8._client import core_of
from integr8._retry import RetryPolicy, parse_retry_after

KEY = "test_key_ABCDEF0123456789"
LIST_BODY = {"data": [], "meta": {"total_count": 0, "total_page": 1}}


class Script:
    """A transport answering from a list of responses/exceptions, recording what it got."""

    def __init__(self, *answers):
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []
        self.headers: list[dict[str, str]] = []  # as sent (errors later drop credentials)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        self.headers.append(dict(request.headers))
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, Exception):
            raise answer
        return answer


def make(script: Script, **kw) -> tuple[Integr8, list[float]]:
    client = Integr8(api_key=KEY, transport=httpx.MockTransport(script), **kw)
    slept: list[float] = []
    core_of(client).sleep = slept.append
    return client, slept


def amake(script: Script, **kw) -> tuple[AsyncIntegr8, list[float]]:
    client = AsyncIntegr8(api_key=KEY, transport=httpx.MockTransport(script), **kw)
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    core_of(client).sleep = sleep
    return client, slept


def ok(body=None, status=200, **headers):
    return httpx.Response(status, json=LIST_BODY if body is None else body, headers=headers)


# -- construction -------------------------------------------------------------------------


def test_missing_key_is_a_clear_error_at_construction():
    with pytest.raises(errors.ConfigurationError, match="INTEGR8_API_KEY"):
        Integr8()
    for bad in ("abc def", "abc\x0bdef", "abc\x00def", "abcdéf"):
        with pytest.raises(errors.ConfigurationError, match="spaces, control or non-ASCII"):
            Integr8(api_key=bad)


def test_only_https_unless_opted_in():
    with pytest.raises(errors.ConfigurationError, match="allow_http=True"):
        Integr8(api_key=KEY, base_url="http://127.0.0.1:8080")
    client = Integr8(api_key=KEY, base_url="http://127.0.0.1:8080", allow_http=True)
    assert str(client.base_url) == "http://127.0.0.1:8080"
    with pytest.raises(errors.ConfigurationError, match="https"):
        Integr8(api_key=KEY, base_url="ftp://example.com")


def test_from_env(monkeypatch):
    monkeypatch.delenv("INTEGR8_API_KEY", raising=False)
    with pytest.raises(errors.ConfigurationError, match="INTEGR8_API_KEY is not set"):
        Integr8.from_env()
    monkeypatch.setenv("INTEGR8_API_KEY", KEY)
    monkeypatch.setenv("INTEGR8_BASE_URL", "https://eu.api.example.com")
    client = Integr8.from_env(max_retries=1)
    assert str(client.base_url) == "https://eu.api.example.com"
    assert client.max_retries == 1
    assert isinstance(AsyncIntegr8.from_env(), AsyncIntegr8)


def test_transport_kind_must_match_the_client():
    with pytest.raises(errors.ConfigurationError, match="AsyncIntegr8"):
        Integr8(api_key=KEY, transport=httpx.AsyncHTTPTransport())
    with pytest.raises(errors.ConfigurationError, match="Integr8 for a sync"):
        AsyncIntegr8(api_key=KEY, transport=httpx.HTTPTransport())


def test_key_never_in_repr_or_errors_or_logs(caplog):
    script = Script(ok({"message": f"bad key {KEY}"}, status=401))
    client, _ = make(script)
    assert KEY not in repr(client)
    assert KEY not in repr(client._auth)
    caplog.set_level(logging.DEBUG)
    with pytest.raises(errors.AuthenticationError) as info:
        client.users.list_users()
    assert KEY not in str(info.value)
    assert "***" in str(info.value)
    assert KEY not in caplog.text
    assert script.headers[0]["api-key"] == KEY


def test_key_goes_only_to_the_api_origin():
    script = Script(ok({}))
    client, _ = make(script)
    client._http.get("https://files.example.com/artifact.zip")
    client._http.get("/api/v2/users")
    assert "API-KEY" not in script.requests[0].headers
    assert script.requests[1].headers["API-KEY"] == KEY


# -- bound operations -------------------------------------------------------------------------


def test_every_operation_is_bound_with_its_generated_signature():
    from integr8._operations import catalog

    client = Integr8(api_key=KEY)
    count = 0
    for tag, operations in catalog().items():
        for name in operations:
            op = getattr(getattr(client, tag), name)
            assert "client" not in inspect.signature(op).parameters
            count += 1
    from integr8._spec import iter_operations

    assert count == len(list(iter_operations()))  # every operation of the installed spec, however many
    assert "list_offers" in dir(client.offers)
    assert "publisher_sub_ids" in dir(client)
    with pytest.raises(AttributeError, match="has no operation"):
        client.offers.list_offerz  # noqa: B018


def test_bad_arguments_fail_before_any_request():
    script = Script(ok())
    client, _ = make(script)
    with pytest.raises(TypeError, match="offers.list_offers"):
        client.offers.list_offers(integration="x")
    with pytest.raises(errors.ConfigurationError, match="filterstatus='Maybe'"):
        client.reports.get_conversion_report(
            integration_id="i",
            start_time="2025-01-01 00:00:00",
            end_time="2025-01-02 00:00:00",
            pagesize=10,
            filterstatus="Maybe",
        )
    assert script.requests == []


def test_plain_values_are_converted_for_the_generated_code():
    script = Script(ok({"created_item_id": "o1"}))
    client, _ = make(script)
    created = client.offers.create_offer(
        integration_id="int 1", body={"name": "Summer", "advertiser_id": 42, "visibility": "Public"}
    )
    assert created.created_item_id == "o1"
    sent = script.requests[0]
    assert sent.method == "POST"
    assert sent.url.path == "/api/v2/integrations/int%201/offers" or sent.url.raw_path.startswith(
        b"/api/v2/integrations/int%201/offers"
    )
    assert json.loads(sent.content) == {"name": "Summer", "advertiser_id": 42, "visibility": "Public"}


def test_undocumented_success_status_still_parses_and_empty_body_is_none():
    script = Script(ok({"created_item_id": "x"}, status=201), httpx.Response(204))
    client, _ = make(script)
    assert client.users.create_user(body={"email": "a@b.c", "password": "p", "role": "admin"}).created_item_id == "x"
    assert client.users.delete_user("u1") is None


def test_a_2xx_body_of_the_wrong_shape_is_a_validation_error():
    script = Script(httpx.Response(200, json=["not", "an", "object"]))
    client, _ = make(script)
    with pytest.raises(errors.APIResponseValidationError, match="users.list_users"):
        client.users.list_users()


def test_open_enums_accept_values_the_spec_does_not_list():
    body = {"data": {"id": "e1", "status": "ARCHIVED_BY_ROBOT", "type": "brand_new_logs"}}
    client, _ = make(Script(ok(body)))
    export = client.download_center.get_download_center_export("e1")
    assert export.data.status == "ARCHIVED_BY_ROBOT"
    assert export.data.type_ == "brand_new_logs"


# -- errors -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, errors.BadRequestError),
        (401, errors.AuthenticationError),
        (402, errors.RequestFailedError),
        (403, errors.PermissionDeniedError),
        (404, errors.NotFoundError),
        (405, errors.APIStatusError),
        (429, errors.RateLimitError),
        (500, errors.ServerError),
        (502, errors.ServerError),
        (503, errors.ServerError),
        (504, errors.ServerError),
    ],
)
def test_every_status_has_its_error_class(status, cls):
    client, _ = make(Script(ok({"error": "nope", "message": "It went wrong"}, status=status)), max_retries=0)
    with pytest.raises(cls) as info:
        client.users.get_user("u1")
    err = info.value
    assert type(err) is cls
    assert err.status_code == status
    assert err.body == {"error": "nope", "message": "It went wrong"}
    assert err.response.status_code == status
    assert str(err).startswith(f"{status} ")
    assert "GET /api/v2/users/u1" in str(err) and "It went wrong" in str(err)


def test_connection_errors_and_timeouts():
    client, _ = make(Script(httpx.ReadTimeout("slow")), max_retries=0)
    with pytest.raises(errors.APITimeoutError):
        client.users.list_users()
    client, _ = make(Script(httpx.RemoteProtocolError("reset")), max_retries=0)
    with pytest.raises(errors.APIConnectionError) as info:
        client.users.list_users()
    assert not isinstance(info.value, errors.APITimeoutError)


# -- retries ------------------------------------------------------------------------------------


def test_429_retry_after_seconds_is_honoured_then_succeeds():
    script = Script(ok(status=429, **{"Retry-After": "2"}), ok())
    client, slept = make(script)
    client.users.list_users()
    assert slept == [2.0]
    assert len(script.requests) == 2


def test_retry_after_http_date():
    when = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=30)
    seconds = parse_retry_after(format_datetime(when, usegmt=True))
    assert 28 <= seconds <= 30
    assert parse_retry_after("garbage") is None
    assert parse_retry_after("-5") == 0.0


def test_retried_503_on_get_uses_retry_after_and_backoff():
    script = Script(ok(status=503, **{"Retry-After": "1"}), ok(status=503), ok())
    client, slept = make(script)
    client.users.list_users()
    assert len(script.requests) == 3
    assert slept[0] == 1.0
    assert 0 <= slept[1] <= 1.0  # full jitter under base 0.5 * 2**1


def test_500_on_post_is_not_retried():
    script = Script(ok(status=500), ok({"created_item_id": "x"}))
    client, slept = make(script)
    with pytest.raises(errors.ServerError):
        client.users.create_user(body={"email": "a@b.c", "password": "p", "role": "admin"})
    assert len(script.requests) == 1 and slept == []


def test_post_is_retried_on_429_and_on_refused_connection_only():
    script = Script(ok(status=429), httpx.ConnectError("refused"), ok({"created_item_id": "x"}))
    client, slept = make(script)
    client.users.create_user(body={"email": "a@b.c", "password": "p", "role": "admin"})
    assert len(script.requests) == 3 and len(slept) == 2
    script = Script(httpx.ReadError("lost after sending"), ok({"created_item_id": "x"}))
    client, _ = make(script)
    with pytest.raises(errors.APIConnectionError):
        client.users.create_user(body={"email": "a@b.c", "password": "p", "role": "admin"})
    assert len(script.requests) == 1


def test_get_is_retried_on_connection_errors_and_gives_up_after_max_retries():
    script = Script(httpx.ReadError("reset"))
    client, slept = make(script, max_retries=2)
    with pytest.raises(errors.APIConnectionError):
        client.users.list_users()
    assert len(script.requests) == 3 and len(slept) == 2


def test_max_retries_zero_disables_retries():
    script = Script(ok(status=503), ok())
    client, slept = make(script, max_retries=0)
    with pytest.raises(errors.ServerError):
        client.users.list_users()
    assert len(script.requests) == 1 and slept == []


def test_backoff_is_capped_and_jittered():
    policy = RetryPolicy(max_retries=10, base_delay=0.5, max_delay=8.0)
    delays = [policy.backoff(n) for n in range(10) for _ in range(20)]
    assert max(delays) <= 8.0 and min(delays) >= 0
    assert len(set(delays)) > 100


def test_retries_are_logged_without_query_or_key(caplog):
    caplog.set_level(logging.INFO, logger="integr8")
    client, _ = make(Script(ok(status=503), ok()))
    client.offers.list_offers(integration_id="i1", pagesize=5)
    assert "Retrying GET /api/v2/integrations/i1/offers" in caplog.text
    assert "page" not in caplog.text and KEY not in caplog.text


async def test_async_retries_and_errors():
    script = Script(ok(status=429, **{"Retry-After": "3"}), ok())
    client, slept = amake(script)
    async with client:
        page = await client.users.list_users()
    assert page.meta.total_page == 1 and slept == [3.0]
    client, _ = amake(Script(ok(status=500)))
    with pytest.raises(errors.ServerError):
        await client.users.create_user(body={"email": "a@b.c", "password": "p", "role": "admin"})
    client, _ = amake(Script(ok({"message": KEY}, status=404)), max_retries=0)
    with pytest.raises(errors.NotFoundError) as info:
        await client.users.get_user("nope")
    assert KEY not in str(info.value)


# -- argument checks of the helpers -------------------------------------------------------------


def test_page_size_and_filters_are_checked_before_any_request():
    script = Script(ok())
    client, _ = make(script)
    for bad in (0, 101, 2.5, True):
        with pytest.raises(ValueError, match="page_size"):
            client.paginate(client.offers.list_offers, integration_id="i", page_size=bad)
    with pytest.raises(ValueError, match="concurrency"):
        client.paginate(client.offers.list_offers, integration_id="i", concurrency=0)
    with pytest.raises(ValueError, match="not a paginated"):
        client.paginate(client.offers.get_offer, integration_id="i")
    with pytest.raises(ValueError, match="bad field"):
        client.paginate(client.offers.list_offers, integration_id="i", filters={"a[b]": 1})
    with pytest.raises(TypeError, match="missing a required argument"):
        client.paginate(client.offers.list_offers)
    assert script.requests == []


def test_report_arguments_are_checked_before_any_request():
    script = Script(ok())
    client, _ = make(script)
    base = dict(integration_id="i", start="2025-02-01", end="2025-02-02")
    with pytest.raises(ValueError, match="report kind"):
        client.iter_report("sales", **base)
    with pytest.raises(ValueError, match="unknown IANA time zone 'Mars/Olympus'"):
        client.iter_report("clicks", timezone="Mars/Olympus", **base)
    with pytest.raises(ValueError, match="start: cannot read"):
        client.iter_report("clicks", integration_id="i", start="yesterday-ish", end="2025-02-02")
    with pytest.raises(ValueError, match="end: expected"):
        client.iter_report("clicks", integration_id="i", start="2025-02-01", end=12)
    with pytest.raises(ValueError, match="is after end"):
        client.iter_report("clicks", integration_id="i", start="2025-02-03", end="2025-02-02")
    with pytest.raises(errors.ConfigurationError, match="filterstatus"):
        client.iter_report("conversions", status="Maybe", **base)
    assert script.requests == []


def test_import_does_not_load_generated_operations():
    import subprocess
    import sys

    code = (
        "import sys, integr8; "
        "print(sorted(m for m in sys.modules"
        " if m.startswith('integr8_client.api.') or m.startswith('integr8_client.models')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
    assert integr8.__version__


def test_httpx_own_request_logs_are_redacted(caplog):
    """httpx logs full URLs at INFO: signed query strings and registered secrets are masked."""
    caplog.set_level(logging.INFO)
    client, _ = make(Script(ok({})))
    client._http.get("https://files.example.com/a.zip?expires=1&signature=abcdef123456")
    client._http.get(f"/api/v2/echo/{KEY}")
    assert "HTTP Request" in caplog.text
    assert "abcdef123456" not in caplog.text
    assert KEY not in caplog.text
    assert "files.example.com/a.zip?***" in caplog.text


def test_the_suite_cannot_reach_the_network():
    """The autouse guard in conftest.py: a real client to a public address fails before connecting."""
    client = Integr8(api_key=KEY, max_retries=0, base_url="https://93.184.216.34")
    with pytest.raises(RuntimeError, match="must not touch the network"):
        client.users.list_users()


def test_requests_kept_by_errors_hold_no_credentials():
    client, _ = make(Script(ok({"message": "no"}, status=403)), max_retries=0)
    with pytest.raises(errors.PermissionDeniedError) as info:
        client.users.list_users()
    assert KEY not in repr(dict(info.value.request.headers)) and "API-KEY" not in info.value.request.headers
    assert info.value.response.request is info.value.request
    client, _ = make(Script(httpx.ConnectError("refused")), max_retries=0)
    with pytest.raises(errors.APIConnectionError) as info:
        client.users.list_users()
    assert "API-KEY" not in info.value.request.headers


def test_a_secret_cut_by_the_message_limit_is_still_masked():
    body = "." * 180 + f" API-KEY={KEY} trailing"
    client, _ = make(Script(httpx.Response(403, text=body)), max_retries=0)
    with pytest.raises(errors.PermissionDeniedError) as info:
        client.users.list_users()
    assert KEY[:8] not in str(info.value)


def test_httpcore_debug_lines_are_redacted_too(caplog):
    """httpcore logs through child loggers (httpcore.http11 ...), whose records a filter on
    'httpcore' would not see; response headers such as a presigned Location are in them."""
    import integr8._redact as redact_module

    caplog.set_level(logging.DEBUG)
    Integr8(api_key=KEY)  # registers the filter
    logging.getLogger("httpcore.http11").debug(
        "receive_response_headers.complete return_value=(b'Location', b'https://bucket.example/a.zip?X-Amz-Signature=deadbeef1234')"
    )
    assert "deadbeef1234" not in caplog.text
    assert set(redact_module._HTTP_LOGGERS) >= {"httpcore.http11", "httpcore.connection"}


def test_empty_ids_none_filters_and_bad_durations_are_refused_before_sending():
    script = Script(ok())
    client, _ = make(script)
    for bad in ("", "  ", None):
        with pytest.raises(errors.ConfigurationError, match="offer_id is required"):
            client.offers.delete_offer(integration_id="i", offer_id=bad)
    with pytest.raises(errors.ConfigurationError, match="integration_id is required"):
        client.paginate(client.offers.list_offers, integration_id=None)
    with pytest.raises(errors.ConfigurationError, match="has no value"):
        client.paginate(client.offers.list_offers, integration_id="i", filters={"status": None})
    for timeout in (float("nan"), float("inf"), 0, -1):
        with pytest.raises(errors.ConfigurationError, match="timeout"):
            Integr8(api_key=KEY, timeout=timeout)
    assert script.requests == []


# -- the async client, rule by rule -------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, errors.BadRequestError),
        (401, errors.AuthenticationError),
        (402, errors.RequestFailedError),
        (403, errors.PermissionDeniedError),
        (404, errors.NotFoundError),
        (429, errors.RateLimitError),
        (502, errors.ServerError),
        (409, errors.APIStatusError),
    ],
)
async def test_async_every_status_has_its_error_class(status, cls):
    client, _ = amake(Script(ok({"message": "nope"}, status=status)), max_retries=0)
    with pytest.raises(cls) as info:
        await client.users.get_user("u1")
    assert type(info.value) is cls and info.value.status_code == status


async def test_async_503_on_get_is_retried_and_500_on_post_is_not(caplog):
    caplog.set_level(logging.INFO, logger="integr8")
    script = Script(ok(status=503, **{"Retry-After": "1"}), ok())
    client, slept = amake(script)
    await client.users.list_users()
    assert len(script.requests) == 2 and slept == [1.0]
    assert "Retrying GET /api/v2/users" in caplog.text and KEY not in caplog.text
    script = Script(ok(status=500), ok({"created_item_id": "x"}))
    client, slept = amake(script)
    with pytest.raises(errors.ServerError):
        await client.users.create_user(body={"email": "a@b.c", "password": "p", "role": "admin"})
    assert len(script.requests) == 1 and slept == []


async def test_async_key_handling_and_argument_checks():
    script = Script(ok())
    client, _ = amake(script)
    assert KEY not in repr(client) and "AsyncIntegr8" in repr(client)
    with pytest.raises(errors.ConfigurationError, match="page_size"):
        client.paginate(client.offers.list_offers, integration_id="i", page_size=0)
    with pytest.raises(errors.ConfigurationError, match="unknown IANA time zone"):
        client.iter_report("clicks", integration_id="i", start="2025-02-01", end="2025-02-02", timezone="Nowhere/X")
    with pytest.raises(errors.ConfigurationError, match="start: cannot read"):
        client.iter_report("clicks", integration_id="i", start="soon", end="2025-02-02")
    with pytest.raises(errors.ConfigurationError, match="offer_id is required"):
        await client.offers.get_offer(integration_id="i", offer_id="")
    assert script.requests == []
    await client.close()
