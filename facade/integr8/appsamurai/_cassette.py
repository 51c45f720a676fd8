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


_URL_HEADERS = ("location", "content-location", "link", "refresh", "set-cookie")


def redact_response(response: dict[str, Any]) -> dict[str, Any]:
    """vcrpy `before_record_response`: the body and the URL-carrying headers (a redirect's
    `Location` to a presigned URL) with every secret masked. Bodies arrive decoded
    (`decode_compressed_response` in `vcr_config`); text that is not UTF-8 is scrubbed as
    Latin-1, which maps every byte to one character and back, so nothing escapes unscrubbed."""
    headers = response.get("headers") or {}
    for name in list(headers):
        if name.lower() in _URL_HEADERS:
            headers[name] = [_mask_secrets(v) for v in headers[name]]
    body = response.get("body") or {}
    text = body.get("string")
    if isinstance(text, bytes):
        try:
            decoded, encoding = text.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            decoded, encoding = text.decode("latin-1"), "latin-1"
        masked = _mask_secrets(decoded)
        if masked != decoded:
            body["string"] = masked.encode(encoding)
    elif isinstance(text, str):
        body["string"] = _mask_secrets(text)
    return response


def vcr_config(**overrides: Any) -> dict[str, Any]:
    """Keyword arguments for `vcr.VCR(...)` / `vcr.use_cassette(...)` that keep secrets out."""
    config: dict[str, Any] = {
        "before_record_request": redact_request,
        "before_record_response": redact_response,
        "filter_headers": ["API-KEY", "Authorization"],
        # Bodies are stored decoded, so a gzip answer is scrubbed like any other.
        "decode_compressed_response": True,
    }
    config.update(overrides)
    return config
