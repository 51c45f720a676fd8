from enum import StrEnum


class UpdateCustomThrottleRequestThrottleStatus(StrEnum):
    PENDING = "Pending"
    REJECTED = "Rejected"

    def __str__(self) -> str:
        return str(self.value)
