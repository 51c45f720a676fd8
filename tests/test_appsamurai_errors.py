"""AppSamurai's own error family: every way a pull fails, raised for real, apart from Integr8's.

Each kind is provoked against an in-process fake of AppSamurai (`httpx.MockTransport`), through
the sync and the async client alike, and must be an `AppSamuraiError` (so under
`integr8.errors.Integr8Error`), never an `integr8.errors.APIError`, hold the token nowhere (its
text, repr, args, attributes, pickle, traceback, chained exceptions, log lines), and pickle.
The CLI's exit codes and hints for them are at the end.
"""

from __future__ import annotations

import asyncio
import gzip
import logging
import pickle
import traceback
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from integr8 import errors
from integr8.appsamurai import (
    AppSamurai,
    AppSamuraiAuthenticationError,
    AppSamuraiConnectionError,
    AppSamuraiError,
    AppSamuraiNotFoundError,
    AppSamuraiRateLimitError,
    AppSamuraiResponseError,
    AppSamuraiResponseTooLargeError,
    AppSamuraiServerError,
    AppSamuraiStatusError,
    AppSamuraiTimeoutError,
    AsyncAppSamurai,
    CampaignParseError,
    CampaignPull,
    parse_campaign,
)

TOKEN = "tokFamily_0a1b2c3d4e5f6789-XYZ"
URL = f"https://api.appsamurai.com/api/campaign-pull/list/{TOKEN}"
PULL_PATH = "GET /api/campaign-pull/list/***"
ONE_CAMPAIGN = b'[{"campaign_id": 7, "app_title": "App", "revenue": 1.5, "tracking_url": "https://click.test/c"}]'

Answer = Callable[[httpx.Request], httpx.Response]


def fetch(driver: str, answer: Answer, **settings: Any) -> CampaignPull:
    """One pull of URL, answered by `answer`, with the sync or the async client; retries
    without waiting."""
    transport = httpx.MockTransport(answer)
    if driver == "sync":
        with AppSamurai(URL, transport=transport, **settings) as apps:
            apps._sleep = lambda seconds: None
            return apps.fetch()

    async def pull() -> CampaignPull:
        async def no_wait(seconds: float) -> None:
            return None

        async with AsyncAppSamurai(URL, transport=transport, **settings) as apps:
            apps._sleep = no_wait
            return await apps.fetch()

    return asyncio.run(pull())


def failure(driver: str, answer: Answer, **settings: Any) -> AppSamuraiError:
    """What a pull answered by `answer` raises; it must be an AppSamuraiError."""
    with pytest.raises(AppSamuraiError) as caught:
        fetch(driver, answer, **settings)
    return caught.value


def texts_of(obj: Any, depth: int = 0, seen: set[int] | None = None) -> list[str]:
    """Every text `obj` shows or holds: str, repr, args, attributes, and the same of every
    exception chained to it, recursively; httpx objects by URL, headers and body."""
    seen = set() if seen is None else seen
    if obj is None or id(obj) in seen or depth > 12 or isinstance(obj, (int, float, bool)):
        return []
    seen.add(id(obj))
    if isinstance(obj, str):
        return [obj]
    if isinstance(obj, (bytes, bytearray)):
        return [bytes(obj).decode("latin-1")]
    if isinstance(obj, (httpx.Request, httpx.Response)):
        found = [repr(obj), repr(obj.headers)]
        request = obj if isinstance(obj, httpx.Request) else obj._request
        found += [str(request.url)] if request is not None else []
        return found + ([obj.content.decode("latin-1")] if hasattr(obj, "_content") else [])
    found = [repr(obj)]
    if isinstance(obj, BaseException):
        found.append(str(obj))
        parts: list[Any] = [obj.args, vars(obj), obj.__cause__, obj.__context__]
    elif isinstance(obj, dict):
        parts = [item for pair in obj.items() for item in pair]
    elif isinstance(obj, (list, tuple, set, frozenset)):
        parts = list(obj)
    else:
        parts = [vars(obj)] if hasattr(obj, "__dict__") and not isinstance(obj, type) else []
    for part in parts:
        found += texts_of(part, depth + 1, seen)
    return found


def assert_keeps_no_token(error: BaseException) -> None:
    texts = texts_of(error)
    texts.append(pickle.dumps(error).decode("latin-1"))
    texts += traceback.format_exception(error)
    leaks = [text for text in texts if TOKEN in text]
    assert leaks == [], f"the token shows in {leaks[:3]}"


