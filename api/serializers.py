"""What the API shows of each record, and the query parameters each list takes.

Filter serializers validate the query string and describe it in the schema, so the two cannot
drift apart; they turn into the pages' own `Filters`.
"""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from actors.models import ActorKind
from statements.models import IngestStatus, LinkKind, ReviewStatus, Stance
from statements.querysets import INCLUDE_DEFAULT, INCLUDES, Filters

INCLUDE_HELP = (
    "Review statuses shown: `all` accepted and unreviewed (the pages' default), `accepted` "
    "accepted only, `everything` rejected too."
)


def absolute(context: dict[str, Any], name: str, *args: Any) -> str:
    """The full URL of a named route (the request's host and scheme)."""
    path = reverse(name, args=args)
    request = context.get("request")
    return request.build_absolute_uri(path) if request is not None else path


# ----------------------------------------------------------------------------- query parameters
class CommonFilterSerializer(serializers.Serializer[Any]):
    who = serializers.CharField(
        required=False, max_length=200, help_text="Part of a speaker's name or alias."
    )
    actor = serializers.IntegerField(required=False, min_value=1, help_text="A speaker's id.")
    country = serializers.RegexField(
        r"^[A-Z]{2}$", required=False, help_text="The speaker's ISO 3166-1 alpha-2 code."
    )
    stance = serializers.ChoiceField(choices=Stance.choices, required=False)
    since = serializers.DateField(required=False, help_text="Made on or after this day.")
    until = serializers.DateField(required=False, help_text="Made on or before this day.")
    q = serializers.CharField(
        required=False, max_length=200, help_text="Words (web-search syntax on PostgreSQL)."
    )
    include = serializers.ChoiceField(
        choices=INCLUDES, required=False, default=INCLUDE_DEFAULT, help_text=INCLUDE_HELP
    )

    def filters(self) -> Filters:
        data = self.validated_data
        return Filters(
            actor=data.get("actor"),
            who=data.get("who", "").strip(),
            country=data.get("country", ""),
            stance=data.get("stance", ""),
            since=data.get("since"),
            until=data.get("until"),
            q=data.get("q", "").strip(),
            include=data.get("include", INCLUDE_DEFAULT),
        )


class StoryFilterSerializer(CommonFilterSerializer):
    """The story list's filters (only disputed stories are listed, as on the page)."""


class StatementFilterSerializer(CommonFilterSerializer):
    story = serializers.IntegerField(required=False, min_value=1, help_text="A story's id.")
    article = serializers.IntegerField(required=False, min_value=1, help_text="An article's id.")
    review_status = serializers.ChoiceField(
        choices=ReviewStatus.choices,
        required=False,
        help_text="Exactly this review status (overrides `include`).",
    )


class ActorFilterSerializer(serializers.Serializer[Any]):
    q = serializers.CharField(
        required=False, max_length=200, help_text="Part of the name or of an alias."
    )
    kind = serializers.ChoiceField(choices=ActorKind.choices, required=False)
    country = serializers.RegexField(r"^[A-Z]{2}$", required=False)


class ArticleFilterSerializer(serializers.Serializer[Any]):
    status = serializers.ChoiceField(choices=IngestStatus.choices, required=False)


SEARCH_KINDS = ("statements", "articles", "stories", "actors")


class SearchQuerySerializer(serializers.Serializer[Any]):
    q = serializers.CharField(max_length=200, help_text="Words (web-search syntax on PostgreSQL).")
    kind = serializers.ChoiceField(choices=SEARCH_KINDS, required=False, default="statements")
    include = serializers.ChoiceField(
        choices=INCLUDES, required=False, default=INCLUDE_DEFAULT, help_text=INCLUDE_HELP
    )
    cursor = serializers.CharField(
        required=False, help_text="Where the page starts: the `next` link of the page before."
    )
    page_size = serializers.IntegerField(
        required=False,
        min_value=1,
        max_value=500,
        help_text="Results per page (default 20, at most 500).",
    )
    limit = serializers.IntegerField(
        required=False,
        min_value=1,
        max_value=100,
        help_text="Deprecated: the older name of `page_size` (used when `page_size` is absent).",
    )


