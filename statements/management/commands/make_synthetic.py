"""Fill the database with realistic synthetic disputes for scale tests and benchmarks.

`python manage.py make_synthetic --articles 100000 --statements 1000000`

Values are drawn from a seeded random generator and the word lists below (names, places, filler
words: product code only, no test factory or Faker), with the skew of real data: story sizes
follow a Pareto law (a few large disputes, many small ones),
speakers a Zipf law (a few very talkative spokespeople), countries a Zipf law too. Each story
pits a claimant government against a denying one (sometimes with a third that confirms), over
several years; every statement is a sentence of its article, so its evidence span is valid;
denials and confirmations link to earlier claims of the same story.

Rows are written in batches: PostgreSQL `COPY` on PostgreSQL (psycopg 3), `bulk_create` elsewhere.
Ids are reserved up front so links can point at statements before they are written.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import random
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connection, models, transaction
from django.utils.text import slugify

from actors.models import Actor, ActorKind
from statements import summaries
from statements.models import (
    Article,
    IngestStatus,
    LinkKind,
    ReviewStatus,
    Stance,
    Statement,
    StatementLink,
    Story,
    StoryStatus,
    content_hash,
)

FIRST_DAY = dt.date(2019, 1, 1)
LAST_START = dt.date(2025, 6, 30)
# Pareto shape for story sizes (the 80/20 rule is about 1.16); a story is capped at this many
# times the mean size so one dispute never swallows the data set.
STORY_ALPHA = 1.16
STORY_CAP = 60
# Zipf exponents for how often an actor speaks and how often a country is involved.
SPEAKER_ZIPF = 1.1
COUNTRY_ZIPF = 0.9
STANCES = (Stance.CLAIM, Stance.DENIAL, Stance.CONFIRMATION, Stance.COMMENT)
STANCE_WEIGHTS = (0.30, 0.32, 0.16, 0.22)
REVIEW = (ReviewStatus.ACCEPTED, ReviewStatus.PROPOSED, ReviewStatus.REJECTED)
REVIEW_WEIGHTS = (0.90, 0.08, 0.02)
ROLES = (
    "Foreign ministry spokesperson",
    "Defence ministry spokesperson",
    "Foreign minister",
    "Defence minister",
    "Ambassador to the United Nations",
    "Presidential spokesperson",
    "Government spokesperson",
    "Deputy foreign minister",
    "Military spokesperson",
    "Interior minister",
)
DEEDS = (
    "held secret talks with rebel commanders in {place}",
    "moved troops and armour towards {place}",
    "shot down a surveillance drone near {place}",
    "seized an oil tanker off {place}",
    "supplied weapons to militias around {place}",
    "detained two journalists in {place}",
    "carried out a cyberattack on the power grid of {place}",
    "tested a ballistic missile launched from {place}",
    "built a military airstrip outside {place}",
    "expelled diplomats after a meeting in {place}",
    "blocked grain shipments leaving {place}",
    "funded a disinformation campaign run from {place}",
)
DENY_WORDS = ("baseless", "a fabrication", "false", "absurd", "malicious propaganda")
SOURCES = (
    "intelligence officials",
    "satellite images",
    "two unnamed diplomats",
    "documents seen by reporters",
    "local witnesses",
    "intercepted communications",
)


GIVEN_NAMES = (
    "Amara", "Anton", "Bela", "Carmen", "Dario", "Elena", "Farid", "Greta", "Hana", "Ivan",
    "Jonas", "Karim", "Lena", "Marek", "Nadia", "Omar", "Paula", "Quentin", "Rosa", "Sami",
    "Tomas", "Ulla", "Viktor", "Wen", "Yara", "Zoran", "Aiko", "Bruno", "Chen", "Dalia",
    "Emil", "Fatima", "Goran", "Hugo", "Ines", "Jakub", "Kofi", "Lucia", "Mateo", "Nina",
)  # fmt: skip
FAMILY_NAMES = (
    "Adler", "Barros", "Castell", "Dumont", "Eriksen", "Ferreira", "Gallo", "Horvat", "Ibarra",
    "Jansen", "Kovac", "Lindqvist", "Moreau", "Novak", "Okafor", "Petrov", "Quist", "Rossi",
    "Santos", "Tanaka", "Urban", "Varga", "Weber", "Xu", "Yilmaz", "Zeller", "Abara", "Brandt",
    "Costa", "Demir", "Esposito", "Fischer", "Grant", "Haddad", "Iversen", "Jovanovic",
    "Keller", "Lopez", "Mensah", "Nakamura", "Olsen", "Park", "Reyes", "Schmidt", "Toure",
)  # fmt: skip
# Places are made of syllables: invented towns, so no real one is accused of anything.
SYLLABLES = (
    "bar", "del", "kor", "mi", "nes", "ost", "pra", "ran", "sel", "tov", "ul", "va", "zen",
    "lin", "dor", "gas", "hel", "mar", "tes", "ber",
)  # fmt: skip
PLACE_ENDINGS = ("", "a", "ovo", "grad", "port", "heim", "ia", "ville", "burg", "ska")
FILLER_WORDS = (
    "officials", "said", "the", "border", "report", "talks", "week", "region", "government",
    "statement", "sources", "military", "ministry", "after", "before", "during", "recent",
    "meeting", "press", "conference", "claims", "agency", "evidence", "public", "security",
    "forces", "local", "residents", "according", "several", "new", "old", "international",
    "observers", "a", "of", "in", "on", "with", "about", "from", "its", "their", "this",
)  # fmt: skip


class Words:
    """Names, places and filler sentences from the lists above, drawn with the command's seed."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def last_name(self) -> str:
        return self.rng.choice(FAMILY_NAMES)

    def name(self) -> str:
        return f"{self.rng.choice(GIVEN_NAMES)} {self.last_name()}"

    def city(self) -> str:
        parts = self.rng.choices(SYLLABLES, k=self.rng.choice((1, 2, 2, 3)))
        return ("".join(parts) + self.rng.choice(PLACE_ENDINGS)).capitalize()

    def sentence(self, nb_words: int) -> str:
        words = self.rng.choices(FILLER_WORDS, k=nb_words)
        return " ".join(words).capitalize() + "."


