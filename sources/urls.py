from django.urls import path

from . import views

urlpatterns = [
    path("submit/", views.submit, name="submit"),
    path("submissions/", views.submission_list, name="submission_list"),
    path("submissions/<int:pk>/", views.submission_row, name="submission_row"),
    path("submissions/<int:pk>/refetch/", views.article_refetch, name="article_refetch"),
    path("feeds/", views.feed_list, name="feed_list"),
]
