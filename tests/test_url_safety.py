"""What goes into the URL is safe by construction, for every operation of the spec.

Why: an id such as `.` or `..` or `a/b` addresses another resource once it is in a path
(`DELETE .../offers/.` is the bulk delete), a blank `integration_id` reads an empty report, a
list item holding a comma turns into several values, and a `page[size]` over the spec's
maximum goes out unchecked. Every rule here that concerns "every operation" is generated from
the spec (`integr8._operations.catalog()`, `integr8._spec`), so a new operation is covered
with no new test code. Requests go to the in-process sandbox, which records each one with the
operation it routed it to (`sb.requests`).
"""

from __future__ import annotations

import asyncio
import inspect
import math
import re
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from typer.testing import CliRunner

from integr8 import AsyncIntegr8, Integr8, errors
from integr8._operations import OperationInfo, catalog, operation_info
from integr8._spec import iter_operations, load_spec
from integr8.cli import app
from integr8.cli._state import AppState
from integr8.testing import AsyncSandboxTransport, ManualClock, Sandbox, SandboxTransport

SPEC_SOURCE = Path(__file__).resolve().parents[1] / "openapi" / "integr8.yaml"
BAD_IDS = ["", "  ", ".", "..", "a/b"]
RESERVED = "a b?c#d%e"
TIME = "2025-02-10 00:00:00"


def normalized(name: str) -> str:
    """`getOffer`/`get_offer`, `page[size]`/`pagesize`: the spec's and the generated spelling alike."""
    return re.sub(r"[^a-z0-9]", "", name.lower())


def resolve(node: Any, spec: dict[str, Any]) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"][2:].split("/"):
            target = target[part]
        node = target
    return node


def _operations() -> list[OperationInfo]:
    return [operation_info(tag, name) for tag, names in catalog().items() for name in names]


def _spec_operations() -> dict[str, tuple[str, dict[str, Any]]]:
    """`{normalized operationId: (operationId, [resolved parameters])}` straight from the spec."""
    spec = load_spec()
    found = {}
    for _method, _path, op in iter_operations(spec):
        params = [resolve(p, spec) for p in op.get("parameters", ())]
        for p in params:
            p["schema"] = resolve(p.get("schema", {}), spec)
        found[normalized(op["operationId"])] = (op["operationId"], params)
    return found


SPEC_OPS = _spec_operations()


def _operation_id(info: OperationInfo) -> str:
    return SPEC_OPS[normalized(info.name)][0]


def _arg_for(info: OperationInfo, spec_name: str) -> str:
    """The keyword users pass for the spec's parameter `spec_name` (`page[size]` -> `pagesize`)."""
    matches = [n for n in info.param_names if normalized(n) == normalized(spec_name)]
    assert len(matches) == 1, f"{info}: no single argument for {spec_name!r} in {sorted(info.param_names)}"
    return matches[0]


def _sample(schema: dict[str, Any]) -> Any:
    """A value the spec accepts for `schema` (for the required parameters around the one tested)."""
    if "enum" in schema:
        return schema["enum"][0]
    if schema.get("type") == "integer":
        return max(schema.get("minimum", 1), 1)
    if schema.get("type") == "array":
        return ["x"]
    if "pattern" in schema:
        return TIME
    return "x"


class _EmptyBody:
    """A request body for operations that require one; the sandbox answers 400 to it, which is
    fine: these tests look at where the request went, not at what the server made of it."""

    def to_dict(self) -> dict[str, Any]:
        return {}


def _valid_params(info: OperationInfo) -> dict[str, Any]:
    """Every required argument of the operation, with a value its own rules accept."""
    _op_id, spec_params = SPEC_OPS[normalized(info.name)]
    by_arg = {_arg_for(info, p["name"]): p for p in spec_params if p["in"] in ("path", "query")}
    params: dict[str, Any] = {}
    for name, param in info.signature.parameters.items():
        if param.default is not inspect.Parameter.empty:
            continue
        if name == "body":
            params[name] = _EmptyBody()
        elif name in info.path_params:
            params[name] = "ok-id"
        else:
            assert name in by_arg, f"{info}: required argument {name} is not in the spec"
            params[name] = _sample(by_arg[name]["schema"])
    return params


