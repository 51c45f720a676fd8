"""Keeping the AppSamurai token out of vcrpy cassettes.

A cassette stores each request's full URI, and AppSamurai's URI *is* the credential. vcrpy runs
`before_record_request` both when recording and when matching a request against the cassette,
so masking the token there gives cassettes that hold `***` in its place and still play back for
the real URL. Response bodies are scrubbed too: registered secrets, the values of signed-URL
parameters (the Download Center's artifact URL answer holds one) and export guest tokens.

    import vcr
    from integr8.appsamurai import vcr_config
    with vcr.use_cassette("pull.yaml", **vcr_config()):
        apps.campaigns()

The masking is the SDK's (`integr8._redact`): every secret a live client has registered, which
includes the token of every `AppSamurai` and the key of every `Integr8` in the process.
"""

from __future__ import annotations

from typing import Any

from .._redact import redact, scrub_recorded

__all__ = ["vcr_config"]


def redact_request(request: Any) -> Any:
    """vcrpy `before_record_request`: the URI with every registered secret masked."""
    request.uri = redact(request.uri)
    return request


def _mask_secrets(text: str) -> str:
    # A recorded body keeps its URLs' shape; only the secret values go (signed-URL parameters,
    # guest tokens, registered secrets: `integr8._redact.scrub_recorded`).
    return scrub_recorded(text)


def redact_response(response: dict[str, Any]) -> dict[str, Any]:
    """vcrpy `before_record_response`: the body with every registered secret masked."""
    body = response.get("body") or {}
    text = body.get("string")
    if isinstance(text, bytes):
        try:
            decoded = text.decode("utf-8")
        except UnicodeDecodeError:
            return response
        masked = _mask_secrets(decoded)
        if masked != decoded:
            body["string"] = masked.encode("utf-8")
    elif isinstance(text, str):
        body["string"] = _mask_secrets(text)
    return response


def vcr_config(**overrides: Any) -> dict[str, Any]:
    """Keyword arguments for `vcr.VCR(...)` / `vcr.use_cassette(...)` that keep secrets out."""
    config: dict[str, Any] = {
        "before_record_request": redact_request,
        "before_record_response": redact_response,
        "filter_headers": ["API-KEY", "Authorization"],
    }
    config.update(overrides)
    return config
