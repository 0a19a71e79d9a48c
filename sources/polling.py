"""Polling sources: the claim, one poll, its entries through the ingest pipeline, the back-off.

A poll runs only after one conditional UPDATE claims its source (`claim`), so two beat ticks, a
redelivered task and an editor's "poll now" never poll one source at the same time.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.models import User
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.utils import timezone

from sources.fetching import (
    FeedAnswer,
    HostBusy,
    PollRefused,
    canonical_url,
    fetch_feed,
    robots_allow,
    wait_for_host,
)
from sources.models import EntryState, FeedEntry, Source
from statements.extract import ExtractError, decode_page, extract
from statements.fetch import FetchError, fetch_url
from statements.models import Article
from statements.services import audit, submit_article

logger = logging.getLogger(__name__)

# A claim older than this belongs to a worker that died mid-poll: longer than the task's hard
# time limit, so a live poll is never taken over.
POLL_LEASE = dt.timedelta(minutes=10)
# Back-off after failures: at most this long between two polls of a flagged source.
MAX_BACKOFF = dt.timedelta(hours=24)


@dataclass(frozen=True)
class PollOutcome:
    state: str
    new_entries: int = 0
    articles: int = 0


# ----------------------------------------------------------------------------------- sources
@transaction.atomic
def add_source(
    *,
    url: str,
    name: str = "",
    outlet: str = "",
    country: str = "",
    interval_minutes: int = 30,
    user: User | None = None,
) -> Source:
    """Register a feed to follow (polled at the next beat tick) and record who added it."""
    source = Source.objects.create(
        url=url.strip(),
        name=(name.strip() or url.strip())[:200],
        outlet=outlet.strip()[:200],
        country=country.strip().upper()[:2],
        interval_minutes=interval_minutes,
        added_by=user,
    )
    if user is not None:
        audit(user=user, action="add_source", obj=source, url=source.url)
    return source


def claim(source_id: int, *, force: bool = False) -> bool:
    """Start a poll of the source if none runs and it is due (or `force`); one UPDATE decides."""
    now = timezone.now()
    free = Q(polling_since__isnull=True) | Q(polling_since__lt=now - POLL_LEASE)
    due = Q() if force else Q(next_poll_at__isnull=True) | Q(next_poll_at__lte=now)
    return bool(
        Source.objects.filter(free, due, pk=source_id, enabled=True).update(polling_since=now)
    )


def due_source_ids(limit: int = 1000) -> list[int]:
    """The sources beat should poll now, the longest-waiting first."""
    return list(
        Source.objects.due(timezone.now())
        .order_by(F("next_poll_at").asc(nulls_first=True), "pk")
        .values_list("pk", flat=True)[:limit]
    )


def poll_now(*, source: Source, user: User) -> None:
    """An editor's "poll now": due at once (the task still claims it like any other poll)."""
    Source.objects.filter(pk=source.pk).update(next_poll_at=timezone.now(), flagged=False)
    audit(user=user, action="poll_source", obj=source)


# ----------------------------------------------------------------------------------- one poll
def poll_source(source_id: int, *, force: bool = False) -> PollOutcome:
    """Poll one source if it can be claimed: read its feed, queue its new entries' articles."""
    if not claim(source_id, force=force):
        return PollOutcome("skipped")
    source = Source.objects.get(pk=source_id)
    try:
        wait_for_host(source.url)
        if not robots_allow(source.url):
            raise PollRefused(
                "The site's robots.txt does not allow reading this feed.", state="robots"
            )
        answer = fetch_feed(source.url, etag=source.etag, last_modified=source.last_modified)
    except HostBusy as busy:
        _release(source, next_poll_at=busy.at)
        return PollOutcome("waiting")
    except PollRefused as refused:
        _failed(source, str(refused), state=refused.state)
        return PollOutcome(refused.state)
    except Exception as exc:
        logger.exception("poll of source %s failed", source_id)
        _failed(source, f"Internal error while polling ({type(exc).__name__}).", state="error")
        raise
    try:
        new = 0 if answer.not_modified else record_entries(source, answer)
        articles = take_entries(source, outlet=source.outlet or answer.title)
    except BaseException as exc:  # a time limit too: the claim must not wait for its lease
        logger.exception("entries of source %s failed", source_id)
        _failed(source, f"Stopped while reading its entries ({type(exc).__name__}).", state="error")
        raise
    _succeeded(source, answer, new=new, articles=articles)
    return PollOutcome("not_modified" if answer.not_modified else "ok", new, articles)


