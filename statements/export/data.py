"""The dossier's data: one story's statements, speakers, sources and links as frozen dataclasses.

Every format (Markdown, JSON, CSV, PDF) renders the same `Dossier`, built by `build_dossier` in a
bounded number of queries whatever the story's size. Statements and articles get dossier-local
references (S1, S2…, A1, A2…) in timeline order, so a dossier reads the same on every database.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from django.db.models import Count, F, Max, Q, Value
from django.db.models.functions import Coalesce, Substr
from django.utils import timezone

from actors.models import Actor, ActorKind, Affiliation
from statements.models import Article, LinkKind, Stance, Statement, StatementLink, Story
from statements.querysets import (
    INCLUDE_ALL,
    INCLUDE_DEFAULT,
    INCLUDE_LABELS,
    Filters,
    position_cell,
    review_statuses,
)

# Bump when the output of any format changes: cached files of older versions are then stale.
# 2: the default shows what the story page shows (accepted and unreviewed); "everything" adds
# rejected statements; positions cells hold each kind once.
EXPORT_VERSION = 2
# Affiliation chains are followed this many organisations up (one query per level).
MAX_CHAIN_DEPTH = 4
# The summary tells the first claims in full and counts the rest.
SUMMARY_CLAIMS = 10


@dataclass(frozen=True)
class AffiliationInfo:
    organisation_id: int
    organisation: str
    role: str


@dataclass(frozen=True)
class ActorInfo:
    id: int
    name: str
    kind: str
    role: str
    country: str
    government: str
    affiliations: tuple[AffiliationInfo, ...]
    # The organisations above the actor, nearest first (e.g. ministry, then the government).
    chain: tuple[str, ...]

    @property
    def kind_label(self) -> str:
        return str(ActorKind(self.kind).label) if self.kind in ActorKind.values else self.kind

    @property
    def details(self) -> str:
        """Role, affiliation chain and government: "spokeswoman, Ministry of X, Russia"."""
        parts: list[str] = []
        if self.role:
            parts.append(self.role)
        elif self.kind != ActorKind.PERSON:
            parts.append(self.kind_label.lower())
        for organisation in self.chain:
            if organisation not in parts and organisation != self.name:
                parts.append(organisation)
        if self.government and self.government not in parts and self.government != self.name:
            parts.append(self.government)
        return ", ".join(parts)

    @property
    def described(self) -> str:
        """Name with its details: "Ann Lee (spokeswoman, Ministry of X, Russia)"."""
        return f"{self.name} ({self.details})" if self.details else self.name


@dataclass(frozen=True)
class SourceInfo:
    ref: str
    id: int
    outlet: str
    title: str
    url: str
    published: dt.date | None
    text: str

    @property
    def citation(self) -> str:
        """Outlet, title, URL and publication date in one line."""
        parts = [self.outlet] if self.outlet else []
        parts.append(f"“{self.title or 'Untitled article'}”")
        if self.url:
            parts.append(self.url)
        parts.append(f"published {format_day(self.published)}" if self.published else "undated")
        return ", ".join(parts)


@dataclass(frozen=True)
class StatementInfo:
    ref: str
    id: int
    day: dt.date | None
    made_on: dt.date | None
    speaker: ActorInfo
    stance: str
    text: str
    source: SourceInfo
    evidence_start: int
    evidence_end: int
    review_status: str
    confidence: float
    rule: str
    denies: tuple[str, ...] = ()
    confirms: tuple[str, ...] = ()
    denied_by: tuple[str, ...] = ()
    confirmed_by: tuple[str, ...] = ()

    @property
    def stance_label(self) -> str:
        return str(Stance(self.stance).label) if self.stance in Stance.values else self.stance

    @property
    def quote_line(self) -> str:
        """The quote on one line (for layouts that keep line breaks)."""
        return " ".join(self.text.split())

    @property
    def day_label(self) -> str:
        return format_day(self.day) if self.day else "Date unknown"


@dataclass(frozen=True)
class PositionRow:
    """One claim against the story's speakers: "claims", "denies", "confirms", both or ""."""

    claim: StatementInfo
    cells: tuple[str, ...]


