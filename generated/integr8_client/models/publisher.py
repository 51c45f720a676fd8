from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    LayoutField,
    LayoutReaders,
    Unset,
    model_repr,
    read_array,
    read_bool,
    read_int,
)

T = TypeVar("T", bound="Publisher")

# The keys this model has attributes for; any others go to additional_properties.
_KEYS = frozenset(
    {
        "active",
        "address",
        "city",
        "company_name",
        "countries",
        "country",
        "description",
        "email",
        "fraud_visibility_enabled",
        "manager_id",
        "messenger",
        "name",
        "phone",
        "postback_manager_enabled",
        "promotional_method",
        "timezone",
        "tracking_domain_ids",
        "website",
        "id",
        "incremental_id",
        "tags",
        "created_at",
        "updated_at",
    }
)


@_attrs_define
class Publisher:
    """A publisher. Fields from Create Publisher; ids, tags and timestamps inferred.

    Attributes:
        active (bool | None | Unset):
        address (str | None | Unset):
        city (str | None | Unset):
        company_name (str | None | Unset):
        countries (list[str] | Unset):
        country (str | None | Unset):
        description (str | None | Unset):
        email (str | None | Unset):
        fraud_visibility_enabled (bool | None | Unset):
        manager_id (str | None | Unset):
        messenger (str | None | Unset):
        name (str | None | Unset):
        phone (str | None | Unset):
        postback_manager_enabled (bool | None | Unset):
        promotional_method (list[str] | Unset):
        timezone (str | None | Unset):
        tracking_domain_ids (list[str] | Unset):
        website (str | None | Unset):
        id (str | None | Unset): Object ID.
        incremental_id (int | None | Unset): The incremental ID the reference mentions (used to connect objects and in
            reports).
        tags (list[str] | Unset): Tags (mentioned in the tag description).
        created_at (str | None | Unset): When the object was created (RFC 3339).
        updated_at (str | None | Unset): When the object was last changed (RFC 3339).
    """

    active: bool | None | Unset = UNSET
    address: str | None | Unset = UNSET
    city: str | None | Unset = UNSET
    company_name: str | None | Unset = UNSET
    countries: list[str] | Unset = UNSET
    country: str | None | Unset = UNSET
    description: str | None | Unset = UNSET
    email: str | None | Unset = UNSET
    fraud_visibility_enabled: bool | None | Unset = UNSET
    manager_id: str | None | Unset = UNSET
    messenger: str | None | Unset = UNSET
    name: str | None | Unset = UNSET
    phone: str | None | Unset = UNSET
    postback_manager_enabled: bool | None | Unset = UNSET
    promotional_method: list[str] | Unset = UNSET
    timezone: str | None | Unset = UNSET
    tracking_domain_ids: list[str] | Unset = UNSET
    website: str | None | Unset = UNSET
    id: str | None | Unset = UNSET
    incremental_id: int | None | Unset = UNSET
    tags: list[str] | Unset = UNSET
    created_at: str | None | Unset = UNSET
    updated_at: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        address = self.address

        city = self.city

        company_name = self.company_name

        countries: list[str] | Unset = UNSET
        if not isinstance(self.countries, Unset):
            countries = self.countries

        country = self.country

        description = self.description

        email = self.email

        fraud_visibility_enabled = self.fraud_visibility_enabled

        manager_id = self.manager_id

        messenger = self.messenger

        name = self.name

        phone = self.phone

        postback_manager_enabled = self.postback_manager_enabled

        promotional_method: list[str] | Unset = UNSET
        if not isinstance(self.promotional_method, Unset):
            promotional_method = self.promotional_method

        timezone = self.timezone

        tracking_domain_ids: list[str] | Unset = UNSET
        if not isinstance(self.tracking_domain_ids, Unset):
            tracking_domain_ids = self.tracking_domain_ids

        website = self.website

        id = self.id

        incremental_id = self.incremental_id

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        created_at = self.created_at

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if address is not UNSET:
            field_dict["address"] = address
        if city is not UNSET:
            field_dict["city"] = city
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if countries is not UNSET:
            field_dict["countries"] = countries
        if country is not UNSET:
            field_dict["country"] = country
        if description is not UNSET:
            field_dict["description"] = description
        if email is not UNSET:
            field_dict["email"] = email
        if fraud_visibility_enabled is not UNSET:
            field_dict["fraud_visibility_enabled"] = fraud_visibility_enabled
        if manager_id is not UNSET:
            field_dict["manager_id"] = manager_id
        if messenger is not UNSET:
            field_dict["messenger"] = messenger
        if name is not UNSET:
            field_dict["name"] = name
        if phone is not UNSET:
            field_dict["phone"] = phone
        if postback_manager_enabled is not UNSET:
            field_dict["postback_manager_enabled"] = postback_manager_enabled
        if promotional_method is not UNSET:
            field_dict["promotional_method"] = promotional_method
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if tracking_domain_ids is not UNSET:
            field_dict["tracking_domain_ids"] = tracking_domain_ids
        if website is not UNSET:
            field_dict["website"] = website
        if id is not UNSET:
            field_dict["id"] = id
        if incremental_id is not UNSET:
            field_dict["incremental_id"] = incremental_id
        if tags is not UNSET:
            field_dict["tags"] = tags
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read a response's JSON object (already decoded) as `Publisher`.

        Each field is read leniently (null, "" or a zero date where a date or number is expected
        give None, a null array gives [], numeric strings give numbers); see `integr8_client.types`.

        Raises:
            UnreadableValue: a value that still cannot be read (its path and JSON type, not the value).
        """
        if cls is Publisher and type(src_dict) is dict:
            return _read_dict(src_dict)  # type: ignore[return-value]
        return cls._read_each_key(src_dict)

    @classmethod
    def _read_each_key(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """`from_dict`'s reading with a lookup per field: the reference that the readers of
        types.LayoutReaders match, and the reading of subclasses, Mappings and new layouts."""
        _get = src_dict.get
        active = _get("active", UNSET)
        if active is not True and active is not False and active is not UNSET:
            active = read_bool(active, "active")

        address = _get("address", UNSET)

        city = _get("city", UNSET)

        company_name = _get("company_name", UNSET)

        countries = _get("countries", UNSET)
        if type(countries) is list:
            pass
        elif countries is not UNSET:
            countries = read_array(countries, "countries")

        country = _get("country", UNSET)

        description = _get("description", UNSET)

        email = _get("email", UNSET)

        fraud_visibility_enabled = _get("fraud_visibility_enabled", UNSET)
        if (
            fraud_visibility_enabled is not True
            and fraud_visibility_enabled is not False
            and fraud_visibility_enabled is not UNSET
        ):
            fraud_visibility_enabled = read_bool(fraud_visibility_enabled, "fraud_visibility_enabled")

        manager_id = _get("manager_id", UNSET)

        messenger = _get("messenger", UNSET)

        name = _get("name", UNSET)

        phone = _get("phone", UNSET)

        postback_manager_enabled = _get("postback_manager_enabled", UNSET)
        if (
            postback_manager_enabled is not True
            and postback_manager_enabled is not False
            and postback_manager_enabled is not UNSET
        ):
            postback_manager_enabled = read_bool(postback_manager_enabled, "postback_manager_enabled")

        promotional_method = _get("promotional_method", UNSET)
        if type(promotional_method) is list:
            pass
        elif promotional_method is not UNSET:
            promotional_method = read_array(promotional_method, "promotional_method")

        timezone = _get("timezone", UNSET)

        tracking_domain_ids = _get("tracking_domain_ids", UNSET)
        if type(tracking_domain_ids) is list:
            pass
        elif tracking_domain_ids is not UNSET:
            tracking_domain_ids = read_array(tracking_domain_ids, "tracking_domain_ids")

        website = _get("website", UNSET)

        id = _get("id", UNSET)

        incremental_id = _get("incremental_id", UNSET)
        if type(incremental_id) is not int and incremental_id is not UNSET:
            incremental_id = read_int(incremental_id, "incremental_id")

        tags = _get("tags", UNSET)
        if type(tags) is list:
            pass
        elif tags is not UNSET:
            tags = read_array(tags, "tags")

        created_at = _get("created_at", UNSET)

        updated_at = _get("updated_at", UNSET)

        _additional = {_name: src_dict[_name] for _name in src_dict if _name not in _KEYS}

        if cls is Publisher:
            # The attributes set one by one, as attrs' __init__ would (binding the arguments of a
            # call costs more than the stores); a subclass gets its own __init__ below.
            _instance = object.__new__(cls)  # named so that no property's local can be it
            _instance.active = active
            _instance.address = address
            _instance.city = city
            _instance.company_name = company_name
            _instance.countries = countries
            _instance.country = country
            _instance.description = description
            _instance.email = email
            _instance.fraud_visibility_enabled = fraud_visibility_enabled
            _instance.manager_id = manager_id
            _instance.messenger = messenger
            _instance.name = name
            _instance.phone = phone
            _instance.postback_manager_enabled = postback_manager_enabled
            _instance.promotional_method = promotional_method
            _instance.timezone = timezone
            _instance.tracking_domain_ids = tracking_domain_ids
            _instance.website = website
            _instance.id = id
            _instance.incremental_id = incremental_id
            _instance.tags = tags
            _instance.created_at = created_at
            _instance.updated_at = updated_at
            _instance.additional_properties = _additional
            return _instance
        publisher = cls(
            active,
            address,
            city,
            company_name,
            countries,
            country,
            description,
            email,
            fraud_visibility_enabled,
            manager_id,
            messenger,
            name,
            phone,
            postback_manager_enabled,
            promotional_method,
            timezone,
            tracking_domain_ids,
            website,
            id,
            incremental_id,
            tags,
            created_at,
            updated_at,
        )

        publisher.additional_properties = _additional
        return publisher

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    def __repr__(self) -> str:
        return model_repr(self)


def _read_other_layout(src_dict: dict[str, Any]) -> Publisher:
    """`Publisher.from_dict` of a plain dict whose layout is not the one read last: the
    reader of its layout (types.LayoutReaders) becomes `_read_dict`, or it is read key by key."""
    global _read_dict
    read = _READERS.reader(tuple(src_dict))
    if read is None:
        return Publisher._read_each_key(src_dict)
    _read_dict = read
    return read(src_dict)  # type: ignore[no-any-return]


# `Publisher.from_dict` of a plain dict, as from_dict and the fields of other models call it:
# the reader of the layout read last (the objects of a page share theirs), which hands any other
# layout to _read_other_layout.
_read_dict: Callable[[dict[str, Any]], Publisher] = _read_other_layout


# For types.LayoutReaders: each field's JSON key, attribute, whether it is required, and the
# statements that read it when the object has it (those of _read_each_key, less the lookup).
_FIELDS: tuple[LayoutField, ...] = (
    (
        "active",
        "active",
        False,
        'if active is not True and active is not False:\n    active = read_bool(active, "active")\n',
    ),
    (
        "address",
        "address",
        False,
        "",
    ),
    (
        "city",
        "city",
        False,
        "",
    ),
    (
        "company_name",
        "company_name",
        False,
        "",
    ),
    (
        "countries",
        "countries",
        False,
        'if type(countries) is list:\n    pass\nelse:\n    countries = read_array(countries, "countries")\n',
    ),
    (
        "country",
        "country",
        False,
        "",
    ),
    (
        "description",
        "description",
        False,
        "",
    ),
    (
        "email",
        "email",
        False,
        "",
    ),
    (
        "fraud_visibility_enabled",
        "fraud_visibility_enabled",
        False,
        'if fraud_visibility_enabled is not True and fraud_visibility_enabled is not False:\n    fraud_visibility_enabled = read_bool(fraud_visibility_enabled, "fraud_visibility_enabled")\n',
    ),
    (
        "manager_id",
        "manager_id",
        False,
        "",
    ),
    (
        "messenger",
        "messenger",
        False,
        "",
    ),
    (
        "name",
        "name",
        False,
        "",
    ),
    (
        "phone",
        "phone",
        False,
        "",
    ),
    (
        "postback_manager_enabled",
        "postback_manager_enabled",
        False,
        'if postback_manager_enabled is not True and postback_manager_enabled is not False:\n    postback_manager_enabled = read_bool(postback_manager_enabled, "postback_manager_enabled")\n',
    ),
    (
        "promotional_method",
        "promotional_method",
        False,
        'if type(promotional_method) is list:\n    pass\nelse:\n    promotional_method = read_array(promotional_method, "promotional_method")\n',
    ),
    (
        "timezone",
        "timezone",
        False,
        "",
    ),
    (
        "tracking_domain_ids",
        "tracking_domain_ids",
        False,
        'if type(tracking_domain_ids) is list:\n    pass\nelse:\n    tracking_domain_ids = read_array(tracking_domain_ids, "tracking_domain_ids")\n',
    ),
    (
        "website",
        "website",
        False,
        "",
    ),
    (
        "id",
        "id",
        False,
        "",
    ),
    (
        "incremental_id",
        "incremental_id",
        False,
        'if type(incremental_id) is not int:\n    incremental_id = read_int(incremental_id, "incremental_id")\n',
    ),
    (
        "tags",
        "tags",
        False,
        'if type(tags) is list:\n    pass\nelse:\n    tags = read_array(tags, "tags")\n',
    ),
    (
        "created_at",
        "created_at",
        False,
        "",
    ),
    (
        "updated_at",
        "updated_at",
        False,
        "",
    ),
)
_READERS = LayoutReaders(Publisher, _FIELDS, True, globals())
