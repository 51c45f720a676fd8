"""What a user sees of a model, and the one spelling of fields named after builtins (issue 19).

- A model's repr names exactly the fields that are set, never `Unset`/`UNSET` placeholders
  (types.model_repr, used by every generated model), nested models likewise; the fields the spec
  calls a credential are masked.
- `UNSET` itself reads as `UNSET` (in reprs, and in `help()` of a parameter defaulting to it).
- A field whose attribute is its JSON key plus "_" (the generator's way around a builtin such as
  `hash`) is also readable under the API's name (`row.hash`), the primary spelling; the
  attribute with the underscore stays as an alias. Every such field of every model is checked.

The models are found in `integr8_client.models`, so a new model or field is covered as it comes.
"""

from __future__ import annotations

import inspect
import pydoc
import re
from typing import Any

import attrs
import pytest

import integr8_client.models as models
from integr8_client.models import ConversionReportRow, Integr8DocsOfferPayoutConfig, Offer, SignedURL
from integr8_client.types import UNSET, Unset


def model_classes() -> list[type]:
    found = []
    for name in getattr(models, "__all__", dir(models)):
        cls = getattr(models, name)
        if inspect.isclass(cls) and attrs.has(cls) and hasattr(cls, "from_dict"):
            found.append(cls)
    return found


def init_fields(cls: type) -> list[attrs.Attribute[Any]]:
    return [field for field in attrs.fields(cls) if field.init]


def some_set(cls: type) -> tuple[Any, set[str]]:
    """An instance with every required field and every other optional one set (to a string:
    reprs do not check types), and the names of the fields set."""
    chosen: dict[str, Any] = {}
    optional_seen = 0
    for field in init_fields(cls):
        if field.default is attrs.NOTHING:
            chosen[field.name] = f"v-{field.name}"
        else:
            if optional_seen % 2 == 0:
                chosen[field.name] = f"v-{field.name}"
            optional_seen += 1
    return cls(**chosen), set(chosen)


def shown_names(text: str, cls: type) -> set[str]:
    """The field names a repr shows at its top level (values here are plain strings)."""
    assert text.startswith(f"{cls.__name__}(") and text.endswith(")"), text
    inner = text[len(cls.__name__) + 1 : -1]
    return set(re.findall(r"(?:^|, )(\w+)=", inner))


def api_name(cls: type, name: str) -> str:
    """The name a field is shown by: `hash` for `hash_` when the model has that property."""
    if name.endswith("_") and isinstance(getattr(cls, name[:-1], None), property):
        return name[:-1]
    return name


@pytest.mark.parametrize("cls", model_classes(), ids=lambda cls: cls.__name__)
def test_a_repr_names_exactly_the_fields_that_are_set(cls: type) -> None:
    instance, chosen = some_set(cls)
    text = repr(instance)
    assert "Unset" not in text and "UNSET" not in text, text
    defaulted = {f.name for f in init_fields(cls) if f.default not in (attrs.NOTHING, UNSET)}  # e.g. a status
    assert shown_names(text, cls) == {api_name(cls, name) for name in chosen | defaulted}
    empty_optional = [f for f in init_fields(cls) if f.default is not attrs.NOTHING]
    if not [f for f in init_fields(cls) if f.default is attrs.NOTHING] and empty_optional:
        shown = ", ".join(
            f"{name}={getattr(cls(), name)!r}" for name in sorted(defaulted, key=list(attrs.fields_dict(cls)).index)
        )
        assert repr(cls()) == f"{cls.__name__}({shown})"
    if hasattr(instance, "additional_properties"):
        instance.additional_properties["extra_key"] = 7
        assert repr(instance).endswith(", additional_properties={'extra_key': 7})") or repr(instance) == (
            f"{cls.__name__}(additional_properties={{'extra_key': 7}})"
        )


def test_nested_models_show_only_their_set_fields_too() -> None:
    offer = Offer(id="o-1", name="Summer", active=True, default_payout=Integr8DocsOfferPayoutConfig(payout=1.5))
    assert repr(offer) == (
        "Offer(active=True, default_payout=Integr8DocsOfferPayoutConfig(payout=1.5), name='Summer', id='o-1')"
    )
    parsed = Offer.from_dict({"id": "o-2", "default_payout": {"payout": "2"}, "archived": False})
    assert repr(parsed) == (
        "Offer(default_payout=Integr8DocsOfferPayoutConfig(payout=2.0), id='o-2', "
        "additional_properties={'archived': False})"
    )
    assert repr(Offer(description=None)) == "Offer(description=None)"  # null is shown: it is a value


