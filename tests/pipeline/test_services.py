"""The ingestion services: submit, claim, fetch, parse, store a version, hand off, fail clearly."""

import datetime
import threading

import pytest
from django.db import connection
from django.utils import timezone

from sources import services
from sources.ingest.errors import FetchError
from sources.models import Article, Feed, Outlet, Submission
from tests.factories import ArticleFactory, ArticleVersionFactory
from tests.pipeline.conftest import article_html

pytestmark = pytest.mark.django_db

TROOPS = "Officials said about 11,000 North Korean soldiers had been sent to the Kursk region."
TROOPS_UPDATED = (
    "Officials said about 12,000 North Korean soldiers had been sent to the Kursk region."
)


def submit(url, user=None):
    return services.article_submit(url=url, user=user).submissions[0]


@pytest.fixture
def ingest(django_capture_on_commit_callbacks):
    """Run the ingestion of one article as its task would, hand-off to extraction included."""

    def run(article_id, **options):
        with django_capture_on_commit_callbacks(execute=True):
            services.article_ingest(article_id=article_id, **options)

    return run


def test_it_fetches_parses_and_stores_a_version(fakeweb, nobody_extracting, editor, ingest):
    url = fakeweb.add("/world/troops", article_html("Troops arrive in Kursk", TROOPS))
    submission = submit(url, editor)
    assert submission.article.status == Article.Status.QUEUED

    ingest(submission.article_id)

    article = Article.objects.get(pk=submission.article_id)
    assert article.status == Article.Status.DONE
    assert article.title == "Troops arrive in Kursk"
    assert article.author == "Dana Whitfield"
    assert article.published_on == datetime.date(2024, 11, 4)
    assert article.submitted_by == editor
    assert article.outlet.domain == "127.0.0.1"
    assert article.outlet.name == "The Daily Example"  # the site's own name, once it gave one
    assert article.attempts == 1
    version = article.latest_version()
    assert TROOPS in version.text
    assert "Copyright" not in version.text  # boilerplate left out


def test_fetching_and_storing_an_article_takes_six_statements_and_a_transaction(
    fakeweb, nobody_extracting, ingest, django_assert_num_queries
):
    first = submit(fakeweb.add("/first", article_html("First story", TROOPS))).article
    ingest(first.pk)  # names the outlet after the site, the first time only
    second = submit(fakeweb.add("/second", article_html("Second story", TROOPS))).article

    # 1. claim the article (UPDATE … WHERE status = 'queued')
    # 2. the article and its outlet (SELECT)
    # 3. its latest version's hash, to tell whether the text changed (SELECT)
    # 4, 7. SAVEPOINT and RELEASE: the test's own transaction makes the store's BEGIN and COMMIT
    #    savepoints, which a worker does not send
    # 5. its metadata and next status (UPDATE)
    # 6. the new version (INSERT)
    # 8. done, since nobody extracts claims here (UPDATE)
    with django_assert_num_queries(8):
        ingest(second.pk)

    assert Article.objects.get(pk=second.pk).status == Article.Status.DONE


def test_new_text_is_handed_to_extraction_while_the_article_is_extracting(
    fakeweb, extraction_listener, django_capture_on_commit_callbacks
):
    article = submit(fakeweb.add("/a", article_html("Troops", TROOPS))).article
    with django_capture_on_commit_callbacks(execute=True):
        services.article_ingest(article_id=article.pk)

    version = article.versions.get()
    assert extraction_listener == [
        {"article_id": article.pk, "version_id": version.pk, "status": "extracting"}
    ]
    services.article_finish(article_id=article.pk, claims_found=3)
    article.refresh_from_db()
    assert (article.status, article.claims_found) == ("done", 3)


