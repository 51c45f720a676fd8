"""One campaign as Integr8 should hold it: the offer, its landing page and its events.

Pure functions, no I/O: `offer_spec(campaign, settings)` is the whole mapping, so it can be read
and tested on its own, and `plan_sync` only compares its result with what Integr8 holds. The
choices, and why, are in the package docstring (`integr8.appsamurai`).

The link between a campaign and its offer lives in the offer's description, as two lines the
sync writes and reads back:

    appsamurai_campaign_id=120254
    appsamurai_fingerprint=5d1c...

The fingerprint is a hash of everything the sync would send for the campaign (offer body minus
this line, landing page, events). Equal fingerprints mean there is nothing to do, without
reading the landing page and events of every offer every hour.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import attrs

from ._models import Campaign

__all__ = [
    "CLICK_ID_MACRO",
    "LANDING_PAGE_NAME",
    "VISIBILITIES",
    "Link",
    "MappingError",
    "OfferSpec",
    "SyncSettings",
    "offer_spec",
    "read_link",
    "redirect_url",
    "wire",
]

CLICK_ID_MACRO = "{transaction_id}"
"""Integr8's click-id macro, put in the tracking URL's `ref_id`. An assumption: the reference
does not name Integr8's macros. Override with `plan_sync(..., click_id_macro=...)`."""
LANDING_PAGE_NAME = "AppSamurai tracking URL"
CURRENCY = "USD"  # assumption: the reference names no currency; AppSamurai bills in USD
VISIBILITIES = ("Public", "Private", "Requires_Approval")
DEFAULT_VISIBILITY = "Requires_Approval"
CAMPAIGN_KEY = "appsamurai_campaign_id"
FINGERPRINT_KEY = "appsamurai_fingerprint"
PENDING = "pending"
SEPARATOR = "-- Synced from AppSamurai; the sync reads the lines below, keep them. --"

_CAMPAIGN_LINE = re.compile(rf"^{CAMPAIGN_KEY}=(\d+)[ \t]*$", re.MULTILINE)
_FINGERPRINT_LINE = re.compile(rf"^{FINGERPRINT_KEY}=(\S+)[ \t]*$", re.MULTILINE)


class MappingError(ValueError):
    """The campaign cannot run as an offer (no revenue, no usable tracking URL ...)."""


def _macros(value: Mapping[str, str] | None) -> dict[str, str]:
    return dict(value or {})


@attrs.frozen
class SyncSettings:
    """The choices `plan_sync` takes from its caller; part of every fingerprint."""

    advertiser_id: int
    click_id_macro: str = CLICK_ID_MACRO
    field_macros: Mapping[str, str] = attrs.field(factory=dict, converter=_macros)
    visibility: str = DEFAULT_VISIBILITY

    def __attrs_post_init__(self) -> None:
        if isinstance(self.advertiser_id, bool) or not isinstance(self.advertiser_id, int):
            raise ValueError(f"advertiser_id must be Integr8's numeric advertiser id, got {self.advertiser_id!r}")
        if self.visibility not in VISIBILITIES:
            raise ValueError(f"visibility must be one of {', '.join(VISIBILITIES)}; got {self.visibility!r}")
        for name, macro in {"ref_id": self.click_id_macro, **self.field_macros}.items():
            if not isinstance(macro, str) or not macro or any(c in macro for c in "&#? \t\r\n"):
                raise ValueError(f"macro for {name}: expected a macro like '{{transaction_id}}', got {macro!r}")

    @property
    def url_params(self) -> dict[str, str]:
        """The tracking-URL parameters the sync fills: `ref_id` and any `field_macros`."""
        return {**self.field_macros, "ref_id": self.click_id_macro}


