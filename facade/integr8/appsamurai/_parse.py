"""Reading the campaign pull's JSON into `Campaign`s, tolerantly.

Why tolerant, and where: the reference's own samples disagree with each other (`Start_date`
beside `start_date`, `platform` "android" beside "play", `cpi_bid` a string while `revenue` is a
number), so the parser accepts every spelling a sample shows and a few obvious neighbours:

- Field names are matched exactly first, then case-insensitively (`Start_date`, `End_Date`).
- Dates: `2025-02-19 12:25:00`, ISO 8601, or a bare date. A naive time is taken to be UTC:
  the reference names no zone. "No End Date" (any case), "" and null mean no date, and so does
  a zero date, bare or with a zero time (`0000-00-00`, `0000-00-00 00:00:00`: MySQL's "no date",
  which no calendar has).
- Text: the body is decoded in the charset its Content-Type declares (UTF-8, or what the JSON
  itself shows, when it declares none; see `decode`). Bytes that are not text in it cost only
  the campaign they are in: it is reported, naming the field and the byte, and skipped.
- Money: JSON numbers are decoded with `parse_float=Decimal` (`loads`), so 1.9199999999999999
  stays exactly that; numeric strings ("0.35") become `Decimal` too. A campaign decoded by plain
  `json.loads` still parses, from each float's shortest repr (no longer the exact text).
- URLs: JSON escapes (`https:\\/\\/`, `\\u0026`) are decoded by JSON itself. An HTML-escaped
  `&amp;` in a URL is decoded too: such URLs come from feeds built with HTML templating, and a
  query parameter literally named `amp;x` is implausible.
- Unknown fields are kept in `Campaign.extra`; the whole object in `Campaign.raw`.
- The body may be a bare JSON array or an object wrapping it (`campaigns`, `data`, `items`,
  `results`, `result`, or its only list-valued field).

Where strict: a campaign without a usable `campaign_id`, or with a field whose value cannot mean
what the field means (a cap of "lots", a date of "soon"), is malformed. It is reported as a
`CampaignParseError` and skipped; the other campaigns are unaffected. So is a second campaign
with an id already seen.
"""

from __future__ import annotations

import codecs
import datetime as dt
import json
import re
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

from ._errors import CampaignParseError
from ._models import Campaign, Creative, Creatives, EventGoal

__all__ = ["CampaignParseError", "decode", "loads", "parse_campaign", "parse_campaigns", "unwrap"]

UTC = dt.UTC
NO_DATE = frozenset({"", "no end date", "no start date", "none", "null"})
# MySQL's zero date, bare or with a zero time (and fraction, or a zero offset).
ZERO_DATE = re.compile(r"0{4}-0{2}-0{2}(?:[ T]0{2}:0{2}(?::0{2}(?:\.0+)?)?)?(?:Z|[+-]0{2}:?0{2})?")
WRAPPER_KEYS = ("campaigns", "data", "items", "results", "result")

# Wire name -> attribute name, for the fields the reference documents (or a sample shows).
FIELDS: dict[str, str] = {
    name: name
    for name in (
        "campaign_id type app_title app_category app_store_url app_id app_icon start_date "
        "end_date daily_cap daily_click_cap payout_type cpa_event revenue cpi campaign_name "
        "offer_name conversion_requirement tracking_url country countries countries_with_cities "
        "platform devices creatives creative_zip required_fields blacklisted_subpublishers "
        "whitelisted_subpublishers received_events currency_multiplier"
    ).split()
}
FIELDS["event_goal"] = "event_goals"
URL_FIELDS = frozenset({"app_store_url", "app_icon", "tracking_url", "creative_zip"})

T = TypeVar("T")


class _Bad(Exception):
    """A field's value is unusable; becomes a CampaignParseError naming the field."""


# -- the body ---------------------------------------------------------------------------------


def loads(content: bytes | str) -> Any:
    """JSON with every non-integer number as `Decimal`, so money stays exact."""
    return json.loads(content, parse_float=Decimal)


