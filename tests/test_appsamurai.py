"""The AppSamurai campaign-pull client: parsing, tolerance, secrecy, retries and diffs.

Every test serves the reference's two sample campaigns verbatim (cut from
tests/reference/appsamurai-campaign-pull.txt at test time) or a variant of them through
`httpx.MockTransport`, or a vcrpy cassette recorded from that transport.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from decimal import Decimal
from pathlib import Path

import attrs
import httpx
import pytest

from integr8 import errors
from integr8.appsamurai import (
    AppSamurai,
    AppSamuraiConnectionError,
    AppSamuraiResponseError,
    AppSamuraiServerError,
    AppSamuraiStatusError,
    AsyncAppSamurai,
    Campaign,
    CampaignParseError,
    Creative,
    EventGoal,
    diff_campaigns,
    parse_campaign,
    vcr_config,
)

REFERENCE = Path(__file__).parent / "reference" / "appsamurai-campaign-pull.txt"
TOKEN = "tok9F8e7D6c5B4a3928170645abcdef"
URL = f"https://api.appsamurai.com/api/campaign-pull/list/{TOKEN}"
UTC = dt.UTC


def reference_sample(heading: str) -> str:
    """The JSON text of the sample that follows `heading` in the reference, byte for byte."""
    text = REFERENCE.read_text(encoding="utf-8")
    start = text.index(f"\n{heading}\n") + len(heading) + 2
    _, end = json.JSONDecoder().raw_decode(text, start)
    return text[start:end]


CPI = reference_sample("CPI Campaigns")
CPE = reference_sample("Multi-Rewarded CPE Campaigns")
BARE = f"[{CPI},{CPE}]"
WRAPPED = f'{{"campaigns": [{CPI},{CPE}]}}'


def sample(text: str, **changes: object) -> dict:
    """A sample as a dict (floats as Decimal), with top-level fields changed; None deletes."""
    data = json.loads(text, parse_float=Decimal)
    for key, value in changes.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    return data


def encode(items: object) -> str:
    return json.dumps(items, default=str)


class Server:
    """A MockTransport answering every request with the scripted bodies/statuses in turn."""

    def __init__(self, *answers: object):
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, Exception):
            raise answer
        if isinstance(answer, httpx.Response):
            return answer
        return httpx.Response(200, content=str(answer).encode(), headers={"Content-Type": "application/json"})


def client(server: Server, url: str = URL, **kw: object) -> AppSamurai:
    apps = AppSamurai(url=url, transport=httpx.MockTransport(server), **kw)
    apps._sleep = lambda seconds: None  # retries without waiting
    return apps


def pull(body: str) -> list[Campaign]:
    return client(Server(body)).campaigns()


# -- every documented field, from the verbatim samples -----------------------------------------


def test_cpi_sample_every_field():
    cpi, _ = pull(BARE)
    assert cpi.campaign_id == 1235
    assert cpi.type == "non-incent" and cpi.incent is False and not cpi.rewarded
    assert cpi.app_title == "Climbing Pirates"
    assert cpi.app_category == "Games / Casual"
    assert cpi.app_store_url == "https://play.google.com/store/apps/details?id=com.sickkogames.pirates"
    assert cpi.app_id == "com.sickkogames.pirates"
    assert cpi.app_icon == (
        "https://play-lh.googleusercontent.com/Vt_eizbSd5GvaIwGUeL3XKaxIve682kwfWG6S5SJfsSBcQX0lQHjM6rz_mYVM8A8IAo=s180"
    )
    assert cpi.start_date == dt.datetime(2025, 2, 19, 12, 25, tzinfo=UTC)  # from "Start_date"
    assert cpi.end_date is None  # "No End Date"
    assert cpi.daily_cap == 100 and cpi.daily_click_cap == 100000
    assert cpi.payout_type == "cpi" and cpi.cpa_event is None
    assert cpi.revenue == Decimal("1.5") and isinstance(cpi.revenue, Decimal)
    assert cpi.campaign_name == "Climbing Pirates-iOS-AE"
    assert cpi.tracking_url == "TRACKING URL"
    assert cpi.country == "US" and cpi.countries == ("US", "TR")
    assert cpi.countries_with_cities == {
        "US": ("New York", "Los Angeles"),
        "TR": ("Ankara", "Bursa"),
    }
    assert cpi.platform == "android" and cpi.devices == "Both"
    assert cpi.creatives.images == (Creative(url="CREATIVE URL"), Creative(url="CREATIVE URL"))
    assert cpi.creatives.videos == () and cpi.creatives.others == ()
    assert cpi.creative_zip == "CREATIVE ZIP URL"
    assert cpi.required_fields == ("ref_id",)
    assert cpi.blacklisted_subpublishers == () and cpi.whitelisted_subpublishers == ()
    assert cpi.event_goals == () and cpi.received_events == ()
    assert cpi.offer_name is None and cpi.conversion_requirement is None
    assert cpi.currency_multiplier is None and cpi.cpi is None
    assert cpi.extra == {}
    assert cpi.raw["Start_date"] == "2025-02-19 12:25:00"


def test_multi_rewarded_cpe_sample_every_field():
    _, cpe = pull(BARE)
    assert cpe.campaign_id == 120254
    assert cpe.type == "incent" and cpe.incent is True and cpe.rewarded
    assert cpe.app_title == "Sling Plane 3D" and cpe.app_category == "Games / Simulation"
    # JSON escapes (\/ and \u0026) decoded
    assert cpe.app_store_url == (
        "https://play.google.com/store/apps/details?id=com.panteon.slingplane"
        "&referrer=utm_source%3D42matters.com%26utm_medium%3Dapi"
    )
    assert cpe.app_id == "com.panteon.slingplane"
    assert cpe.app_icon.startswith("https://play-lh.googleusercontent.com/1ou1lb0lsImbDe")
    assert cpe.start_date == dt.datetime(2023, 2, 7, 10, 56, tzinfo=UTC)  # from "start_date"
    assert cpe.end_date is None
    assert (cpe.daily_cap, cpe.daily_click_cap) == (200, 100000)
    assert (cpe.payout_type, cpe.cpa_event) == ("cpa", "multi-event")
    # exact: the JSON float's text, not the float 1.92
    assert cpe.revenue == Decimal("1.9199999999999999") and str(cpe.revenue) == "1.9199999999999999"
    assert cpe.campaign_name == "Sling Plane-120254-And_Phone-US-17Feb23-ADRP"
    assert cpe.tracking_url == (
        "https://click.appsamurai.com/api/callbacks/click"
        "?sub_campaign_id=-QgfS_K1qCUvn5PP_vEmq-6E_kcvaJbe&extra_1={userid}"
    )
    assert cpe.offer_name == "Reach Distance 1200, 4200, 8200 and 10200 m"
    assert cpe.conversion_requirement == "Reach Distance 1200, 4200, 8200 and 10200 m"
    assert cpe.country == "US" and cpe.countries == ("US",)
    assert cpe.countries_with_cities == {"US": ()}
    assert (cpe.platform, cpe.devices) == ("play", "Phone")
    assert cpe.required_fields == ("ref_id",)
    assert cpe.event_goals == (
        EventGoal(
            event_name="max_distance_reached_1000",
            cpi_bid=Decimal("0.35"),
            event_token="Reach distance 1200m",
        ),
        EventGoal(
            event_name="max_distance_reached_4000",
            cpi_bid=Decimal("0.36"),
            event_token="Reach distance 4200m",
        ),
        EventGoal(
            event_name="max_distance_reached_8000",
            cpi_bid=Decimal("0.5"),
            event_token="Reach distance 8200m",
        ),
        EventGoal(
            event_name="max_distance_reached_10000",
            cpi_bid=Decimal("0.72"),
            event_token="Reach distance 10200m",
        ),
    )
    assert all(isinstance(goal.cpi_bid, Decimal) for goal in cpe.event_goals)
    assert cpe.received_events == ()
    assert cpe.creatives.images == () and cpe.creative_zip is None
    assert cpe.extra == {}


def test_documented_fields_absent_from_the_samples_are_read():
    item = sample(
        CPE,
        cpi="0.90",
        currency_multiplier=Decimal("1000"),
        blacklisted_subpublishers=["pub1", 77],
        whitelisted_subpublishers=["pub9"],
        received_events=[{"event_name": "max_distance_reached_1000"}],
        creatives={
            "images": [{"url": "https://cdn/x.png", "width": 320, "height": 480}],
            "videos": ["https://cdn/v.mp4"],
        },
    )
    campaign = parse_campaign(item)
    assert campaign.cpi == Decimal("0.90")
    assert campaign.currency_multiplier == Decimal("1000")
    assert campaign.blacklisted_subpublishers == ("pub1", "77")
    assert campaign.whitelisted_subpublishers == ("pub9",)
    assert campaign.received_events == ({"event_name": "max_distance_reached_1000"},)
    assert campaign.creatives.images == (Creative(url="https://cdn/x.png", width=320, height=480),)
    assert campaign.creatives.videos == (Creative(url="https://cdn/v.mp4"),)


@pytest.mark.parametrize(
    "body",
    [
        BARE,
        WRAPPED,
        f'{{"data": [{CPI},{CPE}], "meta": {{"count": 2}}}}',
        f'{{"status": "ok", "list": [{CPI},{CPE}]}}',  # its only list-valued field
    ],
    ids=["bare-array", "campaigns", "data", "only-list"],
)
def test_bare_array_and_wrapping_objects_read_alike(body):
    assert pull(body) == pull(BARE)
    assert [c.campaign_id for c in pull(body)] == [1235, 120254]


@pytest.mark.parametrize("body", ['{"status": "ok"}', "<html>maintenance</html>", '"hello"'])
def test_a_body_without_a_campaign_list_is_a_response_error(body):
    with pytest.raises(AppSamuraiResponseError) as caught:
        pull(body)
    assert TOKEN not in str(caught.value)
    assert "campaign-pull/list/***" in str(caught.value)


def test_empty_pull_is_no_campaigns():
    assert pull("[]") == []


# -- tolerance ---------------------------------------------------------------------------------


def test_both_start_date_spellings_and_end_dates():
    upper = parse_campaign(sample(CPI))  # "Start_date"
    lower = parse_campaign(sample(CPI, Start_date=None, start_date="2025-02-19 12:25:00"))
    assert upper.start_date == lower.start_date == dt.datetime(2025, 2, 19, 12, 25, tzinfo=UTC)
    assert "Start_date" not in upper.extra and "start_date" not in lower.extra
    assert parse_campaign(sample(CPI, end_date="2025-06-30 23:59:00")).end_date == dt.datetime(
        2025, 6, 30, 23, 59, tzinfo=UTC
    )
    assert parse_campaign(sample(CPI, end_date="no end date")).end_date is None
    assert parse_campaign(sample(CPI, end_date="2025-06-30")).end_date == dt.datetime(2025, 6, 30, tzinfo=UTC)
    # an explicit offset is honoured, then expressed in UTC
    assert parse_campaign(sample(CPI, end_date="2025-06-30T02:00:00+02:00")).end_date == dt.datetime(
        2025, 6, 30, 0, 0, tzinfo=UTC
    )


def test_money_is_exact_whatever_its_spelling():
    assert parse_campaign(sample(CPI, revenue="2.10")).revenue == Decimal("2.10")
    assert parse_campaign(sample(CPI, revenue=3)).revenue == Decimal(3)
    bids = sample(CPE)
    bids["event_goal"][0]["cpi_bid"] = Decimal("0.35")  # a number instead of a string
    assert parse_campaign(bids).event_goals[0].cpi_bid == Decimal("0.35")
    # decoded with plain json.loads: the float's shortest repr, not its binary expansion
    assert parse_campaign(json.loads(CPI)).revenue == Decimal("1.5")


def test_unknown_fields_are_kept():
    item = sample(CPE, bundle_priority=3, kpi={"d7_retention": Decimal("0.2")})
    campaign = parse_campaign(item)
    assert campaign.extra == {"bundle_priority": 3, "kpi": {"d7_retention": Decimal("0.2")}}
    assert campaign.raw["bundle_priority"] == 3 and campaign.raw["campaign_id"] == 120254
    goals = sample(CPE)
    goals["event_goal"][0]["max_conversions"] = 10
    assert parse_campaign(goals).event_goals[0].extra == {"max_conversions": 10}


def test_html_escaped_ampersands_in_urls_are_decoded():
    item = sample(CPE, tracking_url="https://click.appsamurai.com/c?a=1&amp;b={userid}")
    assert parse_campaign(item).tracking_url == "https://click.appsamurai.com/c?a=1&b={userid}"


@pytest.mark.parametrize(
    "bad, field",
    [
        ("not an object", None),
        ({"app_title": "no id"}, "campaign_id"),
        (sample(CPI, campaign_id="12x"), "campaign_id"),
        (sample(CPI, daily_cap="lots"), "daily_cap"),
        (sample(CPI, Start_date="soon"), "start_date"),
        (sample(CPI, revenue="free"), "revenue"),
        (sample(CPI, countries="US"), "countries"),
    ],
)
def test_a_malformed_campaign_is_reported_and_skipped(bad, field, caplog):
    body = encode([sample(CPE), bad, sample(CPI, campaign_id=999)])
    apps = client(Server(body))
    with caplog.at_level(logging.WARNING, logger="integr8.appsamurai"):
        result = apps.fetch()
    assert [c.campaign_id for c in result.campaigns] == [120254, 999]
    (problem,) = result.errors
    assert isinstance(problem, CampaignParseError)
    assert problem.index == 1 and problem.field == field
    assert "campaign #1" in str(problem)
    assert any("Skipped a malformed AppSamurai campaign" in r.getMessage() for r in caplog.records)
    assert all(TOKEN not in r.getMessage() for r in caplog.records)
    # campaigns() is the same pull without the report
    assert [c.campaign_id for c in client(Server(body)).campaigns()] == [120254, 999]


def test_a_duplicate_campaign_id_keeps_the_first():
    body = encode([sample(CPI), sample(CPI, revenue="9")])
    result = client(Server(body)).fetch()
    assert [c.revenue for c in result.campaigns] == [Decimal("1.5")]
    assert result.errors[0].field == "campaign_id" and "duplicate" in str(result.errors[0])


def test_an_event_goal_without_a_name_makes_the_campaign_malformed():
    item = sample(CPE)
    del item["event_goal"][2]["event_name"]
    with pytest.raises(CampaignParseError, match="event_goal: goal #2 has no event_name"):
        parse_campaign(item)


# -- the token is a secret ---------------------------------------------------------------------


def test_repr_shows_the_host_not_the_token():
    apps = AppSamurai(URL)
    assert repr(apps) == "AppSamurai(url='https://api.appsamurai.com/api/campaign-pull/list/<redacted>')"
    assert apps.host == "api.appsamurai.com"
    assert TOKEN not in repr(apps) and TOKEN not in str(vars(apps).get("_endpoint"))


def test_token_absent_from_a_500_error_and_every_log_line(caplog):
    echo = httpx.Response(500, json={"message": f"internal error for token {TOKEN}"})
    server = Server(echo)
    apps = client(server, max_retries=2)
    with caplog.at_level(logging.DEBUG):
        with pytest.raises(AppSamuraiServerError) as caught:
            apps.campaigns()
    assert len(server.requests) == 3  # a GET: retried on 5xx by the core policy
    message = str(caught.value)
    assert message.startswith("AppSamurai campaign pull: 500 Internal Server Error: GET /api/campaign-pull/list/***")
    assert "internal error for token ***" in message
    assert TOKEN not in message
    lines = [r.getMessage() for r in caplog.records]
    assert any(
        line.startswith("HTTP Request: GET https://api.appsamurai.com/api/campaign-pull/list/***") for line in lines
    )
    assert any(line.startswith("Retrying GET /api/campaign-pull/list/***") for line in lines)
    assert all(TOKEN not in line for line in lines)
    assert all(TOKEN not in caplog.handler.format(r) for r in caplog.records)


def test_token_absent_from_a_connection_error(caplog):
    server = Server(httpx.ConnectError(f"could not reach {URL}"))
    with caplog.at_level(logging.DEBUG):
        with pytest.raises(AppSamuraiConnectionError) as caught:
            client(server, max_retries=1).campaigns()
    assert len(server.requests) == 2
    assert (
        str(caught.value)
        == "AppSamurai campaign pull: Connection error: ConnectError (GET /api/campaign-pull/list/***)"
    )
    assert caught.value.__cause__ is None  # httpx's error quoted the URL, token and all
    assert all(TOKEN not in r.getMessage() for r in caplog.records)


def test_token_absent_from_a_cassette_which_still_plays_back(tmp_path):
    vcr = pytest.importorskip("vcr")
    cassette = tmp_path / "pull.yaml"
    with vcr.use_cassette(str(cassette), record_mode="once", **vcr_config()):
        recorded = client(Server(BARE)).campaigns()
    text = cassette.read_text()
    assert TOKEN not in text
    assert "campaign-pull/list/***" in text
    assert "Sling Plane 3D" in text  # the body is in there, untouched

    def offline(request: httpx.Request) -> httpx.Response:
        raise AssertionError("played back from the cassette, not sent")

    with vcr.use_cassette(str(cassette), record_mode="none", **vcr_config()):
        replayed = AppSamurai(URL, transport=httpx.MockTransport(offline)).campaigns()
    assert replayed == recorded and len(replayed) == 2


# -- the URL -----------------------------------------------------------------------------------


PLAIN = URL.replace("https://", "http://")


@pytest.mark.parametrize("cls", [AppSamurai, AsyncAppSamurai])
def test_http_is_refused_never_rewritten_unless_opted_in(cls, monkeypatch):
    monkeypatch.delenv("APPSAMURAI_ALLOW_HTTP", raising=False)
    transport = httpx.MockTransport(Server(BARE))  # both a sync and an async transport
    with pytest.raises(errors.ConfigurationError) as caught:
        cls(PLAIN, transport=transport)
    message = str(caught.value)
    assert "plain http://" in message and "unencrypted" in message
    # what to do: the https URL (token masked), or the opt-ins
    assert "https://api.appsamurai.com/api/campaign-pull/list/<redacted>" in message
    assert "allow_http=True" in message and "APPSAMURAI_ALLOW_HTTP=1" in message
    assert TOKEN not in message and TOKEN not in repr(caught.value)
    with pytest.raises(errors.ConfigurationError, match="plain http"):
        cls(PLAIN, transport=transport, allow_http=False)


def test_http_is_kept_as_given_when_allowed_by_keyword_or_environment(monkeypatch):
    monkeypatch.delenv("APPSAMURAI_ALLOW_HTTP", raising=False)
    server = Server(BARE, BARE, BARE)
    client(server, url=PLAIN, allow_http=True).campaigns()
    assert str(server.requests[-1].url) == PLAIN  # the scheme is never rewritten
    local = "http://127.0.0.1:8123/api/campaign-pull/list/" + TOKEN
    for word in ("1", "true", "YES"):
        monkeypatch.setenv("APPSAMURAI_ALLOW_HTTP", word)
        assert AppSamurai(local, transport=httpx.MockTransport(server)).campaigns()
        assert str(server.requests[-1].url) == local
    monkeypatch.setenv("APPSAMURAI_URL", local)
    assert repr(AppSamurai.from_env(transport=httpx.MockTransport(server))) == (
        "AppSamurai(url='http://127.0.0.1:8123/api/campaign-pull/list/<redacted>')"
    )
    # an explicit allow_http=False wins over the environment; "0" or anything else allows nothing
    with pytest.raises(errors.ConfigurationError, match="plain http"):
        AppSamurai(local, allow_http=False)
    monkeypatch.setenv("APPSAMURAI_ALLOW_HTTP", "0")
    with pytest.raises(errors.ConfigurationError, match="plain http"):
        AppSamurai(local)
    # https needs no opt-in, and an opt-in changes nothing about it
    client(server, url=URL, allow_http=True).campaigns()
    assert str(server.requests[-1].url) == URL


@pytest.mark.parametrize(
    "url, message",
    [
        (None, "APPSAMURAI_URL"),
        ("https://api.appsamurai.com/api/campaign-pull/list/", "has no token"),
        ("https://api.appsamurai.com/api/campaign-pull/list/YOUR_API_TOKEN", "placeholder"),
        (f"ftp://api.appsamurai.com/api/campaign-pull/list/{TOKEN}", "https://"),
        (f"api.appsamurai.com/api/campaign-pull/list/{TOKEN}", "https://"),
        (f"https://api.appsamurai.com/api/campaign-pull/list/{TOKEN}\n", "whitespace"),
        (f"https://api.appsamurai.com/list/{TOKEN}#x", "fragment"),
        ("https://api.appsamurai.com/api/campaign-pull/list/ab", "shorter"),
    ],
)
def test_bad_urls_fail_at_construction_without_echoing_the_token(url, message):
    server = Server(BARE)
    with pytest.raises(errors.ConfigurationError, match=message) as caught:
        AppSamurai(url, transport=httpx.MockTransport(server))
    assert TOKEN not in str(caught.value)
    assert server.requests == []


def test_from_env(monkeypatch):
    monkeypatch.setenv("APPSAMURAI_URL", URL)
    apps = AppSamurai.from_env(timeout=5.0)
    assert apps.timeout == httpx.Timeout(5.0) and repr(apps).endswith("/list/<redacted>')")
    assert type(AsyncAppSamurai.from_env()) is AsyncAppSamurai  # one from_env, each class's own
    assert AppSamurai.from_env(url=URL.replace(TOKEN, "other-token")).host == "api.appsamurai.com"
    monkeypatch.delenv("APPSAMURAI_URL")
    with pytest.raises(errors.ConfigurationError, match="APPSAMURAI_URL is not set"):
        AppSamurai.from_env()


def test_redirects_are_not_followed():
    moved = httpx.Response(302, headers={"Location": "https://elsewhere.example/steal"})
    server = Server(moved)
    with pytest.raises(AppSamuraiStatusError) as caught:
        client(server).campaigns()
    assert caught.value.status_code == 302 and len(server.requests) == 1


async def test_async_twin_reads_the_same_campaigns():
    async def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=WRAPPED.encode())

    async with AsyncAppSamurai(URL, transport=httpx.MockTransport(handler)) as apps:
        campaigns = await apps.campaigns()
    assert campaigns == pull(BARE)
    assert repr(apps) == "AsyncAppSamurai(url='https://api.appsamurai.com/api/campaign-pull/list/<redacted>')"


# -- diff_campaigns ----------------------------------------------------------------------------


def test_diff_buckets():
    cpi, cpe = pull(BARE)
    newer_cpe = attrs.evolve(
        cpe,
        revenue=Decimal("2.05"),
        countries_with_cities={"US": ()},  # same value, rebuilt
        required_fields=("ref_id",),
    )
    added = parse_campaign(sample(CPI, campaign_id=777))
    diff = diff_campaigns([cpi, cpe], [newer_cpe, added])
    assert [c.campaign_id for c in diff.added] == [777]
    assert [(c.campaign_id, c.fields) for c in diff.changed] == [(120254, frozenset({"revenue"}))]
    assert diff.changed[0].previous.revenue == Decimal("1.9199999999999999")
    assert [c.campaign_id for c in diff.removed] == [1235]
    assert diff.unchanged == 0 and bool(diff)
    assert "1 added, 1 changed, 1 removed" in diff.summary()


def test_diff_ignores_order_where_order_means_nothing():
    cpi, cpe = pull(BARE)
    shuffled = attrs.evolve(
        cpi,
        countries=("TR", "US"),
        countries_with_cities={"TR": ("Bursa", "Ankara"), "US": ("Los Angeles", "New York")},
    )
    reversed_goals = attrs.evolve(cpe, event_goals=tuple(reversed(cpe.event_goals)))
    diff = diff_campaigns([cpi, cpe], [shuffled, reversed_goals])
    assert not diff and diff.unchanged == 2


def test_diff_names_each_changed_field_including_unknown_ones():
    before = parse_campaign(sample(CPE, bundle_priority=1))
    goals = sample(CPE, bundle_priority=2, end_date="2025-12-31 00:00:00")
    goals["event_goal"][0]["cpi_bid"] = "0.40"
    after = parse_campaign(goals)
    (change,) = diff_campaigns([before], [after]).changed
    assert change.fields == {"bundle_priority", "end_date", "event_goal"}


def test_diff_the_same_pull_twice_is_empty_and_duplicates_are_refused():
    campaigns = pull(BARE)
    assert not diff_campaigns(campaigns, pull(WRAPPED))
    with pytest.raises(ValueError, match="campaign 1235 twice"):
        diff_campaigns(campaigns + campaigns[:1], campaigns)


def test_a_token_with_lowercase_escapes_is_masked_as_httpx_logs_it(caplog):
    import logging

    import httpx

    from integr8.appsamurai import AppSamurai

    caplog.set_level(logging.INFO)
    url = "https://api.appsamurai.com/api/campaign-pull/list/Tok3n%2bSecretValue99"
    apps = AppSamurai(url=url, max_retries=0, transport=httpx.MockTransport(lambda r: httpx.Response(500, text="no")))
    with pytest.raises(Exception) as info:
        apps.campaigns()
    assert "SecretValue99" not in caplog.text and "SecretValue99" not in str(info.value)