# ----------------------------------------------------------------------------------- records
class ActorBriefSerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    name = serializers.CharField()
    kind = serializers.ChoiceField(choices=ActorKind.choices)
    country = serializers.CharField()


class ParentAffiliationSerializer(serializers.Serializer[Any]):
    organisation = ActorBriefSerializer()
    role = serializers.CharField()


class AffiliationOrgSerializer(ParentAffiliationSerializer):
    """An organisation an actor belongs to, with what that belongs to in turn (the lane)."""

    affiliations = serializers.SerializerMethodField()

    @extend_schema_field(ParentAffiliationSerializer(many=True))
    def get_affiliations(self, affiliation: Any) -> Any:
        return ParentAffiliationSerializer(
            affiliation.organisation.affiliations.all(), many=True
        ).data


class ActorSerializer(ActorBriefSerializer):
    role = serializers.CharField()
    description = serializers.CharField()
    status = serializers.CharField()
    aliases = serializers.SerializerMethodField()
    affiliations = AffiliationOrgSerializer(many=True)
    url = serializers.SerializerMethodField()

    def get_aliases(self, actor: Any) -> list[str]:
        return [alias.name for alias in actor.aliases.all()]

    def get_url(self, actor: Any) -> str:
        return absolute(self.context, "api:actor-detail", actor.pk)


class ArticleBriefSerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    title = serializers.CharField()
    outlet = serializers.CharField()
    published = serializers.DateField(allow_null=True)
    source_url = serializers.CharField(allow_null=True)


class ArticleSerializer(ArticleBriefSerializer):
    status = serializers.ChoiceField(choices=IngestStatus.choices)
    error = serializers.CharField()
    language = serializers.CharField()
    added_at = serializers.DateTimeField()
    updated_at = serializers.DateTimeField()
    url = serializers.SerializerMethodField()
    status_url = serializers.SerializerMethodField()
    statements_url = serializers.SerializerMethodField()

    def get_url(self, article: Any) -> str:
        return absolute(self.context, "api:article-detail", article.pk)

    def get_status_url(self, article: Any) -> str:
        return absolute(self.context, "api:article-status", article.pk)

    def get_statements_url(self, article: Any) -> str:
        return (
            absolute(self.context, "api:statement-list")
            + f"?article={article.pk}&include=everything"
        )


class ArticleDetailSerializer(ArticleSerializer):
    text = serializers.CharField(help_text="The cleaned text that evidence offsets point into.")


class IngestStatusSerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    status = serializers.ChoiceField(choices=IngestStatus.choices)
    finished = serializers.BooleanField()
    error = serializers.CharField()
    statements = serializers.IntegerField(help_text="Statements filed so far.")
    url = serializers.CharField()
    statements_url = serializers.CharField()


class StatementSerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    stance = serializers.ChoiceField(choices=Stance.choices)
    text = serializers.CharField(help_text="The evidence: the words of the statement.")
    evidence_start = serializers.IntegerField(help_text="Offset of the evidence in article.text.")
    evidence_end = serializers.IntegerField()
    made_on = serializers.DateField(allow_null=True)
    confidence = serializers.FloatField()
    review_status = serializers.ChoiceField(choices=ReviewStatus.choices)
    speaker = ActorBriefSerializer()
    article = ArticleBriefSerializer()
    story = serializers.IntegerField(source="story_id", allow_null=True)
    denies = serializers.SerializerMethodField()
    confirms = serializers.SerializerMethodField()
    url = serializers.SerializerMethodField()

    def _linked(self, statement: Any, kind: str) -> list[int]:
        return [link.target_id for link in statement.links_out.all() if link.kind == kind]

    @extend_schema_field(serializers.ListField(child=serializers.IntegerField()))
    def get_denies(self, statement: Any) -> list[int]:
        """Ids of the statements (claims) this one denies."""
        return self._linked(statement, LinkKind.DENIES)

    @extend_schema_field(serializers.ListField(child=serializers.IntegerField()))
    def get_confirms(self, statement: Any) -> list[int]:
        return self._linked(statement, LinkKind.CONFIRMS)

    def get_url(self, statement: Any) -> str:
        return absolute(self.context, "api:statement-detail", statement.pk)


