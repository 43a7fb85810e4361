"""Every example runs: each script exits 0 having printed something, and each notebook runs on a
kernel of this interpreter with no cell error and every code cell showing something."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import pressrelease

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
SCRIPTS = sorted(EXAMPLES.glob("*.py"))
NOTEBOOKS = sorted(EXAMPLES.glob("*.ipynb"))


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


def _code_cells(notebook: Any) -> list[Any]:
    return [cell for cell in notebook.cells if cell.cell_type == "code"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.name for p in NOTEBOOKS])
def test_example_notebook_runs(path: Path) -> None:
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    notebook = nbformat.read(path, as_version=4)
    stored = _code_cells(notebook)
    assert stored, f"{path.name} has no code"
    assert all(not c.outputs and c.execution_count is None for c in stored), (
        f"{path.name} is stored with outputs: clear them before committing"
    )
    # kernel_name python3 is ipykernel's own kernel, which jupyter_client starts with sys.executable
    client = nbclient.NotebookClient(
        notebook, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(EXAMPLES)}}
    )
    client.execute()  # raises CellExecutionError, naming the cell, on any error
    for cell in _code_cells(notebook):
        assert cell.outputs, f"{path.name}: a cell shows nothing:\n{cell.source}"
        assert all(o.output_type != "error" for o in cell.outputs)
    if hasattr(pressrelease.Release, "_repr_html_"):  # the release as a cell's value is drawn in HTML
        rich = [c for c in _code_cells(notebook) if "rich-view" in c.metadata.get("tags", [])]
        assert rich and all(any("text/html" in o.get("data", {}) for o in c.outputs) for c in rich)
