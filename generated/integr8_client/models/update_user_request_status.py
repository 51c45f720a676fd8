from enum import StrEnum


class UpdateUserRequestStatus(StrEnum):
    ACTIVE = "Active"
    DEACTIVATED = "Deactivated"

    def __str__(self) -> str:
        return str(self.value)
