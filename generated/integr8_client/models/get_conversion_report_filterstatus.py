from enum import StrEnum


class GetConversionReportFilterstatus(StrEnum):
    APPROVED = "Approved"
    PENDING = "Pending"
    REJECTED = "Rejected"

    def __str__(self) -> str:
        return str(self.value)
