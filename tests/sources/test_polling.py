"""Polling feeds on a real HTTP server on 127.0.0.1: articles once, politely, clear failures."""

import datetime as dt

import pytest
from django.core.management import call_command
from django.utils import timezone

from sources import polling
from sources.fetching import canonical_url
from sources.models import EntryState, FeedEntry, Host, Source
from statements.models import Article, IngestStatus
from tests.sources.conftest import article_page, rss

pytestmark = pytest.mark.django_db


def follow(server, path="/feed.xml", **kwargs) -> Source:
    return polling.add_source(
        url=server.url(path), name=kwargs.pop("name", "Example Wire"), **kwargs
    )


def poll(source: Source) -> polling.PollOutcome:
    """One poll now, whether due or not (as "poll now" does)."""
    return polling.poll_source(source.pk, force=True)


def test_a_new_entry_becomes_one_article_with_the_feeds_title_date_and_outlet(feed_server):
    feed_server.serve("/feed.xml", rss(feed_server.base, [("/a/1", "Ministry denies grain sale")]))
    feed_server.serve("/a/1", article_page(1), content_type="text/html; charset=utf-8")
    source = follow(feed_server, outlet="Example Wire")

    outcome = poll(source)

    assert outcome == polling.PollOutcome("ok", new_entries=1, articles=1)
    article = Article.objects.get()
    assert article.source_url == feed_server.url("/a/1")
    assert article.title == "Ministry denies grain sale"
    assert article.outlet == "Example Wire"
    assert article.published == dt.date(2026, 3, 12)
    assert "Velorian foreign ministry" in article.text
    source.refresh_from_db()
    assert (source.entries_found, source.articles_made, source.last_status) == (1, 1, "ok")
    assert source.polling_since is None
    assert source.next_poll_at > timezone.now() + dt.timedelta(minutes=29)


def test_the_new_article_goes_through_the_ingest_pipeline(
    feed_server, eager_tasks, django_capture_on_commit_callbacks
):
    feed_server.serve("/feed.xml", rss(feed_server.base, [("/a/1", "Ministry denies grain sale")]))
    feed_server.serve("/a/1", article_page(1), content_type="text/html")
    source = follow(feed_server)
    with django_capture_on_commit_callbacks(execute=True):
        poll(source)
    article = Article.objects.get()
    assert article.status == IngestStatus.DONE
    assert article.statements.filter(stance="denial").exists()


def test_a_second_poll_with_the_same_etag_fetches_nothing(feed_server):
    feed_server.serve(
        "/feed.xml",
        rss(feed_server.base, [("/a/1", "First")]),
        etag='"v1"',
        last_modified="Thu, 12 Mar 2026 10:00:00 GMT",
    )
    feed_server.serve("/a/1", article_page(1), content_type="text/html")
    source = follow(feed_server)
    poll(source)
    requests_before = len(feed_server.requests)

    outcome = poll(source)

    assert outcome.state == "not_modified"
    sent = feed_server.hits("/feed.xml")[-1]
    assert sent["If-None-Match"] == '"v1"'
    assert sent["If-Modified-Since"] == "Thu, 12 Mar 2026 10:00:00 GMT"
    # Only the feed was asked for, and it answered 304: no page was fetched again.
    assert [p for p, _ in feed_server.requests[requests_before:]] == ["/feed.xml"]
    assert Article.objects.count() == 1
    source.refresh_from_db()
    assert source.last_status == "not_modified"


def test_a_feed_that_changes_between_polls_adds_only_its_new_entry(feed_server):
    feed_server.serve("/feed.xml", rss(feed_server.base, [("/a/1", "First")]), etag='"v1"')
    feed_server.serve("/a/1", article_page(1), content_type="text/html")
    feed_server.serve("/a/2", article_page(2), content_type="text/html")
    source = follow(feed_server)
    poll(source)
    feed_server.serve(
        "/feed.xml", rss(feed_server.base, [("/a/2", "Second"), ("/a/1", "First")]), etag='"v2"'
    )

    outcome = poll(source)

    assert (outcome.new_entries, outcome.articles) == (1, 1)
    assert Article.objects.count() == 2
    assert len(feed_server.hits("/a/1")) == 1


