"""Editors' pages: add articles, follow their ingest, review what the parser extracted.

The article page itself is readable by analysts (evidence highlighted); the review controls and
every POST here need the editor's permissions.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.forms import Form
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render, resolve_url
from django.urls import path
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from statements import ingest, services
from statements.forms import (
    ArticleFactsForm,
    ArticleForm,
    MergeActorsForm,
    MergeStoriesForm,
    MoveStatementsForm,
    SplitStoryForm,
    StatementForm,
)
from statements.htmx import HtmxHttpRequest, render_htmx
from statements.models import (
    Article,
    AuditEntry,
    ReviewStatus,
    Statement,
    Story,
)

EDIT = "statements.review_statement"
FAILED_SHOWN = 20  # failed ingests listed above the queue, newest first
OVERDUE_SHOWN = 20  # ingests past the job's time limit, longest waiting first


def _editor(request: HtmxHttpRequest) -> User:
    """The signed-in editor (the permission checks before it already refused anyone else)."""
    if not isinstance(request.user, User):
        raise PermissionDenied
    return request.user


def _errors(form: Form) -> str:
    """A form's errors as one readable line for a message."""
    return " ".join(str(error) for errors in form.errors.values() for error in errors)


@require_http_methods(["GET", "POST"])
@permission_required("statements.add_article", raise_exception=True)
def article_add(request: HtmxHttpRequest) -> HttpResponse:
    """Add one article by pasting text, giving a URL, or uploading a file."""
    form = ArticleForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            submission = services.submit_article_form(user=request.user, data=form.cleaned_data)
        except services.UploadRefused as exc:
            form.add_error("upload", str(exc))
            return render_htmx(
                request, "statements/article_add.html", {"form": form}, partial="add-form"
            )
        article = submission.article
        if submission.created:
            messages.success(request, "Article added; it is being processed.")
        else:
            messages.info(request, "This article was already added; here it is.")
        return redirect(article)
    return render_htmx(request, "statements/article_add.html", {"form": form}, partial="add-form")


