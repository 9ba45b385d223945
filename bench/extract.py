"""Articles per second per core: the rules claim extractor beside trafilatura on the same articles.

Generates ~1,000-word synthetic news articles, renders each as an HTML page, and times, on one
core, trafilatura's extraction of the page next to the rules extractor on the article text.

Two pages per article, both printed: a light page (the story with a short menu and footer), the
harshest yardstick, and the same story inside the chrome of a real news page (menus, related
links, scripts; the pages bench/ingest.py serves) read with metadata, as the ingestion pipeline
reads it (trafilatura.bare_extraction). The articles are dense on purpose (a figure or a "said" in
almost every sentence), so the claim extractor does more work than on typical copy. A last line
times both on the labelled test articles of 600 words or more (tests/extraction/heldout), copy
written the way real outlets write, each on a light page.

    DJANGO_SETTINGS_MODULE=config.settings python bench/extract.py
"""

import datetime
import html
import json
import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django  # noqa: E402

django.setup()

import trafilatura  # noqa: E402

from claims.extraction.rules import RulesExtractor  # noqa: E402
from claims.extraction.schema import ArticleInput  # noqa: E402

ARTICLES = 60
ROUNDS = 5
WORDS_PER_ARTICLE = 1_000

_SPEAKERS = [
    "the defence ministry",
    "regional governor Petra Lind",
    "a senior military official",
    "the border guard service",
    "Colonel Ivo Marr",
]
_PLACES = ["the Kursk region", "Kharkiv", "the eastern front", "the port city", "Odesa"]
_SENTENCES = [
    "About {n:,} troops were sent to {place}, {speaker} said on {day}.",
    "At least {m} civilians were killed and {k} injured in {place}, according to {speaker}.",
    "{Speaker} said air defences shot down {m} of {n2} drones overnight.",
    "The enemy launched {m} missiles at {place}, {speaker} said.",
    "Between {n:,} and {n3:,} people have fled {place} since the spring, {speaker} estimated.",
    "Residents described long queues for water and fuel as the shelling went on.",
    "Shops in the centre stayed shut, and the trams that usually run along the river were idle.",
    "Volunteers handed out bread and blankets outside the railway station before the curfew.",
    "The mayor urged people to stay in shelters until the all-clear, and schools moved online.",
    "Diplomats met again in the capital, but neither side signalled a change in its position.",
    "Farmers near the front line say mines and unexploded shells make the fields unsafe.",
    "The power company warned of rolling blackouts while engineers repaired the damage.",
    "Parliament is expected to debate a new mobilisation law when it meets next month.",
    "Satellite images reviewed by researchers showed fresh craters near the airfield.",
    "The talks, which began in {year}, have stalled over the question of guarantees.",
    "Analysts said the figures could not be independently verified.",
    "A 58-year-old teacher said the Kh-101 strike shattered windows on a 9-storey block.",
    "Aid worth $120 million arrived, covering 30% of the winter needs of {place}.",
]


def synthetic_article(rng: random.Random) -> tuple[str, str]:
    """A ~1,000-word article of news-like sentences: (title, text with paragraphs)."""
    paragraphs, words = [], 0
    while words < WORDS_PER_ARTICLE:
        paragraph = []
        for _ in range(rng.randint(2, 4)):
            speaker = rng.choice(_SPEAKERS)
            sentence = rng.choice(_SENTENCES).format(
                n=rng.randint(2, 90) * 100,
                n2=rng.randint(40, 90),
                n3=rng.randint(100, 200) * 100,
                m=rng.randint(2, 39),
                k=rng.randint(2, 60),
                place=rng.choice(_PLACES),
                speaker=speaker,
                Speaker=speaker[0].upper() + speaker[1:],
                day=rng.choice(["Monday", "Tuesday", "Friday"]),
                year=rng.randint(2014, 2023),
            )
            paragraph.append(sentence)
            words += len(sentence.split())
        paragraphs.append(" ".join(paragraph))
    return "Fighting intensifies along the front", "\n\n".join(paragraphs)


def as_html(title: str, text: str) -> str:
    """The article as a news page: navigation, the story, related links and a footer."""
    body = "".join(f"<p>{html.escape(p)}</p>\n" for p in text.split("\n\n"))
    nav = "".join(f'<li><a href="/section/{i}">Section {i}</a></li>' for i in range(12))
    related = "".join(f'<li><a href="/story/{i}">Related story {i}</a></li>' for i in range(8))
    return (
        f"<!doctype html><html><head><title>{html.escape(title)}</title>"
        '<meta name="date" content="2025-03-06"></head><body>'
        f"<header><nav><ul>{nav}</ul></nav></header><main><article>"
        f"<h1>{html.escape(title)}</h1><p class='byline'>By Staff Reporter</p>{body}"
        f"</article><aside><ul>{related}</ul></aside></main>"
        "<footer><p>Copyright. All rights reserved.</p></footer></body></html>"
    )


