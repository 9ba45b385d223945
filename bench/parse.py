"""The parse step's shortcut, checked: trafilatura's main extractor alone, its readability and
jusText fallbacks only when the result is in doubt (sources.ingest.parse.article_text).

Every labelled test article (tests/extraction/heldout) is put inside five page layouts: a real
news page (the chrome bench/ingest.py serves), a light page, a story in <br>-separated text, a
story split around an advert, and a story followed by a long comments section. For each layout
it prints how many pages come out with exactly the text trafilatura's default extraction gives,
how often the shortcut was taken, and the time per page of both.

    DJANGO_SETTINGS_MODULE=config.settings python bench/parse.py
"""

import html
import json
import os
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django  # noqa: E402

django.setup()

import lxml.html  # noqa: E402
import trafilatura  # noqa: E402
from extract import as_html  # noqa: E402
from ingest import boilerplate  # noqa: E402

from sources.ingest.parse import article_text, main_extraction_suffices  # noqa: E402

URL = "https://news.example/story"
OPTIONS = {
    "url": URL,
    "with_metadata": False,
    "include_comments": False,
    "include_tables": True,
    "deduplicate": False,
}


def _paragraphs(text: str) -> list[str]:
    return [html.escape(paragraph) for paragraph in text.split("\n\n")]


def real_page(number: int, title: str, text: str) -> str:
    head, chrome = boilerplate(random.Random(number))
    top, bottom = chrome.split("\x00")
    body = "".join(f"<p>{paragraph}</p>" for paragraph in _paragraphs(text))
    return (
        f"<html><head><title>{html.escape(title)}</title>{head}</head><body>{top}<main><article>"
        f"<h1>{html.escape(title)}</h1>{body}</article></main>{bottom}</body></html>"
    )


def br_page(number: int, title: str, text: str) -> str:
    menu = "".join(f'<li><a href="/s/{n}">Section {n}</a></li>' for n in range(20))
    body = "<br><br>".join(_paragraphs(text))
    return (
        f"<html><body><nav><ul>{menu}</ul></nav><div class='content'>"
        f"<h1>{html.escape(title)}</h1>{body}</div><footer>Copyright</footer></body></html>"
    )


def split_page(number: int, title: str, text: str) -> str:
    paragraphs = [f"<p>{paragraph}</p>" for paragraph in _paragraphs(text)]
    third = max(1, len(paragraphs) // 3)
    teasers = "".join(
        f"<li><a href='/t/{n}'>Another story number {n}</a><p>A short teaser {n}.</p></li>"
        for n in range(12)
    )
    return (
        f"<html><body><header>Site</header><div class='story'><h1>{html.escape(title)}</h1>"
        f"{''.join(paragraphs[:third])}</div><div class='ad'><iframe src='/ad'></iframe>"
        f"Advertisement</div><div class='story-more'>{''.join(paragraphs[third:])}</div>"
        f"<aside><ul>{teasers}</ul></aside></body></html>"
    )


def comments_page(number: int, title: str, text: str) -> str:
    body = "".join(f"<p>{paragraph}</p>" for paragraph in _paragraphs(text))
    comments = "".join(
        f"<div class='comment'><p>Reader {n} wrote a long comment about the story, the war and "
        "what the figures mean, in words enough to look like prose.</p></div>"
        for n in range(30)
    )
    return (
        f"<html><body><article><h1>{html.escape(title)}</h1>{body}</article>"
        f"<section id='comments'>{comments}</section></body></html>"
    )


LAYOUTS = {
    "real news page": real_page,
    "light page": lambda number, title, text: as_html(title, text),
    "<br>-separated text": br_page,
    "split around an advert": split_page,
    "long comments section": comments_page,
}


def main() -> None:
    folder = ROOT / "tests" / "extraction" / "heldout" / "articles"
    articles = [json.loads(path.read_text()) for path in sorted(folder.glob("*.json"))]
    print(f"{len(articles)} labelled articles in each layout")
    print(f"{'layout':<26}{'same text':>12}{'shortcut':>10}{'default ms':>12}{'ours ms':>10}")
    for name, layout in LAYOUTS.items():
        pages = [layout(n, a["title"], a["text"]) for n, a in enumerate(articles)]
        same = shortcut = 0
        default_seconds = ours_seconds = 0.0
        for page in pages:
            started = time.process_time()
            default = trafilatura.bare_extraction(lxml.html.fromstring(page), **OPTIONS)
            default_seconds += time.process_time() - started
            started = time.process_time()
            ours = article_text(lxml.html.fromstring(page), url=URL)
            ours_seconds += time.process_time() - started
            same += ours == ((default.text or "") if default is not None else "")
            main_only = trafilatura.bare_extraction(
                lxml.html.fromstring(page), fast=True, **OPTIONS
            )
            shortcut += main_only is not None and main_extraction_suffices(
                main_only, lxml.html.fromstring(page)
            )
        count = len(pages)
        print(
            f"{name:<26}{f'{same}/{count}':>12}{f'{shortcut}/{count}':>10}"
            f"{default_seconds / count * 1000:>12.2f}{ours_seconds / count * 1000:>10.2f}"
        )


if __name__ == "__main__":
    main()
