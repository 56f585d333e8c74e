"""The analyst notebooks: each runs from a clean checkout without an error, and is
committed without outputs.

Each notebook is executed with nbclient on the ``python3`` kernel (ipykernel in the
venv), in ``notebooks/`` of a clean copy of the checkout (no graphs/, no cache) as its
working directory, with a timeout per cell; the checkout itself is never written to.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from chainkg.paths import ROOT

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

NOTEBOOKS_DIR = ROOT / "notebooks"
NOTEBOOKS = sorted(NOTEBOOKS_DIR.glob("*.ipynb"))
EXPECTED = ["01-quickstart", "02-chain-maps", "03-sparql", "04-gaps", "05-your-own-article"]
#: charts each notebook must show inline: the entity-type bars, six map PNGs, the heatmaps
PICTURES = {"01-quickstart": 1, "02-chain-maps": 6, "04-gaps": 1}
CELL_TIMEOUT = 180  # seconds; a whole notebook takes well under a minute


def run_notebook(path: Path):
    """Execute the notebook at ``path`` in its folder; returns it with its outputs."""
    notebook = nbformat.read(path, as_version=4)
    client = nbclient.NotebookClient(
        notebook, timeout=CELL_TIMEOUT, kernel_name="python3",
        resources={"metadata": {"path": str(path.parent)}},
    )
    client.execute()
    return notebook


def outputs(notebook) -> list[dict]:
    return [out for cell in notebook.cells if cell.cell_type == "code"
            for out in cell.get("outputs", [])]


def fingerprint(folder: Path) -> dict[str, str]:
    """Each file under ``folder`` (relative path) -> the SHA-256 of its bytes."""
    return {path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(folder.rglob("*")) if path.is_file()}


def test_the_five_notebooks_are_there():
    assert [path.stem for path in NOTEBOOKS] == EXPECTED


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda path: path.stem)
def test_committed_notebooks_have_no_outputs(path):
    notebook = nbformat.read(path, as_version=4)
    nbformat.validate(notebook)
    code_cells = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert code_cells
    assert all(cell.outputs == [] for cell in code_cells), "strip the outputs"
    assert all(cell.execution_count is None for cell in code_cells), "clear execution counts"
    assert notebook.metadata["kernelspec"]["name"] == "python3"


def clean_checkout(folder: Path) -> Path:
    """A copy of what a clean checkout holds that the notebooks read: no graphs/, no cache."""
    for part in ("data", "ontology", "queries", "notebooks", "tests/fixtures/dev"):
        shutil.copytree(ROOT / part, folder / part)
    return folder


@pytest.fixture(scope="module")
def executed(tmp_path_factory):
    """Run a notebook once per test module: ``executed(stem)`` -> the executed notebook.

    The notebooks run in a clean copy of the checkout (``CHAINKG_ROOT`` points the
    kernel's ``chainkg.paths.ROOT`` at it), so they start with no graphs/ and nothing
    else on the machine can change their files meanwhile.
    """
    root = clean_checkout(tmp_path_factory.mktemp("checkout"))
    done: dict[str, object] = {}

    def run(stem: str):
        if stem not in done:
            done[stem] = run_notebook(root / "notebooks" / f"{stem}.ipynb")
        return done[stem]

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CHAINKG_ROOT", str(root))
        yield run


@pytest.mark.slow
@pytest.mark.parametrize("stem", [s for s in EXPECTED if s != "05-your-own-article"])
def test_notebook_runs_without_error(stem, executed):
    shown = outputs(executed(stem))  # executing raises CellExecutionError on a failing cell
    assert not [out for out in shown if out.output_type == "error"]
    assert any(out.output_type in ("execute_result", "display_data") for out in shown)
    pictures = [out for out in shown if "image/png" in out.get("data", {})]
    assert len(pictures) >= PICTURES.get(stem, 0), "a chart did not show (Agg backend?)"


@pytest.mark.slow
def test_your_own_article_notebook_leaves_the_checkout_alone(tmp_path, monkeypatch):
    # in a copy of the checkout of its own, so that nothing else can touch it meanwhile
    root = clean_checkout(tmp_path)
    before = fingerprint(root / "data")
    monkeypatch.setenv("CHAINKG_ROOT", str(root))  # the kernel's chainkg.paths.ROOT
    notebook = run_notebook(root / "notebooks" / "05-your-own-article.ipynb")
    assert fingerprint(root / "data") == before
    assert not (root / "graphs").exists()
    text = "\n".join(out.get("text", "") for out in outputs(notebook)
                     if out.output_type == "stream")
    assert "0 failed" in text  # the new article was built into the temporary graph


@pytest.mark.slow
def test_the_maps_notebook_inlines_each_map_without_a_file_path(executed):
    shown = outputs(executed("02-chain-maps"))
    pages = [out["data"]["text/html"] for out in shown
             if "<iframe srcdoc=" in out.get("data", {}).get("text/html", "")]
    assert len(pages) == 6
    assert not [page for page in pages if "file:" in page or "graphs/chains" in page]
    assert len([out for out in shown if "image/png" in out.get("data", {})]) == 6


@pytest.mark.slow
def test_the_sparql_notebook_gets_the_same_rows_locally_and_from_the_endpoint(executed):
    text = "\n".join(out.get("text", "") for out in outputs(executed("03-sparql"))
                     if out.output_type == "stream")
    assert "equal: True" in text
    assert "equal: False" not in text
    assert "chainkg serve exited with 0" in text


@pytest.mark.slow
@pytest.mark.browser
def test_an_inline_map_draws_inside_a_page_like_a_notebook_output(executed, tmp_path):
    """The iframe output, placed in a page as JupyterLab or VS Code would, draws its map
    in headless Chromium with nothing fetched from anywhere."""
    chromium = Path("/usr/bin/chromium")
    if not chromium.is_file():
        pytest.skip("Debian's chromium is not installed (`make test` installs it)")
    sync_api = pytest.importorskip("playwright.sync_api")
    frame = next(out["data"]["text/html"] for out in outputs(executed("02-chain-maps"))
                 if "<iframe srcdoc=" in out.get("data", {}).get("text/html", ""))
    page_file = tmp_path / "output.html"
    page_file.write_text(f"<!doctype html><meta charset=utf-8><body>{frame}</body>",
                         encoding="utf-8")
    requests: list[str] = []
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(chromium),
                                             args=["--headless", "--no-sandbox"])
        page = browser.new_page(viewport={"width": 1200, "height": 800})
        page.on("request", lambda request: requests.append(request.url))
        page.goto(page_file.as_uri())
        inner = page.frames[1]
        inner.wait_for_selector("canvas", timeout=20_000)
        title = inner.evaluate("document.title")
        browser.close()
    assert title.endswith("产业链图谱")
    assert [url for url in requests if not url.startswith(("file:", "about:", "data:"))] == []
