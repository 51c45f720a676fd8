"""The fast paths of parsing and paging (issue 18) behave as the slow ones did.

Speed itself is measured by `make bench` (bench/parsing.py), never here. These tests pin what
each shortcut must not change:

- a request of a later page: its fixed parameters are checked on the first page only
  (`OperationInfo.request_kwargs` remembers values that passed), yet the request is the one an
  uncached build makes, and a value that did not pass before is still refused;
- generated `from_dict`: attributes set without calling `__init__` (subclasses still get theirs),
  additional properties right for every object, arrays of objects read in one pass and an
  unreadable item still named by its index; the readers compiled per key layout
  (types.LayoutReaders) read random objects exactly as the key-by-key reading does;
- report rows deduplicated against the page before and within a page, in one pass when no id
  repeats.
"""

from __future__ import annotations

import enum
import inspect
import random
import sys
from types import MappingProxyType, SimpleNamespace
from typing import Any

import attrs
import httpx
import pytest

import integr8_client.models as models
from integr8 import ConfigurationError, Integr8
from integr8._client import core_of
from integr8._operations import _MEMO_LIMIT, OperationInfo, SpecParam, catalog
from integr8._reports import _fresh
from integr8.testing import ManualClock, Sandbox, SandboxTransport
from integr8_client import types as types_module
from integr8_client.models import AdvertiserRequest, ConversionReportRow, Offer, OfferList
from integr8_client.models import offer as offer_module
from integr8_client.types import _COMPILE_AFTER, _MAX_LAYOUTS, _MAX_SEEN, UNSET, LayoutReaders, UnreadableValue

REPORT = {
    "integration_id": "5271fd6b194cbe633fa794c4",
    "start_time": "2025-02-01 00:00:00",
    "end_time": "2025-02-24 23:59:59",
    "timezone": "UTC",
    "pagesize": 100,
}


def fresh_info(tag: str = "reports", name: str = "get_conversion_report") -> OperationInfo:
    """An `OperationInfo` that has checked nothing yet (not the shared one of `operation_info`)."""
    return OperationInfo(tag, name, catalog()[tag][name])


def as_sent(request: httpx.Request) -> tuple[str, str, list[tuple[str, str]], Any]:
    return request.method, str(request.url), sorted(request.headers.items()), request.extensions.get("timeout")


# -- requests: what is the same for every page is checked once ----------------------------------


def test_a_later_pages_request_is_the_request_an_uncached_build_makes():
    client = Integr8(api_key="k" * 32, base_url="https://api.example.test")
    core = core_of(client)
    warm = fresh_info()
    for page, cursor in enumerate(["c1", "c2", "c3"]):
        params = {**REPORT, "pageafter": cursor}
        cached = core.build_request(warm, (), params)
        uncached = core.build_request(fresh_info(), (), params)  # checks everything, as on a first page
        assert as_sent(cached) == as_sent(uncached), f"page {page + 2}"
        assert cached.url.params["page[after]"] == cursor and cached.url.params["page[size]"] == "100"
    # Path parameters too: the same operation for two ids, once cached.
    offers = fresh_info("offers", "get_offer")
    for offer_id in ("a1", "b 2", "a1"):
        args = (REPORT["integration_id"], offer_id)
        assert as_sent(core.build_request(offers, args, {})) == as_sent(
            core.build_request(fresh_info("offers", "get_offer"), args, {})
        )


def test_the_fixed_parameters_are_checked_on_the_first_page_only(monkeypatch):
    checked: list[str] = []
    real_check = SpecParam.check

    def counting(self: SpecParam, value: Any, where: str) -> None:
        if value is not None and type(value).__name__ != "object":
            checked.append(self.arg)
        real_check(self, value, where)

    monkeypatch.setattr(SpecParam, "check", counting)
    info = fresh_info()
    info.request_kwargs((), dict(REPORT))
    first = sorted(checked)
    assert first == sorted(REPORT), "the first page checks every parameter given"
    checked.clear()
    for cursor in ("c1", "c2", "c3"):
        info.request_kwargs((), {**REPORT, "pageafter": cursor})
    assert checked == ["pageafter"] * 3, "later pages check only the cursor, once per new cursor"


