"""Planning a sync: what must change in Integr8 so it runs exactly the pulled campaigns.

`plan_sync` reads Integr8 (the linked offers; the landing pages and events of an offer only
when its fingerprint says something changed) and writes nothing. The plan is plain data with a
readable `summary()`, so a `--dry-run` can print it and a test can assert on it.

Per campaign, comparing the mapped offer (`_mapping.offer_spec`) with the linked offer:

    no linked offer            create offer (inactive, fingerprint "pending"), landing page,
                               events, then update offer: active, real fingerprint
    fingerprint equal, active  nothing
    fingerprint equal, inactive  activate offer (the campaign is listed again)
    fingerprint differs        create/update the landing page and events that differ,
                               deactivate events whose goal is gone, then update offer
    campaign not pulled        deactivate offer (never delete: stats and links stay)

Guards against a bad pull (both raise before anything is written): an empty pull with live
linked offers needs `allow_empty=True`; a plan that would deactivate more than
`max_deactivation_share` (default `MAX_DEACTIVATION_SHARE`, 20%) of the live linked offers, and
more than one of them, raises `MassDeactivationError` unless `allow_mass_deactivation=True`.

The offer update that records the fingerprint always comes last, so a run cut short leaves a
fingerprint that does not match and the next plan finishes the work. A campaign that cannot be
mapped (no revenue, no usable tracking URL) is reported in `issues` and its offer, if any, is
left as it is: AppSamurai still lists it, so it is not "removed".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from fractions import Fraction
from typing import Any, Literal

import attrs

from .._client import Integr8
from ..errors import MassDeactivationError
from ._client import CampaignPull
from ._mapping import (
    CLICK_ID_MACRO,
    DEFAULT_VISIBILITY,
    LANDING_PAGE_NAME,
    PENDING,
    MappingError,
    OfferSpec,
    SyncSettings,
    offer_spec,
    strip_fingerprint,
)
from ._models import Campaign
from ._parse import CampaignParseError
from ._state import LinkedOffer, Links, read_children, read_links, request_fields

__all__ = ["ActionKind", "CampaignPlan", "SyncAction", "SyncIssue", "SyncPlan", "plan_sync"]

ActionKind = Literal[
    "create_offer",
    "update_offer",
    "activate_offer",
    "deactivate_offer",
    "create_landing_page",
    "update_landing_page",
    "create_event",
    "update_event",
    "deactivate_event",
]
Status = Literal["new", "changed", "unchanged", "reactivated", "removed", "duplicate"]
Children = Callable[[str], tuple[list[dict[str, Any]], list[dict[str, Any]]]]
# The largest share of the live linked offers one plan may deactivate (see `plan_sync` for why).
MAX_DEACTIVATION_SHARE = 0.2


@attrs.frozen
class SyncAction:
    """One write. `offer_id` is None for the steps of an offer that does not exist yet;
    `target_id` is the landing page or event an update or deactivation is for."""

    kind: ActionKind
    campaign_id: int
    offer_id: str | None
    detail: str
    target_id: str | None = None
    body: Mapping[str, Any] | None = attrs.field(default=None, repr=False, eq=False)

    def __str__(self) -> str:
        return f"{self.kind.replace('_', ' ')}: {self.detail}"


@attrs.frozen
class CampaignPlan:
    """Everything the plan does for one campaign, in order."""

    campaign_id: int
    status: Status
    offer_id: str | None
    actions: tuple[SyncAction, ...] = ()
    spec: OfferSpec | None = attrs.field(default=None, repr=False, eq=False)


@attrs.frozen
class SyncIssue:
    """A campaign the plan leaves alone, or a warning about one."""

    campaign_id: int | None
    message: str

    def __str__(self) -> str:
        who = f"campaign {self.campaign_id}" if self.campaign_id is not None else "sync"
        return f"{who}: {self.message}"


@attrs.frozen
class SyncPlan:
    """What `apply_sync` would do. Print it (or `summary()`) for a dry run."""

    integration_id: str
    settings: SyncSettings
    campaigns: tuple[CampaignPlan, ...]
    issues: tuple[SyncIssue, ...] = ()
    # Set when the plan deactivates more than the allowed share and `allow_mass_deactivation`
    # let it through: what a run without the flag would have been refused with.
    mass_deactivation: MassDeactivationError | None = None

    @property
    def actions(self) -> tuple[SyncAction, ...]:
        return tuple(action for group in self.campaigns for action in group.actions)

    @property
    def has_changes(self) -> bool:
        return any(group.actions for group in self.campaigns)

    def count(self, status: Status) -> int:
        return sum(1 for group in self.campaigns if group.status == status)

    def summary(self) -> str:
        counts = ", ".join(
            f"{self.count(s)} {s}"
            for s in ("new", "changed", "reactivated", "unchanged", "removed", "duplicate")
            if self.count(s)
        )
        lines = [
            f"AppSamurai sync: integration {self.integration_id}, advertiser "
            f"{self.settings.advertiser_id}: {counts or 'no campaigns'}; "
            f"{len(self.actions)} write(s)"
        ]
        for group in self.campaigns:
            if not group.actions:
                continue
            offer = f"offer {group.offer_id}" if group.offer_id else "new offer"
            name = f" {group.spec.name!r}" if group.spec else ""
            lines.append(f"  campaign {group.campaign_id} ({group.status}, {offer}){name}")
            lines += [f"    {action}" for action in group.actions]
        if self.issues:
            lines.append("  issues:")
            lines += [f"    {issue}" for issue in self.issues]
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.summary()


def plan_sync(
    campaigns: Iterable[Campaign] | CampaignPull,
    client: Integr8,
    *,
    integration_id: str,
    advertiser_id: int,
    click_id_macro: str = CLICK_ID_MACRO,
    field_macros: Mapping[str, str] | None = None,
    visibility: str = DEFAULT_VISIBILITY,
    allow_empty: bool = False,
    unreadable: Iterable[CampaignParseError] = (),
    allow_mass_deactivation: bool = False,
    max_deactivation_share: float = MAX_DEACTIVATION_SHARE,
) -> SyncPlan:
    """Plan running `campaigns` (one complete pull) as offers of `advertiser_id`.

    Pass the `CampaignPull` from `AppSamurai.fetch()` (or its `errors` as `unreadable`): a
    campaign AppSamurai still lists but that could not be read keeps its offer as it is, and
    when an unreadable campaign has no readable id, no offer is deactivated at all, since any
    of them might be that campaign. Only campaigns really gone from the pull are switched off.

    `click_id_macro` goes into the tracking URL's `ref_id`; `field_macros` fills other
    required fields (e.g. `{"device_id": "{idfa}"}`). An empty pull with live linked offers
    raises ValueError unless `allow_empty=True`: an outage that returns `[]` must not switch
    every offer off (`allow_empty=True` with an empty pull allows its deactivations too).

    A pull that is not empty but lost most campaigns (a truncated answer, a partner account
    half set up) is as dangerous: a plan that would deactivate more than
    `max_deactivation_share` (a fraction from 0 to 1; default `MAX_DEACTIVATION_SHARE`, 0.2)
    of the live offers linked to AppSamurai campaigns, and more than one, raises
    `integr8.errors.MassDeactivationError` (a ValueError; nothing is written) unless
    `allow_mass_deactivation=True`. Why 20%: a campaign leaves the pull when its advertiser
    disables it, one advertiser at a time, and partners pull hourly, so each pull sees a few
    changes; a fifth of the catalogue vanishing between two pulls is far more likely a broken
    pull than a real change, while a fifth still leaves room for a busy hour. One deactivation
    alone is never refused, so a small catalogue (two or three campaigns) can still lose a
    campaign without the flag. Duplicate offers and events
    are not counted: they do not change which campaigns run.
    """
    _check_share(max_deactivation_share)
    if not isinstance(integration_id, str) or not integration_id:
        raise ValueError("integration_id: required (the Integration ID)")
    settings = SyncSettings(
        advertiser_id=advertiser_id,
        click_id_macro=click_id_macro,
        field_macros=field_macros or {},
        visibility=visibility,
    )
    if isinstance(campaigns, CampaignPull):
        unreadable = (*campaigns.errors, *unreadable)
        campaigns = campaigns.campaigns
    still_listed, anonymous = _unreadable_ids(unreadable)
    pulled = list(campaigns)
    seen: set[int] = set()
    for campaign in pulled:
        if not isinstance(campaign, Campaign):
            raise TypeError(f"plan_sync: expected Campaign objects, got {type(campaign).__name__}")
        if campaign.campaign_id in seen:
            raise ValueError(f"plan_sync: campaign {campaign.campaign_id} is listed twice")
        seen.add(campaign.campaign_id)

    links = read_links(client, integration_id, advertiser_id)
    if not pulled and not allow_empty and any(o.active for o in links.by_campaign.values()):
        live = sum(1 for o in links.by_campaign.values() if o.active)
        raise ValueError(
            f"plan_sync: the pull holds no campaigns, which would deactivate {live} live offer(s); "
            "pass allow_empty=True if AppSamurai really lists none"
        )

    def children(offer_id: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        return read_children(client, integration_id, offer_id)

    groups: list[CampaignPlan] = []
    issues: list[SyncIssue] = []
    for campaign in pulled:
        try:
            spec = offer_spec(campaign, settings)
        except MappingError as exc:
            issues.append(SyncIssue(campaign.campaign_id, f"skipped: {exc}"))
            continue
        issues += [SyncIssue(campaign.campaign_id, warning) for warning in spec.warnings]
        groups.append(plan_campaign(spec, links.by_campaign.get(campaign.campaign_id), children))
    for campaign_id, linked in links.by_campaign.items():
        if campaign_id in seen:
            continue
        if campaign_id in still_listed:
            issues.append(
                SyncIssue(campaign_id, "offer left as it is: AppSamurai lists the campaign but it could not be read")
            )
        elif anonymous:
            issues.append(
                SyncIssue(
                    campaign_id, f"not deactivated: {anonymous} unreadable campaign(s) without an id may include it"
                )
            )
        else:
            groups.append(plan_campaign(None, linked, children))
    too_many = None if allow_empty and not pulled else _mass_deactivation(groups, links, max_deactivation_share)
    if too_many is not None and not allow_mass_deactivation:
        raise too_many
    groups += plan_duplicates(links)
    return SyncPlan(
        integration_id=integration_id,
        settings=settings,
        campaigns=tuple(groups),
        issues=tuple(issues),
        mass_deactivation=too_many,
    )


def _check_share(share: float) -> None:
    if isinstance(share, bool) or not isinstance(share, (int, float)) or not 0 <= share <= 1:
        raise ValueError(f"max_deactivation_share: a fraction from 0 to 1 (0.2 = 20%), got {share!r}")


def _mass_deactivation(groups: list[CampaignPlan], links: Links, max_share: float) -> MassDeactivationError | None:
    """The MassDeactivationError to refuse with when `groups` switch off more than `max_share`
    of the live linked offers, and more than one (see `plan_sync`); None otherwise."""
    live = sum(1 for o in links.by_campaign.values() if o.active)
    off = sum(1 for g in groups if g.status == "removed" and g.actions)
    if off > 1 and Fraction(off, live) > Fraction(str(max_share)):
        return MassDeactivationError(deactivations=off, live=live, max_share=max_share)
    return None


def _unreadable_ids(errors: Iterable[CampaignParseError]) -> tuple[set[int], int]:
    """The ids of unreadable campaigns, and how many had no usable id."""
    ids: set[int] = set()
    anonymous = 0
    for error in errors:
        try:
            ids.add(int(error.campaign_id))
        except (TypeError, ValueError):
            anonymous += 1
    return ids, anonymous


def plan_duplicates(links: Links) -> list[CampaignPlan]:
    """Deactivate the extra offers of a campaign (left by two syncs racing to create it)."""
    return [plan_duplicate(extra, kept) for extra, kept in links.duplicates]


def plan_duplicate(extra: LinkedOffer, kept: LinkedOffer) -> CampaignPlan:
    actions = (_action("deactivate_offer", extra, f"duplicate of offer {kept.offer_id}"),)
    return CampaignPlan(extra.campaign_id, "duplicate", extra.offer_id, actions if extra.active else ())


def plan_campaign(spec: OfferSpec | None, linked: LinkedOffer | None, children: Children) -> CampaignPlan:
    """The steps for one campaign (`spec` None: no longer pulled) given its linked offer."""
    if spec is None:
        if linked is None:
            raise ValueError("plan_campaign: nothing to plan")
        off = _action("deactivate_offer", linked, "campaign no longer listed by AppSamurai")
        return CampaignPlan(linked.campaign_id, "removed", linked.offer_id, (off,) if linked.active else ())
    if linked is None:
        return CampaignPlan(spec.campaign_id, "new", None, _create_steps(spec), spec)
    if linked.fingerprint == spec.fingerprint:
        if linked.active:
            return CampaignPlan(spec.campaign_id, "unchanged", linked.offer_id, (), spec)
        step = _action("activate_offer", linked, "campaign listed again")
        return CampaignPlan(spec.campaign_id, "reactivated", linked.offer_id, (step,), spec)
    landing_pages, events = children(linked.offer_id)
    actions = [
        *_landing_page_steps(spec, linked.offer_id, landing_pages),
        *_event_steps(spec, linked.offer_id, events),
    ]
    changed = _differences(spec.offer, linked.offer)
    if linked.fingerprint == PENDING or linked.fingerprint is None:
        why = "finish an offer a previous run left incomplete"
    elif changed:
        why = "changed: " + ", ".join(changed)
    else:
        why = "record the new fingerprint"
    body = {**_kept(linked.offer, "OfferRequest"), **spec.offer}
    actions.append(SyncAction("update_offer", spec.campaign_id, linked.offer_id, why, linked.offer_id, body))
    return CampaignPlan(spec.campaign_id, "changed", linked.offer_id, tuple(actions), spec)


def _action(kind: ActionKind, linked: LinkedOffer, detail: str) -> SyncAction:
    return SyncAction(kind, linked.campaign_id, linked.offer_id, detail, linked.offer_id)


def _create_steps(spec: OfferSpec) -> tuple[SyncAction, ...]:
    cid = spec.campaign_id
    steps = [
        SyncAction(
            "create_offer",
            cid,
            None,
            f"{spec.name!r}, inactive until complete",
            body=spec.pending_offer(),
        ),
        SyncAction(
            "create_landing_page",
            cid,
            None,
            str(spec.landing_page["redirect_url"]),
            body=spec.landing_page,
        ),
    ]
    steps += [SyncAction("create_event", cid, None, _event_text(event), body=event) for event in spec.events]
    steps.append(SyncAction("update_offer", cid, None, "activate and record the fingerprint", body=spec.offer))
    return tuple(steps)


def _landing_page_steps(spec: OfferSpec, offer_id: str, pages: list[dict[str, Any]]) -> list[SyncAction]:
    ours = next((p for p in pages if p.get("name") == LANDING_PAGE_NAME and p.get("id")), None)
    cid, wanted = spec.campaign_id, spec.landing_page
    if ours is None:
        return [SyncAction("create_landing_page", cid, offer_id, str(wanted["redirect_url"]), body=wanted)]
    changed = _differences(wanted, ours)
    if not changed:
        return []
    body = {**_kept(ours, "OfferLandingPageRequest"), **wanted}
    detail = "changed: " + ", ".join(changed)
    return [SyncAction("update_landing_page", cid, offer_id, detail, str(ours["id"]), body)]


def _event_steps(spec: OfferSpec, offer_id: str, events: list[dict[str, Any]]) -> list[SyncAction]:
    cid = spec.campaign_id
    existing: dict[str, dict[str, Any]] = {}
    for event in events:
        if event.get("id") and isinstance(event.get("name"), str):
            existing.setdefault(event["name"], event)
    steps: list[SyncAction] = []
    for wanted in spec.events:
        have = existing.get(wanted["name"])
        if have is None:
            steps.append(SyncAction("create_event", cid, offer_id, _event_text(wanted), body=wanted))
            continue
        changed = _differences(wanted, have)
        if changed:
            body = {**_kept(have, "OfferEventRequest"), **wanted}
            detail = f"{_event_text(wanted)}; changed: {', '.join(changed)}"
            steps.append(SyncAction("update_event", cid, offer_id, detail, str(have["id"]), body))
    wanted_names = {e["name"] for e in spec.events}
    for name, have in existing.items():
        if name not in wanted_names and have.get("active") is not False:
            body = {**_kept(have, "OfferEventRequest"), "active": False}
            detail = f"{name} (its goal is no longer listed)"
            steps.append(SyncAction("deactivate_event", cid, offer_id, detail, str(have["id"]), body))
    return steps


def _event_text(event: Mapping[str, Any]) -> str:
    return f"{event['name']} payout {event.get('payout')}"


def _kept(observed: Mapping[str, Any], schema: str) -> dict[str, Any]:
    """The request-body fields of an observed object, so a PUT keeps what the sync does not set
    (a fallback URL or terms added by hand)."""
    fields = request_fields(schema)
    return {k: v for k, v in observed.items() if k in fields and v is not None}


def _differences(wanted: Mapping[str, Any], observed: Mapping[str, Any]) -> list[str]:
    """The keys of `wanted` whose values `observed` does not have (numbers compared as numbers,
    descriptions without their fingerprint line)."""
    return [key for key, value in wanted.items() if not _same(key, value, observed.get(key))]


def _same(key: str, wanted: Any, observed: Any) -> bool:
    if key == "description" and isinstance(wanted, str) and isinstance(observed, str):
        return strip_fingerprint(wanted) == strip_fingerprint(observed)
    if isinstance(wanted, Mapping):
        return isinstance(observed, Mapping) and all(_same(k, v, observed.get(k)) for k, v in wanted.items())
    if _is_number(wanted) and _is_number(observed):
        return float(wanted) == float(observed)
    return bool(wanted == observed)


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float, Decimal)) and not isinstance(value, bool)
