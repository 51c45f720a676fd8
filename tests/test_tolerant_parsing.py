"""One odd field never costs a page (issue 14).

Real APIs send `null` where the spec says string, `""` or MySQL's zero date for dates, numbers
as text. Every response model reads each field leniently (the rule is in
`integr8_client.types`, generated from `openapi/templates/`): dates become None, numeric
strings numbers, a null array is empty, a null object None; only that field is affected. A value
that still cannot be read is an `APIResponseValidationError` naming the operation, the field's
path and the JSON type that came, never the value.

Two kinds of test:
- the cases from the issue, through the real client path (sandbox answers shaped by
  `Fault(body=...)`), sync and async;
- a property-based test over every response schema of the current spec: hypothesis builds a
  valid answer for the schema, then each field of it in turn (nested ones included) gets each
  odd variant, and the generated `_parse_response` must read the field as the rule says and
  leave everything else as it was. A schema added to the spec is covered without a new test.
"""

from __future__ import annotations

import asyncio
import copy
import datetime as dt
import json
import re
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import integr8_client
from integr8 import APIResponseValidationError, AsyncIntegr8, Integr8
from integr8._operations import OperationInfo, catalog
from integr8._spec import load_spec
from integr8.testing import AsyncSandboxTransport, Fault, ManualClock, Sandbox, SandboxTransport
from integr8_client.types import UnreadableValue

SECRET = "sk_live_do_not_print_me"
MODES = [pytest.param(False, id="sync"), pytest.param(True, id="async")]


@pytest.fixture
def sb() -> Sandbox:
    return Sandbox(seed=0, clock=ManualClock())


def run(sb: Sandbox, asynchronous: bool, call: Any) -> Any:
    """`call(client)` with a sync client, or awaited with an async one (same sandbox)."""
    if not asynchronous:
        return call(Integr8(api_key=sb.api_key, base_url=sb.base_url, transport=SandboxTransport(sb)))

    async def go() -> Any:
        async with AsyncIntegr8(api_key=sb.api_key, base_url=sb.base_url, transport=AsyncSandboxTransport(sb)) as c:
            return await call(c)

    return asyncio.run(go())


def user(n: int, **fields: Any) -> dict[str, Any]:
    return {
        "id": f"user{n}",
        "email": f"user{n}@pub.example",
        "first_name": f"First{n}",
        "publisher_incremental_id": n,
        "created_at": "2025-01-02T03:04:05Z",
        "updated_at": "2025-01-03T03:04:05Z",
        **fields,
    }


def users_page(*users: dict[str, Any]) -> dict[str, Any]:
    return {"data": list(users), "meta": {"total_count": len(users), "total_page": 1}}


def list_users(asynchronous: bool, publisher_id: str) -> Any:
    if asynchronous:

        async def call(c: AsyncIntegr8) -> Any:
            return await c.publisher_users.list_publisher_users(publisher_id)

        return call
    return lambda c: c.publisher_users.list_publisher_users(publisher_id)


def paginate_users(asynchronous: bool, publisher_id: str) -> Any:
    if asynchronous:

        async def call(c: AsyncIntegr8) -> list[Any]:
            return [u async for u in c.paginate(c.publisher_users.list_publisher_users, publisher_id=publisher_id)]

        return call
    return lambda c: list(c.paginate(c.publisher_users.list_publisher_users, publisher_id=publisher_id))


# -- the cases from the issue, through the client ---------------------------------------------------


