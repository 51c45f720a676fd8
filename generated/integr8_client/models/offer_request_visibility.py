from enum import StrEnum


class OfferRequestVisibility(StrEnum):
    PRIVATE = "Private"
    PUBLIC = "Public"
    REQUIRES_APPROVAL = "Requires_Approval"

    def __str__(self) -> str:
        return str(self.value)