@attrs.frozen
class OfferSpec:
    """What Integr8 should hold for one campaign: request bodies, plus their fingerprint."""

    campaign_id: int
    offer: Mapping[str, Any] = attrs.field(repr=False)
    landing_page: Mapping[str, Any] = attrs.field(repr=False)
    events: tuple[Mapping[str, Any], ...] = attrs.field(repr=False)
    fingerprint: str
    warnings: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        return str(self.offer["name"])

    def pending_offer(self) -> dict[str, Any]:
        """The offer as first created: inactive, fingerprint "pending" until the rest exists.

        So a run cut short leaves an offer that publishers cannot use and that the next plan
        finishes (a pending fingerprint never matches).
        """
        body = dict(self.offer)
        body["active"] = False
        body["description"] = _with_fingerprint(strip_fingerprint(body["description"]), PENDING)
        return body


@attrs.frozen
class Link:
    """What an offer's description says about its campaign."""

    campaign_id: int
    fingerprint: str | None


def read_link(description: str | None) -> Link | None:
    """The campaign an offer was synced from, or None for an offer the sync did not create."""
    if not description:
        return None
    found = _CAMPAIGN_LINE.findall(description)
    if len(set(found)) != 1:  # none, or contradictory lines: not ours to touch
        return None
    fingerprint = _FINGERPRINT_LINE.findall(description)
    return Link(campaign_id=int(found[0]), fingerprint=fingerprint[-1] if fingerprint else None)


def offer_spec(campaign: Campaign, settings: SyncSettings) -> OfferSpec:
    """The offer, landing page and events for `campaign`; MappingError if it cannot run."""
    if campaign.revenue is None:
        raise MappingError("no revenue: the offer's payout would be unknown")
    if campaign.revenue < 0:
        raise MappingError(f"negative revenue {campaign.revenue}")
    if not campaign.tracking_url:
        raise MappingError("no tracking_url")
    redirect = redirect_url(campaign.tracking_url, settings.url_params)
    warnings = tuple(
        f"required field {name!r} is not in the tracking URL and has no macro; "
        f"pass field_macros={{{name!r}: '<Integr8 macro>'}}"
        for name in campaign.required_fields
        if name not in settings.url_params and not _has_param(redirect, name)
    )
    events = tuple(_event(goal.event_name, goal.event_token, goal.cpi_bid) for goal in campaign.event_goals)
    names = [e["name"] for e in events]
    if len(set(names)) != len(names):
        raise MappingError("two event goals share an event_name")
    landing_page: dict[str, Any] = {
        "name": LANDING_PAGE_NAME,
        "redirect_url": redirect,
        "active": True,
    }
    if campaign.app_store_url:
        landing_page["preview_url"] = campaign.app_store_url
    payout = {
        "payout": campaign.revenue,
        "payout_type": "CPA",
        "revenue": campaign.revenue,
        "revenue_type": "RPA",
    }
    offer: dict[str, Any] = {
        "name": offer_name(campaign),
        "advertiser_id": settings.advertiser_id,
        "active": True,
        "currency": CURRENCY,
        "visibility": settings.visibility,
        "default_payout": payout,
        "description": describe(campaign),
    }
    fingerprint = _fingerprint(offer, landing_page, events)
    offer["description"] = _with_fingerprint(offer["description"], fingerprint)
    return OfferSpec(
        campaign_id=campaign.campaign_id,
        offer=offer,
        landing_page=landing_page,
        events=events,
        fingerprint=fingerprint,
        warnings=warnings,
    )


def offer_name(campaign: Campaign) -> str:
    """`App: offer name` for rewarded campaigns (offer_name alone, "Reach Distance 1200 m",
    does not say which app), else the campaign name; the app title or the id as fallbacks."""
    if campaign.offer_name:
        if campaign.app_title and campaign.app_title not in campaign.offer_name:
            return f"{campaign.app_title}: {campaign.offer_name}"
        return campaign.offer_name
    return campaign.campaign_name or campaign.app_title or f"AppSamurai campaign {campaign.campaign_id}"


