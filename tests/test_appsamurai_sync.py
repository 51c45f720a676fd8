"""Running AppSamurai campaigns as Integr8 offers, against the Integr8 sandbox.

The campaigns are the reference's two samples, verbatim, except where a test changes one field
on purpose. The CPI sample's `tracking_url` is the placeholder "TRACKING URL", which no offer
can redirect to, so tests that need the CPI campaign as an offer give it a real one.
"""

from __future__ import annotations

from decimal import Decimal

import attrs
import pytest
from test_appsamurai import BARE, CPI, pull, sample

from integr8 import Integr8
from integr8.appsamurai import (
    CLICK_ID_MACRO,
    LANDING_PAGE_NAME,
    Campaign,
    SyncError,
    SyncSettings,
    apply_sync,
    offer_spec,
    parse_campaign,
    plan_sync,
)
from integr8.appsamurai._mapping import MappingError, read_link, redirect_url
from integr8.testing import Fault, ManualClock, Sandbox, SandboxTransport

TRACKING = "https://click.appsamurai.com/api/callbacks/click?sub_campaign_id=pirates&ref_id=REF&extra_1={userid}"


@pytest.fixture
def sb() -> Sandbox:
    return Sandbox(seed=0, clock=ManualClock())


def connect(sb: Sandbox) -> Integr8:
    """A fresh client: a new process, or another machine, with no state of its own."""
    return Integr8(api_key=sb.api_key, base_url=sb.base_url, transport=SandboxTransport(sb))


@pytest.fixture
def client(sb: Sandbox) -> Integr8:
    return connect(sb)


@pytest.fixture
def advertiser(client: Integr8) -> int:
    first = client.advertisers.list_advertisers(pagesize=1).data[0]
    return first.incremental_id


@pytest.fixture
def campaigns() -> list[Campaign]:
    cpi, cpe = pull(BARE)
    return [attrs.evolve(cpi, tracking_url=TRACKING), cpe]


def plan(client: Integr8, sb: Sandbox, advertiser: int, campaigns: list[Campaign], **kw):
    return plan_sync(campaigns, client, integration_id=sb.integration_id, advertiser_id=advertiser, **kw)


def writes(sb: Sandbox, since: int = 0) -> list[str]:
    return [f"{r.method} {r.operation_id}" for r in sb.requests[since:] if r.method != "GET"]


def synced(client: Integr8, sb: Sandbox, advertiser: int) -> dict[int, dict]:
    """campaign id -> the offer (wire dict) with its landing pages and events."""
    out = {}
    for offer in client.paginate(
        client.offers.list_offers,
        integration_id=sb.integration_id,
        filters={"advertiser_id": advertiser},
    ):
        data = offer.to_dict()
        link = read_link(data.get("description"))
        if link is None:
            continue
        ids = {"integration_id": sb.integration_id, "offer_id": data["id"]}
        data["landing_pages"] = [
            p.to_dict() for p in client.paginate(client.offer_landing_pages.list_offer_landing_pages, **ids)
        ]
        data["events"] = [e.to_dict() for e in client.paginate(client.offer_events.list_offer_events, **ids)]
        out[link.campaign_id] = data
    return out


# -- first run ---------------------------------------------------------------------------------