def test_a_syndicated_duplicate_is_one_article(feed_server):
    # Two outlets carry the same wire story at their own addresses.
    feed_server.serve("/wire.xml", rss(feed_server.base, [("/wire/story", "Grain sale denied")]))
    feed_server.serve(
        "/paper.xml", rss(feed_server.base, [("/paper/story?utm_source=rss", "Grain sale denied")])
    )
    feed_server.serve("/wire/story", article_page(7), content_type="text/html")
    feed_server.serve("/paper/story", article_page(7), content_type="text/html")
    wire = follow(feed_server, "/wire.xml", name="Wire")
    paper = follow(feed_server, "/paper.xml", name="Paper")

    poll(wire)
    outcome = poll(paper)

    assert outcome.articles == 0
    article = Article.objects.get()
    copy = FeedEntry.objects.get(source=paper)
    assert copy.state == EntryState.DUPLICATE
    assert copy.article == article
    assert copy.url == feed_server.url("/paper/story")  # the tracking parameter dropped


def test_the_same_link_in_two_feeds_is_fetched_once(feed_server):
    feed_server.serve("/one.xml", rss(feed_server.base, [("/a/1", "Story")]))
    feed_server.serve("/two.xml", rss(feed_server.base, [("/a/1#comments", "Story")]))
    feed_server.serve("/a/1", article_page(1), content_type="text/html")
    poll(follow(feed_server, "/one.xml", name="One"))
    poll(follow(feed_server, "/two.xml", name="Two"))
    assert Article.objects.count() == 1
    assert len(feed_server.hits("/a/1")) == 1


JUNK = bytes(range(256)) * 4096  # 1 MB of bytes that are no feed


@pytest.mark.parametrize(
    ("content_type", "body", "status", "message"),
    [
        ("text/plain", b"this is not xml at all", 200, "not an RSS or Atom feed"),
        (
            "text/html",
            b"<!doctype html><html><body><h1>Oops</h1></body></html>",
            200,
            "HTML page, not a feed",
        ),
        ("application/octet-stream", JUNK, 200, "not an RSS or Atom feed"),
        ("application/xml", JUNK * 3, 200, "larger than 2 MB"),
        ("text/html", b"<html><body>Server error</body></html>", 500, "answered 500"),
        ("text/html", b"gone", 404, "answered 404"),
    ],
    ids=["not-xml", "html-page", "junk", "3-mb-of-junk", "server-error", "not-found"],
)
def test_a_broken_feed_is_flagged_and_backs_off(feed_server, content_type, body, status, message):
    feed_server.serve("/feed.xml", body, content_type=content_type, status=status)
    source = follow(feed_server, interval_minutes=10)
    waits = []
    for _ in range(5):
        before = timezone.now()
        poll(source)
        source.refresh_from_db()
        waits.append(round((source.next_poll_at - before).total_seconds() / 60))
    assert message in source.last_error
    assert source.failures == 5
    assert source.flagged
    assert source.polling_since is None
    # Every interval until the third failure in a row, then doubling.
    assert waits == [10, 10, 20, 40, 80]
    assert Article.objects.count() == 0


def test_a_flagged_source_that_works_again_is_cleared(feed_server):
    feed_server.serve("/feed.xml", b"nope", content_type="text/plain")
    source = follow(feed_server)
    for _ in range(3):
        poll(source)
    feed_server.serve("/feed.xml", rss(feed_server.base, []))
    poll(source)
    source.refresh_from_db()
    assert (source.flagged, source.failures, source.last_status, source.last_error) == (
        False,
        0,
        "ok",
        "",
    )


def test_entries_without_links_are_skipped_and_said(feed_server):
    feed = rss(feed_server.base, [("/a/1", "Linked")]).replace(
        b"</channel>", b"<item><title>No link</title><description>x</description></item></channel>"
    )
    feed_server.serve("/feed.xml", feed)
    feed_server.serve("/a/1", article_page(1), content_type="text/html")
    source = follow(feed_server)
    outcome = poll(source)
    source.refresh_from_db()
    assert outcome.articles == 1
    assert source.last_status == "warning"
    assert "1 entries without a link were skipped" in source.last_error


