from enum import StrEnum


class UpdateUserRequestPublisherManagerAccess(StrEnum):
    GLOBAL = "Global"
    LIMITED = "Limited"
    RESTRICTED = "Restricted"

    def __str__(self) -> str:
        return str(self.value)
