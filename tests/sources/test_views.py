"""The new pages: who may see and do what, CSRF on every form, bounded queries."""

import pytest
from django.test import Client
from django.urls import reverse

from sources.models import EntryState, FeedEntry, Source
from statements.models import AuditEntry, Stance
from tests.factories import ArticleFactory, StatementFactory, StatementLinkFactory, StoryFactory
from watch.models import Notification, Subscriber, Watch

pytestmark = pytest.mark.django_db

# Every request: the session, the user, the user's permissions and their groups' permissions.
REQUEST = 4


def make_sources(count: int) -> Source:
    sources = [
        Source.objects.create(url=f"https://news{n}.example/feed.xml", name=f"Feed {n}")
        for n in range(count)
    ]
    for source in sources[:3]:
        for n in range(count):
            FeedEntry.objects.create(
                source=source,
                guid=f"g{n}",
                url=f"https://news.example/{source.pk}/{n}",
                state=EntryState.SUBMITTED,
                article=ArticleFactory(),
            )
    return sources[0]


GETS = [
    ("source_list", []),
    ("watch_list", []),
    ("notification_list", []),
    ("notification_count", []),
]


@pytest.mark.parametrize(("name", "args"), GETS)
def test_anonymous_visitors_are_sent_to_log_in(anonymous_client, name, args):
    response = anonymous_client.get(reverse(name, args=args))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_analysts_do_not_see_the_sources(analyst_client):
    source = make_sources(1)
    assert analyst_client.get(reverse("source_list")).status_code == 403
    assert analyst_client.get(reverse("source_detail", args=[source.pk])).status_code == 403
    assert analyst_client.post(reverse("source_poll", args=[source.pk])).status_code == 403
    assert analyst_client.post(reverse("source_toggle", args=[source.pk])).status_code == 403
    response = analyst_client.post(
        reverse("source_list"), {"url": "https://x.example/f", "name": "X"}
    )
    assert response.status_code == 403
    assert Source.objects.count() == 1


def test_an_editor_adds_a_source_recorded_in_the_audit_trail(editor_client, editor):
    response = editor_client.post(
        reverse("source_list"),
        {
            "url": "https://news.example/feed.xml",
            "name": "News",
            "outlet": "",
            "country": "ru",
            "interval_minutes": 15,
        },
    )
    assert response.status_code == 302
    source = Source.objects.get()
    assert (source.country, source.interval_minutes, source.added_by) == ("RU", 15, editor)
    assert AuditEntry.objects.filter(action="add_source", object_id=source.pk, user=editor).exists()


def test_a_bad_feed_address_is_refused_with_the_reason(editor_client):
    response = editor_client.post(
        reverse("source_list"), {"url": "javascript:alert(1)", "name": "X", "interval_minutes": 5}
    )
    assert response.status_code == 200
    assert "Enter a valid URL" in response.content.decode()
    assert not Source.objects.exists()


def test_an_editor_polls_a_source_now_and_switches_it_off(
    editor_client, eager_tasks, django_capture_on_commit_callbacks
):
    source = Source.objects.create(url="http://127.0.0.1:9/feed.xml", name="Down")
    with django_capture_on_commit_callbacks(execute=True):
        assert editor_client.post(reverse("source_poll", args=[source.pk])).status_code == 302
    source.refresh_from_db()
    # The task ran: the address is not public and nobody allowed it.
    assert "non-public address" in source.last_error
    assert editor_client.post(reverse("source_toggle", args=[source.pk])).status_code == 302
    source.refresh_from_db()
    assert not source.enabled


def test_the_source_pages_escape_what_the_feed_gave(editor_client):
    source = Source.objects.create(
        url="https://news.example/feed.xml", name="<script>x</script>", last_error="<b>bad</b>"
    )
    FeedEntry.objects.create(source=source, guid="1", title="<img src=x onerror=y>")
    for url in (reverse("source_list"), reverse("source_detail", args=[source.pk])):
        page = editor_client.get(url).content.decode()
        assert "<script>x</script>" not in page
        assert "&lt;script&gt;x&lt;/script&gt;" in page
    page = editor_client.get(reverse("source_detail", args=[source.pk])).content.decode()
    assert "<img src=x" not in page


