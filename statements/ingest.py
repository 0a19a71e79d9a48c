"""The ingest pipeline as plain functions, one per stage, read top to bottom:

submit → fetch (URLs only) → extract (HTML only) → parse → file (resolve actors, save statements
and links, assign stories) → done.

Each stage records the article's status, runs in its own transaction and may run again: a worker
killed mid-way leaves the article at its last committed stage and the task simply runs again.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import NamedTuple

from django.contrib.auth.models import AnonymousUser, User
from django.db import IntegrityError, transaction
from django.utils import timezone

from actors.models import Actor
from actors.resolve import ParsedActor, resolve_actors
from statements.extract import ExtractError, extract
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


class TransientIngestError(Exception):
    """A failure worth retrying later (network trouble); the article stays queued."""


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
    """Record an article (or find the one already recorded) and queue its ingest on commit."""
    from statements.tasks import ingest_article  # tasks import this module

    url = normalise_url(url)
    received = html or text
    added_by = user if user is not None and user.is_authenticated else None
    existing = _existing(url=url, received=received)
    if existing is not None:
        return Submission(existing, created=False)
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
        return Submission(existing, created=False)
    ingest_article.delay_on_commit(article_id=article.pk)
    return Submission(article, created=True)


def _existing(*, url: str, received: str) -> Article | None:
    if url:
        found = Article.objects.filter(source_url=url).first()
        if found is not None:
            return found
    if received.strip():
        return Article.objects.filter(content_hash=content_hash(received)).first()
    return None


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
    try:
        set_status(article_id, IngestStatus.FAILED, error=message)
    except AlreadyDone:
        pass


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
    extracted = extract(page.body, content_type=page.content_type, encoding=page.encoding)
    with transaction.atomic():
        article = Article.objects.select_for_update().get(pk=article.pk)
        if article.status == IngestStatus.DONE:
            raise AlreadyDone(article.pk)
        digest = content_hash(extracted.text)
        twin = Article.objects.filter(content_hash=digest).exclude(pk=article.pk).first()
        if twin is not None:
            raise ExtractError(f"This page has the same text as article #{twin.pk}.")
        article.raw_text = page.body.decode(page.encoding or "utf-8", "replace")
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


def parse_stage(article: Article) -> dict[str, list[dict[str, object]]]:
    """Run the product's parser on the article text."""
    set_status(article.pk, IngestStatus.PARSING)
    contract: dict[str, list[dict[str, object]]] = to_contract(
        parse_article(article.text, published=article.published)
    )
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

    Refusals (bad URL, not HTML, too large) fail the article with the reason; network trouble
    raises TransientIngestError so the task retries; anything else fails it and is logged.
    """
    article = Article.objects.filter(pk=article_id).first()
    if article is None or article.status == IngestStatus.DONE:
        return article.status if article else "missing"
    try:
        article = fetch_stage(article)
        article = extract_stage(article)
        contract = parse_stage(article)
        file_stage(article.pk, contract)
    except AlreadyDone:
        return IngestStatus.DONE
    except TransientIngestError as exc:
        try:
            set_status(article_id, IngestStatus.QUEUED, error=f"Will retry: {exc}")
        except AlreadyDone:
            return IngestStatus.DONE
        raise
    except (FetchError, ExtractError) as exc:
        fail(article_id, str(exc))
        return IngestStatus.FAILED
    except Exception as exc:
        logger.exception("ingest of article %s failed", article_id)
        fail(
            article_id, f"Internal error while ingesting ({type(exc).__name__}); it can be retried."
        )
        raise
    return IngestStatus.DONE


def reparse_article(article: Article) -> None:
    """Queue the article again: its proposed statements are replaced, reviewed ones kept."""
    from statements.tasks import ingest_article

    # Deliberately unconditional: the editor asks for a done article to be parsed again.
    Article.objects.filter(pk=article.pk).update(
        status=IngestStatus.QUEUED, error="", updated_at=timezone.now()
    )
    ingest_article.delay_on_commit(article_id=article.pk)


def stalled_articles(older_than: dt.timedelta = dt.timedelta(minutes=10)) -> list[int]:
    """Articles whose job stopped mid-way (worker lost, broker restarted)."""
    cutoff = timezone.now() - older_than
    return list(
        Article.objects.filter(status__in=IN_PROGRESS, updated_at__lt=cutoff).values_list(
            "pk", flat=True
        )[:500]
    )
