"""The GET forms that narrow the story list and a story's timeline."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.cache import cache
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.db.models import Q, QuerySet
from django.http import HttpRequest
from django.utils.safestring import SafeString

from actors.models import Actor
from statements import fragments
from statements.models import Stance, Statement
from statements.querysets import INCLUDE_CHOICES, INCLUDE_DEFAULT, Filters
from statements.summaries import CONTENT_TIMEOUT


def country_choices(statements: QuerySet[Statement] | None) -> list[tuple[str, str]]:
    """Countries of the speakers, named after their government where one is known (one query).

    Without statements, of every speaker: read from the actors' stored counts (a scan of the
    actors), not from the statements (a scan of a million rows on the story list).
    """
    codes: QuerySet[Any, Any]
    if statements is None:
        speaking = (
            Q(stored_summary__accepted__gt=0)
            | Q(stored_summary__proposed__gt=0)
            | Q(stored_summary__rejected__gt=0)
        )
        codes = Actor.objects.filter(speaking).exclude(country="").values("country")
    else:
        codes = statements.exclude(speaker__country="").values("speaker__country")
    named = dict(
        Actor.objects.governments()
        .filter(country__in=codes)
        .order_by("name")
        .values_list("country", "name")
    )
    return [("", "Any country"), *sorted(named.items(), key=lambda item: item[1])]


class TimelineFilterForm(forms.Form):
    # A text field, not a <select> of speakers: at 1,000,000 statements the story list's select
    # held 10,197 actors (469 KB of a 511 KB page) and the largest story's hundreds.
    who = forms.CharField(
        required=False,
        max_length=200,
        label="Actor",
        widget=forms.TextInput(attrs={"placeholder": "Name or alias", "type": "search"}),
    )
    # One exact actor, from links such as the actor page's "stories with this actor".
    actor = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)
    country = forms.ChoiceField(required=False, choices=[("", "Any country")])
    stance = forms.ChoiceField(required=False, choices=[("", "Any stance"), *Stance.choices])
    # Kept in the URL: rejected statements are left out unless the reader asks for them.
    include = forms.ChoiceField(required=False, choices=INCLUDE_CHOICES, label="Review status")

    def __init__(
        self,
        data: Any = None,
        *,
        statements: QuerySet[Statement] | None = None,
        version: tuple[object, ...] | None = None,
        request: HttpRequest | None = None,
    ) -> None:
        """`version` names what the country choices depend on (the story's version, or the
        content token for every story): given, they are cached under it (no query when warm;
        read from the request's prefetch, statements.fragments.prefetch, when it holds them)."""
        super().__init__(data)
        country_field = self.fields["country"]
        assert isinstance(country_field, forms.ChoiceField)
        self.version = version
        self.request = request
        # Bounded when cached by the content token (statements.summaries.CONTENT_TIMEOUT).
        self.timeout = CONTENT_TIMEOUT if version and version[0] == "all" else DEFAULT_TIMEOUT
        if version is None:
            country_field.choices = country_choices(statements)
            return
        key = fragments.key("countries", version)
        choices: list[tuple[str, str]] | None = fragments.cached(request, key)
        if choices is None:
            choices = country_choices(statements)
            cache.set(key, choices, self.timeout)
        country_field.choices = choices

    @classmethod
    def cache_keys(cls, data: Any, version: tuple[object, ...]) -> list[str]:
        """The keys of the country choices and of the rendered fields for this query string and
        version, known before the form is made (to prefetch them with the page's fragments)."""
        return [fragments.key("countries", version), cls._fields_key(data, version)]

    @classmethod
    def _fields_key(cls, data: Any, version: tuple[object, ...]) -> str:
        # The fields' values follow from the query string, the choices from the version.
        return fragments.key("filter-fields", cls.__name__, sorted(data.lists()), version)

    def rendered_fields(self) -> SafeString:
        """The visible fields as HTML, cached by the values and the country choices: rendering
        a <select> of 200 countries through Django's widget templates took most of a page's
        time once its results came from the cache."""
        if self.version is None:
            choices = self.fields["country"].choices  # type: ignore[attr-defined]
            values = [(n, self[n].value()) for n in self.fields]
            parts: tuple[object, ...] = (type(self).__name__, values, list(choices))
        else:
            # A QueryDict when a version is given (the request's GET).
            query = sorted(self.data.lists())  # type: ignore[attr-defined]
            parts = (type(self).__name__, query, self.version)
        return fragments.rendered(
            "filter-fields",
            parts,
            "includes/filter_fields.html",
            lambda: {"form": self},
            found_in=self.request,
            timeout=self.timeout,
        )

    def chosen_actor(self) -> Actor | None:
        """The actor an `actor=<id>` parameter names, if it exists (one query when given)."""
        self.is_valid()
        pk = getattr(self, "cleaned_data", {}).get("actor")
        return Actor.objects.filter(pk=pk).first() if pk else None

    def filters(self) -> Filters:
        """The valid filters; an invalid value is ignored rather than failing the page."""
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        return Filters(
            actor=data.get("actor") or None,
            who=(data.get("who") or "").strip(),
            country=data.get("country") or "",
            stance=data.get("stance") or "",
            since=data.get("since"),
            until=data.get("until"),
            q=(data.get("q") or "").strip(),
            include=data.get("include") or INCLUDE_DEFAULT,
        )


class StoryFilterForm(TimelineFilterForm):
    q = forms.CharField(required=False, max_length=200, label="Search")
    since = forms.DateField(
        required=False, label="From", widget=forms.DateInput(attrs={"type": "date"})
    )
    until = forms.DateField(
        required=False, label="To", widget=forms.DateInput(attrs={"type": "date"})
    )

    field_order = ["q", "who", "actor", "country", "stance", "since", "until", "include"]
