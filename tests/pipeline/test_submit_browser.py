"""The submit page in real Chromium: paste two addresses, watch both rows reach done."""

import pytest
from django.conf import settings as django_settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.sessions.backends.db import SessionStore

from tests.browser import ARTIFACTS
from tests.pipeline.conftest import article_html

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.worker,
    pytest.mark.django_db(transaction=True),
]

TROOPS = "Officials said about 11,000 North Korean soldiers had been sent to the Kursk region."


def signed_in_cookie(user, live_server_url: str) -> dict:
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.save()
    return {
        "name": django_settings.SESSION_COOKIE_NAME,
        "value": session.session_key,
        "url": live_server_url,
    }


def test_two_pasted_addresses_reach_done_live(
    browser, live_server, editor, fakeweb, celery_worker_process
):
    # Slow enough to see the rows pending before they finish.
    first = fakeweb.add("/one", article_html("Troops reach Kursk", TROOPS), delay=1)
    second = fakeweb.add("/two", article_html("Figures revised", TROOPS), delay=1)
    context = browser.new_context()
    context.add_cookies([signed_in_cookie(editor, live_server.url)])
    page = context.new_page()

    page.goto(f"{live_server.url}/submit/")
    page.fill("#id_urls-urls", f"{first}\n{second}")
    page.click("text=Submit addresses")

    rows = page.locator("tr.submission-row")
    rows.first.wait_for()
    assert rows.count() == 2
    page.wait_for_function(
        "document.querySelectorAll('tr.submission-row[data-status=done]').length === 2",
        timeout=60_000,
    )
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "submit-two-urls-done.png"), full_page=True)
    assert page.locator("text=Troops reach Kursk").count() == 1
    assert page.locator("text=Figures revised").count() == 1
    assert page.locator("tr.submission-row >> text=Open article").count() == 2
    # Finished rows stop polling.
    assert page.locator("tr.submission-row[hx-trigger]").count() == 0
    context.close()