def test_the_source_page_shows_why_an_entry_was_given_up(editor_client):
    source = Source.objects.create(url="https://news.example/feed.xml", name="Wire")
    FeedEntry.objects.create(
        source=source,
        guid="1",
        state=EntryState.FAILED,
        attempts=5,
        note="Gave up after 5 attempts: The site answered 503.",
    )
    page = editor_client.get(reverse("source_detail", args=[source.pk])).content.decode()
    assert "Failed" in page
    assert "Gave up after 5 attempts: The site answered 503." in page


def test_an_analyst_follows_a_story_from_its_page(analyst_client, analyst):
    story = StoryFactory()
    response = analyst_client.post(
        reverse("watch_add"),
        {"kind": "story", "story": story.pk, "when": "filed", "next": story.get_absolute_url()},
    )
    assert response.status_code == 302
    assert response["Location"] == story.get_absolute_url()
    assert Watch.objects.get(user=analyst).story == story


def test_a_follow_without_its_target_is_refused(analyst_client, analyst):
    analyst_client.post(reverse("watch_add"), {"kind": "country", "country": "", "when": "filed"})
    assert not Watch.objects.exists()


def test_a_follow_to_an_outside_address_goes_back_to_the_watchlist(analyst_client):
    response = analyst_client.post(
        reverse("watch_add"),
        {"kind": "country", "country": "ru", "when": "filed", "next": "https://evil.example/"},
    )
    assert response["Location"] == reverse("watch_list")
    assert Watch.objects.get().country == "RU"


def test_a_user_cannot_delete_another_users_watch(analyst_client, editor):
    watch = Watch.objects.create(user=editor, kind="country", country="RU")
    assert analyst_client.post(reverse("watch_delete", args=[watch.pk])).status_code == 404
    assert Watch.objects.filter(pk=watch.pk).exists()


def test_the_digest_is_opt_in(analyst_client, analyst):
    analyst_client.post(reverse("digest_update"), {"email_digest": "on"})
    assert Subscriber.objects.get(user=analyst).email_digest


def test_the_header_count_shows_unread_notifications_and_mark_read_clears_it(
    analyst_client, analyst
):
    for statement in StatementFactory.create_batch(3):
        Notification.objects.create(user=analyst, statement=statement)
    fragment = analyst_client.get(reverse("notification_count"), headers={"HX-Request": "true"})
    assert '<span class="count">3</span>' in fragment.content.decode()
    assert "<html" not in fragment.content.decode()
    analyst_client.post(reverse("notifications_read"))
    fragment = analyst_client.get(reverse("notification_count"))
    assert fragment.content.decode().strip() == "Notifications"


def test_the_header_loads_the_count_after_the_page(analyst_client):
    page = analyst_client.get(reverse("watch_list")).content.decode()
    assert f'data-count-url="{reverse("notification_count")}"' in page
    assert "js/notifications.js" in page


POSTS = [
    ("watch_add", {"kind": "country", "country": "RU", "when": "filed"}),
    ("digest_update", {"email_digest": "on"}),
    ("token_revoke", {}),
    ("notifications_read", {}),
]


@pytest.mark.parametrize(("name", "data"), POSTS)
def test_watch_forms_need_the_csrf_token(analyst, name, data):
    client = Client(enforce_csrf_checks=True)
    client.force_login(analyst)
    assert client.post(reverse(name), data).status_code == 403


def test_source_forms_need_the_csrf_token(editor):
    source = make_sources(1)
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    for url in (
        reverse("source_list"),
        reverse("source_poll", args=[source.pk]),
        reverse("source_toggle", args=[source.pk]),
        reverse("watch_delete", args=[1]),
    ):
        assert client.post(url, {"url": "https://x.example/f", "name": "X"}).status_code == 403
    assert Source.objects.count() == 1