def _path_cases() -> list[Any]:
    return [
        pytest.param(info.tag, info.name, name, id=f"{info.tag}.{info.name}.{name}")
        for info in _operations()
        for name in info.path_params
    ]


def _with_path() -> list[Any]:
    return [
        pytest.param(info.tag, info.name, id=f"{info.tag}.{info.name}") for info in _operations() if info.path_params
    ]


def _limit_cases() -> list[Any]:
    """Every query parameter of every operation with a limit in the spec, and values beyond it."""
    cases = []
    for info in _operations():
        for param in SPEC_OPS[normalized(info.name)][1]:
            if param["in"] != "query":
                continue
            schema, arg = param["schema"], _arg_for(info, param["name"])
            bad = []
            if "minimum" in schema:
                bad.append(schema["minimum"] - 1)
            if "maximum" in schema:
                bad.append(schema["maximum"] + 1)
            if "maxLength" in schema:
                bad.append("x" * (schema["maxLength"] + 1))
            if "pattern" in schema:
                bad.append("not a match")
            for value in bad:
                cases.append(pytest.param(info.tag, info.name, arg, value, id=f"{info.tag}.{info.name}.{arg}={value}"))
    return cases


def test_the_generated_cases_cover_the_spec() -> None:
    # The lists below come from the spec: if discovery found nothing, every test would pass vacuously.
    assert len(_path_cases()) > 60
    assert len(_with_path()) > 40
    assert {c.values[2] for c in _limit_cases()} >= {"pagesize", "pagenumber", "start_time", "end_time"}
    assert {c.values[:2] for c in _limit_cases()} >= {("users", "list_users"), ("reports", "get_click_report")}


@pytest.fixture(scope="module")
def msb() -> Sandbox:
    """One sandbox for the tests that must send nothing (each checks the request count)."""
    return Sandbox(seed=0, clock=ManualClock())


def _client(sb: Sandbox) -> Integr8:
    return Integr8(api_key=sb.api_key, base_url=sb.base_url, transport=SandboxTransport(sb), max_retries=0)


def _aclient(sb: Sandbox) -> AsyncIntegr8:
    return AsyncIntegr8(api_key=sb.api_key, base_url=sb.base_url, transport=AsyncSandboxTransport(sb), max_retries=0)


def _call(sb: Sandbox, tag: str, name: str, params: dict[str, Any]) -> Any:
    return getattr(getattr(_client(sb), tag), name)(**params)


def _acall(sb: Sandbox, tag: str, name: str, params: dict[str, Any]) -> Any:
    async def go() -> Any:
        async with _aclient(sb) as client:
            return await getattr(getattr(client, tag), name)(**params)

    return asyncio.run(go())


# -- path parameters, every operation -------------------------------------------------------------


@pytest.mark.parametrize(("tag", "name", "param"), _path_cases())
def test_bad_path_values_are_refused_before_any_request(msb: Sandbox, tag: str, name: str, param: str) -> None:
    info = operation_info(tag, name)
    before = len(msb.requests)
    for bad in BAD_IDS:
        params = {**_valid_params(info), param: bad}
        for call in (_call, _acall):
            with pytest.raises(errors.ConfigurationError, match=rf": {param}\b"):
                call(msb, tag, name, params)
    assert len(msb.requests) == before


