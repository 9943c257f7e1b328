"""The timeline picture: phases as bands, the truce window, releases as bars, claims as points, key events labelled.

matplotlib draws SVG and PNG, plotly an interactive HTML page; both are the
optional `plot` extra and are imported only here, when a picture is asked for.
A what-if is drawn above its base, on the same days, so the divergence shows.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

import attrs

from negotiation.domain.query import daily_states
from negotiation.domain.scenario import Scenario
from negotiation.domain.state import Phase

PHASE_COLOURS = {
    Phase.PRE_TALKS.value: "#eeeeee",
    Phase.TALKS.value: "#cfe2f3",
    Phase.DEAL.value: "#fff2cc",
    Phase.TRUCE.value: "#b6d7a8",
    Phase.BREAKDOWN.value: "#f4cccc",
    Phase.CONCLUDED.value: "#d9d2e9",
}
KEY_TYPES = ("talks", "agreement", "truce_start", "truce_extension", "breakdown", "recall", "denial", "conclusion")
HOSTAGES, PRISONERS = "#cc4125", "#3d85c6"


class PlotUnavailable(Exception):
    """The plotting extra is not installed."""


@attrs.frozen
class Panel:
    """What one scenario shows over the days: the data of one band of the picture."""

    title: str
    days: list[date]
    phases: list[tuple[date, date, str]]  # runs of one phase, inclusive
    truces: list[tuple[date, date]]
    hostages: list[int]  # released that day
    prisoners: list[int]
    claims: dict[str, list[tuple[date, int]]]
    labels: list[tuple[date, str, bool]]  # (day, text, hypothetical)


def panel(scenario: Scenario, start: date, end: date, known_on: date | None = None, title: str | None = None) -> Panel:
    days: list[date] = []
    phases: list[tuple[date, date, str]] = []
    truces: dict[date, date] = {}
    hostages: list[int] = []
    prisoners: list[int] = []
    claims: dict[str, list[tuple[date, int]]] = {}
    labels: list[tuple[date, str, bool]] = []
    from negotiation.domain.query import state_at

    earlier = state_at(scenario, start - timedelta(days=1), known_on)
    before = (earlier.released_hostages, earlier.released_prisoners)
    seen_talks = False
    for day, state, todays in daily_states(scenario, start, end, known_on):
        days.append(day)
        if phases and phases[-1][2] == state.phase.value:
            phases[-1] = (phases[-1][0], day, state.phase.value)
        else:
            phases.append((day, day, state.phase.value))
        if state.truce is not None and state.truce.start <= end:
            truces[state.truce.start] = state.truce.end
        hostages.append(state.released_hostages - before[0])
        prisoners.append(state.released_prisoners - before[1])
        before = (state.released_hostages, state.released_prisoners)
        for e in todays:
            hyp = e.provenance.hypothetical
            if e.type == "claim":
                who = e.according_to + (f" ({e.holder})" if e.holder else "")  # type: ignore[attr-defined]
                claims.setdefault(who, []).append((day, e.held))  # type: ignore[attr-defined]
            if e.type in KEY_TYPES or hyp:
                if e.type == "talks" and seen_talks and not hyp:
                    continue
                seen_talks = seen_talks or e.type == "talks"
                text = e.type.replace("_", " ")
                if e.type == "truce_extension":
                    text = f"+{e.days} day{'s' if e.days != 1 else ''}"  # type: ignore[attr-defined]
                labels.append((day, f"{text} ({e.id})", hyp))
    return Panel(
        title=title or (f"{scenario.name} — {scenario.title}" if scenario.title else scenario.name),
        days=days, phases=phases, truces=sorted(truces.items()), hostages=hostages, prisoners=prisoners,
        claims=claims, labels=labels,
    )


def panels_for(scenario: Scenario, start: date, end: date, known_on: date | None = None) -> list[Panel]:
    """One panel, or a what-if above its base."""
    if scenario.kind == "whatif" and scenario.base is not None:
        return [
            panel(scenario, start, end, known_on, title=f"what-if: {scenario.title or scenario.name}"),
            panel(scenario.base, start, end, known_on, title=f"base: {scenario.base.title or scenario.base.name}"),
        ]
    return [panel(scenario, start, end, known_on)]


def _matplotlib() -> Any:
    try:
        import matplotlib

        matplotlib.use("Agg")
        matplotlib.rcParams["svg.fonttype"] = "none"  # text stays text: searchable, selectable, small
        import matplotlib.pyplot as plt
    except ImportError:
        raise PlotUnavailable("plotting needs matplotlib: pip install 'negotiation[plot]'") from None
    return plt


def render_static(panels: Sequence[Panel], fmt: str) -> bytes:
    """An SVG or PNG of the panels, one band of two rows each: phases and events, then counts."""
    plt = _matplotlib()
    import io

    import matplotlib.dates as mdates
    from matplotlib.patches import Patch

    def x(day: date, hours: float = 0.0) -> float:
        return float(mdates.date2num(day)) + hours / 24

    n = len(panels)
    fig, axes = plt.subplots(2 * n, 1, figsize=(15, 5.2 * n), sharex=True, gridspec_kw={"height_ratios": [1.5, 1] * n})
    for k, p in enumerate(panels):
        top, bottom = axes[2 * k], axes[2 * k + 1]
        for first, last, phase in p.phases:
            for ax in (top, bottom):
                ax.axvspan(x(first), x(last, 24), color=PHASE_COLOURS[phase], lw=0, zorder=0, gid=f"phase-{phase}")
        for first, last in p.truces:
            top.axvspan(x(first), x(last, 24), ymin=0.0, ymax=0.06, color="#38761d", lw=0, zorder=1, gid="truce-window")
            top.annotate(f"truce {first:%d %b} – {last:%d %b}", (x(first), 0.08), xycoords=("data", "axes fraction"), fontsize=8, color="#38761d")
        # Labels go on the highest row where they do not run into the previous
        # label of that row (widths estimated from the text at this font size).
        span = max(x(p.days[-1], 24) - x(p.days[0]), 1.0) if p.days else 1.0
        row_ends: list[float] = []
        for day, text, hyp in p.labels:
            label = ("✱ " if hyp else "") + text
            at = (x(day, 12) - x(p.days[0])) / span
            row = next((r for r, stop in enumerate(row_ends) if stop < at), len(row_ends))
            if row == len(row_ends):
                row_ends.append(0.0)
            row_ends[row] = at + len(label) * 0.0058 + 0.004
            level = 0.9 - (row % 6) * 0.15
            top.axvline(x(day, 12), color="#cc0000" if hyp else "#666666", lw=0.8, ls="--" if hyp else "-", zorder=2)
            top.annotate(
                label, (x(day, 12), level), xycoords=("data", "axes fraction"),
                fontsize=8, color="#cc0000" if hyp else "#222222", ha="left", va="center",
                bbox={"boxstyle": "round,pad=0.2", "fc": "white", "ec": "#cc0000" if hyp else "none", "alpha": 0.85},
            )
        top.set_yticks([])
        top.set_title(p.title, loc="left", fontsize=11)
        bottom.bar([x(d, 10) for d in p.days], p.hostages, width=0.4, align="edge", color=HOSTAGES, label="hostages released that day", zorder=3)
        bottom.bar([x(d, 2) for d in p.days], p.prisoners, width=0.33, align="edge", color=PRISONERS, label="prisoners released that day", zorder=3)
        bottom.set_ylabel("people released")
        if p.claims:
            right = bottom.twinx()
            markers = "osD^v<>p"
            for j, (who, points) in enumerate(sorted(p.claims.items())):
                right.plot([x(d, 12) for d, _ in points], [v for _, v in points], markers[j % len(markers)],
                           color="#444444", label=f"held, per {who}", zorder=4)
            right.set_ylabel("hostages held (claims)")
            right.set_ylim(bottom=0)
            right.legend(loc="upper left", bbox_to_anchor=(1.06, 1.0), fontsize=7, borderaxespad=0)
        handles = [Patch(color=c, label=ph.replace("_", " ")) for ph, c in PHASE_COLOURS.items() if any(ph == x[2] for x in p.phases)]
        bottom.legend(handles=bottom.get_legend_handles_labels()[0] + handles, loc="upper left", bbox_to_anchor=(1.06, 0.45), fontsize=7, borderaxespad=0)
    axes[-1].xaxis.set_major_formatter(mdates.DateFormatter("%d %b\n%Y"))
    axes[-1].xaxis.set_major_locator(mdates.AutoDateLocator(maxticks=14))
    fig.tight_layout()
    out = io.BytesIO()
    fig.savefig(out, format=fmt, dpi=110)
    plt.close(fig)
    return out.getvalue()


def render_html(panels: Sequence[Panel]) -> bytes:
    try:
        import plotly.graph_objects as go
        from plotly.subplots import make_subplots
    except ImportError:
        raise PlotUnavailable("interactive plots need plotly: pip install 'negotiation[plot]'") from None
    fig = make_subplots(rows=len(panels), cols=1, shared_xaxes=True, subplot_titles=[p.title for p in panels])
    for k, p in enumerate(panels, 1):
        for first, last, phase in p.phases:
            fig.add_vrect(x0=first, x1=last + timedelta(days=1), fillcolor=PHASE_COLOURS[phase], line_width=0, layer="below", row=k, col=1,
                          annotation_text=phase.replace("_", " "), annotation_position="top left", annotation_font_size=9)
        fig.add_bar(x=p.days, y=p.hostages, name="hostages released", marker_color=HOSTAGES, row=k, col=1, showlegend=k == 1)
        fig.add_bar(x=p.days, y=p.prisoners, name="prisoners released", marker_color=PRISONERS, row=k, col=1, showlegend=k == 1)
        for who, points in sorted(p.claims.items()):
            fig.add_scatter(x=[d for d, _ in points], y=[v for _, v in points], mode="markers", name=f"held, per {who}", row=k, col=1)
        for day, text, hyp in p.labels:
            fig.add_vline(x=day, line_dash="dash" if hyp else "solid", line_color="#cc0000" if hyp else "#888888", row=k, col=1)
            fig.add_annotation(x=day, y=1, yref="y domain" if k == 1 else f"y{k} domain", text=("✱ " if hyp else "") + text,
                               showarrow=False, textangle=-60, font={"size": 9, "color": "#cc0000" if hyp else "#222222"}, row=k, col=1)
    fig.update_layout(barmode="group", height=520 * len(panels), title="negotiation timeline")
    return fig.to_html(include_plotlyjs=True, full_html=True).encode("utf-8")
