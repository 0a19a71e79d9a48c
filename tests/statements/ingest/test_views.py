"""Editors add and review articles; analysts may read the article page but change nothing."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import resolve, reverse

from actors.models import Actor
from statements.models import (
    Article,
    AuditEntry,
    IngestStatus,
    ReviewStatus,
    Stance,
    Statement,
    Story,
)
from statements.views import review
from tests.factories import ActorFactory, StatementFactory, StoryFactory

pytestmark = pytest.mark.django_db

TEXT = (
    "The Morning Ledger reported on Monday, citing two officials, that Veloria had sold grain "
    "to a sanctioned buyer.\n\nVeloria's foreign ministry on Tuesday denied the report. "
    '"These claims are false," ministry spokeswoman Lena Ortiz told reporters.'
)

EDITOR_POSTS = [
    ("article_add", {}),
    ("article_reparse", {"pk": 1}),
    ("statement_review", {"pk": 1}),
    ("statement_edit", {"pk": 1}),
    ("statements_move", {}),
    ("actors_merge", {}),
    ("stories_merge", {}),
    ("stories_split", {}),
    ("article_facts", {"pk": 1}),
]


@pytest.mark.parametrize(("name", "kwargs"), EDITOR_POSTS)
def test_analyst_cannot_use_any_editor_action(analyst_client, name, kwargs):
    StatementFactory()
    assert (
        analyst_client.post(reverse(name, kwargs=kwargs), {"decision": "accepted"}).status_code
        == 403
    )


@pytest.mark.parametrize(("name", "kwargs"), EDITOR_POSTS)
def test_every_editor_url_reaches_the_review_view_and_no_other_page(name, kwargs):
    assert resolve(reverse(name, kwargs=kwargs)).func.__module__ == review.__name__


@pytest.mark.parametrize("name", ["article_add", "review_queue"])
def test_analyst_cannot_open_editor_pages(analyst_client, name):
    assert analyst_client.get(reverse(name)).status_code == 403


@pytest.mark.parametrize("name", ["article_add", "review_queue"])
def test_anonymous_user_is_sent_to_login_from_editor_pages(anonymous_client, name):
    response = anonymous_client.get(reverse(name))
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))


@pytest.mark.parametrize(("name", "kwargs"), EDITOR_POSTS)
def test_anonymous_user_is_sent_to_login_from_every_editor_action(anonymous_client, name, kwargs):
    StatementFactory()
    before = AuditEntry.objects.count(), Statement.objects.count()
    response = anonymous_client.post(reverse(name, kwargs=kwargs), {"decision": "accepted"})
    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))
    assert (AuditEntry.objects.count(), Statement.objects.count()) == before


def test_editor_adds_pasted_text_and_lands_on_the_filed_article(
    editor_client, eager_tasks, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(
            reverse("article_add"),
            {
                "text": TEXT,
                "title": "Grain sale denied",
                "outlet": "Wire",
                "published": "2026-03-12",
            },
        )
    article = Article.objects.get()
    assert response.status_code == 302 and response.url == article.get_absolute_url()
    assert article.status == IngestStatus.DONE
    assert article.added_by.username == "eddie"
    page = editor_client.get(article.get_absolute_url())
    assert page.status_code == 200
    assert b'class="evidence' in page.content
    assert b"Accept" in page.content


def test_adding_the_same_text_twice_shows_the_existing_article(
    editor_client, eager_tasks, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        editor_client.post(reverse("article_add"), {"text": TEXT})
        response = editor_client.post(reverse("article_add"), {"text": TEXT}, follow=True)
    assert Article.objects.count() == 1
    assert b"already added" in response.content


def test_an_empty_form_says_what_is_missing_and_adds_nothing(editor_client):
    response = editor_client.post(reverse("article_add"), {"title": "kept"})
    assert response.status_code == 200
    assert b"Paste the article text, give its URL, or upload a file." in response.content
    assert b'value="kept"' in response.content
    assert not Article.objects.exists()


def test_an_upload_that_is_not_utf8_is_refused_with_a_failed_record(editor_client):
    upload = SimpleUploadedFile(
        "report.txt", b"Minist\xe8re: \xff\xfe broken", content_type="text/plain"
    )
    response = editor_client.post(reverse("article_add"), {"upload": upload, "title": "Broken"})
    assert response.status_code == 200
    assert b"not valid UTF-8" in response.content
    article = Article.objects.get()
    assert article.status == IngestStatus.FAILED
    assert "not valid UTF-8" in article.error
    assert not Statement.objects.exists() and not Story.objects.exists()


def test_an_html_upload_is_extracted_and_parsed(
    editor_client, eager_tasks, django_capture_on_commit_callbacks
):
    html = (
        "<html><head><title>Grain</title></head><body><nav>Menu</nav>"
        f"<article><p>{TEXT}</p></article></body></html>"
    )
    upload = SimpleUploadedFile("page.html", html.encode(), content_type="text/html")
    with django_capture_on_commit_callbacks(execute=True):
        editor_client.post(reverse("article_add"), {"upload": upload})
    article = Article.objects.get()
    assert article.status == IngestStatus.DONE, article.error
    assert "Menu" not in article.text and "sanctioned buyer" in article.text
    assert article.statements.exists()


def test_a_url_to_an_internal_address_fails_with_a_clear_message(
    editor_client, eager_tasks, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        editor_client.post(reverse("article_add"), {"url": "http://127.0.0.1:5432/"})
    article = Article.objects.get()
    assert article.status == IngestStatus.FAILED
    response = editor_client.get(reverse("article_detail", args=[article.pk]))
    assert b"non-public address" in response.content
    assert b"hx-trigger" not in response.content
    assert not Statement.objects.exists()


def test_editor_accepts_a_statement_inline_and_it_is_audited(editor_client, editor):
    statement = StatementFactory()
    response = editor_client.post(
        reverse("statement_review", args=[statement.pk]),
        {"decision": "accepted"},
        headers={"HX-Request": "true"},
    )
    assert response.status_code == 200
    assert f'id="statement-{statement.pk}"'.encode() in response.content
    assert b"<html" not in response.content
    statement.refresh_from_db()
    assert statement.review_status == ReviewStatus.ACCEPTED and statement.reviewed_by == editor
    entry = AuditEntry.objects.get()
    assert (entry.user, entry.action, entry.object_id) == (editor, "review", statement.pk)


def test_editor_edits_stance_and_links_of_a_statement(editor_client):
    claim = StatementFactory(stance=Stance.CLAIM)
    denial = StatementFactory(article=claim.article, story=claim.story, stance=Stance.COMMENT)
    response = editor_client.post(
        reverse("statement_edit", args=[denial.pk]),
        {
            "speaker": denial.speaker_id,
            "stance": "denial",
            "text": "It never happened.",
            "made_on": "2026-03-11",
            "story": claim.story_id,
            "denies": [claim.pk],
        },
        headers={"HX-Request": "true"},
    )
    assert response.status_code == 200
    denial.refresh_from_db()
    assert denial.stance == Stance.DENIAL and denial.text == "It never happened."
    assert list(denial.links_out.values_list("target_id", "kind")) == [(claim.pk, "denies")]
    assert denial.review_status == ReviewStatus.ACCEPTED


def test_an_invalid_edit_comes_back_with_its_errors_and_changes_nothing(editor_client):
    statement = StatementFactory(text="Original.")
    response = editor_client.post(
        reverse("statement_edit", args=[statement.pk]),
        {"speaker": statement.speaker_id, "stance": "rumour", "text": "Changed."},
        headers={"HX-Request": "true"},
    )
    assert response.status_code == 200
    assert b"rumour is not one of the available choices" in response.content
    statement.refresh_from_db()
    assert statement.text == "Original."


def test_editor_merges_two_actors_and_statements_follow(editor_client):
    keep, merge = ActorFactory(name="Jake Sullivan"), ActorFactory(name="Jake Salevan")
    statement = StatementFactory(speaker=merge)
    response = editor_client.post(reverse("actors_merge"), {"keep": keep.pk, "merge": merge.pk})
    assert response.status_code == 302
    statement.refresh_from_db()
    assert statement.speaker == keep
    assert not Actor.objects.filter(pk=merge.pk).exists()
    assert keep.aliases.filter(normalised="jake salevan").exists()
    assert AuditEntry.objects.filter(action="merge_actor").exists()


def test_merging_an_actor_into_itself_is_refused(editor_client):
    actor = ActorFactory()
    response = editor_client.post(
        reverse("actors_merge"), {"keep": actor.pk, "merge": actor.pk}, follow=True
    )
    assert b"Choose two different actors." in response.content
    assert Actor.objects.filter(pk=actor.pk).exists()


def test_editor_moves_statements_and_merges_stories(editor_client):
    first, second = StoryFactory(), StoryFactory()
    statement = StatementFactory(story=first)
    editor_client.post(
        reverse("statements_move"), {"statements": [statement.pk], "story": second.pk}
    )
    statement.refresh_from_db()
    assert statement.story == second
    other = StatementFactory(story=first)
    editor_client.post(reverse("stories_merge"), {"keep": second.pk, "merge": first.pk})
    other.refresh_from_db()
    assert other.story == second
    assert not Story.objects.filter(pk=first.pk).exists()


def test_the_status_fragment_polls_until_done_then_brings_the_statements(editor_client):
    statement = StatementFactory()
    article = statement.article
    article.status = IngestStatus.PARSING
    article.save()
    url = reverse("article_status", args=[article.pk])
    polling = editor_client.get(url, headers={"HX-Request": "true"})
    assert b'hx-trigger="every 1s"' in polling.content
    article.status = IngestStatus.DONE
    article.save()
    done = editor_client.get(url, headers={"HX-Request": "true"})
    assert b"hx-trigger" not in done.content
    assert b'hx-swap-oob="true"' in done.content
    assert f'id="statement-{statement.pk}"'.encode() in done.content


def test_the_review_queue_lists_articles_waiting_for_review(editor_client):
    waiting = StatementFactory().article
    done = StatementFactory(review_status=ReviewStatus.ACCEPTED).article
    response = editor_client.get(reverse("review_queue"))
    assert waiting.title.encode() in response.content
    assert done.title.encode() not in response.content


def test_analyst_reads_the_article_page_without_review_controls(analyst_client):
    statement = StatementFactory()
    response = analyst_client.get(statement.article.get_absolute_url())
    assert response.status_code == 200
    assert b"Accept" not in response.content and b"Parse again" not in response.content


@pytest.mark.parametrize("client_name", ["editor_client", "analyst_client"])
def test_the_article_page_runs_a_bounded_number_of_queries(
    request, client_name, django_assert_max_num_queries
):
    from tests.factories import ArticleFactory, StatementLinkFactory

    client = request.getfixturevalue(client_name)
    article = ArticleFactory(text="x" * 2000)
    story = StoryFactory()
    statements = [
        StatementFactory(
            article=article, story=story, evidence_start=i * 50, evidence_end=i * 50 + 40
        )
        for i in range(20)
    ]
    for source, target in zip(statements[1:], statements, strict=False):
        StatementLinkFactory(source=source, target=target)
    with django_assert_max_num_queries(15):
        response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    assert response.content.count(b'class="statement statement--') == 20


def test_the_review_queue_pages_through_many_articles_in_few_queries(
    editor_client, django_assert_max_num_queries
):
    for _ in range(30):
        StatementFactory()
    with django_assert_max_num_queries(10):
        first = editor_client.get(reverse("review_queue"))
    second = editor_client.get(reverse("review_queue"), {"page": 2})
    assert first.status_code == second.status_code == 200
    assert b"?page=2" in first.content
    titles = {a.title for a in Article.objects.all()}
    shown_first = {t for t in titles if f">{t}</a>".encode() in first.content}
    shown_second = {t for t in titles if f">{t}</a>".encode() in second.content}
    assert len(shown_first) == 25 and len(shown_second) == 5
    assert not shown_first & shown_second


def test_hostile_article_text_is_shown_escaped(analyst_client):
    from tests.factories import ArticleFactory

    hostile = (
        '<script>alert(1)</script> The ministry said "<img src=x onerror=alert(2)>" was false.'
    )
    article = ArticleFactory(raw_text=hostile, text=hostile, title="<b>bold</b> title")
    StatementFactory(article=article, evidence_start=0, evidence_end=len(hostile))
    response = analyst_client.get(article.get_absolute_url())
    assert b"<script>alert(1)" not in response.content
    assert b"<img src=x" not in response.content
    assert b"&lt;script&gt;alert(1)&lt;/script&gt;" in response.content
    assert b"<b>bold</b>" not in response.content


@pytest.mark.parametrize(("view", "fragment_id"), [("review_queue", "queue"), ("article", "")])
def test_htmx_requests_get_the_fragment_and_plain_requests_the_page(
    editor_client, view, fragment_id
):
    statement = StatementFactory()
    url = statement.article.get_absolute_url() if view == "article" else reverse(view)
    fragment = editor_client.get(url, headers={"HX-Request": "true"})
    page = editor_client.get(url)
    assert b"<html" not in fragment.content and b"<html" in page.content
    marker = f'id="{fragment_id}"' if fragment_id else f'id="statement-{statement.pk}"'
    assert marker.encode() in fragment.content and marker.encode() in page.content