@pytest.mark.parametrize("asynchronous", MODES)
def test_null_and_empty_updated_at_cost_only_that_field(sb, asynchronous):
    page = users_page(user(1, updated_at=None), user(2, updated_at=""), user(3))
    sb.inject(Fault(operation="listPublisherUsers", body=page, times=None))
    got = run(sb, asynchronous, list_users(asynchronous, sb.publisher_ids[0]))
    assert [u.id for u in got.data] == ["user1", "user2", "user3"]
    assert got.data[0].updated_at is None and got.data[1].updated_at is None
    assert got.data[2].updated_at == dt.datetime(2025, 1, 3, 3, 4, 5, tzinfo=dt.UTC)
    for n, u in enumerate(got.data, 1):  # the rest of each user is intact
        assert (u.email, u.first_name, u.publisher_incremental_id) == (f"user{n}@pub.example", f"First{n}", n)
        assert u.created_at == dt.datetime(2025, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
    assert got.meta.total_count == 3
    listed = run(sb, asynchronous, paginate_users(asynchronous, sb.publisher_ids[0]))
    assert [u.id for u in listed] == ["user1", "user2", "user3"]


@pytest.mark.parametrize("asynchronous", MODES)
@pytest.mark.parametrize("zero", ["0000-00-00 00:00:00", "0000-00-00"])
def test_a_mysql_zero_date_is_none_and_the_page_survives(sb, asynchronous, zero):
    page = users_page(user(1), user(2, created_at=zero), user(3))
    sb.inject(Fault(operation="listPublisherUsers", body=page, times=None))
    listed = run(sb, asynchronous, paginate_users(asynchronous, sb.publisher_ids[0]))
    assert [u.id for u in listed] == ["user1", "user2", "user3"]
    assert listed[1].created_at is None
    assert listed[1].updated_at == dt.datetime(2025, 1, 3, 3, 4, 5, tzinfo=dt.UTC)
    assert listed[1].email == "user2@pub.example"


@pytest.mark.parametrize("asynchronous", MODES)
def test_numbers_sent_as_text_are_numbers(sb, asynchronous):
    page = users_page(user(1, publisher_incremental_id="7"), user(2, publisher_incremental_id=" 8 "))
    page["meta"] = {"total_count": "2", "total_page": "1"}
    sb.inject(Fault(operation="listPublisherUsers", body=page, times=None))
    got = run(sb, asynchronous, list_users(asynchronous, sb.publisher_ids[0]))
    assert [u.publisher_incremental_id for u in got.data] == [7, 8]
    assert (got.meta.total_count, got.meta.total_page) == (2, 1)


@pytest.mark.parametrize("asynchronous", MODES)
def test_a_null_data_list_is_an_empty_listing(sb, asynchronous):
    sb.inject(
        Fault(
            operation="listPublisherUsers", body={"data": None, "meta": {"total_count": 0, "total_page": 0}}, times=None
        )
    )
    assert run(sb, asynchronous, paginate_users(asynchronous, sb.publisher_ids[0])) == []
    got = run(sb, asynchronous, list_users(asynchronous, sb.publisher_ids[0]))
    assert got.data == [] and got.meta.total_count == 0


@pytest.mark.parametrize("asynchronous", MODES)
def test_a_report_with_null_rows_yields_nothing(sb, asynchronous):
    sb.inject(Fault(operation="getConversionReport", body={"data": {"data": None, "pageInfo": {"hasNextPage": False}}}))
    window = {"integration_id": sb.integration_id, "start": "2025-02-01", "end": "2025-02-02"}
    if asynchronous:

        async def call(c: AsyncIntegr8) -> list[Any]:
            return [r async for r in c.iter_report("conversions", **window)]

    else:

        def call(c: Integr8) -> list[Any]:
            return list(c.iter_report("conversions", **window))

    assert run(sb, asynchronous, call) == []


@pytest.mark.parametrize("asynchronous", MODES)
@pytest.mark.parametrize(
    ("where", "value", "path", "kind"),
    [
        (("default_payout", "payout"), SECRET, "data[1].default_payout.payout", "string"),
        (("advertiser_id",), {"token": SECRET}, "data[1].advertiser_id", "object"),
        (("default_payout",), SECRET, "data[1].default_payout", "string"),
    ],
)
def test_an_unreadable_value_names_operation_path_and_type_never_the_value(sb, asynchronous, where, value, path, kind):
    def answer(request: httpx.Request) -> dict[str, Any]:
        offers = [{"id": f"o{n}", "name": f"Offer {n}", "default_payout": {"payout": 1.5}} for n in range(3)]
        node = offers[1]
        for key in where[:-1]:
            node = node[key]
        node[where[-1]] = value
        return {"data": offers, "meta": {"total_count": 3, "total_page": 1}}

    sb.inject(Fault(operation="listOffers", body=answer, times=None))
    if asynchronous:

        async def call(c: AsyncIntegr8) -> Any:
            return await c.offers.list_offers(sb.integration_id)

    else:

        def call(c: Integr8) -> Any:
            return c.offers.list_offers(sb.integration_id)

    with pytest.raises(APIResponseValidationError) as caught:
        run(sb, asynchronous, call)
    message = str(caught.value)
    assert "offers.list_offers" in message and path in message and f"got {kind}" in message
    assert SECRET not in message and SECRET not in repr(caught.value)
    assert SECRET not in str(caught.value.__cause__)


@pytest.mark.parametrize("asynchronous", MODES)
def test_a_body_of_the_wrong_kind_is_named_without_its_content(sb, asynchronous):
    sb.inject(Fault(operation="listOffers", body=[SECRET], times=None))
    if asynchronous:

        async def call(c: AsyncIntegr8) -> Any:
            return await c.offers.list_offers(sb.integration_id)

    else:

        def call(c: Integr8) -> Any:
            return c.offers.list_offers(sb.integration_id)

    with pytest.raises(APIResponseValidationError, match=r"offers\.list_offers: .*JSON array") as caught:
        run(sb, asynchronous, call)
    assert SECRET not in str(caught.value)


# -- the kind: every field of every response schema of the current spec ------------------------------

SPEC = load_spec()
ZERO_DATE = "0000-00-00 00:00:00"
UNREADABLE = "not readable " + SECRET


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    """A schema with its `$ref`s (and single-member allOf) followed."""
    for _ in range(50):
        if "$ref" in node:
            target: Any = SPEC
            for part in node["$ref"][2:].split("/"):
                target = target[part]
            node = target
        elif len(node.get("allOf", ())) == 1:
            node = {**resolve(node["allOf"][0]), **{k: v for k, v in node.items() if k != "allOf"}}
        else:
            return node
    raise AssertionError("$ref chain too long")


def normalized(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def response_schemas() -> list[tuple[str, int, OperationInfo]]:
    """Each JSON response schema of the spec once: (its name, a status it answers, an operation)."""
    modules = {
        normalized(name): OperationInfo(tag, name, path) for tag, ops in catalog().items() for name, path in ops.items()
    }
    found: dict[str, tuple[str, int, OperationInfo]] = {}
    for item in SPEC["paths"].values():
        for method, op in item.items():
            if method not in ("get", "put", "post", "patch", "delete"):
                continue
            for status, answer in op.get("responses", {}).items():
                schema = resolve(answer).get("content", {}).get("application/json", {}).get("schema")
                if schema is None or not status.isdigit():
                    continue
                name = schema.get("$ref", f"{op['operationId']} {status}").rsplit("/", 1)[-1]
                found.setdefault(name, (name, int(status), modules[normalized(op["operationId"])]))
    return sorted(found.values(), key=lambda found: found[0])


RESPONSES = response_schemas()
TEXT = st.text(alphabet="abcXYZ019 _-", max_size=6)


def kind(schema: dict[str, Any]) -> str:
    schema = resolve(schema)
    kind = schema.get("type", "object" if "properties" in schema else "any")
    if kind == "string" and schema.get("format") in ("date", "date-time"):
        return schema["format"]
    return kind


def instances(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    """Valid JSON for `schema`, every declared property present (so each can be varied)."""
    schema = resolve(schema)
    k = kind(schema)
    if "enum" in schema or "x-enum-values" in schema:
        return st.sampled_from(schema.get("enum") or schema["x-enum-values"])
    if k == "date-time":
        moments = st.datetimes(dt.datetime(1990, 1, 1), dt.datetime(2090, 1, 1), timezones=st.just(dt.UTC))
        return moments.map(lambda m: m.replace(microsecond=0).isoformat().replace("+00:00", "Z"))
    if k == "date":
        return st.dates(dt.date(1990, 1, 1), dt.date(2090, 1, 1)).map(dt.date.isoformat)
    if k == "string":
        return TEXT
    if k == "integer":
        return st.integers(schema.get("minimum", -(10**9)), schema.get("maximum", 10**9))
    if k == "number":
        low, high = schema.get("minimum", -1e9), schema.get("maximum", 1e9)
        return st.one_of(st.integers(int(low), int(high)), st.floats(low, high, allow_nan=False))
    if k == "boolean":
        return st.booleans()
    if k == "array":
        return st.lists(instances(schema.get("items", {})), min_size=1, max_size=2)
    if k == "object":
        props = {name: instances(sub) for name, sub in schema.get("properties", {}).items()}
        if not props and schema.get("additionalProperties"):
            return st.dictionaries(st.sampled_from(["x", "y"]), TEXT, max_size=2)
        return st.fixed_dictionaries(props)
    return TEXT


def fields(schema: dict[str, Any], value: Any, path: tuple[str | int, ...] = ()):
    """Every declared property in `value` (nested objects and array items too): (path, kind)."""
    schema = resolve(schema)
    if kind(schema) == "array" and isinstance(value, list):
        for index, item in enumerate(value):
            yield from fields(schema.get("items", {}), item, (*path, index))
    elif kind(schema) == "object" and isinstance(value, dict):
        for name, sub in schema.get("properties", {}).items():
            if name in value:
                yield (*path, name), kind(sub), value[name]
                yield from fields(sub, value[name], (*path, name))


def variants(kind: str, value: Any) -> list[tuple[Any, Any]]:
    """Odd answers for a field of this kind: (what is sent, what it must read as, in to_dict terms)."""
    if kind in ("date", "date-time"):
        return [(None, None), ("", None), (ZERO_DATE, None), ("  ", None)]
    if kind in ("integer", "number"):
        return [(None, None), ("", None), (repr(value), value), (f" {value} ", value)]
    if kind == "boolean":
        return [(None, None), ("", None), (str(value).lower(), value)]
    if kind == "array":
        return [(None, []), ("", [])]
    if kind == "object":
        return [(None, None), ("", None)]
    return [(None, None), ("", ""), (ZERO_DATE, ZERO_DATE), ("12", "12")]


def dotted(path: tuple[str | int, ...]) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


def put(tree: Any, path: tuple[str | int, ...], value: Any) -> Any:
    tree = copy.deepcopy(tree)
    node = tree
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value
    return tree


STUB = integr8_client.Client(base_url="http://sandbox.invalid")


def parse(info: OperationInfo, status: int, body: Any) -> Any:
    """The generated `_parse_response` of the operation: the path every client call takes."""
    return info.module._parse_response(client=STUB, response=httpx.Response(status, content=json.dumps(body)))


def test_the_spec_has_response_schemas_to_vary():
    names = {name for name, _, _ in RESPONSES}
    assert {"OfferList", "PublisherUserList", "ConversionReport", "Error"} <= names
    assert len(RESPONSES) >= 30


@pytest.mark.parametrize(("name", "status", "info"), RESPONSES, ids=[name for name, _, _ in RESPONSES])
@settings(
    max_examples=3,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(data=st.data())
def test_every_field_of_every_response_schema_reads_odd_values_alone(name, status, info, data):
    schema = resolve(SPEC["components"]["schemas"][name]) if name in SPEC["components"]["schemas"] else None
    assert schema is not None, f"{name}: a response schema the test cannot find in components"
    body = data.draw(instances(schema), label=name)
    original = parse(info, status, body)
    assert hasattr(original, "to_dict"), f"{info}: {status} did not parse to a model"
    expected_base = original.to_dict()
    for path, field_kind, value in fields(schema, body):
        for sent, reads_as in variants(field_kind, value):
            got = parse(info, status, put(body, path, sent)).to_dict()
            assert got == put(expected_base, path, reads_as), f"{name} {dotted(path)} ({field_kind}) sent {sent!r}"
        if field_kind in ("string", "any"):
            continue
        with pytest.raises(UnreadableValue) as caught:
            parse(info, status, put(body, path, 12.5 if field_kind in ("array", "object", "boolean") else UNREADABLE))
        assert caught.value.path == dotted(path), f"{name}: the error names the wrong place"
        assert SECRET not in str(caught.value)


def test_unreadable_values_pickle_and_huge_or_exact_integers_are_handled():
    """Review findings: the parse error crosses process boundaries; a 5,000-digit integer is an
    UnreadableValue with its path (not a bare ValueError); a big integral text stays exact."""
    import pickle

    from integr8_client.types import UnreadableValue, read_int

    assert read_int("12345678901234567890.0", "n") == 12345678901234567890
    for text in ("1" * 5000, "12.5"):
        with pytest.raises(UnreadableValue) as caught:
            read_int(text, "total")
        error = caught.value.within("meta")
        again = pickle.loads(pickle.dumps(error))
        assert (again.path, again.type_name, str(again)) == ("meta.total", "string", str(error))