@dataclass(frozen=True)
class Dossier:
    story_id: int
    slug: str
    title: str
    status: str
    generated_at: dt.datetime
    include: str
    filters: Filters
    filter_labels: tuple[str, ...]
    first_day: dt.date | None
    last_day: dt.date | None
    summary: tuple[str, ...]
    actors: tuple[ActorInfo, ...]
    statements: tuple[StatementInfo, ...]
    sources: tuple[SourceInfo, ...]
    position_speakers: tuple[ActorInfo, ...]
    positions: tuple[PositionRow, ...]
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def by_ref(self) -> dict[str, StatementInfo]:
        return {s.ref: s for s in self.statements}

    @property
    def date_range(self) -> str:
        if not self.first_day or not self.last_day:
            return "Dates unknown"
        if self.first_day == self.last_day:
            return format_day(self.first_day)
        return f"{format_day(self.first_day)} – {format_day(self.last_day)}"

    @property
    def include_label(self) -> str:
        return INCLUDE_LABELS[self.include]

    @property
    def filters_label(self) -> str:
        return "; ".join(self.filter_labels) if self.filter_labels else "none"

    @property
    def days(self) -> list[tuple[dt.date | None, list[StatementInfo]]]:
        """The timeline grouped by day, in order."""
        groups: list[tuple[dt.date | None, list[StatementInfo]]] = []
        for statement in self.statements:
            if groups and groups[-1][0] == statement.day:
                groups[-1][1].append(statement)
            else:
                groups.append((statement.day, [statement]))
        return groups


def format_day(day: dt.date | None) -> str:
    """12 March 2026 (no leading zero, English month, whatever the locale)."""
    if day is None:
        return "an unknown date"
    return f"{day.day} {day.strftime('%B')} {day.year}"


def dossier_version(story: Story, *, include: str, filters: Filters | None = None) -> str:
    """A short hash of what the dossier shows: changes when any of it changes (one query).

    Counts catch deletions and new links; the latest `updated_at` of statements, their articles
    and speakers catch edits and reviews.
    """
    filters = filters or Filters()
    figures = Statement.objects.filter(story=story).aggregate(
        statements=Count("pk", distinct=True),
        latest=Max("updated_at"),
        articles=Max("article__updated_at"),
        speakers=Max("speaker__updated_at"),
        links=Count("links_out", distinct=True),
        affiliations=Count("speaker__affiliations", distinct=True),
    )
    key = "|".join(
        str(part)
        for part in (
            EXPORT_VERSION,
            story.pk,
            story.title,
            story.updated_at.isoformat() if story.updated_at else "",
            include,
            repr(filters),
            *(figures[name] for name in sorted(figures)),
        )
    )
    return hashlib.sha256(key.encode()).hexdigest()[:16]