def test_first_run_creates_offers_landing_pages_and_events(client, sb, advertiser, campaigns):
    the_plan = plan(client, sb, advertiser, campaigns)
    assert [(g.campaign_id, g.status) for g in the_plan.campaigns] == [
        (1235, "new"),
        (120254, "new"),
    ]
    assert [a.kind for a in the_plan.actions] == [
        "create_offer", "create_landing_page", "update_offer",
        "create_offer", "create_landing_page", *["create_event"] * 4, "update_offer",
    ]  # fmt: skip
    assert writes(sb) == []  # planning reads only

    result = apply_sync(the_plan, client)
    assert result.writes == 10 and len(writes(sb)) == 10

    offers = synced(client, sb, advertiser)
    assert set(offers) == {1235, 120254} and set(result.offers.values()) == {o["id"] for o in offers.values()}
    cpe = offers[120254]
    assert cpe["name"] == "Sling Plane 3D: Reach Distance 1200, 4200, 8200 and 10200 m"
    assert cpe["active"] is True and cpe["currency"] == "USD" and cpe["visibility"] == "Requires_Approval"
    assert cpe["advertiser_id"] == advertiser
    assert cpe["default_payout"] == {
        "payout": 1.92,
        "payout_type": "CPA",
        "revenue": 1.92,
        "revenue_type": "RPA",
    }
    for line in (
        "Sling Plane 3D (Games / Simulation)",
        "Countries: US",
        "appsamurai_campaign_id=120254",
        "Conversion requirement: Reach Distance 1200, 4200, 8200 and 10200 m",
        "Platform: play; devices: Phone; traffic: incent",
    ):
        assert line in cpe["description"]
    (page,) = cpe["landing_pages"]
    assert page["name"] == LANDING_PAGE_NAME and page["active"] is True
    assert page["redirect_url"] == (
        "https://click.appsamurai.com/api/callbacks/click"
        "?sub_campaign_id=-QgfS_K1qCUvn5PP_vEmq-6E_kcvaJbe&extra_1={userid}&ref_id={transaction_id}"
    )
    assert page["preview_url"].startswith("https://play.google.com/store/apps/details?id=com.panteon.slingplane&")
    events = {e["name"]: e for e in cpe["events"]}
    assert {name: e["payout"] for name, e in events.items()} == {
        "max_distance_reached_1000": 0.35,
        "max_distance_reached_4000": 0.36,
        "max_distance_reached_8000": 0.5,
        "max_distance_reached_10000": 0.72,
    }
    assert events["max_distance_reached_4000"]["description"] == "Reach distance 4200m"
    assert {e["payout_type"] for e in events.values()} == {"CPA"}

    cpi = offers[1235]
    assert cpi["name"] == "Climbing Pirates-iOS-AE" and cpi["default_payout"]["payout"] == 1.5
    assert "Countries: US (New York, Los Angeles), TR (Ankara, Bursa)" in cpi["description"]
    # ref_id already in the tracking URL: its value is replaced, its place kept
    assert cpi["landing_pages"][0]["redirect_url"] == TRACKING.replace("ref_id=REF", "ref_id={transaction_id}")
    assert cpi["events"] == []


def test_running_again_changes_nothing(client, sb, advertiser, campaigns):
    first = plan(client, sb, advertiser, campaigns)
    apply_sync(first, client)
    mark = len(sb.requests)

    again = plan(client, sb, advertiser, campaigns)
    assert not again.has_changes and again.actions == ()
    assert {g.status for g in again.campaigns} == {"unchanged"}
    assert apply_sync(again, client).writes == 0
    # the first plan, applied a second time, finds its work done
    assert apply_sync(first, client).writes == 0
    assert writes(sb, mark) == []
    # an unchanged offer costs one listing: no landing-page or event reads
    assert {r.operation_id for r in sb.requests[mark:]} == {"listOffers"}


def test_a_second_machine_finds_the_offers_in_integr8(client, sb, advertiser, campaigns):
    apply_sync(plan(client, sb, advertiser, campaigns), client)
    mark = len(sb.requests)
    elsewhere = connect(sb)  # no plan, no local file: only what Integr8 holds
    fresh = plan_sync(campaigns, elsewhere, integration_id=sb.integration_id, advertiser_id=advertiser)
    assert not fresh.has_changes
    assert {g.offer_id for g in fresh.campaigns} == {o["id"] for o in synced(client, sb, advertiser).values()}
    assert apply_sync(fresh, elsewhere).writes == 0
    assert writes(sb, mark) == []


# -- changes -----------------------------------------------------------------------------------


