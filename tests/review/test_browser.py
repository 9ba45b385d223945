"""In a real Chromium: an editor reviews three claims inline, without the page ever reloading."""

import re

import pytest
from django.contrib.auth.models import Group

from claims.models import Claim
from sources.permissions import EDITORS_GROUP
from tests.browser import ARTIFACTS as BROWSER_ARTIFACTS
from tests.factories import ActorFactory, UserFactory
from tests.review.conftest import proposed_claim

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

ARTIFACTS = BROWSER_ARTIFACTS / "review"
PASSWORD = "correct horse battery staple"


def test_an_editor_confirms_corrects_and_rejects_without_a_reload(
    live_server, browser_page, version, topic
):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    editor = UserFactory(username="reviewer", password=PASSWORD)
    editor.groups.add(Group.objects.get_or_create(name=EDITORS_GROUP)[0])
    ActorFactory(name="Ministry of Defence of Ukraine", slug="ukraine-mod")
    ukraine = ActorFactory(name="Ukraine", slug="ukraine")
    to_confirm = proposed_claim(
        version,
        "about 11,000 North Korean soldiers",
        topic=topic,
        actor=ukraine,
        value_low=11000,
        value_high=11000,
    )
    to_correct = proposed_claim(
        version, "10,000", topic=topic, value_low=1000, value_high=1000, qualifier=""
    )
    to_reject = proposed_claim(
        version, "4 November", topic=topic, value_low=4, value_high=4, qualifier=""
    )
    page = browser_page

    page.goto(f"{live_server.url}/accounts/login/?next=/review/")
    page.fill("input[name=username]", "reviewer")
    page.fill("input[name=password]", PASSWORD)
    page.click("form.stacked button[type=submit]")
    page.wait_for_url(re.compile(r"/review/$"))
    assert page.locator("article.review-item").count() == 3
    page.screenshot(path=ARTIFACTS / "1-queue.png", full_page=True)
    # A marker that only survives as long as the page is never reloaded.
    page.evaluate("window.__reviewMarker = 'still here'")

    # Confirm the first claim.
    row = page.locator(f"#claim-{to_confirm.pk}")
    row.get_by_role("button", name="Confirm").click()
    page.locator(f"#claim-{to_confirm.pk}.status-confirmed").wait_for()
    assert "Confirmed." in page.locator(f"#claim-{to_confirm.pk}").inner_text()

    # Correct the second: open the form inline, fix the figure, give a reason, and the actor by
    # typing part of its name and picking the suggestion.
    page.locator(f"#claim-{to_correct.pk}").get_by_role("link", name="Correct…").click()
    form = page.locator(f"#claim-{to_correct.pk} form.correct-form")
    form.wait_for()
    form.locator("input[name=value_low]").fill("10000")
    form.locator("input[name=value_high]").fill("10000")
    form.locator("input[name=actor]").fill("")
    form.locator("input[name=actor]").press_sequentially("Minis")
    page.locator(f"#lookup-{to_correct.pk}-actor option[value=ukraine-mod]").wait_for(
        state="attached"
    )
    form.locator("input[name=actor]").fill("ukraine-mod")
    form.locator("input[name=reason]").fill("The article says 10,000, not 1,000")
    page.screenshot(path=ARTIFACTS / "2-correcting.png", full_page=True)
    form.get_by_role("button", name="Save correction").click()
    page.locator(f"#claim-{to_correct.pk}.status-confirmed").wait_for()
    assert "10,000" in page.locator(f"#claim-{to_correct.pk} .figure").inner_text()

    # Reject the third, with a reason.
    row = page.locator(f"#claim-{to_reject.pk}")
    row.locator("input[name=reason]").fill("A date, not a figure")
    row.get_by_role("button", name="Reject").click()
    page.locator(f"#claim-{to_reject.pk}.status-rejected").wait_for()
    page.screenshot(path=ARTIFACTS / "3-reviewed.png", full_page=True)

    assert page.evaluate("window.__reviewMarker") == "still here"
    assert page.url.endswith("/review/")

    statuses = dict(Claim.objects.values_list("pk", "status"))
    assert statuses == {
        to_confirm.pk: Claim.Status.CONFIRMED,
        to_correct.pk: Claim.Status.CONFIRMED,
        to_reject.pk: Claim.Status.REJECTED,
    }
    to_correct.refresh_from_db()
    assert (to_correct.value_low, to_correct.actor.slug) == (10000, "ukraine-mod")
    assert to_correct.history.first().history_change_reason == "The article says 10,000, not 1,000"
    assert to_correct.history.first().history_user == editor
    assert to_reject.history.first().history_change_reason == "Rejected: A date, not a figure"

    # The claim's page shows the correction in its history.
    page.goto(f"{live_server.url}{to_correct.get_absolute_url()}")
    assert "The article says 10,000, not 1,000" in page.inner_text(".claim-history")
    page.screenshot(path=ARTIFACTS / "4-claim-history.png", full_page=True)

    # The article page marks each claim's words and links them to the claim.
    page.goto(f"{live_server.url}{version.article.get_absolute_url()}")
    page.screenshot(path=ARTIFACTS / "5-article.png", full_page=True)
    page.locator("a.claim-mark", has_text="about 11,000 North Korean soldiers").click()
    page.wait_for_url(f"**{to_confirm.get_absolute_url()}")


def test_bulk_confirm_in_the_browser(live_server, browser_page, proposals):
    editor = UserFactory(username="bulk", password=PASSWORD)
    editor.groups.add(Group.objects.get_or_create(name=EDITORS_GROUP)[0])
    page = browser_page
    page.goto(f"{live_server.url}/accounts/login/?next=/review/")
    page.fill("input[name=username]", "bulk")
    page.fill("input[name=password]", PASSWORD)
    page.click("form.stacked button[type=submit]")
    page.wait_for_url(re.compile(r"/review/$"))
    page.evaluate("window.__reviewMarker = 'still here'")
    for claim in proposals:
        page.check(f"#claim-{claim.pk} input[name=claim]")
    page.get_by_role("button", name="Confirm selected").click()
    page.get_by_text("Confirmed 2 claims.").wait_for()
    assert page.get_by_text("Nothing is waiting for review.").is_visible()
    assert page.evaluate("window.__reviewMarker") == "still here"
    assert Claim.objects.proposed().count() == 0