def test_the_same_text_again_is_no_new_version_and_no_hand_off(
    fakeweb, extraction_listener, ingest
):
    url = fakeweb.add("/a", article_html("Troops", TROOPS))
    article = submit(url).article
    ingest(article.pk)
    services.article_finish(article_id=article.pk, claims_found=2)
    services.article_refetch(article=article)
    ingest(article.pk)

    article.refresh_from_db()
    assert article.versions.count() == 1
    assert len(extraction_listener) == 1
    assert (article.status, article.claims_found) == ("done", 2)


def test_changed_text_is_a_new_version(fakeweb, extraction_listener, ingest):
    url = fakeweb.add("/a", article_html("Troops", TROOPS))
    article = submit(url).article
    ingest(article.pk)
    services.article_finish(article_id=article.pk, claims_found=1)
    fakeweb.add("/a", article_html("Troops", TROOPS_UPDATED))
    services.article_refetch(article=article)
    ingest(article.pk)

    texts = [version.text for version in article.versions.order_by("fetched_at")]
    assert len(texts) == 2 and "12,000" in texts[1]
    assert extraction_listener[1]["version_id"] == article.latest_version().pk


def test_an_unchanged_page_answering_304_keeps_the_article_as_it_was(
    fakeweb, nobody_extracting, ingest
):
    url = fakeweb.add("/a", article_html("Troops", TROOPS), headers={"ETag": '"v1"'})
    article = submit(url).article
    ingest(article.pk)
    fakeweb.add("/a", b"", status=304, content_type=None, headers={"ETag": '"v1"'})

    services.article_refetch(article=article)
    ingest(article.pk)

    assert fakeweb.requests_to("/a")[-1].headers.get("If-None-Match") == '"v1"'
    article.refresh_from_db()
    assert article.status == "done" and article.versions.count() == 1


@pytest.mark.parametrize(
    ("route", "message"),
    [
        ({"status": 404, "body": "gone"}, "the site answered 404"),
        (
            {"body": b"%PDF-1.7", "content_type": "application/pdf"},
            "not an HTML page (application/pdf)",
        ),
        (
            {
                "body": "<html><head><title>App</title></head><body><script>start()</script></body></html>"
            },
            "no article text",
        ),
    ],
)
def test_permanent_failures_fail_at_once_with_a_message_a_person_reads(
    fakeweb, route, message, ingest
):
    article = submit(fakeweb.add("/a", **route)).article
    ingest(article.pk, may_retry=True)
    article.refresh_from_db()
    assert article.status == "failed"
    assert message in article.error
    assert len(fakeweb.requests_to("/a")) == 1


def test_a_page_too_large_fails_with_its_size(fakeweb, settings, ingest):
    article = submit(fakeweb.add("/big", stream_bytes=6_000_000)).article
    ingest(article.pk, may_retry=True)
    article.refresh_from_db()
    assert (article.status, article.error) == ("failed", "the page is larger than 5 MB")


def test_a_private_address_is_not_allowed(settings, ingest):
    settings.FETCH_ALLOW_PRIVATE_ADDRESSES = False
    article = submit("http://127.0.0.1:9/admin").article
    ingest(article.pk, may_retry=True)
    article.refresh_from_db()
    assert article.status == "failed"
    assert "not allowed" in article.error or "loopback" in article.error


def test_a_transient_failure_goes_back_to_the_queue_for_a_retry(fakeweb):
    article = submit(fakeweb.add("/busy", status=503, headers={"Retry-After": "7"})).article
    with pytest.raises(FetchError) as raised:
        services.article_ingest(article_id=article.pk, may_retry=True)
    assert raised.value.transient and raised.value.retry_after == 7
    article.refresh_from_db()
    assert article.status == "queued"
    assert "will try again: the site answered 503" in article.error


def test_a_transient_failure_on_the_last_try_fails_with_that_error(fakeweb, ingest):
    article = submit(fakeweb.add("/busy", status=503)).article
    ingest(article.pk, may_retry=False)
    article.refresh_from_db()
    assert article.status == "failed"
    assert "503" in article.error


