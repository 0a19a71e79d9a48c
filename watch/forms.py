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
        data["country"] = (data.get("country") or "").strip().upper()
        data["query"] = " ".join((data.get("query") or "").split())
        needed = {
            WatchKind.ACTOR: ("actor", "Choose the actor to follow."),
            WatchKind.STORY: ("story", "Choose the story to follow."),
            WatchKind.COUNTRY: ("country", "Give a two-letter country code, such as RU."),
            WatchKind.SEARCH: ("query", "Give the words to search for."),
        }
        if kind in needed:
            field, message = needed[kind]
            if not data.get(field):
                self.add_error(field, message)
        if (
            kind == WatchKind.COUNTRY
            and data["country"]
            and not (len(data["country"]) == 2 and data["country"].isalpha())
        ):
            self.add_error("country", "Give a two-letter country code, such as RU.")
        # Only the chosen kind's target is kept.
        for name in ("actor", "story"):
            if kind != name:
                data[name] = None
        if kind != WatchKind.COUNTRY:
            data["country"] = ""
        if kind != WatchKind.SEARCH:
            data["query"] = ""
        if kind != WatchKind.ACTOR:
            data["with_members"] = False
        return data


class DigestForm(forms.ModelForm):
    class Meta:
        model = Subscriber
        fields = ["email_digest"]
