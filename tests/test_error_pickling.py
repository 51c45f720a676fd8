"""Every public SDK error pickles and round-trips, without a key, token or signed URL (issue 15).

`ProcessPoolExecutor` and `multiprocessing.Pool` hand errors back by pickling them; an error that
cannot be rebuilt turns into `BrokenProcessPool` or a hang.
"""

from __future__ import annotations

import pickle
from concurrent.futures import ProcessPoolExecutor

import httpx
import pytest

from integr8 import Integr8, errors
from integr8.appsamurai import AppSamurai

KEY = "live_key_5f4e3d2c1b0a99887766"
TOKEN = "tokPickle0123456789abcdefXYZ"
APPSAMURAI_URL = f"https://api.appsamurai.test/api/campaign-pull/list/{TOKEN}"
SIGNATURE = "sig0a1b2c3d4e5f60718293a4b5c6d7e8f"


def _response(status: int, **kw: object) -> httpx.Response:
    request = httpx.Request("GET", "https://api.integr8.test/api/v2/offers", headers={"API-KEY": KEY})
    response = httpx.Response(status, request=request, **kw)  # type: ignore[arg-type]
    response.read()
    return response


def examples() -> dict[str, errors.Integr8Error]:
    """One instance of every public error class, built as the SDK builds it."""
    request = httpx.Request("GET", "https://api.integr8.test/api/v2/offers", headers={"API-KEY": KEY})
    ok = _response(200, json={"data": []})
    out: dict[str, errors.Integr8Error] = {
        "Integr8Error": errors.Integr8Error("something"),
        "ConfigurationError": errors.ConfigurationError("bad setting"),
        "InvalidUpdatesError": errors.InvalidUpdatesError([(0, "tx_id is missing")]),
        "APIError": errors.APIError("the request failed", request=request, body={"message": "no"}),
        "APIConnectionError": errors.APIConnectionError("Connection error: ConnectError", request=request),
        "APITimeoutError": errors.APITimeoutError(request=request, detail="slow"),
        "APIResponseValidationError": errors.APIResponseValidationError("odd body", response=ok),
        "ResponseTooLargeError": errors.ResponseTooLargeError(response=ok, limit=10),
        "PaginationError": errors.PaginationError("x", operation="offers.list_offers"),
        "ListingChangedError": errors.ListingChangedError("x", operation="offers.list_offers"),
        "CursorLoopError": errors.CursorLoopError("x", operation="reports.get_click_report"),
        "VerificationError": errors.VerificationError(_Report()),
        "ExportError": errors.ExportError("x", export_id="e1"),
        "ExportFailedError": errors.ExportFailedError(export_id="e1", status="ERROR", error="too many rows"),
        "ExportTimeoutError": errors.ExportTimeoutError(export_id="e1", timeout=5, status="PENDING"),
        "DownloadError": errors.DownloadError("cut short", export_id="e1"),
        "ArtifactError": errors.ArtifactError("bad crc", export_id="e1"),
    }
    for status in (400, 401, 402, 403, 404, 409, 429, 503):
        error = errors.status_error(_response(status, json={"message": "no"}, headers={"Retry-After": "7"}), (KEY,))
        out.setdefault(type(error).__name__, error)
    for name in errors.__all__:
        if name not in out:
            cls = getattr(errors, name)
            out[name] = _build_other(cls)
    return out


class _Report:
    def summary(self) -> str:
        return "1 unsettled"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Report)


def _build_other(cls: type) -> errors.Integr8Error:
    """Classes whose constructors take domain values (updates, plans): built from their own
    keyword names with plain values, so a new class is covered without new code here."""
    import inspect

    kwargs = {}
    for name, param in inspect.signature(cls.__init__).parameters.items():
        if name == "self" or param.default is not inspect.Parameter.empty:
            continue
        if param.kind is inspect.Parameter.KEYWORD_ONLY:
            kwargs[name] = {
                "cause": errors.APIConnectionError("lost"),
                "deactivations": 5,
                "live": 10,
                "max_share": 0.2,
            }.get(name, [])
    return cls(**kwargs)


@pytest.mark.parametrize("name", errors.__all__)
def test_every_public_error_pickles_and_round_trips(name):
    error = examples()[name]
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is type(error)
    assert str(again) == str(error)
    for attribute in ("status_code", "retry_after", "export_id", "operation", "status", "error", "problems"):
        if hasattr(error, attribute):
            assert getattr(again, attribute) == getattr(error, attribute), attribute
    if isinstance(error, errors.APIStatusError):
        assert again.response.status_code == error.response.status_code and again.body == error.body
    assert KEY.encode() not in pickle.dumps(error), "the API key never travels in a pickle"


def _raise_rate_limited() -> None:
    raise errors.status_error(_response(429, json={"message": "slow down"}, headers={"Retry-After": "30"}))


def test_an_error_raised_in_a_process_pool_reaches_the_caller():
    with ProcessPoolExecutor(max_workers=1) as pool:
        future = pool.submit(_raise_rate_limited)
        with pytest.raises(errors.RateLimitError) as caught:
            future.result(timeout=60)
    assert caught.value.retry_after == 30.0


def test_errors_of_clients_carry_no_secret_in_any_attribute_or_pickle():
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    with AppSamurai(url=APPSAMURAI_URL, transport=httpx.MockTransport(refuse), max_retries=0) as apps:
        with pytest.raises(errors.Integr8Error) as pulled:
            apps.fetch()
    client = Integr8(api_key=KEY, base_url="https://api.integr8.test", transport=httpx.MockTransport(refuse))
    with pytest.raises(errors.APIConnectionError) as called:
        client.offers.list_offers(integration_id="i1")
    for error in (pulled.value, called.value):
        dumped = pickle.dumps(error)
        assert TOKEN.encode() not in dumped and KEY.encode() not in dumped
        shown = " ".join([repr(error), str(error), repr(vars(error)), repr(getattr(error, "request", None))])
        assert TOKEN not in shown and KEY not in shown


def test_a_secret_the_server_echoes_is_masked_in_every_attribute_and_the_pickle():
    """A 401 quoting the key, a redirect to a signed URL, an export answer holding a guest token:
    what the error keeps (`.body`, `.response` content and headers) is masked too (review finding)."""
    echoed = {"message": f"invalid key {KEY}", "url": f"https://files.test/a.zip?signature={SIGNATURE}"}
    response = _response(401, json=echoed, headers={"Location": f"https://files.test/a.zip?signature={SIGNATURE}"})
    error = errors.status_error(response, (KEY,))
    dumped = pickle.dumps(error)
    for secret in (KEY, SIGNATURE):
        assert secret.encode() not in dumped
        assert secret not in repr(error.body) and secret not in error.response.text
        assert secret not in str(error.response.headers)
    assert error.body["message"].startswith("invalid key ")  # the shape and the rest stay


def test_an_unparseable_answer_keeps_no_signed_url():
    body = {"url": f"https://files.test/a.zip?Signature={SIGNATURE}&guest_token=x", "guest_token": "gt-secret-value"}
    error = errors.APIResponseValidationError("odd", response=_response(200, json=body))
    assert SIGNATURE not in error.response.text and "gt-secret-value" not in error.response.text