def test_an_article_another_worker_claimed_is_left_alone(fakeweb, ingest):
    article = submit(fakeweb.add("/a", article_html("Troops", TROOPS))).article
    Article.objects.filter(pk=article.pk).update(status="fetching", task_id="first-task")

    ingest(article.pk, task_id="second-task")
    assert fakeweb.requests_to("/a") == []

    # The same message redelivered after its worker died takes its claim back.
    ingest(article.pk, task_id="first-task")
    article.refresh_from_db()
    assert article.status in ("extracting", "done")
    assert len(fakeweb.requests_to("/a")) == 1


def test_a_finished_article_is_not_fetched_by_a_stray_task(fakeweb, ingest):
    article = ArticleFactory(url=fakeweb.add("/a", article_html("Troops", TROOPS)), status="done")
    ingest(article.pk)
    assert fakeweb.requests_to("/a") == []


def test_an_address_already_stored_after_canonicalization_is_not_fetched_again(editor):
    first = submit("https://News.example/story?id=4&utm_source=x#top", editor)
    second = submit("https://news.example/story?id=4", editor)

    assert first.article_id == second.article_id
    assert (first.duplicate, second.duplicate) == (False, True)
    assert Article.objects.count() == 1


@pytest.mark.django_db(transaction=True)
def test_the_same_address_submitted_twice_at_once_is_one_article(own_queue):
    barrier = threading.Barrier(2)
    results, errors = [], []

    def submit_in_thread():
        try:
            barrier.wait(5)
            results.append(submit("https://news.example/same-story").article_id)
        except Exception as error:  # surfaced below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=submit_in_thread) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)

    assert errors == []
    assert len(set(results)) == 1
    assert Article.objects.count() == 1
    assert sorted(Submission.objects.values_list("duplicate", flat=True)) == [False, True]


def test_a_page_naming_an_existing_article_as_canonical_merges_into_it(
    fakeweb, nobody_extracting, ingest
):
    existing = ArticleFactory(url=fakeweb.url("/story"), status="done")
    ArticleVersionFactory(article=existing)
    duplicate = submit(
        fakeweb.add("/story/amp", article_html("Troops", TROOPS, canonical=fakeweb.url("/story")))
    )

    ingest(duplicate.article_id)

    duplicate.refresh_from_db()
    assert duplicate.article_id == existing.pk
    assert Article.objects.count() == 1


def test_a_canonical_address_on_the_same_site_becomes_the_articles_address(
    fakeweb, nobody_extracting, ingest
):
    article = submit(
        fakeweb.add("/story/amp", article_html("Troops", TROOPS, canonical=fakeweb.url("/story")))
    ).article
    ingest(article.pk)
    article.refresh_from_db()
    assert article.url == fakeweb.url("/story")
    assert article.submitted_url == fakeweb.url("/story/amp")


def test_pasted_text_is_ready_for_extraction_at_once(
    extraction_listener, django_capture_on_commit_callbacks, editor
):
    with django_capture_on_commit_callbacks(execute=True):
        submitted = services.article_submit_text(
            text=f"{TROOPS}\n\nThe figure was given at a briefing.",
            title="Troops in Kursk",
            outlet_name="Example Wire",
            published_on=datetime.date(2024, 11, 5),
            user=editor,
        )
    article = submitted.submissions[0].article
    article.refresh_from_db()
    assert article.origin == "text" and not article.is_on_the_web
    assert (article.title, article.outlet.name, article.published_on) == (
        "Troops in Kursk",
        "Example Wire",
        datetime.date(2024, 11, 5),
    )
    assert extraction_listener[0]["status"] == "extracting"
    assert "11,000" in article.latest_version().text