def _zipf_cumulative(n: int, exponent: float, rng: random.Random) -> list[float]:
    """Cumulative Zipf weights over n items in a random order (for random.choices)."""
    weights = [1.0 / (rank**exponent) for rank in range(1, n + 1)]
    rng.shuffle(weights)
    return list(itertools.accumulate(weights))


def _apportion(total: int, weights: Sequence[float], minimum: int = 1) -> list[int]:
    """Split total into integers proportional to weights, each at least minimum, summing exactly."""
    n = len(weights)
    spare = total - minimum * n
    if spare < 0:
        raise ValueError("total too small for the minimum share")
    scale = spare / sum(weights)
    shares = [w * scale for w in weights]
    ints = [int(s) for s in shares]
    left = spare - sum(ints)
    # Largest remainders get the units left over.
    for i in sorted(range(n), key=lambda i: shares[i] - ints[i], reverse=True)[:left]:
        ints[i] += 1
    return [minimum + i for i in ints]


@dataclass
class Side:
    """A country's speakers (its government and its people) with cumulative talkativeness."""

    country: str
    name: str
    actors: list[int] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    cumulative: list[float] = field(default_factory=list)

    def speaker(self, rng: random.Random) -> tuple[int, str]:
        i = bisect.bisect_left(self.cumulative, rng.random() * self.cumulative[-1])
        return self.actors[i], self.names[i]


@dataclass
class Buffers:
    stories: list[tuple[Any, ...]] = field(default_factory=list)
    articles: list[tuple[Any, ...]] = field(default_factory=list)
    statements: list[tuple[Any, ...]] = field(default_factory=list)
    links: list[tuple[Any, ...]] = field(default_factory=list)


STORY_FIELDS = (
    "id",
    "title",
    "slug",
    "summary",
    "status",
    "last_activity",
    "created_at",
    "updated_at",
)
ARTICLE_FIELDS = (
    "id",
    "source_url",
    "outlet",
    "title",
    "published",
    "raw_text",
    "text",
    "content_hash",
    "language",
    "status",
    "error",
    "added_by_id",
    "added_at",
    "updated_at",
)
STATEMENT_FIELDS = (
    "id",
    "article_id",
    "story_id",
    "speaker_id",
    "stance",
    "text",
    "evidence_start",
    "evidence_end",
    "made_on",
    "confidence",
    "rule",
    "review_status",
    "reviewed_by_id",
    "reviewed_at",
    "created_at",
    "updated_at",
)
LINK_FIELDS = ("source_id", "target_id", "kind")


