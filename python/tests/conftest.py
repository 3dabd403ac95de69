"""The suite runs from the repository's root (where ``examples/data``
lives) and compares the package with the ``pko`` command line built from
the same sources."""

from __future__ import annotations

import json
import os
import pathlib
import subprocess
from collections.abc import Iterator
from typing import Any

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def at_root(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every test runs in the repository's root."""
    monkeypatch.chdir(ROOT)
    yield


def cli_binary() -> pathlib.Path:
    """The ``pko`` binary: ``$PKO_CLI``, or built with cargo."""
    given = os.environ.get("PKO_CLI")
    if given:
        return pathlib.Path(given)
    subprocess.run(
        ["cargo", "build", "--quiet", "-p", "pko-cli"], cwd=ROOT, check=True
    )
    return ROOT / "target" / "debug" / "pko"


_BINARY: list[pathlib.Path] = []


def cli_json(*args: str) -> Any:
    """What ``pko ARGS --format json`` prints, parsed; the exit status may
    be a verdict's (0, 1, 2), never a failure's (64 and above)."""
    if not _BINARY:
        _BINARY.append(cli_binary())
    done = subprocess.run(
        [str(_BINARY[0]), *args, "--format", "json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode < 64, done.stderr
    return json.loads(done.stdout)


def cli_text(*args: str) -> str:
    """What ``pko ARGS`` prints as text."""
    if not _BINARY:
        _BINARY.append(cli_binary())
    done = subprocess.run(
        [str(_BINARY[0]), *args], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert done.returncode < 64, done.stderr
    return done.stdout
