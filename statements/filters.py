"""The GET forms that narrow the story list and a story's timeline."""

from __future__ import annotations

from typing import Any

from django import forms
from django.db.models import QuerySet

from actors.models import Actor
from statements.models import Stance, Statement
from statements.querysets import Filters


def country_choices(statements: QuerySet[Statement]) -> list[tuple[str, str]]:
    """Countries of the speakers, named after their government where one is known (one query)."""
    codes = statements.exclude(speaker__country="").values("speaker__country")
    named = dict(
        Actor.objects.governments()
        .filter(country__in=codes)
        .order_by("name")
        .values_list("country", "name")
    )
    return [("", "Any country"), *sorted(named.items(), key=lambda item: item[1])]


class TimelineFilterForm(forms.Form):
    actor = forms.ModelChoiceField(
        queryset=Actor.objects.none(), required=False, empty_label="Anyone"
    )
    country = forms.ChoiceField(required=False, choices=[("", "Any country")])
    stance = forms.ChoiceField(required=False, choices=[("", "Any stance"), *Stance.choices])

    def __init__(self, data: Any = None, *, statements: QuerySet[Statement]) -> None:
        super().__init__(data)
        speakers = statements.values("speaker_id")
        actor_field = self.fields["actor"]
        assert isinstance(actor_field, forms.ModelChoiceField)
        actor_field.queryset = Actor.objects.filter(pk__in=speakers).order_by("name")
        country_field = self.fields["country"]
        assert isinstance(country_field, forms.ChoiceField)
        country_field.choices = country_choices(statements)

    def filters(self) -> Filters:
        """The valid filters; an invalid value is ignored rather than failing the page."""
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        actor = data.get("actor")
        return Filters(
            actor=actor.pk if actor else None,
            country=data.get("country") or "",
            stance=data.get("stance") or "",
            since=data.get("since"),
            until=data.get("until"),
            q=(data.get("q") or "").strip(),
        )


class StoryFilterForm(TimelineFilterForm):
    q = forms.CharField(required=False, max_length=200, label="Search")
    since = forms.DateField(
        required=False, label="From", widget=forms.DateInput(attrs={"type": "date"})
    )
    until = forms.DateField(
        required=False, label="To", widget=forms.DateInput(attrs={"type": "date"})
    )

    field_order = ["q", "actor", "country", "stance", "since", "until"]
