from enum import StrEnum


class CreateCustomPayoutRequestPlatform(StrEnum):
    AFFISE = "Affise"
    EVERFLOW = "Everflow"
    HASOFFERS = "HasOffers"
    UNKNOWN = "Unknown"

    def __str__(self) -> str:
        return str(self.value)
