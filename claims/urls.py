from django.urls import path

from .views import actors, api, articles, browse, compare, exports, feeds, health, review, topics

urlpatterns = [
    # Browse and search (the home page), and its downloads.
    path("", browse.claim_list, name="claim_list"),
    path("claims/choices/", browse.filter_choices, name="claim_filter_choices"),
    path("claims.csv", exports.claims_csv, name="claims_csv"),
    path("claims.json", exports.claims_json, name="claims_json"),
    # Topics and their timelines.
    path("topics/", topics.topic_list, name="topic_list"),
    path("topics/<slug:slug>/", topics.topic_detail, name="topic_detail"),
    path("topics/<slug:slug>/feed/", feeds.topic_feed, name="topic_feed"),
    # Competing figures side by side.
    path("compare/", compare.compare_topics, name="compare_topics"),
    path("compare/actors/", compare.compare_actors, name="compare_actors"),
    # Actors.
    path("actors/", actors.actor_list, name="actor_list"),
    path("actors/<slug:slug>/", actors.actor_detail, name="actor_detail"),
    path("actors/<slug:slug>/feed/", feeds.actor_feed, name="actor_feed"),
    # Articles, with their text and claims highlighted.
    path("articles/<int:pk>/", articles.article_detail, name="article_detail"),
    # One claim, and reviewing claims.
    path("claims/<int:pk>/", review.claim_detail, name="claim_detail"),
    path("claims/<int:pk>/confirm/", review.claim_confirm, name="claim_confirm"),
    path("claims/<int:pk>/reject/", review.claim_reject, name="claim_reject"),
    path("claims/<int:pk>/correct/", review.claim_correct, name="claim_correct"),
    path("claims/<int:pk>/move/", review.claim_move, name="claim_move"),
    path("review/", review.review_queue, name="review_queue"),
    path("review/confirm/", review.bulk_confirm, name="bulk_confirm"),
    path("claims/<int:pk>/supersede/", review.claim_supersede, name="claim_supersede"),
    path("review/lookup/<str:kind>/", review.lookup, name="review_lookup"),
    # The read-only JSON API.
    path("api/claims/", api.api_claims, name="api_claims"),
    path("api/topics/", api.api_topics, name="api_topics"),
    path("api/actors/", api.api_actors, name="api_actors"),
    path("api/articles/", api.api_articles, name="api_articles"),
    path("api/openapi.json", api.api_schema, name="api_schema"),
    # A trivial page for health checks and the page benchmark's baseline.
    path("healthz/", health.healthz, name="healthz"),
]