def test_a_removed_campaign_deactivates_its_offer_and_never_deletes_it(client, sb, advertiser, campaigns):
    apply_sync(plan(client, sb, advertiser, campaigns), client)
    cpi_offer = synced(client, sb, advertiser)[1235]["id"]
    mark = len(sb.requests)

    the_plan = plan(client, sb, advertiser, campaigns[1:])
    (removed,) = [g for g in the_plan.campaigns if g.status == "removed"]
    assert removed.campaign_id == 1235 and [a.kind for a in removed.actions] == ["deactivate_offer"]
    assert "deactivate offer: campaign no longer listed by AppSamurai" in the_plan.summary()
    apply_sync(the_plan, client)
    assert writes(sb, mark) == ["PATCH bulkUpdateOffersStatus"]

    offer = client.offers.get_offer(integration_id=sb.integration_id, offer_id=cpi_offer).data.to_dict()
    assert offer["active"] is False and offer.get("archived") is False
    assert synced(client, sb, advertiser)[120254]["active"] is True
    assert not plan(client, sb, advertiser, campaigns[1:]).has_changes  # stays off, once

    # the campaign comes back: the same offer is switched on again
    back = plan(client, sb, advertiser, campaigns)
    assert [(g.campaign_id, g.status) for g in back.campaigns if g.actions] == [(1235, "reactivated")]
    apply_sync(back, client)
    assert client.offers.get_offer(integration_id=sb.integration_id, offer_id=cpi_offer).data.active is True
    assert not any(r.method == "DELETE" for r in sb.requests)


def test_a_payout_change_updates_the_offer_and_only_the_changed_event(client, sb, advertiser, campaigns):
    apply_sync(plan(client, sb, advertiser, campaigns), client)
    cpi, cpe = campaigns
    goals = list(cpe.event_goals)
    goals[1] = attrs.evolve(goals[1], cpi_bid=Decimal("0.40"))
    richer = attrs.evolve(cpe, revenue=Decimal("2.05"), event_goals=tuple(goals))
    mark = len(sb.requests)

    the_plan = plan(client, sb, advertiser, [cpi, richer])
    (group,) = [g for g in the_plan.campaigns if g.actions]
    assert group.campaign_id == 120254 and group.status == "changed"
    assert [(a.kind, a.detail) for a in group.actions] == [
        ("update_event", "max_distance_reached_4000 payout 0.40; changed: payout, revenue"),
        ("update_offer", "changed: default_payout"),
    ]
    apply_sync(the_plan, client)
    assert writes(sb, mark) == ["PUT updateOfferEvent", "PUT updateOffer"]

    offer = synced(client, sb, advertiser)[120254]
    assert offer["default_payout"]["payout"] == 2.05 and offer["active"] is True
    assert {e["name"]: e["payout"] for e in offer["events"]}["max_distance_reached_4000"] == 0.40
    assert len(offer["events"]) == 4 and len(offer["landing_pages"]) == 1
    assert not plan(client, sb, advertiser, [cpi, richer]).has_changes


def test_a_vanished_goal_deactivates_its_event_and_a_new_one_is_added(client, sb, advertiser, campaigns):
    apply_sync(plan(client, sb, advertiser, campaigns), client)
    cpi, cpe = campaigns
    goals = (
        *cpe.event_goals[1:],
        attrs.evolve(cpe.event_goals[0], event_name="tutorial_done", cpi_bid=Decimal("0.1")),
    )
    apply_sync(plan(client, sb, advertiser, [cpi, attrs.evolve(cpe, event_goals=goals)]), client)
    events = {e["name"]: e for e in synced(client, sb, advertiser)[120254]["events"]}
    assert events["max_distance_reached_1000"]["active"] is False  # kept, switched off
    assert events["tutorial_done"]["active"] is True and events["tutorial_done"]["payout"] == 0.1
    assert len(events) == 5


def test_a_new_click_id_macro_rewrites_only_the_landing_pages(client, sb, advertiser, campaigns):
    apply_sync(plan(client, sb, advertiser, campaigns), client)
    mark = len(sb.requests)
    apply_sync(plan(client, sb, advertiser, campaigns, click_id_macro="{click_id}"), client)
    assert sorted(writes(sb, mark)) == ["PUT updateOffer"] * 2 + ["PUT updateOfferLandingPage"] * 2
    page = synced(client, sb, advertiser)[120254]["landing_pages"][0]
    assert page["redirect_url"].endswith("&extra_1={userid}&ref_id={click_id}")


# -- what the sync leaves alone, and how it recovers ------------------------------------------------


def test_an_unusable_campaign_is_reported_and_its_offer_left_alone(client, sb, advertiser, campaigns):
    verbatim_cpi, cpe = pull(BARE)  # tracking_url "TRACKING URL"
    first = plan(client, sb, advertiser, [verbatim_cpi, cpe])
    assert [str(i) for i in first.issues] == [
        "campaign 1235: skipped: tracking_url 'TRACKING URL' is not an http(s) URL"
    ]
    assert [g.campaign_id for g in first.campaigns] == [120254]

    apply_sync(plan(client, sb, advertiser, campaigns), client)  # now with a real URL
    later = plan(client, sb, advertiser, [verbatim_cpi, cpe])  # unusable again: not "removed"
    assert not later.has_changes and len(later.issues) == 1


