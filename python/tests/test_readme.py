"""The package README's examples, and every docstring example of the
package, run as doctests from the repository's root."""

from __future__ import annotations

import doctest
import pathlib

import pytest

import pko
import pko._enums
import pko._inputs
import pko.contributions
import pko.institute

README = pathlib.Path(__file__).resolve().parents[1] / "README.md"
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


def test_the_readme_examples_run() -> None:
    result = doctest.testfile(str(README), module_relative=False, optionflags=FLAGS)
    assert result.attempted >= 40
    assert result.failed == 0


@pytest.mark.parametrize("module", [pko, pko._enums, pko.contributions, pko.institute])
def test_the_docstring_examples_run(module: object) -> None:
    result = doctest.testmod(module, optionflags=FLAGS)  # type: ignore[arg-type]
    assert result.failed == 0
    assert result.attempted >= 1


def test_the_repository_readme_quick_start_runs_and_prints_what_it_says(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The repository's README shows a five-line quick start; it runs, and
    # the first line it prints is the one its comment gives.
    text = (README.parents[1] / "README.md").read_text()
    block = text.split("```python\n", 1)[1].split("```", 1)[0]
    lines = block.strip().splitlines()
    assert len(lines) == 5
    exec(compile(block, "README.md", "exec"), {})
    printed = capsys.readouterr().out.splitlines()
    said = lines[2].split("# ", 1)[1]
    assert printed[0] == said
    assert printed[1].startswith("[{'rank': 1, 'country': 'PAK'")