def test_a_value_that_passed_lets_no_other_value_pass():
    info = fresh_info()
    info.request_kwargs((), {**REPORT, "pageafter": "c1"})
    with pytest.raises(ConfigurationError, match="pagesize=101 is above 100"):
        info.request_kwargs((), {**REPORT, "pagesize": 101, "pageafter": "c2"})
    with pytest.raises(ConfigurationError, match="end_time='2025-02-24' does not match"):
        info.request_kwargs((), {**REPORT, "end_time": "2025-02-24", "pageafter": "c2"})
    with pytest.raises(ConfigurationError, match="integration_id"):
        info.request_kwargs((), {**REPORT, "integration_id": "a/b", "pageafter": "c2"})
    with pytest.raises(TypeError, match="reports.get_conversion_report: .*unexpected keyword argument 'pageafterr'"):
        info.request_kwargs((), {**REPORT, "pageafterr": "c2"})
    with pytest.raises(TypeError, match="missing a required argument: 'end_time'"):
        info.request_kwargs((), {k: v for k, v in REPORT.items() if k != "end_time"})
    offers = fresh_info("offers", "get_offer")
    offers.request_kwargs(("i1", "o1"), {})
    for bad in ("..", " ", "a/b"):
        with pytest.raises(ConfigurationError, match="offer_id"):
            offers.request_kwargs(("i1", bad), {})
    with pytest.raises(TypeError, match="multiple values"):
        offers.request_kwargs(("i1", "o1"), {"offer_id": "o2"})


def test_what_is_remembered_stays_small():
    info = fresh_info()
    for n in range(3 * _MEMO_LIMIT):
        info.request_kwargs((), {**REPORT, "pageafter": f"cursor-{n}"})
    assert len(info._passed) <= _MEMO_LIMIT and len(info._bindable) <= _MEMO_LIMIT


def test_a_client_whose_base_url_is_replaced_sends_to_the_new_one():
    client = Integr8(api_key="k" * 32, base_url="https://one.example.test")
    core = core_of(client)
    assert core.request("GET", "/x").url == "https://one.example.test/x"
    core.base_url = httpx.URL("https://two.example.test/")
    assert core.request("GET", "/x").url == "https://two.example.test/x"


def test_a_report_read_through_the_client_gets_every_row_once():
    sb = Sandbox(seed=0, clock=ManualClock())
    client = Integr8(api_key=sb.api_key, base_url=sb.base_url, transport=SandboxTransport(sb))
    window = {"integration_id": sb.integration_id, "start": "2025-02-06", "end": "2025-02-07", "page_size": 7}
    rows = list(client.iter_report("conversions", **window))
    again = list(client.iter_report("conversions", **window))  # the operation's checks remembered by now
    assert len(rows) > 14 and [r.real_tx_id for r in rows] == [r.real_tx_id for r in again]
    assert len({r.real_tx_id for r in rows}) == len(rows)
    with pytest.raises(ConfigurationError, match="page_size"):
        client.iter_report("conversions", **{**window, "page_size": 101})


# -- generated from_dict -------------------------------------------------------------------------


def model_classes() -> list[type]:
    found = []
    for name in getattr(models, "__all__", dir(models)):
        cls = getattr(models, name)
        if inspect.isclass(cls) and attrs.has(cls) and hasattr(cls, "from_dict"):
            found.append(cls)
    return found


@pytest.mark.parametrize("cls", model_classes(), ids=lambda cls: cls.__name__)
def test_from_dict_sets_what_init_would(cls):
    """Response models set their attributes on a bare instance; a subclass goes through
    `__init__`: both must give the same object."""
    required = {a.name: None for a in attrs.fields(cls) if a.init and a.default is attrs.NOTHING}
    try:  # null for each required field (response models read it as None), their JSON keys from to_dict
        sample = {**cls(**required).to_dict(), "unknown_key": 1}
    except (AttributeError, TypeError):
        pytest.skip("a request model whose required fields cannot be null")
    through_init = attrs.define(type("Sub", (cls,), {}))
    slow = through_init.from_dict(sample)
    fast = cls.from_dict(sample)
    assert type(fast) is cls and type(slow) is through_init
    assert attrs.asdict(fast) == attrs.asdict(slow)  # every attribute set (an empty slot would raise)
    assert fast.additional_properties == {"unknown_key": 1} or not hasattr(fast, "additional_properties")
    assert repr(fast).startswith(f"{cls.__name__}(")