class StatementDetailSerializer(StatementSerializer):
    denied_by = serializers.SerializerMethodField()
    confirmed_by = serializers.SerializerMethodField()

    def _linking(self, statement: Any, kind: str) -> list[int]:
        return [link.source_id for link in statement.links_in.all() if link.kind == kind]

    @extend_schema_field(serializers.ListField(child=serializers.IntegerField()))
    def get_denied_by(self, statement: Any) -> list[int]:
        return self._linking(statement, LinkKind.DENIES)

    @extend_schema_field(serializers.ListField(child=serializers.IntegerField()))
    def get_confirmed_by(self, statement: Any) -> list[int]:
        return self._linking(statement, LinkKind.CONFIRMS)


class StorySerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    title = serializers.CharField()
    slug = serializers.CharField()
    status = serializers.CharField()
    summary = serializers.CharField()
    last_activity = serializers.DateTimeField(allow_null=True)
    claims = serializers.IntegerField()
    denials = serializers.IntegerField()
    confirmations = serializers.IntegerField()
    statement_count = serializers.IntegerField()
    first_day = serializers.DateField(allow_null=True)
    last_day = serializers.DateField(allow_null=True)
    claim_text = serializers.CharField(allow_null=True, help_text="The story's first claim.")
    claim_speaker = serializers.CharField(allow_null=True)
    url = serializers.SerializerMethodField()
    statements_url = serializers.SerializerMethodField()

    def get_url(self, story: Any) -> str:
        return absolute(self.context, "api:story-detail", story.pk)

    def get_statements_url(self, story: Any) -> str:
        return absolute(self.context, "api:statement-list") + f"?story={story.pk}"


# ----------------------------------------------------------------------------------- writes
class ArticleSubmitSerializer(serializers.Serializer[Any]):
    """One article: `text`, `url` or `file` (multipart), as on the add-article page."""

    text = serializers.CharField(required=False, allow_blank=True, trim_whitespace=False)
    url = serializers.CharField(required=False, allow_blank=True, max_length=2000)
    file = serializers.FileField(required=False, help_text="An .html, .htm or .txt file.")
    title = serializers.CharField(required=False, allow_blank=True, max_length=500)
    outlet = serializers.CharField(required=False, allow_blank=True, max_length=200)
    published = serializers.DateField(required=False, allow_null=True)


class SubmissionSerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    created = serializers.BooleanField(help_text="False: the same article was there already.")
    status = serializers.ChoiceField(choices=IngestStatus.choices)
    url = serializers.CharField()
    status_url = serializers.CharField()


class ReviewSerializer(serializers.Serializer[Any]):
    decision = serializers.ChoiceField(
        choices=ReviewStatus.choices, help_text="accepted, rejected, or proposed (undecided)."
    )


class StatementEditSerializer(serializers.Serializer[Any]):
    """The fields an editor may correct; those left out keep their value."""

    speaker = serializers.IntegerField(
        required=False, help_text="An actor of the same article or story (else `other_speaker`)."
    )
    other_speaker = serializers.CharField(
        required=False, max_length=200, help_text="The exact name or alias of any actor."
    )
    stance = serializers.ChoiceField(choices=Stance.choices, required=False)
    text = serializers.CharField(required=False)
    made_on = serializers.DateField(required=False, allow_null=True)
    story = serializers.IntegerField(required=False, allow_null=True)
    denies = serializers.ListField(child=serializers.IntegerField(), required=False)
    confirms = serializers.ListField(child=serializers.IntegerField(), required=False)


class SearchResultSerializer(serializers.Serializer[Any]):
    kind = serializers.ChoiceField(choices=SEARCH_KINDS)
    next = serializers.URLField(
        allow_null=True, help_text="The next page of results (null on the last one)."
    )
    more = serializers.BooleanField(help_text="Whether there is a next page (`next` is not null).")
    results = serializers.ListField(child=serializers.DictField())


class ErrorDetailSerializer(serializers.Serializer[Any]):
    status = serializers.IntegerField()
    code = serializers.CharField()
    message = serializers.CharField()
    fields = serializers.DictField(help_text="Per-field messages of an invalid request.")


class ErrorSerializer(serializers.Serializer[Any]):
    error = ErrorDetailSerializer()
