"""Story dossier downloads: a stable URL per story and format, and background builds with htmx.

GET stories/<slug>/dossier.<fmt> serves the cached file while the story is unchanged, building it
first when it is small; a large one is queued and the answer is the progress page (202). The
export button posts to `story_dossier_build` with the same rule; the fragment polls the build.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from django import forms
from django.contrib.auth.decorators import permission_required
from django.http import FileResponse, Http404, HttpResponse, HttpResponseBadRequest
from django.http.response import HttpResponseBase
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.views.decorators.http import require_POST, require_safe

from statements import services
from statements.export import FORMATS, INCLUDE_DEFAULT, builds
from statements.htmx import HtmxHttpRequest, render_htmx
from statements.models import DossierBuild, DossierBuildStatus, Stance, Story
from statements.querysets import INCLUDE_CHOICES, INCLUDE_LABELS, Filters

PAGE = "statements/dossier/export.html"
FORMAT_LABELS = {"pdf": "PDF", "md": "Markdown", "json": "JSON", "csv": "CSV"}


class DossierForm(forms.Form):
    """What to export: the format (for builds), inclusion and the timeline's filters."""

    format = forms.ChoiceField(choices=list(FORMAT_LABELS.items()), required=False)
    include = forms.ChoiceField(choices=INCLUDE_CHOICES, required=False)
    actor = forms.IntegerField(required=False, min_value=1)
    who = forms.CharField(required=False, max_length=200)
    country = forms.RegexField(r"^[A-Z]{2}$", required=False, max_length=2)
    stance = forms.ChoiceField(choices=[("", "Any"), *Stance.choices], required=False)
    since = forms.DateField(required=False)
    until = forms.DateField(required=False)

    def options(self) -> tuple[str, str, Filters]:
        """Format, inclusion and filters of a valid form."""
        data = self.cleaned_data
        filters = Filters(
            actor=data.get("actor"),
            who=(data.get("who") or "").strip(),
            country=data.get("country") or "",
            stance=data.get("stance") or "",
            since=data.get("since"),
            until=data.get("until"),
        )
        return data.get("format") or "pdf", data.get("include") or INCLUDE_DEFAULT, filters

    def error_text(self) -> str:
        return "; ".join(
            f"{name}: {' '.join(str(e) for e in errors)}" for name, errors in self.errors.items()
        )


def export_params(include: str, filters: Filters) -> list[tuple[str, str]]:
    """The inclusion and filters as (name, value) pairs, for a query string or hidden inputs."""
    params = [(k, str(v)) for k, v in builds.filters_to_dict(filters).items() if v]
    if include != INCLUDE_DEFAULT:
        params.append(("include", include))
    return params


def export_context(include: str, filters: Filters) -> dict[str, Any]:
    """What the export menu shows of the page's filters (see _export_button.html)."""
    return {
        "export_params": export_params(include, filters),
        "export_filtered": filters.narrows_statements,
        "include_label": INCLUDE_LABELS[include],
    }


def _query(include: str, filters: Filters, **extra: str) -> str:
    params = dict(export_params(include, filters))
    params.update(extra)
    return f"?{urlencode(params)}" if params else ""


def _empty(story: Story, include: str, filters: Filters) -> dict[str, Any]:
    narrowed = " and these filters" if filters.narrows_statements else ""
    return {
        "story": story,
        "include": include,
        **export_context(include, filters),
        "form_error": (
            f"No statement matches ({INCLUDE_LABELS[include].lower()}{narrowed}), so no dossier "
            "was made. Include unreviewed or rejected statements, or clear the filters."
        ),
    }


def _state(
    story: Story, fmt: str, build: DossierBuild | None, include: str, filters: Filters
) -> dict[str, Any]:
    """What the progress fragment shows of a build (none yet: nothing asked for)."""
    download = reverse("story_dossier", args=[story.slug, fmt]) + _query(include, filters)
    status = reverse("story_dossier_status", args=[story.slug])
    building, elapsed, failure = False, 0, ""
    if build is not None:
        building = build.is_building
        elapsed = int((timezone.now() - build.requested_at).total_seconds()) if building else 0
        failure = build.error if build.status == DossierBuildStatus.FAILED else ""
        failure = failure or (builds.STOPPED if build.is_stalled else "")
    return {
        "story": story,
        "fmt": fmt,
        "fmt_label": FORMAT_LABELS[fmt],
        "include": include,
        **export_context(include, filters),
        "ready": build is not None and build.is_ready,
        "building": building,
        "elapsed": elapsed,
        "failure": failure,
        "download_url": download,
        "status_url": status + _query(include, filters, format=fmt),
    }


