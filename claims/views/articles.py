"""An article: its metadata, versions, and text with each claim's words highlighted."""

from collections import defaultdict
from dataclasses import dataclass, field
from itertools import pairwise

from django.shortcuts import get_object_or_404, render

from sources.models import Article, ArticleVersion

from ..models import Claim


@dataclass
class Segment:
    """A stretch of article text and the claims whose span covers all of it (none: plain text)."""

    text: str
    claims: list = field(default_factory=list)


def highlight_segments(text: str, claims) -> list[Segment]:
    """Cut `text` at every claim span's ends, so each piece is covered by the same claims.

    Overlapping spans split into pieces covered by one or several claims, never into nested marks.
    Spans that do not fit inside the text (from a different version, or simply wrong) are left out.
    """
    spans = [
        (claim.span_start, claim.span_end, claim)
        for claim in claims
        if claim.span_start is not None
        and claim.span_end is not None
        and 0 <= claim.span_start < claim.span_end <= len(text)
    ]
    if not spans:
        return [Segment(text)] if text else []
    opening, closing = defaultdict(list), defaultdict(list)
    for number, (start, end, claim) in enumerate(spans):
        opening[start].append((number, claim))
        closing[end].append(number)
    bounds = sorted({0, len(text), *opening, *closing})
    # One sweep from left to right, keeping the claims open at each point in the order they opened.
    segments, open_claims = [], {}
    for start, end in pairwise(bounds):
        for number in closing.get(start, ()):
            del open_claims[number]
        open_claims.update(opening.get(start, ()))
        segments.append(Segment(text[start:end], list(open_claims.values())))
    return segments


def _fits(claim: Claim, version: ArticleVersion, text: str) -> bool:
    """Whether a claim's span points into this version's text.

    A claim read from this version fits by definition; one with no recorded version fits only
    where its quote is exactly what the span covers, so a stale offset never marks the wrong words.
    """
    if claim.status in (Claim.Status.REJECTED, Claim.Status.SUPERSEDED):
        return False
    if claim.article_version_id == version.pk:
        return True
    if claim.article_version_id is None and claim.span_start is not None and claim.quote:
        return text[claim.span_start : claim.span_end] == claim.quote
    return False


def article_detail(request, pk):
    """Metadata, the link to the original, its versions, and the chosen version's highlighted text."""
    article = get_object_or_404(Article.objects.select_related("outlet", "submitted_by"), pk=pk)
    versions = list(article.versions.defer("text").order_by("-fetched_at", "-pk"))
    chosen = request.GET.get("version", "")
    version = next((v for v in versions if str(v.pk) == chosen), versions[0] if versions else None)
    text = (
        ArticleVersion.objects.values_list("text", flat=True).get(pk=version.pk) if version else ""
    )
    claims = list(
        article.claims.select_related("actor", "relayed_by", "topic", "place").order_by(
            "span_start", "pk"
        )
    )
    segments = highlight_segments(
        text, [claim for claim in claims if version and _fits(claim, version, text)]
    )
    context = {
        "article": article,
        "versions": versions,
        "version": version,
        "segments": segments,
        "claims": claims,
        "highlighted_ids": {claim.pk for segment in segments for claim in segment.claims},
    }
    return render(request, "claims/article_detail.html", context)