def build_dossier(
    story: Story,
    *,
    include_unreviewed: bool = False,
    generated_at: dt.datetime | None = None,
    include: str = INCLUDE_DEFAULT,
    filters: Filters | None = None,
    article_chars: Callable[[int], int | None] | None = None,
) -> Dossier:
    """Everything a dossier shows for the story, in at most 5 + MAX_CHAIN_DEPTH queries.

    Queries: statements (narrow rows, no article text); links between the story's statements;
    the speakers; one per level of affiliations; government names for the speakers' countries;
    the articles, each once. `include` is what the story page shows by default (accepted and
    unreviewed); `include_unreviewed` is the same as `include="all"`; "accepted" leaves
    unreviewed ones out, "everything" adds rejected ones. `article_chars(statement count)` says
    how much of each article's text the format prints (None: all of it), so memory stays bounded
    by what is printed, whatever the story's size.
    """
    if include_unreviewed:
        include = INCLUDE_ALL
    review_statuses(include)  # refuses an unknown inclusion
    filters = replace(filters or Filters(), include=include)
    # Narrow rows, read in chunks: no article text rides along with each statement.
    rows = list(
        Statement.objects.filter(Q(story=story) & filters.statement_q())
        .annotate(day=Coalesce("made_on", "article__published"))
        .order_by(F("day").asc(nulls_last=True), "article_id", "evidence_start", "pk")
        .values_list(*_ROW_FIELDS, named=True)
        .iterator(chunk_size=2000)
    )
    ids = {row.pk for row in rows}
    links = [
        (source, target, kind)
        for source, target, kind in StatementLink.objects.filter(source__story=story)
        .order_by("pk")
        .values_list("source_id", "target_id", "kind")
        if source in ids and target in ids
    ]
    speakers = {
        actor.pk: actor
        for actor in Actor.objects.filter(pk__in={row.speaker_id for row in rows}).only(
            "name", "kind", "role", "country"
        )
    }
    affiliations, chains = _affiliations(speakers.values())
    countries = {a.country for a in speakers.values() if a.country}
    governments = _government_names(countries)
    actors = {
        pk: ActorInfo(
            id=pk,
            name=actor.name,
            kind=actor.kind,
            role=actor.role,
            country=actor.country,
            government=governments.get(actor.country, actor.country),
            affiliations=affiliations.get(pk, ()),
            chain=chains.get(pk, ()),
        )
        for pk, actor in speakers.items()
    }

    refs: dict[int, str] = {}
    order: dict[int, int] = {}  # article id -> position of its first statement
    for n, row in enumerate(rows, start=1):
        refs[row.pk] = f"S{n}"
        order.setdefault(row.article_id, len(order))
    chars = None if article_chars is None else article_chars(len(rows))
    sources = _sources(order, chars)
    outgoing: dict[int, dict[str, list[str]]] = {pk: {} for pk in ids}
    incoming: dict[int, dict[str, list[str]]] = {pk: {} for pk in ids}
    # Links in timeline order of the statement at the other end.
    order = {pk: n for n, pk in enumerate(refs)}
    for source, target, kind in sorted(links, key=lambda link: (order[link[0]], order[link[1]])):
        outgoing[source].setdefault(kind, []).append(refs[target])
    for source, target, kind in sorted(links, key=lambda link: (order[link[1]], order[link[0]])):
        incoming[target].setdefault(kind, []).append(refs[source])
    statements = tuple(
        StatementInfo(
            ref=refs[row.pk],
            id=row.pk,
            day=row.day,
            made_on=row.made_on,
            speaker=actors[row.speaker_id],
            stance=row.stance,
            text=row.text,
            source=sources[row.article_id],
            evidence_start=row.evidence_start,
            evidence_end=row.evidence_end,
            review_status=row.review_status,
            confidence=row.confidence,
            rule=row.rule,
            denies=tuple(outgoing[row.pk].get(LinkKind.DENIES, ())),
            confirms=tuple(outgoing[row.pk].get(LinkKind.CONFIRMS, ())),
            denied_by=tuple(incoming[row.pk].get(LinkKind.DENIES, ())),
            confirmed_by=tuple(incoming[row.pk].get(LinkKind.CONFIRMS, ())),
        )
        for row in rows
    )
    days = [s.day for s in statements if s.day]
    position_speakers, positions = _positions(statements)
    ordered_actors = tuple(sorted(actors.values(), key=lambda a: (a.name.lower(), a.id)))
    counts = Counter(s.stance for s in statements)
    return Dossier(
        story_id=story.pk,
        slug=story.slug,
        title=story.title,
        status=story.status,
        generated_at=generated_at or timezone.now(),
        include=include,
        filters=filters,
        filter_labels=_filter_labels(filters, actors, governments),
        first_day=min(days, default=None),
        last_day=max(days, default=None),
        summary=_summary(statements, ordered_actors, counts),
        actors=ordered_actors,
        statements=statements,
        sources=tuple(sources.values()),
        position_speakers=position_speakers,
        positions=positions,
        counts={stance: counts.get(stance, 0) for stance in Stance.values},
    )


