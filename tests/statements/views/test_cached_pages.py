"""Cached fragments never outlive a change: filing, review, edits and merges show at once.

The cache is this process's memory here (no CACHE_URL), as it is Redis in production: the keys
hold the story's or actor's version, which each change bumps in its own transaction.
"""

import datetime as dt
import re
import time
from urllib.parse import urlencode

from django.test import Client
from django.urls import reverse
from django.utils import timezone

from actors.models import Affiliation
from statements import activity, ingest, pagecache, services
from statements.choices import IngestStatus
from statements.models import LIVE_WINDOW, Article, ReviewStatus, Stance
from tests.factories import (
    ActorFactory,
    AliasFactory,
    StatementFactory,
    StatementLinkFactory,
    StoryFactory,
    UserFactory,
)

TEXT = (
    "The Daily Courier reported on Monday, citing two officials, that the government of Veloria "
    "had sold grain to a sanctioned buyer in March. The Velorian foreign ministry on Tuesday "
    'denied the report. "These claims are false," ministry spokeswoman Lena Ortiz told '
    "reporters in the capital."
)


def disputed_story():
    """A claim and its denial on one story."""
    story = StoryFactory(title="Grain sale dispute")
    claim = StatementFactory(story=story, stance=Stance.CLAIM, text="Veloria sold the grain.")
    denial = StatementFactory(story=story, stance=Stance.DENIAL, text="We sold no grain at all.")
    StatementLinkFactory(source=denial, target=claim)
    return story, claim, denial


def page(client, url, **headers) -> str:
    response = client.get(url, headers=headers)
    assert response.status_code == 200
    return response.content.decode()


def test_a_second_request_is_served_from_the_cache(analyst_client, django_assert_num_queries):
    story, _, _ = disputed_story()
    page(analyst_client, story.get_absolute_url())
    # Warm: the session, the user with their permissions (statements.authcache), the content
    # token, whether an ingest runs on the story (statements.activity) and the page all come
    # from the cache.
    with django_assert_num_queries(0):
        assert "Veloria sold the grain." in page(analyst_client, story.get_absolute_url())


def test_a_second_story_list_runs_no_query(analyst_client, django_assert_num_queries):
    disputed_story()
    page(analyst_client, reverse("stories"))
    # The page's ids and count and the filter's countries are cached under the content token,
    # the session and the user's permissions by their own versions.
    with django_assert_num_queries(0):
        assert "1 story" in page(analyst_client, reverse("stories"))


def test_filing_an_article_shows_in_the_cached_story_list_at_once(
    analyst_client, editor, eager_tasks, django_capture_on_commit_callbacks
):
    disputed_story()
    before = page(analyst_client, reverse("stories"))
    assert "1 story" in before
    with django_capture_on_commit_callbacks(execute=True):
        services.submit_article(
            user=editor,
            text=TEXT,
            html="",
            url="",
            title="Grain report",
            outlet="Daily Courier",
            published=dt.date(2026, 3, 20),
        )
    after = page(analyst_client, reverse("stories"))
    assert "2 stories" in after and "These claims are false" not in before


def test_reviewing_changes_the_cached_timeline_at_once(analyst_client, editor):
    story, _, denial = disputed_story()
    assert "We sold no grain at all." in page(analyst_client, story.get_absolute_url())
    services.review_statement(statement=denial, decision=ReviewStatus.REJECTED, editor=editor)
    # Rejected statements are left out by default.
    assert "We sold no grain at all." not in page(analyst_client, story.get_absolute_url())


def test_editing_changes_the_cached_timeline_and_actor_page_at_once(analyst_client, editor):
    story, claim, _ = disputed_story()
    actor_url = reverse("actor_detail", args=[claim.speaker_id])
    assert "Veloria sold the grain." in page(analyst_client, story.get_absolute_url())
    assert "Veloria sold the grain." in page(analyst_client, actor_url)
    services.edit_statement(statement=claim, editor=editor, changes={"text": "Veloria sold wheat."})
    assert "Veloria sold wheat." in page(analyst_client, story.get_absolute_url())
    assert "Veloria sold wheat." in page(analyst_client, actor_url)
    # An htmx request for the fragment sees it too.
    fragment = page(analyst_client, story.get_absolute_url(), HX_Request="true")
    assert "Veloria sold wheat." in fragment and "<html" not in fragment