def as_real_page(index: int, title: str, text: str) -> str:
    """The article inside the menus, related links and scripts of a real news page (~150 KB)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from ingest import boilerplate

    head, chrome = boilerplate(random.Random(index))
    top, bottom = chrome.split("\x00")
    body = "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n\n"))
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title>"
        '<meta property="article:published_time" content="2025-03-06T08:00:00Z">'
        f"{head}</head><body>{top}<main><article><h1>{html.escape(title)}</h1>{body}"
        f"</article></main>{bottom}</body></html>"
    )


def _extract_with_metadata(page: str) -> None:
    trafilatura.bare_extraction(page, url="https://example.org/story", with_metadata=True)


def _per_second(run, items) -> float:
    best = float("inf")
    for _ in range(ROUNDS):
        start = time.process_time()
        for item in items:
            run(item)
        best = min(best, time.process_time() - start)
    return len(items) / best if best else float("inf")


def _one_core() -> None:
    # CPU time of one process on one core: neither side gains from a second core or a busy one.
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def main() -> None:
    """Time both extractions on the same articles and print a table and the ratio."""
    _one_core()
    rng = random.Random(2025)
    articles = [synthetic_article(rng) for _ in range(ARTICLES)]
    pages = [as_html(title, text) for title, text in articles]
    inputs = [
        ArticleInput(
            url="https://example.org/", title=t, text=x, published=datetime.date(2025, 3, 6)
        )
        for t, x in articles
    ]
    extractor = RulesExtractor()
    claims = sum(len(extractor.extract(article)) for article in inputs)
    # Fair only if trafilatura really extracts the story: nearly all of its words, not an empty
    # result found fast.
    extracted = sum(len((trafilatura.extract(page) or "").split()) for page in pages)
    source = sum(len(text.split()) for _, text in articles)
    if extracted < 0.95 * source:
        raise SystemExit(f"trafilatura extracted {extracted} of {source} words: not comparable")
    real_pages = [as_real_page(i, title, text) for i, (title, text) in enumerate(articles)]
    trafilatura_rate = _per_second(trafilatura.extract, pages)
    real_page_rate = _per_second(_extract_with_metadata, real_pages)
    rules_rate = _per_second(extractor.extract, inputs)
    words = sum(len(text.split()) for _, text in articles) / len(articles)
    real_kb = sum(len(page) for page in real_pages) / len(real_pages) / 1024
    print(f"{len(articles)} synthetic articles, {words:.0f} words each on average, one core")
    print(f"{'step':<52} {'articles/s':>12} {'ms/article':>12}")
    for name, rate in (
        ("trafilatura.extract, light page (HTML -> text)", trafilatura_rate),
        (f"trafilatura.bare_extraction, real page ({real_kb:.0f} KB)", real_page_rate),
        ("rules claim extractor (text)", rules_rate),
    ):
        print(f"{name:<52} {rate:>12.1f} {1000 / rate:>12.2f}")
    print(f"rules / trafilatura speed ratio, light page: {rules_rate / trafilatura_rate:.1f}x")
    print(f"rules / trafilatura speed ratio, real page:  {rules_rate / real_page_rate:.1f}x")
    print(f"claims found: {claims} ({claims / len(articles):.1f} per article)")
    heldout = _heldout_articles()
    if heldout:
        pages = [as_html(article.title, article.text) for article in heldout]
        trafilatura_ms = 1000 / _per_second(trafilatura.extract, pages)
        rules_ms = 1000 / _per_second(extractor.extract, heldout)
        words = sum(len(article.text.split()) for article in heldout) / len(heldout)
        print(
            f"labelled test articles ({len(heldout)}, {words:.0f} words on average), light page:"
            f" trafilatura {trafilatura_ms:.2f} ms, rules {rules_ms:.2f} ms an article,"
            f" ratio {trafilatura_ms / rules_ms:.1f}x"
        )


def _heldout_articles() -> list[ArticleInput]:
    """The labelled test articles of 600 words or more, as the extractor reads them."""
    articles = []
    folder = (
        Path(__file__).resolve().parent.parent / "tests" / "extraction" / "heldout" / "articles"
    )
    for path in sorted(folder.glob("*.json")):
        article = json.loads(path.read_text(encoding="utf-8"))
        if len(article["text"].split()) >= 600:
            articles.append(
                ArticleInput(
                    url=article["url"],
                    title=article["title"],
                    text=article["text"],
                    published=datetime.date.fromisoformat(article["published"]),
                )
            )
    return articles


if __name__ == "__main__":
    main()