@pytest.mark.parametrize(("tag", "name"), _with_path())
def test_reserved_characters_stay_in_one_segment_and_reach_the_operation_called(tag: str, name: str) -> None:
    info = operation_info(tag, name)
    sb = Sandbox(seed=0, clock=ManualClock())
    params = {**_valid_params(info), **dict.fromkeys(info.path_params, RESERVED)}
    try:
        _call(sb, tag, name, params)
    except errors.APIStatusError:
        pass  # 404 (no such id) or 400 (the empty body): the route is what counts here
    assert len(sb.requests) == 1
    sent = sb.requests[0]
    assert sent.operation_id == _operation_id(info), sent.url
    assert httpx.URL(sent.url).raw_path.decode().count("a%20b%3Fc%23d%25e") == len(info.path_params)


@pytest.mark.parametrize(
    ("operation", "offer_id"),
    [("delete_offer", "."), ("delete_offer", ".."), ("get_offer", "."), ("update_offer", "a/b")],
)
def test_the_reported_dot_ids_are_refused(sb: Sandbox, operation: str, offer_id: str) -> None:
    # delete_offer(".") was DELETE .../offers (the bulk delete), ".." DELETE /integrations/{id},
    # get_offer(".") listed the offers.
    params: dict[str, Any] = {"integration_id": sb.integration_id, "offer_id": offer_id}
    if operation == "update_offer":
        params["body"] = _EmptyBody()
    with pytest.raises(errors.ConfigurationError, match="offer_id"):
        getattr(_client(sb).offers, operation)(**params)
    assert sb.requests == []


def test_a_valid_id_still_reaches_its_resource(sb: Sandbox) -> None:
    client = _client(sb)
    offer_id = sb.offer_ids[0]
    offer = client.offers.get_offer(integration_id=sb.integration_id, offer_id=offer_id)
    assert offer.data.id == offer_id
    assert [r.operation_id for r in sb.requests] == ["getOffer"]


# -- ids in the query ---------------------------------------------------------------------------


@pytest.mark.parametrize("integration_id", ["", "  ", ".", "..", "a/b"])
def test_blank_or_dot_integration_ids_of_reports_are_refused(sb: Sandbox, integration_id: str) -> None:
    window = {"start": "2025-02-01", "end": "2025-02-02"}
    with pytest.raises(errors.ConfigurationError, match="integration_id"):
        list(_client(sb).iter_report("conversions", integration_id=integration_id, **window))

    async def async_report() -> None:
        async with _aclient(sb) as client:
            async for _row in client.iter_report("clicks", integration_id=integration_id, **window):
                pass

    with pytest.raises(errors.ConfigurationError, match="integration_id"):
        asyncio.run(async_report())
    with pytest.raises(errors.ConfigurationError, match="integration_id"):
        _client(sb).reports.get_click_report(
            integration_id=integration_id, start_time=TIME, end_time="2025-02-11 00:00:00", pagesize=10
        )
    assert sb.requests == []


def test_blank_integration_id_of_exports_is_refused(sb: Sandbox, tmp_path: Path) -> None:
    args: dict[str, Any] = {
        "integration_id": "  ",
        "start": "2025-02-01",
        "end": "2025-02-02",
        "dest": tmp_path / "clicks.csv",
        "fields": ["tx_id"],
        "extra_parameters": ["sub1"],
    }
    with pytest.raises(errors.ConfigurationError, match="integration_id"):
        _client(sb).export_to_file("clicks", **args)

    async def async_export() -> None:
        async with _aclient(sb) as client:
            await client.export_to_file("clicks", **args)

    with pytest.raises(errors.ConfigurationError, match="integration_id"):
        asyncio.run(async_export())
    assert sb.requests == []
    assert list(tmp_path.iterdir()) == []


@pytest.mark.usefixtures("clean_env", "creds")
def test_cli_report_with_a_blank_integration_exits_2_and_sends_nothing(sb: Sandbox) -> None:
    args = ["report", "conversions", "-i", "  ", "--from", "2025-02-01", "--to", "2025-02-01"]
    result = CliRunner().invoke(app, args, obj=AppState(transport=SandboxTransport(sb)))
    assert result.exit_code == 2, result.output
    assert "--integration" in result.output and "integration_id" not in result.output  # the option typed
    assert sb.requests == []


