"""The ingest pipeline as plain functions, one per stage, read top to bottom:

submit → fetch (URLs only) → extract (HTML only) → parse → file (resolve actors, save statements
and links, assign stories) → done.

Each stage records the article's status, runs in its own transaction and may run again: a worker
killed mid-way leaves the article at its last committed stage and the task simply runs again.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import NamedTuple

from celery.exceptions import SoftTimeLimitExceeded, TimeLimitExceeded
from django.conf import settings
from django.contrib.auth.models import AnonymousUser, User
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.utils import timezone

from actors.models import Actor
from actors.resolve import ParsedActor, resolve_actors
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
from statements.parsing import parse_article, to_contract
from statements.stories import assign_stories, touch_stories

logger = logging.getLogger(__name__)

IN_PROGRESS = (
    IngestStatus.QUEUED,
    IngestStatus.FETCHING,
    IngestStatus.PARSING,
    IngestStatus.FILING,
)


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


@dataclass(frozen=True)
class Submission:
    article: Article
    created: bool


def normalise_url(url: str) -> str:
    """Drop the fragment and surrounding spaces: the same page is the same article."""
    return url.strip().split("#", 1)[0]


# ----------------------------------------------------------------------------------- submit
def submit_article(
    *,
    user: User | AnonymousUser | None,
    text: str = "",
    url: str = "",
    title: str = "",
    outlet: str = "",
    published: dt.date | None = None,
    html: str = "",
) -> Submission:
    """Record an article (or find the one already recorded) and queue its ingest on commit.

    Never fails once the article is committed: the row is the outbox, and an article the broker
    did not accept is enqueued later by the sweeper. Submitting a stuck or failed article again
    puts it back in the queue.
    """
    url = normalise_url(url)
    received = html or text
    added_by = user if user is not None and user.is_authenticated else None
    existing = _existing(url=url, received=received)
    if existing is not None:
        return _resubmitted(existing)
    try:
        with transaction.atomic():
            article = Article.objects.create(
                source_url=url or None,
                title=title.strip()[:500],
                outlet=outlet.strip()[:200],
                published=published,
                raw_text=received,
                text=text if not html else "",
                content_hash=content_hash(received) if received.strip() else None,
                status=IngestStatus.QUEUED,
                added_by=added_by,
            )
    except IntegrityError:
        # Another request recorded the same URL or text a moment ago.
        existing = _existing(url=url, received=received)
        if existing is None:
            raise
        return _resubmitted(existing)
    enqueue_on_commit(article.pk)
    return Submission(article, created=True)


def _resubmitted(article: Article) -> Submission:
    """The same article submitted again: a stuck or failed one is put back in the queue."""
    if article.status == IngestStatus.FAILED or is_stuck(article):
        reparse_article(article)
        article.refresh_from_db()
    return Submission(article, created=False)


def _existing(*, url: str, received: str) -> Article | None:
    if url:
        found = Article.objects.filter(source_url=url).first()
        if found is not None:
            return found
    if received.strip():
        return Article.objects.filter(content_hash=content_hash(received)).first()
    return None


# ----------------------------------------------------------------------------------- outbox
def enqueue(article_id: int) -> bool:
    """Hand the article's job to the broker and record when; False if the broker refused it.

    A broker outage is not an error here: `enqueued_at` stays empty and the sweeper enqueues
    the article once the broker is back.
    """
    from statements.tasks import ingest_article  # tasks import this module

    try:
        ingest_article.delay(article_id=article_id)
    except Exception:  # connection refused, timeout, auth: all wait for the sweeper
        if ingest_article.app.conf.task_always_eager:
            # No broker: the job ran in-process and recorded its outcome in the row already.
            logger.exception("ingest of article %s raised", article_id)
            return True
        logger.warning("article %s not enqueued; the sweeper will retry", article_id, exc_info=True)
        Article.objects.filter(pk=article_id).update(enqueued_at=None)
        return False
    Article.objects.filter(pk=article_id).update(enqueued_at=timezone.now())
    return True


def enqueue_on_commit(article_id: int) -> None:
    """Enqueue once the article is committed (the worker must find it), never raising."""
    transaction.on_commit(functools.partial(enqueue, article_id))


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


def sweep_articles(limit: int = 500) -> dict[str, int]:
    """Beat, every minute: enqueue stuck articles; fail those that used up their attempts.

    Each article is claimed with a conditional UPDATE (its `enqueued_at` set now), so two
    sweepers never enqueue the same article twice. An article the broker still refuses gets
    `enqueued_at` cleared again and is tried at the next sweep.
    """
    now = timezone.now()
    due = _stuck_q(now)
    exhausted = list(
        Article.objects.filter(due).exclude(_runnable_q()).values_list("pk", flat=True)[:limit]
    )
    for article_id in exhausted:
        give_up(article_id)
    enqueued = refused = 0
    for article_id in Article.objects.filter(due & _runnable_q()).values_list("pk", flat=True)[
        :limit
    ]:
        if not Article.objects.filter(due, pk=article_id).update(enqueued_at=now):
            continue  # another sweeper or a worker got there first
        if enqueue(article_id):
            enqueued += 1
        else:
            refused += 1
    return {"enqueued": enqueued, "refused": refused, "failed": len(exhausted)}


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


def record_failure(*, user: User | AnonymousUser | None, error: str, title: str = "") -> Article:
    """Keep a trace of input refused before it could be stored (e.g. a file that is not UTF-8)."""
    return Article.objects.create(
        title=title.strip()[:500],
        status=IngestStatus.FAILED,
        error=error,
        added_by=user if user is not None and user.is_authenticated else None,
    )


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
    try:
        set_status(article_id, IngestStatus.FAILED, error=message)
    except AlreadyDone:
        pass


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


def parse_stage(article: Article) -> dict[str, list[dict[str, object]]]:
    """Run the product's parser on the article text.

    Strict, so that Celery's time limits and the parser's own errors reach the pipeline (the
    never-raise mode would turn them into an empty result recorded as success).
    """
    set_status(article.pk, IngestStatus.PARSING)
    try:
        result = parse_article(
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
    contract: dict[str, list[dict[str, object]]] = to_contract(result)
    return contract


def file_stage(article_id: int, contract: dict[str, list[dict[str, object]]]) -> int:
    """Resolve actors, replace the proposed statements, save links, assign stories. Atomic."""
    set_status(article_id, IngestStatus.FILING)
    with transaction.atomic():
        article = Article.objects.select_for_update().get(pk=article_id)
        if article.status == IngestStatus.DONE:
            # A duplicate delivery of the same job filed it while this one was parsing.
            raise AlreadyDone(article_id)
        # Re-parsing replaces only what no editor has reviewed yet.
        article.statements.filter(review_status=ReviewStatus.PROPOSED).delete()
        reviewed = {
            (s.evidence_start, s.evidence_end)
            for s in article.statements.only("evidence_start", "evidence_end")
        }
        parsed_actors = [ParsedActor.from_contract(a) for a in contract.get("actors", [])]
        actors = resolve_actors(parsed_actors).actors
        rows, keys = _statement_rows(article, contract.get("statements", []), actors, reviewed)
        Statement.objects.bulk_create(rows)
        # bulk_create sets primary keys on PostgreSQL and SQLite 3.35+.
        by_key = dict(zip(keys, rows, strict=True))
        links = _links(contract.get("statements", []), by_key)
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
        article.status = IngestStatus.DONE
        article.error = ""
        article.save(update_fields=["status", "error", "updated_at"])
    return len(rows)


def _statement_rows(
    article: Article,
    parsed: list[dict[str, object]],
    actors: Mapping[str, Actor],
    reviewed: set[tuple[int, int]],
) -> tuple[list[Statement], list[str]]:
    rows: list[Statement] = []
    keys: list[str] = []
    length = len(article.text)
    for item in parsed:
        speaker = actors.get(str(item.get("speaker")))
        start, end = item.get("start"), item.get("end")
        if speaker is None or not isinstance(start, int) or not isinstance(end, int):
            continue
        start, end = max(0, min(start, length)), max(0, min(end, length))
        if end <= start or (start, end) in reviewed:
            continue
        stance = item.get("stance")
        confidence = item.get("confidence")
        rows.append(
            Statement(
                article=article,
                speaker=speaker,
                stance=stance if stance in Stance.values else Stance.COMMENT,
                text=str(item.get("text") or article.text[start:end]),
                evidence_start=start,
                evidence_end=end,
                made_on=_date(item.get("date")),
                confidence=min(1.0, max(0.0, float(confidence)))
                if isinstance(confidence, int | float)
                else 0.5,
                rule=str(item.get("rule") or "")[:60],
                reasons=_reasons(item.get("reasons")),
                review_status=ReviewStatus.PROPOSED,
            )
        )
        keys.append(str(item.get("id")))
    return rows, keys


class ParsedLink(NamedTuple):
    """One link of the parser's output between two statements about to be saved."""

    source: Statement
    target: Statement
    kind: str
    confidence: float | None
    rule: str


