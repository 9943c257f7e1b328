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
HOSTAGES, PRISONERS, TRUCE = "#cc4125", "#3d85c6", "#38761d"


class PlotUnavailable(Exception):
    """The plotting extra is not installed."""


@attrs.frozen
class Panel:
    """What one scenario shows over the days: the data of one band of the picture."""

    title: str
    days: list[date]
    phases: list[tuple[date, date, str]]  # runs of one phase, inclusive
    truces: list[tuple[date, date, date]]  # (start, end, last day of the days first agreed), inclusive
    hostages: list[int]  # released that day
    prisoners: list[int]
    claims: dict[str, list[tuple[date, int]]]
    labels: list[tuple[date, str, bool]]  # (day, text, hypothetical)
    hostages_outside_deal: list[int] = attrs.Factory(list)  # of `hostages`, those freed outside any deal
    hypothetical_hostages: list[int] = attrs.Factory(list)  # of `hostages`, those in hypothetical events
    hypothetical_prisoners: list[int] = attrs.Factory(list)


# What a label says of an event, in words a newcomer reads without the format's reference.
LABEL_WORDS = {
    "agreement": "deal agreed",
    "truce_start": "truce starts",
    "breakdown": "talks break down",
    "recall": "negotiators recalled",
    "denial": "report denied",
    "conclusion": "concluded",
}


def _label(event: Any, seen_talks: bool, after: Phase) -> str:
    if event.type == "truce_extension":
        days = event.days
        text = f"truce +{days} day{'s' if days != 1 else ''}"
    elif event.type == "release":
        people = [f"{n} {what}" for n, what in ((event.hostages, "hostages"), (event.prisoners, "prisoners")) if n]
        text = "release" + (f": {', '.join(people)}" if people else "")
    elif event.type == "talks":
        text = "talks open" if not seen_talks else "talks resume" if after in RESUMING else "talks continue"
    else:
        text = LABEL_WORDS.get(event.type, event.type.replace("_", " "))
    return f"{text} ({event.id})"


RESUMING = (Phase.BREAKDOWN, Phase.CONCLUDED)


def _claimant(event: Any) -> str:
    if event.holder:
        return f"held by {event.holder}, per {event.according_to}"
    return f"held, per {event.according_to}"


