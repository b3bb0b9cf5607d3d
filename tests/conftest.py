"""Shared fixtures. Test texts are written for these tests; no test reads ../shared/data."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def example_text() -> str:
    """The project's own example article (examples/border-talks.txt), Tags line included."""
    return (ROOT / "examples" / "border-talks.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def example_body(example_text: str) -> str:
    """The example article without its Tags line."""
    return example_text.rsplit("\nTags:", 1)[0]
