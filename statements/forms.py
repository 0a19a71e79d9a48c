"""Editors' forms: adding an article, editing a statement, merging and moving."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.validators import URLValidator
from django.db.models import Q

from actors.models import Actor, ActorKind, Alias
from statements.models import ACTIVITY_ORDER, Article, Stance, Statement, Story
from statements.textinput import is_http_url, strip_controls

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
# A statement is a sentence or a short passage; the longest the parser finds in the corpus is
# far below this. An edit past it is a paste gone wrong, refused with a message.
MAX_STATEMENT_LENGTH = 10_000


def _strip_controls(data: dict[str, Any]) -> dict[str, Any]:
    """Drop control characters from every text value (Django's CharField already refuses NUL)."""
    return {k: strip_controls(v) if isinstance(v, str) else v for k, v in data.items()}


class ArticleForm(forms.Form):
    """One article: pasted text, a URL to fetch, or an .html/.txt file (exactly one source)."""

    text = forms.CharField(
        label="Article text", widget=forms.Textarea(attrs={"rows": 12}), required=False
    )
    url = forms.CharField(
        label="URL",
        required=False,
        max_length=2000,
        help_text="The page is fetched by the worker. With pasted text, it is kept as the source.",
    )
    upload = forms.FileField(label="Or upload an .html or .txt file", required=False)
    title = forms.CharField(
        max_length=500, required=False, help_text="Left empty: the text's headline line."
    )
    outlet = forms.CharField(
        max_length=200,
        required=False,
        help_text="Left empty: the page's site name, or the agency of a dateline.",
    )
    published = forms.DateField(
        label="Publication date",
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=(
            "Relative dates (“on Tuesday”) are read against it. Left empty: the page's date, "
            "a “Published …” line or the dateline (“MOSCOW, March 12 (Reuters) -”)."
        ),
    )

    def clean_url(self) -> str:
        url = str(self.cleaned_data["url"]).strip()
        if url:
            URLValidator(schemes=["http", "https"])(url)
            if not is_http_url(url):
                raise forms.ValidationError("Give an http:// or https:// address.")
        return url

    def clean_upload(self) -> Any:
        upload = self.cleaned_data.get("upload")
        if upload is None:
            return None
        name = upload.name.lower()
        if not name.endswith((".html", ".htm", ".txt")):
            raise forms.ValidationError("Upload an .html, .htm or .txt file.")
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError("The file is larger than 5 MB.")
        return upload

    def clean(self) -> dict[str, Any]:
        data = _strip_controls(super().clean() or {})
        self.cleaned_data = data
        sources = [bool(data.get("text", "").strip()), bool(data.get("upload"))]
        if sum(sources) > 1:
            raise forms.ValidationError("Give either pasted text or a file, not both.")
        if not any(sources) and not data.get("url"):
            raise forms.ValidationError("Paste the article text, give its URL, or upload a file.")
        return data


class ArticleFactsForm(forms.ModelForm):
    """An editor's correction of what the article is: title, outlet, date and URL."""

    source_url = forms.URLField(label="URL", required=False, max_length=2000, assume_scheme="https")

    def clean_source_url(self) -> str | None:
        # No URL is NULL, not "": the unique and http-only constraints ignore NULLs.
        return str(self.cleaned_data.get("source_url") or "").strip() or None

    class Meta:
        model = Article
        fields = ["title", "outlet", "published", "source_url"]
        widgets = {"published": forms.DateInput(attrs={"type": "date"})}
        labels = {"published": "Publication date", "source_url": "URL"}
        help_texts = {"published": "Changing it moves the dates of the article's statements."}


class StatementForm(forms.ModelForm):
    """Inline edit of one statement by an editor."""

    text = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=MAX_STATEMENT_LENGTH,
        error_messages={
            "max_length": f"A statement is at most {MAX_STATEMENT_LENGTH:,} characters "
            "(this one has %(show_value)s); keep only the words of the statement."
        },
    )
    denies = forms.ModelMultipleChoiceField(queryset=Statement.objects.none(), required=False)
    confirms = forms.ModelMultipleChoiceField(queryset=Statement.objects.none(), required=False)
    # The speaker select holds the article's and story's actors; any other is named here.
    other_speaker = forms.CharField(
        required=False,
        max_length=200,
        label="Or another speaker",
        help_text="The exact name or alias of any actor (create one on the actor pages).",
    )

    class Meta:
        model = Statement
        fields = ["speaker", "other_speaker", "stance", "text", "made_on", "story"]
        widgets = {
            "text": forms.Textarea(attrs={"rows": 3}),
            "made_on": forms.DateInput(attrs={"type": "date"}),
        }
        labels = {"made_on": "Date made"}

    def clean_text(self) -> str:
        return strip_controls(str(self.cleaned_data["text"]))

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        instance = kwargs.get("instance")
        # Ids unique on a page of many statements, so each label names its own field.
        kwargs.setdefault("auto_id", f"id_%s-{instance.pk if instance else 'new'}")
        super().__init__(*args, **kwargs)
        statement: Statement = self.instance
        # Links can point at any other statement of the same article or story.
        others = Statement.objects.exclude(pk=statement.pk).filter(
            Q(article_id=statement.article_id) | Q(story=statement.story)
        )
        others = others.select_related("speaker").order_by("evidence_start")[:200]
        choices = Statement.objects.filter(pk__in=[s.pk for s in others]).select_related("speaker")
        _choice_field(self, "denies").queryset = choices
        _choice_field(self, "confirms").queryset = choices
        _choice_field(self, "speaker").queryset = Actor.objects.filter(
            pk__in=_nearby_actor_ids(statement)
        ).order_by("name")
        # The 200 most active stories and the statement's own: a bounded select.
        recent = list(Story.objects.order_by(*ACTIVITY_ORDER).values_list("pk", flat=True)[:200])
        _choice_field(self, "story").queryset = Story.objects.filter(
            pk__in=[*recent, statement.story_id]
        ).order_by(*ACTIVITY_ORDER)
        stance = self.fields["stance"]
        assert isinstance(stance, forms.ChoiceField)
        stance.choices = Stance.choices
        if statement.pk:
            self.initial["denies"] = [
                link.target_id for link in statement.links_out.all() if link.kind == "denies"
            ]
            self.initial["confirms"] = [
                link.target_id for link in statement.links_out.all() if link.kind == "confirms"
            ]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        name = " ".join(str(data.get("other_speaker") or "").split())
        if name:
            from actors.models import Alias

            found = list(
                Actor.objects.filter(
                    Q(name__iexact=name)
                    | Q(pk__in=Alias.objects.filter(name__iexact=name).values("actor_id"))
                ).order_by("pk")[:2]
            )
            if len(found) != 1:
                problem = "No actor is" if not found else "Several actors are"
                self.add_error("other_speaker", f"{problem} named “{name}”.")
            else:
                data["speaker"] = found[0]
                self.errors.pop("speaker", None)
        return data


