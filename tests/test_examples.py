"""Every example script runs: exit status 0 and something printed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
SCRIPTS = sorted(EXAMPLES.glob("*.py"))


@pytest.mark.parametrize("script", SCRIPTS, ids=[p.name for p in SCRIPTS])
def test_example_script_runs(script: Path) -> None:
    run = subprocess.run(
        [sys.executable, script.name],
        cwd=EXAMPLES,
        capture_output=True,
        timeout=300,
        check=False,
    )
    stderr = run.stderr.decode("utf-8", "replace")
    assert run.returncode == 0, f"{script.name} exited {run.returncode}:\n{stderr}"
    assert run.stdout.strip(), f"{script.name} printed nothing"
