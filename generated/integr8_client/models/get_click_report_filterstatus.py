from enum import StrEnum


class GetClickReportFilterstatus(StrEnum):
    APPROVED = "Approved"
    REJECTED = "Rejected"

    def __str__(self) -> str:
        return str(self.value)
