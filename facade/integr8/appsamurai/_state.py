"""Reading what Integr8 holds for the sync: the linked offers, and one offer's pages and events.

Why read it from Integr8 every time, and not from a local state file: the link between a
campaign and its offer must be found by any machine running the sync (a cron host replaced, two
workers), and after any partial run. So the offers themselves carry it (`_mapping.read_link`).

Offers are listed with the one filter the spec documents, `advertiser_id` with the default `eq`
operator, and the link is then read from each description here. A substring filter on the
description (`like`) would send less, but the spec names no operator besides `eq`, and an
unsupported one would break every sync; the listing is one request per 100 offers of the
AppSamurai advertiser, once an hour. Offers of that advertiser that carry no link (made by
hand) are never touched. The advertiser must be the AppSamurai one: offers of other advertisers
are ignored even if a server ignores the filter.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import attrs

from .._client import Integr8
from .._opnames import APPSAMURAI_SYNC
from .._spec import load_spec
from ._mapping import read_link

PAGE_SIZE = 100


def operation(client: Integr8, role: str) -> Any:
    """The bound operation the sync uses for `role` (named in `integr8._opnames`)."""
    tag, name = APPSAMURAI_SYNC[role]
    return getattr(getattr(client, tag), name)


def as_dict(item: Any) -> dict[str, Any]:
    """A generated model (or a dict) as its wire dict; unset fields are absent."""
    return dict(item.to_dict()) if hasattr(item, "to_dict") else dict(item)


def request_fields(schema: str) -> frozenset[str]:
    """The properties of a request body schema, e.g. `OfferRequest`, from the spec."""
    return frozenset(load_spec()["components"]["schemas"][schema]["properties"])


@attrs.frozen
class LinkedOffer:
    """An Integr8 offer that the sync made for an AppSamurai campaign."""

    campaign_id: int
    offer_id: str
    active: bool
    fingerprint: str | None
    offer: dict[str, Any] = attrs.field(eq=False, repr=False)


@attrs.frozen
class Links:
    """The linked offers by campaign (one each), and any extra offers linked to a campaign."""

    by_campaign: dict[int, LinkedOffer]
    duplicates: tuple[tuple[LinkedOffer, LinkedOffer], ...] = ()  # (extra offer, the one kept)


def read_links(client: Integr8, integration_id: str, advertiser_id: int) -> Links:
    """Every offer of `advertiser_id` whose description links it to a campaign."""
    found: dict[int, list[LinkedOffer]] = {}
    pages = client.paginate(
        operation(client, "list_offers"),
        integration_id=integration_id,
        page_size=PAGE_SIZE,
        filters={"advertiser_id": advertiser_id},
    )
    for item in pages:
        offer = as_dict(item)
        if str(offer.get("advertiser_id")) != str(advertiser_id) or not offer.get("id"):
            continue
        link = read_link(offer.get("description"))
        if link is None:
            continue
        found.setdefault(link.campaign_id, []).append(
            LinkedOffer(
                campaign_id=link.campaign_id,
                offer_id=str(offer["id"]),
                active=offer.get("active") is not False,
                fingerprint=link.fingerprint,
                offer=offer,
            )
        )
    by_campaign: dict[int, LinkedOffer] = {}
    duplicates: list[tuple[LinkedOffer, LinkedOffer]] = []
    for campaign_id, offers in found.items():
        kept, *extra = sorted(offers, key=_keep_first)
        by_campaign[campaign_id] = kept
        duplicates += [(other, kept) for other in extra]
    return Links(by_campaign=by_campaign, duplicates=tuple(duplicates))


def _keep_first(offer: LinkedOffer) -> tuple[Any, ...]:
    # Two machines racing may both create an offer for a new campaign. Keep the active, oldest
    # (creation time, then the incremental id, which also orders creations within a second).
    number = offer.offer.get("incremental_id")
    order = number if isinstance(number, int) and not isinstance(number, bool) else float("inf")
    return (not offer.active, str(offer.offer.get("created_at") or ""), order, offer.offer_id)


def read_children(
    client: Integr8, integration_id: str, offer_id: str
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """An offer's landing pages and events, as wire dicts."""
    return (
        _all(client, "list_landing_pages", integration_id, offer_id),
        _all(client, "list_events", integration_id, offer_id),
    )


def _all(client: Integr8, role: str, integration_id: str, offer_id: str) -> list[dict[str, Any]]:
    items: Iterable[Any] = client.paginate(
        operation(client, role),
        integration_id=integration_id,
        offer_id=offer_id,
        page_size=PAGE_SIZE,
    )
    return [as_dict(item) for item in items]
