import datetime

from claims.models import Claim
from claims.timeline import build_timeline, representative_value, topic_figures, topic_timeline


def test_figures_come_in_date_order_without_rejected_or_figureless_claims(kursk):
    timeline = topic_timeline(kursk["topic"])

    values = [entry.value for entry in timeline.entries]
    assert values == [3000, 10000, 11500, 11000, 12000, 10000]
    dates = [entry.claim.reported_on for entry in timeline.entries]
    assert dates == sorted(dates)


def test_each_figure_carries_its_change_from_the_previous_one(kursk):
    entries = topic_timeline(kursk["topic"]).entries

    assert entries[0].change is None
    assert entries[1].change.delta == 7000
    assert entries[1].change.label == "+7,000 (+233%)"
    assert entries[3].change.previous == kursk["claims"]["zelensky_range"]
    assert entries[3].change.direction == "down"


def test_a_revision_is_measured_against_the_same_actors_previous_figure(kursk):
    entries = {entry.claim.pk: entry for entry in topic_timeline(kursk["topic"]).entries}

    revised = entries[kursk["claims"]["pentagon_revised"].pk]
    assert revised.speaker_change.previous == kursk["claims"]["pentagon_first"]
    assert (revised.speaker_change.previous_value, revised.speaker_change.value) == (10000, 11000)
    assert entries[kursk["claims"]["pentagon_first"].pk].speaker_change is None


def test_the_latest_figure_of_each_source_is_summarised_highest_first(kursk):
    latest = topic_timeline(kursk["topic"]).latest

    names = [entry.speaker.name for entry in latest]
    assert names == [
        "Daily Example (own reporting)",
        "Volodymyr Zelensky",
        "Pentagon",
        "South Korean NIS",
    ]
    assert latest[2].claim == kursk["claims"]["pentagon_revised"]


def test_a_range_stands_for_its_midpoint_and_a_bound_for_the_bound():
    assert representative_value(Claim(value_low=11000, value_high=12000)) == 11500
    assert representative_value(Claim(value_low=3000, value_high=None)) == 3000
    assert representative_value(Claim(value_low=None, value_high=8000)) == 8000
    assert representative_value(Claim(statement="no figure")) is None


def test_an_empty_topic_has_an_empty_timeline():
    timeline = build_timeline([])
    assert timeline.entries == [] and timeline.latest == [] and timeline.speakers == []


def test_a_topic_over_the_limit_keeps_its_newest_figures_oldest_first(kursk):
    claims, omitted = topic_figures(kursk["topic"], limit=2)

    assert omitted == 4
    assert [claim.reported_on for claim in claims] == [
        datetime.date(2024, 11, 25),
        datetime.date(2024, 12, 1),
    ]
