from enum import StrEnum


class CreateCustomPayoutRequestRevenueType(StrEnum):
    RPA = "RPA"
    RPAXRPS = "RPAxRPS"
    RPC = "RPC"
    RPM = "RPM"
    RPS = "RPS"
    UNKNOWN = "Unknown"

    def __str__(self) -> str:
        return str(self.value)
