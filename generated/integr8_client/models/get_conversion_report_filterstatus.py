from enum import StrEnum


class GetConversionReportFilterstatus(StrEnum):
    APPROVED = "Approved"
    REJECTED = "Rejected"

    def __str__(self) -> str:
        return str(self.value)
