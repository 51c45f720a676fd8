from enum import StrEnum


class ListDownloadCenterExportsFiltertype(StrEnum):
    CLICK_LOGS = "click_logs"
    CONVERSION_LOGS = "conversion_logs"

    def __str__(self) -> str:
        return str(self.value)
