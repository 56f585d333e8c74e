"""The README is checked against the code, so it cannot drift: the CLI reference is the
real ``--help`` output, every subcommand is documented, every local link resolves.

After changing the command line, regenerate the reference:
``.venv/bin/python scripts/make_cli_reference.py``.
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys

import pytest

from chainkg.cli import HANDLERS
from chainkg.paths import QUERIES_DIR, ROOT

README = ROOT / "README.md"
SCRIPT = ROOT / "scripts" / "make_cli_reference.py"


def load_script():
    spec = importlib.util.spec_from_file_location("make_cli_reference", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def readme() -> str:
    return README.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def reference_script():
    return load_script()


def documented_help(readme: str, command: str) -> str:
    """The ```text block under the README heading ### `chainkg COMMAND`."""
    title = f"chainkg {command}".strip()
    match = re.search(rf"^### `{re.escape(title)}`\n\n```text\n(.*?)\n```$", readme,
                      re.MULTILINE | re.DOTALL)
    assert match, f"README.md does not document `{title}`"
    return match.group(1)


def test_the_two_commands_open_the_readme(readme):
    first_block = re.search(r"```sh\n(.*?)```", readme, re.DOTALL).group(1)
    assert first_block.splitlines()[0].startswith("make run")
    assert first_block.splitlines()[1].startswith("make test")
    assert readme.index(first_block) < readme.index("## ")


def test_the_cli_reference_is_up_to_date(readme, reference_script):
    assert reference_script.with_reference(readme, reference_script.cli_reference()) == readme, (
        "README.md's CLI reference is stale: run .venv/bin/python scripts/make_cli_reference.py")


@pytest.mark.parametrize("command", ["", *HANDLERS], ids=lambda c: c or "chainkg")
def test_the_reference_is_what_the_installed_command_prints(readme, command):
    argv = [sys.executable, "-m", "chainkg", *([command] if command else []), "--help"]
    env = {**os.environ, "COLUMNS": "100"}
    shown = subprocess.run(argv, capture_output=True, text=True, env=env, check=True).stdout
    assert documented_help(readme, command) == shown.rstrip()


def test_every_subcommand_is_documented_and_has_a_handler(readme):
    headings = re.findall(r"^### `chainkg (\w+)`$", readme, re.MULTILINE)
    assert headings == list(HANDLERS)
    for command, target in HANDLERS.items():
        module, _, function = target.partition(":")
        assert callable(getattr(importlib.import_module(module), function)), command


def test_the_script_refuses_a_readme_without_markers(reference_script):
    with pytest.raises(ValueError, match="markers"):
        reference_script.with_reference("# no markers here\n", "reference")


def test_the_script_replaces_only_the_reference(reference_script):
    begin, end = reference_script.BEGIN, reference_script.END
    text = f"intro\n{begin}\nold\n{end}\noutro\n"
    replaced = reference_script.with_reference(text, "new\n")
    assert replaced == f"intro\n{begin}\n\nnew\n\n{end}\noutro\n"


def test_every_local_link_and_image_in_the_readme_exists(readme):
    targets = re.findall(r"\]\(([^)#\s]+)\)", readme)
    assert "docs/img/map-robots.png" in targets
    local = [target for target in targets if not target.startswith(("http:", "https:"))]
    missing = [target for target in local if not (ROOT / target).exists()]
    assert missing == []


def test_the_notebooks_and_queries_the_readme_lists_exist(readme):
    listed = set(re.findall(r"`(\d\d-[\w-]+\.ipynb)`", readme))
    assert listed == {path.name for path in (ROOT / "notebooks").glob("*.ipynb")}
    queries = sorted(QUERIES_DIR.glob("*.rq"))
    assert f"the {len(queries)} competency queries" in readme
    for query in re.findall(r"queries/([\w-]+\.rq)", readme):
        assert (QUERIES_DIR / query).is_file(), query