def test_additional_properties_follow_each_objects_own_keys():
    shapes = [
        {"id": "a", "name": "A", "archived": False},
        {"id": "b", "name": "B", "archived": True},
        {"name": "C", "id": "c", "archived": None},  # the same keys in another order
        {"id": "d", "name": "D"},
        {"id": "e", "tier": 3, "name": "E", "archived": False},
        {"id": "f", "name": "F", "archived": True},
    ]
    for _ in range(2):
        for shape in shapes:
            offer = Offer.from_dict(shape)
            assert offer.additional_properties == {k: v for k, v in shape.items() if k not in ("id", "name")}
            assert (offer.id, offer.name, offer.active) == (shape["id"], shape["name"], UNSET)
    page = OfferList.from_dict({"data": shapes, "meta": {"total_count": 6}, "links": {"next": None}})
    assert [o.additional_properties for o in page.data] == [Offer.from_dict(s).additional_properties for s in shapes]
    assert page.additional_properties == {"links": {"next": None}}
    # Request models (read strictly) share the rule.
    for shape in ({"name": "x", "extra": 1}, {"name": "y"}, {"extra": 2, "name": "z"}):
        request = AdvertiserRequest.from_dict(shape)
        assert request.additional_properties == {k: v for k, v in shape.items() if k != "name"}


def test_a_subclass_is_built_by_its_own_init():
    @attrs.define
    class Row(ConversionReportRow):
        seen: list[str] = attrs.field(factory=list)

        def __attrs_post_init__(self) -> None:
            self.seen.append("init")

    row = Row.from_dict({"real_tx_id": "t1", "payout": "2.5", "currency": "EUR"})
    assert type(row) is Row and row.seen == ["init"]
    assert (row.real_tx_id, row.payout, row.additional_properties) == ("t1", 2.5, {"currency": "EUR"})


def test_an_unreadable_item_of_a_page_is_named_by_its_index():
    good = {"id": "a", "advertiser_id": 4}
    with pytest.raises(UnreadableValue) as caught:
        OfferList.from_dict({"data": [good, good, {"id": "c", "advertiser_id": "four"}]})
    assert caught.value.path == "data[2].advertiser_id" and caught.value.type_name == "string"
    with pytest.raises(UnreadableValue) as caught:
        OfferList.from_dict({"data": [good, "not an object", good]})
    assert caught.value.path == "data[1]" and caught.value.expected == "object"
    assert [o.advertiser_id for o in OfferList.from_dict({"data": [good, {"advertiser_id": "5"}]}).data] == [4, 5]


# -- generated from_dict: the readers written for a key layout (types.LayoutReaders) ------------
#
# Each response model reads a plain dict with a reader compiled for its key layout; anything
# else (first sighting of a layout, subclasses, Mappings) with `_read_each_key`, a lookup per
# field. The reference here is `_read_each_key`: for random objects (random subsets and orders
# of the fields, extra keys, null, "", numeric strings, values of the wrong type, nested objects
# and arrays) every call of `from_dict` (the first, which compiles nothing; the second, which
# compiles; the third, which reuses) gives exactly what it gives, or the same UnreadableValue.


def fast_modules() -> dict[str, Any]:
    return {
        name: module
        for name, module in sorted(sys.modules.items())
        if name.startswith("integr8_client.models.") and hasattr(module, "_READERS")
    }


def fast_classes() -> list[type]:
    return [cls for cls in model_classes() if hasattr(sys.modules[cls.__module__], "_READERS")]


@pytest.fixture
def fresh_readers(monkeypatch: pytest.MonkeyPatch) -> Any:
    """Every model module with readers, as if nothing had been read yet (and undone after); a
    layout gets its reader the second time (not the _COMPILE_AFTER-th) to test them sooner."""
    monkeypatch.setattr(types_module, "_COMPILE_AFTER", 2)

    def reset() -> None:
        for module in fast_modules().values():
            old = module._READERS
            monkeypatch.setattr(
                module, "_READERS", LayoutReaders(old._cls, module._FIELDS, old._additional, vars(module))
            )
            monkeypatch.setattr(module, "_read_dict", module._read_other_layout)

    reset()
    return reset


ODD = [None, "", "  ", "12", "-3", "1.5", "1e3", " 7 ", "x", "true", "0", "False", 0, 1, 7, -2, 2.5, True, False,
       [], [None], ["a", 2], {}, {"k": 1}, "0000-00-00 00:00:00", "2025-02-03T04:05:06Z", "2025-02-03",
       "6fa459ea-ee8a-3ca4-894e-db77e160355e"]  # fmt: skip