def decode(content: bytes, charset: str | None = None) -> tuple[str, str]:
    """The body as text, and the codec it was read with: `charset` (a Content-Type's, when
    Python knows it), else what the JSON itself shows (UTF-8, -16 or -32: RFC 8259 §8.1,
    `json.detect_encoding`). Never raises on the bytes: one that is not text in the codec
    becomes a lone surrogate (U+DC80-U+DCFF, Python's "surrogateescape"), which only ever
    stands inside a JSON string and marks its campaign unreadable (`parse_campaigns`)."""
    codec = None
    if charset:
        try:
            codec = codecs.lookup(charset).name
        except LookupError:
            codec = None
    if codec is None:
        codec = json.detect_encoding(content)
    try:
        text = content.decode(codec, "surrogateescape")
    except UnicodeDecodeError:
        # Multi-byte codecs (UTF-16/32 with an odd tail, stateful ones) can fail where
        # surrogateescape cannot help: replacement characters keep the rest readable; the
        # campaign holding one is then reported as unreadable by `parse_campaigns`.
        text = content.decode(codec, "replace").replace("\ufffd", "\udcff")
    return text.removeprefix("\ufeff"), codec.removesuffix("-sig")


def unwrap(body: Any) -> list[Any]:
    """The list of campaigns in a response body: a bare array, or an object holding one.

    Raises ValueError (naming what was found, never a value) when there is no such list.
    """
    if isinstance(body, list):
        return body
    if isinstance(body, Mapping):
        for key in WRAPPER_KEYS:
            if isinstance(body.get(key), list):
                return list(body[key])
        lists = [key for key, value in body.items() if isinstance(value, list)]
        if len(lists) == 1:
            return list(body[lists[0]])
        keys = ", ".join(sorted(map(str, body))[:10]) or "none"
        raise ValueError(f"expected a JSON array of campaigns or an object holding one (keys: {keys})")
    raise ValueError(f"expected a JSON array of campaigns, got {type(body).__name__}")


def parse_campaigns(items: Sequence[Any], *, charset: str = "utf-8") -> tuple[list[Campaign], list[CampaignParseError]]:
    """Every readable campaign of `items`, and an error for each one that is not.

    A campaign holding text that was not `charset` (the body's, as `decode` read it: such bytes
    are lone surrogates) is one that is not."""
    campaigns: list[Campaign] = []
    problems: list[CampaignParseError] = []
    seen: set[int] = set()
    for index, item in enumerate(items):
        try:
            _decodable(item, index, charset)
            campaign = parse_campaign(item, index=index)
        except CampaignParseError as exc:
            problems.append(exc)
            continue
        if campaign.campaign_id in seen:
            problems.append(
                CampaignParseError(
                    "duplicate campaign_id; the first campaign with this id is kept",
                    index=index,
                    campaign_id=campaign.campaign_id,
                    field="campaign_id",
                    raw=item,
                )
            )
            continue
        seen.add(campaign.campaign_id)
        campaigns.append(campaign)
    return campaigns, problems


_UNDECODED = re.compile("[\udc80-\udcff]")


def _decodable(raw: Any, index: int, charset: str) -> None:
    """Raise CampaignParseError when a text of `raw` holds a byte `decode` could not read."""
    todo: list[tuple[str | None, Any]] = [(None, raw)]
    while todo:
        field, value = todo.pop()
        if isinstance(value, Mapping):
            for key, inner in value.items():
                todo.append((field or str(key), key))
                todo.append((field or str(key), inner))
        elif isinstance(value, list):
            todo += [(field, inner) for inner in value]
        elif isinstance(value, str) and (found := _UNDECODED.search(value)):
            byte = ord(found.group()) - 0xDC00
            campaign_id = raw.get("campaign_id") if isinstance(raw, Mapping) else None
            if isinstance(campaign_id, str) and _UNDECODED.search(campaign_id):
                campaign_id = None
            raise CampaignParseError(
                f"holds byte 0x{byte:02x}, which is not {charset} text (the body's charset); the campaign "
                "is skipped: ask AppSamurai to send the charset their Content-Type declares",
                index=index,
                campaign_id=campaign_id,
                field=field if field is None or not _UNDECODED.search(field) else None,
                raw=raw,
            )