def test_pasted_text_for_a_stored_address_becomes_its_new_version(nobody_extracting):
    article = ArticleFactory(url="https://news.example/paywalled", status="done")
    ArticleVersionFactory(article=article, text="Subscribe to read the full story.")

    submitted = services.article_submit_text(text=TROOPS, url="https://news.example/paywalled")

    assert submitted.submissions[0].article_id == article.pk
    assert article.versions.count() == 2
    assert article.latest_version().text == TROOPS


def test_an_uploaded_page_is_parsed_and_stored(
    nobody_extracting, django_capture_on_commit_callbacks
):
    html = article_html("Uploaded story", TROOPS, canonical="https://news.example/uploaded")
    with django_capture_on_commit_callbacks(execute=True):
        submitted = services.article_submit_html(html=html)
    article = submitted.submissions[0].article
    article.refresh_from_db()
    assert article.url == "https://news.example/uploaded"
    assert article.origin == "upload" and article.status == "done"
    assert TROOPS in article.latest_version().text


def test_the_sweep_requeues_articles_stuck_in_queued_or_fetching(
    fakeweb, eager_tasks, settings, nobody_extracting, django_capture_on_commit_callbacks
):
    settings.SWEEP_STUCK_AFTER = 60
    long_ago = timezone.now() - datetime.timedelta(minutes=5)
    stuck_queued = submit(fakeweb.add("/q", article_html("Queued", TROOPS))).article
    stuck_fetching = submit(fakeweb.add("/f", article_html("Fetching", TROOPS))).article
    recent = submit(fakeweb.add("/r", article_html("Recent", TROOPS))).article
    Article.objects.filter(pk=stuck_queued.pk).update(status_changed_at=long_ago)
    Article.objects.filter(pk=stuck_fetching.pk).update(
        status="fetching", task_id="dead", status_changed_at=long_ago
    )

    with django_capture_on_commit_callbacks(execute=True):
        assert services.stuck_articles_sweep() == 2

    statuses = dict(Article.objects.values_list("pk", "status"))
    assert statuses == {stuck_queued.pk: "done", stuck_fetching.pk: "done", recent.pk: "queued"}


RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Example World News</title>
<item><title>Troops arrive</title><link>{base}/world/1?utm_source=rss</link>
<pubDate>Mon, 04 Nov 2024 09:00:00 GMT</pubDate></item>
<item><title>Front line</title><link>{base}/world/2</link></item>
</channel></rss>"""


def test_a_feed_poll_queues_new_entries_and_asks_conditionally_next_time(fakeweb, own_queue):
    feed_url = fakeweb.add(
        "/feed.xml",
        RSS.format(base=fakeweb.base_url),
        content_type="application/rss+xml",
        headers={"ETag": '"feed-1"', "Last-Modified": "Mon, 04 Nov 2024 10:00:00 GMT"},
    )
    feed = services.feed_add(url=feed_url)
    assert services.feeds_due() == [feed.pk]

    assert services.feed_poll(feed_id=feed.pk) == 2
    assert services.feed_poll(feed_id=feed.pk) == 0  # same entries: nothing new

    feed.refresh_from_db()
    assert feed.title == "Example World News" and feed.etag == '"feed-1"'
    assert fakeweb.requests_to("/feed.xml")[-1].headers.get("If-None-Match") == '"feed-1"'
    articles = Article.objects.filter(feed=feed).order_by("url")
    assert [(a.url, a.title, a.origin) for a in articles] == [
        (fakeweb.url("/world/1"), "Troops arrive", "feed"),
        (fakeweb.url("/world/2"), "Front line", "feed"),
    ]
    assert services.feeds_due() == []


def test_a_broken_feed_records_why(fakeweb):
    feed = Feed.objects.create(
        url=fakeweb.add("/feed.xml", "<html>not a feed", content_type="text/html")
    )
    services.feed_poll(feed_id=feed.pk)
    feed.refresh_from_db()
    assert feed.error and feed.last_polled_at is not None
    assert not Outlet.objects.filter(articles__feed=feed).exists()