def test_reprs_keep_attrs_equality_and_survive_a_model_that_contains_itself() -> None:
    assert Offer(id="a") == Offer(id="a") and Offer(id="a") != Offer(id="b")
    assert Offer(id="a") != Offer(id="a", name=None)
    looping = Offer(id="loop")
    looping.default_payout = looping  # type: ignore[assignment]
    assert repr(looping) == "Offer(default_payout=Offer(...), id='loop')"


def test_credentials_are_masked_in_reprs() -> None:
    signed = SignedURL(url="https://files.example.test/export.zip?X-Amz-Signature=s3cr3t")
    assert repr(signed) == "SignedURL(url='***')" and "s3cr3t" not in repr(signed)
    assert repr(SignedURL(url=None)) == "SignedURL(url=None)"
    guest = models.DownloadCenterExport(guest_token="9f86d081884c7d659a2f")
    assert "9f86d081884c7d659a2f" not in repr(guest) and "guest_token='***'" in repr(guest)
    for cls in (models.CreateUserRequest, models.UpdateUserRequest):  # named like a credential
        required = {f.name: "r" for f in init_fields(cls) if f.default is attrs.NOTHING}
        user = cls(**{**required, "password": "hunter2-secret"})
        assert "hunter2-secret" not in repr(user) and "password='***'" in repr(user)


def test_unset_reads_as_unset() -> None:
    assert repr(UNSET) == "UNSET" and isinstance(UNSET, Unset) and not UNSET
    text = pydoc.render_doc(Offer, renderer=pydoc.plaintext)
    assert "object at 0x" not in text and "= UNSET" in text


# -- one spelling for fields named after builtins ------------------------------------------------


def json_keys(cls: type) -> dict[str, str]:
    """attribute -> JSON key, as the generated to_dict writes them (`"hash": hash_,` or
    `field_dict["format"] = format_`)."""
    source = inspect.getsource(cls.to_dict)
    pairs = re.findall(r'^\s*"([^"]+)": (\w+),$', source, re.M) + re.findall(
        r'field_dict\["([^"]+)"\] = (\w+)$', source, re.M
    )
    return {name: key for key, name in pairs}


def renamed_fields() -> list[tuple[type, str, str]]:
    """(model, attribute, JSON key) for every field whose attribute is its JSON key plus "_"."""
    found = []
    for cls in model_classes():
        for name, key in json_keys(cls).items():
            if name == key + "_":
                found.append((cls, name, key))
    return found


def minimal(cls: type, attribute: str) -> Any:
    """An instance with `attribute` set to "value-1" and the other required fields null."""
    required = {f.name: None for f in init_fields(cls) if f.default is attrs.NOTHING}
    return cls(**{**required, attribute: "value-1"})


def test_the_renamed_fields_are_found() -> None:
    found = {(cls.__name__, key) for cls, _, key in renamed_fields()}
    assert {("ConversionReportRow", "hash"), ("Integr8DocsConversionUpdateRequest", "hash")} <= found
    assert ("DownloadCenterExport", "type") in found and ("Offer", "id") not in found


@pytest.mark.parametrize(
    ("cls", "attribute", "key"), renamed_fields(), ids=lambda v: v.__name__ if isinstance(v, type) else str(v)
)
def test_a_field_named_after_a_builtin_reads_by_the_apis_name(cls: type, attribute: str, key: str) -> None:
    instance = minimal(cls, attribute)
    assert getattr(instance, key) == "value-1" == getattr(instance, attribute)
    assert f"{key}='value-1'" in repr(instance) and f"{attribute}=" not in repr(instance)
    with pytest.raises(AttributeError):
        setattr(instance, key, "other")  # read-only: the attribute with "_" is the one to set
    assert key in cls.__dict__ and isinstance(cls.__dict__[key], property)
    assert cls.__dict__[key].__doc__ and attribute in cls.__dict__[key].__doc__
    assert key not in {f.name for f in attrs.fields(cls)}  # not a second field: equality unchanged


def test_a_report_rows_hash_reads_by_either_name() -> None:
    row = ConversionReportRow.from_dict({"real_tx_id": "t1", "hash": "abc"})
    again = ConversionReportRow.from_dict({"real_tx_id": "t2", "hash": "def"})
    assert (row.hash, row.hash_, again.hash) == ("abc", "abc", "def")
    assert ConversionReportRow.from_dict({"real_tx_id": "t3"}).hash is UNSET
