from enum import StrEnum


class OfferEventRequestRevenueType(StrEnum):
    RPA = "RPA"
    RPAXRPS = "RPAxRPS"
    RPC = "RPC"
    RPM = "RPM"
    RPS = "RPS"

    def __str__(self) -> str:
        return str(self.value)