# -- lists and filter values ----------------------------------------------------------------------


def _query(request: Any) -> list[tuple[str, str]]:
    return list(httpx.URL(request.url).params.multi_items())


def test_typed_array_parameters_and_filters_send_lists_the_same_way(sb: Sandbox) -> None:
    client = _client(sb)
    name = "filter[reports_query_option.filters.offer_id.equalvalues]"
    client.download_center.list_download_center_exports(
        filterreports_query_option_filters_offer_id_equalvalues=["o1", "o2"]
    )
    assert [(k, v) for k, v in _query(sb.requests[-1]) if k == name] == [(name, "o1,o2")]

    list(
        client.paginate(
            client.offers.list_offers, integration_id=sb.integration_id, filters={"name": {"in": ["A", "B"]}}
        )
    )
    assert [(k, v) for k, v in _query(sb.requests[-1]) if k.startswith("filter")] == [("filter[name][in]", "A,B")]

    client.offers.list_offers(integration_id=sb.integration_id, extra_query={"filter[name][in]": ("A", "B")})
    assert [(k, v) for k, v in _query(sb.requests[-1]) if k.startswith("filter")] == [("filter[name][in]", "A,B")]


def test_the_comma_form_finds_what_it_names(sb: Sandbox) -> None:
    client = _client(sb)
    names = [o.name for o in client.offers.list_offers(integration_id=sb.integration_id, pagesize=2).data]
    found = list(
        client.paginate(client.offers.list_offers, integration_id=sb.integration_id, filters={"name": {"in": names}})
    )
    assert sorted(o.name for o in found) == sorted(names)


@pytest.mark.parametrize(
    ("condition", "problem"),
    [
        ({"in": ["Acme, Inc.", "Globex"]}, "comma"),
        ({"in": [{"a": 1}]}, "mapping"),
        ({"in": ["x", None]}, "None"),
        ({"in": [b"x"]}, "bytes"),
        ({"in": [math.nan]}, "nan"),
        ({"in": []}, "empty list"),
        ({"in": ["x", " "]}, "blank item"),
        ({"in": [["x"]]}, "nested"),
        ({"eq": {"a": 1}}, "mapping"),
        ({"eq": b"x"}, "bytes"),
        ({"gte": math.nan}, "nan"),
        ({"gte": math.inf}, "inf"),
    ],
)
def test_filter_values_that_cannot_be_sent_unambiguously_are_refused(
    msb: Sandbox, condition: dict[str, Any], problem: str
) -> None:
    (op,) = condition
    client = _client(msb)
    before = len(msb.requests)
    with pytest.raises(errors.ConfigurationError, match=rf"filter\[name\]\[{op}\].*{problem}"):
        client.paginate(client.offers.list_offers, integration_id="i", filters={"name": condition})
    with pytest.raises(errors.ConfigurationError, match=rf"filter\[name\]\[{op}\].*{problem}"):
        client.offers.list_offers(integration_id="i", extra_query={f"filter[name][{op}]": condition[op]})
    assert len(msb.requests) == before


@pytest.mark.parametrize("value", [b"x", None, math.nan, [b"x"]])
def test_plain_filter_values_that_are_not_text_are_refused(msb: Sandbox, value: Any) -> None:
    client = _client(msb)
    with pytest.raises(errors.ConfigurationError, match=r"filter\[name\]"):
        client.paginate(client.offers.list_offers, integration_id="i", filters={"name": value})


@pytest.mark.parametrize(
    ("items", "problem"), [(["a,b"], "comma"), (["a", None], "None"), ([b"a"], "bytes"), ([], "empty list")]
)
def test_typed_array_items_follow_the_same_rules(msb: Sandbox, items: list[Any], problem: str) -> None:
    before = len(msb.requests)
    with pytest.raises(
        errors.ConfigurationError, match=rf"filterreports_query_option_filters_offer_id_equalvalues.*{problem}"
    ):
        _client(msb).download_center.list_download_center_exports(
            filterreports_query_option_filters_offer_id_equalvalues=items
        )
    assert len(msb.requests) == before


