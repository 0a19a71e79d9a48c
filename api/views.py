"""The REST API's endpoints: thin views over the pages' selectors, forms and services."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import User
from django.core.exceptions import ObjectDoesNotExist
from django.db.models import Model, QuerySet
from django.utils.datastructures import MultiValueDict
from drf_spectacular.utils import OpenApiResponse, extend_schema
from drf_spectacular.views import SpectacularSwaggerSplitView
from rest_framework import generics, status
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.serializers import BaseSerializer

from api import selectors
from api.pagination import KeysetPagination, SearchPagination
from api.serializers import (
    ActorBriefSerializer,
    ActorFilterSerializer,
    ActorSerializer,
    ArticleBriefSerializer,
    ArticleDetailSerializer,
    ArticleFilterSerializer,
    ArticleSerializer,
    ArticleSubmitSerializer,
    ErrorSerializer,
    IngestStatusSerializer,
    ReviewSerializer,
    SearchQuerySerializer,
    SearchResultSerializer,
    StatementDetailSerializer,
    StatementEditSerializer,
    StatementFilterSerializer,
    StatementSerializer,
    StoryFilterSerializer,
    StorySerializer,
    SubmissionSerializer,
    absolute,
)
from statements import search, services
from statements.forms import ArticleForm, StatementForm
from statements.fulltext import on_postgres
from statements.models import IngestStatus
from statements.querysets import Filters

VIEW_STORY = "statements.view_story"
VIEW_STATEMENT = "statements.view_statement"
VIEW_ARTICLE = "statements.view_article"
VIEW_ACTOR = "actors.view_actor"
REVIEW = "statements.review_statement"
ADD_ARTICLE = "statements.add_article"

ERRORS = {
    400: OpenApiResponse(ErrorSerializer, description="Invalid parameters or body."),
    401: OpenApiResponse(ErrorSerializer, description="No valid token or session."),
    403: OpenApiResponse(ErrorSerializer, description="The role does not allow it."),
    429: OpenApiResponse(ErrorSerializer, description="Rate limit; see Retry-After."),
}
NOT_FOUND = {404: OpenApiResponse(ErrorSerializer, description="No such record.")}


def _query(serializer_class: type[BaseSerializer[Any]], request: Request) -> Any:
    """The request's query parameters validated by a filter serializer (400 when invalid)."""
    serializer = serializer_class(data=request.query_params)
    serializer.is_valid(raise_exception=True)
    return serializer


def _get(load: Any, pk: int) -> Any:
    try:
        return load(pk)
    except ObjectDoesNotExist:
        raise NotFound("No such record.") from None


class ApiView(generics.GenericAPIView[Any]):
    # The Django permission a read (GET) and a write need; "" refuses the method to everyone.
    read_permission = ""
    write_permission = ""
    pagination_class = KeysetPagination


# ---------------------------------------------------------------------------------- stories
@extend_schema(parameters=[StoryFilterSerializer], responses={200: StorySerializer, **ERRORS})
class StoryList(ApiView, generics.ListAPIView[Any]):
    """Disputed stories, newest activity first, with the story list's filters and figures."""

    read_permission = VIEW_STORY
    serializer_class = StorySerializer
    keyset = ("-last_activity", "-pk")
    filters: Filters

    def get_queryset(self) -> QuerySet[Any]:
        self.filters = _query(StoryFilterSerializer, self.request).filters()
        return selectors.stories(self.filters)

    def paginate_queryset(self, queryset: Any) -> list[Any] | None:
        page = super().paginate_queryset(queryset)
        if page is None:
            return None
        return list(selectors.story_rows([story.pk for story in page], self.filters.include))


@extend_schema(responses={200: StorySerializer, **ERRORS, **NOT_FOUND})
class StoryDetail(ApiView, generics.RetrieveAPIView[Any]):
    """One story with its figures (accepted and unreviewed statements)."""

    read_permission = VIEW_STORY
    serializer_class = StorySerializer

    def get_object(self) -> Any:
        return _get(selectors.story, self.kwargs["pk"])


# ------------------------------------------------------------------------------- statements
@extend_schema(
    parameters=[StatementFilterSerializer], responses={200: StatementSerializer, **ERRORS}
)
class StatementList(ApiView, generics.ListAPIView[Any]):
    """Statements, newest first, by story, article, speaker, stance, review status, dates, words."""

    read_permission = VIEW_STATEMENT
    serializer_class = StatementSerializer
    keyset = ("-pk",)
    narrowed = False  # set per request: filtered to one story, article or speaker

    def get_queryset(self) -> QuerySet[Any]:
        query = _query(StatementFilterSerializer, self.request)
        data = query.validated_data
        self.narrowed = any(data.get(name) for name in ("story", "article", "actor"))
        return selectors.statements(
            query.filters(),
            story=data.get("story"),
            article=data.get("article"),
            review_status=data.get("review_status", ""),
        )


