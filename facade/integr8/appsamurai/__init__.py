"""AppSamurai's campaign pull, and running its campaigns as Integr8 offers.

    from integr8 import Integr8
    from integr8.appsamurai import AppSamurai, apply_sync, diff_campaigns, plan_sync

    apps = AppSamurai.from_env()                  # APPSAMURAI_URL: the partner's pull URL
    campaigns = apps.campaigns()                  # every active campaign, typed
    changes = diff_campaigns(previous, campaigns) # .added, .changed (+ fields), .removed

    with Integr8.from_env() as client:
        plan = plan_sync(campaigns, client, integration_id="...", advertiser_id=42)
        print(plan)                               # a dry run
        apply_sync(plan, client)

AppSamurai gives each partner one URL holding the partner's token; it returns every active
campaign, and a campaign that disappears has been disabled by its advertiser. Partners are told
to pull hourly. The token is a secret: it is masked in logs (ours and httpx's), in exception
messages and in `repr`, and `vcr_config()` keeps it out of cassettes. An `http://` URL, as the
reference prints it, is refused with a message (use `https://`) unless `allow_http=True` or
`APPSAMURAI_ALLOW_HTTP=1` (a local fake); the scheme is never rewritten.

Errors: a failed pull raises AppSamurai's own family, never Integr8's request errors, so a
program can tell which service failed (`except integr8.errors.Integr8Error` still catches both):

    Integr8Error
    └── AppSamuraiError
        ├── AppSamuraiConnectionError      no HTTP answer
        │   └── AppSamuraiTimeoutError     not the whole answer within `timeout`
        ├── AppSamuraiStatusError          non-2xx; `.status_code`, `.retry_after`, `.body`
        │   ├── AppSamuraiAuthenticationError (401, 403), AppSamuraiNotFoundError (404),
        │   └── AppSamuraiRateLimitError (429), AppSamuraiServerError (5xx)
        ├── AppSamuraiResponseError        a 2xx that is not a campaign list
        │   └── AppSamuraiResponseTooLargeError
        └── CampaignParseError             one unreadable campaign, reported in the pull

A bad URL or setting is `integr8.errors.ConfigurationError`, raised before any request (see
`_errors` for why, and for what the sync raises).

Modules, one job each: `_models` (the attrs classes), `_parse` (tolerant JSON reading),
`_endpoint` (the URL and its token), `_client` (fetching), `_errors` (what a failed pull
raises: `AppSamuraiError` and its subclasses, apart from Integr8's), `_diff` (comparing pulls),
`_mapping` (campaign -> offer bodies, pure), `_state` (reading Integr8), `_plan` and `_apply`
(the sync), `_cassette` (vcrpy redaction).

How a campaign becomes an offer, and why
----------------------------------------
- Offer `name`: the campaign name; for rewarded campaigns `"<app title>: <offer_name>"`,
  because `offer_name` alone ("Reach Distance 1200 m") does not say which app.
- `description`: what a publisher needs to promote it (app, category, store URL, platform,
  devices, incent or not, countries with cities, conversion requirement, caps, end date,
  sub-publisher black/white lists, AppSamurai's campaign name), then the link lines.
- `currency` "USD": an assumption; the reference names no currency and AppSamurai pays in USD.
- `default_payout`: `payout` = `revenue` = the campaign's revenue, `payout_type` "CPA" (an
  install is the action for CPI), `revenue_type` "RPA". Paying publishers the full revenue is
  the issue's contract; a network that keeps a margin edits payouts in Integr8 per publisher
  (custom payouts) or changes the offer: the next sync only rewrites it when AppSamurai changes.
- `visibility` "Requires_Approval" by default (`plan_sync(visibility=...)`): AppSamurai
  campaigns carry rules (incent or not, sub-publisher lists, caps) a network should check a
  publisher against before it runs the offer.
- `active` true; a campaign that leaves the pull has its offer deactivated (bulk status),
  never deleted, so its statistics and links keep working and it comes back if the campaign
  does.
- One landing page, "AppSamurai tracking URL": `redirect_url` is the tracking URL with
  `ref_id` (AppSamurai's required click id) set to Integr8's click-id macro, replacing any
  value already there; `preview_url` is the store URL. `CLICK_ID_MACRO` = "{transaction_id}"
  is an assumption (the reference does not name Integr8's macros): pass
  `click_id_macro=`. Other required fields (`device_id`) need `field_macros=`; without one
  the plan carries a warning.
- Each event goal becomes an offer event: `name` = `event_name` (the token AppSamurai's
  postbacks carry), `description` = `event_token` (its human definition), `payout` = `revenue`
  = `cpi_bid`, type CPA/RPA. An event whose goal disappears is deactivated.

Where the link lives: in Integr8, as two lines at the end of the offer's description,
`appsamurai_campaign_id=<id>` and `appsamurai_fingerprint=<hash>`. Not in the name, which
publishers see everywhere and networks sort by; not in a local file, which a second machine
would not have. The description is the one free-text field of an offer meant for notes. The
fingerprint hashes everything the sync would send for the campaign, so an unchanged campaign
costs no request beyond the offer listing, and planning again right after applying finds
nothing to do. Offers are found by listing the advertiser's offers (`advertiser_id` is the
spec's documented `eq` filter) and reading the lines back: use an advertiser for AppSamurai
alone; offers without the lines are never touched.
"""

from __future__ import annotations

from ..errors import MassDeactivationError
from ._apply import SyncError, SyncFailure, SyncResult, apply_sync
from ._cassette import vcr_config
from ._client import ENV_URL, AppSamurai, AsyncAppSamurai, CampaignPull
from ._diff import CampaignChange, CampaignDiff, changed_fields, diff_campaigns
from ._errors import (
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
)
from ._mapping import (
    CLICK_ID_MACRO,
    LANDING_PAGE_NAME,
    MappingError,
    OfferSpec,
    SyncSettings,
    offer_spec,
)
from ._models import Campaign, Creative, Creatives, EventGoal
from ._parse import CampaignParseError, loads, parse_campaign, parse_campaigns, unwrap
from ._plan import CampaignPlan, SyncAction, SyncIssue, SyncPlan, plan_sync

__all__ = [
    "MassDeactivationError",
    "AppSamurai",
    "AsyncAppSamurai",
    "ENV_URL",
    "CampaignPull",
    "AppSamuraiError",
    "AppSamuraiConnectionError",
    "AppSamuraiTimeoutError",
    "AppSamuraiStatusError",
    "AppSamuraiAuthenticationError",
    "AppSamuraiNotFoundError",
    "AppSamuraiRateLimitError",
    "AppSamuraiServerError",
    "AppSamuraiResponseError",
    "AppSamuraiResponseTooLargeError",
    "Campaign",
    "Creative",
    "Creatives",
    "EventGoal",
    "CampaignParseError",
    "loads",
    "parse_campaign",
    "parse_campaigns",
    "unwrap",
    "diff_campaigns",
    "changed_fields",
    "CampaignDiff",
    "CampaignChange",
    "CLICK_ID_MACRO",
    "LANDING_PAGE_NAME",
    "MappingError",
    "OfferSpec",
    "SyncSettings",
    "offer_spec",
    "plan_sync",
    "apply_sync",
    "SyncPlan",
    "CampaignPlan",
    "SyncAction",
    "SyncIssue",
    "SyncResult",
    "SyncFailure",
    "SyncError",
    "vcr_config",
]
