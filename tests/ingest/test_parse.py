"""Article text and metadata from pages we wrote, and from pasted text."""

import datetime
from pathlib import Path

import pytest

from sources.ingest.errors import NotAnArticle
from sources.ingest.fetch import fetch_page
from sources.ingest.parse import parse_article, parse_plain_text

PAGES = Path(__file__).parent / "pages"


def page(name: str) -> str:
    return (PAGES / name).read_text(encoding="utf-8")


def test_it_extracts_a_wire_story_and_its_metadata():
    article = parse_article(
        page("wire_story.html"), url="https://www.harborwire.example/world/asia/x?utm_medium=social"
    )

    assert article.title == "Seoul says North Korean troop losses near Kursk top 300"
    assert article.author == "Mina Park"
    assert article.published_on == datetime.date(2025, 1, 13)
    assert article.site_name == "Harbor Wire"
    assert article.language == "en"
    assert article.canonical_url == (
        "https://www.harborwire.example/world/asia/north-korea-kursk-losses?id=8841"
    )


def test_the_text_keeps_paragraphs_apart_and_leaves_the_page_furniture_out():
    article = parse_article(page("wire_story.html"), url="https://www.harborwire.example/x")

    paragraphs = article.text.split("\n\n")
    assert paragraphs[0].startswith("SEOUL, Jan 13 (Harbor Wire) - About 300 North Korean soldiers")
    assert "killed and 2,700 wounded" in paragraphs[0]  # lines inside a paragraph are joined
    assert paragraphs[-1].startswith("Ukraine's military intelligence agency")
    assert "\n\n\n" not in article.text
    for furniture in ("Most read", "Markets close higher", "All rights reserved", "Business"):
        assert furniture not in article.text
    assert not article.text.startswith(article.title)  # the headline is the title, not a paragraph


def test_an_amp_page_maps_to_its_canonical_article():
    article = parse_article(
        page("amp_story.html"), url="https://steppe-times-example.cdn.ampproject.org/c/s/x/amp/"
    )

    assert (
        article.canonical_url
        == "https://www.steppe-times.example/news/2024/12/02/drones-overnight/"
    )
    assert "74 attack drones" in article.text


def test_a_canonical_on_another_site_is_not_trusted():
    article = parse_article(
        page("dated_in_text.html"), url="https://ministry.example/news/update-17"
    )

    assert article.canonical_url is None


def test_the_date_falls_back_to_what_the_page_shows():
    article = parse_article(
        page("dated_in_text.html"), url="https://ministry.example/news/update-17"
    )

    assert article.published_on == datetime.date(2024, 3, 18)
    assert "more than 14,000 families" in article.text


def test_a_page_with_no_article_text_fails_with_that_message():
    with pytest.raises(NotAnArticle) as failed:
        parse_article(page("index_page.html"), url="https://www.harborwire.example/world")

    assert failed.value.message == "no article text found on the page"


@pytest.mark.parametrize(
    "html", ["", "   ", "<html></html>", "<html><body><script>app()</script></body></html>"]
)
def test_an_empty_page_is_not_an_article(html):
    with pytest.raises(NotAnArticle, match="no article text found on the page"):
        parse_article(html, url="https://example.com/")


def test_a_windows_1251_page_comes_through_fetch_and_parse(fakeweb):
    url = fakeweb.add(
        "/ru/story", (PAGES / "cp1251_story.html").read_bytes(), content_type="text/html"
    )

    fetched = fetch_page(url)
    article = parse_article(fetched.text, url=fetched.url)

    assert fetched.encoding == "cp1251"
    assert article.title == "Генштаб: потери за сутки"
    assert "около 1200 военнослужащих" in article.text
    assert article.language == "ru"


def test_pasted_text_keeps_its_paragraphs_and_normalises_whitespace():
    pasted = (
        "  KYIV, March 3 -  Officials said 12 people\r\nwere wounded overnight.\r\n\r\n\r\n"
        "\t The mayor said  4 buildings were damaged.  \n \n"
    )

    article = parse_plain_text(pasted, title="  Overnight strike  ")

    assert article.title == "Overnight strike"
    assert article.text == (
        "KYIV, March 3 - Officials said 12 people were wounded overnight.\n\n"
        "The mayor said 4 buildings were damaged."
    )
    assert (article.published_on, article.canonical_url) == (None, None)


def test_pasted_lines_without_blank_lines_are_paragraphs_each():
    article = parse_plain_text("First line said 5.\nSecond line said 6.\n")

    assert article.text == "First line said 5.\n\nSecond line said 6."


@pytest.mark.parametrize("text", ["", "   \n\n \t", "\x00"])
def test_empty_pasted_text_is_refused(text):
    with pytest.raises(NotAnArticle, match="no article text found"):
        parse_plain_text(text)
