"""Shared fixtures: the repository's paths and an in-process runner for the command line."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))  # for `strategies`

from negotiation.cli import app  # noqa: E402


@pytest.fixture
def root() -> Path:
    return ROOT


@pytest.fixture
def cli():
    """Run the command line in-process: cli("state", FILE, "--at", DAY) -> Result (exit_code, stdout, stderr)."""
    runner = CliRunner()

    def run(*args: str):
        return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)

    return run
