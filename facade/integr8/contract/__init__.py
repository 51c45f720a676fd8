"""Tools that keep the SDK, and the apps built on it, honest about the Integr8 OpenAPI contract.

The spec is transcribed from a rendered page, so many methods, paths and response fields are
inferred (`x-inferred: true`). These tools let anyone holding recordings or a real key confirm
them, and let CI notice when Integr8 changes:

- `check_cassettes(paths)`: validate recorded vcrpy traffic against the spec (the validator our
  own contract test uses, `validate_exchange`); `integr8 contract check-cassettes`.
- `probe(client)`: call every read-only operation once and report, per operation, confirmed,
  path not found, schema mismatch, forbidden or not probed; `integr8 contract probe`.
- `diff_specs(old, new)` and `affected_code(changes, old)`: what changed between two specs, which
  changes break SDK users, and which generated modules and facade code each one hits;
  `integr8 contract diff` and `scripts/regen.sh --from ... --fail-on-breaking`.

Validation needs the `contract` extra (openapi-core, PyYAML): `pip install 'integr8[contract]'`.
It is imported only when a check runs, so importing this package stays cheap.
"""

from ._cassettes import CassetteScan, CassetteViolation, check_cassettes, scan_cassettes
from ._impact import Impact, affected_code
from ._probe import UnsafeRequestError, probe
from ._probe_report import Outcome, ProbeReport, ProbeResult
from ._specdiff import SpecChange, SpecDiff, diff_specs, load_spec
from ._validate import Violation, validate_exchange

__all__ = [
    "CassetteScan",
    "CassetteViolation",
    "Impact",
    "Outcome",
    "ProbeReport",
    "ProbeResult",
    "SpecChange",
    "SpecDiff",
    "UnsafeRequestError",
    "Violation",
    "affected_code",
    "check_cassettes",
    "diff_specs",
    "load_spec",
    "probe",
    "scan_cassettes",
    "validate_exchange",
]
