"""Analysts' pages: stories, a story's timeline, actors, articles, search."""

from django.contrib.auth.decorators import permission_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import path
from django.views.decorators.http import require_safe

from statements.models import Story


@require_safe
@permission_required("statements.view_story", raise_exception=True)
def story_list(request: HttpRequest) -> HttpResponse:
    """The disputed stories, newest activity first."""
    page = Paginator(Story.objects.all(), 25).get_page(request.GET.get("page"))
    return render(request, "statements/story_list.html", {"page": page})


urlpatterns = [
    path("", story_list, name="stories"),
]
