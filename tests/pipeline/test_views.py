"""The submit page, the live status rows, "fetch again" and the feeds page."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from sources.models import Article, Feed, Submission
from tests.factories import ArticleFactory, ArticleVersionFactory
from tests.pipeline.conftest import article_html
from tests.worker import point_celery_at

pytestmark = pytest.mark.django_db

TROOPS = "Officials said about 11,000 North Korean soldiers had been sent to the Kursk region."
HTMX = {"HTTP_HX_REQUEST": "true"}


def post_urls(client, text, **headers):
    return client.post(reverse("submit"), {"kind": "urls", "urls-urls": text}, **headers)


def test_anonymous_visitors_are_sent_to_sign_in(client):
    response = client.get(reverse("submit"))
    assert response.status_code == 302 and "/accounts/login/" in response.url


def test_readers_may_not_submit(reader_client):
    assert reader_client.get(reverse("submit")).status_code == 403
    assert post_urls(reader_client, "https://news.example/a").status_code == 403
    assert Article.objects.count() == 0


def test_the_submit_page_runs_a_bounded_number_of_queries(
    editor_client, editor, django_assert_max_num_queries
):
    for _ in range(30):
        Submission.objects.create(article=ArticleFactory(), user=editor)
    # session, user, the user's groups (editor check: decorator and context processor each),
    # the submissions with their articles in one join.
    with django_assert_max_num_queries(5):
        response = editor_client.get(reverse("submit"))
    assert response.status_code == 200
    assert response.content.count(b'class="submission-row') == 20


def test_two_addresses_become_two_rows_processed_in_process(
    editor_client, fakeweb, eager_tasks, nobody_extracting, django_capture_on_commit_callbacks
):
    first = fakeweb.add("/one", article_html("First story", TROOPS))
    second = fakeweb.add("/two", article_html("Second story", TROOPS))

    with django_capture_on_commit_callbacks(execute=True):
        response = post_urls(editor_client, f"{first}\n\n{second}\n", **HTMX)

    assert response.status_code == 200
    assert Article.objects.filter(status="done").count() == 2
    page = editor_client.get(reverse("submit")).content.decode()
    assert "First story" in page and "Second story" in page
    assert page.count("Open article") == 2


def test_a_pending_row_polls_and_a_finished_one_stops(editor_client, editor):
    article = ArticleFactory(status="fetching")
    submission = Submission.objects.create(article=article, user=editor)

    row = editor_client.get(reverse("submission_row", args=[submission.pk]), **HTMX)
    assert b'hx-trigger="every 1s"' in row.content and b"fetching" in row.content

    Article.objects.filter(pk=article.pk).update(status="done", claims_found=4)
    row = editor_client.get(reverse("submission_row", args=[submission.pk]), **HTMX)
    assert b"hx-trigger" not in row.content
    assert b"4 claims found" in row.content
    assert reverse("article_detail", args=[article.pk]).encode() in row.content


def test_a_failed_row_says_why_in_words(editor_client, editor):
    article = ArticleFactory(status="failed", error="not an HTML page (application/pdf)")
    submission = Submission.objects.create(article=article, user=editor)
    row = editor_client.get(reverse("submission_row", args=[submission.pk]), **HTMX)
    assert b"not an HTML page (application/pdf)" in row.content
    assert b"Try again" in row.content and b"hx-trigger" not in row.content


def test_an_address_already_stored_links_to_it_and_offers_fetch_again(editor_client, own_queue):
    article = ArticleFactory(url="https://news.example/story", status="done")
    ArticleVersionFactory(article=article)

    post_urls(editor_client, "https://news.example/story?utm_source=x")

    submission = Submission.objects.get()
    assert submission.article == article and submission.duplicate
    page = editor_client.get(reverse("submit")).content.decode()
    assert "already in the database" in page and "Fetch again" in page

    response = editor_client.post(reverse("article_refetch", args=[article.pk]), **HTMX)
    article.refresh_from_db()
    assert article.status == "queued"
    assert b'hx-trigger="every 1s"' in response.content


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "Enter at least one address."),
        ("news.example/story", "has no scheme"),
        ("ftp://news.example/file", "only http and https"),
        ("https://news.example/a\nnot a url at all", "Line 2:"),
        ("\n".join(f"https://news.example/{n}" for n in range(101)), "at most 100"),
    ],
)
def test_bad_addresses_are_refused_with_a_clear_message_and_kept(editor_client, text, message):
    response = post_urls(editor_client, text)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert Article.objects.count() == 0
    if text:
        assert text.splitlines()[0] in response.content.decode()  # nothing typed is lost


def test_pasted_text_needs_text(editor_client):
    response = editor_client.post(
        reverse("submit"), {"kind": "text", "text-text": "  ", "text-title": "Kept title"}
    )
    assert "Paste the article&#x27;s text." in response.content.decode()
    assert "Kept title" in response.content.decode()


def test_pasted_text_is_stored(
    editor_client, nobody_extracting, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        editor_client.post(
            reverse("submit"),
            {
                "kind": "text",
                "text-text": TROOPS,
                "text-title": "Troops <b>in</b> Kursk",
                "text-outlet": "Example Wire",
                "text-published_on": "2024-11-05",
            },
        )
    article = Article.objects.get()
    assert (article.status, article.origin, article.outlet.name) == ("done", "text", "Example Wire")
    page = editor_client.get(reverse("submit")).content.decode()
    assert "Troops &lt;b&gt;in&lt;/b&gt; Kursk" in page  # escaped, never rendered as HTML


@pytest.mark.parametrize(
    ("name", "content", "content_type", "message"),
    [
        ("report.pdf", b"%PDF-1.7", "application/pdf", "not an HTML file (application/pdf)"),
        ("page.html", b"<p>" + b"x" * 5_000_001, "text/html", "the limit is 5 MB"),
        ("page.html", b"\x00\x01\x02binary", "text/html", "binary data"),
        (
            "page.html",
            b"<html><body><script>x()</script></body></html>",
            "text/html",
            "No article text",
        ),
    ],
)
def test_bad_uploads_are_refused_with_a_clear_message(
    editor_client, name, content, content_type, message
):
    upload = SimpleUploadedFile(name, content, content_type=content_type)
    response = editor_client.post(reverse("submit"), {"kind": "upload", "upload-file": upload})
    assert message.lower() in response.content.decode().lower()
    assert Article.objects.count() == 0


def test_an_uploaded_page_is_stored(
    editor_client, nobody_extracting, django_capture_on_commit_callbacks
):
    upload = SimpleUploadedFile(
        "story.html", article_html("Saved story", TROOPS).encode(), "text/html"
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(reverse("submit"), {"kind": "upload", "upload-file": upload})
    assert response.status_code == 302
    article = Article.objects.get()
    assert (article.title, article.origin, article.status) == ("Saved story", "upload", "done")


@pytest.mark.django_db(transaction=True)
def test_a_submission_while_the_queue_is_down_is_saved_and_the_editor_told(editor_client):
    previous = point_celery_at("redis://127.0.0.1:1/0", "nowhere")  # nothing listens on port 1
    try:
        response = post_urls(editor_client, "https://news.example/story", **HTMX)
    finally:
        point_celery_at(*previous)
    assert "Saved; it will be processed when the queue is back." in response.content.decode()
    assert Article.objects.get().status == "queued"


def test_editors_follow_a_feed(editor_client, editor):
    response = editor_client.post(
        reverse("feed_list"), {"url": "https://news.example/feed.xml", "title": "World"}
    )
    assert response.status_code == 302
    feed = Feed.objects.get()
    assert (feed.url, feed.added_by, feed.outlet.domain) == (
        "https://news.example/feed.xml",
        editor,
        "news.example",
    )
    again = editor_client.post(reverse("feed_list"), {"url": "https://news.example/feed.xml"})
    assert "already followed" in again.content.decode()
    assert b"World" in editor_client.get(reverse("feed_list")).content
