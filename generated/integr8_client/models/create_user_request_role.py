from enum import StrEnum


class CreateUserRequestRole(StrEnum):
    ACCOUNTMANAGER = "accountManager"
    ADMIN = "admin"

    def __str__(self) -> str:
        return str(self.value)
