from enum import StrEnum


class CreatePublisherUserRequestStatus(StrEnum):
    ACTIVE = "Active"
    DEACTIVATED = "Deactivated"
    SUSPENDED = "Suspended"

    def __str__(self) -> str:
        return str(self.value)
