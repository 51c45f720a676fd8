"""`client.<tag>.<operation>` is generated, statically typed, documented, and sends what it did.

Why: the package says `Typing :: Typed`, so the README's own calls must pass a type checker in
user code, a misspelt argument or field must be a type error, and `help()` must show the
operation. The bindings are generated from the spec (`openapi/templates/api_init.py.jinja`);
every check here that concerns "every operation" is driven by `integr8._operations.catalog()`
(what the generated tree holds) and the spec, so a new operation is covered with no test change.
"""

from __future__ import annotations

import importlib.util
import inspect
import json
import pydoc
import re
import subprocess
import sys
import textwrap
import types
import typing
from functools import cached_property
from pathlib import Path
from typing import Any

import httpx
import pytest

from integr8 import AsyncIntegr8, Integr8, errors
from integr8._operations import OperationInfo, attribute_name, catalog, operation_info
from integr8._spec import iter_operations, normalized
from integr8.testing import AsyncSandboxTransport, ManualClock, Sandbox, SandboxTransport
from integr8_client import api as generated_api

KEY = "sk-typed-api-test"
EXTRAS = ("extra_query", "extra_headers", "timeout")
README_USAGE = Path(__file__).parent / "typing" / "readme_usage.py"
TIME = "2025-02-10 00:00:00"

OPERATIONS = [(tag, name) for tag, names in catalog().items() for name in names]
SUMMARIES = {normalized(op["operationId"]): op.get("summary", "") for _m, _p, op in iter_operations()}


def _words(text: str | None) -> str:
    return " ".join((text or "").split())


def _bound(client: Any, tag: str, name: str) -> Any:
    return getattr(getattr(client, tag), name)


# -- the type checker's view of user code ------------------------------------------------------

MISTAKES = """
from integr8 import AsyncIntegr8, Integr8


def sync_mistakes(client: Integr8) -> None:
    client.offers.get_offer("1", integration_idd="x")
    offer = client.offers.get_offer("i", "o")
    if offer.data:
        print(offer.data.nmae)
    client.offerz.list_offers(integration_id="i")
    client.offers.get_ofer("i", "o")
    client.offers.list_offers(integration_id="i", pagesize="ten")


async def async_mistakes(client: AsyncIntegr8) -> None:
    offer = client.offers.get_offer("i", "o")
    print(offer.data)
"""


@pytest.mark.slow
def test_readme_style_code_type_checks_and_mistakes_are_type_errors(tmp_path: Path) -> None:
    """`mypy --strict --warn-unused-ignores`, as a user runs it (outside this repo, no config of
    ours): the README-style file passes, and each mistake is reported at its line."""
    mistakes = tmp_path / "mistakes.py"
    mistakes.write_text(MISTAKES)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--warn-unused-ignores",
            "--config-file=",
            "--cache-dir",
            str(tmp_path / "mypy-cache"),
            "--no-error-summary",
            "--show-error-codes",
            str(README_USAGE),
            mistakes.name,
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=600,
    )
    out = result.stdout + result.stderr
    assert "Cannot find implementation or library stub" not in out, out
    assert [line for line in out.splitlines() if f"{README_USAGE.name}:" in line] == [], out

    def errors_at(line_text: str) -> str:
        number = next(i for i, line in enumerate(MISTAKES.splitlines(), 1) if line_text in line)
        return "\n".join(line for line in out.splitlines() if line.startswith(f"{mistakes.name}:{number}:"))

    assert 'Unexpected keyword argument "integration_idd"' in errors_at("integration_idd"), out
    assert '"Offer" has no attribute "nmae"' in errors_at("nmae"), out
    assert '"Integr8" has no attribute "offerz"' in errors_at("offerz"), out
    assert 'has no attribute "get_ofer"' in errors_at("get_ofer"), out
    assert 'incompatible type "str"; expected "int | Unset"' in errors_at('pagesize="ten"'), out
    # Forgetting `await`: the coroutine has no `.data`.
    assert '"Coroutine[Any, Any, OfferData]" has no attribute "data"' in errors_at("print(offer.data)"), out
    assert result.returncode == 1


