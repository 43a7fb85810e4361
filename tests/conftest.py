"""Test configuration: Hypothesis profiles and the options that rewrite expected data.

- ``--regen-golden`` rewrites ``tests/golden/*.json`` from the current parser (review the diff).
- ``--update-floors`` raises the corpus accuracy floors in ``tests/corpus_floor.json`` to the
  current figures (never lowers them).

Hypothesis runs the ``ci`` profile when the environment variable ``CI`` is set (as ``.ci/run``
does), else ``dev``; ``HYPOTHESIS_PROFILE`` picks one by name.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    max_examples=2600,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "dev",
    max_examples=150,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev"))


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("pressrelease")
    group.addoption(
        "--regen-golden",
        action="store_true",
        default=False,
        help="rewrite tests/golden/*.json from the current parser instead of comparing",
    )
    group.addoption(
        "--update-floors",
        action="store_true",
        default=False,
        help="raise tests/corpus_floor.json to the current corpus figures (never lowers a floor)",
    )


@pytest.fixture
def regen_golden(request: pytest.FixtureRequest) -> bool:
    """Whether this run rewrites the golden files."""
    return bool(request.config.getoption("--regen-golden"))


@pytest.fixture
def update_floors(request: pytest.FixtureRequest) -> bool:
    """Whether this run raises the corpus floors."""
    return bool(request.config.getoption("--update-floors"))
