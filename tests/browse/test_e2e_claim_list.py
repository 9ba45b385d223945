"""In a real Chromium: filtering the claims list updates the results and the address."""

import pytest

from tests.browser import ARTIFACTS

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def page(browser_page):
    return browser_page


def figures(page) -> list[str]:
    return page.locator("#results td.figure a").all_inner_texts()


def test_filtering_updates_the_results_and_the_address(page, live_server, war):
    page.goto(live_server.url + "/")
    assert figures(page) == ["~3,000", "≥ 12,000", "11,000", "~10,000"]
    assert page.evaluate("typeof htmx") == "object"  # served from our own static files
    page.screenshot(path=ARTIFACTS / "claims-list.png", full_page=True)

    page.fill("#id_actor", "pentagon")
    page.dispatch_event("#id_actor", "change")
    page.wait_for_url("**/?actor=pentagon&sort=-date")  # empty filters stay out of the address
    page.wait_for_function("document.querySelectorAll('#results td.figure').length === 2")
    assert figures(page) == ["11,000", "~10,000"]
    assert page.locator("header").count() == 1  # swapped in place, not a page inside a page
    page.screenshot(path=ARTIFACTS / "claims-list-filtered.png", full_page=True)

    page.fill("#id_q", "")
    page.locator("#id_q").press_sequentially("deployed border")
    page.wait_for_url("**q=deployed%20border*")
    page.wait_for_function("document.querySelectorAll('#results td.figure').length === 0")
    assert "No claims match these filters." in page.inner_text("#results")

    page.select_option("#id_sort", "-figure")
    page.fill("#id_actor", "")
    page.dispatch_event("#id_actor", "change")
    page.wait_for_url("**sort=-figure*")
    page.wait_for_function("document.querySelectorAll('#results td.figure').length === 1")
    assert figures(page) == ["≥ 12,000"]

    # The address is a bookmark: opened fresh, it shows the same list.
    page.goto(page.url)
    assert figures(page) == ["≥ 12,000"]
    assert page.input_value("#id_q") == "deployed border"


def test_the_list_reads_on_a_phone(page, live_server, war):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(live_server.url + "/?place=russia")
    assert figures(page) == ["≥ 12,000", "11,000", "~10,000"]
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    page.screenshot(path=ARTIFACTS / "claims-list-phone.png", full_page=True)


def test_the_filter_inputs_get_their_suggestions_once_one_has_focus(page, live_server, war):
    page.goto(live_server.url + "/")
    assert page.locator("datalist").count() == 0  # not carried by the page itself

    page.focus("#id_actor")
    page.wait_for_function("document.querySelectorAll('#actor-choices option').length > 0")
    options = page.eval_on_selector_all("#actor-choices option", "els => els.map(e => e.value)")
    assert "pentagon" in options and "united-states" in options
    assert page.locator("#topic-choices option[value='killed-ukraine']").count() == 1
    assert page.locator("#results td.figure").count() == 4  # the results were left alone
    assert page.url == live_server.url + "/"
