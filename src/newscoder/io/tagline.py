"""Fill an article file's ``Tags:`` line in place: atomic, idempotent, every other byte unchanged."""

from __future__ import annotations

import os
from pathlib import Path

from .readers import decode, split_tags_line
from .writers import atomic_open


def format_tags(tags: list[str]) -> str:
    return "Tags: " + "; ".join(tags)


def fill(text: str, tags: list[str]) -> str:
    """The text with its trailing Tags line set to ``tags`` (a line is appended if there is none)."""
    _, _, span = split_tags_line(text)
    line = format_tags(tags)
    if span is not None:
        return text[: span[0]] + line + text[span[1]:]
    newline = "\r\n" if "\r\n" in text else "\n"
    if not text:
        return line + newline
    sep = "" if text.endswith(("\n", "\r")) else newline
    return text + sep + newline + line + newline


def write_tags(path: str | Path, tags: list[str], encoding: str | None = None) -> bool:
    """Rewrite ``path`` with its Tags line filled. Returns False when the file already had these tags."""
    path = Path(path)
    data = path.read_bytes()
    decoded = decode(data, str(path), encoding)
    new = fill(decoded.text, tags)
    if new == decoded.text:
        return False
    encoding = decoded.encoding
    payload = new.encode(encoding)
    mode = path.stat().st_mode & 0o7777
    with atomic_open(path, "wb") as f:
        f.write(payload)
    os.chmod(path, mode)
    return True
