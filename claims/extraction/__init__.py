"""Claim extraction: reads figures, what they count and who asserted them out of article text.

Pure Python on purpose: the extractors run in workers, commands and benchmarks without a database.
Pick one with `get_extractor()`; the `rules` extractor is the offline default.
"""

from claims.extraction.base import Extractor, get_extractor, register_extractor
from claims.extraction.schema import ArticleInput, ExtractedClaim

__all__ = ["ArticleInput", "ExtractedClaim", "Extractor", "get_extractor", "register_extractor"]
