from django.shortcuts import get_object_or_404, render

from .models import Article


def article_detail(request, pk):
    """An article: its metadata, the link to the original and its versions."""
    article = get_object_or_404(Article.objects.select_related("outlet"), pk=pk)
    return render(request, "sources/article_detail.html", {"article": article})