def test_merging_stories_changes_the_cached_pages_at_once(analyst_client, editor):
    story, _, _ = disputed_story()
    other = StoryFactory(title="Grain sale, second report")
    StatementFactory(story=other, stance=Stance.DENIAL, text="The report is invented.")
    assert "The report is invented." not in page(analyst_client, story.get_absolute_url())
    assert "2 stories" in page(analyst_client, reverse("stories"))
    services.merge_stories(keep=story, merge=other, editor=editor)
    assert "The report is invented." in page(analyst_client, story.get_absolute_url())
    assert "1 story" in page(analyst_client, reverse("stories"))


def test_merging_actors_changes_the_cached_actor_page_at_once(analyst_client, editor):
    _, claim, denial = disputed_story()
    keep = ActorFactory(name="Courier desk")
    url = reverse("actor_detail", args=[keep.pk])
    assert "Veloria sold the grain." not in page(analyst_client, url)
    services.merge_actors(keep=keep, merge=claim.speaker, editor=editor)
    body = page(analyst_client, url)
    assert "Veloria sold the grain." in body
    # Whom it contradicts follows: the denial's speaker denied it.
    assert denial.speaker.name in body


def test_an_unchanged_story_page_answers_304_and_a_changed_one_200(analyst_client, editor):
    story, claim, _ = disputed_story()
    first = analyst_client.get(story.get_absolute_url())
    tag = first["ETag"]
    again = analyst_client.get(story.get_absolute_url(), headers={"If-None-Match": tag})
    assert again.status_code == 304 and again["ETag"] == tag
    services.review_statement(statement=claim, decision=ReviewStatus.ACCEPTED, editor=editor)
    changed = analyst_client.get(story.get_absolute_url(), headers={"If-None-Match": tag})
    assert changed.status_code == 200 and changed["ETag"] != tag


def test_the_etag_is_the_readers_own(analyst_client, editor_client):
    story, _, _ = disputed_story()
    tag = analyst_client.get(story.get_absolute_url())["ETag"]
    other = editor_client.get(story.get_absolute_url(), headers={"If-None-Match": tag})
    assert other.status_code == 200


def test_an_editor_and_an_analyst_get_their_own_cached_timeline(analyst_client, editor_client):
    story, _, _ = disputed_story()
    assert "Review or edit" not in page(analyst_client, story.get_absolute_url())
    assert "Review or edit" in page(editor_client, story.get_absolute_url())
    assert "Review or edit" not in page(analyst_client, story.get_absolute_url())


def test_a_new_denial_shows_on_the_denied_actors_cached_page_at_once(analyst_client, editor):
    _, claim, denial = disputed_story()
    other = StatementFactory(stance=Stance.CLAIM, text="A claim of someone else.")
    url = reverse("actor_detail", args=[other.speaker_id])
    assert denial.speaker.name not in page(analyst_client, url)
    services.edit_statement(statement=denial, editor=editor, changes={}, denies=[claim, other])
    body = page(analyst_client, url)
    # In the record ("Denied by") and among those who contradicted them.
    assert body.count(denial.speaker.name) >= 2


# Whole pages (statements.pagecache): shared by a role, with the reader's own parts put back.


def csrf_client(username: str, role: str = "analyst") -> Client:
    client = Client(enforce_csrf_checks=True)
    client.force_login(UserFactory(username=username, role=role))
    return client


def token_in(html: str) -> str:
    match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    assert match, "the page has no CSRF token"
    return match.group(1)


def follow(client: Client, story, token: str):
    data = {"kind": "story", "story": story.pk, "when": "filed", "next": story.get_absolute_url()}
    return client.post(reverse("watch_add"), data, headers={"X-CSRFToken": token})