def assert_in_the_family(error: AppSamuraiError) -> None:
    assert isinstance(error, errors.Integr8Error)  # "anything from the SDK" is still one except
    assert not isinstance(error, errors.APIError)  # ... but Integr8's request errors are Integr8's
    assert error.__cause__ is None and error.__context__ is None  # nothing chained: see _errors
    assert str(error).startswith("AppSamurai campaign pull: ")
    assert_keeps_no_token(error)
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is type(error) and str(again) == str(error) and again.args == error.args
    assert vars(again) == vars(error)


DRIVERS = pytest.mark.parametrize("driver", ["sync", "async"])


# -- no answer ---------------------------------------------------------------------------------


@DRIVERS
def test_a_refused_connection_is_an_appsamurai_connection_error(driver: str) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError(f"could not reach {request.url}", request=request)  # quotes the token

    error = failure(driver, refuse, max_retries=1)
    assert type(error) is AppSamuraiConnectionError
    assert str(error) == f"AppSamurai campaign pull: Connection error: ConnectError ({PULL_PATH})"
    assert_in_the_family(error)


@DRIVERS
def test_a_timeout_is_an_appsamurai_timeout_error(driver: str) -> None:
    def too_slow(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout(f"timed out reading {request.url}", request=request)

    error = failure(driver, too_slow, max_retries=0)
    assert type(error) is AppSamuraiTimeoutError and isinstance(error, AppSamuraiConnectionError)
    assert "timed out" in str(error) and PULL_PATH in str(error)
    assert_in_the_family(error)


# -- an error status ---------------------------------------------------------------------------


def answering(status: int, headers: dict[str, str] | None = None) -> Answer:
    """An error answer that echoes the token back, in its body and in a URL header."""

    def answer(request: httpx.Request) -> httpx.Response:
        body = {"message": f"no pull for token {TOKEN}", "url": URL}
        return httpx.Response(status, json=body, headers={"Location": URL, **(headers or {})})

    return answer


@DRIVERS
@pytest.mark.parametrize(
    ("status", "kind"),
    [
        (302, AppSamuraiStatusError),  # redirects are not followed
        (400, AppSamuraiStatusError),
        (401, AppSamuraiAuthenticationError),
        (403, AppSamuraiAuthenticationError),
        (404, AppSamuraiNotFoundError),
        (500, AppSamuraiServerError),
        (502, AppSamuraiServerError),
    ],
)
def test_an_error_status_is_an_appsamurai_status_error_of_its_kind(
    driver: str, status: int, kind: type[AppSamuraiStatusError]
) -> None:
    error = failure(driver, answering(status), max_retries=0)
    assert type(error) is kind and isinstance(error, AppSamuraiStatusError)
    assert error.status_code == status and error.retry_after is None
    assert str(error).startswith(f"AppSamurai campaign pull: {status} ")
    assert PULL_PATH in str(error) and "no pull for token ***" in str(error)
    assert error.body == {
        "message": "no pull for token ***",
        "url": "https://api.appsamurai.com/api/campaign-pull/list/***",
    }
    assert_in_the_family(error)


def test_refusals_say_what_to_do_about_the_token() -> None:
    refused = failure("sync", answering(401), max_retries=0)
    assert "AppSamurai refused the token in the pull URL" in str(refused)
    unknown = failure("sync", answering(404), max_retries=0)
    assert "AppSamurai knows no pull at this URL" in str(unknown)


@DRIVERS
def test_a_rate_limit_is_an_appsamurai_rate_limit_error_with_its_wait(driver: str) -> None:
    error = failure(driver, answering(429, {"Retry-After": "3600"}))  # too long to wait: at once
    assert type(error) is AppSamuraiRateLimitError
    assert error.status_code == 429 and error.retry_after == 3600.0
    assert "asks to wait 3600s" in str(error)
    assert_in_the_family(error)


@DRIVERS
def test_a_server_error_is_retried_then_an_appsamurai_server_error(driver: str) -> None:
    seen: list[httpx.Request] = []
    busy = answering(503, {"Retry-After": "1"})

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return busy(request)

    error = failure(driver, answer, max_retries=2)
    assert len(seen) == 3
    assert type(error) is AppSamuraiServerError and error.status_code == 503 and error.retry_after == 1.0
    assert_in_the_family(error)


# -- a 2xx that is not a pull ------------------------------------------------------------------


def ok(content: bytes, **headers: str) -> Answer:
    def answer(request: httpx.Request) -> httpx.Response:
        merged = {"Content-Type": "application/json", **headers}
        return httpx.Response(200, headers=merged, stream=httpx.ByteStream(content))

    return answer


@DRIVERS
@pytest.mark.parametrize(
    ("content", "headers", "says"),
    [
        (b"<html>maintenance</html>", {}, "the body is not JSON"),
        (b"[" * 100_000, {}, "the body is not JSON"),  # nested past what the parser can follow
        (b'{"status": "ok"}', {}, "expected a JSON array of campaigns"),
        (ONE_CAMPAIGN, {"Content-Encoding": "gzip"}, "Content-Encoding: gzip"),  # mislabelled
    ],
    ids=["html", "too-deep", "no-list", "mislabelled"],
)
def test_an_answer_that_is_not_a_pull_is_an_appsamurai_response_error(
    driver: str, content: bytes, headers: dict[str, str], says: str
) -> None:
    error = failure(driver, ok(content, **headers))
    assert type(error) is AppSamuraiResponseError
    assert error.status_code == 200 and says in str(error)
    assert_in_the_family(error)


@DRIVERS
def test_a_pull_over_the_byte_limit_is_an_appsamurai_response_too_large_error(driver: str) -> None:
    error = failure(driver, ok(b"[" + b" " * 200 + b"]"), max_response_bytes=100)
    assert type(error) is AppSamuraiResponseTooLargeError and isinstance(error, AppSamuraiResponseError)
    assert error.limit == 100 and error.status_code == 200 and "max_response_bytes=100" in str(error)
    assert_in_the_family(error)


def test_a_gzip_pull_is_still_read() -> None:
    """The mislabelled case above fails for its label, not for being gzip."""
    pulled = fetch("sync", ok(gzip.compress(ONE_CAMPAIGN), **{"Content-Encoding": "gzip"}))
    assert [c.campaign_id for c in pulled.campaigns] == [7]


# -- the unreadable campaign -------------------------------------------------------------------


@DRIVERS
def test_an_unreadable_campaign_is_reported_as_a_member_of_the_family(driver: str) -> None:
    body = b'[{"campaign_id": "12x"},' + ONE_CAMPAIGN[1:]
    pulled = fetch(driver, ok(body))
    assert [c.campaign_id for c in pulled.campaigns] == [7]
    (problem,) = pulled.errors
    assert isinstance(problem, CampaignParseError) and isinstance(problem, AppSamuraiError)
    assert isinstance(problem, ValueError) and not isinstance(problem, errors.APIError)
    again = pickle.loads(pickle.dumps(problem))
    assert type(again) is CampaignParseError and str(again) == str(problem)
    assert (again.index, again.campaign_id, again.field, again.raw) == (0, "12x", "campaign_id", {"campaign_id": "12x"})
    with pytest.raises(AppSamuraiError, match="expected an object"):
        parse_campaign("not an object")


def test_a_skipped_campaign_that_quotes_the_token_is_logged_without_it(caplog: pytest.LogCaptureFixture) -> None:
    body = b'[{"campaign_id": 1, "daily_cap": "' + TOKEN.encode() + b'"},' + ONE_CAMPAIGN[1:]
    with caplog.at_level(logging.WARNING, logger="integr8.appsamurai"):
        pulled = fetch("sync", ok(body))
    assert len(pulled.errors) == 1
    assert any("Skipped a malformed AppSamurai campaign" in r.getMessage() for r in caplog.records)
    assert all(TOKEN not in caplog.handler.format(r) for r in caplog.records)


# -- the tree ----------------------------------------------------------------------------------


def family() -> list[type[AppSamuraiError]]:
    from integr8.appsamurai import _errors

    found = [getattr(_errors, name) for name in _errors.__all__]
    return [cls for cls in found if isinstance(cls, type) and issubclass(cls, AppSamuraiError)]


@pytest.mark.parametrize("cls", family(), ids=lambda cls: cls.__name__)
def test_every_class_of_the_family_is_exported_drawn_and_pickles(cls: type[AppSamuraiError]) -> None:
    import inspect

    import integr8.appsamurai as package
    from integr8.appsamurai import _errors

    assert getattr(package, cls.__name__) is cls and cls.__name__ in package.__all__
    assert f"── {cls.__name__} " in (_errors.__doc__ or "")  # in the drawn tree
    values = {"status_code": 418, "limit": 10, "body": {"message": "no"}, "retry_after": 2.5, "index": 3}
    params = inspect.signature(cls.__init__).parameters
    error = cls("what failed", **{k: v for k, v in values.items() if k in params})
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is cls and str(again) == str(error) and vars(again) == vars(error)


def test_the_family_is_all_there() -> None:
    assert len(family()) == 11


# -- not in the family -------------------------------------------------------------------------


def test_settings_mistakes_stay_configuration_errors() -> None:
    """Decided in `_errors`: the caller's mistake, found before any request, whichever service."""
    for make in (lambda: AppSamurai(None), lambda: AppSamurai(URL, max_retries=-1)):
        with pytest.raises(errors.ConfigurationError) as caught:
            make()
        assert not isinstance(caught.value, AppSamuraiError)


def test_no_log_line_of_a_failing_pull_holds_the_token(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG):
        failure("sync", answering(500), max_retries=2)
    lines = [caplog.handler.format(r) for r in caplog.records]
    assert any(f"Retrying {PULL_PATH}" in line for line in lines)
    assert all(TOKEN not in line for line in lines)


def test_the_token_walk_finds_what_it_looks_for() -> None:
    """The walk is no test if it cannot see: Integr8's error, chained to an httpx error that
    quotes the URL, shows the token."""
    request = httpx.Request("GET", URL)
    try:
        try:
            raise httpx.ConnectError(f"could not reach {URL}", request=request)
        except httpx.ConnectError as exc:
            raise errors.APIConnectionError("Connection error") from exc
    except errors.APIConnectionError as exc:
        with pytest.raises(AssertionError, match="the token shows"):
            assert_keeps_no_token(exc)


# -- the command line --------------------------------------------------------------------------


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch) -> Callable[..., Any]:
    """`integr8 appsamurai campaigns` against `answer`, without waiting between retries."""
    import time

    from test_cli import run

    from integr8.testing import ManualClock, Sandbox

    for name in ("INTEGR8_API_KEY", "INTEGR8_BASE_URL", "APPSAMURAI_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("APPSAMURAI_URL", URL)
    monkeypatch.setattr(time, "sleep", lambda seconds: None)
    sb = Sandbox(seed=0, clock=ManualClock())

    def invoke(answer: Answer) -> Any:
        result = run(sb, "appsamurai", "campaigns", seams={"appsamurai_transport": httpx.MockTransport(answer)})
        assert TOKEN not in result.output
        return result

    return invoke


@pytest.mark.parametrize(
    ("answer", "says"),
    [
        (answering(401), "AppSamurai refused the token"),
        (answering(403), "AppSamurai refused the token"),
        (answering(404), "AppSamurai knows no pull at this URL"),
    ],
    ids=["401", "403", "404"],
)
def test_cli_a_refused_token_is_exit_1_naming_appsamurai_url(
    cli: Callable[..., Any], answer: Answer, says: str
) -> None:
    result = cli(answer)
    assert result.exit_code == 1, result.output
    assert says in result.stderr and "the URL is APPSAMURAI_URL" in result.stderr
    assert "INTEGR8_API_KEY" not in result.stderr  # AppSamurai's 401 is not about Integr8's key


def test_cli_a_rate_limit_is_exit_1_saying_when_to_try_again(cli: Callable[..., Any]) -> None:
    result = cli(answering(429, {"Retry-After": "3600"}))
    assert result.exit_code == 1, result.output
    assert "error: AppSamurai campaign pull: 429" in result.stderr and "try again after" in result.stderr


@pytest.mark.parametrize(
    ("answer", "says"),
    [
        (answering(500), "500 Internal Server Error: GET /api/campaign-pull/list/***: no pull for token ***; "
         "AppSamurai's side failed, try again later"),
        (ok(b"<html>maintenance</html>"), "the body is not JSON"),
    ],
    ids=["500", "not-json"],
)  # fmt: skip
def test_cli_a_failed_pull_is_exit_1_naming_appsamurai(cli: Callable[..., Any], answer: Answer, says: str) -> None:
    result = cli(answer)
    assert result.exit_code == 1, result.output
    assert f"error: AppSamurai campaign pull: {says}" in result.stderr
    assert "(run with --debug" not in result.stderr  # expected, not a bug


def test_cli_a_connection_failure_is_exit_1_naming_appsamurai_url(cli: Callable[..., Any]) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError(f"could not reach {request.url}", request=request)

    result = cli(refuse)
    assert result.exit_code == 1, result.output
    assert "AppSamurai campaign pull: Connection error" in result.stderr
    assert "APPSAMURAI_URL" in result.stderr and "INTEGR8_BASE_URL" not in result.stderr
