"""The ingest pipeline as plain functions, one per stage, read top to bottom:

submit (statements.services.submit_article) → fetch (URLs only) → extract (HTML only) → parse
→ file (resolve actors, save statements and links, assign stories) → done.

Each stage records the article's status, runs in its own transaction and may run again: a worker
killed mid-way leaves the article at its last committed stage and the task simply runs again.
This module never talks to the broker: the services enqueue, the tasks call run_pipeline.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from collections.abc import Mapping, Sequence
from typing import NamedTuple

from celery.exceptions import SoftTimeLimitExceeded, TimeLimitExceeded
from django.conf import settings
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from actors.models import Actor, ActorKind
from actors.resolve import ParsedActor, resolve_actors
from statements import parsing, summaries
from statements.choices import IN_PROGRESS
from statements.extract import NOT_RETRYABLE, ExtractError, decode_page, extract
from statements.facts import fill_facts
from statements.fetch import FetchError, fetch_url
from statements.models import (
    Article,
    IngestStatus,
    LinkKind,
    ReviewStatus,
    Stance,
    Statement,
    StatementLink,
    content_hash,
)
from statements.signals import article_filed
from statements.stories import assign_stories, touch_stories

logger = logging.getLogger(__name__)

# Runs of the pipeline an article may start before it is failed with its last reason: network
# retries, redeliveries after a lost worker and sweeps all count (settings.INGEST_MAX_ATTEMPTS).
MAX_ATTEMPTS = getattr(settings, "INGEST_MAX_ATTEMPTS", 5)
# A run that finds its article mid-stage knows the run before it stopped without recording an
# outcome (killed at the hard time limit, out of memory, host lost): the second such stop fails
# the article, so a job that kills its worker is not redelivered forever (the poison guard).
MAX_STOPPED_RUNS = 2
MID_STAGES = (IngestStatus.FETCHING, IngestStatus.PARSING, IngestStatus.FILING)
# Retry delays: 15 s, 30 s, then 45 s. Kept under 60 s so that a delayed job plus the task's
# hard limit (300 s) stays within the broker's visibility timeout (360 s): no duplicate delivery.
RETRY_DELAYS = (15, 30, 45)
# A queued article the broker never accepted is enqueued by the sweeper after this grace (the
# enqueue on commit normally lands within milliseconds).
ENQUEUE_GRACE = dt.timedelta(seconds=30)
# An article handed to the broker this long ago and still in progress lost its job: longer than
# the task's hard limit plus the broker's visibility timeout.
STALL_AFTER = dt.timedelta(minutes=10)
# A queued article no worker has started for this long is failed by the sweeper instead of being
# sent to the queue again every STALL_AFTER for ever (workers down, or a queue no worker reads):
# editors see it among the failed ingests and retry it once workers run.
QUEUE_TIMEOUT = dt.timedelta(hours=getattr(settings, "INGEST_QUEUE_TIMEOUT_HOURS", 6))
TOO_LONG_TO_PARSE = (
    "Too long to parse: the parser did not finish within the time limit. Parsing again will not "
    "help; split the article into parts and add them one by one."
)


class TransientIngestError(Exception):
    """A failure worth retrying later (network trouble); the article stays queued."""


class RetryLater(Exception):
    """Raised to the task after a transient failure: run again after `countdown` seconds."""

    def __init__(self, reason: str, *, countdown: int) -> None:
        super().__init__(reason)
        self.countdown = countdown


# ----------------------------------------------------------------------------------- outbox
# The article row is the outbox: `services.submit_article` records it and enqueues on commit,
# the beat's sweeper (statements.beat) enqueues what the broker never held. These functions
# only read and claim rows; they never talk to the broker.
def _stuck_q(now: dt.datetime, *, grace: dt.timedelta = ENQUEUE_GRACE) -> Q:
    """Articles whose job is not in the broker: never accepted, or handed over long ago."""
    stalled = now - STALL_AFTER
    return Q(status=IngestStatus.QUEUED, enqueued_at__isnull=True, updated_at__lt=now - grace) | Q(
        Q(enqueued_at__lt=stalled) | Q(enqueued_at__isnull=True, updated_at__lt=stalled),
        status__in=IN_PROGRESS,
    )


def is_stuck(article: Article) -> bool:
    """Whether the article waits for a job the broker does not hold (one query)."""
    now = timezone.now()
    return Article.objects.filter(_stuck_q(now, grace=dt.timedelta(0)), pk=article.pk).exists()


def claim_stuck_articles(limit: int = 500, *, waiting: int | None = None) -> tuple[list[int], int]:
    """Fail the stuck articles that used up their attempts; claim the others for an enqueue.

    Each article is claimed with a conditional UPDATE (its `enqueued_at` set now), so two
    sweepers never enqueue the same article twice. Returns the claimed ids and how many failed.

    `waiting` is how many messages the broker's queue still holds (None: unknown). While some
    wait, the workers have not reached the queued articles the broker accepted, so their jobs
    are in line, not lost: they are not sent again, or a backlog longer than STALL_AFTER would
    grow by a copy of itself every STALL_AFTER. A job lost in a broker restart is sent again once
    the line is empty; QUEUE_TIMEOUT still fails what no worker ever starts.
    """
    now = timezone.now()
    due = _stuck_q(now)
    resend = due & ~Q(status=IngestStatus.QUEUED, enqueued_at__isnull=False) if waiting else due
    waited = Q(status=IngestStatus.QUEUED, updated_at__lt=now - QUEUE_TIMEOUT)
    expired = sum(
        # Conditional: a worker that starts the article meanwhile keeps it.
        Article.objects.filter(waited, pk=article_id).update(
            status=IngestStatus.FAILED,
            error=_never_started(),
            updated_at=now,
        )
        for article_id in Article.objects.filter(due & waited).values_list("pk", flat=True)[:limit]
    )
    exhausted = list(
        Article.objects.filter(due).exclude(_runnable_q()).values_list("pk", flat=True)[:limit]
    )
    for article_id in exhausted:
        give_up(article_id)
    claimed = [
        article_id
        for article_id in Article.objects.filter(resend & _runnable_q()).values_list(
            "pk", flat=True
        )[:limit]
        # Zero rows: another sweeper or a worker got there first.
        if Article.objects.filter(resend, pk=article_id).update(enqueued_at=now)
    ]
    return claimed, expired + len(exhausted)


def _never_started() -> str:
    hours = round(QUEUE_TIMEOUT.total_seconds() / 3600)
    minutes = round(STALL_AFTER.total_seconds() / 60)
    return (
        f"No worker started this article within {hours} hours of its being queued (its job was "
        f"sent to the task queue again every {minutes} minutes while the queue was empty). It "
        "is not sent again automatically: check that workers are running, then use Retry."
    )


def record_enqueued(article_id: int, *, accepted: bool) -> None:
    """Record whether the broker took the article's job: a refused one waits for the sweeper."""
    Article.objects.filter(pk=article_id).update(enqueued_at=timezone.now() if accepted else None)


