"""The extract_claims command: the evaluation contract's JSON, or a table."""

import io
import json

import pytest
from django.core.management import CommandError, call_command

ARTICLE = {
    "url": "https://example.org/story",
    "title": "Border build-up",
    "published": "2025-03-06",
    "text": "The defence ministry said on Monday that about 4,000 troops were sent to the border.",
}


@pytest.fixture
def article_file(tmp_path):
    path = tmp_path / "story.json"
    path.write_text(json.dumps(ARTICLE))
    return path


def test_it_prints_one_item_per_file_as_json(article_file):
    out = io.StringIO()
    call_command("extract_claims", "--json", str(article_file), str(article_file), stdout=out)
    items = json.loads(out.getvalue())
    assert [item["file"] for item in items] == [str(article_file)] * 2
    claim = items[0]["claims"][0]
    assert claim["category"] == "deployed"
    assert (claim["value_low"], claim["value_high"]) == (4000, 4000)
    assert claim["qualifier"] == "about"
    assert claim["actor"] == "defence ministry"
    assert claim["stated_on"] == "2025-03-03"
    assert ARTICLE["text"][claim["span_start"] : claim["span_end"]] == claim["quote"]
    assert {"sentence", "subject", "location", "relayed_by", "wording", "confidence"} <= set(claim)


def test_it_prints_a_table_without_json(article_file):
    out = io.StringIO()
    call_command("extract_claims", str(article_file), stdout=out)
    assert "deployed" in out.getvalue()
    assert "4,000" in out.getvalue()


def test_it_rejects_an_unknown_extractor(article_file):
    with pytest.raises(CommandError, match="Unknown claim extractor"):
        call_command("extract_claims", "--extractor", "nope", str(article_file))
