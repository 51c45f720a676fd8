"""Configuration (issue 16): arguments left None read the environment, `retry=` takes a public
`RetryPolicy`, `with_options` derives a client, and the defaults live in `integr8._constants`."""

from __future__ import annotations

import pytest

from integr8 import AsyncIntegr8, ConfigurationError, Integr8, RetryPolicy
from integr8 import _constants as defaults
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
    client._sleep = lambda seconds: None
    patient = client.with_options(timeout=120)
    assert patient.timeout.read == 120 and patient.max_retries == 2 and str(patient.base_url) == sb.base_url
    hasty = client.with_options(max_retries=0)
    hasty._sleep = lambda seconds: None
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
