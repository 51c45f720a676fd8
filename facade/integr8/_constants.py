"""The SDK's defaults and the names of its environment variables, in one place.

Why one module: the clients, the CLI and the docs must agree on them; a default changed here is
changed everywhere (openai-python keeps its `_constants.py` for the same reason).
"""

from __future__ import annotations

# Inferred, as the spec's `servers` says: the only API host in any public Integr8 material is this one,
# in a knowledge-base curl example (docs/offers/product-feeds.md in luismgoyone/integr8-docs) of the
# Publisher API; that the network API answers on the same host is likely but not shown.
DEFAULT_BASE_URL = "https://api.app.integr8.co"
DEFAULT_TIMEOUT = 30.0  # seconds: an attempt's whole answer (see `integr8._http`)
DEFAULT_MAX_RETRIES = 3
DEFAULT_MAX_RESPONSE_BYTES = 64 << 20  # 64 MiB: a page of 1,000 offers is ~2 MiB
MAX_DOWNLOAD_BYTES = 4 << 30  # 4 GiB: only for hosts that do not send Content-Length

ENV_API_KEY = "INTEGR8_API_KEY"
ENV_BASE_URL = "INTEGR8_BASE_URL"
ENV_ALLOW_HTTP = "INTEGR8_ALLOW_HTTP"  # "1", "true" or "yes": a plain-http base URL is allowed
ENV_INTEGRATION = "INTEGR8_INTEGRATION_ID"
ENV_APPSAMURAI_URL = "APPSAMURAI_URL"
ENV_APPSAMURAI_ALLOW_HTTP = "APPSAMURAI_ALLOW_HTTP"  # as ENV_ALLOW_HTTP, for a plain-http APPSAMURAI_URL

TRUE_WORDS = frozenset({"1", "true", "yes", "on"})