def give_up(article_id: int) -> None:
    """Fail an article that used up its attempts, with the reason it kept stopping."""
    article = Article.objects.filter(pk=article_id).only("status", "error", "attempts").first()
    if article is None:
        return
    last = article.error.removeprefix("Will retry: ").split(" (attempt ")[0]
    if article.status == IngestStatus.QUEUED and article.error.startswith("Will retry"):
        reason = f"Gave up after {article.attempts} attempts: {last}"
    elif article.status == IngestStatus.PARSING:
        reason = (
            f"{TOO_LONG_TO_PARSE} (The worker stopped {article.attempts} times while parsing: "
            "killed at the time limit or out of memory.)"
        )
    else:
        reason = (
            f"The job stopped {article.attempts} times without finishing (the worker was killed "
            f"or lost while {article.get_status_display().lower()}); it is not retried "
            "automatically. Use Parse again to try once more."
        )
    fail(article_id, reason)


# ----------------------------------------------------------------------------------- stages
class AlreadyDone(Exception):
    """Another run of the same job finished the article first; this run stops quietly."""


def set_status(article_id: int, status: str, *, error: str = "") -> None:
    """Record the article's stage; a done article is never moved back by a late duplicate job.

    The guard is one conditional UPDATE (`... WHERE status <> 'done'`), so two workers running
    the same article cannot both claim it once one of them has finished.
    """
    updated = (
        Article.objects.filter(pk=article_id)
        .exclude(status=IngestStatus.DONE)
        .update(status=status, error=error, updated_at=timezone.now())
    )
    if not updated:
        raise AlreadyDone(article_id)