def test_the_spec_declares_the_list_form_of_every_array_query_parameter() -> None:
    spec = yaml.safe_load(SPEC_SOURCE.read_text(encoding="utf-8"))
    arrays = []
    for _method, _path, op in iter_operations(spec):
        for param in op.get("parameters", ()):
            param = resolve(param, spec)
            if param["in"] == "query" and resolve(param.get("schema", {}), spec).get("type") == "array":
                arrays.append((op["operationId"], param["name"], param.get("style"), param.get("explode")))
    assert arrays, "the spec has array query parameters; finding none means this test reads nothing"
    assert all(style == "form" and explode is False for *_, style, explode in arrays), arrays


# -- the spec's limits of query parameters, for direct calls ---------------------------------------


@pytest.mark.parametrize(("tag", "name", "arg", "value"), _limit_cases())
def test_values_beyond_the_specs_limits_are_refused_on_direct_calls(
    msb: Sandbox, tag: str, name: str, arg: str, value: Any
) -> None:
    info = operation_info(tag, name)
    params = {**_valid_params(info), arg: value}
    before = len(msb.requests)
    for call in (_call, _acall):
        with pytest.raises(errors.ConfigurationError, match=rf": {arg}\b"):
            call(msb, tag, name, params)
    assert len(msb.requests) == before


def test_the_reported_page_size_is_refused_and_the_limits_themselves_pass(sb: Sandbox) -> None:
    client = _client(sb)
    with pytest.raises(errors.ConfigurationError, match=r"pagesize=1000 .*100"):
        client.users.list_users(pagesize=1000)
    with pytest.raises(errors.ConfigurationError, match="pagesize"):
        client.users.list_users(pagesize="1000")
    assert sb.requests == []
    client.users.list_users(pagesize=100, pagenumber=1)
    client.users.list_users(pagesize=1)
    assert [r.status for r in sb.requests] == [200, 200]


def test_the_sandbox_reads_a_comma_joined_array_as_its_items():
    """`style: form, explode: false`: the sandbox splits what the SDK joins, so a filter on two
    integrations finds the exports of both (and of nothing else)."""
    from integr8 import Integr8
    from integr8.testing import ManualClock, Sandbox, SandboxTransport

    sb = Sandbox(seed=0, clock=ManualClock())
    client = Integr8(api_key=sb.api_key, base_url=sb.base_url, transport=SandboxTransport(sb))
    common = dict(
        start_time="2025-02-03 00:00:00",
        end_time="2025-02-03 23:59:59",
        timezone="UTC",
        fields="tx_id",
        extra_parameters="sub1",
        delimiter=",",
    )
    made = client.reports.export_clicks(integration_id=sb.integration_id, **common)
    assert made is not None
    listed = client.download_center.list_download_center_exports(
        filterreports_query_option_filters_integration_id_equalvalues=[sb.integration_id, "000000000000000000000000"]
    )
    assert len(listed.data) == 1
    sent = [r.url for r in sb.requests if r.operation_id == "listDownloadCenterExports"][0]
    assert "000000000000000000000000" in sent and sent.count("equalvalues") == 1


def test_uuid_and_integer_ids_are_sent_as_their_text():
    """Ids need not be `str`: a UUID or an int goes out as its text (review finding: refused)."""
    import uuid

    from integr8 import Integr8, NotFoundError
    from integr8.testing import Sandbox, SandboxTransport

    sb = Sandbox(seed=0)
    client = Integr8(api_key=sb.api_key, base_url=sb.base_url, transport=SandboxTransport(sb))
    for value in (uuid.UUID(int=5), 12345):
        with pytest.raises(NotFoundError):
            client.offers.get_offer(integration_id=sb.integration_id, offer_id=value)
        assert sb.requests[-1].operation_id == "getOffer" and str(value) in sb.requests[-1].url
