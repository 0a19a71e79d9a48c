"""/api/v1/: fixed names scripts rely on (the schema, statements); one login-free entry per view.

The site's LoginRequiredMiddleware would send a token-bearing script to the login page, so each
API view is marked login_not_required: the API checks its own authentication (401) and roles (403).
"""

from typing import Any

from django.contrib.auth.decorators import login_not_required
from django.urls import URLPattern, path, re_path
from drf_spectacular.views import SpectacularJSONAPIView

from api import views
from api.errors import not_found

app_name = "api"


def api(view: Any) -> Any:
    return login_not_required(view.as_view())


urlpatterns: list[URLPattern] = [
    path("schema/", api(SpectacularJSONAPIView), name="schema"),
    # The interactive docs: Swagger UI from our static files, its set-up script a separate file
    # (the split view), so the page runs under the site's CSP. Reading it needs a login.
    path("docs/", views.Docs.as_view(url_name="api:schema"), name="docs"),
    path("stories/", api(views.StoryList), name="story-list"),
    path("stories/<int:pk>/", api(views.StoryDetail), name="story-detail"),
    path("statements/", api(views.StatementList), name="statement-list"),
    path("statements/<int:pk>/", api(views.StatementDetail), name="statement-detail"),
    path("statements/<int:pk>/review/", api(views.StatementReview), name="statement-review"),
    path("actors/", api(views.ActorList), name="actor-list"),
    path("actors/<int:pk>/", api(views.ActorDetail), name="actor-detail"),
    path("articles/", api(views.ArticleList), name="article-list"),
    path("articles/<int:pk>/", api(views.ArticleDetail), name="article-detail"),
    path("articles/<int:pk>/status/", api(views.ArticleStatus), name="article-status"),
    path("search/", api(views.Search), name="search"),
    re_path(r"^.*$", login_not_required(not_found), name="not-found"),
]
