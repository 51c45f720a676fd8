"""The version of the integr8 distribution."""

__version__ = "0.1.0"
