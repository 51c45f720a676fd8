"""What changed between two pulls: campaigns added, changed (and in which fields), removed.

AppSamurai has no change feed: partners pull hourly and compare. A campaign missing from the
newer pull has been disabled by its advertiser (the reference says so), so `removed` is the
list of campaigns to stop running.

Campaigns are matched by `campaign_id` and compared field by field on their parsed values (so
`"0.35"` and `0.35` are the same bid, and a re-ordered JSON object is no change). Lists whose
order carries no meaning are compared as sets: `countries`, the cities of
`countries_with_cities`, `required_fields`, the sub-publisher lists, `event_goals` and
`received_events`. `creatives` keep their order (the first image is usually the one shown).
Undocumented fields are compared too and reported by their wire name. `raw` is not compared:
it differs whenever anything does, and names nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import attrs

from ._models import Campaign

__all__ = ["CampaignChange", "CampaignDiff", "changed_fields", "diff_campaigns"]

UNORDERED = frozenset(
    {
        "countries",
        "required_fields",
        "blacklisted_subpublishers",
        "whitelisted_subpublishers",
        "event_goals",
        "received_events",
    }
)
_SKIP = frozenset({"campaign_id", "extra", "raw"})


@attrs.frozen
class CampaignChange:
    """A campaign in both pulls whose fields differ; `fields` names them (wire names)."""

    previous: Campaign
    current: Campaign
    fields: frozenset[str]

    @property
    def campaign_id(self) -> int:
        return self.current.campaign_id


@attrs.frozen
class CampaignDiff:
    """`added` and `changed` in the current pull's order, `removed` in the previous pull's."""

    added: tuple[Campaign, ...] = ()
    changed: tuple[CampaignChange, ...] = ()
    removed: tuple[Campaign, ...] = ()
    unchanged: int = 0

    def __bool__(self) -> bool:
        return bool(self.added or self.changed or self.removed)

    def summary(self) -> str:
        lines = [
            f"{len(self.added)} added, {len(self.changed)} changed, {len(self.removed)} removed, "
            f"{self.unchanged} unchanged"
        ]
        lines += [f"  + {c.campaign_id} {c.campaign_name or c.app_title or ''}".rstrip() for c in self.added]
        lines += [f"  ~ {c.campaign_id} ({', '.join(sorted(c.fields))})" for c in self.changed]
        lines += [f"  - {c.campaign_id} {c.campaign_name or c.app_title or ''}".rstrip() for c in self.removed]
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.summary()


def diff_campaigns(previous: Iterable[Campaign], current: Iterable[Campaign]) -> CampaignDiff:
    """Compare two pulls. ValueError if either holds two campaigns with the same id."""
    before = _by_id(previous, "previous")
    after = _by_id(current, "current")
    added: list[Campaign] = []
    changed: list[CampaignChange] = []
    unchanged = 0
    for campaign_id, campaign in after.items():
        old = before.get(campaign_id)
        if old is None:
            added.append(campaign)
            continue
        fields = changed_fields(old, campaign)
        if fields:
            changed.append(CampaignChange(previous=old, current=campaign, fields=fields))
        else:
            unchanged += 1
    removed = [c for campaign_id, c in before.items() if campaign_id not in after]
    return CampaignDiff(added=tuple(added), changed=tuple(changed), removed=tuple(removed), unchanged=unchanged)


def changed_fields(old: Campaign, new: Campaign) -> frozenset[str]:
    """The wire names of the fields whose values differ between two versions of a campaign."""
    names = set()
    for field in attrs.fields(Campaign):
        if field.name in _SKIP:
            continue
        a, b = getattr(old, field.name), getattr(new, field.name)
        if _canonical(a, field.name) != _canonical(b, field.name):
            names.add("event_goal" if field.name == "event_goals" else field.name)
    for key in set(old.extra) | set(new.extra):
        if _canonical(old.extra.get(key, _ABSENT)) != _canonical(new.extra.get(key, _ABSENT)):
            names.add(key)
    return frozenset(names)


_ABSENT = object()


def _by_id(campaigns: Iterable[Campaign], which: str) -> dict[int, Campaign]:
    out: dict[int, Campaign] = {}
    for campaign in campaigns:
        if not isinstance(campaign, Campaign):
            raise TypeError(f"diff_campaigns: {which} holds a {type(campaign).__name__}, not a Campaign")
        if campaign.campaign_id in out:
            raise ValueError(f"diff_campaigns: {which} holds campaign {campaign.campaign_id} twice")
        out[campaign.campaign_id] = campaign
    return out


def _canonical(value: Any, field: str | None = None) -> Any:
    """A comparable form of a value: attrs objects and mappings as sorted pairs, sets sorted."""
    if field in UNORDERED:
        return tuple(sorted((_canonical(v) for v in value), key=repr))
    if field == "countries_with_cities":
        return tuple(sorted((k, tuple(sorted(v))) for k, v in value.items()))
    if attrs.has(type(value)):
        return tuple((f.name, _canonical(getattr(value, f.name))) for f in attrs.fields(type(value)) if f.eq)
    if isinstance(value, dict):
        return tuple(sorted(((str(k), _canonical(v)) for k, v in value.items()), key=repr))
    if isinstance(value, (list, tuple)):
        return tuple(_canonical(v) for v in value)
    return value
