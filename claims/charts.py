"""A topic's timeline as an SVG drawn on the server: time across, the figure up, a line per speaker.

Everything is computed here (scales, ticks, marks, legend) and written out as a string in which
every text (quotes, actor names, labels) is escaped. Points are filled circles, ranges vertical bars, bounds ("at least", "up to")
open circles with a tick pointing the way the bound leaves open; each is a link to its claim titled
with its quote.
"""

import datetime
import math
from dataclasses import dataclass, field

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from .timeline import Speaker, Timeline, TimelineEntry

# Distinguishable colours, in legend order; a 13th speaker reuses the first colour.
PALETTE = [
    "#1f77b4",
    "#d62728",
    "#2ca02c",
    "#ff7f0e",
    "#9467bd",
    "#8c564b",
    "#e377c2",
    "#17becf",
    "#bcbd22",
    "#7f7f7f",
    "#393b79",
    "#637939",
]

WIDTH = 800
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP = 72, 24, 16
PLOT_HEIGHT = 280
AXIS_BAND = 36  # room under the plot for the date labels
LEGEND_COLUMNS, LEGEND_ROW = 3, 20
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


@dataclass
class Tick:
    position: float
    label: str


@dataclass
class Mark:
    """One claim on the chart."""

    claim_id: int
    url: str
    kind: str  # "point", "range", "lower" (at least / more than) or "upper" (up to / nearly)
    x: float
    y: float  # the representative value's height
    y_top: float = 0.0  # for ranges: the high end; for bounds: where the tick ends
    y_bottom: float = 0.0
    value: float = 0.0
    title: str = ""

    @property
    def bar_x(self) -> float:
        return round(self.x - 3, 1)

    @property
    def bar_height(self) -> float:
        return round(self.y_bottom - self.y_top, 1)


@dataclass
class Series:
    speaker: Speaker
    colour: str
    marks: list[Mark] = field(default_factory=list)

    @property
    def line(self) -> str:
        """The polyline through the series' representative values, in date order."""
        return " ".join(f"{mark.x:.1f},{mark.y:.1f}" for mark in self.marks)


@dataclass
class LegendEntry:
    x: float
    y: float
    colour: str
    name: str
    count: int


@dataclass
class Chart:
    width: int
    height: int
    left: float
    right: float
    top: float
    bottom: float
    label: str
    x_ticks: list[Tick] = field(default_factory=list)
    y_ticks: list[Tick] = field(default_factory=list)
    series: list[Series] = field(default_factory=list)
    legend: list[LegendEntry] = field(default_factory=list)
    start: datetime.date | None = None
    end: datetime.date | None = None
    y_max: float = 1.0

    @property
    def value_label_x(self) -> float:
        return self.left - 8

    @property
    def date_label_y(self) -> float:
        return self.bottom + 20

    @property
    def tick_end(self) -> float:
        return self.bottom + 5

    def x_for(self, day: datetime.date) -> float:
        """Where a date falls across the plot."""
        span = max((self.end - self.start).days, 1)
        return self.left + (day - self.start).days / span * (self.right - self.left)

    def y_for(self, value: float) -> float:
        """Where a figure falls up the plot (zero at the bottom)."""
        return self.bottom - value / self.y_max * (self.bottom - self.top)


def format_figure(value: float) -> str:
    """A figure as an axis label: 12,000; 2.5M."""
    if abs(value) >= 1_000_000:
        return f"{value / 1_000_000:,.2f}".rstrip("0").rstrip(".") + "M"
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.1f}"


def nice_step(top: float, ticks: int = 5) -> float:
    """A round step (1, 2, 2.5 or 5 × 10ⁿ) that covers 0..top in about `ticks` steps."""
    raw = max(top, 1) / ticks
    magnitude = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if factor * magnitude >= raw:
            return factor * magnitude
    return 10 * magnitude  # pragma: no cover - the loop always returns


def value_ticks(highest: float) -> tuple[float, list[float]]:
    """The top of the value axis and its tick values, from zero."""
    step = nice_step(highest)
    count = max(1, math.ceil(highest / step)) if highest > 0 else 1
    if highest > 0 and count * step < highest * 1.02:
        count += 1  # headroom, so the highest point does not sit on the frame
    if step >= 1:
        step = float(round(step))
    return count * step, [i * step for i in range(count + 1)]


