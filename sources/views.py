"""Editors' sources pages: the feeds followed and their health, add one, poll one now."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import path
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from sources import polling
from sources.forms import SourceForm
from sources.models import Source
from sources.tasks import poll_source
from statements.htmx import HtmxHttpRequest, render_htmx
from statements.services import audit

PER_PAGE = 50


def _editor(request: HtmxHttpRequest) -> User:
    if not isinstance(request.user, User):
        raise PermissionDenied
    return request.user


@require_http_methods(["GET", "POST"])
@permission_required("sources.view_source", raise_exception=True)
def source_list(request: HtmxHttpRequest) -> HttpResponse:
    """Every source with its health; editors who may add sources get the form."""
    form = SourceForm(request.POST or None)
    if request.method == "POST":
        if not request.user.has_perm("sources.add_source"):
            raise PermissionDenied
        if form.is_valid():
            source = polling.add_source(user=_editor(request), **form.cleaned_data)
            messages.success(request, f"Following {source.name}: it is polled within a minute.")
            return redirect("source_list")
    page = Paginator(Source.objects.order_by("-flagged", "name", "pk"), PER_PAGE).get_page(
        request.GET.get("page")
    )
    context = {"page": page, "form": form}
    return render_htmx(request, "sources/source_list.html", context, partial="sources")


@require_safe
@permission_required("sources.view_source", raise_exception=True)
def source_detail(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    """One source's health and its entries, newest first, with what each became."""
    source = get_object_or_404(Source, pk=pk)
    entries = source.entries.select_related("article").order_by("-pk")
    page = Paginator(entries, PER_PAGE).get_page(request.GET.get("page"))
    context = {"source": source, "page": page}
    return render_htmx(request, "sources/source_detail.html", context, partial="entries")


@require_POST
@permission_required("sources.change_source", raise_exception=True)
def source_poll(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    """Poll now: due at once, queued on commit; the task claims it like any other poll."""
    source = get_object_or_404(Source, pk=pk)
    polling.poll_now(source=source, user=_editor(request))
    poll_source.delay_on_commit(source_id=source.pk, force=True)
    messages.success(request, f"{source.name} will be polled now.")
    return redirect(source)


@require_POST
@permission_required("sources.change_source", raise_exception=True)
def source_toggle(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    """Switch a source on or off."""
    source = get_object_or_404(Source, pk=pk)
    Source.objects.filter(pk=pk).update(enabled=not source.enabled)
    audit(user=_editor(request), action="toggle_source", obj=source, enabled=not source.enabled)
    messages.success(request, f"{source.name} is {'off' if source.enabled else 'on'}.")
    return redirect(source)


urlpatterns = [
    path("sources/", source_list, name="source_list"),
    path("sources/<int:pk>/", source_detail, name="source_detail"),
    path("sources/<int:pk>/poll/", source_poll, name="source_poll"),
    path("sources/<int:pk>/toggle/", source_toggle, name="source_toggle"),
]
