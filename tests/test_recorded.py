"""The main flows, replayed from cassettes recorded against the sandbox served on loopback.

Each test runs unchanged in both modes (see tests/cassettes.py): `make cassettes` records it
over a real socket, `make test` replays it offline. `tests/test_contract.py` then validates
every recorded exchange against the spec.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from cassettes import FILES_HOST, RECORD, recording

from integr8 import AuthenticationError, ConversionUpdate, NotFoundError
from integr8.testing import Fault

UTC = dt.UTC
DAY = dict(start=dt.datetime(2025, 2, 3, tzinfo=UTC), end=dt.datetime(2025, 2, 3, 23, 59, 59, tzinfo=UTC))


def test_list_offers_across_pages_with_filters_and_sort():
    with recording("list_offers_pages") as rec:
        client = rec.client()
        offers = list(
            client.paginate(
                client.offers.list_offers,
                integration_id=rec.integration_id,
                page_size=10,
                filters={"currency": "USD"},
                sort=["-incremental_id"],
                concurrency=1,
            )
        )
    assert len(offers) > 100 and all(o.currency == "USD" for o in offers)
    ids = [o.incremental_id for o in offers]
    assert ids == sorted(ids, reverse=True) and len(set(ids)) == len(ids)


async def test_async_list_and_get():
    with recording("async_list_and_get") as rec:
        client = rec.async_client()
        first = [o async for o in client.paginate(client.advertisers.list_advertisers, page_size=2)]
        one = await client.advertisers.get_advertiser(first[0].id)
        await client.close()
    assert len(first) == 6 and one.data.id == first[0].id


def test_conversion_report_cursor_walk():
    with recording("conversion_report_day") as rec:
        client = rec.client()
        rows = list(client.iter_report("conversions", integration_id=rec.integration_id, page_size=100, **DAY))
    assert len(rows) > 300 and len({r.real_tx_id for r in rows}) == len(rows)
    assert [r.conversion_time for r in rows] == sorted((r.conversion_time for r in rows), reverse=True)


def test_advertiser_crud_and_errors():
    with recording("advertiser_crud") as rec:
        client = rec.client()
        created = client.advertisers.create_advertiser(body={"name": "Recorded Co", "email": "ops@recorded.example"})
        advertiser_id = created.created_item_id
        assert client.advertisers.get_advertiser(advertiser_id).data.name == "Recorded Co"
        client.advertisers.update_advertiser(advertiser_id, body={"name": "Recorded Co 2"})
        client.advertisers.bulk_update_advertisers_status(body={"active": False, "data": [advertiser_id]})
        after = client.advertisers.get_advertiser(advertiser_id).data
        client.advertisers.delete_advertiser(advertiser_id)
        with pytest.raises(NotFoundError) as missing:
            client.advertisers.get_advertiser(advertiser_id)
        with pytest.raises(AuthenticationError):
            rec.client(api_key="not_a_valid_key_000000").advertisers.list_advertisers()
    assert after.name == "Recorded Co 2" and after.active is False
    assert missing.value.status_code == 404 and advertiser_id in str(missing.value)


def test_rate_limit_is_retried_after_the_servers_delay():
    with recording("rate_limited") as rec:
        rec.when_recording(lambda sb: sb.inject(Fault(status=429, retry_after=2, operation="listPublishers")))
        client = rec.client()
        page = client.publishers.list_publishers(pagesize=5)
    assert len(page.data) == 5 and rec.slept == [2.0]


def test_export_clicks_to_a_csv(tmp_path):
    with recording("export_clicks") as rec:
        client = rec.client()
        result = client.export_to_file(
            "clicks",
            integration_id=rec.integration_id,
            dest=tmp_path / "clicks.csv",
            fields=["tx_id", "request_time"],
            extra_parameters=["sub1"],
            poll_interval=1.0,
            **DAY,
        )
    lines = (tmp_path / "clicks.csv").read_text().splitlines()
    assert lines[0] == "tx_id,request_time,sub1"
    assert result.rows == len(lines) - 1 == result.expected_rows
    assert rec.slept and all(s > 0 for s in rec.slept)  # it polled


def test_conversion_updates_verified(tmp_path):
    with recording("conversion_updates") as rec:
        client = rec.client()
        rows = list(client.iter_report("conversions", integration_id=rec.integration_id, **DAY))[:3]
        updates = [
            ConversionUpdate(tx_id=r.tx_id, conversion_time=r.conversion_time, hash=r.hash_, status="Rejected")
            for r in rows[:2]
        ]
        updates.append(
            ConversionUpdate(tx_id=rows[2].tx_id, conversion_time=rows[2].conversion_time, hash="0" * 40, payout=1)
        )
        report = client.update_conversions(integration_id=rec.integration_id, updates=updates)
    assert report.applied == updates[:2] and report.skipped == updates[2:]


def test_cassettes_hold_no_credentials():
    """Scrubbing: no API key, no signature, no sandbox key anywhere in the recorded files."""
    from cassettes import cassette_files

    from integr8.testing import DEFAULT_API_KEY

    files = cassette_files()
    assert len(files) >= 7 or RECORD
    for path in files:
        text = path.read_text()
        assert DEFAULT_API_KEY not in text, path.name
        assert "not_a_valid_key_000000" not in text, path.name
        assert re.findall(r'"guest_token":\s*"([^"]*)"', text) in ([], ["REDACTED"] * text.count('"guest_token"')), (
            path.name
        )
        if FILES_HOST in text:
            assert "signature=REDACTED" in text and "signature=" in text
            assert text.count("signature=") == text.count("signature=REDACTED"), path.name