@require_safe
@permission_required("statements.view_article", raise_exception=True)
def article_detail(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    """The article's text with every statement's evidence highlighted, and its statements."""
    article = get_object_or_404(Article.objects.select_related("added_by"), pk=pk)
    context = _article_context(request, article)
    return render_htmx(request, "statements/article_detail.html", context, partial="article-body")


def _article_context(request: HtmxHttpRequest, article: Article) -> dict[str, object]:
    """What the article page shows: its statements and, for editors, the stories to move to."""
    statements = list(Statement.objects.of_article(article))
    context: dict[str, object] = {
        "article": article,
        "statements": statements,
        # Why each dispute went to its story (one query).
        "decisions": list(article.grouping_decisions.select_related("story")),
        # The stories a split can take statements from: this article's, once each.
        "split_stories": list(
            {s.story_id: s.story for s in statements if s.story is not None}.values()
        ),
    }
    if request.user.has_perm("statements.change_article"):
        context["facts_form"] = ArticleFactsForm(instance=article)
    if article.in_progress:
        context["stuck"] = article.is_overdue or ingest.is_stuck(article)
    if request.user.has_perm(EDIT):
        context["statement_rows"] = AuditEntry.objects.history(statements, each=HISTORY_SHOWN)
        # This article's stories first, then the most recently active ones (bounded).
        own = {s.story_id for s in statements if s.story_id}
        context["target_stories"] = Story.objects.move_targets(own)
    else:
        context["statement_rows"] = [(statement, []) for statement in statements]
    return context


@require_safe
@permission_required("statements.view_article", raise_exception=True)
def article_status(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    """Polled while the job runs; once finished it stops polling and swaps in the statements."""
    article = get_object_or_404(Article, pk=pk)
    statements = list(Statement.objects.of_article(article)) if article.is_settled else []
    context = {
        "article": article,
        "finished": article.is_settled,
        "statements": statements,
        "statement_rows": [(statement, []) for statement in statements],
    }
    return render_htmx(
        request, "statements/article_detail.html", context, partial="article-status-poll"
    )


@require_http_methods(["GET", "POST"])
@permission_required("statements.change_article", raise_exception=True)
def article_facts(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    """Correct the article's title, outlet, publication date and URL."""
    article = get_object_or_404(Article, pk=pk)
    form = ArticleFactsForm(request.POST or None, instance=Article.objects.get(pk=pk))
    if request.method == "POST" and form.is_valid():
        services.edit_article_facts(
            article=article, editor=_editor(request), changes=form.cleaned_data
        )
        messages.success(request, "The article's details were saved.")
        return redirect(article)
    context = {"article": article, "facts_form": form}
    return render_htmx(request, "statements/article_detail.html", context, partial="article-facts")


@require_POST
@permission_required(EDIT, raise_exception=True)
def article_reparse(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    """Run the parser again; only statements still proposed are replaced."""
    article = get_object_or_404(Article, pk=pk)
    if article.in_progress and not (article.is_overdue or ingest.is_stuck(article)):
        messages.info(request, "This article is already being processed.")
    else:
        services.reparse_article(article)
        messages.success(request, "The article is being parsed again.")
    return redirect(article)


@require_safe
@permission_required(EDIT, raise_exception=True)
def review_queue(request: HtmxHttpRequest) -> HttpResponse:
    """Statements waiting for review, least certain first, and the articles whose ingest failed
    or has not moved for longer than the job's time limit (a worker died, a job was lost)."""
    page = Paginator(Statement.objects.review_queue(), 25).get_page(request.GET.get("page"))
    context = {
        "page": page,
        "failed": Article.objects.failed()[:FAILED_SHOWN],
        "overdue": Article.objects.overdue()[:OVERDUE_SHOWN],
    }
    return render_htmx(request, "statements/review_queue.html", context, partial="queue")


# The history under each statement on the article page: its latest changes (one query).
HISTORY_SHOWN = 10


def _row(
    request: HtmxHttpRequest, statement: Statement, *, form: StatementForm | None = None
) -> HttpResponse:
    statement = (
        Statement.objects.select_related("speaker", "story")
        .prefetch_related("links_out__target__speaker")
        .get(pk=statement.pk)
    )
    [(statement, history)] = AuditEntry.objects.history([statement], each=HISTORY_SHOWN)
    response = render_htmx(
        request,
        "statements/article_detail.html",
        {"statement": statement, "history": history, "form": form, "article": statement.article},
        partial="statement-row",
    )
    response["HX-Trigger"] = "statements-changed"
    return response


@require_POST
@permission_required(EDIT, raise_exception=True)
def statement_review(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    """Accept or reject one statement inline."""
    statement = get_object_or_404(Statement, pk=pk)
    decision = request.POST.get("decision", "")
    if decision not in ReviewStatus.values:
        return HttpResponse("Unknown decision.", status=400)
    services.review_statement(statement=statement, decision=decision, editor=_editor(request))
    if not request.htmx:
        return redirect(statement.article)
    return _row(request, statement)


@require_http_methods(["GET", "POST"])
@permission_required(EDIT, raise_exception=True)
def statement_edit(request: HtmxHttpRequest, pk: int) -> HttpResponse:
    """Edit speaker, stance, text, date, links and story of one statement inline."""
    statement = get_object_or_404(Statement.objects.select_related("article"), pk=pk)
    form = StatementForm(request.POST or None, instance=statement)
    if request.method == "POST":
        if form.is_valid():
            data = form.cleaned_data
            changes = {f: data[f] for f in ("speaker", "stance", "text", "made_on", "story")}
            services.edit_statement(
                statement=statement,
                editor=_editor(request),
                changes=changes,
                denies=data["denies"],
                confirms=data["confirms"],
            )
            if not request.htmx:
                return redirect(statement.article)
            return _row(request, statement)
    if not request.htmx:
        # Without htmx (no JavaScript, a bookmarked link): the article page with this
        # statement's form open in its row, errors included.
        context = {**_article_context(request, statement.article), "form": form}
        return render(request, "statements/article_detail.html", context)
    # htmx does not swap 4xx answers: the form with its errors comes back with 200.
    return _row(request, statement, form=form)


@require_POST
@permission_required("actors.change_actor", raise_exception=True)
def actors_merge(request: HtmxHttpRequest) -> HttpResponse:
    """Merge one actor into another: its names become aliases, its statements move."""
    form = MergeActorsForm(request.POST)
    if form.is_valid():
        keep = services.merge_actors(
            keep=form.cleaned_data["keep"],
            merge=form.cleaned_data["merge"],
            editor=_editor(request),
        )
        messages.success(request, f"Merged into {keep.name}.")
    else:
        messages.error(request, _errors(form))
    return redirect(_next(request))


@require_POST
@permission_required("statements.change_story", raise_exception=True)
def stories_merge(request: HtmxHttpRequest) -> HttpResponse:
    """Merge two stories."""
    form = MergeStoriesForm(request.POST)
    if form.is_valid():
        keep = services.merge_stories(
            keep=form.cleaned_data["keep"],
            merge=form.cleaned_data["merge"],
            editor=_editor(request),
        )
        messages.success(request, f"Stories merged into “{keep.title}”.")
        return redirect(keep)
    messages.error(request, _errors(form))
    return redirect(_next(request))


@require_POST
@permission_required("statements.change_story", raise_exception=True)
def stories_split(request: HtmxHttpRequest) -> HttpResponse:
    """Move the chosen statements of a story out to a new story (recorded for replay)."""
    form = SplitStoryForm(request.POST)
    if form.is_valid():
        try:
            new = services.split_story(
                story=form.cleaned_data["story"],
                statements=form.cleaned_data["statements"],
                editor=_editor(request),
                title=form.cleaned_data["title"],
            )
        except ValueError as exc:
            messages.error(request, str(exc))
            return redirect(_next(request))
        messages.success(request, f"Split off into “{new.title}”.")
        return redirect(new)
    messages.error(request, _errors(form))
    return redirect(_next(request))


@require_POST
@permission_required(EDIT, raise_exception=True)
def statements_move(request: HtmxHttpRequest) -> HttpResponse:
    """Move the selected statements to another story."""
    form = MoveStatementsForm(request.POST)
    if form.is_valid():
        count = services.move_statements(
            statements=form.cleaned_data["statements"],
            story=form.cleaned_data["story"],
            editor=_editor(request),
        )
        messages.success(request, f"Moved {count} statement(s).")
        return redirect(form.cleaned_data["story"])
    messages.error(request, _errors(form))
    return redirect(_next(request))


def _next(request: HtmxHttpRequest, default: str = "review_queue") -> str:
    """The page to return to, only if it is on this site (no open redirect)."""
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return resolve_url(default)


urlpatterns = [
    path("articles/add/", article_add, name="article_add"),
    path("articles/<int:pk>/", article_detail, name="article_detail"),
    path("articles/<int:pk>/status/", article_status, name="article_status"),
    path("articles/<int:pk>/reparse/", article_reparse, name="article_reparse"),
    path("articles/<int:pk>/facts/", article_facts, name="article_facts"),
    path("review/", review_queue, name="review_queue"),
    path("statements/<int:pk>/review/", statement_review, name="statement_review"),
    path("statements/<int:pk>/edit/", statement_edit, name="statement_edit"),
    path("review/statements/move/", statements_move, name="statements_move"),
    path("review/actors/merge/", actors_merge, name="actors_merge"),
    path("review/stories/merge/", stories_merge, name="stories_merge"),
    path("review/stories/split/", stories_split, name="stories_split"),
]
