"""The partner's campaign-pull URL, and the secret inside it.

AppSamurai gives each partner one URL, `https://api.appsamurai.com/api/campaign-pull/list/<TOKEN>`,
whose last path segment is the partner's token: whoever has the URL can read the partner's
campaigns. So the URL is checked once, before any request, and the token is what the rest of the
package keeps out of sight (`_redact` masks it in our messages and in httpx's own log lines).

The reference prints the URL with `http://`. Sending a credential in clear text is never what a
user means, and quietly sending the request somewhere else than the URL says is no better (a local
fake on `http://127.0.0.1` would be asked over TLS and fail obscurely), so an `http://` URL is
refused with a message saying what to do, unless `allow_http=True` (`APPSAMURAI_ALLOW_HTTP=1`) says
it is meant: a local fake, say. The scheme is never rewritten.
"""

from __future__ import annotations

from urllib.parse import quote

import attrs
import httpx

from .._constants import ENV_APPSAMURAI_ALLOW_HTTP
from ..errors import ConfigurationError

EXAMPLE = "https://api.appsamurai.com/api/campaign-pull/list/<TOKEN>"
REDACTED = "<redacted>"
# Path segments that are part of the URL's shape, never a token: a URL ending in one lacks it.
_NOT_TOKENS = frozenset({"api", "campaign-pull", "list"})
_PLACEHOLDERS = frozenset({"<token>", "your_api_token", "token", "<api_token>", "{token}"})
MIN_TOKEN_LENGTH = 4  # shorter strings cannot be masked reliably (see integr8._redact)


@attrs.frozen(repr=False)
class Endpoint:
    url: httpx.URL
    token: str

    @property
    def secrets(self) -> tuple[str, ...]:
        """The token as it may appear in text: decoded, percent-encoded, and exactly as the URL
        spells it (httpx keeps the user's escapes, e.g. a lowercase `%2b`). Longest first, so a
        shorter form never masks part of a longer one and leaves the rest showing."""
        raw = self.url.raw_path.decode("ascii", "replace").split("?")[0].rstrip("/").rsplit("/", 1)[-1]
        forms = {self.token, quote(self.token, safe=""), raw}
        return tuple(sorted((f for f in forms if f), key=len, reverse=True))

    @property
    def display(self) -> str:
        """The URL with the token replaced by `<redacted>`: safe for repr and messages."""
        path = self.url.path
        head = path[: path.rstrip("/").rfind("/") + 1]
        tail = "/" if path.endswith("/") else ""
        origin = f"{self.url.scheme}://{self.url.netloc.decode('ascii')}"
        return f"{origin}{head}{REDACTED}{tail}"

    def __repr__(self) -> str:
        return f"Endpoint({self.display!r})"


def parse_endpoint(url: object, *, allow_http: bool = False) -> Endpoint:
    """Check the partner URL and split out its token; ConfigurationError explains what is wrong
    (an `http://` URL among it, unless `allow_http`).

    Error messages never repeat the URL: a mistyped URL still holds the token.
    """
    if url is None or url == "":
        raise ConfigurationError(
            f"No AppSamurai URL. Pass url=... (it looks like {EXAMPLE}) or set APPSAMURAI_URL "
            "and use AppSamurai.from_env(); your AppSamurai account manager provides it."
        )
    if not isinstance(url, (str, httpx.URL)):
        raise ConfigurationError(f"url must be a string, got {type(url).__name__}")
    text = str(url)
    if text != text.strip() or any(c in text for c in "\r\n\t "):
        raise ConfigurationError("the AppSamurai URL contains whitespace; copy it again")
    try:
        parsed = httpx.URL(text)
    except httpx.InvalidURL:
        raise ConfigurationError(f"the AppSamurai URL is not a valid URL (expected {EXAMPLE})") from None
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise ConfigurationError(f"the AppSamurai URL must be an absolute https:// URL like {EXAMPLE}")
    if parsed.fragment:
        raise ConfigurationError("the AppSamurai URL must not have a #fragment")
    segments = [s for s in parsed.path.split("/") if s]
    token = segments[-1] if segments else ""
    if not token or token.lower() in _NOT_TOKENS:
        raise ConfigurationError(f"the AppSamurai URL has no token: it must end with your token, like {EXAMPLE}")
    if token.lower() in _PLACEHOLDERS:
        raise ConfigurationError("the AppSamurai URL still holds the documentation's placeholder instead of your token")
    if len(token) < MIN_TOKEN_LENGTH:
        raise ConfigurationError(
            f"the AppSamurai URL's token is shorter than {MIN_TOKEN_LENGTH} characters; "
            "check the URL your account manager sent"
        )
    if parsed.scheme == "http" and not allow_http:
        port = None if parsed.port in (None, 80) else parsed.port
        secure = Endpoint(url=parsed.copy_with(scheme="https", port=port), token=token).display
        raise ConfigurationError(
            "the AppSamurai URL is plain http://: your token would travel unencrypted. Use https:// "
            f"({secure}), or, for a local fake, pass allow_http=True (or set {ENV_APPSAMURAI_ALLOW_HTTP}=1)"
        )
    return Endpoint(url=parsed, token=token)
