from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_custom_throttle_request_throttle_status import CreateCustomThrottleRequestThrottleStatus
from ..types import (
    UNSET,
    Unset,
    model_repr,
)

T = TypeVar("T", bound="CreateCustomThrottleRequest")

# The keys this model has attributes for; any others go to additional_properties.
_KEYS = frozenset(
    {
        "offer_incremental_id",
        "publisher_incremental_id",
        "throttle_percentage",
        "active",
        "additional_filters",
        "throttle_status",
    }
)


@_attrs_define
class CreateCustomThrottleRequest:
    """
    Attributes:
        offer_incremental_id (int): The offer that the custom throttle is assigned to.
        publisher_incremental_id (int): The publisher that created the custom throttle.
        throttle_percentage (int): The chance that either the offer, conversion, or event will be throttled according to
            this percentage.
        active (bool | Unset): When custom throttle is active, either the offer, conversion, or event will be throttled
            according to throttle settings. Default: False.
        additional_filters (CsapiAdditionalThrottleRateFilters | Unset): Optional sub_id filters that narrow when a
            throttling rule applies. The reference collapses its fields; `sub_id` is inferred from the tag description.
        throttle_status (CreateCustomThrottleRequestThrottleStatus | Unset): The status to be used when either the
            offer, conversion, or event is throttled. Default: CreateCustomThrottleRequestThrottleStatus.PENDING.
    """

    offer_incremental_id: int
    publisher_incremental_id: int
    throttle_percentage: int
    active: bool | Unset = False
    additional_filters: CsapiAdditionalThrottleRateFilters | Unset = UNSET
    throttle_status: CreateCustomThrottleRequestThrottleStatus | Unset = (
        CreateCustomThrottleRequestThrottleStatus.PENDING
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        offer_incremental_id = self.offer_incremental_id

        publisher_incremental_id = self.publisher_incremental_id

        throttle_percentage = self.throttle_percentage

        active = self.active

        additional_filters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_filters, Unset):
            additional_filters = self.additional_filters.to_dict()

        throttle_status: str | Unset = UNSET
        if not isinstance(self.throttle_status, Unset):
            throttle_status = self.throttle_status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "offer_incremental_id": offer_incremental_id,
                "publisher_incremental_id": publisher_incremental_id,
                "throttle_percentage": throttle_percentage,
            }
        )
        if active is not UNSET:
            field_dict["active"] = active
        if additional_filters is not UNSET:
            field_dict["additional_filters"] = additional_filters
        if throttle_status is not UNSET:
            field_dict["throttle_status"] = throttle_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        offer_incremental_id = src_dict["offer_incremental_id"]

        publisher_incremental_id = src_dict["publisher_incremental_id"]

        throttle_percentage = src_dict["throttle_percentage"]

        active = src_dict.get("active", UNSET)

        _additional_filters = src_dict.get("additional_filters", UNSET)
        additional_filters: CsapiAdditionalThrottleRateFilters | Unset
        if isinstance(_additional_filters, Unset):
            additional_filters = UNSET
        else:
            additional_filters = CsapiAdditionalThrottleRateFilters.from_dict(_additional_filters)

        _throttle_status = src_dict.get("throttle_status", UNSET)
        throttle_status: CreateCustomThrottleRequestThrottleStatus | Unset
        if isinstance(_throttle_status, Unset):
            throttle_status = UNSET
        else:
            throttle_status = CreateCustomThrottleRequestThrottleStatus(_throttle_status)

        _additional = {_name: src_dict[_name] for _name in src_dict if _name not in _KEYS}

        create_custom_throttle_request = cls(
            offer_incremental_id,
            publisher_incremental_id,
            throttle_percentage,
            active,
            additional_filters,
            throttle_status,
        )

        create_custom_throttle_request.additional_properties = _additional
        return create_custom_throttle_request

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


# Imported here, after the class: models that refer to each other in a cycle still import.
from ..models.csapi_additional_throttle_rate_filters import CsapiAdditionalThrottleRateFilters  # noqa: E402