def good_value(annotation: str, rng: random.Random, depth: int) -> Any:
    base = annotation.split(" | ")[0].strip()
    if base.startswith("list["):
        return [good_value(base[5:-1], rng, depth + 1) for _ in range(rng.randint(0, 2))]
    simple = {
        "bool": lambda: rng.choice([True, False]),
        "int": lambda: rng.randint(-5, 10**6),
        "float": lambda: rng.choice([rng.uniform(-10, 10), rng.randint(0, 9)]),
        "str": lambda: rng.choice(["s", "Summer", "ä-ß", "12"]),
        "datetime.datetime": lambda: "2025-02-03T04:05:06+00:00",
        "datetime.date": lambda: "2025-02-03",
        "UUID": lambda: "6fa459ea-ee8a-3ca4-894e-db77e160355e",
    }
    if base in simple:
        return simple[base]()
    target = getattr(models, base, None)
    if inspect.isclass(target) and issubclass(target, enum.Enum):
        return rng.choice(list(target)).value
    if inspect.isclass(target) and attrs.has(target):
        return random_object(target, rng, depth + 1) if depth < 3 else {}
    return rng.choice(ODD)


def random_object(cls: type, rng: random.Random, depth: int = 0) -> dict[str, Any]:
    module = sys.modules[cls.__module__]
    annotations = {f.name: f.type for f in attrs.fields(cls)}
    items = []
    for key, name, required, _ in getattr(module, "_FIELDS", ()):
        if rng.random() < (0.93 if required else 0.55):
            odd = rng.random() < 0.15
            items.append((key, rng.choice(ODD) if odd else good_value(annotations[name], rng, depth)))
    for n in range(rng.choice([0, 0, 1, 2])):
        items.append((rng.choice([f"extra_{n}", 'x"); raise SystemExit("', "_x0", "src_dict"]), rng.choice(ODD)))
    if rng.random() < 0.5:
        rng.shuffle(items)
    return dict(items)


def outcome(read: Any, obj: dict[str, Any]) -> tuple[Any, ...]:
    try:
        result = read(obj)
    except UnreadableValue as error:
        return ("unreadable", error.path, error.type_name, error.expected)
    extra = getattr(result, "additional_properties", {})
    return ("read", type(result), result, list(extra.items()))


@pytest.mark.parametrize("cls", fast_classes(), ids=lambda cls: cls.__name__)
def test_the_layout_readers_read_as_each_key_reading_does(cls: type, fresh_readers: Any) -> None:
    rng = random.Random(f"layouts-{cls.__name__}")
    readers_used = 0
    for _ in range(30):
        obj = random_object(cls, rng)
        expected = outcome(cls._read_each_key, obj)
        fresh_readers()
        for call in ("first", "compiles", "reuses"):
            assert outcome(cls.from_dict, obj) == expected, (call, obj)
        readers_used += tuple(obj) in sys.modules[cls.__module__]._READERS._readers
        assert outcome(cls._read_each_key, obj) == expected  # nothing read was changed
    assert readers_used >= 10, "the readers were not exercised"


def test_objects_of_several_layouts_interleaved_read_as_each_key_reading_does(fresh_readers: Any) -> None:
    rng = random.Random("interleaved")
    shapes = [random_object(Offer, rng) for _ in range(6)]
    for obj in shapes * 3 + shapes[::-1] * 2:
        assert outcome(Offer.from_dict, obj) == outcome(Offer._read_each_key, obj)
    page = {"data": shapes * 4, "meta": {"total_count": 24}}
    for _ in range(2):
        assert outcome(OfferList.from_dict, page) == outcome(OfferList._read_each_key, page)
    assert len(offer_module._READERS._readers) == len({tuple(s) for s in shapes})


def test_a_sandbox_page_reads_as_each_key_reading_does() -> None:
    sb = Sandbox(seed=0, clock=ManualClock())
    with httpx.Client(transport=SandboxTransport(sb), base_url=sb.base_url, headers={"API-KEY": sb.api_key}) as http:
        body = http.get(f"/api/v2/integrations/{sb.integration_id}/offers", params={"page[size]": 50}).json()
    for _ in range(3):
        page = OfferList.from_dict(body)
        assert page == OfferList._read_each_key(body) and len(page.data) == 50
        assert [list(o.additional_properties) for o in page.data] == [
            [k for k in item if k not in offer_module._KEYS] for item in body["data"]
        ]


