"""The CI contract check: every recorded exchange must satisfy the spec.

Each interaction of each cassette (API host only; the signed-URL host is not an API operation)
is validated, request and response, with the same validator users' CI tools use
(`integr8.contract._validate`). A spec change that the recorded traffic no longer satisfies
fails here, naming the cassette, the interaction and the rule.
"""

from __future__ import annotations

import copy

import pytest
import yaml
from cassettes import API_PORT, cassette_files

from integr8._spec import load_spec
from integr8.contract._validate import validate_exchange


def api_interactions():
    for path in cassette_files():
        data = yaml.safe_load(path.read_text())
        for number, interaction in enumerate(data["interactions"], start=1):
            if f":{API_PORT}/" in interaction["request"]["uri"]:
                yield f"{path.name}#{number}", interaction


def violations(spec) -> list[str]:
    out = []
    for where, interaction in api_interactions():
        for v in validate_exchange(spec, interaction["request"], interaction["response"]):
            out.append(f"{where}: {v}")
    return out


def test_every_recorded_exchange_satisfies_the_spec(capsys):
    spec = load_spec()
    found = violations(spec)
    assert found == [], "\n".join(found)
    interactions = list(api_interactions())
    with capsys.disabled():
        print(
            f"\ncontract: {len(interactions)} recorded API interactions in {len(cassette_files())} cassettes validated"
        )
    assert len(interactions) >= 50


def test_a_spec_change_the_recordings_break_is_caught():
    spec = copy.deepcopy(load_spec())
    row = spec["components"]["schemas"]["ConversionReportRow"]["properties"]
    row["payout"] = {"type": "string"}  # the recorded traffic sends numbers
    spec["components"]["schemas"]["Offer"]["required"] = ["name", "brand_new_required_field"]
    found = violations(spec)
    assert any("conversion_report_day.yaml#" in f and "getConversionReport" in f and "payout" in f for f in found)
    assert any("list_offers_pages.yaml#" in f and "brand_new_required_field" in f for f in found)


def test_a_tampered_recording_is_caught(tmp_path):
    spec = load_spec()
    where, interaction = next(i for i in api_interactions() if "advertiser_crud" in i[0])
    bad = copy.deepcopy(interaction)
    bad["response"]["body"]["string"] = b'{"created_item_id": 12}'
    assert validate_exchange(spec, interaction["request"], interaction["response"]) == []
    found = validate_exchange(spec, bad["request"], bad["response"])
    assert found and found[0].operation == "createAdvertiser" and "created_item_id" in found[0].rule


@pytest.mark.parametrize("name", ["list_offers_pages", "conversion_report_day", "export_clicks", "advertiser_crud"])
def test_the_main_flows_are_recorded(name):
    assert any(p.stem == name for p in cassette_files())
