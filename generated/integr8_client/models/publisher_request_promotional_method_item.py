from enum import StrEnum


class PublisherRequestPromotionalMethodItem(StrEnum):
    CONTENT = "Content"
    DISPLAY = "Display"
    EMAIL = "Email"
    NATIVE = "Native"
    OTHER = "Other"
    PUSH = "Push"
    SEARCH = "Search"
    SMS = "SMS"
    SOCIAL = "Social"

    def __str__(self) -> str:
        return str(self.value)
