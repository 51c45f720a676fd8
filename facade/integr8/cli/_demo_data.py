"""Two AppSamurai campaigns for `integr8 demo`, shaped like the reference's samples.

Why the CLI carries its own: `integr8.appsamurai` ships no sample pull, and the reference copy in
`tests/reference/` is not part of the installed package. These follow the reference's two
samples field by field (a CPI campaign and a multi-rewarded CPE campaign, `Start_date` spelling
and float revenue included) with usable tracking URLs instead of the CPI sample's placeholders.
"""

from __future__ import annotations

import httpx

DEMO_PULL_URL = "https://api.appsamurai.com/api/campaign-pull/list/demo-token-0000"

CAMPAIGNS_JSON = r"""[
{
"campaign_id": 1235,
"type": "non-incent",
"app_title": "Climbing Pirates",
"app_category": "Games / Casual",
"app_store_url": "https://play.google.com/store/apps/details?id=com.sickkogames.pirates",
"app_id": "com.sickkogames.pirates",
"app_icon": "https:\/\/play-lh.googleusercontent.com\/Vt_eizbSd5GvaIw=s180",
"Start_date": "2025-02-19 12:25:00",
"end_date": "No End Date",
"daily_cap": 100,
"daily_click_cap": 100000,
"payout_type": "cpi",
"revenue": 1.5,
"campaign_name": "Climbing Pirates-iOS-AE",
"tracking_url":
  "https:\/\/click.appsamurai.com\/api\/callbacks\/click?sub_campaign_id=demo\u0026ref_id=",
"country": "US",
"countries": ["US", "TR"],
"countries_with_cities": {
  "US": {"cities": ["New York", "Los Angeles"]},
  "TR": {"cities": ["Ankara", "Bursa"]}
},
"platform": "android",
"creatives": {"images": [], "videos": [], "others": []},
"devices": "Both",
"required_fields": ["ref_id"],
"blacklisted_subpublishers": [],
"whitelisted_subpublishers": []
},
{
"campaign_id": 120254,
"type": "incent",
"app_title": "Sling Plane 3D",
"app_category": "Games / Simulation",
"app_store_url": "https:\/\/play.google.com\/store\/apps\/details?id=com.panteon.slingplane",
"app_id": "com.panteon.slingplane",
"start_date": "2023-02-07 10:56:00",
"end_date": "No End Date",
"daily_cap": 200,
"daily_click_cap": 100000,
"payout_type": "cpa",
"cpa_event": "multi-event",
"revenue": 1.9199999999999999,
"campaign_name": "Sling Plane-120254-And_Phone-US-17Feb23-ADRP",
"tracking_url":
  "https:\/\/click.appsamurai.com\/api\/callbacks\/click?sub_campaign_id=-QgfS_K1\u0026extra_1={userid}",
"offer_name": "Reach Distance 1200, 4200, 8200 and 10200 m",
"conversion_requirement": "Reach Distance 1200, 4200, 8200 and 10200 m",
"country": "US",
"countries": ["US"],
"countries_with_cities": {"US": {"cities": []}},
"platform": "play",
"devices": "Phone",
"required_fields": ["ref_id"],
"event_goal": [
{"event_name": "max_distance_reached_1000",
 "cpi_bid": "0.35", "event_token": "Reach distance 1200m"},
{"event_name": "max_distance_reached_4000",
 "cpi_bid": "0.36", "event_token": "Reach distance 4200m"},
{"event_name": "max_distance_reached_8000",
 "cpi_bid": "0.5", "event_token": "Reach distance 8200m"},
{"event_name": "max_distance_reached_10000",
 "cpi_bid": "0.72", "event_token": "Reach distance 10200m"}
],
"received_events": []
}
]"""


def pull_transport() -> httpx.MockTransport:
    """An httpx transport that answers the demo pull URL with CAMPAIGNS_JSON."""

    def handle(request: httpx.Request) -> httpx.Response:
        if request.method == "GET" and request.url.path == httpx.URL(DEMO_PULL_URL).path:
            return httpx.Response(200, headers={"Content-Type": "application/json"}, content=CAMPAIGNS_JSON.encode())
        return httpx.Response(404, json={"error": "not found"})

    return httpx.MockTransport(handle)
