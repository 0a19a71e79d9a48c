"""The user's page for API tokens: create one (shown once), see when each was used, revoke."""

from __future__ import annotations

from django import forms
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path
from django.views.decorators.http import require_http_methods, require_POST

from api.models import ApiToken

TOKENS_SHOWN = 50  # a person keeps a handful; the newest are listed


class TokenForm(forms.Form):
    name = forms.CharField(
        max_length=100, required=False, help_text="What it is for, e.g. “notebook on laptop”."
    )


def _user(request: HttpRequest) -> User:
    if not isinstance(request.user, User):
        raise PermissionDenied
    return request.user


@require_http_methods(["GET", "POST"])
def tokens(request: HttpRequest) -> HttpResponse:
    """List the user's tokens; a POST creates one and shows it this once (two queries)."""
    user = _user(request)
    form = TokenForm(request.POST or None)
    new_token = ""
    if request.method == "POST" and form.is_valid():
        _, new_token = ApiToken.issue(user=user, name=form.cleaned_data["name"])
        form = TokenForm()
    context = {
        "form": form,
        "new_token": new_token,
        "tokens": ApiToken.objects.filter(user=user)[:TOKENS_SHOWN],
    }
    response = render(request, "api/tokens.html", context)
    # The page shows a secret once: no cache may keep it.
    response["Cache-Control"] = "no-store"
    return response


@require_POST
def revoke(request: HttpRequest, pk: int) -> HttpResponse:
    """Revoke one of the user's own tokens (another user's is a 404)."""
    token = get_object_or_404(ApiToken, pk=pk, user=_user(request))
    token.revoke()
    return redirect("api_tokens")


urlpatterns = [
    path("account/tokens/", tokens, name="api_tokens"),
    path("account/tokens/<int:pk>/revoke/", revoke, name="api_token_revoke"),
]
