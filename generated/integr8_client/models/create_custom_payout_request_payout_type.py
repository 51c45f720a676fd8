from enum import StrEnum


class CreateCustomPayoutRequestPayoutType(StrEnum):
    CPA = "CPA"
    CPAXCPS = "CPAxCPS"
    CPC = "CPC"
    CPM = "CPM"
    CPS = "CPS"
    PRV = "PRV"
    UNKNOWN = "Unknown"

    def __str__(self) -> str:
        return str(self.value)
