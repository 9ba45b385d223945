"""Template helpers for reviewing claims: the quote shown inside its sentence."""

from django import template

register = template.Library()


def split_quote(sentence: str, quote: str) -> tuple[str, str, str]:
    """Split `sentence` into (before, quote, after) around the first occurrence of `quote`.

    Matching ignores case, so an extractor that normalised capitals still lands on the right words.
    With no sentence the quote stands alone; a quote not in its sentence is not highlighted at all,
    since marking the wrong words would mislead a reviewer.
    """
    sentence, quote = sentence or "", quote or ""
    if not sentence:
        return "", quote, ""
    if not quote:
        return sentence, "", ""
    start = sentence.find(quote)
    if start < 0:
        start = sentence.casefold().find(quote.casefold())
        # Case folding can change a string's length (ß → ss); only trust it when it did not.
        if start < 0 or len(sentence.casefold()) != len(sentence):
            return sentence, "", ""
    end = start + len(quote)
    return sentence[:start], sentence[start:end], sentence[end:]


@register.filter
def quote_parts(claim) -> tuple[str, str, str]:
    """`{% with parts=claim|quote_parts %}`: before, quote and after, each escaped by the template."""
    return split_quote(claim.sentence, claim.quote)