def test_a_cached_page_carries_each_readers_own_name_and_csrf_token(
    db, django_assert_max_num_queries
):
    story, _, _ = disputed_story()
    first, second = csrf_client("first-reader"), csrf_client("second-reader")
    mine = page(first, story.get_absolute_url())
    page(second, story.get_absolute_url())
    # The second reader's next request is the cached page.
    with django_assert_max_num_queries(0):
        theirs = page(second, story.get_absolute_url())
    assert "first-reader" in mine and "second-reader" not in mine
    assert "second-reader" in theirs and "first-reader" not in theirs
    assert "<!--dementi:" not in mine + theirs
    # Each page's token is its reader's: it works for them and not for the other reader.
    assert token_in(theirs) != token_in(mine)
    assert follow(second, story, token_in(mine)).status_code == 403
    assert follow(second, story, token_in(theirs)).status_code == 302


def test_a_cached_page_still_enforces_csrf(db):
    story, _, _ = disputed_story()
    client = csrf_client("reader")
    page(client, story.get_absolute_url())
    page(client, story.get_absolute_url())
    assert follow(client, story, "").status_code == 403


def test_every_csrf_token_of_a_cached_page_is_the_readers(editor):
    # The actor page of an analyst has the follow form; the frame has the htmx header.
    _, claim, _ = disputed_story()
    url = reverse("actor_detail", args=[claim.speaker_id])
    page(csrf_client("first-reader"), url)
    html = page(csrf_client("second-reader"), url)
    header = re.search(r'"x-csrftoken": "([^"]+)"', html)
    assert header and token_in(html)
    assert "<!--dementi:" not in html


def test_a_waiting_message_shows_on_a_cached_page_once(db):
    story, _, _ = disputed_story()
    client = csrf_client("reader")
    html = page(client, story.get_absolute_url())
    page(client, story.get_absolute_url())
    assert follow(client, story, token_in(html)).status_code == 302
    assert "You follow" in page(client, story.get_absolute_url())
    assert "You follow" not in page(client, story.get_absolute_url())


def test_an_editor_and_an_analyst_get_their_own_cached_story_list(analyst_client, editor_client):
    disputed_story()
    assert "Review queue" in page(editor_client, reverse("stories"))
    assert "Review queue" not in page(analyst_client, reverse("stories"))
    assert "Review queue" in page(editor_client, reverse("stories"))


def test_each_query_string_has_its_own_cached_page(analyst_client):
    story, _, _ = disputed_story()
    url = story.get_absolute_url()
    everything = page(analyst_client, f"{url}?include=everything")
    assert "Hide rejected statements" in everything
    assert "Hide rejected statements" not in page(analyst_client, url)


def test_renaming_a_story_shows_on_its_cached_page_at_once(analyst_client):
    story, _, _ = disputed_story()
    page(analyst_client, story.get_absolute_url())
    # As the admin would: no service, no version bump.
    story.title = "Grain sale, renamed"
    story.save(update_fields=["title"])
    assert "Grain sale, renamed" in page(analyst_client, story.get_absolute_url())


def test_an_alias_added_in_the_admin_shows_on_the_cached_actor_page_at_once(analyst_client):
    _, claim, _ = disputed_story()
    url = reverse("actor_detail", args=[claim.speaker_id])
    page(analyst_client, url)
    AliasFactory(actor=claim.speaker, name="The grain people")
    assert "The grain people" in page(analyst_client, url)


def test_an_htmx_request_and_a_whole_page_are_cached_apart(analyst_client):
    story, _, _ = disputed_story()
    whole = page(analyst_client, story.get_absolute_url())
    fragment = page(analyst_client, story.get_absolute_url(), HX_Request="true")
    assert "<html" in whole and "<html" not in fragment
    assert "<html" in page(analyst_client, story.get_absolute_url())


def test_a_cached_page_drops_indentation_but_keeps_preformatted_text():
    assert pagecache.compact("<ul>\n    <li>a</li>\n  </ul>") == "<ul>\n<li>a</li>\n</ul>"
    preformatted = '<p class="article-text__body">line\n    indented</p>'
    assert pagecache.compact(preformatted) == preformatted


# Search: statements, stories and actors cached under the content token, articles live.