def test_what_only_the_key_by_key_reading_reads(fresh_readers: Any) -> None:
    """A missing required key is named; other Mappings, subclasses and non-string keys are read."""
    for _ in range(3):
        with pytest.raises(UnreadableValue) as caught:
            ConversionReportRow.from_dict({"tx_id": "t", "payout": 1.0})
        assert (caught.value.path, caught.value.type_name) == ("real_tx_id", "missing")
        odd_keys = {"id": "a", 7: "seven", ("t",): 1}
        assert Offer.from_dict(odd_keys).additional_properties == {7: "seven", ("t",): 1}
        proxy = MappingProxyType({"id": "b", "active": "1", "zz": 2})
        assert Offer.from_dict(proxy) == Offer.from_dict(dict(proxy)) == Offer._read_each_key(proxy)
    assert len(sys.modules[ConversionReportRow.__module__]._READERS._readers) == 0
    assert tuple(odd_keys) not in offer_module._READERS._readers


def test_keys_of_the_payload_never_become_code(fresh_readers: Any) -> None:
    evil = {"id": "a", 'x"): pass\nimport os  #': 1, "_x1": 2, "src_dict": 3, "_instance": 4}
    for _ in range(3):
        offer = Offer.from_dict(evil)
        assert offer.id == "a" and offer.additional_properties == {k: v for k, v in evil.items() if k != "id"}
    assert tuple(evil) in offer_module._READERS._readers


def test_a_layout_gets_its_reader_only_after_some_objects(fresh_readers: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """A few objects are read key by key (compiling costs more than they would save)."""
    monkeypatch.setattr(types_module, "_COMPILE_AFTER", _COMPILE_AFTER)
    assert _COMPILE_AFTER > 5
    shape = {"id": "a", "name": "A", "active": "1", "other": 2}
    for _ in range(_COMPILE_AFTER - 1):
        assert outcome(Offer.from_dict, shape) == outcome(Offer._read_each_key, shape)
    assert offer_module._READERS._readers == {}
    for _ in range(3):
        assert outcome(Offer.from_dict, shape) == outcome(Offer._read_each_key, shape)
    assert list(offer_module._READERS._readers) == [tuple(shape)]


def test_the_layouts_kept_are_bounded(fresh_readers: Any) -> None:
    shapes = [{"id": str(n), f"extra_{n}": n} for n in range(_MAX_LAYOUTS + 8)]
    for _ in range(2):
        for shape in shapes:
            offer = Offer.from_dict(shape)
            assert (offer.id, offer.additional_properties) == (shape["id"], {f"extra_{offer.id}": int(offer.id)})
    assert len(offer_module._READERS._readers) == _MAX_LAYOUTS
    for _ in range(_MAX_SEEN * 2):  # layouts seen once are forgotten, in bounded memory
        Offer.from_dict({"id": "x", f"k{rng_key()}": 1})
    assert len(offer_module._READERS._seen) <= _MAX_SEEN


_counter = iter(range(10**9))


def rng_key() -> int:
    return next(_counter)


# -- report rows ---------------------------------------------------------------------------------


def rows(*ids: Any) -> list[Any]:
    return [SimpleNamespace(real_tx_id=i, n=n) for n, i in enumerate(ids)]


def test_report_rows_are_deduplicated_against_the_page_before_and_within_the_page():
    page = rows("a", "b", "c")
    kept, ids = _fresh(page, {"x", "y"})
    assert kept == page and ids == {"a", "b", "c"}
    kept, ids = _fresh(rows("b", "c", "d"), {"a", "b"})
    assert [r.real_tx_id for r in kept] == ["c", "d"]
    kept, ids = _fresh(rows("e", "f", "e", "g"), set())
    assert [(r.real_tx_id, r.n) for r in kept] == [("e", 0), ("f", 1), ("g", 3)]
    kept, ids = _fresh(rows(None, "h", None), {None})  # rows without an id are all kept
    assert [r.real_tx_id for r in kept] == [None, "h", None]
    odd = [SimpleNamespace(n=0), *rows("i")]  # a row with no id attribute at all
    kept, ids = _fresh(odd, {"i"})
    assert kept == odd[:1]
