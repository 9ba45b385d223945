"""The timeline chart: parsed as XML, its marks must sit where the data says."""

import datetime
import xml.etree.ElementTree as ET

import pytest

from claims.charts import build_chart, date_ticks, render_chart, value_ticks
from claims.models import Claim
from claims.timeline import build_timeline, topic_timeline
from tests.factories import ActorFactory, ClaimFactory, TopicFactory

SVG = "{http://www.w3.org/2000/svg}"


def parse(timeline, subject="the topic"):
    chart = build_chart(timeline, subject=subject)
    return chart, ET.fromstring(render_chart(chart))


def marks(svg):
    return {int(a.get("data-claim")): a for a in svg.iter(f"{SVG}a")}


def test_the_chart_is_an_accessible_image_with_a_titled_link_per_figure(kursk):
    chart, svg = parse(topic_timeline(kursk["topic"]), "North Korean troops in Kursk")

    assert svg.get("role") == "img"
    assert "6 figures about North Korean troops in Kursk from 4 sources" in svg.get("aria-label")
    found = marks(svg)
    assert len(found) == 6
    first = kursk["claims"]["nis_first"]
    assert found[first.pk].get("href") == f"/claims/{first.pk}/"
    assert "about 3,000" in found[first.pk].find(f"{SVG}title").text


def test_points_sit_where_their_dates_and_values_say(kursk):
    chart, svg = parse(topic_timeline(kursk["topic"]))
    found = marks(svg)
    claims = kursk["claims"]

    def position(claim):
        circle = found[claim.pk].find(f"{SVG}circle")
        return float(circle.get("cx")), float(circle.get("cy"))

    x0, y0 = position(claims["nis_first"])
    x1, y1 = position(claims["pentagon_first"])
    x2, y2 = position(claims["pentagon_revised"])
    # Across: days since the first figure are proportional to distance (10 days, then 25 days).
    assert (x1 - x0) / (x2 - x0) == pytest.approx(10 / 25, abs=0.01)
    # Up: height above the zero line is proportional to the figure.
    assert (chart.bottom - y1) / (chart.bottom - y0) == pytest.approx(10000 / 3000, rel=0.01)
    assert (chart.bottom - y2) / (chart.bottom - y1) == pytest.approx(1.1, rel=0.01)
    assert y0 == pytest.approx(chart.y_for(3000), abs=0.1)
    assert x0 == pytest.approx(chart.x_for(datetime.date(2024, 10, 18)), abs=0.1)


def test_a_range_is_a_bar_from_low_to_high_and_a_bound_an_open_marker(kursk):
    chart, svg = parse(topic_timeline(kursk["topic"]))
    found = marks(svg)

    bar = found[kursk["claims"]["zelensky_range"].pk].find(f"{SVG}rect")
    top, height = float(bar.get("y")), float(bar.get("height"))
    assert top == pytest.approx(chart.y_for(12000), abs=0.1)
    assert top + height == pytest.approx(chart.y_for(11000), abs=0.2)

    bound = found[kursk["claims"]["nis_bound"].pk]
    assert "mark-lower" in bound.get("class")
    assert bound.find(f"{SVG}circle").get("fill") == "#fff"
    point = found[kursk["claims"]["pentagon_first"].pk].find(f"{SVG}circle")
    assert point.get("fill") is None  # filled with the series colour


def test_each_source_has_its_own_colour_line_and_legend_entry(kursk):
    chart, svg = parse(topic_timeline(kursk["topic"]))

    series = [g for g in svg.iter(f"{SVG}g") if g.get("class") == "series"]
    assert len({g.get("stroke") for g in series}) == 4
    pentagon = next(g for g in series if g.get("data-speaker") == f"actor-{kursk['pentagon'].pk}")
    line = pentagon.find(f"{SVG}polyline").get("points").split()
    assert len(line) == 2
    legend = [t.text for t in svg.iter(f"{SVG}text") if "(" in (t.text or "")]
    assert "Pentagon (2)" in legend


def test_quotes_and_names_are_escaped(db):
    topic = TopicFactory()
    ClaimFactory(
        topic=topic,
        actor=ActorFactory(name="<script>alert(1)</script>"),
        quote='"10,000" & <b>more</b>',
    )
    _, svg = parse(topic_timeline(topic))  # would not parse if anything leaked unescaped

    title = next(iter(marks(svg).values())).find(f"{SVG}title").text
    assert '"10,000" & <b>more</b>' in title


def test_one_point_gets_a_readable_axis(db):
    topic = TopicFactory()
    ClaimFactory(topic=topic, value_low=42, value_high=42, stated_on=datetime.date(2025, 3, 1))

    chart, svg = parse(topic_timeline(topic))

    assert chart.start < datetime.date(2025, 3, 1) < chart.end
    assert [tick.label for tick in chart.y_ticks][-1] == "50"
    assert all(chart.left <= tick.position <= chart.right for tick in chart.x_ticks)
    assert len(marks(svg)) == 1


def test_two_hundred_points_from_twelve_sources_stay_inside_the_plot(db):
    topic = TopicFactory()
    actors = ActorFactory.create_batch(12)
    start = datetime.date(2022, 2, 24)
    claims = [
        ClaimFactory.build(
            pk=i + 1,
            topic=topic,
            actor=actors[i % 12],
            value_low=1000 + 37 * i,
            value_high=1000 + 37 * i + (500 if i % 5 == 0 else 0),
            stated_on=start + datetime.timedelta(days=5 * i),
            reported_on=start + datetime.timedelta(days=5 * i),
        )
        for i in range(200)
    ]
    chart, svg = parse(build_timeline(claims))

    assert len(marks(svg)) == 200
    assert len(chart.legend) == 12
    assert len({entry.y for entry in chart.legend}) == 4  # three to a row
    for mark in (m for series in chart.series for m in series.marks):
        assert chart.left <= mark.x <= chart.right
        assert chart.top <= mark.y_top <= mark.y_bottom <= chart.bottom
    # About 2¾ years: a tick every six months or a year, never a crowd of them.
    assert 2 <= len(chart.x_ticks) <= 8


def test_an_empty_chart_says_so(db):
    chart, svg = parse(build_timeline([]), "Nothing")
    assert svg.get("aria-label") == "No figures yet about Nothing."
    assert marks(svg) == {}


def test_value_ticks_are_round_and_cover_the_highest_figure():
    top, ticks = value_ticks(11500)
    assert top >= 11500 and ticks[0] == 0
    assert all(b - a == ticks[1] for a, b in zip(ticks, ticks[1:], strict=False))
    assert ticks[1] in (1000, 2000, 2500, 5000)


def test_date_ticks_pick_months_or_years_by_span():
    months = date_ticks(datetime.date(2024, 10, 10), datetime.date(2025, 2, 1))
    assert [label for _, label in months][:2] == ["Nov 2024", "Dec 2024"]
    years = date_ticks(datetime.date(2019, 1, 1), datetime.date(2025, 2, 1))
    assert all(label.isdigit() for _, label in years)
    days = date_ticks(datetime.date(2025, 3, 1), datetime.date(2025, 3, 5))
    assert days[0] == (datetime.date(2025, 3, 1), "1 Mar 2025")


def test_a_claim_without_a_date_is_left_off_the_chart(db):
    claim = Claim(pk=1, value_low=5, value_high=5, reported_on=None)
    chart = build_chart(build_timeline([claim]))
    assert chart.series == []
    assert chart.label == "No figures yet."