def test_a_date_in_the_future_is_replaced_by_the_day_it_was_read(feed_server):
    feed_server.serve(
        "/feed.xml",
        rss(feed_server.base, [("/a/1", "Later")], date="Fri, 01 Jan 2100 00:00:00 GMT"),
    )
    feed_server.serve("/a/1", article_page(1), content_type="text/html")
    poll(follow(feed_server))
    entry = FeedEntry.objects.get()
    assert entry.published == timezone.now().date()
    assert "in the future (2100-01-01)" in entry.note
    assert Article.objects.get().published == timezone.now().date()


def test_robots_txt_that_disallows_the_feed_is_respected(feed_server):
    feed_server.serve("/robots.txt", b"User-agent: *\nDisallow: /\n", content_type="text/plain")
    feed_server.serve("/feed.xml", rss(feed_server.base, []))
    source = follow(feed_server)
    poll(source)
    source.refresh_from_db()
    assert source.last_status == "robots"
    assert "robots.txt" in source.last_error
    assert feed_server.hits("/feed.xml") == []


def test_robots_txt_is_read_once_a_day_per_host(feed_server):
    feed_server.serve("/feed.xml", rss(feed_server.base, []))
    source = follow(feed_server)
    poll(source)
    poll(source)
    assert len(feed_server.hits("/robots.txt")) == 1
    assert len(feed_server.hits("/feed.xml")) == 2


def test_polls_of_one_host_wait_their_turn(feed_server, settings):
    settings.SOURCES_HOST_DELAY_SECONDS = 0.3
    feed_server.serve("/feed.xml", rss(feed_server.base, []))
    source = follow(feed_server)
    poll(source)
    poll(source)
    times = [Host.objects.get().next_request_at]
    assert times[0] is not None
    feed_times = list(feed_server.hits("/feed.xml"))
    assert len(feed_times) == 2


def test_a_host_whose_turn_is_too_far_off_makes_the_source_due_then(feed_server, settings):
    settings.SOURCES_MAX_HOST_WAIT_SECONDS = 5
    feed_server.serve("/feed.xml", rss(feed_server.base, []))
    source = follow(feed_server)
    later = timezone.now() + dt.timedelta(minutes=5)
    Host.objects.create(name=f"127.0.0.1:{feed_server.port}", next_request_at=later)
    assert poll(source).state == "waiting"
    source.refresh_from_db()
    assert source.next_poll_at == later
    assert source.polling_since is None
    assert feed_server.hits("/feed.xml") == []


def test_a_claimed_source_is_not_polled_again(feed_server):
    feed_server.serve("/feed.xml", rss(feed_server.base, []))
    source = follow(feed_server)
    assert polling.claim(source.pk)
    assert not polling.claim(source.pk)
    assert not polling.claim(source.pk, force=True)
    assert polling.poll_source(source.pk, force=True).state == "skipped"
    assert feed_server.hits("/feed.xml") == []


def test_a_claim_left_by_a_dead_worker_expires(feed_server):
    source = follow(feed_server)
    Source.objects.filter(pk=source.pk).update(polling_since=timezone.now() - dt.timedelta(hours=1))
    assert polling.claim(source.pk)


def test_a_source_not_due_is_not_polled_by_beat(feed_server):
    source = follow(feed_server)
    Source.objects.filter(pk=source.pk).update(
        next_poll_at=timezone.now() + dt.timedelta(minutes=5)
    )
    assert polling.due_source_ids() == []
    assert polling.poll_source(source.pk).state == "skipped"


def test_a_switched_off_source_is_never_polled(feed_server):
    source = follow(feed_server)
    Source.objects.filter(pk=source.pk).update(enabled=False)
    assert polling.due_source_ids() == []
    assert polling.poll_source(source.pk, force=True).state == "skipped"


def test_canonical_urls_drop_trackers_fragments_and_default_ports():
    assert canonical_url("HTTPS://News.Example:443/a?id=3&utm_source=rss&fbclid=x#top") == (
        "https://news.example/a?id=3"
    )
    assert canonical_url("http://news.example:8080") == "http://news.example:8080/"