class Writer:
    """Writes row tuples: COPY on PostgreSQL, bulk_create elsewhere."""

    def __init__(self, batch_size: int) -> None:
        self.postgres = connection.vendor == "postgresql"
        self.batch_size = batch_size

    def reserve(self, model: type[models.Model], count: int) -> int:
        """The first of `count` consecutive free ids for the model's table."""
        table = model._meta.db_table
        with connection.cursor() as cursor:
            if self.postgres:
                cursor.execute("SELECT pg_get_serial_sequence(%s, 'id')", [table])
                sequence = cursor.fetchone()[0]
                cursor.execute("SELECT nextval(%s)", [sequence])
                first = int(cursor.fetchone()[0])
                # Move the sequence past the block so later inserts never collide with it.
                cursor.execute("SELECT setval(%s, %s)", [sequence, first + max(count, 1) - 1])
                return first
            cursor.execute(f"SELECT COALESCE(MAX(id), 0) FROM {table}")  # noqa: S608
            return int(cursor.fetchone()[0]) + 1

    def write(
        self, model: type[models.Model], names: Sequence[str], rows: list[tuple[Any, ...]]
    ) -> None:
        if not rows:
            return
        if self.postgres:
            # get_field() also knows fields by attname ("article_id").
            columns = ", ".join(connection.ops.quote_name(_column(model, n)) for n in names)
            table = connection.ops.quote_name(model._meta.db_table)
            with connection.cursor() as cursor:
                raw = cursor.cursor  # the psycopg 3 cursor under Django's wrapper
                with raw.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(row)
            return
        model._default_manager.bulk_create(
            [model(**dict(zip(names, row, strict=True))) for row in rows],
            batch_size=self.batch_size,
        )


