"""In a real Chromium: a topic's chart, and comparing two actors through the htmx form."""

import pytest

from tests.browser import ARTIFACTS

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_a_topic_shows_its_chart_with_a_linked_mark_per_figure(page, live_server, argued):
    page.goto(live_server.url + "/topics/kursk/")

    chart = page.locator("svg.timeline-chart")
    chart.wait_for()
    box = chart.bounding_box()
    assert box["width"] > 400 and box["height"] > 200  # drawn, and at a readable size
    assert chart.locator("a.mark").count() == 5
    assert chart.locator("a.mark-range rect").count() == 1
    assert chart.locator("a.mark-lower").count() == 1
    assert "Pentagon (2)" in chart.locator(".legend").text_content()
    assert "Pentagon revised 10,000 → 11,000" in page.inner_text("table.figures-in-order")
    page.screenshot(path=ARTIFACTS / "topic-timeline.png", full_page=True)

    # A mark is a link to its claim.
    href = chart.locator("a.mark").first.get_attribute("href")
    assert href.startswith("/claims/")


def test_comparing_two_actors_updates_in_place_and_in_the_address(page, live_server, argued):
    page.goto(live_server.url + "/compare/actors/")
    assert page.evaluate("typeof htmx") == "object"

    page.check("input[name=actor][value=pentagon]")
    page.wait_for_selector("text=Pick at least two actors to compare.")
    page.check("input[name=actor][value=hur]")
    page.wait_for_selector("table.compare-table")

    assert "actor=pentagon" in page.url and "actor=hur" in page.url
    assert page.locator("header").count() == 1  # the results were swapped, not the page nested
    rows = page.locator("table.compare-table tbody tr")
    assert rows.count() == 2
    kursk = page.locator("tr[data-topic=kursk]").inner_text()
    assert "11,000" in kursk and "11,000–12,000" in kursk and "1.05×" in kursk
    page.screenshot(path=ARTIFACTS / "compare-actors.png", full_page=True)

    # The address is a bookmark: opening it afresh shows the same comparison without htmx.
    page.goto(page.url)
    assert page.locator("table.compare-table tbody tr").count() == 2
