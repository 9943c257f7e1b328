"""The `plot` command: the timeline picture as SVG, PNG or interactive HTML (the `plot` extra)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from negotiation.cli.app import app, fail, load_or_fail, parse_day
from negotiation.cli.scenario_commands import FileArg, KnownOnOption
from negotiation.cli.timeline_command import FromOption, ToOption, span_or_fail

FORMATS = (".svg", ".png", ".html")


@app.command()
def plot(
    file: FileArg,
    out: Annotated[str, typer.Option("-o", "--out", help="The picture to write: .svg, .png or .html.", show_default=False)],
    start: FromOption = None,
    end: ToOption = None,
    known_on: KnownOnOption = None,
    force: Annotated[bool, typer.Option("--force", help="Replace OUT if it exists.")] = False,
) -> None:
    """Draw the timeline: phases as coloured bands, the truce window, releases as bars, claims as points.

    Key events are labelled; hypothetical (what-if) events are marked in red
    with ✱, and a what-if is drawn above its base. Needs the plot extra:
    pip install 'negotiation[plot]'.

    Example: negotiation plot scenarios/gaza-hostages-2023.yaml -o gaza.svg
    """
    suffix = Path(out).suffix.lower()
    if suffix not in FORMATS:
        raise typer.BadParameter(f"{out!r}: expected a file ending in {', '.join(FORMATS)}")
    from negotiation.output import OutputError, check_target, write_atomic
    from negotiation.render.plot import PlotUnavailable, panels_for, render_html, render_static

    known = parse_day(known_on)
    scenario = load_or_fail(file)
    inputs = [file] + ([scenario.base.path] if getattr(scenario, "base", None) is not None and scenario.base.path else [])
    try:
        check_target(out, force=force, inputs=inputs)
        first, last = span_or_fail(scenario, start, end)
        panels = panels_for(scenario, first, last, known)
        data = render_html(panels) if suffix == ".html" else render_static(panels, suffix[1:])
        write_atomic(out, data, force=force, inputs=inputs)
    except (OutputError, PlotUnavailable) as err:
        fail(str(err))
    typer.echo(f"wrote {out}")
