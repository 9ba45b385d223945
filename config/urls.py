from django.contrib import admin
from django.urls import include, path

from claims.accounts import LoginView

urlpatterns = [
    path("admin/", admin.site.urls),
    # Sign-in with failed attempts rate-limited; before the auth URLs so it takes their "login".
    path("accounts/login/", LoginView.as_view(), name="login"),
    path("accounts/", include("django.contrib.auth.urls")),
    path("", include("sources.urls")),
    path("", include("claims.urls")),
]
