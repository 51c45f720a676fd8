from enum import StrEnum


class ListDownloadCenterExportsFilterstatus(StrEnum):
    CANCELED = "CANCELED"
    ERROR = "ERROR"
    IN_PROGRESS = "IN_PROGRESS"
    PENDING = "PENDING"
    UNKNOWN = "UNKNOWN"

    def __str__(self) -> str:
        return str(self.value)