def fail(article_id: int, message: str) -> None:
    """The article failed for good (until a person asks again): the reason is shown to editors."""
    with contextlib.suppress(AlreadyDone):
        set_status(article_id, IngestStatus.FAILED, error=message)


def _runnable_q() -> Q:
    """Articles a run may start on: attempts left, and not stopped mid-stage too often."""
    return Q(status=IngestStatus.QUEUED, attempts__lt=MAX_ATTEMPTS) | Q(
        status__in=MID_STAGES, attempts__lt=min(MAX_STOPPED_RUNS, MAX_ATTEMPTS)
    )


def start_attempt(article_id: int) -> bool:
    """Count one more run of an article waiting for it; False when there is nothing to run.

    One conditional UPDATE decides: a done, failed or missing article is left alone, and one
    that used up its attempts (a job that keeps killing its worker) is failed with its reason.
    """
    started = Article.objects.filter(_runnable_q(), pk=article_id).update(
        attempts=F("attempts") + 1, updated_at=timezone.now()
    )
    if started:
        return True
    if Article.objects.filter(pk=article_id, status__in=IN_PROGRESS).exists():
        give_up(article_id)
    return False


def fetch_stage(article: Article) -> Article:
    """Download the page of a URL-only article into raw_text (skipped when text is present)."""
    if article.raw_text or not article.source_url:
        return article
    set_status(article.pk, IngestStatus.FETCHING)
    try:
        page = fetch_url(article.source_url)
    except FetchError as exc:
        if exc.transient:
            raise TransientIngestError(str(exc)) from exc
        raise
    body = decode_page(page.body, page.encoding)
    extracted = extract(body, content_type=page.content_type)
    with transaction.atomic():
        article = Article.objects.select_for_update().get(pk=article.pk)
        if article.status == IngestStatus.DONE:
            raise AlreadyDone(article.pk)
        digest = content_hash(extracted.text)
        twin = Article.objects.filter(content_hash=digest).exclude(pk=article.pk).first()
        if twin is not None:
            raise ExtractError(f"This page has the same text as article #{twin.pk}.")
        article.raw_text = body
        article.text = extracted.text
        article.content_hash = digest
        article.title = article.title or extracted.title[:500]
        article.outlet = article.outlet or extracted.outlet[:200]
        article.published = article.published or extracted.published
        article.save()
    return article


def extract_stage(article: Article) -> Article:
    """Turn an uploaded HTML page into text (pasted text is used as it is), then read the facts
    the text gives and drop the site's furniture (statements.facts)."""
    if not article.text:
        extracted = extract(article.raw_text, content_type="text/html")
        article.text = extracted.text
        article.title = article.title or extracted.title[:500]
        article.outlet = article.outlet or extracted.outlet[:200]
        article.published = article.published or extracted.published
        article.save(update_fields=["text", "title", "outlet", "published", "updated_at"])
    return fill_facts(article)


class ParserError(Exception):
    """The parser itself failed on this text: parsing again gives the same result."""


def parse_stage(article: Article) -> parsing.ParseResult:
    """Run the product's parser on the article text; its typed result goes straight to filing.

    Strict, so that Celery's time limits and the parser's own errors reach the pipeline (the
    never-raise mode would turn them into an empty result recorded as success).
    """
    set_status(article.pk, IngestStatus.PARSING)
    try:
        return parsing.parse_article(
            article.text, published=article.published, outlet=article.outlet, strict=True
        )
    except (SoftTimeLimitExceeded, TimeLimitExceeded):
        raise
    except Exception as exc:
        logger.exception("parser failed on article %s", article.pk)
        raise ParserError(
            f"The parser failed on this text ({type(exc).__name__}); parsing again will not "
            "help until the parser is fixed."
        ) from exc