def _add_months(day: datetime.date, months: int) -> datetime.date:
    index = day.year * 12 + day.month - 1 + months
    return datetime.date(index // 12, index % 12 + 1, 1)


def date_ticks(
    start: datetime.date, end: datetime.date, most: int = 8
) -> list[tuple[datetime.date, str]]:
    """Readable date ticks between two dates: days, weeks, months or years, whichever fit."""
    span = (end - start).days
    for step_days in (1, 2, 7, 14):
        if span / step_days <= most:
            days = [
                start + datetime.timedelta(days=i * step_days) for i in range(span // step_days + 1)
            ]
            return [(day, f"{day.day} {MONTHS[day.month - 1]} {day.year}") for day in days]
    step_months = 60
    for step_months in (1, 2, 3, 6, 12, 24, 60):
        if span / (30.4 * step_months) <= most:
            break
    day = _add_months(start, 0 if start.day == 1 else 1)
    while (day.year * 12 + day.month - 1) % step_months:
        day = _add_months(day, 1)
    ticks = []
    while day <= end:
        label = str(day.year) if step_months >= 12 else f"{MONTHS[day.month - 1]} {day.year}"
        ticks.append((day, label))
        day = _add_months(day, step_months)
    return ticks


def _mark_title(entry: TimelineEntry) -> str:
    claim = entry.claim
    who = entry.speaker.name
    when = claim.reported_on.isoformat() if claim.reported_on else "undated"
    quote = claim.quote or claim.wording or claim.figure_display()
    return f"{who}, {when}: {entry.figure or claim.figure_display()} — “{quote}”"


def build_chart(timeline: Timeline, *, subject: str = "") -> Chart:
    """Lay out a timeline: scales, ticks, one series per speaker, legend, accessible label."""
    entries = [entry for entry in timeline.entries if entry.claim.reported_on is not None]
    speakers = timeline.speakers
    legend_rows = math.ceil(len(speakers) / LEGEND_COLUMNS) if speakers else 0
    top = MARGIN_TOP
    bottom = top + PLOT_HEIGHT
    height = int(bottom + AXIS_BAND + legend_rows * LEGEND_ROW + 8)
    chart = Chart(
        width=WIDTH,
        height=height,
        left=MARGIN_LEFT,
        right=WIDTH - MARGIN_RIGHT,
        top=top,
        bottom=bottom,
        label=f"No figures yet about {subject}." if subject else "No figures yet.",
    )
    if not entries:
        return chart

    dates = [entry.claim.reported_on for entry in entries]
    first_day, last_day = min(dates), max(dates)
    # Pad the time axis so the first and last points are not on the frame; a single date gets a
    # fortnight either side.
    pad = datetime.timedelta(days=max(7, (last_day - first_day).days // 30))
    chart.start, chart.end = first_day - pad, last_day + pad

    highest = max(
        max(entry.value, entry.claim.value_high or 0, entry.claim.value_low or 0)
        for entry in entries
    )
    chart.y_max, y_values = value_ticks(highest)
    chart.y_ticks = [Tick(round(chart.y_for(v), 1), format_figure(v)) for v in y_values]

    chart.x_ticks = [
        Tick(round(chart.x_for(day), 1), label) for day, label in date_ticks(chart.start, chart.end)
    ]

    colours = {speaker.key: PALETTE[i % len(PALETTE)] for i, speaker in enumerate(speakers)}
    by_key = {speaker.key: Series(speaker, colours[speaker.key]) for speaker in speakers}
    for entry in entries:
        by_key[entry.speaker.key].marks.append(_mark(chart, entry))
    chart.series = list(by_key.values())

    legend_top = bottom + AXIS_BAND
    column_width = (chart.right - chart.left) / LEGEND_COLUMNS
    for i, series in enumerate(chart.series):
        name = series.speaker.name
        chart.legend.append(
            LegendEntry(
                x=round(chart.left + (i % LEGEND_COLUMNS) * column_width, 1),
                y=legend_top + (i // LEGEND_COLUMNS) * LEGEND_ROW,
                colour=series.colour,
                name=name if len(name) <= 32 else name[:31] + "…",
                count=len(series.marks),
            )
        )

    lowest = min(entry.value for entry in entries)
    chart.label = (
        f"Timeline of {len(entries)} figure{'s' if len(entries) != 1 else ''}"
        f"{' about ' + subject if subject else ''} from {len(speakers)} "
        f"source{'s' if len(speakers) != 1 else ''}, {first_day.isoformat()} to "
        f"{last_day.isoformat()}, ranging from {format_figure(lowest)} to {format_figure(highest)}."
    )
    return chart


def _mark(chart: Chart, entry: TimelineEntry) -> Mark:
    claim = entry.claim
    low, high = claim.value_low, claim.value_high
    x = round(chart.x_for(claim.reported_on), 1)
    y = round(chart.y_for(entry.value), 1)
    mark = Mark(
        claim_id=claim.pk,
        url=entry.url or claim.get_absolute_url(),
        kind="point",
        x=x,
        y=y,
        y_top=y,
        y_bottom=y,
        value=entry.value,
        title=_mark_title(entry),
    )
    if low is not None and high is not None and low != high:
        mark.kind = "range"
        mark.y_top, mark.y_bottom = round(chart.y_for(high), 1), round(chart.y_for(low), 1)
    elif high is None:
        mark.kind = "lower"
        mark.y_top, mark.y_bottom = round(y - 10, 1), y
    elif low is None:
        mark.kind = "upper"
        mark.y_top, mark.y_bottom = y, round(y + 10, 1)
    return mark


def _number(value: float) -> str:
    """A coordinate as SVG wants it: no thousands separators, no needless decimals."""
    return f"{value:.1f}".removesuffix(".0")


def render_chart(chart: Chart) -> SafeString:
    """The chart as inline SVG. Built as a string (a template loop over hundreds of marks is the
    slowest part of the topic page); every piece of text goes through `escape`."""
    n = _number
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="timeline-chart" '
        f'viewBox="0 0 {chart.width} {chart.height}" width="{chart.width}" '
        f'height="{chart.height}" role="img" aria-label="{escape(chart.label)}" '
        f'data-y-max="{n(chart.y_max)}">',
        f"<title>{escape(chart.label)}</title>",
        '<g class="axis axis-y">',
    ]
    for tick in chart.y_ticks:
        parts.append(
            f'<line class="grid" x1="{n(chart.left)}" x2="{n(chart.right)}" '
            f'y1="{n(tick.position)}" y2="{n(tick.position)}"/>'
            f'<text x="{n(chart.value_label_x)}" y="{n(tick.position)}" dy="0.32em" '
            f'text-anchor="end">{escape(tick.label)}</text>'
        )
    parts.append(
        f'</g><g class="axis axis-x"><line class="baseline" x1="{n(chart.left)}" '
        f'x2="{n(chart.right)}" y1="{n(chart.bottom)}" y2="{n(chart.bottom)}"/>'
    )
    for tick in chart.x_ticks:
        parts.append(
            f'<line class="tick" x1="{n(tick.position)}" x2="{n(tick.position)}" '
            f'y1="{n(chart.bottom)}" y2="{n(chart.tick_end)}"/>'
            f'<text x="{n(tick.position)}" y="{n(chart.date_label_y)}" '
            f'text-anchor="middle">{escape(tick.label)}</text>'
        )
    parts.append("</g>")
    for series in chart.series:
        parts.append(
            f'<g class="series" data-speaker="{escape(series.speaker.key)}" '
            f'stroke="{series.colour}" fill="{series.colour}">'
        )
        if len(series.marks) > 1:
            parts.append(f'<polyline class="series-line" fill="none" points="{series.line}"/>')
        for mark in series.marks:
            if mark.kind == "range":
                shape = (
                    f'<rect x="{n(mark.bar_x)}" y="{n(mark.y_top)}" width="6" '
                    f'height="{n(mark.bar_height)}"/>'
                )
            elif mark.kind == "point":
                shape = f'<circle cx="{n(mark.x)}" cy="{n(mark.y)}" r="4"/>'
            else:
                shape = (
                    f'<line x1="{n(mark.x)}" x2="{n(mark.x)}" y1="{n(mark.y_top)}" '
                    f'y2="{n(mark.y_bottom)}"/>'
                    f'<circle cx="{n(mark.x)}" cy="{n(mark.y)}" r="4.5" fill="#fff"/>'
                )
            parts.append(
                f'<a href="{escape(mark.url)}" class="mark mark-{mark.kind}" '
                f'data-claim="{mark.claim_id}" data-value="{n(mark.value)}">'
                f"<title>{escape(mark.title)}</title>{shape}</a>"
            )
        parts.append("</g>")
    parts.append('<g class="legend">')
    for entry in chart.legend:
        parts.append(
            f'<g transform="translate({n(entry.x)},{n(entry.y)})">'
            f'<rect width="12" height="12" fill="{entry.colour}"/>'
            f'<text x="18" y="10">{escape(entry.name)} ({entry.count})</text></g>'
        )
    parts.append("</g></svg>")
    return mark_safe("".join(parts))  # every text above is escaped