# -- one campaign -----------------------------------------------------------------------------


def parse_campaign(raw: Any, *, index: int | None = None) -> Campaign:
    """One campaign object (as decoded by `loads`) as a `Campaign`, or CampaignParseError."""
    if not isinstance(raw, Mapping):
        raise CampaignParseError(f"expected an object, got {type(raw).__name__}", index=index, raw=raw)
    values, extra = _split(raw)
    try:
        campaign_id = _required(_int(values.get("campaign_id")))
    except _Bad as exc:
        raise CampaignParseError(
            str(exc), index=index, campaign_id=raw.get("campaign_id"), field="campaign_id", raw=raw
        ) from None
    readers: dict[str, Callable[[Any], Any]] = {
        "type": _text,
        "app_title": _text,
        "app_category": _text,
        "app_store_url": _url,
        "app_id": _text,
        "app_icon": _url,
        "start_date": _date,
        "end_date": _date,
        "daily_cap": _int,
        "daily_click_cap": _int,
        "payout_type": _text,
        "cpa_event": _text,
        "revenue": _money,
        "cpi": _money,
        "campaign_name": _text,
        "offer_name": _text,
        "conversion_requirement": _text,
        "tracking_url": _url,
        "country": _text,
        "countries": _texts,
        "countries_with_cities": _cities,
        "platform": _text,
        "devices": _text,
        "creatives": _creatives,
        "creative_zip": _url,
        "required_fields": _texts,
        "blacklisted_subpublishers": _texts,
        "whitelisted_subpublishers": _texts,
        "event_goals": _goals,
        "received_events": _as_is_list,
        "currency_multiplier": _money,
    }
    fields: dict[str, Any] = {}
    for attr, read in readers.items():
        wire = _wire_name(attr)
        try:
            value = read(values.get(attr))
        except _Bad as exc:
            raise CampaignParseError(str(exc), index=index, campaign_id=campaign_id, field=wire, raw=raw) from None
        if value is not None:
            fields[attr] = value
    if "countries" not in fields and fields.get("country"):
        fields["countries"] = (fields["country"],)
    if "country" not in fields and fields.get("countries"):
        fields["country"] = fields["countries"][0]
    return Campaign(campaign_id=campaign_id, extra=extra, raw=dict(raw), **fields)


def _wire_name(attr: str) -> str:
    return "event_goal" if attr == "event_goals" else attr


