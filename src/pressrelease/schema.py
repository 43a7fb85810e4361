"""The version of the JSON format, in a module of its own so that reading it costs nothing."""

from __future__ import annotations

__all__ = ["SCHEMA_VERSION"]

SCHEMA_VERSION = "pressrelease/4"
"""Written into every dict; bumped whenever the shape of the JSON changes."""
