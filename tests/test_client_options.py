"""Configuration (issue 16): arguments left None read the environment, `retry=` takes a public
`RetryPolicy`, `with_options` derives a client, and the defaults live in `integr8._constants`."""

from __future__ import annotations

import httpx
import pytest

from integr8 import AsyncIntegr8, ConfigurationError, Integr8, RetryPolicy
from integr8 import _constants as defaults
from integr8._client import core_of
from integr8.testing import AsyncSandboxTransport, Sandbox, SandboxTransport

KEY = "env_key_0123456789abcdef"


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in (defaults.ENV_API_KEY, defaults.ENV_BASE_URL, defaults.ENV_ALLOW_HTTP):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


@pytest.mark.parametrize("cls", [Integr8, AsyncIntegr8])
def test_arguments_left_out_are_read_from_the_environment(cls, clean_env):
    clean_env.setenv(defaults.ENV_API_KEY, KEY)
    clean_env.setenv(defaults.ENV_BASE_URL, "http://127.0.0.1:8080")
    with pytest.raises(ConfigurationError, match="plain http"):
        cls()  # INTEGR8_ALLOW_HTTP not set: an http base URL is refused
    clean_env.setenv(defaults.ENV_ALLOW_HTTP, "1")
    client = cls()
    assert str(client.base_url) == "http://127.0.0.1:8080" and client._api_key == KEY
    from_env = cls.from_env()
    assert str(from_env.base_url) == "http://127.0.0.1:8080"  # from_env honours INTEGR8_ALLOW_HTTP too
    explicit = cls(api_key="given_key_0123456789", base_url="https://example.test", allow_http=False)
    assert str(explicit.base_url) == "https://example.test" and explicit._api_key == "given_key_0123456789"


def test_without_environment_the_defaults_apply_and_a_missing_key_says_how(clean_env):
    with pytest.raises(ConfigurationError, match="INTEGR8_API_KEY"):
        Integr8()
    client = Integr8(api_key=KEY)
    assert str(client.base_url) == defaults.DEFAULT_BASE_URL
    assert client.max_retries == defaults.DEFAULT_MAX_RETRIES
    assert client.timeout.read == defaults.DEFAULT_TIMEOUT


def test_a_retry_policy_is_public_and_accepted_as_retry():
    policy = RetryPolicy(max_retries=1, base_delay=0.0, max_delay=0.0)
    client = Integr8(api_key=KEY, retry=policy)
    assert client._policy is policy and client.max_retries == 1
    assert Integr8(api_key=KEY, retry=policy, max_retries=1).max_retries == 1
    with pytest.raises(ConfigurationError, match="disagrees"):
        Integr8(api_key=KEY, retry=policy, max_retries=3)
    with pytest.raises(ConfigurationError, match="RetryPolicy"):
        Integr8(api_key=KEY, retry=3)  # type: ignore[arg-type]


def test_with_options_derives_a_client_that_behaves_as_told():
    from integr8 import ServerError
    from integr8.testing import Fault

    sb = Sandbox(seed=0)
    client = Integr8(api_key=sb.api_key, base_url=sb.base_url, transport=SandboxTransport(sb), max_retries=2)
    core_of(client).sleep = lambda seconds: None
    patient = client.with_options(timeout=120)
    assert patient.timeout.read == 120 and patient.max_retries == 2 and str(patient.base_url) == sb.base_url
    hasty = client.with_options(max_retries=0)
    core_of(hasty).sleep = lambda seconds: None
    sb.inject(Fault(status=503, operation="listUsers", times=None))
    with pytest.raises(ServerError):
        hasty.users.list_users()
    assert sum(1 for r in sb.requests if r.operation_id == "listUsers") == 1  # no retry
    with pytest.raises(ServerError):
        client.users.list_users()
    assert sum(1 for r in sb.requests if r.operation_id == "listUsers") == 1 + 3  # the original still retries
    with pytest.raises(ConfigurationError, match="unknown option"):
        client.with_options(timout=5)


