from enum import StrEnum


class OfferEventRequestPayoutType(StrEnum):
    CPA = "CPA"
    CPAXCPS = "CPAxCPS"
    CPC = "CPC"
    CPM = "CPM"
    CPS = "CPS"
    PRV = "PRV"

    def __str__(self) -> str:
        return str(self.value)