def file_stage(article_id: int, result: parsing.ParseResult) -> int:
    """Resolve actors, replace the proposed statements, save links, assign stories. Atomic."""
    set_status(article_id, IngestStatus.FILING)
    with transaction.atomic():
        article = Article.objects.select_for_update().get(pk=article_id)
        if article.status == IngestStatus.DONE:
            # A duplicate delivery of the same job filed it while this one was parsing.
            raise AlreadyDone(article_id)
        # Re-parsing replaces only what no editor has reviewed yet.
        replaced = article.statements.filter(review_status=ReviewStatus.PROPOSED)
        gone = list(replaced.values_list("story_id", "speaker_id"))
        replaced.delete()
        reviewed = {
            (s.evidence_start, s.evidence_end)
            for s in article.statements.only("evidence_start", "evidence_end")
        }
        actors = resolve_actors([parsed_actor(a) for a in result.actors]).actors
        rows, keys = statement_rows(article, result.statements, actors, reviewed)
        Statement.objects.bulk_create(rows)
        # bulk_create sets primary keys on PostgreSQL and SQLite 3.35+.
        by_key = dict(zip(keys, rows, strict=True))
        links = parsed_links(result.statements, by_key)
        index = {id(s): i for i, s in enumerate(rows)}
        stories = assign_stories(
            article=article,
            statements=rows,
            links=[(index[id(x.source)], index[id(x.target)]) for x in links],
        )
        for row in rows:
            if row.story_id is None and row.story is not None:
                row.story_id = row.story.pk
        Statement.objects.bulk_update(rows, ["story"])
        StatementLink.objects.bulk_create(
            [
                StatementLink(
                    source=x.source,
                    target=x.target,
                    kind=x.kind,
                    confidence=x.confidence,
                    rule=x.rule,
                )
                for x in links
            ],
            ignore_conflicts=True,
        )
        touch_stories(stories)
        summaries.changed(
            stories=[story_id for story_id, _ in gone],
            # The answered speakers too: their pages say who denied or confirmed them.
            actors=[
                *(speaker_id for _, speaker_id in gone),
                *(row.speaker_id for row in rows),
                *(link.target.speaker_id for link in links),
            ],
        )
        article.status = IngestStatus.DONE
        article.error = ""
        article.save(update_fields=["status", "error", "updated_at"])
        article_filed.send(sender=Article, article_id=article_id)
    return len(rows)


def parsed_actor(actor: parsing.Actor) -> ParsedActor:
    """The parser's actor as the resolver takes it, cut to the columns' lengths."""
    return ParsedActor(
        key=actor.id,
        name=actor.name.strip()[:200] or "Unknown speaker",
        kind=actor.kind if actor.kind in ActorKind.values else ActorKind.PERSON,
        aliases=tuple(alias[:200] for alias in actor.aliases if alias.strip()),
        role=(actor.role or "")[:200],
        country=actor.country if actor.country and len(actor.country) == 2 else "",
        affiliation=actor.affiliation or None,
    )


def statement_rows(
    article: Article,
    parsed: Sequence[parsing.Statement],
    actors: Mapping[str, Actor],
    reviewed: set[tuple[int, int]],
) -> tuple[list[Statement], list[str]]:
    """Unsaved Statement rows of the parser's statements, and the parser's id of each.

    A statement without a resolved speaker, with an empty span or over a reviewed one is left
    out; spans are clipped to the text and confidences to [0, 1].
    """
    rows: list[Statement] = []
    keys: list[str] = []
    length = len(article.text)
    for item in parsed:
        speaker = actors.get(item.speaker) if item.speaker is not None else None
        if speaker is None:
            continue
        start, end = max(0, min(item.start, length)), max(0, min(item.end, length))
        if end <= start or (start, end) in reviewed:
            continue
        rows.append(
            Statement(
                article=article,
                speaker=speaker,
                stance=item.stance if item.stance in Stance.values else Stance.COMMENT,
                text=item.text or article.text[start:end],
                evidence_start=start,
                evidence_end=end,
                made_on=_date(item.date),
                confidence=_unit(item.confidence),
                rule=item.rule[:60],
                reasons=[[name[:60], round(weight, 3)] for name, weight in item.reasons[:10]],
                review_status=ReviewStatus.PROPOSED,
            )
        )
        keys.append(item.id)
    return rows, keys


