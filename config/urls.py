"""Top-level URLs: the admin for staff, auth pages, the REST API (api/) and the pages."""

from django.conf import settings
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import URLPattern, URLResolver, include, path

urlpatterns: list[URLPattern | URLResolver] = [
    path("login/", auth_views.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("api/v1/", include("api.urls")),
    path("", include("api.account")),
    path("", include("statements.urls")),
    path("", include("sources.urls")),
    path("", include("watch.urls")),
]
# A fault under /api/v1/ answers the API's JSON error body; elsewhere Django's 500 page.
handler500 = "api.errors.server_error"
# At the configured path (ADMIN_PATH), not the well-known /admin/; off when empty.
if settings.ADMIN_PATH:
    urlpatterns.insert(0, path(settings.ADMIN_PATH, admin.site.urls))