def test_hand_made_offers_of_the_advertiser_are_never_touched(client, sb, advertiser, campaigns):
    before = {
        o.id: o.to_dict()
        for o in client.paginate(client.offers.list_offers, integration_id=sb.integration_id)
        if o.to_dict().get("advertiser_id") == advertiser
    }
    assert before  # the sandbox seeds offers for this advertiser
    apply_sync(plan(client, sb, advertiser, campaigns, allow_empty=True), client)
    apply_sync(plan(client, sb, advertiser, [], allow_empty=True), client)
    for offer_id, data in before.items():
        assert client.offers.get_offer(integration_id=sb.integration_id, offer_id=offer_id).data.to_dict() == data


def test_an_empty_pull_does_not_switch_everything_off_by_accident(client, sb, advertiser, campaigns):
    apply_sync(plan(client, sb, advertiser, campaigns), client)
    with pytest.raises(ValueError, match="would deactivate 2 live offer"):
        plan(client, sb, advertiser, [])
    emptied = plan(client, sb, advertiser, [], allow_empty=True)
    assert sorted(a.kind for a in emptied.actions) == ["deactivate_offer"] * 2


def test_a_run_cut_short_is_finished_by_the_next_without_duplicates(client, sb, advertiser, campaigns):
    sb.inject(Fault(status=400, operation="createOfferEvent", times=1))
    with pytest.raises(SyncError) as caught:
        apply_sync(plan(client, sb, advertiser, campaigns), client)
    (failure,) = caught.value.result.failures
    assert failure.campaign_id == 120254 and failure.action.kind == "create_event"
    half = synced(client, sb, advertiser)[120254]
    assert half["active"] is False and "appsamurai_fingerprint=pending" in half["description"]
    assert synced(client, sb, advertiser)[1235]["active"] is True  # the other campaign went on

    resumed = plan(client, sb, advertiser, campaigns)
    (group,) = [g for g in resumed.campaigns if g.actions]
    assert group.offer_id == half["id"]
    assert [a.kind for a in group.actions] == ["create_event"] * 4 + ["update_offer"]
    assert group.actions[-1].detail == "finish an offer a previous run left incomplete"
    apply_sync(resumed, client)
    done = synced(client, sb, advertiser)[120254]
    assert done["active"] is True and len(done["events"]) == 4 and len(done["landing_pages"]) == 1
    assert not plan(client, sb, advertiser, campaigns).has_changes


def test_a_duplicate_offer_left_by_a_race_is_deactivated(client, sb, advertiser, campaigns):
    apply_sync(plan(client, sb, advertiser, campaigns), client)
    kept = synced(client, sb, advertiser)[120254]
    twin = {k: kept[k] for k in ("name", "advertiser_id", "active", "currency", "description")}
    twin_id = client.offers.create_offer(integration_id=sb.integration_id, body=twin).created_item_id

    the_plan = plan(client, sb, advertiser, campaigns)
    (group,) = [g for g in the_plan.campaigns if g.actions]
    assert (group.status, group.offer_id) == ("duplicate", twin_id)
    assert group.actions[0].detail == f"duplicate of offer {kept['id']}"
    apply_sync(the_plan, client)
    assert client.offers.get_offer(integration_id=sb.integration_id, offer_id=twin_id).data.active is False
    assert not plan(client, sb, advertiser, campaigns).has_changes


def test_the_plan_reads_well(client, sb, advertiser, campaigns):
    text = str(plan(client, sb, advertiser, campaigns))
    assert text.splitlines()[0] == (
        f"AppSamurai sync: integration {sb.integration_id}, advertiser {advertiser}: 2 new; 10 write(s)"
    )
    assert "  campaign 120254 (new, new offer) 'Sling Plane 3D: Reach Distance 1200, 4200, 8200 and 10200 m'" in text
    assert "    create event: max_distance_reached_10000 payout 0.72" in text
    assert "    update offer: activate and record the fingerprint" in text


