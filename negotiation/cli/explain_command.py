"""The `explain` command: the state on a day, field by field, with the sourced events behind each."""

from __future__ import annotations

import sys

import typer

from negotiation.cli.app import app, load_or_fail, parse_day, stdout_json
from negotiation.cli.scenario_commands import AtOption, FileArg, JsonOption, KnownOnOption


@app.command()
def explain(file: FileArg, at: AtOption, known_on: KnownOnOption = None, json: JsonOption = False) -> None:
    """Why the model says what it says on a day: for each field of the state, the rule and the events behind it.

    Each event is shown with its source (outlet, date, URL or file) and the
    sentence quoted from it, so every answer can be checked against the article.

    Examples:
      negotiation explain scenarios/gaza-hostages-2023.yaml --at 2023-11-28
      negotiation explain scenarios/gaza-hostages-2023.yaml --at 2023-11-28 --known-on 2023-11-25 --json
    """
    from negotiation.domain.explain import explain as reasons_for
    from negotiation.domain.query import state_at
    from negotiation.render.explain_view import explain_json, explain_text

    day = parse_day(at)
    known = parse_day(known_on)
    scenario = load_or_fail(file)
    reasons = reasons_for(scenario, state_at(scenario, day, known))
    if json:
        stdout_json(explain_json(scenario, reasons, day, known))
    else:
        sys.stdout.write(explain_text(scenario, reasons, day, known))