def search(client, q: str, **params: str) -> str:
    return page(client, f"{reverse('search')}?{urlencode({'q': q, **params})}")


def test_reviewing_changes_the_cached_search_at_once(analyst_client, editor):
    _, _, denial = disputed_story()
    assert "We sold no grain at all." in search(analyst_client, "grain")
    assert "We sold no grain at all." in search(analyst_client, "grain", kind="statements")
    services.review_statement(statement=denial, decision=ReviewStatus.REJECTED, editor=editor)
    assert "We sold no grain at all." not in search(analyst_client, "grain")
    assert "We sold no grain at all." not in search(analyst_client, "grain", kind="statements")


def test_editing_changes_the_cached_search_at_once(analyst_client, editor):
    _, claim, _ = disputed_story()
    assert "Veloria sold the grain." in search(analyst_client, "Veloria")
    services.edit_statement(statement=claim, editor=editor, changes={"text": "Veloria sold wheat."})
    assert "Veloria sold wheat." in search(analyst_client, "Veloria")


def test_a_story_or_alias_renamed_in_the_admin_shows_in_the_cached_search_at_once(analyst_client):
    story, claim, _ = disputed_story()
    assert "Harvest row" not in search(analyst_client, "harvest")
    story.title = "Harvest row"
    story.save(update_fields=["title"])
    assert "Harvest row" in search(analyst_client, "harvest")
    AliasFactory(actor=claim.speaker, name="Harvest desk")
    assert claim.speaker.name in search(analyst_client, "harvest desk", kind="actors")


def test_a_second_search_runs_no_query(analyst_client, django_assert_num_queries):
    _, claim, _ = disputed_story()
    Article.objects.filter(pk=claim.article_id).update(title="Grain ledger", text=TEXT)
    assert "Grain ledger" in search(analyst_client, "grain")
    with django_assert_num_queries(0):
        assert "Grain ledger" in search(analyst_client, "grain")
    assert "Grain ledger" in search(analyst_client, "grain", kind="articles")
    with django_assert_num_queries(0):
        assert "Grain ledger" in search(analyst_client, "grain", kind="articles")


def test_a_cached_search_page_carries_each_readers_own_name(db, django_assert_num_queries):
    disputed_story()
    first, second = csrf_client("first-reader"), csrf_client("second-reader")
    mine = search(first, "grain")
    search(second, "grain", include="everything")  # the session and the user, now cached
    with django_assert_num_queries(0):
        theirs = search(second, "grain")
    assert "first-reader" in mine and "second-reader" not in mine
    assert "second-reader" in theirs and "first-reader" not in theirs
    assert "<!--dementi:" not in mine + theirs


def test_an_article_filed_renamed_or_deleted_shows_in_the_cached_search_at_once(analyst_client):
    _, claim, _ = disputed_story()
    article = claim.article
    assert "Harvest ledger" not in search(analyst_client, "harvest")
    assert "Harvest ledger" not in search(analyst_client, "harvest", kind="articles")
    # As the pipeline's stages do: a conditional UPDATE, no signal, no version.
    Article.objects.filter(pk=article.pk).update(title="Harvest ledger", text=TEXT)
    assert "Harvest ledger" in search(analyst_client, "harvest")
    assert "Harvest ledger" in search(analyst_client, "harvest", kind="articles")
    # As an edit or the filing stage does: a save.
    article.refresh_from_db()
    article.title = "Harvest book"
    article.save(update_fields=["title"])
    assert "Harvest book" in search(analyst_client, "harvest")
    assert "Harvest ledger" not in search(analyst_client, "harvest", kind="articles")
    article.delete()
    assert "Harvest book" not in search(analyst_client, "harvest")


def test_a_second_actor_page_runs_no_query(analyst_client, django_assert_num_queries):
    _, claim, _ = disputed_story()
    url = reverse("actor_detail", args=[claim.speaker_id])
    page(analyst_client, url)
    with django_assert_num_queries(0):
        assert "Veloria sold the grain." in page(analyst_client, url)