class StatementDetail(ApiView):
    read_permission = VIEW_STATEMENT
    write_permission = REVIEW
    serializer_class = StatementDetailSerializer

    @extend_schema(responses={200: StatementDetailSerializer, **ERRORS, **NOT_FOUND})
    def get(self, request: Request, pk: int) -> Response:
        """One statement with the statements it answers and those that answer it."""
        found = _get(selectors.statement, pk)
        return Response(self.get_serializer(found).data)

    @extend_schema(
        request=StatementEditSerializer,
        responses={200: StatementDetailSerializer, **ERRORS, **NOT_FOUND},
    )
    def patch(self, request: Request, pk: int) -> Response:
        """Correct a statement as on the article page (it counts as accepted; audited)."""
        body = StatementEditSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        statement = _get(selectors.statement, pk)
        form = StatementForm(_edit_data(statement, body.validated_data), instance=statement)
        if not form.is_valid():
            raise ValidationError(_form_errors(form))
        data = form.cleaned_data
        services.edit_statement(
            statement=statement,
            editor=_user(request),
            changes={f: data[f] for f in ("speaker", "stance", "text", "made_on", "story")},
            # Links are replaced only when given: a PATCH without them leaves them as they are.
            denies=data["denies"] if "denies" in body.validated_data else None,
            confirms=data["confirms"] if "confirms" in body.validated_data else None,
        )
        return Response(self.get_serializer(selectors.statement(pk)).data)


def _edit_data(statement: Any, given: dict[str, Any]) -> dict[str, Any]:
    """The statement's current values with the given ones over them, as the form reads them."""
    data: dict[str, Any] = {
        "speaker": statement.speaker_id,
        "stance": statement.stance,
        "text": statement.text,
        "made_on": statement.made_on or "",
        "story": statement.story_id or "",
    }
    for name, value in given.items():
        data[name] = "" if value is None else value
    return data


def _form_errors(form: Any) -> dict[str, list[str]]:
    """A Django form's errors in DRF's shape (`non_field_errors` for the form-wide ones)."""
    return {
        "non_field_errors" if field == "__all__" else field: [str(e) for e in errors]
        for field, errors in form.errors.items()
    }


def _user(request: Request) -> User:
    assert isinstance(request.user, User)  # the permission check admitted only signed-in users
    return request.user


class StatementReview(ApiView):
    write_permission = REVIEW
    serializer_class = ReviewSerializer

    @extend_schema(
        request=ReviewSerializer,
        responses={200: StatementDetailSerializer, **ERRORS, **NOT_FOUND},
    )
    def post(self, request: Request, pk: int) -> Response:
        """Accept or reject a statement (or set it back to proposed), audited as on the pages."""
        body = ReviewSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        statement = _get(selectors.statement, pk)
        services.review_statement(
            statement=statement, decision=body.validated_data["decision"], editor=_user(request)
        )
        return Response(
            StatementDetailSerializer(selectors.statement(pk), context={"request": request}).data
        )


# ----------------------------------------------------------------------------------- actors
@extend_schema(parameters=[ActorFilterSerializer], responses={200: ActorSerializer, **ERRORS})
class ActorList(ApiView, generics.ListAPIView[Any]):
    """Actors with their aliases and affiliations (two levels: person → ministry → government)."""

    read_permission = VIEW_ACTOR
    serializer_class = ActorSerializer
    keyset = ("pk",)

    def get_queryset(self) -> QuerySet[Any]:
        data = _query(ActorFilterSerializer, self.request).validated_data
        return selectors.actors(**data)


@extend_schema(responses={200: ActorSerializer, **ERRORS, **NOT_FOUND})
class ActorDetail(ApiView, generics.RetrieveAPIView[Any]):
    read_permission = VIEW_ACTOR
    serializer_class = ActorSerializer

    def get_object(self) -> Model:
        return _get(lambda pk: selectors.actors().get(pk=pk), self.kwargs["pk"])


# --------------------------------------------------------------------------------- articles
class ArticleList(ApiView, generics.ListAPIView[Any]):
    read_permission = VIEW_ARTICLE
    write_permission = ADD_ARTICLE
    serializer_class = ArticleSerializer
    keyset = ("-pk",)

    def get_queryset(self) -> QuerySet[Any]:
        data = _query(ArticleFilterSerializer, self.request).validated_data
        return selectors.articles(**data)

    @extend_schema(
        parameters=[ArticleFilterSerializer], responses={200: ArticleSerializer, **ERRORS}
    )
    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        """Articles, newest first, with their ingest status (no texts)."""
        return super().get(request, *args, **kwargs)

    @extend_schema(
        request={
            "application/json": ArticleSubmitSerializer,
            "multipart/form-data": ArticleSubmitSerializer,
        },
        responses={202: SubmissionSerializer, **ERRORS},
    )
    def post(self, request: Request) -> Response:
        """Submit an article (text, URL or file) to the ingest pipeline, as the add page does.

        Answers at once with the article's id and its status URL; an article submitted before
        (same URL or text) is returned with `created: false`.
        """
        body = ArticleSubmitSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        fields = ("text", "url", "title", "outlet", "published")
        data = {name: body.validated_data.get(name) or "" for name in fields}
        files: MultiValueDict[str, Any] = MultiValueDict()
        if "file" in body.validated_data:
            files["upload"] = body.validated_data["file"]
        form = ArticleForm(data, files)
        if not form.is_valid():
            errors = _form_errors(form)
            if "upload" in errors:
                errors["file"] = errors.pop("upload")
            raise ValidationError(errors)
        try:
            submission = services.submit_article_form(user=request.user, data=form.cleaned_data)
        except services.UploadRefused as exc:
            raise ValidationError({"file": [str(exc)]}) from None
        article = submission.article
        status_url = absolute({"request": request}, "api:article-status", article.pk)
        answer = {
            "id": article.pk,
            "created": submission.created,
            "status": article.status,
            "url": absolute({"request": request}, "api:article-detail", article.pk),
            "status_url": status_url,
        }
        return Response(answer, status=status.HTTP_202_ACCEPTED, headers={"Location": status_url})


