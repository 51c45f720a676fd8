from enum import StrEnum


class UpdateUserRequestRole(StrEnum):
    ACCOUNTMANAGER = "accountManager"
    ADMIN = "admin"

    def __str__(self) -> str:
        return str(self.value)
