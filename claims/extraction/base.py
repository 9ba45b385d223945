"""The extractor interface and the registry that picks one by name."""

from __future__ import annotations

from importlib import import_module
from typing import ClassVar

from claims.extraction.schema import ArticleInput, ExtractedClaim

DEFAULT_EXTRACTOR = "rules"

# name -> "module:ClassName". Import paths rather than classes, so that an extractor with heavy
# dependencies (an LLM client) is imported only when it is chosen.
_REGISTRY: dict[str, str | type[Extractor]] = {
    "rules": "claims.extraction.rules:RulesExtractor",
    "llm": "claims.extraction.llm:LLMExtractor",
}


class Extractor:
    """Reads claims out of one article. Subclasses set `name` and `version` and define `extract`."""

    name: ClassVar[str] = ""
    version: ClassVar[str] = ""

    def extract(self, article: ArticleInput) -> list[ExtractedClaim]:
        """Return the claims stated in the article, in text order."""
        raise NotImplementedError


def register_extractor(name: str, target: str | type[Extractor]) -> None:
    """Make an extractor available to `get_extractor(name)`: a class or a "module:Class" path."""
    _REGISTRY[name] = target


def available_extractors() -> list[str]:
    """The names `get_extractor` accepts."""
    return sorted(_REGISTRY)


def get_extractor(name: str | None = None) -> Extractor:
    """An instance of the extractor called `name`, by default the `CLAIM_EXTRACTOR` setting."""
    if name is None:
        name = _configured_name()
    try:
        target = _REGISTRY[name]
    except KeyError:
        raise ValueError(
            f"Unknown claim extractor {name!r}; choose one of {', '.join(available_extractors())}"
        ) from None
    if isinstance(target, str):
        module_path, _, class_name = target.partition(":")
        target = getattr(import_module(module_path), class_name)
    return target()


def _configured_name() -> str:
    # Read lazily so that the extractor stays importable (and testable) without configured settings.
    from django.conf import settings
    from django.core.exceptions import ImproperlyConfigured

    try:
        return getattr(settings, "CLAIM_EXTRACTOR", DEFAULT_EXTRACTOR) or DEFAULT_EXTRACTOR
    except ImproperlyConfigured:  # a plain script with no settings module
        return DEFAULT_EXTRACTOR