# What a dossier reads of each statement (no article text: see _sources).
_ROW_FIELDS = (
    "pk",
    "day",
    "made_on",
    "speaker_id",
    "stance",
    "text",
    "article_id",
    "evidence_start",
    "evidence_end",
    "review_status",
    "confidence",
    "rule",
)


def _sources(order: dict[int, int], chars: int | None) -> dict[int, SourceInfo]:
    """The dossier's articles (one query), each with the start of its text that is printed."""
    if chars is None:
        text: Any = F("text")
    elif chars <= 0:
        text = Value("")
    else:
        text = Substr("text", 1, chars)
    found = {
        pk: (outlet, title, url, published, excerpt)
        for pk, outlet, title, url, published, excerpt in Article.objects.filter(pk__in=order)
        .annotate(excerpt=text)
        .values_list("pk", "outlet", "title", "source_url", "published", "excerpt")
    }
    sources: dict[int, SourceInfo] = {}
    for n, pk in enumerate(sorted(order, key=order.__getitem__), start=1):
        outlet, title, url, published, excerpt = found[pk]
        sources[pk] = SourceInfo(
            ref=f"A{n}",
            id=pk,
            outlet=outlet,
            title=title,
            url=url or "",
            published=published,
            text=excerpt,
        )
    return sources


def _affiliations(
    speakers: Iterable[Actor],
) -> tuple[dict[int, tuple[AffiliationInfo, ...]], dict[int, tuple[str, ...]]]:
    """Each speaker's direct affiliations, and its chain of organisations (a query per level).

    The chain follows the current affiliation (no end date) first, then the oldest recorded.
    """
    direct: dict[int, list[Affiliation]] = {}
    frontier = {actor.pk for actor in speakers}
    seen = set(frontier)
    for _ in range(MAX_CHAIN_DEPTH):
        if not frontier:
            break
        found = list(
            Affiliation.objects.filter(actor_id__in=frontier)
            .select_related("organisation")
            .order_by(F("end_date").desc(nulls_first=True), "pk")
        )
        frontier = set()
        for affiliation in found:
            direct.setdefault(affiliation.actor_id, []).append(affiliation)
            if affiliation.organisation_id not in seen:
                seen.add(affiliation.organisation_id)
                frontier.add(affiliation.organisation_id)
    infos = {
        pk: tuple(AffiliationInfo(a.organisation_id, a.organisation.name, a.role) for a in found)
        for pk, found in direct.items()
    }
    chains: dict[int, tuple[str, ...]] = {}
    for actor in speakers:
        chain: list[str] = []
        visited = {actor.pk}
        current = actor.pk
        while direct.get(current):
            parent = direct[current][0]
            if parent.organisation_id in visited:
                break
            visited.add(parent.organisation_id)
            chain.append(parent.organisation.name)
            current = parent.organisation_id
        chains[actor.pk] = tuple(chain)
    return infos, chains


def _government_names(countries: set[str]) -> dict[str, str]:
    """The government actor's name for each country code (one query; none for no countries)."""
    if not countries:
        return {}
    names: dict[str, str] = {}
    for country, name in (
        Actor.objects.governments()
        .filter(country__in=countries)
        .order_by("pk")
        .values_list("country", "name")
    ):
        names.setdefault(country, name)
    return names