async def test_async_with_options():
    sb = Sandbox(seed=0)
    client = AsyncIntegr8(api_key=sb.api_key, base_url=sb.base_url, transport=AsyncSandboxTransport(sb))
    derived = client.with_options(max_retries=0)
    assert isinstance(derived, AsyncIntegr8) and derived.max_retries == 0
    assert (await derived.users.list_users()).data
    await client.close()
    await derived.close()


# -- http_client=: the user's own httpx client (proxies, limits, certificates) -----------------


def _seen(log: list[httpx.Request]):
    def hook(request: httpx.Request) -> None:
        log.append(request)

    return hook


def test_an_http_client_given_carries_every_api_call_with_the_sdks_key_url_and_timeout():
    sb = Sandbox()
    integration = sb.integration_id
    sent: list[httpx.Request] = []
    own = httpx.Client(transport=SandboxTransport(sb), event_hooks={"request": [_seen(sent)]}, timeout=99)
    client = Integr8(api_key=sb.api_key, base_url=sb.base_url, http_client=own, timeout=7)
    page = client.offers.list_offers(integration_id=integration)
    assert page.meta is not None and sent, "the call went through the given client"
    request = sent[-1]
    assert str(request.url).startswith(sb.base_url + "/api/v2/integrations/")
    assert request.headers["API-KEY"] == sb.api_key and request.headers["User-Agent"].startswith("integr8-py/")
    assert request.extensions["timeout"]["read"] == 7  # the SDK's timeout, not the client's 99
    client.close()
    assert not own.is_closed  # the caller's client is the caller's to close
    own.close()


def test_an_http_client_that_follows_redirects_still_never_follows_one_on_an_api_call():
    """A redirect would carry the API-KEY header to wherever it points: API calls never follow."""
    hosts: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        hosts.append(request.url.host)
        return httpx.Response(302, headers={"Location": "https://elsewhere.test/x"}, request=request)

    own = httpx.Client(transport=httpx.MockTransport(answer), follow_redirects=True)
    client = Integr8(api_key=KEY, base_url="https://api.test", http_client=own, max_retries=0)
    with pytest.raises(Exception) as caught:
        client.offers.get_offer("i", "1")
    assert hosts == ["api.test"] and KEY not in str(caught.value)


@pytest.mark.asyncio
async def test_an_async_http_client_given_carries_the_calls():
    sb = Sandbox()
    integration = sb.integration_id
    sent: list[httpx.Request] = []

    async def hook(request: httpx.Request) -> None:
        sent.append(request)

    own = httpx.AsyncClient(transport=AsyncSandboxTransport(sb), event_hooks={"request": [hook]})
    client = AsyncIntegr8(api_key=sb.api_key, base_url=sb.base_url, http_client=own)
    page = await client.offers.list_offers(integration_id=integration)
    assert page.meta is not None and len(sent) == 1
    await client.close()
    assert not own.is_closed
    await own.aclose()


@pytest.mark.parametrize(
    "make, problem",
    [
        (lambda: httpx.AsyncClient(), "must be an httpx.Client"),
        (lambda: httpx.Client(auth=("u", "p")), "credentials of its own"),
        (lambda: httpx.Client(headers={"Authorization": "Bearer x"}), "authorization"),
        (lambda: httpx.Client(headers={"API-KEY": "other"}), "api-key"),
    ],
)
def test_an_http_client_that_cannot_carry_the_calls_is_refused_before_any_request(make, problem):
    with pytest.raises(ConfigurationError, match=problem):
        Integr8(api_key=KEY, http_client=make())


def test_transport_and_http_client_together_are_refused():
    with pytest.raises(ConfigurationError, match="not both"):
        Integr8(api_key=KEY, transport=httpx.MockTransport(lambda r: httpx.Response(200)), http_client=httpx.Client())


def test_with_options_keeps_the_given_http_client():
    own = httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(200, json={})))
    client = Integr8(api_key=KEY, base_url="https://api.test", http_client=own)
    assert client.with_options(timeout=5)._http is own
