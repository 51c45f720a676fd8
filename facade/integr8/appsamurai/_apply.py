"""Carrying out a sync plan against Integr8, idempotently.

`apply_sync` does what the plan set out to do, against Integr8 as it is now, not as it was when
the plan was made: it reads the linked offers again and re-plans each campaign of the plan from
that (cheap: unchanged offers need no further reads). When nothing moved in between, that is
exactly the plan's steps; when the plan was already applied, by this process or by another
machine, it is nothing. So applying a plan twice writes nothing the second time, and a run cut
short is finished by the next one, without duplicate offers, pages or events.

Status changes (deactivate/activate) are sent in bulk, up to 100 offers per request. A campaign
whose steps fail with an API error is recorded and the others go on; `SyncError` is raised at
the end, carrying the result. Authentication and permission errors, and connection failures,
stop the run at once: no other campaign would fare better.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

import attrs

from .._client import Integr8
from ..errors import (
    APIResponseValidationError,
    APIStatusError,
    AuthenticationError,
    Integr8Error,
    PermissionDeniedError,
)
from ._mapping import wire
from ._plan import CampaignPlan, SyncAction, SyncPlan, plan_campaign, plan_duplicate
from ._state import Links, operation, read_children, read_links

__all__ = ["SyncError", "SyncFailure", "SyncResult", "apply_sync"]

log = logging.getLogger("integr8.appsamurai")
BULK_LIMIT = 100


@attrs.frozen
class SyncFailure:
    campaign_id: int
    action: SyncAction
    error: Exception = attrs.field(eq=False)

    def __str__(self) -> str:
        return f"campaign {self.campaign_id}: {self.action.kind} failed: {self.error}"


@attrs.frozen
class SyncResult:
    """The writes made (new offers' ids filled in), the failures, and each campaign's offer."""

    performed: tuple[SyncAction, ...] = ()
    failures: tuple[SyncFailure, ...] = ()
    offers: Mapping[int, str] = attrs.field(factory=dict)

    @property
    def writes(self) -> int:
        return len(self.performed)

    def summary(self) -> str:
        lines = [f"AppSamurai sync applied: {self.writes} write(s), {len(self.failures)} failure(s)"]
        lines += [f"  campaign {a.campaign_id} offer {a.offer_id}: {a}" for a in self.performed]
        lines += [f"  FAILED {f}" for f in self.failures]
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.summary()


class SyncError(Integr8Error):
    """Some campaigns could not be synced; `.result` holds what was done and what failed."""

    def __init__(self, result: SyncResult):
        self.result = result
        first = result.failures[0] if result.failures else "unknown"
        super().__init__(
            f"AppSamurai sync: {len(result.failures)} step(s) failed, {result.writes} done; first: {first}"
        )


class _Run:
    """One application of a plan: the client, what was done, what failed."""

    def __init__(self, plan: SyncPlan, client: Integr8):
        self.plan = plan
        self.client = client
        self.integration_id = plan.integration_id
        self.performed: list[SyncAction] = []
        self.failures: list[SyncFailure] = []
        self.offers: dict[int, str] = {}
        self.status: dict[bool, list[SyncAction]] = {True: [], False: []}

    def children(self, offer_id: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        return read_children(self.client, self.integration_id, offer_id)

    def campaign(self, group: CampaignPlan, links: Links) -> None:
        linked = links.by_campaign.get(group.campaign_id)
        if group.status == "duplicate":
            fresh = _duplicate_now(group, links)
        elif group.spec is None and linked is None:
            return  # removed, and its offer is gone or no longer linked: nothing to switch off
        else:
            fresh = plan_campaign(group.spec, linked, self.children)
        if fresh.offer_id:
            self.offers[fresh.campaign_id] = fresh.offer_id
        offer_id = fresh.offer_id
        for action in fresh.actions:
            if action.kind in ("activate_offer", "deactivate_offer"):
                self.status[action.kind == "activate_offer"].append(action)
                continue
            if offer_id and not action.offer_id:
                action = attrs.evolve(action, offer_id=offer_id)
            try:
                created = self.write(action)
            except _FATAL:
                raise
            except _RECOVERABLE as exc:
                self.fail(action, exc)
                return
            if action.kind == "create_offer" and created:
                offer_id = created
                self.offers[action.campaign_id] = created
                self.performed[-1] = attrs.evolve(action, offer_id=created, target_id=created)

    def write(self, action: SyncAction) -> str | None:
        """Send one create or update; returns the id of a created object."""
        body: Any = wire(action.body or {})
        ids = {"integration_id": self.integration_id}
        kind = action.kind
        if kind == "create_offer":
            result = operation(self.client, "create_offer")(body=body, **ids)
        elif kind == "update_offer":
            result = operation(self.client, "update_offer")(offer_id=action.offer_id, body=body, **ids)
        elif kind in ("create_landing_page", "create_event"):
            role = "create_landing_page" if kind == "create_landing_page" else "create_event"
            result = operation(self.client, role)(offer_id=action.offer_id, body=body, **ids)
        elif kind == "update_landing_page":
            result = operation(self.client, "update_landing_page")(
                offer_id=action.offer_id, offer_landing_page_id=action.target_id, body=body, **ids
            )
        elif kind in ("update_event", "deactivate_event"):
            result = operation(self.client, "update_event")(
                offer_id=action.offer_id, offer_event_id=action.target_id, body=body, **ids
            )
        else:  # pragma: no cover - every kind is handled above or in bulk
            raise AssertionError(kind)
        log.info("AppSamurai sync: campaign %s: %s", action.campaign_id, action)
        self.performed.append(action)
        if kind.startswith("create"):
            created = getattr(result, "created_item_id", None)
            if not isinstance(created, str) or not created:
                raise MissingIdError(f"{kind}: the API answered without created_item_id")
            return created
        return None

    def bulk_status(self) -> None:
        for active, actions in self.status.items():
            for start in range(0, len(actions), BULK_LIMIT):
                chunk = actions[start : start + BULK_LIMIT]
                body = {"active": active, "data": [a.offer_id for a in chunk]}
                try:
                    operation(self.client, "set_offers_status")(integration_id=self.integration_id, body=body)
                except _FATAL:
                    raise
                except _RECOVERABLE as exc:
                    for action in chunk:
                        self.fail(action, exc)
                    continue
                for action in chunk:
                    log.info("AppSamurai sync: campaign %s: %s", action.campaign_id, action)
                self.performed += chunk

    def fail(self, action: SyncAction, exc: Exception) -> None:
        log.warning("AppSamurai sync: campaign %s: %s failed: %s", action.campaign_id, action.kind, exc)
        self.failures.append(SyncFailure(action.campaign_id, action, exc))


class MissingIdError(Integr8Error):
    """A create answered 2xx without the new object's id."""


_RECOVERABLE = (APIStatusError, APIResponseValidationError, MissingIdError)
_FATAL = (AuthenticationError, PermissionDeniedError)


def _duplicate_now(group: CampaignPlan, links: Links) -> CampaignPlan:
    """The duplicate's step as things are now: nothing if it is gone or already inactive."""
    for extra, kept in links.duplicates:
        if extra.offer_id == group.offer_id:
            return plan_duplicate(extra, kept)
    return attrs.evolve(group, actions=())


def apply_sync(plan: SyncPlan, client: Integr8) -> SyncResult:
    """Carry out `plan` (see the module docstring); SyncError if any step failed."""
    if not isinstance(plan, SyncPlan):
        raise TypeError(f"apply_sync: expected a SyncPlan, got {type(plan).__name__}")
    links = read_links(client, plan.integration_id, plan.settings.advertiser_id)
    run = _Run(plan, client)
    for group in plan.campaigns:
        run.campaign(group, links)
    run.bulk_status()
    result = SyncResult(performed=tuple(run.performed), failures=tuple(run.failures), offers=dict(run.offers))
    if result.failures:
        raise SyncError(result)
    return result