def record_entries(source: Source, answer: FeedAnswer) -> int:
    """Store the feed's entries not seen before (pending); returns how many were new."""
    rows = [
        FeedEntry(
            source=source,
            guid=e.guid,
            url=e.url,
            title=e.title,
            published=e.published,
            note=e.note,
        )
        for e in answer.entries
    ]
    known = set(
        FeedEntry.objects.filter(source=source, guid__in=[r.guid for r in rows]).values_list(
            "guid", flat=True
        )
    )
    fresh = {r.guid: r for r in rows if r.guid not in known}
    FeedEntry.objects.bulk_create(fresh.values(), ignore_conflicts=True)
    return len(fresh)


def take_entries(source: Source, *, outlet: str) -> int:
    """Turn pending entries into articles, a bounded number per poll; returns articles made."""
    made = 0
    pending = FeedEntry.objects.filter(source=source, state=EntryState.PENDING).order_by("pk")
    for entry in pending[: settings.SOURCES_ENTRIES_PER_POLL]:
        try:
            made += take_entry(entry, outlet=outlet)
        except HostBusy:
            break  # the rest wait for the next poll
    return made


def take_entry(entry: FeedEntry, *, outlet: str) -> int:
    """One entry: an article already here (same URL or same text), a new one, or the reason."""
    found = Article.objects.filter(source_url=entry.url).only("pk").first()
    if found is not None:
        return _entry_done(entry, EntryState.DUPLICATE, found, "Same address as an article here.")
    wait_for_host(entry.url)
    if not robots_allow(entry.url):
        return _entry_done(entry, EntryState.SKIPPED, None, "robots.txt does not allow this page.")
    try:
        page = fetch_url(entry.url)
        extracted = extract(decode_page(page.body, page.encoding), content_type=page.content_type)
    except FetchError as exc:
        if exc.transient:
            return _entry_retry(entry, str(exc))
        return _entry_done(entry, EntryState.FAILED, None, str(exc))
    except ExtractError as exc:
        return _entry_done(entry, EntryState.FAILED, None, str(exc))
    # Submitted the way an editor's URL is: the same address or the same text is one article.
    submission = submit_article(
        user=None,
        url=canonical_url(page.url),
        text=extracted.text,
        title=entry.title or extracted.title,
        outlet=outlet or extracted.outlet,
        published=entry.published or extracted.published,
    )
    if not submission.created:
        return _entry_done(
            entry, EntryState.DUPLICATE, submission.article, "Same text as an article here."
        )
    _entry_done(entry, EntryState.SUBMITTED, submission.article, entry.note)
    return 1


def _entry_retry(entry: FeedEntry, reason: str) -> int:
    """A temporary failure: tried again at the next poll, failed after the last attempt."""
    entry.attempts += 1
    limit = settings.SOURCES_ENTRY_MAX_ATTEMPTS
    if entry.attempts >= limit:
        note = f"Gave up after {entry.attempts} attempts: {reason}"
        return _entry_done(entry, EntryState.FAILED, None, note, "attempts")
    entry.note = f"Will try again (attempt {entry.attempts} of {limit} failed): {reason}"[:1000]
    with contextlib.suppress(IntegrityError):  # the entry was deleted with its source
        entry.save(update_fields=["attempts", "note"])
    return 0


def _entry_done(
    entry: FeedEntry, state: str, article: Article | None, note: str, *also: str
) -> int:
    entry.state, entry.article, entry.note = state, article, note[:1000]
    with contextlib.suppress(IntegrityError):  # the entry was deleted with its source
        entry.save(update_fields=["state", "article", "note", *also])
    return 0


# ----------------------------------------------------------------------------------- outcome
def _release(source: Source, **fields: object) -> None:
    Source.objects.filter(pk=source.pk).update(polling_since=None, **fields)


def _succeeded(source: Source, answer: FeedAnswer, *, new: int, articles: int) -> None:
    now = timezone.now()
    warning = " ".join(answer.warnings)
    _release(
        source,
        etag=answer.etag,
        last_modified=answer.last_modified,
        last_polled_at=now,
        last_success_at=now,
        last_status="not_modified" if answer.not_modified else ("warning" if warning else "ok"),
        last_error=warning,
        failures=0,
        flagged=False,
        entries_found=F("entries_found") + new,
        articles_made=F("articles_made") + articles,
        next_poll_at=now + dt.timedelta(minutes=source.interval_minutes),
    )


def _failed(source: Source, message: str, *, state: str) -> None:
    """Count the failure; after SOURCES_FLAG_AFTER in a row, flag and back off exponentially."""
    now = timezone.now()
    failures = source.failures + 1
    flagged = failures >= settings.SOURCES_FLAG_AFTER
    wait = dt.timedelta(minutes=source.interval_minutes)
    if flagged:
        wait = min(wait * 2 ** (failures - settings.SOURCES_FLAG_AFTER + 1), MAX_BACKOFF)
    _release(
        source,
        last_polled_at=now,
        last_status=state,
        last_error=message[:2000],
        failures=failures,
        flagged=flagged,
        next_poll_at=now + wait,
    )