def test_get_only_pages_refuse_posts(analyst_client, editor_client):
    assert analyst_client.post(reverse("notification_list")).status_code == 405
    assert analyst_client.post(reverse("notification_count")).status_code == 405
    assert analyst_client.get(reverse("token_revoke")).status_code == 405


# ------------------------------------------------------------------------ query budgets
@pytest.fixture(params=[3, 60], ids=["3-rows", "60-rows"])
def rows(request):
    return request.param


# Sources page: the paginator's count (1) and the page of sources (1).
SOURCE_LIST = REQUEST + 2


def test_source_list_query_budget(editor_client, rows, django_assert_max_num_queries):
    make_sources(rows)
    with django_assert_max_num_queries(SOURCE_LIST):
        assert editor_client.get(reverse("source_list")).status_code == 200


# Source page: the source (1), the paginator's count (1), the page of entries with their
# articles (1).
SOURCE_DETAIL = REQUEST + 3


def test_source_page_query_budget(editor_client, rows, django_assert_max_num_queries):
    source = make_sources(rows)
    with django_assert_max_num_queries(SOURCE_DETAIL):
        assert editor_client.get(reverse("source_detail", args=[source.pk])).status_code == 200


# Notifications: the paginator's count (1), the page with statement, speaker, article, story,
# watch and its story and actor joined (1), the statements' links out with their targets'
# speakers (1).
NOTIFICATIONS = REQUEST + 3


def test_notifications_query_budget(analyst_client, analyst, rows, django_assert_max_num_queries):
    story = StoryFactory()
    watch = Watch.objects.create(user=analyst, kind="story", story=story)
    for _ in range(rows):
        denial = StatementFactory(story=story, stance=Stance.DENIAL)
        StatementLinkFactory(source=denial)
        Notification.objects.create(user=analyst, statement=denial, watch=watch)
    with django_assert_max_num_queries(NOTIFICATIONS):
        response = analyst_client.get(reverse("notification_list"))
    assert response.content.decode().count("See the evidence") == min(rows, 30)


# Watchlist: the paginator's count (1), the page of watches with actor and story (1), the
# user's feed token (1).
WATCH_LIST = REQUEST + 3


def test_watch_list_query_budget(analyst_client, analyst, rows, django_assert_max_num_queries):
    Subscriber.objects.create(user=analyst)
    for _ in range(rows):
        Watch.objects.create(user=analyst, kind="story", story=StoryFactory())
    with django_assert_max_num_queries(WATCH_LIST):
        assert analyst_client.get(reverse("watch_list")).status_code == 200


# The header's count: one COUNT.
COUNT = REQUEST + 1


def test_notification_count_query_budget(analyst_client, analyst, django_assert_max_num_queries):
    with django_assert_max_num_queries(COUNT):
        assert analyst_client.get(reverse("notification_count")).status_code == 200


# An Atom feed needs no session: the token with its user (1), the user's permissions and their
# groups' (2), the story (1), the newest statements with speaker, article and story (1), their
# links out with targets' speakers (1).
FEED = 6


def test_feed_query_budget(anonymous_client, analyst, rows, django_assert_max_num_queries):
    story = StoryFactory()
    for _ in range(rows):
        StatementLinkFactory(source=StatementFactory(story=story, stance=Stance.DENIAL))
    token = Subscriber.objects.create(user=analyst).feed_token
    with django_assert_max_num_queries(FEED):
        response = anonymous_client.get(reverse("story_feed", args=[token, story.slug]))
    assert response.status_code == 200


def test_the_sources_page_says_each_sources_state_in_words(editor_client):
    Source.objects.create(
        url="https://a.example/f", name="A", last_status="not_a_feed", last_error="HTML page"
    )
    Source.objects.create(url="https://b.example/f", name="B", last_status="not_modified")
    Source.objects.create(url="https://c.example/f", name="C", flagged=True, failures=4)
    page = editor_client.get(reverse("source_list")).content.decode()
    assert "Not a feed" in page
    assert "Unchanged since the last poll" in page
    assert "Flagged: 4 failures in a row" in page
