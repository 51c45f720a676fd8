"""The seeded world: one organization and integration, users, advertisers, 500 offers with
events and landing pages, publishers with their users, sub IDs and throttles, blocked sub IDs,
custom payouts and link test logs.

Why this size: enough offers for 50 pages of 10 (or 5 of 100), enough publishers and offers
for reports to filter on, yet built in a few milliseconds. Everything comes from one RNG
seeded with the sandbox seed, through the same create path the API uses, so the same seed
gives the same ids, fields and order.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from . import _crud
from ._events import OfferInfo, PublisherInfo
from ._store import Record
from ._times import UTC, render_wall, rfc3339

if TYPE_CHECKING:
    from ._sandbox import Sandbox

N_ADVERTISERS = 6
N_OFFERS = 500
N_PUBLISHERS = 25
N_LINK_TESTS = 400
REPORTED_OFFERS = 60  # the offers that have clicks, conversions and impressions

_BRANDS = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay", "Stark", "Wonka"]
_PRODUCTS = [
    "VPN", "Meal Kit", "Insurance Quote", "Crypto Wallet", "Dating App", "Sweepstakes",
    "Mobile Game", "Credit Card", "Solar Panels", "Language Course", "Fitness App", "Antivirus",
]  # fmt: skip
_GEOS = ["US", "UK", "DE", "FR", "CA", "AU", "BR", "JP", "ES", "IT"]
_FLOWS = ["SOI", "DOI", "CPI", "Trial", "Lead"]
_ADJECTIVES = ["Blue", "Swift", "Bright", "Prime", "Urban", "Nova", "Lucky", "Green", "Polar"]
_NOUNS = ["Harbor", "Peak", "Fox", "Wave", "Leaf", "Orbit", "Stone", "River", "Pixel", "Atlas"]
_FIRST = ["Ada", "Grace", "Alan", "Linus", "Margaret", "Ken", "Barbara", "Dennis", "Frances"]
_LAST = ["Lovelace", "Hopper", "Turing", "Torvalds", "Hamilton", "Thompson", "Liskov", "Ritchie"]
_FAILED_REASONS = ["TIMEOUT", "DNS_ERROR", "HTTP_404", "HTTP_5XX", "REDIRECT_LOOP", "GEO_MISMATCH"]
_DEVICES = ["desktop", "iphone", "android", "ipad"]

JAN = int(dt.datetime(2025, 1, 1, tzinfo=UTC).timestamp())


class Seeder:
    def __init__(self, sb: Sandbox) -> None:
        self.sb = sb
        self.rng = random.Random(f"integr8-sandbox-world:{sb.seed}")
        self._tick = 0

    def add(self, operation_id: str, path: Mapping[str, str], body: dict[str, Any]) -> Record:
        """Create through the API's own create path, dated in January 2025."""
        resource = self.sb.bindings[operation_id].resource
        record = _crud.create(self.sb, resource, path, body)
        self._tick += 1
        stamp = rfc3339(JAN + self._tick * 127)
        record.data["created_at"] = record.data["updated_at"] = stamp
        return record

    def person(self) -> tuple[str, str]:
        return self.rng.choice(_FIRST), self.rng.choice(_LAST)

    def run(self) -> tuple[list[OfferInfo], list[PublisherInfo]]:
        sb, rng = self.sb, self.rng
        integration = {"integrationID": sb.integration_id}
        for i, role in enumerate(["admin", "accountManager", "accountManager"]):
            first, last = self.person()
            user = self.add("createUser", {}, {
                "email": f"{first.lower()}.{last.lower()}{i}@example.test", "first_name": first,
                "last_name": last, "role": role, "status": "Active", "timezone": "UTC",
                "country": "US", "api_access_enabled": role == "admin",
            })  # fmt: skip
            sb.user_ids.append(user.id)
        advertisers = []
        for i in range(N_ADVERTISERS):
            brand = _BRANDS[i % len(_BRANDS)]
            first, last = self.person()
            adv = self.add("createAdvertiser", {}, {
                "name": f"{brand} Corp", "company_name": f"{brand} Corporation", "active": True,
                "email": f"partners@{brand.lower()}.example", "first_name": first,
                "last_name": last, "country": rng.choice(_GEOS), "manager_id": sb.user_ids[1],
                "website": f"https://{brand.lower()}.example", "tags": [rng.choice(_FLOWS).lower()],
            })  # fmt: skip
            advertisers.append(adv)
            sb.advertiser_ids.append(adv.id)
        catalog: list[OfferInfo] = []
        for i in range(N_OFFERS):
            adv = advertisers[rng.randrange(N_ADVERTISERS)]
            product, geo, flow = rng.choice(_PRODUCTS), rng.choice(_GEOS), rng.choice(_FLOWS)
            payout = round(rng.uniform(1.0, 40.0), 2)
            revenue = round(payout * 1.3, 2)
            offer = self.add("createOffer", integration, {
                "name": f"{adv.data['name'].split()[0]} {product} - {geo} ({flow})",
                "advertiser_id": adv.data["incremental_id"], "active": rng.random() < 0.9,
                "visibility": rng.choice(["Public", "Private", "Requires_Approval"]),
                "currency": "EUR" if geo in ("DE", "FR", "ES", "IT") else "USD",
                "default_payout": {"payout_type": "CPA", "payout": payout,
                                   "revenue_type": "RPA", "revenue": revenue},
                "conversion_name": flow, "primary_domain": "trk.sandbox.integr8.test",
                "description": f"{product} offer for {geo} traffic, {flow} flow.",
                "manually_approve_conversions": rng.random() < 0.2,
            })  # fmt: skip
            sb.offer_ids.append(offer.id)
            if i < REPORTED_OFFERS:
                catalog.append(
                    OfferInfo(
                        str(offer.data["incremental_id"]), offer.data["name"],
                        str(adv.data["incremental_id"]), adv.data["name"], payout, revenue,
                    )
                )  # fmt: skip
            if i < 12:
                self._offer_children(offer)
        publishers: list[PublisherInfo] = []
        for i in range(N_PUBLISHERS):
            name = f"{_ADJECTIVES[i % len(_ADJECTIVES)]} {_NOUNS[(i * 7) % len(_NOUNS)]} Media"
            pub = self.add("createPublisher", {}, {
                "name": name, "company_name": f"{name} Ltd", "active": rng.random() < 0.9,
                "country": rng.choice(_GEOS), "countries": rng.sample(_GEOS, 3),
                "promotional_method": rng.sample(["Content", "Email", "Search", "Social"], 2),
                "timezone": "UTC", "email": f"ops{i}@publisher.example",
                "manager_id": sb.user_ids[2], "tags": ["tier-" + str(1 + i % 3)],
            })  # fmt: skip
            sb.publisher_ids.append(pub.id)
            publishers.append(PublisherInfo(str(pub.data["incremental_id"]), name))
            self._publisher_children(pub, i)
        self._link_tests(catalog)
        return catalog, publishers

    def _offer_children(self, offer: Record) -> None:
        path = {"integrationID": self.sb.integration_id, "offerID": offer.id}
        for name in ("Registration", "Purchase"):
            self.add("createOfferEvent", path, {
                "name": name, "active": True, "payout_type": "CPA",
                "payout": round(self.rng.uniform(0.5, 10), 2), "revenue_type": "RPA",
                "revenue": round(self.rng.uniform(10, 20), 2),
            })  # fmt: skip
        for n in (1, 2):
            self.add("createOfferLandingPage", path, {
                "name": f"Landing page {n}", "active": True,
                "redirect_url": f"https://lp{n}.sandbox.integr8.test/?click={{transaction_id}}",
                "preview_url": f"https://lp{n}.sandbox.integr8.test/preview",
            })  # fmt: skip

    def _publisher_children(self, pub: Record, i: int) -> None:
        sb, rng = self.sb, self.rng
        path = {"publisherID": pub.id}
        inc = pub.data["incremental_id"]
        if i < 8:
            first, last = self.person()
            self.add("createPublisherUser", path, {
                "email": f"{first.lower()}@pub{inc}.example", "first_name": first,
                "last_name": last, "status": "Active", "timezone": "UTC",
            })  # fmt: skip
        if i < 6:
            for n in range(3):
                self.add("createPublisherSubId", path, {
                    "external_id": f"src_{inc}_{n}", "name": f"Source {n} of {pub.data['name']}",
                    "description": "Seeded traffic source.",
                })  # fmt: skip
            self.add("createBlockedSubId", {}, {
                "organization": sb.organization_id, "offer_incremental_id": 1 + rng.randrange(12),
                "publisher_incremental_id": inc, "sub_id": f"bad_{inc}",
                "description": "Seeded: fraudulent source.",
            })  # fmt: skip
            self.add("createCustomPayout", {}, {
                "offer_incremental_id": 1 + rng.randrange(12), "publisher_incremental_id": inc,
                "payout_type": "CPA", "payout": round(rng.uniform(1, 30), 2),
                "revenue_type": "RPA", "revenue": round(rng.uniform(30, 40), 2),
            })  # fmt: skip
        if i < 4:
            self.add("createCustomThrottle", path, {
                "offer_incremental_id": 1 + rng.randrange(12), "publisher_incremental_id": inc,
                "throttle_percentage": 10 * (1 + i), "active": True,
            })  # fmt: skip

    def _link_tests(self, catalog: list[OfferInfo]) -> None:
        sb, rng = self.sb, self.rng
        resource = sb.bindings["listLinkTestLogs"].resource
        collection = sb.store.collection(resource.collection)
        start = int(dt.datetime(2025, 2, 1, tzinfo=UTC).timestamp())
        stamps = sorted((start + rng.randrange(28 * 86400) for _ in range(N_LINK_TESTS)), reverse=True)
        for ts in stamps:
            offer = catalog[min(int(rng.expovariate(1 / 8)), len(catalog) - 1)]
            failed = rng.random() < 0.2
            log_id = sb.store.new_id(resource.item_schema or "LinkTestLog")
            data = {
                "id": log_id,
                "integration_id": sb.integration_id,
                "advertiser": offer.advertiser_name,
                "offer": offer.name,
                "test_url_domain": "trk.sandbox.integr8.test",
                "final_domain": "lp1.sandbox.integr8.test" if not failed else "",
                "proxy_country": rng.choice(_GEOS),
                "device": rng.choice(_DEVICES),
                "advertiser_incremental_id": int(offer.advertiser),
                "offer_incremental_id": int(offer.offer_id),
                "landing_page_incremental_id": 1 + rng.randrange(2),
                "status": "Failed" if failed else "Passed",
                "failed_reason": rng.choice(_FAILED_REASONS) if failed else "",
                "timestamp": render_wall(ts, UTC),
            }
            collection.add(Record(log_id, {}, data, internal={"ts": ts}))