@require_safe
@permission_required("statements.export_story", raise_exception=True)
def story_dossier(request: HtmxHttpRequest, slug: str, fmt: str) -> HttpResponseBase:
    """The dossier file at a stable URL (?include=all adds unreviewed statements)."""
    if fmt not in FORMATS:
        raise Http404("No such dossier format.")
    form = DossierForm(request.GET)
    if not form.is_valid():
        return HttpResponseBadRequest(f"Invalid dossier options: {form.error_text()}")
    story = get_object_or_404(Story, slug=slug)
    _, include, filters = form.options()
    try:
        build = services.request_dossier(story=story, fmt=fmt, include=include, filters=filters)
    except services.EmptyDossier:
        return render_htmx(
            request, PAGE, _empty(story, include, filters), partial="dossier-export", status=404
        )
    if not build.is_ready:
        # Too large to build within the request: the page polls the build, then offers the file.
        state = _state(story, fmt, build, include, filters)
        progress = render_htmx(request, PAGE, state, partial="dossier-export", status=202)
        progress["Retry-After"] = "5"
        return progress
    response = FileResponse(
        build.file.open("rb"),
        as_attachment=True,
        filename=f"{story.slug}-dossier.{fmt}",
        content_type=FORMATS[fmt].content_type,
    )
    response["Cache-Control"] = "private, no-cache"
    return response


@require_POST
@permission_required("statements.export_story", raise_exception=True)
def story_dossier_build(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    """Build now when small, else queue the task; answer with the progress fragment."""
    story = get_object_or_404(Story, slug=slug)
    form = DossierForm(request.POST)
    if not form.is_valid():
        context = {"story": story, "form_error": form.error_text()}
        # htmx swaps only 2xx responses: the fragment with the message comes back as 200.
        status = 200 if getattr(request, "htmx", False) else 400
        return render_htmx(request, PAGE, context, partial="dossier-export", status=status)
    fmt, include, filters = form.options()
    try:
        build = services.request_dossier(story=story, fmt=fmt, include=include, filters=filters)
    except services.EmptyDossier:
        status = 200 if getattr(request, "htmx", False) else 404
        context = _empty(story, include, filters)
        return render_htmx(request, PAGE, context, partial="dossier-export", status=status)
    state = _state(story, fmt, build, include, filters)
    if not getattr(request, "htmx", False):
        return redirect(state["download_url"] if build.is_ready else state["status_url"])
    response = render_htmx(request, PAGE, state, partial="dossier-export")
    if build.is_ready:
        # Small dossiers are ready at once: the browser downloads the file and stays on the page.
        response["HX-Redirect"] = state["download_url"]
    return response


@require_safe
@permission_required("statements.export_story", raise_exception=True)
def story_dossier_status(request: HtmxHttpRequest, slug: str) -> HttpResponse:
    """Progress of a dossier build: polled by htmx until the file is ready or failed."""
    story = get_object_or_404(Story, slug=slug)
    form = DossierForm(request.GET)
    if not form.is_valid():
        context = {"story": story, "form_error": form.error_text()}
        return render_htmx(request, PAGE, context, partial="dossier-export", status=400)
    fmt, include, filters = form.options()
    build = builds.find_build(builds.wanted(story, fmt=fmt, include=include, filters=filters))
    return render_htmx(
        request, PAGE, _state(story, fmt, build, include, filters), partial="dossier-export"
    )


urlpatterns = [
    path("stories/<slug:slug>/dossier.<str:fmt>", story_dossier, name="story_dossier"),
    path("stories/<slug:slug>/dossier/build/", story_dossier_build, name="story_dossier_build"),
    path("stories/<slug:slug>/dossier/status/", story_dossier_status, name="story_dossier_status"),
]