def test_an_affiliation_made_in_the_admin_shows_on_the_cached_actor_page_at_once(analyst_client):
    _, claim, _ = disputed_story()
    ministry = ActorFactory(name="Ministry of Harvests")
    url = reverse("actor_detail", args=[claim.speaker_id])
    assert "Ministry of Harvests" not in page(analyst_client, url)
    # As the admin would: a plain save, no service.
    Affiliation.objects.create(actor=claim.speaker, organisation=ministry)
    assert "Ministry of Harvests" in page(analyst_client, url)


def test_an_ingest_starting_on_a_story_shows_on_its_cached_page_at_once(analyst_client):
    story, claim, _ = disputed_story()
    Article.objects.filter(pk=claim.article_id).update(status=IngestStatus.DONE)
    assert "being processed" not in page(analyst_client, story.get_absolute_url())
    # As the pipeline does: a conditional update, which bumps no version.
    Article.objects.filter(pk=claim.article_id).update(
        status=IngestStatus.PARSING, updated_at=timezone.now()
    )
    assert "being processed" in page(analyst_client, story.get_absolute_url())


def live_page(client, story) -> bool:
    return "being processed" in page(client, story.get_absolute_url())


def test_an_ingest_ending_or_failing_stops_showing_on_its_cached_page_at_once(analyst_client):
    story, claim, _ = disputed_story()
    article_id = claim.article_id
    services.reparse_article(claim.article)
    ingest.set_status(article_id, IngestStatus.PARSING)
    assert live_page(analyst_client, story)
    assert live_page(analyst_client, story)
    # The filing stage ends with a save of the article.
    article = Article.objects.get(pk=article_id)
    article.status = IngestStatus.DONE
    article.save(update_fields=["status", "updated_at"])
    assert not live_page(analyst_client, story)
    # Again, ending in failure (a conditional UPDATE).
    services.reparse_article(article)
    assert live_page(analyst_client, story)
    ingest.fail(article_id, "Gave up")
    assert not live_page(analyst_client, story)


def test_a_stalled_ingest_stops_showing_when_its_window_ends(analyst_client):
    story, claim, _ = disputed_story()
    # Moved LIVE_WINDOW ago but for three seconds: live now, stalled three seconds later (the
    # cached answer is believed for the whole seconds left, rounded up).
    moved = timezone.now() - LIVE_WINDOW + dt.timedelta(seconds=3)
    Article.objects.filter(pk=claim.article_id).update(
        status=IngestStatus.PARSING, updated_at=moved
    )
    assert live_page(analyst_client, story)
    time.sleep(4.2)
    assert not live_page(analyst_client, story)


def test_an_ingest_elsewhere_leaves_a_story_page_cached(analyst_client, django_assert_num_queries):
    story, _, _ = disputed_story()
    other, _, _ = disputed_story()
    assert not live_page(analyst_client, story)
    Article.objects.filter(pk=other.statements.first().article_id).update(
        status=IngestStatus.PARSING, updated_at=timezone.now()
    )
    assert live_page(analyst_client, other)
    # The answer is asked again under the new articles' token (one query); the page is the same.
    with django_assert_num_queries(1):
        assert not live_page(analyst_client, story)
    with django_assert_num_queries(0):
        assert not live_page(analyst_client, story)


def test_reviewing_and_editing_change_a_cached_live_page_at_once(analyst_client, editor):
    story, claim, denial = disputed_story()
    Article.objects.filter(pk=claim.article_id).update(
        status=IngestStatus.PARSING, updated_at=timezone.now()
    )
    assert live_page(analyst_client, story)
    services.review_statement(statement=denial, decision=ReviewStatus.REJECTED, editor=editor)
    services.edit_statement(statement=claim, editor=editor, changes={"text": "Veloria sold oats."})
    body = page(analyst_client, story.get_absolute_url())
    assert "being processed" in body
    assert "Veloria sold oats." in body


def test_handing_a_job_to_the_broker_keeps_the_articles_token(db):
    article = StatementFactory().article
    before = activity.articles_version()
    ingest.record_enqueued(article.pk, accepted=True)
    assert activity.articles_version() == before
    Article.objects.filter(pk=article.pk).update(status=IngestStatus.QUEUED)
    assert activity.articles_version() != before