def panel(scenario: Scenario, start: date, end: date, known_on: date | None = None, title: str | None = None) -> Panel:
    days: list[date] = []
    phases: list[tuple[date, date, str]] = []
    truces: dict[date, tuple[date, date]] = {}
    hostages: list[int] = []
    prisoners: list[int] = []
    outside: list[int] = []
    hyp_hostages: list[int] = []
    hyp_prisoners: list[int] = []
    claims: dict[str, list[tuple[date, int]]] = {}
    labels: list[tuple[date, str, bool]] = []
    from negotiation.domain.query import state_at

    earlier = state_at(scenario, start - timedelta(days=1), known_on)
    before = (earlier.released_hostages, earlier.released_prisoners)
    previous_phase = earlier.phase
    seen_talks = previous_phase is not Phase.PRE_TALKS
    for day, state, todays in daily_states(scenario, start, end, known_on):
        days.append(day)
        if phases and phases[-1][2] == state.phase.value:
            phases[-1] = (phases[-1][0], day, state.phase.value)
        else:
            phases.append((day, day, state.phase.value))
        if state.truce is not None and state.truce.start <= end:
            t = state.truce
            truces[t.start] = (t.end, min(t.end, t.start + timedelta(days=t.days - 1)))
        h, pr = state.released_hostages - before[0], state.released_prisoners - before[1]
        hostages.append(h)
        prisoners.append(pr)
        before = (state.released_hostages, state.released_prisoners)
        releases = [e for e in todays if e.type == "release"]
        outside.append(min(h, sum(e.hostages for e in releases if e.outside_deal and not e.hypothetical)))  # type: ignore[attr-defined]
        hyp_hostages.append(min(h, sum(e.hostages for e in releases if e.hypothetical)))  # type: ignore[attr-defined]
        hyp_prisoners.append(min(pr, sum(e.prisoners for e in releases if e.hypothetical)))  # type: ignore[attr-defined]
        for e in todays:
            hyp = e.hypothetical
            if e.type == "claim":
                claims.setdefault(_claimant(e), []).append((day, e.held))  # type: ignore[attr-defined]
            if e.type in KEY_TYPES or hyp:
                # talks are labelled when they open and when they resume after a breakdown, not at every round
                if e.type == "talks" and seen_talks and previous_phase not in RESUMING and not hyp:
                    continue
                labels.append((day, _label(e, seen_talks, previous_phase), hyp))
                seen_talks = seen_talks or e.type == "talks"
        previous_phase = state.phase
    return Panel(
        title=title or (f"{scenario.name} — {scenario.title}" if scenario.title else scenario.name),
        days=days, phases=phases, truces=[(s, e, o) for s, (e, o) in sorted(truces.items())],
        hostages=hostages, prisoners=prisoners, claims=claims, labels=labels,
        hostages_outside_deal=outside, hypothetical_hostages=hyp_hostages, hypothetical_prisoners=hyp_prisoners,
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
        matplotlib.rcParams["svg.hashsalt"] = "negotiation"  # the same picture gives the same bytes (no random ids)
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
    from matplotlib.ticker import MaxNLocator

    def x(day: date, hours: float = 0.0) -> float:
        return float(mdates.date2num(day)) + hours / 24

    n = len(panels)
    # Each panel is two rows (events over counts) set close together; an empty row keeps panels apart, so
    # the space that a panel's title needs does not also open a gap inside every panel.
    ratios = [r for k in range(n) for r in ([0.3] if k else []) + [1.2, 1]]
    fig, grid = plt.subplots(len(ratios), 1, figsize=(15, 4.6 * n), sharex=True, gridspec_kw={"height_ratios": ratios, "hspace": 0.08})
    grid = list(grid) if len(ratios) > 1 else [grid]
    axes = [ax for i, ax in enumerate(grid) if i % 3 != 2]
    for i, ax in enumerate(grid):
        if i % 3 == 2:
            ax.set_visible(False)
    for k, p in enumerate(panels):
        top, bottom = axes[2 * k], axes[2 * k + 1]
        for first, last, phase in p.phases:
            for ax in (top, bottom):
                ax.axvspan(x(first), x(last, 24), color=PHASE_COLOURS[phase], lw=0, zorder=0, gid=f"phase-{phase}")
        for first, last, agreed in p.truces:
            top.axvspan(x(first), x(agreed, 24), ymin=0.0, ymax=0.06, color=TRUCE, lw=0, zorder=1, gid="truce-window")
            extra = (last - agreed).days
            if extra > 0:
                top.axvspan(x(agreed, 24), x(last, 24), ymin=0.0, ymax=0.06, facecolor="#93c47d", edgecolor=TRUCE,
                            hatch="////", lw=0.6, zorder=1, gid="truce-extension")
            first_days = (agreed - first).days + 1
            said = f"truce {first:%d %b} – {last:%d %b}: {first_days} day{'s' if first_days != 1 else ''}"
            said += f" + {extra} extended (hatched)" if extra > 0 else ""
            top.annotate(said, (x(first), 0.08), xycoords=("data", "axes fraction"), fontsize=8, color=TRUCE)
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
        # Bars per day: prisoners (blue) on the left half of the day, hostages (red) on the right; the part of
        # the hostages freed outside any deal is hatched, and hypothetical people are outlined in red.
        under = [h - o - y for h, o, y in zip(p.hostages, p.hostages_outside_deal or [0] * len(p.days), p.hypothetical_hostages or [0] * len(p.days), strict=True)]
        # a bar is at least a few hundredths of an inch wide, so a release stays visible over years of talks
        w = max(0.42, len(p.days) / 300)
        hx = [x(d, 12) for d in p.days]
        bottom.bar(hx, under, width=w, align="edge", color=HOSTAGES, label="hostages, under a deal", zorder=3)
        if any(p.hostages_outside_deal):
            some = [i for i, v in enumerate(p.hostages_outside_deal) if v]
            bottom.bar([hx[i] for i in some], [p.hostages_outside_deal[i] for i in some], bottom=[under[i] for i in some], width=w, align="edge", facecolor="#f4a582",
                       edgecolor=HOSTAGES, hatch="xxxx", lw=0.5, label="hostages, outside any deal", zorder=3)
        if any(p.hypothetical_hostages):
            stacked = [u + o for u, o in zip(under, p.hostages_outside_deal or [0] * len(p.days), strict=True)]
            some = [i for i, v in enumerate(p.hypothetical_hostages) if v]
            bottom.bar([hx[i] for i in some], [p.hypothetical_hostages[i] for i in some], bottom=[stacked[i] for i in some],
                       width=w, align="edge", facecolor="white", edgecolor="#cc0000", hatch="..", lw=1.0, ls="--",
                       label="✱ hostages, hypothetical", zorder=3)
        px = [x(d, 12) - w for d in p.days]
        real = [n - y for n, y in zip(p.prisoners, p.hypothetical_prisoners or [0] * len(p.days), strict=True)]
        bottom.bar(px, real, width=w, align="edge", color=PRISONERS, label="prisoners", zorder=3)
        if any(p.hypothetical_prisoners):
            some = [i for i, v in enumerate(p.hypothetical_prisoners) if v]
            bottom.bar([px[i] for i in some], [p.hypothetical_prisoners[i] for i in some], bottom=[real[i] for i in some],
                       width=w, align="edge", facecolor="white", edgecolor="#cc0000", hatch="..", lw=1.0, ls="--",
                       label="✱ prisoners, hypothetical", zorder=3)
        bottom.set_ylabel("people released that day")
        bottom.yaxis.set_major_locator(MaxNLocator(integer=True))
        if p.claims:
            right = bottom.twinx()
            markers = "osD^v<>p"
            for j, (who, points) in enumerate(sorted(p.claims.items())):
                right.plot([x(d, 12) for d, _ in points], [v for _, v in points], markers[j % len(markers)],
                           color="#444444", label=who, zorder=4)
            right.set_ylabel("hostages held (points)")
            right.set_ylim(bottom=0)
            right.yaxis.set_major_locator(MaxNLocator(integer=True))
            right.legend(loc="upper left", bbox_to_anchor=(1.06, 1.0), fontsize=7, borderaxespad=0)
        handles = [Patch(color=c, label=ph.replace("_", " ")) for ph, c in PHASE_COLOURS.items() if any(ph == x[2] for x in p.phases)]
        bottom.legend(handles=bottom.get_legend_handles_labels()[0] + handles, loc="upper left", bbox_to_anchor=(1.06, 0.45), fontsize=7, borderaxespad=0)
    axes[-1].xaxis.set_major_formatter(mdates.DateFormatter("%d %b\n%Y"))
    axes[-1].xaxis.set_major_locator(mdates.AutoDateLocator(maxticks=14))
    fig.subplots_adjust(left=0.045, right=0.8, top=1 - 0.35 / (4.6 * n), bottom=0.5 / (4.6 * n))
    out = io.BytesIO()
    # no creation date in the file, so regenerating an unchanged picture changes nothing
    fig.savefig(out, format=fmt, dpi=110, metadata={"Date": None} if fmt == "svg" else {"Software": None})
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
            fig.add_scatter(x=[d for d, _ in points], y=[v for _, v in points], mode="markers", name=who, row=k, col=1)
        for day, text, hyp in p.labels:
            fig.add_vline(x=day, line_dash="dash" if hyp else "solid", line_color="#cc0000" if hyp else "#888888", row=k, col=1)
            fig.add_annotation(x=day, y=1, yref="y domain" if k == 1 else f"y{k} domain", text=("✱ " if hyp else "") + text,
                               showarrow=False, textangle=-60, font={"size": 9, "color": "#cc0000" if hyp else "#222222"}, row=k, col=1)
    fig.update_layout(barmode="group", height=520 * len(panels), title="negotiation timeline")
    return fig.to_html(include_plotlyjs=True, full_html=True).encode("utf-8")
