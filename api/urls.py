"""/api/v1/: fixed names scripts rely on (the schema, statements).

DRF's views are exempt from the site's LoginRequiredMiddleware (a script with a token would
otherwise be sent to the login page): the API answers 401 and 403 itself (api.permissions). The
schema and the docs page are public: they describe the API, they hold no data.
"""

from django.contrib.auth.decorators import login_not_required
from django.urls import URLPattern, path, re_path
from drf_spectacular.views import SpectacularJSONAPIView

from api import views
from api.errors import not_found

app_name = "api"


urlpatterns: list[URLPattern] = [
    path("schema/", SpectacularJSONAPIView.as_view(), name="schema"),
    # The interactive docs: Swagger UI from our static files, its set-up script a separate file
    # (the split view), so the page runs under the site's CSP.
    path("docs/", views.Docs.as_view(url_name="api:schema"), name="docs"),
    path("stories/", views.StoryList.as_view(), name="story-list"),
    path("stories/<int:pk>/", views.StoryDetail.as_view(), name="story-detail"),
    path("statements/", views.StatementList.as_view(), name="statement-list"),
    path("statements/<int:pk>/", views.StatementDetail.as_view(), name="statement-detail"),
    path("statements/<int:pk>/review/", views.StatementReview.as_view(), name="statement-review"),
    path("actors/", views.ActorList.as_view(), name="actor-list"),
    path("actors/<int:pk>/", views.ActorDetail.as_view(), name="actor-detail"),
    path("articles/", views.ArticleList.as_view(), name="article-list"),
    path("articles/<int:pk>/", views.ArticleDetail.as_view(), name="article-detail"),
    path("articles/<int:pk>/status/", views.ArticleStatus.as_view(), name="article-status"),
    path("search/", views.Search.as_view(), name="search"),
    re_path(r"^.*$", login_not_required(not_found), name="not-found"),
]