def _load_readme_usage() -> types.ModuleType:
    spec = importlib.util.spec_from_file_location("readme_usage", README_USAGE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_readme_style_code_runs_against_the_sandbox_with_the_types_it_claims() -> None:
    """The type-checked file, run: its `assert_type`s describe what really comes back."""
    usage = _load_readme_usage()
    sb = Sandbox(seed=0, clock=ManualClock())
    with Integr8(api_key=sb.api_key, base_url=sb.base_url, transport=SandboxTransport(sb)) as client:
        seen = usage.use_sync(client, sb.integration_id)
    assert len(seen) == 3 and all(seen)
    routed = [(r.operation_id, r.status) for r in sb.requests]
    assert routed == [
        ("listOffers", 200),
        ("getOffer", 200),
        ("getOffer", 200),
        ("createOffer", 200),
        ("createOffer", 200),
        ("getConversionReport", 200),
        ("listDownloadCenterExports", 200),
    ]


async def test_readme_style_async_code_runs_against_the_sandbox() -> None:
    usage = _load_readme_usage()
    sb = Sandbox(seed=0, clock=ManualClock())
    async with AsyncIntegr8(api_key=sb.api_key, base_url=sb.base_url, transport=AsyncSandboxTransport(sb)) as client:
        seen = await usage.use_async(client, sb.integration_id)
    assert len(seen) == 3 and all(seen)
    assert [r.operation_id for r in sb.requests if r.status == 200] == [
        "listOffers",
        "getOffer",
        "createOffer",
        "createOffer",
        "getConversionReport",
    ]


# -- every operation: bound, signature, docs, key --------------------------------------------


def test_every_tag_of_the_catalog_is_a_typed_attribute_of_both_clients() -> None:
    """The template names tags as `attribute_name` does, and binds exactly the catalog."""
    for mixin in (generated_api.Operations, generated_api.AsyncOperations):
        tags = {name for name, value in vars(mixin).items() if isinstance(value, cached_property)}
        assert tags == set(catalog())
    assert attribute_name("publisher_sub_i_ds") == "publisher_sub_ids" and "publisher_sub_ids" in catalog()
    client = Integr8(api_key=KEY)
    for tag, names in catalog().items():
        group = getattr(client, tag)
        assert getattr(client, tag) is group  # made once
        assert tuple(names) == type(group)._names
        assert dir(group) == sorted(names)
        assert repr(group) == f"<{tag}: {', '.join(names)}>"
    assert {"offers", "publisher_sub_ids"} <= set(dir(client))
    with pytest.raises(AttributeError, match="offerz"):
        client.offerz  # type: ignore[attr-defined]  # noqa: B018
    with pytest.raises(AttributeError, match=r"offers has no operation 'list_offerz'; it has: bulk_delete_offers"):
        client.offers.list_offerz  # type: ignore[attr-defined]  # noqa: B018


@pytest.mark.parametrize(("tag", "name"), OPERATIONS, ids=[f"{t}.{n}" for t, n in OPERATIONS])
def test_every_operation_is_a_documented_method_with_the_generated_parameters(tag: str, name: str) -> None:
    info = operation_info(tag, name)
    generated = list(inspect.signature(info.module._get_kwargs).parameters.values())
    summary = SUMMARIES[normalized(name)]
    assert summary, f"the spec has no summary for {tag}.{name}"
    for client, is_async in ((Integr8(api_key=KEY), False), (AsyncIntegr8(api_key=KEY), True)):
        method = _bound(client, tag, name)
        assert inspect.ismethod(method)
        assert inspect.iscoroutinefunction(method) is is_async
        assert method.__integr8_operation__ == (tag, name)
        params = list(inspect.signature(method).parameters.values())
        assert [p.name for p in params] == [p.name for p in generated] + list(EXTRAS)
        for mine, theirs in zip(params, generated, strict=False):
            assert mine.kind == theirs.kind, mine  # path parameters positional, the rest keyword-only
            assert (mine.default is inspect.Parameter.empty) == (theirs.default is inspect.Parameter.empty), mine
        assert all(p.kind is inspect.Parameter.KEYWORD_ONLY and p.default is None for p in params[-3:])
        doc = _words(inspect.getdoc(method))
        assert _words(summary) in doc
        for p in params:
            assert f"{p.name} (" in doc, f"{tag}.{name}: {p.name} is not in the docstring"
        assert "Returns:" in doc and "Raises:" in doc and "integr8.errors.APIStatusError" in doc


def _success_model(info: OperationInfo) -> str:
    """The name of the model the generated `_parse_response` gives for a 2xx answer (not `Error`)."""
    hint = inspect.signature(info.module._parse_response).return_annotation
    members = [m for m in typing.get_args(hint) if m is not type(None) and getattr(m, "__name__", "") != "Error"]
    assert len(members) == 1, hint
    return "None" if members[0] is Any else members[0].__name__


@pytest.mark.parametrize(("tag", "name"), OPERATIONS, ids=[f"{t}.{n}" for t, n in OPERATIONS])
def test_every_operation_returns_its_success_model(tag: str, name: str) -> None:
    """`-> OfferData` for get_offer, `-> OfferList` for list_offers; `None` without a body."""
    expected = _success_model(operation_info(tag, name))
    for client in (Integr8(api_key=KEY), AsyncIntegr8(api_key=KEY)):
        method = _bound(client, tag, name)
        assert inspect.signature(method).return_annotation == expected
        assert f"{expected}:" in _words(inspect.getdoc(method))


def test_known_return_models() -> None:
    client = Integr8(api_key=KEY)
    assert inspect.signature(client.offers.get_offer).return_annotation == "OfferData"
    assert inspect.signature(client.offers.list_offers).return_annotation == "OfferList"
    assert inspect.signature(client.reports.get_conversion_report).return_annotation == "ConversionReport"


# -- every operation: the request sent --------------------------------------------------------


def _sample(schema: dict[str, Any]) -> Any:
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type")
    if kind == "integer":
        return max(schema.get("minimum", 1), 1)
    if kind == "array":
        return ["x"]
    if kind == "boolean":
        return True
    if schema.get("format") == "date":
        return "2025-02-01"
    if "pattern" in schema:
        return TIME
    return "x"


class _Body:
    """A request body the generated code can send (it calls `to_dict`); its fields do not matter
    here, only that it reaches the request."""

    def to_dict(self) -> dict[str, Any]:
        return {"name": "typed"}


def _arguments(info: OperationInfo, *, optional: bool) -> tuple[tuple[Any, ...], dict[str, Any]]:
    """Path arguments and keyword arguments the operation accepts: the required ones, and with
    `optional` every other one too (so a parameter forwarded under a wrong name is noticed)."""
    schemas = {p.arg: p.schema for p in info.spec_params}
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for pname, param in inspect.signature(info.module._get_kwargs).parameters.items():
        if param.default is not inspect.Parameter.empty and not optional:
            continue
        if pname in info.path_params:
            args.append(f"{pname}-1")
        elif pname == "body":
            kwargs[pname] = _Body()
        else:
            assert pname in schemas, f"{info}: {pname} is not in the spec"
            kwargs[pname] = _sample(schemas[pname])
    return tuple(args), kwargs


def _recorder() -> tuple[httpx.MockTransport, list[httpx.Request]]:
    sent: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        request.read()
        sent.append(request)
        return httpx.Response(204)

    return httpx.MockTransport(handle), sent


def _same(a: httpx.Request, b: httpx.Request) -> None:
    assert (a.method, str(a.url), a.content) == (b.method, str(b.url), b.content)
    assert {k: v for k, v in a.headers.items()} == {k: v for k, v in b.headers.items()}


@pytest.mark.parametrize("optional", [False, True], ids=["required", "all"])
@pytest.mark.parametrize(("tag", "name"), OPERATIONS, ids=[f"{t}.{n}" for t, n in OPERATIONS])
async def test_every_operation_sends_the_request_its_arguments_describe(tag: str, name: str, optional: bool) -> None:
    """The method forwards each argument under its own name to the one request builder
    (`call_operation`), leaving out those not given: the request is the one the generated code
    describes for the same arguments, with the extras added, on both clients."""
    info = operation_info(tag, name)
    args, kwargs = _arguments(info, optional=optional)
    extras = {"extra_query": {"filter[x]": "1"}, "extra_headers": {"X-Trace": "t"}, "timeout": 5.0}

    transport, sent = _recorder()
    with Integr8(api_key=KEY, transport=transport, max_retries=0) as client:
        assert _bound(client, tag, name)(*args, **kwargs, **extras) is None  # 204: no body
        # The same operation through the client's one entry point, arguments as given.
        client.call_operation(tag, name, args, dict(kwargs), *extras.values())
    transport, async_sent = _recorder()
    async with AsyncIntegr8(api_key=KEY, transport=transport, max_retries=0) as aclient:
        assert await _bound(aclient, tag, name)(*args, **kwargs, **extras) is None

    assert len(sent) == 2 and len(async_sent) == 1
    expected = sent[1]
    for request in (sent[0], async_sent[0]):
        _same(request, expected)
        assert request.headers["X-Trace"] == "t" and request.url.params["filter[x]"] == "1"
        assert request.extensions["timeout"] == httpx.Timeout(5.0).as_dict()
    # Independently of the facade's builder: the path, parameter names and body the generated
    # code describes for the same arguments (its values converted as the facade does).
    coercers = info._coercers
    reference = info.module._get_kwargs(*args, **{k: coercers[k](v) if k in coercers else v for k, v in kwargs.items()})
    request = sent[0]
    assert request.method == reference["method"].upper()
    assert request.url.raw_path.split(b"?")[0].decode() == reference["url"]
    assert set(request.url.params) == {*reference.get("params", {}), "filter[x]"}
    if "json" in reference:
        assert json.loads(request.content) == reference["json"]


def test_arguments_not_given_are_left_out_and_plain_values_are_converted() -> None:
    transport, sent = _recorder()
    client = Integr8(api_key=KEY, transport=transport, max_retries=0)
    client.offers.list_offers(integration_id="i 1")
    assert sent[-1].url.raw_path == b"/api/v2/integrations/i%201/offers"
    client.reports.get_conversion_report(
        integration_id="i", start_time=TIME, end_time=TIME, pagesize=10, filterstatus="Rejected"
    )
    assert sent[-1].url.params["filter[status]"] == "Rejected" and "timezone" not in sent[-1].url.params
    client.offers.create_offer(integration_id="i", body={"name": "Summer", "advertiser_id": 42})
    assert json.loads(sent[-1].content) == {"name": "Summer", "advertiser_id": 42}
    with pytest.raises(errors.ConfigurationError, match="filterstatus='Maybe'"):
        client.reports.get_conversion_report(
            integration_id="i", start_time=TIME, end_time=TIME, pagesize=10, filterstatus="Maybe"
        )
    with pytest.raises(TypeError, match=r"offers\.get_offer\(\) got an unexpected keyword argument 'integration_idd'"):
        client.offers.get_offer("1", integration_idd="x")  # type: ignore[call-arg]
    assert len(sent) == 3


# -- help() ------------------------------------------------------------------------------------


def test_help_shows_the_operations_summary_parameters_and_return_model() -> None:
    client = Integr8(api_key=KEY)
    text = pydoc.render_doc(client.offers.list_offers, renderer=pydoc.plaintext)
    assert SUMMARIES[normalized("list_offers")] in text
    # One line on Python 3.11/3.12; 3.13's pydoc puts a long signature one parameter a line.
    signature = re.sub(r"\(\s+", "(", re.sub(r"\s+", " ", text.split("list_offers(", 1)[1].split("\n\n", 1)[0]))
    for part in ("integration_id: 'str'", "pagesize: 'int | Unset' = UNSET", "extra_query:", "-> 'OfferList'"):
        assert part in signature, signature
    assert "OfferList: the parsed 200 answer" in text
    async_text = pydoc.render_doc(AsyncIntegr8(api_key=KEY).offers.get_offer, renderer=pydoc.plaintext)
    assert "async get_offer(integration_id: 'str', offer_id: 'str', *" in re.sub(
        r"\(\s+", "(", re.sub(r"\s+", " ", async_text)
    )
    assert "OfferData" in async_text


def test_importing_the_bindings_loads_no_model() -> None:
    """The bindings name models only for type checkers: importing them, and making a client and a
    tag object, imports no model and no operation module (those load on first use)."""
    code = textwrap.dedent(
        """
        import sys
        import integr8_client.api
        from integr8 import Integr8
        Integr8(api_key="k").offers
        print(sorted(m for m in sys.modules if m.startswith("integr8_client")))
        """
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    loaded = set(json.loads(out.replace("'", '"')))
    assert "integr8_client.api" in loaded
    assert not {m for m in loaded if m.startswith(("integr8_client.models", "integr8_client.api."))}, loaded