def _choice_field(form: forms.BaseForm, name: str) -> forms.ModelChoiceField[Any]:
    field = form.fields[name]
    assert isinstance(field, forms.ModelChoiceField)
    return field


def _nearby_actor_ids(statement: Statement) -> list[int]:
    """The speakers of the same article and story, plus the current one (a bounded choice)."""
    ids = set(
        Statement.objects.filter(article_id=statement.article_id).values_list(
            "speaker_id", flat=True
        )
    )
    if statement.story_id:
        ids |= set(
            Statement.objects.filter(story_id=statement.story_id).values_list(
                "speaker_id", flat=True
            )[:500]
        )
    ids.add(statement.speaker_id)
    return list(ids)


class MergeActorsForm(forms.Form):
    # Rendered by hand from the page's own actors; any actor id validates.
    keep = forms.ModelChoiceField(queryset=Actor.objects.all(), widget=forms.NumberInput)
    merge = forms.ModelChoiceField(queryset=Actor.objects.all(), widget=forms.NumberInput)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("keep") and data.get("keep") == data.get("merge"):
            raise forms.ValidationError("Choose two different actors.")
        return data


class MergeStoriesForm(forms.Form):
    keep = forms.ModelChoiceField(queryset=Story.objects.all(), widget=forms.NumberInput)
    merge = forms.ModelChoiceField(queryset=Story.objects.all(), widget=forms.NumberInput)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("keep") and data.get("keep") == data.get("merge"):
            raise forms.ValidationError("Choose two different stories.")
        return data