def describe(campaign: Campaign) -> str:
    """The human part of the description (what a publisher needs to promote the offer) and the
    link line. The fingerprint line is added after hashing."""
    c = campaign
    lines: list[str] = []
    if c.app_title:
        lines.append(f"{c.app_title} ({c.app_category})" if c.app_category else c.app_title)
    if c.app_store_url:
        lines.append(f"Store: {c.app_store_url}")
    target = [f"Platform: {c.platform}"] if c.platform else []
    if c.devices:
        target.append(f"devices: {c.devices}")
    traffic = {True: "incent", False: "non-incent"}.get(c.incent) if c.incent is not None else c.type
    if traffic:
        target.append(f"traffic: {traffic}")
    if target:
        lines.append("; ".join(target))
    if c.countries or c.countries_with_cities:
        lines.append("Countries: " + _countries(c))
    if c.conversion_requirement:
        lines.append(f"Conversion requirement: {c.conversion_requirement}")
    caps = [
        f"{c.daily_cap} conversions" if c.daily_cap is not None else "",
        f"{c.daily_click_cap} clicks" if c.daily_click_cap is not None else "",
    ]
    if any(caps):
        lines.append("Daily cap: " + ", ".join(p for p in caps if p))
    if c.end_date is not None:
        lines.append(f"Ends: {c.end_date:%Y-%m-%d %H:%M} UTC")
    if c.blacklisted_subpublishers:
        lines.append("Blocked sub-publishers: " + ", ".join(c.blacklisted_subpublishers))
    if c.whitelisted_subpublishers:
        lines.append("Only these sub-publishers: " + ", ".join(c.whitelisted_subpublishers))
    if c.campaign_name:
        lines.append(f"AppSamurai campaign: {c.campaign_name}")
    lines += ["", SEPARATOR, f"{CAMPAIGN_KEY}={c.campaign_id}"]
    return "\n".join(lines)


def _countries(c: Campaign) -> str:
    codes = list(c.countries) + [k for k in c.countries_with_cities if k not in c.countries]
    parts = []
    for code in codes:
        cities = c.countries_with_cities.get(code, ())
        parts.append(f"{code} ({', '.join(cities)})" if cities else code)
    return ", ".join(parts)


def _event(name: str, token: str | None, bid: Decimal | None) -> dict[str, Any]:
    if bid is None:
        raise MappingError(f"event goal {name!r} has no cpi_bid: its payout would be unknown")
    body: dict[str, Any] = {
        "name": name,
        "active": True,
        "payout": bid,
        "payout_type": "CPA",
        "revenue": bid,
        "revenue_type": "RPA",
    }
    if token:
        body["description"] = token
    return body


def redirect_url(tracking_url: str, params: Mapping[str, str]) -> str:
    """`tracking_url` with each of `params` set: an existing value replaced, else appended.

    Edited as text, not through a URL library, so AppSamurai's own placeholders (`{userid}`)
    and the macros stay literally as written: encoded braces would not be substituted.
    """
    parts = urlsplit(tracking_url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise MappingError(f"tracking_url {tracking_url[:80]!r} is not an http(s) URL")
    pairs = [p for p in parts.query.split("&") if p]
    for key, macro in params.items():
        out, placed = [], False
        for pair in pairs:
            if pair.split("=", 1)[0] == key:
                if not placed:
                    out.append(f"{key}={macro}")
                    placed = True
            else:
                out.append(pair)
        if not placed:
            out.append(f"{key}={macro}")
        pairs = out
    return urlunsplit(parts._replace(query="&".join(pairs)))


def _has_param(url: str, name: str) -> bool:
    return any(p.split("=", 1)[0] == name for p in urlsplit(url).query.split("&"))


def _fingerprint(offer: Mapping[str, Any], landing_page: Mapping[str, Any], events: Any) -> str:
    content = {
        "offer": offer,
        "landing_page": landing_page,
        "events": sorted(events, key=lambda e: e["name"]),
    }
    text = json.dumps(content, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def _with_fingerprint(description: str, fingerprint: str) -> str:
    return f"{description}\n{FINGERPRINT_KEY}={fingerprint}"


def strip_fingerprint(description: str) -> str:
    return _FINGERPRINT_LINE.sub("", description).rstrip("\n")


def wire(value: Any) -> Any:
    """A body ready for JSON: `Decimal` as int or float (what the API's `number` holds)."""
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, Mapping):
        return {k: wire(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [wire(v) for v in value]
    return value