class Command(BaseCommand):
    help = "Fill the database with synthetic stories, articles, statements and links (bulk)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--articles", type=int, help="Articles to create (default: statements / 10)."
        )
        parser.add_argument("--statements", type=int, required=True, help="Statements to create.")
        parser.add_argument("--stories", type=int, help="Stories (default: statements / 40).")
        parser.add_argument(
            "--actors", type=int, help="People and outlets to add (default: statements / 100)."
        )
        parser.add_argument("--seed", type=int, default=1, help="Random seed (same data again).")
        parser.add_argument("--batch-size", type=int, default=20_000, help="Statements per batch.")

    def handle(self, *args: Any, **options: Any) -> None:
        statements: int = options["statements"]
        given = options["articles"]
        articles: int = max(1, statements // 10) if given is None else given
        stories: int = options["stories"] or max(1, statements // 40)
        stories = min(stories, articles)
        actors: int = options["actors"] or min(20_000, max(200, statements // 100))
        if statements < 1 or articles < 1:
            raise CommandError("--articles and --statements must be at least 1.")
        if articles > statements:
            raise CommandError("Every article carries a statement: --articles <= --statements.")
        if options["batch_size"] < 1:
            raise CommandError("--batch-size must be at least 1.")
        started = time.monotonic()
        generator = Generator(
            seed=options["seed"],
            writer=Writer(options["batch_size"]),
            out=self.stdout.write,
        )
        generator.make_actors(actors)
        generator.make(stories=stories, articles=articles, statements=statements)
        elapsed = time.monotonic() - started
        self.stdout.write(
            f"Created {stories} stories, {articles} articles, {statements} statements and "
            f"{generator.link_count} links in {elapsed:.1f} s "
            f"({statements / max(elapsed, 1e-9):,.0f} statements/s)."
        )
        # COPY bypasses the writers that keep the stored summaries: sum everything up once.
        started = time.monotonic()
        summed = summaries.rebuild()
        self.stdout.write(
            f"Summed up {summed[0]} stories and {summed[1]} actors in "
            f"{time.monotonic() - started:.1f} s."
        )


class Generator:
    """Draws the synthetic world and streams it to the writer in batches."""

    def __init__(self, *, seed: int, writer: Writer, out: Any) -> None:
        self.rng = random.Random(seed)  # noqa: S311 - reproducible data, not secrets
        self.fake = Words(self.rng)
        self.writer = writer
        self.out = out
        self.sides: list[Side] = []
        self.country_cumulative: list[float] = []
        self.media: Side = Side("", "Media")
        self.link_count = 0
        self.place = ""
        self.places: list[str] = []
        self.fillers: list[str] = []

    # ------------------------------------------------------------------------------ actors
    def make_actors(self, count: int) -> None:
        """People of many countries and a few outlets, next to the reference governments."""
        governments = list(
            Actor.objects.governments().exclude(country="").values_list("pk", "name", "country")
        )
        if not governments:
            # A database without the reference data (e.g. flushed): make a few governments.
            built = [
                Actor(name=f"Government of {code}", kind=ActorKind.GOVERNMENT, country=code)
                for code in ("AA", "BB", "CC", "DD", "EE", "FF")
            ]
            governments = [(a.pk, a.name, a.country) for a in Actor.objects.bulk_create(built)]
        by_country: dict[str, Side] = {}
        for pk, name, code in governments:
            side = by_country.setdefault(code, Side(code, name))
            side.actors.append(pk)
            side.names.append(name)
        codes = sorted(by_country)
        self.country_cumulative = _zipf_cumulative(len(codes), COUNTRY_ZIPF, self.rng)
        outlets = max(3, min(80, count // 20))
        people = max(1, count - outlets)
        country_of = self.rng.choices(codes, cum_weights=self.country_cumulative, k=people)
        built = [
            Actor(
                name=self.fake.name(),
                kind=ActorKind.PERSON,
                country=code,
                role=self.rng.choice(ROLES),
            )
            for code in country_of
        ]
        suffixes = ("News", "Herald", "Wire", "Times", "Post", "Today", "Observer")
        built += [
            Actor(
                name=f"{self.fake.last_name()} {self.rng.choice(suffixes)}",
                kind=ActorKind.MEDIA,
            )
            for _ in range(outlets)
        ]
        created = Actor.objects.bulk_create(built, batch_size=2_000)
        for actor in created:
            if actor.kind == ActorKind.MEDIA:
                self.media.actors.append(actor.pk)
                self.media.names.append(actor.name)
            else:
                side = by_country[actor.country]
                side.actors.append(actor.pk)
                side.names.append(actor.name)
        for side in [*by_country.values(), self.media]:
            side.cumulative = _zipf_cumulative(len(side.actors), SPEAKER_ZIPF, self.rng)
        self.sides = [by_country[code] for code in codes]

    # ------------------------------------------------------------------------------ stories
    def make(self, *, stories: int, articles: int, statements: int) -> None:
        rng = self.rng
        # Pools keep a million sentences cheap while still varied.
        self.places = [self.fake.city() for _ in range(min(2_000, 2 * stories))]
        self.fillers = [
            self.fake.sentence(nb_words=10).rstrip(".").lower()
            for _ in range(min(5_000, max(50, statements // 10)))
        ]
        weights = [rng.paretovariate(STORY_ALPHA) for _ in range(stories)]
        mean = sum(weights) / stories
        weights = [min(w, STORY_CAP * mean) for w in weights]
        sizes = _apportion(statements, weights)
        # Articles per story follow its size, at least one and at most one per statement.
        per_story = _apportion(articles, sizes)
        per_story = self._fit(per_story, sizes, articles)
        writer = self.writer
        story_id = writer.reserve(Story, stories)
        article_id = writer.reserve(Article, articles)
        statement_id = writer.reserve(Statement, statements)
        buffers = Buffers()
        done = 0
        started = time.monotonic()
        for size, n_articles in zip(sizes, per_story, strict=True):
            statement_id, article_id = self._story(
                buffers, story_id, size, n_articles, statement_id, article_id
            )
            story_id += 1
            if len(buffers.statements) >= writer.batch_size:
                done += len(buffers.statements)
                self._flush(buffers)
                rate = done / max(time.monotonic() - started, 1e-9)
                self.out(f"  {done:,}/{statements:,} statements ({rate:,.0f}/s)")
        self._flush(buffers)
        if writer.postgres:
            with connection.cursor() as cursor:
                for model in (Actor, Story, Article, Statement, StatementLink):
                    cursor.execute(f"ANALYZE {connection.ops.quote_name(model._meta.db_table)}")

    @staticmethod
    def _fit(per_story: list[int], sizes: list[int], total: int) -> list[int]:
        """No story gets more articles than statements; the excess goes to stories with room."""
        excess = 0
        for i, (n, size) in enumerate(zip(per_story, sizes, strict=True)):
            if n > size:
                excess += n - size
                per_story[i] = size
        i = 0
        while excess:
            room = sizes[i] - per_story[i]
            give = min(room, excess)
            per_story[i] += give
            excess -= give
            i += 1
        assert sum(per_story) == total
        return per_story

    def _story(
        self,
        buffers: Buffers,
        story_id: int,
        size: int,
        n_articles: int,
        statement_id: int,
        article_id: int,
    ) -> tuple[int, int]:
        """One dispute: its story row, its articles and statements; returns the next free ids."""
        rng = self.rng
        claimant, accused = self._countries(2)
        third = self._countries(1)[0] if rng.random() < 0.3 else None
        place = rng.choice(self.places)
        deed = rng.choice(DEEDS).format(place=place)
        self.place = place
        start = FIRST_DAY + dt.timedelta(days=rng.randrange((LAST_START - FIRST_DAY).days))
        # Big disputes run for years, small ones for days or weeks.
        span = min(5 * 365, 3 + size * rng.randint(1, 4))
        days = sorted(rng.randrange(span) for _ in range(n_articles))
        # Each article carries at least one statement.
        counts = [1] * n_articles
        for _ in range(size - n_articles):
            counts[rng.randrange(n_articles)] += 1
        claims: list[int] = []
        last_moment = self._moment(start)
        for day_offset, count in zip(days, counts, strict=True):
            published = start + dt.timedelta(days=day_offset)
            last_moment = self._article(
                buffers,
                article_id=article_id,
                story_id=story_id,
                first_statement=statement_id,
                count=count,
                published=published,
                sides=(claimant, accused, third),
                deed=deed,
                claims=claims,
            )
            statement_id += count
            article_id += 1
        title = f"{claimant.name} says {accused.name} {deed}"
        story = Story(
            id=story_id,
            title=title[:300],
            slug=f"{slugify(title)[:100].strip('-')}-{story_id}",
            summary="",
            status=rng.choices(
                (StoryStatus.OPEN, StoryStatus.SETTLED, StoryStatus.ARCHIVED), (80, 15, 5)
            )[0],
            last_activity=last_moment,
            created_at=self._moment(start),
            updated_at=last_moment,
        )
        buffers.stories.append(tuple(getattr(story, n) for n in STORY_FIELDS))
        return statement_id, article_id

    def _countries(self, k: int) -> list[Side]:
        picked: list[Side] = []
        while len(picked) < k:
            side = self.rng.choices(self.sides, cum_weights=self.country_cumulative)[0]
            if side not in picked or len(self.sides) < k:
                picked.append(side)
        return picked

    def _moment(self, day: dt.date) -> dt.datetime:
        minutes = self.rng.randrange(6 * 60, 22 * 60)
        return dt.datetime.combine(day, dt.time(minutes // 60, minutes % 60), tzinfo=dt.UTC)

    def _article(
        self,
        buffers: Buffers,
        *,
        article_id: int,
        story_id: int,
        first_statement: int,
        count: int,
        published: dt.date,
        sides: tuple[Side, Side, Side | None],
        deed: str,
        claims: list[int],
    ) -> dt.datetime:
        """One wire report: a dateline, then one sentence per statement (its evidence span).

        Returns the moment it was filed.
        """
        rng = self.rng
        claimant, accused, third = sides
        outlet_id, outlet = self.media.speaker(rng)
        lede = (
            f"{self.place.upper()}, {published:%d %B %Y} ({outlet}, report {article_id}) — "
            f"{rng.choice(self.fillers).capitalize()}. "
        )
        parts = [lede]
        offset = len(lede)
        moment = self._moment(published)
        for n in range(count):
            pk = first_statement + n
            stance = rng.choices(STANCES, STANCE_WEIGHTS)[0]
            if stance in (Stance.DENIAL, Stance.CONFIRMATION) and not claims:
                stance = Stance.CLAIM
            targets: list[int] = []
            if stance == Stance.CLAIM:
                # Some claims are the outlet's own reporting.
                if rng.random() < 0.15:
                    speaker_id, name = outlet_id, outlet
                else:
                    speaker_id, name = claimant.speaker(rng)
                sentence = f"{name} said {accused.name} had {deed}, citing {rng.choice(SOURCES)}."
            elif stance == Stance.DENIAL:
                speaker_id, name = accused.speaker(rng)
                targets = self._targets(claims)
                sentence = (
                    f"{name} denied that {accused.name} had {deed}, calling the report "
                    f"{rng.choice(DENY_WORDS)}."
                )
            elif stance == Stance.CONFIRMATION:
                speaker_id, name = (third or claimant).speaker(rng)
                targets = self._targets(claims)
                sentence = (
                    f"{name} confirmed that {accused.name} had {deed}, adding that "
                    f"{rng.choice(self.fillers)}."
                )
            else:
                speaker_id, name = rng.choice([claimant, accused]).speaker(rng)
                sentence = f"{name} said {rng.choice(self.fillers)}."
            kind = LinkKind.CONFIRMS if stance == Stance.CONFIRMATION else LinkKind.DENIES
            for target in targets:
                buffers.links.append((pk, target, kind))
            self.link_count += len(targets)
            if stance == Stance.CLAIM:
                claims.append(pk)
            roll = rng.random()
            made_on = (
                None
                if roll < 0.05
                else published - dt.timedelta(days=1)
                if roll < 0.2
                else published
            )
            review = rng.choices(REVIEW, REVIEW_WEIGHTS)[0]
            buffers.statements.append(
                (
                    pk,
                    article_id,
                    story_id,
                    speaker_id,
                    stance,
                    sentence,
                    offset,
                    offset + len(sentence),
                    made_on,
                    round(rng.uniform(0.55, 0.99), 2),
                    "synthetic",
                    review,
                    None,
                    moment if review != ReviewStatus.PROPOSED else None,
                    moment,
                    moment,
                )
            )
            parts.append(sentence + " ")
            offset += len(sentence) + 1
        text = "".join(parts).rstrip()
        article = Article(
            id=article_id,
            source_url=f"https://{slugify(outlet)}.example.org/{published:%Y/%m}/{article_id}",
            outlet=outlet,
            title=f"{accused.name} accused over claim it {deed}"[:500],
            published=published,
            raw_text=text,
            text=text,
            content_hash=content_hash(text),
            status=IngestStatus.DONE,
            error="",
            added_at=moment,
            updated_at=moment,
        )
        buffers.articles.append(tuple(getattr(article, n) for n in ARTICLE_FIELDS))
        return moment

    def _targets(self, claims: list[int]) -> list[int]:
        """One claim of the story, usually a recent one; sometimes two."""
        recent = claims[-8:]
        k = 2 if len(recent) > 1 and self.rng.random() < 0.1 else 1
        return self.rng.sample(recent, k)

    def _flush(self, buffers: Buffers) -> None:
        """One transaction per batch, parents first (the foreign keys are checked on commit)."""
        with transaction.atomic():
            self.writer.write(Story, STORY_FIELDS, buffers.stories)
            self.writer.write(Article, ARTICLE_FIELDS, buffers.articles)
            self.writer.write(Statement, STATEMENT_FIELDS, buffers.statements)
            self.writer.write(StatementLink, LINK_FIELDS, buffers.links)
        for rows in (buffers.stories, buffers.articles, buffers.statements, buffers.links):
            rows.clear()


def _column(model: type[models.Model], name: str) -> str:
    """The database column of a field named by name or attname (`article` or `article_id`)."""
    field = model._meta.get_field(name)
    assert isinstance(field, models.Field) and field.column
    return field.column
