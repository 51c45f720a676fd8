"""Benchmarks of the SDK: `make bench` (or `python -m bench [core|export|conversions]`).

Every target is a ratio against a baseline measured in the same run on the same machine, so
the numbers mean the same on a laptop and on CI. Nothing here is asserted by the test suite:
timing belongs in benchmarks, not in tests.
"""