def test_add_source_command_registers_a_feed(capsys):
    call_command(
        "add_source", "https://news.example/feed.xml", "--name", "News", "--interval", "15"
    )
    source = Source.objects.get()
    assert (source.name, source.interval_minutes, source.enabled) == ("News", 15, True)
    assert "polled every 15 min" in capsys.readouterr().out


def test_add_source_command_refuses_a_bad_address():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="Not an http"):
        call_command("add_source", "ftp://news.example/feed")


def test_poll_sources_command_polls_the_due_sources_through_the_tasks(
    feed_server, eager_tasks, capsys
):
    feed_server.serve("/feed.xml", rss(feed_server.base, [("/a/1", "First")]))
    feed_server.serve("/a/1", article_page(1), content_type="text/html")
    follow(feed_server)
    call_command("poll_sources")
    assert "1 source(s) queued" in capsys.readouterr().out
    assert Article.objects.count() == 1


def test_a_non_public_feed_address_is_refused_without_the_allow_list(feed_server, settings):
    settings.FETCH_ALLOW_HOSTS = []
    feed_server.serve("/feed.xml", rss(feed_server.base, []))
    source = follow(feed_server)
    poll(source)
    source.refresh_from_db()
    assert "non-public address" in source.last_error
    assert feed_server.requests == []


def test_entries_beyond_the_per_poll_cap_are_taken_at_the_next_poll_even_if_unchanged(
    feed_server, settings
):
    settings.SOURCES_ENTRIES_PER_POLL = 2
    items = [(f"/a/{n}", f"Story {n}") for n in range(3)]
    feed_server.serve("/feed.xml", rss(feed_server.base, items), etag='"v1"')
    for n in range(3):
        feed_server.serve(f"/a/{n}", article_page(n), content_type="text/html")
    source = follow(feed_server)
    assert poll(source) == polling.PollOutcome("ok", new_entries=3, articles=2)
    assert poll(source) == polling.PollOutcome("not_modified", new_entries=0, articles=1)
    assert Article.objects.count() == 3


def test_a_poll_stopped_while_reading_entries_releases_its_source(feed_server, monkeypatch):
    feed_server.serve("/feed.xml", rss(feed_server.base, [("/a/1", "First")]))

    def stopped(*args, **kwargs):
        raise TimeoutError("soft time limit")

    monkeypatch.setattr(polling, "take_entry", stopped)
    source = follow(feed_server)
    with pytest.raises(TimeoutError):
        poll(source)
    source.refresh_from_db()
    assert source.polling_since is None
    assert (source.last_status, source.failures) == ("error", 1)
    assert "Stopped while reading its entries (TimeoutError)" in source.last_error


def test_a_page_that_cannot_be_read_fails_its_entry_with_the_reason(feed_server):
    feed_server.serve("/feed.xml", rss(feed_server.base, [("/a/1", "Gone"), ("/a/2", "Fine")]))
    feed_server.serve("/a/2", article_page(2), content_type="text/html")
    source = follow(feed_server)
    assert poll(source).articles == 1
    gone = FeedEntry.objects.get(url=feed_server.url("/a/1"))
    assert gone.state == EntryState.FAILED
    assert "answered 404" in gone.note


def test_a_page_that_keeps_failing_temporarily_is_failed_after_its_attempts(feed_server, settings):
    settings.SOURCES_ENTRY_MAX_ATTEMPTS = 3
    feed_server.serve("/feed.xml", rss(feed_server.base, [("/a/1", "Flaky")]))
    feed_server.serve("/a/1", b"busy", content_type="text/html", status=503)
    source = follow(feed_server)
    for attempt in (1, 2):
        poll(source)
        entry = FeedEntry.objects.get()
        assert (entry.state, entry.attempts) == (EntryState.PENDING, attempt)
        assert (
            entry.note == f"Will try again (attempt {attempt} of 3 failed): The site answered 503."
        )
    poll(source)
    poll(source)  # a failed entry is not read again
    entry = FeedEntry.objects.get()
    assert (entry.state, entry.attempts) == (EntryState.FAILED, 3)
    assert entry.note == "Gave up after 3 attempts: The site answered 503."
    assert len(feed_server.hits("/a/1")) == 3
