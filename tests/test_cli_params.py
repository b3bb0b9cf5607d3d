"""The CLI's light value checks (newscoder.cli_params) agree with Typer's own, value for value and error for error."""

import pytest
import typer.main
from typer._coercion import build_runtime_param

from newscoder.cli import app
from newscoder.cli_params import LightParam

SAMPLES = ["5", "0", "-3", "50", "51", "10000", "2.5", "1e3", "x", "", " 7", "+4", "1_0", "007", "table", "TABLE",
           "json", "csv", "text", "jsonl", "geojson", "auto", "feed", "Chile", 3, 2.0, True, None]


def _outcome(runtime, value, param, ctx):
    try:
        return "ok", runtime.coerce(value, param=param, ctx=ctx)
    except Exception as error:  # noqa: BLE001 (the error is the outcome compared)
        return type(error).__name__, error.format_message() if hasattr(error, "format_message") else str(error)


def _params():
    group = typer.main.get_command(app)
    for name, command in sorted(group.commands.items()):
        ctx = command.context_class(command, info_name=name)
        for param in command.get_params(ctx):
            yield name, param, ctx


@pytest.mark.parametrize("value", SAMPLES, ids=repr)
def test_light_coercion_gives_what_typer_gives(value):
    compared = 0
    for _name, param, ctx in _params():
        values = [value] if param.nargs == 1 and not param.multiple else [[value], (value, "b")]
        for v in values:
            light = _outcome(LightParam(param.type_descriptor), v, param, ctx)
            typer_own = _outcome(build_runtime_param(param.type_descriptor), v, param, ctx)
            assert light == typer_own, (param.name, v)
            compared += 1
    assert compared > 50


def test_every_parameter_is_coerced_the_light_way():
    """Each command's parameters, its --help among them, carry the light coercion once the command is parsed."""
    seen = 0
    for name, param, _ctx in _params():
        assert isinstance(param._runtime_param, LightParam), (name, param.name)
        seen += 1
    assert seen > 60