class MoveStatementsForm(forms.Form):
    statements = forms.ModelMultipleChoiceField(
        queryset=Statement.objects.all(), widget=forms.MultipleHiddenInput
    )
    story = forms.ModelChoiceField(queryset=Story.objects.all(), widget=forms.NumberInput)


class SplitStoryForm(forms.Form):
    story = forms.ModelChoiceField(queryset=Story.objects.all(), widget=forms.NumberInput)
    statements = forms.ModelMultipleChoiceField(
        queryset=Statement.objects.all(), widget=forms.MultipleHiddenInput
    )
    title = forms.CharField(max_length=300, required=False)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        story, chosen = data.get("story"), data.get("statements")
        if story is not None and chosen is not None and any(s.story_id != story.pk for s in chosen):
            raise forms.ValidationError("Choose statements of the story being split.")
        return data


def _country_choices() -> list[tuple[str, str]]:
    from statements.templatetags.display import _country_names

    names = sorted(_country_names().items(), key=lambda item: item[1])
    return [("", "No country"), *names]


class ActorForm(forms.ModelForm):
    """An editor names an actor (a new name keeps the old one as an alias) and places it."""

    country = forms.ChoiceField(required=False, choices=_country_choices)

    class Meta:
        model = Actor
        fields = ["name", "kind", "role", "country", "description"]
        widgets = {"description": forms.Textarea(attrs={"rows": 2})}

    def clean_name(self) -> str:
        name = " ".join(str(self.cleaned_data["name"]).split())
        if not name:
            raise forms.ValidationError("Give the actor a name.")
        return name


class AffiliationForm(forms.Form):
    """Attach the actor to an organisation or government found by its exact name."""

    organisation = forms.CharField(
        max_length=200,
        label="Belongs to",
        help_text="The exact name of an organisation or government.",
    )
    role = forms.CharField(max_length=200, required=False)

    def clean_organisation(self) -> Actor:
        name = " ".join(str(self.cleaned_data["organisation"]).split())
        found = list(
            Actor.objects.filter(name__iexact=name)
            .exclude(kind=ActorKind.PERSON)
            .order_by("pk")[:2]
        )
        if not found:
            raise forms.ValidationError(f"No organisation or government is named “{name}”.")
        if len(found) > 1:
            raise forms.ValidationError(f"Several actors are named “{name}”: merge them first.")
        return found[0]


class SplitActorForm(forms.Form):
    """Move some of an actor's statements and names to a new actor or one found by exact name."""

    statements = forms.ModelMultipleChoiceField(
        queryset=Statement.objects.none(), required=False, widget=forms.MultipleHiddenInput
    )
    aliases = forms.ModelMultipleChoiceField(
        queryset=Alias.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label="Names to move",
    )
    new_name = forms.CharField(max_length=200, required=False, label="To a new actor called")
    into = forms.CharField(
        max_length=200,
        required=False,
        label="Or to an existing actor",
        help_text="The exact name of another actor.",
    )

    def __init__(self, *args: Any, actor: Actor, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.actor = actor
        fields: Any = self.fields
        fields["statements"].queryset = Statement.objects.filter(speaker=actor)
        fields["aliases"].queryset = actor.aliases.all()

    def clean_into(self) -> Actor | None:
        name = " ".join(str(self.cleaned_data["into"]).split())
        if not name:
            return None
        found = list(
            Actor.objects.filter(name__iexact=name).exclude(pk=self.actor.pk).order_by("pk")[:2]
        )
        if not found:
            raise forms.ValidationError(f"No other actor is named “{name}”.")
        if len(found) > 1:
            raise forms.ValidationError(f"Several actors are named “{name}”: merge them first.")
        return found[0]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not data.get("statements") and not data.get("aliases"):
            raise forms.ValidationError(
                "Choose statements (tick them in the list) or names to split off."
            )
        new_name = " ".join(str(data.get("new_name", "")).split())
        if "into" not in self.errors and bool(new_name) == bool(data.get("into")):
            raise forms.ValidationError(
                "Give either a name for a new actor or the name of an existing one."
            )
        data["new_name"] = new_name
        return data