def _reasons(value: object) -> list[list[object]]:
    """The parser's [signal, weight] pairs, kept only when well formed (at most ten)."""
    out: list[list[object]] = []
    for pair in value if isinstance(value, list) else []:
        if (
            isinstance(pair, list | tuple)
            and len(pair) == 2
            and isinstance(pair[0], str)
            and isinstance(pair[1], int | float)
        ):
            out.append([pair[0][:60], round(float(pair[1]), 3)])
    return out[:10]


def _link_detail(item: Mapping[str, object], kind: str, ref: object) -> tuple[float | None, str]:
    """The parser's confidence in one link and the rule that made it, from its `links` list."""
    links = item.get("links")
    for link in links if isinstance(links, list) else []:
        if not isinstance(link, dict) or link.get("target") != ref or link.get("relation") != kind:
            continue
        value = link.get("confidence")
        confidence = min(1.0, max(0.0, float(value))) if isinstance(value, int | float) else None
        return confidence, str(link.get("rule") or "")[:60]
    return None, ""


def _links(parsed: list[dict[str, object]], by_key: dict[str, Statement]) -> list[ParsedLink]:
    out: list[ParsedLink] = []
    for item in parsed:
        source = by_key.get(str(item.get("id")))
        if source is None:
            continue
        for field, kind in (("denies", LinkKind.DENIES), ("confirms", LinkKind.CONFIRMS)):
            targets = item.get(field) or []
            for ref in targets if isinstance(targets, list) else []:
                target = by_key.get(str(ref))
                if target is not None and target is not source:
                    confidence, rule = _link_detail(item, field, ref)
                    out.append(ParsedLink(source, target, kind, confidence, rule))
    return out


def _date(value: object) -> dt.date | None:
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
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
        contract = parse_stage(article)
        file_stage(article.pk, contract)
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


@transaction.atomic
def reparse_article(article: Article) -> None:
    """Queue the article again with fresh attempts: proposed statements replaced, reviewed kept."""
    # Deliberately unconditional: the editor asks for a done article to be parsed again, or for
    # a stuck one to be enqueued again.
    Article.objects.filter(pk=article.pk).update(
        status=IngestStatus.QUEUED,
        error="",
        attempts=0,
        enqueued_at=None,
        updated_at=timezone.now(),
    )
    enqueue_on_commit(article.pk)
