"""`manage.py ingest` and `manage.py import_urls` do what the submit page does."""

import pytest
from django.core.management import call_command

from sources.management.commands.import_urls import read_urls
from sources.models import Article
from tests.pipeline.conftest import article_html

pytestmark = pytest.mark.django_db(transaction=True)

TROOPS = "Officials said about 11,000 North Korean soldiers had been sent to the Kursk region."


def test_ingest_fetches_the_addresses_and_says_how_each_ended(
    fakeweb, eager_tasks, nobody_extracting, capsys
):
    good = fakeweb.add("/good", article_html("Good story", TROOPS))
    missing = fakeweb.url("/missing")

    call_command("ingest", good, missing, "not-a-url")

    output = capsys.readouterr()
    assert f"done     {good} — Good story" in output.out
    assert f"failed   {missing} — the site answered 404" in output.out
    assert "skipped not-a-url" in output.err
    assert dict(Article.objects.values_list("url", "status")) == {good: "done", missing: "failed"}


def test_import_urls_reads_a_csv_with_a_url_column(
    fakeweb, eager_tasks, nobody_extracting, tmp_path
):
    first = fakeweb.add("/1", article_html("First", TROOPS))
    second = fakeweb.add("/2", article_html("Second", TROOPS))
    csv_file = tmp_path / "urls.csv"
    csv_file.write_text(f'title,URL\n"First, story",{first}\nSecond,{second}\nAgain,{first}\n')

    call_command("import_urls", str(csv_file), verbosity=0)

    assert Article.objects.filter(status="done").count() == 2


def test_a_plain_list_skips_blank_lines_and_comments():
    assert read_urls("# mine\nhttps://a.example/1\n\nhttps://b.example/2\n") == [
        "https://a.example/1",
        "https://b.example/2",
    ]
