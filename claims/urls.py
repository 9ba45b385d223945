from django.urls import path

from . import views

urlpatterns = [
    path("", views.claim_list, name="claim_list"),
    path("claims/<int:pk>/", views.claim_detail, name="claim_detail"),
    path("topics/<slug:slug>/", views.topic_detail, name="topic_detail"),
    path("actors/<slug:slug>/", views.actor_detail, name="actor_detail"),
]