def _split(raw: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Known fields by attribute name (exact wire name first, then any case), and the rest."""
    values: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    by_lower = {wire.lower(): attr for wire, attr in FIELDS.items()}
    for key, value in raw.items():
        if key in FIELDS:
            values[FIELDS[key]] = value
    for key, value in raw.items():
        if key in FIELDS:
            continue
        attr = by_lower.get(str(key).lower())
        if attr is None:
            extra[key] = value
        elif attr not in values:
            values[attr] = value
        # else: the exact spelling is present and wins; the other spelling is dropped.
    return values, extra


# -- field readers: None in, None out; _Bad when the value cannot mean what the field means ----


def _required(value: T | None) -> T:
    if value is None:
        raise _Bad("missing")
    return value


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, (int, Decimal)) and not isinstance(value, bool):
        return str(value)
    raise _Bad(f"expected text, got {type(value).__name__}")


def _url(value: Any) -> str | None:
    text = _text(value)
    if text is None:
        return None
    return text.strip().replace("&amp;", "&")


def _int(value: Any) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise _Bad("expected a whole number, got a boolean")
    if isinstance(value, int):
        return value
    if isinstance(value, Decimal) and value.is_finite() and value == value.to_integral_value():
        return int(value)
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value.strip())
    raise _Bad(f"expected a whole number, got {value!r}")


def _money(value: Any) -> Decimal | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise _Bad("expected an amount, got a boolean")
    if isinstance(value, Decimal):
        amount = value
    elif isinstance(value, int):
        amount = Decimal(value)
    elif isinstance(value, str):
        try:
            amount = Decimal(value.strip())
        except InvalidOperation:
            raise _Bad(f"expected an amount, got {value!r}") from None
    elif isinstance(value, float):
        # Decoded without `loads` (parse_float=Decimal): the float's shortest repr is the best
        # left of the original text (1.9199999999999999 has already become 1.92).
        amount = Decimal(repr(value))
    else:
        raise _Bad(f"expected an amount, got {type(value).__name__}")
    if not amount.is_finite():
        raise _Bad(f"expected a finite amount, got {value!r}")
    return amount


def _date(value: Any) -> dt.datetime | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise _Bad(f"expected a date, got {type(value).__name__}")
    text = value.strip()
    if text.lower() in NO_DATE or ZERO_DATE.fullmatch(text):
        return None
    try:
        if len(text) == 10:
            moment = dt.datetime.combine(dt.date.fromisoformat(text), dt.time())
        else:
            moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise _Bad(f"expected a date like '2025-02-19 12:25:00', got {value!r}") from None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def _list(value: Any) -> list[Any] | None:
    if value is None:
        return None
    if isinstance(value, list):
        return value
    raise _Bad(f"expected a list, got {type(value).__name__}")


def _texts(value: Any) -> tuple[str, ...] | None:
    items = _list(value)
    if items is None:
        return None
    out = []
    for item in items:
        text = _text(item)
        if text is not None:
            out.append(text)
    return tuple(out)


def _as_is_list(value: Any) -> tuple[Any, ...] | None:
    items = _list(value)
    return None if items is None else tuple(items)


def _object(value: Any) -> Mapping[str, Any] | None:
    if value is None:
        return None
    if isinstance(value, Mapping):
        return value
    raise _Bad(f"expected an object, got {type(value).__name__}")


def _cities(value: Any) -> dict[str, tuple[str, ...]] | None:
    countries = _object(value)
    if countries is None:
        return None
    out: dict[str, tuple[str, ...]] = {}
    for code, entry in countries.items():
        if isinstance(entry, list):  # {"US": ["New York"]}: the list without its wrapper
            out[str(code)] = _texts(entry) or ()
            continue
        entry = _object(entry) or {}
        out[str(code)] = _texts(entry.get("cities")) or ()
    return out


def _creative(value: Any) -> Creative:
    if isinstance(value, str):
        return Creative(url=_url(value))
    entry = _object(value) or {}
    known = {"url", "width", "height"}
    return Creative(
        url=_url(entry.get("url")),
        width=_int(entry.get("width")),
        height=_int(entry.get("height")),
        extra={k: v for k, v in entry.items() if k not in known},
    )


def _creatives(value: Any) -> Creatives | None:
    entry = _object(value)
    if entry is None:
        return None
    kinds = ("images", "videos", "others")
    return Creatives(
        **{kind: tuple(_creative(item) for item in _list(entry.get(kind)) or ()) for kind in kinds},
        extra={k: v for k, v in entry.items() if k not in kinds},
    )


def _goals(value: Any) -> tuple[EventGoal, ...] | None:
    items = _list(value)
    if items is None:
        return None
    goals = []
    for position, item in enumerate(items):
        entry = _object(item) or {}
        name = _text(entry.get("event_name"))
        if not name:
            raise _Bad(f"goal #{position} has no event_name")
        try:
            bid = _money(entry.get("cpi_bid"))
        except _Bad as exc:
            raise _Bad(f"goal {name!r}: cpi_bid: {exc}") from None
        known = {"event_name", "cpi_bid", "event_token"}
        goals.append(
            EventGoal(
                event_name=name,
                cpi_bid=bid,
                event_token=_text(entry.get("event_token")),
                extra={k: v for k, v in entry.items() if k not in known},
            )
        )
    return tuple(goals)
