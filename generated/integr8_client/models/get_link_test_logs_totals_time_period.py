from enum import StrEnum


class GetLinkTestLogsTotalsTimePeriod(StrEnum):
    LAST30D = "Last30D"
    LAST7D = "Last7D"
    TODAY = "Today"
    YESTERDAY = "Yesterday"

    def __str__(self) -> str:
        return str(self.value)
