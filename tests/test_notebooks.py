"""The numbered notebooks run top to bottom without error, are committed without outputs, state
findings computed from the documents, and show their maps inline (an offline page in an iframe,
never an empty pyvis frame). Each executed notebook is also written as HTML (nbconvert) next to
the test's artefacts.

With ../shared/corpus beside the checkout (as in CI) they read the real corpus; without it they
fall back to the bundled example, so a developer's checkout runs them too.
"""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

NOTEBOOKS = sorted((Path(__file__).resolve().parents[1] / "notebooks").glob("[0-9][0-9]-*.ipynb"))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_runs(path, tmp_path):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    nb = nbformat.read(path, as_version=4)
    assert all(
        not c.get("outputs") and c.get("execution_count") is None for c in nb.cells if c.cell_type == "code"
    ), f"{path.name} is committed with outputs"
    client = nbclient.NotebookClient(
        nb, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}
    )
    # nbclient's kernel start sets SIGINT's Python handler in this process; a suite started with SIGINT ignored (a
    # background job of a shell without job control) keeps it ignored (tests/conftest.py checks every test)
    sigint = signal.getsignal(signal.SIGINT)
    try:
        client.execute()
    finally:
        signal.signal(signal.SIGINT, sigint)
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    printed = "".join(o.get("text", "") for o in outputs if o.output_type == "stream")
    # at least one finding, printed from the data (the sentence is built from computed values)
    assert "Finding:" in printed, printed[-2000:]
    htmls = [o["data"]["text/html"] for o in outputs if "text/html" in o.get("data", {})]
    maps = [h for h in htmls if h.startswith("<iframe srcdoc=") and "vis.Network" in h]
    assert maps, "no inline map"
    assert all("https://" not in h.split("srcdoc=", 1)[1][:200] for h in maps)
    nbconvert = pytest.importorskip("nbconvert")
    body, _ = nbconvert.HTMLExporter().from_notebook_node(nb)
    (tmp_path / (path.stem + ".html")).write_text(body, encoding="utf-8")
    assert "Finding:" in body


def test_there_are_notebooks():
    assert [p.name[:2] for p in NOTEBOOKS] == ["01", "02", "03"]