# -- the mapping on its own --------------------------------------------------------------------


def test_redirect_url_sets_ref_id_and_keeps_placeholders_literal():
    assert redirect_url("https://t.example/c?a=1&extra={userid}", {"ref_id": CLICK_ID_MACRO}) == (
        "https://t.example/c?a=1&extra={userid}&ref_id={transaction_id}"
    )
    assert redirect_url("https://t.example/c?ref_id=1&b=2&ref_id=3", {"ref_id": "{tid}"}) == (
        "https://t.example/c?ref_id={tid}&b=2"
    )
    assert redirect_url("https://t.example/c", {"ref_id": "{tid}"}) == "https://t.example/c?ref_id={tid}"
    with pytest.raises(MappingError, match="not an http"):
        redirect_url("TRACKING URL", {"ref_id": "{tid}"})


def test_a_required_device_id_needs_a_macro():
    campaign = parse_campaign(sample(CPI, tracking_url=TRACKING, required_fields=["ref_id", "device_id"]))
    warned = offer_spec(campaign, SyncSettings(advertiser_id=1))
    assert warned.warnings and "device_id" in warned.warnings[0]
    filled = offer_spec(campaign, SyncSettings(advertiser_id=1, field_macros={"device_id": "{idfa}"}))
    assert filled.warnings == ()
    assert filled.landing_page["redirect_url"] == (
        "https://click.appsamurai.com/api/callbacks/click"
        "?sub_campaign_id=pirates&ref_id={transaction_id}&extra_1={userid}&device_id={idfa}"
    )


def test_the_fingerprint_follows_what_is_sent_and_nothing_else():
    campaign = parse_campaign(sample(CPI, tracking_url=TRACKING))
    settings = SyncSettings(advertiser_id=1)
    base = offer_spec(campaign, settings).fingerprint
    assert offer_spec(attrs.evolve(campaign, app_icon="https://cdn/other.png"), settings).fingerprint == base
    assert offer_spec(attrs.evolve(campaign, revenue=Decimal("1.6")), settings).fingerprint != base
    assert offer_spec(campaign, SyncSettings(advertiser_id=2)).fingerprint != base
    assert read_link(offer_spec(campaign, settings).offer["description"]).fingerprint == base


@pytest.mark.parametrize(
    "change, message",
    [({"revenue": None}, "no revenue"), ({"tracking_url": None}, "no tracking_url")],
)
def test_campaigns_that_cannot_run_raise_mapping_error(change, message):
    with pytest.raises(MappingError, match=message):
        offer_spec(parse_campaign(sample(CPI, **change)), SyncSettings(advertiser_id=1))


def test_settings_are_checked():
    with pytest.raises(ValueError, match="visibility"):
        SyncSettings(advertiser_id=1, visibility="Everyone")
    with pytest.raises(ValueError, match="advertiser_id"):
        SyncSettings(advertiser_id="42")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="macro for ref_id"):
        SyncSettings(advertiser_id=1, click_id_macro="a&b")


def test_an_unreadable_campaign_keeps_its_offer(client, sb, advertiser, campaigns):
    """A campaign AppSamurai still lists but that fails to parse is not 'removed'."""
    from integr8.appsamurai import CampaignParseError
    from integr8.appsamurai._client import CampaignPull

    apply_sync(plan(client, sb, advertiser, campaigns), client)
    broken = CampaignParseError("daily_cap: expected a whole number", index=0, campaign_id=1235, field="daily_cap")
    pulled = CampaignPull(campaigns=(campaigns[1],), errors=(broken,))
    the_plan = plan_sync(pulled, client, integration_id=sb.integration_id, advertiser_id=advertiser)
    assert not the_plan.has_changes
    assert any(i.campaign_id == 1235 and "could not be read" in i.message for i in the_plan.issues)

    anonymous = CampaignParseError("not an object", index=0, campaign_id=None)
    cautious = plan_sync(
        campaigns[1:], client, integration_id=sb.integration_id, advertiser_id=advertiser, unreadable=[anonymous]
    )
    assert not cautious.has_changes  # any offer could be the unreadable campaign's: none is switched off
    assert any("without an id" in i.message for i in cautious.issues)
    assert plan(client, sb, advertiser, campaigns[1:]).has_changes  # truly gone: deactivated as before