@extend_schema(responses={200: ArticleDetailSerializer, **ERRORS, **NOT_FOUND})
class ArticleDetail(ApiView, generics.RetrieveAPIView[Any]):
    """One article with its cleaned text (evidence offsets point into it)."""

    read_permission = VIEW_ARTICLE
    serializer_class = ArticleDetailSerializer

    def get_object(self) -> Model:
        return _get(lambda pk: selectors.articles().defer(None).get(pk=pk), self.kwargs["pk"])


class ArticleStatus(ApiView):
    read_permission = VIEW_ARTICLE
    serializer_class = IngestStatusSerializer

    @extend_schema(responses={200: IngestStatusSerializer, **ERRORS, **NOT_FOUND})
    def get(self, request: Request, pk: int) -> Response:
        """Where the article's ingest is: queued, fetching, parsing, filing, done or failed."""
        article = _get(lambda pk: selectors.articles().get(pk=pk), pk)
        context = {"request": request}
        answer = {
            "id": article.pk,
            "status": article.status,
            "finished": article.status in (IngestStatus.DONE, IngestStatus.FAILED),
            "error": article.error,
            "statements": selectors.filed_statements(article),
            "url": absolute(context, "api:article-detail", article.pk),
            "statements_url": ArticleSerializer(context=context).get_statements_url(article),
        }
        return Response(answer)


# ----------------------------------------------------------------------------------- search
class Search(ApiView):
    read_permission = VIEW_STATEMENT
    serializer_class = SearchResultSerializer
    pagination_class = SearchPagination
    keyset: tuple[str, ...] = ("-pk",)

    @extend_schema(
        parameters=[SearchQuerySerializer], responses={200: SearchResultSerializer, **ERRORS}
    )
    def get(self, request: Request) -> Response:
        """The search page's ranking of the 1,000 most recent matches of one kind, in keyset
        pages like the lists (`next` until the last one).

        Every match of a statement search, in pages: `/api/v1/statements/?q=...`.
        """
        data = _query(SearchQuerySerializer, request).validated_data
        q, kind, include = data["q"], data["kind"], data["include"]
        context = {"request": request}
        # Each kind's order in statements/search.py, its last field unique, for the cursor.
        self.keyset = SEARCH_KEYSETS[kind][0 if on_postgres() else 1]
        page = self.paginate_queryset(_search(kind, q, include)) or []
        if kind == "statements":
            rows = StatementSerializer(page, many=True, context=context).data
        elif kind == "articles":
            rows = ArticleBriefSerializer(page, many=True).data
        elif kind == "stories":
            found = selectors.story_rows([story.pk for story in page], include)
            rows = StorySerializer(found, many=True, context=context).data
        else:
            rows = ActorBriefSerializer(page, many=True).data
        assert self.paginator is not None
        after = self.paginator.get_next_link()
        return Response({"kind": kind, "next": after, "more": after is not None, "results": rows})


def _search(kind: str, q: str, include: str) -> QuerySet[Any]:
    """One kind's matches, ranked as on the search page (one query; statements: and their links)."""
    if kind == "statements":
        return selectors.with_link_prefetch(search.search_statements(q, include))
    if kind == "articles":
        return search.search_articles(q)
    if kind == "stories":
        return search.search_stories(q, include)
    return search.search_actors(q)


# The order of each kind's results on PostgreSQL (ranked) and elsewhere, as statements/search.py
# sorts them; the cursor holds the last row's values of these fields.
SEARCH_KEYSETS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "statements": (("-rank", "-pk"), ("-made_on", "-pk")),
    "articles": (("-rank", "-pk"), ("-published", "-pk")),
    "stories": (("-last_activity", "-pk"), ("-last_activity", "-pk")),
    "actors": (("-rank", "name", "pk"), ("name", "pk")),
}


class Docs(SpectacularSwaggerSplitView):
    """Swagger UI from the sidecar's static files; its set-up script is served as a file of its
    own (`?script`) and its inline style moved to a stylesheet, so the site's CSP holds."""

    template_name = "api/docs.html"
