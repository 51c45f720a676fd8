"""Tools that keep the SDK honest about the Integr8 OpenAPI contract.

``diff_specs`` tells what changed between two versions of the spec and which
changes break SDK users; ``scripts/regen.sh --from`` uses it before it
accepts a new spec.
"""

from ._specdiff import SpecChange, SpecDiff, diff_specs, load_spec

__all__ = ["SpecChange", "SpecDiff", "diff_specs", "load_spec"]