class ParsedLink(NamedTuple):
    """One link of the parser's output between two statements about to be saved."""

    source: Statement
    target: Statement
    kind: str
    confidence: float | None
    rule: str


def parsed_links(
    parsed: Sequence[parsing.Statement], by_key: Mapping[str, Statement]
) -> list[ParsedLink]:
    """The parser's denies and confirms between statements about to be saved, with the
    confidence and rule of each (from the statement's first link of that target and kind)."""
    out: list[ParsedLink] = []
    for item in parsed:
        source = by_key.get(item.id)
        if source is None:
            continue
        for relation, targets, kind in (
            ("denies", item.denies, LinkKind.DENIES),
            ("confirms", item.confirms, LinkKind.CONFIRMS),
        ):
            for ref in targets:
                target = by_key.get(ref)
                if target is None or target is source:
                    continue
                detail = next(
                    (x for x in item.links if x.target == ref and x.relation == relation), None
                )
                confidence = _unit(detail.confidence) if detail is not None else None
                rule = detail.rule[:60] if detail is not None else ""
                out.append(ParsedLink(source, target, kind, confidence, rule))
    return out


def _unit(value: float) -> float:
    return min(1.0, max(0.0, float(value)))


def _date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


# ----------------------------------------------------------------------------------- pipeline
def run_pipeline(article_id: int) -> str:
    """Take one article as far as it can go; returns its final status.

    Refusals (bad URL, not HTML, too large, unreadable) fail the article with the reason; network
    trouble raises RetryLater while attempts remain, then fails it with the reason; a time
    limit fails it as too long; anything else fails it and is logged.
    """
    if not start_attempt(article_id):
        article = Article.objects.filter(pk=article_id).only("status").first()
        return article.status if article else "missing"
    article = Article.objects.get(pk=article_id)
    try:
        article = fetch_stage(article)
        article = extract_stage(article)
        result = parse_stage(article)
        file_stage(article.pk, result)
    except AlreadyDone:
        return IngestStatus.DONE
    except TransientIngestError as exc:
        return _retry_or_fail(article_id, str(exc))
    except (FetchError, ExtractError, ParserError) as exc:
        # Refusals fail the same way every time: the reason says so.
        reason = str(exc)
        fail(article_id, reason if "will not help" in reason else f"{reason} {NOT_RETRYABLE}")
        return IngestStatus.FAILED
    except (SoftTimeLimitExceeded, TimeLimitExceeded):
        parsing = Article.objects.filter(pk=article_id, status=IngestStatus.PARSING).exists()
        fail(
            article_id,
            TOO_LONG_TO_PARSE
            if parsing
            else "Took too long: the job did not finish within the time limit.",
        )
        return IngestStatus.FAILED
    except Exception as exc:
        logger.exception("ingest of article %s failed", article_id)
        fail(
            article_id, f"Internal error while ingesting ({type(exc).__name__}); it can be retried."
        )
        raise
    return IngestStatus.DONE


def _retry_or_fail(article_id: int, reason: str) -> str:
    """Back to the queue for a later attempt, or failed with the reason when none is left."""
    attempts = Article.objects.filter(pk=article_id).values_list("attempts", flat=True).first()
    if attempts is None:
        return "missing"
    if attempts >= MAX_ATTEMPTS:
        fail(article_id, f"Gave up after {attempts} attempts: {reason}")
        return IngestStatus.FAILED
    countdown = RETRY_DELAYS[min(attempts, len(RETRY_DELAYS)) - 1]
    # The sweeper measures a stall from when the retry is due, not from now.
    due = timezone.now() + dt.timedelta(seconds=countdown)
    updated = (
        Article.objects.filter(pk=article_id)
        .exclude(status__in=(IngestStatus.DONE, IngestStatus.FAILED))
        .update(
            status=IngestStatus.QUEUED,
            error=f"Will retry: {reason} (attempt {attempts} of {MAX_ATTEMPTS})",
            enqueued_at=due,
            updated_at=timezone.now(),
        )
    )
    if not updated:
        return IngestStatus.DONE
    raise RetryLater(reason, countdown=countdown)
