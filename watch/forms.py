from django import forms

from actors.models import Actor
from statements.models import Story
from watch.models import Subscriber, Watch, WatchKind


class WatchForm(forms.ModelForm):
    """Follow one thing: the kind says which of the other fields is needed."""

    actor = forms.ModelChoiceField(
        queryset=Actor.objects.all(),
        required=False,
        widget=forms.NumberInput,
        help_text="The actor's number (on its page).",
    )
    story = forms.ModelChoiceField(
        queryset=Story.objects.all(),
        required=False,
        widget=forms.NumberInput,
        help_text="The story's number.",
    )

    class Meta:
        model = Watch
        fields = ["kind", "actor", "with_members", "country", "story", "query", "when"]
        labels = {"query": "Saved search", "when": "Tell me"}

    def clean(self) -> dict:
        data = super().clean() or {}
        kind = data.get("kind")
        country = (data.get("country") or "").strip().upper()
        query = " ".join((data.get("query") or "").split())
        # Only the chosen kind's target is kept.
        data["actor"] = data.get("actor") if kind == WatchKind.ACTOR else None
        data["story"] = data.get("story") if kind == WatchKind.STORY else None
        data["country"] = country if kind == WatchKind.COUNTRY else ""
        data["query"] = query if kind == WatchKind.SEARCH else ""
        data["with_members"] = bool(data.get("with_members")) and kind == WatchKind.ACTOR
        problems = {
            WatchKind.ACTOR: ("actor", "Choose the actor to follow.", data["actor"] is None),
            WatchKind.STORY: ("story", "Choose the story to follow.", data["story"] is None),
            WatchKind.COUNTRY: (
                "country",
                "Give a two-letter country code, such as RU.",
                not (len(country) == 2 and country.isalpha()),
            ),
            WatchKind.SEARCH: ("query", "Give the words to search for.", not query),
        }
        if kind in problems:
            field, message, wrong = problems[kind]
            if wrong:
                self.add_error(field, message)
        return data


class DigestForm(forms.ModelForm):
    class Meta:
        model = Subscriber
        fields = ["email_digest"]
