import datetime

import pytest

from claims import compare
from claims.compare import figures_queryset, one_per_topic_and_actor, outlier_flags, spread


def cells_by_actor(row):
    return {cell.actor.slug: cell for cell in row.cells if cell is not None}


def test_each_actor_shows_its_latest_figure_at_the_date_and_its_first(contest):
    comparison = compare.compare_topics([contest["kursk"]], on=datetime.date(2025, 1, 1))

    (row,) = comparison.rows
    cells = cells_by_actor(row)
    assert set(cells) == {"pentagon", "hur", "nis", "blogger"}
    assert cells["pentagon"].latest == contest["claims"]["us_latest"]
    assert cells["pentagon"].first == contest["claims"]["us_first"]
    assert cells["pentagon"].revised
    assert not cells["nis"].revised  # the rejected 99,000 does not count


def test_an_earlier_date_shows_what_was_known_then(contest):
    comparison = compare.compare_topics([contest["kursk"]], on=datetime.date(2024, 11, 1))

    cells = cells_by_actor(comparison.rows[0])
    assert set(cells) == {"pentagon"}
    assert cells["pentagon"].latest == contest["claims"]["us_first"]


def test_spread_is_highest_over_lowest_of_representative_values(contest):
    comparison = compare.compare_topics(
        [contest["kursk"], contest["losses"]], on=datetime.date(2025, 1, 1)
    )
    rows = {row.topic.slug: row for row in comparison.rows}

    # Kursk: 11,000; 11,500 (midpoint of 11,000–12,000); 10,000; 40,000.
    assert rows["kursk"].spread == pytest.approx(40000 / 10000)
    assert rows["kursk"].median == pytest.approx(11250)
    # Losses: 600,000 against "at least 750,000", which stands for its bound.
    assert rows["losses"].spread == pytest.approx(1.25)


def test_a_figure_more_than_twice_the_median_is_an_outlier(contest):
    comparison = compare.compare_topics([contest["kursk"]], on=datetime.date(2025, 1, 1))

    row = comparison.rows[0]
    assert [cell.actor.slug for cell in row.outliers] == ["blogger"]


def test_columns_are_actors_speaking_to_most_topics_first(contest):
    comparison = compare.compare_topics(
        [contest["kursk"], contest["losses"]], on=datetime.date(2025, 1, 1)
    )

    # Both speak to two topics: then by name.
    assert [actor.slug for actor in comparison.actors][:2] == ["pentagon", "hur"]
    losses = next(row for row in comparison.rows if row.topic.slug == "losses")
    assert sum(cell is None for cell in losses.cells) == 2


def test_the_window_function_form_agrees_with_distinct_on(contest):
    queryset = figures_queryset(on=datetime.date(2025, 1, 1))
    for newest in (True, False):
        fast = one_per_topic_and_actor(queryset, newest=newest)
        portable = one_per_topic_and_actor(queryset, newest=newest, portable=True)
        assert sorted(c.pk for c in fast) == sorted(c.pk for c in portable)
        assert len(fast) == 6


def test_spread_and_outliers_on_edge_cases():
    assert spread([5.0]) is None
    assert spread([0.0, 10.0]) is None
    assert spread([2.0, 8.0]) == 4.0
    assert outlier_flags([1.0, 100.0]) == [False, False]  # two figures have no median to leave
    assert outlier_flags([10.0, 11.0, 4.0, 30.0]) == [False, False, True, True]
    assert outlier_flags([10.0, 10.0, 10.0]) == [False, False, False]


def test_actors_are_compared_on_the_topics_they_all_speak_to(contest):
    comparison = compare.compare_actors(
        [contest["us"], contest["kyiv"]], on=datetime.date(2025, 1, 1)
    )

    assert [row.topic.slug for row in comparison.rows] == ["kursk", "losses"]  # by title
    assert [actor.slug for actor in comparison.actors] == ["pentagon", "hur"]
    kursk = next(row for row in comparison.rows if row.topic.slug == "kursk")
    assert [cell.latest for cell in kursk.cells] == [
        contest["claims"]["us_latest"],
        contest["claims"]["kyiv"],
    ]


def test_topics_only_one_of_the_actors_speaks_to_are_left_out(contest):
    comparison = compare.compare_actors(
        [contest["us"], contest["seoul"]], on=datetime.date(2025, 1, 1)
    )

    assert [row.topic.slug for row in comparison.rows] == ["kursk"]
