"""Light coercion of the CLI's values, so that a light command never imports pydantic.

Typer (0.2x) checks every command-line value with a pydantic ``TypeAdapter`` built on first use: importing
pydantic and building the adapters cost ``newscoder search WORD`` and ``show ID`` 0.1-0.3 s of a start we want
well under half a second. Our options are plain: text, whole and decimal numbers (some with bounds), flags,
choices from an ``Enum`` and lists of text. :class:`LightGroup` and :class:`LightCommand` give each parameter a
coercer that settles those at once and hands anything else (a bad number, a value out of bounds, a choice in
the wrong case) to Typer's own coercion, which then imports pydantic and words the error as it always did.

A Typer that no longer builds its coercion lazily (``_runtime_param``) simply ignores what we set here; the
test that light commands import neither spaCy nor pydantic (tests/test_cli.py) says when that happens.
"""

from __future__ import annotations

import re
from enum import Enum
from typing import Any, get_args, get_origin

from typer.core import TyperCommand, TyperGroup

_WHOLE = re.compile(r"-?[0-9]+\Z")
_DECIMAL = re.compile(r"-?[0-9]+(\.[0-9]+)?\Z")
_MISS = object()


class LightParam:
    """A parameter's coercion: the common values here, the others through Typer's (pydantic) coercion."""

    def __init__(self, descriptor: Any) -> None:
        self.descriptor = descriptor
        self._full: Any = None

    def coerce(self, value: Any, param: Any, ctx: Any) -> Any:
        if value is None:
            return () if param.multiple or param.nargs == -1 else None
        fast = _fast(value, self.descriptor.annotation, self.descriptor.parameter_info, ctx)
        if fast is not _MISS:
            return fast
        if self._full is None:
            from typer._coercion import build_runtime_param

            self._full = build_runtime_param(self.descriptor)
        return self._full.coerce(value, param=param, ctx=ctx)


def _fast(value: Any, annotation: Any, info: Any, ctx: Any) -> Any:
    """The value coerced to ``annotation``, or ``_MISS`` where Typer's own coercion must decide."""
    if getattr(info, "parser", None) is not None:
        return _MISS
    if annotation is str:
        return value if isinstance(value, str) else _MISS
    if annotation is bool:
        return value if isinstance(value, bool) else _MISS
    if annotation is int or annotation is float:
        return _number(value, annotation, info)
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        if isinstance(value, annotation):
            return value
        if isinstance(value, str) and (ctx is None or ctx.token_normalize_func is None):
            return next((m for m in annotation if m.value == value), _MISS)
        return _MISS
    if get_origin(annotation) is list and isinstance(value, (list, tuple)):
        (item,) = get_args(annotation) or (Any,)
        items = [_fast(v, item, info, ctx) for v in value]
        return _MISS if any(v is _MISS for v in items) else items
    return _MISS


def _number(value: Any, kind: type, info: Any) -> Any:
    if isinstance(value, str) and (_WHOLE if kind is int else _DECIMAL).match(value):
        value = kind(value)
    elif isinstance(value, bool) or not isinstance(value, (int, float)) or (kind is int and isinstance(value, float)):
        return _MISS
    if getattr(info, "clamp", False):
        return _MISS
    low, high = getattr(info, "min", None), getattr(info, "max", None)
    if (low is not None and value < low) or (high is not None and value > high):
        return _MISS
    return kind(value)


def lighten(params: list[Any]) -> list[Any]:
    """Give each of these Typer parameters the light coercion (before its first use); returns them."""
    for param in params:
        descriptor = getattr(param, "type_descriptor", None)
        if descriptor is not None and getattr(param, "_runtime_param", _MISS) is None:
            param._runtime_param = LightParam(descriptor)
    return params


class LightCommand(TyperCommand):
    """A ``newscoder`` command whose parameters (its --help among them) are coerced without pydantic."""

    def get_params(self, ctx: Any) -> list[Any]:
        return lighten(super().get_params(ctx))


class LightGroup(TyperGroup):
    """The ``newscoder`` group, its own parameters coerced without pydantic (its commands: LightCommand)."""

    def get_params(self, ctx: Any) -> list[Any]:
        return lighten(super().get_params(ctx))
