"""The llm extractor against a local stand-in for an OpenAI-compatible endpoint."""

import datetime
import json
import logging
import socket

import pytest

from claims.extraction import ArticleInput, get_extractor
from claims.extraction.llm import ExtractorUnavailable, LLMExtractor, find_span

TEXT = (
    "Kyiv, Nov 13. Ukraine's air force said it shot down 62 of the 90 drones Russia launched "
    "overnight.\n\nAt least 4 people were wounded in the Odesa region, the governor said."
)
ARTICLE = ArticleInput(
    url="https://example.org/drones",
    title="Overnight drone attack",
    text=TEXT,
    published=datetime.date(2024, 11, 13),
    outlet="Example Wire",
)


def claim(**fields):
    base = {
        "quote": "shot down 62 of the 90 drones",
        "sentence": "Ukraine's air force said it shot down 62 of the 90 drones Russia launched overnight.",
        "category": "intercepted",
        "value_low": 62,
        "value_high": 62,
        "qualifier": None,
        "wording": "62",
        "subject": "drones",
        "location": None,
        "actor": "Ukraine's air force",
        "relayed_by": None,
        "stated_on": "2024-11-13",
        "confidence": 0.9,
    }
    return base | fields


def test_it_is_registered_under_llm(model_server, settings):
    settings.CLAIM_EXTRACTOR = "llm"
    extractor = get_extractor()
    assert isinstance(extractor, LLMExtractor)
    assert extractor.version == "1:test-model"


def test_it_asks_for_json_with_the_schema_and_the_article(model_server):
    model_server.answer({"claims": []})

    LLMExtractor().extract(ARTICLE)

    (request,) = model_server.requests
    assert request["path"] == "/v1/chat/completions"
    assert request["headers"]["Authorization"] == "Bearer sk-test"
    body = request["json"]
    assert body["model"] == "test-model"
    assert body["response_format"] == {"type": "json_object"}
    system, user = body["messages"]
    assert system["role"] == "system" and '"value_low"' in system["content"]
    assert "intercepted" in system["content"]
    assert user["content"].startswith("Title: Overnight drone attack\nPublished: 2024-11-13")
    assert TEXT in user["content"]


def test_a_good_answer_becomes_claims_with_spans_found_in_the_text(model_server):
    model_server.answer(
        {
            "claims": [
                claim(),
                claim(
                    quote="At least 4 people were wounded",
                    sentence="made up by the model",
                    category="wounded",
                    value_low=4,
                    value_high=None,
                    qualifier="at least",
                    subject="people",
                    location="Odesa region",
                    actor="the governor",
                    confidence="high",
                ),
            ]
        }
    )

    first, second = LLMExtractor().extract(ARTICLE)

    assert TEXT[first.span_start : first.span_end] == "shot down 62 of the 90 drones"
    assert (first.category, first.value_low, first.value_high) == ("intercepted", 62, 62)
    assert first.actor == "Ukraine's air force"
    assert first.stated_on == datetime.date(2024, 11, 13)
    assert (second.value_low, second.value_high, second.qualifier) == (4, None, "at least")
    assert second.location == "Odesa region"
    assert TEXT[second.span_start : second.span_end] == "At least 4 people were wounded"
    # The model's sentence did not contain the quote: the real one is used.
    assert (
        second.sentence == "At least 4 people were wounded in the Odesa region, the governor said."
    )
    assert second.confidence == 0.6


def test_a_quote_with_other_spacing_or_case_is_found_and_copied_from_the_text(model_server):
    model_server.answer([claim(quote="SHOT DOWN 62   of the 90\ndrones")])
    (found,) = LLMExtractor().extract(ARTICLE)
    assert found.quote == "shot down 62 of the 90 drones"


def test_a_json_answer_in_a_code_fence_is_read(model_server):
    model_server.answer('```json\n{"claims": [' + json.dumps(claim()) + "]}\n```")
    assert len(LLMExtractor().extract(ARTICLE)) == 1


@pytest.mark.parametrize(
    ("bad", "reason"),
    [
        ({"quote": "shot down 75 of the 90 drones"}, "does not occur"),
        ({"quote": ""}, "no quote"),
        ({"category": "vibes"}, "not in the vocabulary"),
        ({"value_low": -5, "value_high": -5}, "out of range"),
        ({"value_low": 62.5, "value_high": 62.5}, "not a whole number"),
        ({"value_low": "sixty", "value_high": None}, "not a number"),
        ({"value_low": 90, "value_high": 62}, "above high bound"),
        ({"value_low": 10**12, "value_high": 10**12}, "out of range"),
        ({"value_low": None, "value_high": None}, "no figure"),
        ({"value_low": True, "value_high": True}, "not a number"),
    ],
)
def test_invalid_claims_are_dropped_and_the_reason_logged(model_server, caplog, bad, reason):
    model_server.answer({"claims": [claim(**bad), claim()]})

    with caplog.at_level(logging.INFO, logger="claims.extraction.llm"):
        kept = LLMExtractor().extract(ARTICLE)

    assert len(kept) == 1 and kept[0].value_low == 62
    assert reason in caplog.text


@pytest.mark.parametrize(
    "content",
    ["this is not json", '{"claims": "none"}', "[1, 2", '{"claims": [42, null, "x"]}', ""],
)
def test_a_malformed_answer_yields_no_claims_instead_of_an_error(model_server, content):
    model_server.answer(content)
    assert LLMExtractor().extract(ARTICLE) == []


def test_an_answer_that_is_not_a_chat_completion_yields_no_claims(model_server):
    model_server.respond(200, '{"error": "model is loading"}')
    assert LLMExtractor().extract(ARTICLE) == []


@pytest.mark.parametrize("status", [429, 500, 503])
def test_an_overloaded_endpoint_is_reported_as_unavailable(model_server, status):
    model_server.respond(status, '{"error": "busy"}')
    with pytest.raises(ExtractorUnavailable, match=str(status)):
        LLMExtractor().extract(ARTICLE)


def test_a_refused_request_is_an_error_with_the_endpoints_reason(model_server):
    model_server.respond(400, '{"error": "unknown model test-model"}')
    with pytest.raises(RuntimeError, match="unknown model test-model"):
        LLMExtractor().extract(ARTICLE)


def test_a_slow_or_absent_endpoint_is_unavailable(model_server):
    model_server.delay = 1.0
    with pytest.raises(ExtractorUnavailable, match="did not answer"):
        LLMExtractor(timeout=0.2).extract(ARTICLE)
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        nobody_listens = f"http://127.0.0.1:{closed.getsockname()[1]}/v1"
    with pytest.raises(ExtractorUnavailable):
        LLMExtractor(base_url=nobody_listens).extract(ARTICLE)


def test_it_needs_an_endpoint_and_a_model(settings):
    settings.LLM_BASE_URL = ""
    with pytest.raises(ValueError, match="LLM_BASE_URL"):
        LLMExtractor()


def test_find_span_prefers_the_occurrence_after_the_previous_claim():
    text = "5 killed in the north. Later, 5 killed in the south."
    assert find_span(text, "5 killed", 10) == (30, 38)
    assert find_span(text, "5 killed", 0) == (0, 8)
    assert find_span(text, "7 killed") is None
