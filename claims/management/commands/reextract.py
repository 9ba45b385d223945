"""Run claim extraction again on stored articles, keeping every claim a person has reviewed."""

from django.core.management.base import BaseCommand, CommandError

from claims.services import article_claims_extract
from sources.models import Article, ArticleVersion


class Command(BaseCommand):
    help = (
        "Extract claims again from the latest text of one article (--article ID) or of every "
        "article (--all). Replaces only proposals nobody has reviewed or edited."
    )

    def add_arguments(self, parser):
        which = parser.add_mutually_exclusive_group(required=True)
        which.add_argument("--article", type=int, metavar="ID", help="one article by id")
        which.add_argument("--all", action="store_true", help="every article with stored text")

    def handle(self, *args, article=None, all=False, **options):
        if article is not None and not Article.objects.filter(pk=article).exists():
            raise CommandError(f"There is no article with id {article}.")
        articles = Article.objects.filter(versions__isnull=False).distinct().order_by("pk")
        if article is not None:
            articles = articles.filter(pk=article)
        done = failed = 0
        for article_id in articles.values_list("pk", flat=True).iterator():
            version = (
                ArticleVersion.objects.filter(article_id=article_id)
                .order_by("-fetched_at", "-pk")
                .values_list("pk", flat=True)
                .first()
            )
            found = article_claims_extract(article_id=article_id, version_id=version)
            if found is None:
                failed += 1
                error = (
                    Article.objects.filter(pk=article_id).values_list("error", flat=True).first()
                )
                self.stderr.write(f"article {article_id}: {error or 'skipped'}")
            else:
                done += 1
                self.stdout.write(f"article {article_id}: {found} claims found")
        if article is not None and not done and not failed:
            raise CommandError(f"Article {article} has no stored text to extract from.")
        self.stdout.write(f"{done} articles extracted, {failed} failed")
