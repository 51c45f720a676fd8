"""The operators of the API's filter syntax, `filter[field][operator]=value`, listed once.

The SDK's `filters=` (`integr8._pagination.filter_query`), the command line's
`--filter field.OPERATOR=value` and the sandbox (`integr8.testing`) all take exactly these.

Where they come from: the reference's introduction ("Filtering") gives the syntax and says the
default operator is `eq`, and its operation pages use `eq_n` (`filter[publisher_incremental_id]
[eq_n]`); it lists no others. The rest are our inference from the same family of APIs, which the
sandbox implements (`integr8.testing._listing`): `ne`, `like`/`nlike` (case-insensitive
substring), `gt`/`gte`/`lt`/`lte`, `in`/`nin` (a comma-separated list), `ne_n` (numeric).

This module imports nothing, so the command line can name the operators in its `--help` without
loading the SDK.
"""

from __future__ import annotations

FILTER_OPERATORS: tuple[str, ...] = ("eq", "ne", "like", "nlike", "gt", "gte", "lt", "lte", "in", "nin", "eq_n", "ne_n")
"""Every operator, in the order the help texts list them."""

DEFAULT_OPERATOR = "eq"
"""What a plain value means (`filter[field]=value`), per the reference's introduction."""


def near_operators(word: object) -> list[str]:
    """Up to two operators that look like `word` (difflib's closest matches), for the
    "did you mean" of the SDK's and the command line's unknown-operator errors; [] for a
    non-text `word`. difflib is imported here, on an error path, not when this module loads."""
    if not isinstance(word, str):
        return []
    import difflib

    return difflib.get_close_matches(word, FILTER_OPERATORS, n=2)
