"""The typed shape of an AppSamurai campaign, as the Campaign Details API describes it.

Why attrs and frozen: a campaign is a value read from one pull; comparing two pulls
(`diff_campaigns`) and mapping a campaign onto an Integr8 offer both want plain, immutable,
comparable data. Every documented field has an attribute with the wire name (so `type`, not
`kind`); `extra` keeps the fields the reference does not document, so a field AppSamurai adds
tomorrow is still there for whoever needs it, and `raw` keeps the campaign exactly as sent.

Types follow what the values mean rather than how the samples happen to spell them:
money is `Decimal` (exact: `revenue` arrives as a JSON float such as 1.9199999999999999 and
`cpi_bid` as a string such as "0.35"), dates are aware `datetime`s in UTC (the reference gives
no zone; UTC is an assumption), "No End Date" is `None`, lists are tuples.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

import attrs

__all__ = ["Campaign", "Creative", "Creatives", "EventGoal"]


@attrs.frozen(kw_only=True)
class Creative:
    """One image, video or other creative. Width and height are often `null` in the pull."""

    url: str | None = None
    width: int | None = None
    height: int | None = None
    extra: Mapping[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class Creatives:
    """The campaign's creatives by kind; `creative_zip` on the campaign bundles them all."""

    images: tuple[Creative, ...] = ()
    videos: tuple[Creative, ...] = ()
    others: tuple[Creative, ...] = ()
    extra: Mapping[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class EventGoal:
    """One rewarded event of a multi-rewarded CPE campaign.

    The reference's names are kept although they read oddly: `event_name` is the machine token
    AppSamurai's servers send (`max_distance_reached_1000`), `event_token` the human definition
    ("Reach distance 1200m"), and `cpi_bid` the event's payout.
    """

    event_name: str
    cpi_bid: Decimal | None = None
    event_token: str | None = None
    extra: Mapping[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class Campaign:
    """One active AppSamurai campaign (CPI, or multi-rewarded CPE with `event_goals`)."""

    campaign_id: int
    type: str | None = None
    """`"incent"` or `"non-incent"` (whether users are rewarded for installing)."""
    app_title: str | None = None
    app_category: str | None = None
    app_store_url: str | None = None
    app_id: str | None = None
    app_icon: str | None = None
    start_date: dt.datetime | None = None
    """Read from `start_date` or `Start_date` (the samples use both); UTC assumed."""
    end_date: dt.datetime | None = None
    """None when the campaign has no end ("No End Date")."""
    daily_cap: int | None = None
    """Most conversions per day available to the partner."""
    daily_click_cap: int | None = None
    payout_type: str | None = None
    """As sent: `"cpi"` or `"cpa"`."""
    cpa_event: str | None = None
    revenue: Decimal | None = None
    """What AppSamurai pays per conversion (USD is assumed; the reference names no currency)."""
    cpi: Decimal | None = None
    """The cost-per-install bid, when sent (documented, absent from both samples)."""
    campaign_name: str | None = None
    offer_name: str | None = None
    """Offer name for rewarded campaigns."""
    conversion_requirement: str | None = None
    """What the user must do, for rewarded campaigns."""
    tracking_url: str | None = None
    country: str | None = None
    """The first of `countries`."""
    countries: tuple[str, ...] = ()
    countries_with_cities: Mapping[str, tuple[str, ...]] = attrs.field(factory=dict)
    """Country code -> targeted cities (empty: the whole country)."""
    platform: str | None = None
    """`"play"`, `"ios"` (the CPI sample says `"android"`)."""
    devices: str | None = None
    """`"Phone"`, `"Tablet"` or `"Both"`."""
    creatives: Creatives = attrs.field(factory=Creatives)
    creative_zip: str | None = None
    required_fields: tuple[str, ...] = ()
    """Parameters the tracking URL must carry: always `ref_id` (the click id), maybe `device_id`."""
    blacklisted_subpublishers: tuple[str, ...] = ()
    whitelisted_subpublishers: tuple[str, ...] = ()
    event_goals: tuple[EventGoal, ...] = ()
    """From the wire field `event_goal`."""
    received_events: tuple[Any, ...] = ()
    """As sent; the reference does not document the items' shape."""
    currency_multiplier: Decimal | None = None
    """For direct offerwalls."""
    extra: Mapping[str, Any] = attrs.field(factory=dict)
    """Fields the reference does not document, by their wire name, values as parsed."""
    raw: Mapping[str, Any] = attrs.field(factory=dict, eq=False, repr=False)
    """The campaign object exactly as it was in the response (floats as `Decimal`)."""

    @property
    def incent(self) -> bool | None:
        """True for incentivised traffic, False for non-incent, None when `type` is unknown."""
        if self.type is None:
            return None
        kind = self.type.strip().lower().replace("_", "-")
        if kind in ("incent", "incentivized", "incentivised"):
            return True
        if kind in ("non-incent", "nonincent"):
            return False
        return None

    @property
    def rewarded(self) -> bool:
        """A rewarded (CPE) campaign: it has event goals or a rewarded offer name."""
        return bool(self.event_goals) or bool(self.offer_name)