def _positions(
    statements: tuple[StatementInfo, ...],
) -> tuple[tuple[ActorInfo, ...], tuple[PositionRow, ...]]:
    """Who says what: each claim against every speaker who made or answered a claim."""
    by_ref = {s.ref: s for s in statements}
    claims = [s for s in statements if s.stance == Stance.CLAIM]
    said: dict[int, dict[str, set[str]]] = {}
    speakers: dict[int, ActorInfo] = {}
    for claim in claims:
        speakers[claim.speaker.id] = claim.speaker
        said.setdefault(claim.speaker.id, {}).setdefault(claim.ref, set()).add("claims")
        for kind, answers in (("denies", claim.denied_by), ("confirms", claim.confirmed_by)):
            for ref in answers:
                speaker = by_ref[ref].speaker
                speakers[speaker.id] = speaker
                said.setdefault(speaker.id, {}).setdefault(claim.ref, set()).add(kind)
    ordered = tuple(sorted(speakers.values(), key=lambda a: (a.name.lower(), a.id)))
    rows = tuple(
        PositionRow(claim, tuple(position_cell(said[a.id].get(claim.ref, set())) for a in ordered))
        for claim in claims
    )
    return ordered, rows


def _filter_labels(
    filters: Filters, actors: dict[int, ActorInfo], governments: dict[str, str]
) -> tuple[str, ...]:
    labels: list[str] = []
    if filters.actor:
        name = actors[filters.actor].name if filters.actor in actors else f"#{filters.actor}"
        labels.append(f"speaker: {name}")
    if filters.country:
        labels.append(f"country: {governments.get(filters.country, filters.country)}")
    if filters.stance:
        labels.append(f"stance: {filters.stance}")
    if filters.since:
        labels.append(f"from {format_day(filters.since)}")
    if filters.until:
        labels.append(f"until {format_day(filters.until)}")
    if filters.who:
        labels.append(f"speaker name contains: {filters.who}")
    return tuple(labels)


def _on(day: dt.date | None) -> str:
    return f"on {format_day(day)}" if day else "on an unknown date"


def _answers(refs: tuple[str, ...], by_ref: dict[str, StatementInfo]) -> str:
    parts = [f"{by_ref[r].speaker.described} {_on(by_ref[r].day)} ({r})" for r in refs]
    if len(parts) <= 1:
        return "".join(parts)
    return f"{', '.join(parts[:-1])} and {parts[-1]}"


def _summary(
    statements: tuple[StatementInfo, ...], actors: tuple[ActorInfo, ...], counts: Counter[str]
) -> tuple[str, ...]:
    """The dispute in sentences: who claimed what and when; who denied or confirmed it, when."""
    if not statements:
        return ("No statements match: the dossier is empty.",)
    by_ref = {s.ref: s for s in statements}
    figures = ", ".join(
        f"{counts.get(stance, 0)} {label.lower()}{'' if counts.get(stance, 0) == 1 else 's'}"
        for stance, label in Stance.choices
    )
    paragraphs = [
        f"{len(statements)} statement{'s' if len(statements) != 1 else ''} by "
        f"{len(actors)} actor{'s' if len(actors) != 1 else ''}: {figures}."
    ]
    claims = [s for s in statements if s.stance == Stance.CLAIM]
    for claim in claims[:SUMMARY_CLAIMS]:
        sentence = (
            f"{claim.speaker.described} claimed {_on(claim.day)} ({claim.ref}): “{claim.text}”."
        )
        answers = []
        if claim.denied_by:
            answers.append(f"It was denied by {_answers(claim.denied_by, by_ref)}.")
        if claim.confirmed_by:
            answers.append(f"It was confirmed by {_answers(claim.confirmed_by, by_ref)}.")
        if not answers:
            answers.append("No denial or confirmation of it is recorded.")
        paragraphs.append(" ".join([sentence, *answers]))
    if len(claims) > SUMMARY_CLAIMS:
        rest = len(claims) - SUMMARY_CLAIMS
        paragraphs.append(
            f"{rest} more claim{'s are' if rest != 1 else ' is'} listed in the timeline."
        )
    if not claims:
        paragraphs.append("No claim is among these statements; the timeline lists what was said.")
    return tuple(paragraphs)
