"""Article text and metadata from pages we wrote, and from pasted text."""

import datetime
from pathlib import Path

import pytest

from sources.ingest.errors import NotAnArticle
from sources.ingest.fetch import fetch_page
from sources.ingest.parse import (
    article_text,
    main_extraction_suffices,
    page_metadata,
    parse_article,
    parse_plain_text,
)

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


# Metadata in the forms sites use that the pages above do not: JSON-LD, a byline in the body, a
# one-word author meta tag (a brand, not a person), a site name only in the <title>.
JSON_LD_PAGE = """<!doctype html><html><head><title>Border crossings reopen | riverpost.example</title>
<meta name="author" content="RiverPost">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
 "headline": "Border crossings reopen after a week", "datePublished": "2025-02-07T06:30:00Z",
 "author": {"@type": "Person", "name": "Tomas Varga"},
 "publisher": {"@type": "Organization", "name": "River Post"}}</script></head>
<body><article><h1>Border crossings reopen after a week</h1>
<p class="byline">By Tomas Varga</p>
<p>Three crossings on the northern border opened again on Friday after a week in which about
4,000 lorries queued on the approaches, the customs service said in a statement.</p></article>
<footer><a rel="license" href="https://creativecommons.org/licenses/by/4.0/">CC BY</a>
<a href="/tag/borders/">Borders</a> <a href="/category/europe/">Europe</a></footer></body></html>"""
BYLINE_PAGE = """<!doctype html><html><head><title>Night shelling | The Lakeside Courier</title>
</head><body><article><h1>Night shelling damages a water station</h1>
<p class="author">Written by Irena Kos</p><p>Posted 12 March 2025</p>
<p>A water station on the edge of the town was damaged by shelling overnight and about 9,000
homes were left without supply, the utility company said on Wednesday morning.</p>
</article></body></html>"""


@pytest.mark.parametrize(
    ("html", "url"),
    [
        (page("wire_story.html"), "https://www.harborwire.example/world/asia/x"),
        (page("amp_story.html"), "https://steppe-times-example.cdn.ampproject.org/c/s/x/amp/"),
        (page("dated_in_text.html"), "https://ministry.example/news/update-17"),
        ((PAGES / "cp1251_story.html").read_text("cp1251"), "https://novosti.example/ru/story"),
        (page("index_page.html"), "https://www.harborwire.example/world"),
        (JSON_LD_PAGE, "https://riverpost.example/2025/02/07/border"),
        (BYLINE_PAGE, "https://lakeside-courier.example/news/water"),
    ],
)
def test_the_metadata_is_what_trafilatura_finds(html, url):
    # parse_article leaves out trafilatura's search for categories, tags and a licence, which
    # nothing keeps; what it does keep must stay trafilatura's answer, whatever its version.
    import lxml.html
    import trafilatura

    ours = page_metadata(lxml.html.fromstring(html), url=url)
    theirs = trafilatura.extract_metadata(lxml.html.fromstring(html), default_url=url)

    for field in ("title", "author", "date", "sitename", "url"):
        assert getattr(ours, field) == getattr(theirs, field), field


def long_story_page() -> str:
    """A 14-paragraph story inside a news site's menus, teasers and footer."""
    paragraphs = "".join(
        f"<p>Paragraph {number}: crews cleared rubble in the market district for a {number}th day "
        "while the regional administration counted damaged homes, and volunteers carried water, "
        "bread and medicine to the families sheltering in the school gym near the river.</p>"
        for number in range(1, 15)
    )
    menu = "".join(f'<li><a href="/section/{n}">Section {n}</a></li>' for n in range(15))
    teasers = "".join(
        f'<li><a href="/story/{n}">Another story {n}</a><p>A teaser for story {n}.</p></li>'
        for n in range(10)
    )
    return (
        "<!doctype html><html><head><title>Rubble and water</title></head><body>"
        f"<header><nav><ul>{menu}</ul></nav></header><main><article><h1>Rubble and water</h1>"
        f"{paragraphs}</article><aside><ul>{teasers}</ul></aside></main>"
        "<footer><p>All rights reserved.</p></footer></body></html>"
    )


TRAFILATURA_OPTIONS = {
    "with_metadata": False,
    "include_comments": False,
    "include_tables": True,
    "deduplicate": False,
}


@pytest.mark.parametrize(
    "html",
    [
        long_story_page(),
        page("wire_story.html"),
        page("amp_story.html"),
        page("dated_in_text.html"),
        page("table_layout_story.html"),
        JSON_LD_PAGE,
        BYLINE_PAGE,
    ],
)
def test_the_text_is_what_trafilatura_finds_with_its_safety_nets(html):
    # trafilatura's readability and jusText fallbacks run only when its main extractor's result
    # is in doubt; either way the text is what trafilatura's default extraction gives.
    import lxml.html
    import trafilatura

    url = "https://news.example/story"
    theirs = trafilatura.bare_extraction(lxml.html.fromstring(html), url=url, **TRAFILATURA_OPTIONS)

    assert article_text(lxml.html.fromstring(html), url=url) == theirs.text


def test_a_long_clean_story_needs_no_safety_net_and_a_table_layout_does():
    import lxml.html
    import trafilatura

    def main_extractor_alone(html):
        tree = lxml.html.fromstring(html)
        document = trafilatura.bare_extraction(tree, fast=True, **TRAFILATURA_OPTIONS)
        return document, tree

    assert main_extraction_suffices(*main_extractor_alone(long_story_page()))
    # In a table layout the main extractor alone takes the menu cell too; the safety nets do not.
    table_page = page("table_layout_story.html")
    document, tree = main_extractor_alone(table_page)
    assert not main_extraction_suffices(document, tree)
    assert "Section 3" in document.text
    assert "Section 3" not in article_text(tree, url="https://news.example/story")
