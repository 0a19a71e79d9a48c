"""Assign an article's statements to disputed stories.

The links the parser found split an article into disputes (a claim with its denials and
confirmations). Each dispute joins an existing story that shares its actors and key words within a
time window, or starts a new story titled from its claim.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence

from django.db.models import Max
from django.utils import timezone

from statements.models import Article, Stance, Statement, Story

# A story stays open to new articles for this long after its last statement.
STORY_WINDOW = dt.timedelta(days=120)
MIN_SHARED_KEYWORDS = 3
MAX_CANDIDATES = 50

_WORD = re.compile(r"[^\W\d_]{4,}", re.UNICODE)
_STOP = frozenset(
    """
    about after again against also although among another because been before being between both
    could did does doing down during each either every from further have having here into itself
    just more most much must neither never none nothing only other others ours over same should
    some such than that their theirs them then there these they this those through under until
    very were what when where which while whom whose will with within without would your yours
    said says saying told tells report reports reported reporting according statement statements
    news media claim claims claimed denied denies deny denial rejected rejects dismissed confirmed
    confirms spokesman spokeswoman spokesperson official officials ministry minister government
    sources source week month year today yesterday monday tuesday wednesday thursday friday
    saturday sunday earlier later added noted stressed comment comments false fake
    """.split()
)


def keywords(text: str) -> set[str]:
    """Content words of a text, lower-cased, crude plural folding."""
    words = set()
    for word in _WORD.findall(text.lower()):
        if word in _STOP:
            continue
        words.add(word[:-1] if word.endswith("s") and len(word) > 4 else word)
    return words


def disputes(statements: Sequence[Statement], links: Iterable[tuple[int, int]]) -> list[list[int]]:
    """Connected components of the link graph, as lists of indexes into `statements`."""
    parent = list(range(len(statements)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    linked: set[int] = set()
    for a, b in links:
        linked |= {a, b}
        parent[find(a)] = find(b)
    groups: dict[int, list[int]] = {}
    for i in sorted(linked):
        groups.setdefault(find(i), []).append(i)
    # Claims with no answer yet are disputes of their own.
    for i, statement in enumerate(statements):
        if i not in linked and statement.stance == Stance.CLAIM:
            groups[i] = [i]
    return sorted(groups.values(), key=lambda g: min(statements[i].evidence_start for i in g))


# "The Herald reported on Monday, citing officials, that X" -> "X": the frame before the reported
# content names the speaker, who the title names anyway. Bounded repeats keep it linear.
_FRAME = re.compile(
    r"^[^\"“”.]{0,160}?\b(?:reported|reports|said|says|claimed|claims|alleged|alleges|wrote|"
    r"writes|stated|states|revealed|reveals|announced|announces|accused|accuses|insisted|"
    r"insists|told)\b[^\"“”.]{0,160}?\bthat\s+(?=\S)",
    re.IGNORECASE,
)
TITLE_LENGTH = 140


def _title(claim: Statement) -> str:
    """The claim's speaker and what it claims: `Coastal Herald: Marovia sold diesel to Estland`."""
    text = " ".join(claim.text.split())
    frame = _FRAME.match(text)
    if frame and len(text[frame.end() :].split()) >= 4:  # "that it was true" says too little
        text = text[frame.end()].upper() + text[frame.end() + 1 :]
    if len(text) > TITLE_LENGTH:
        text = text[:TITLE_LENGTH].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    elif text.endswith(".") and not text.endswith(".."):
        text = text[:-1]
    name = claim.speaker.name
    # "The Herald says a deal exists" already names its speaker; don't say it twice.
    if name.lower() in text[: len(name) + 8].lower():
        return text
    return f"{name}: {text}"


def find_story(*, actor_ids: set[int], words: set[str], around: dt.date) -> Story | None:
    """The open story sharing actors and enough key words, most similar first (two queries)."""
    since = timezone.make_aware(dt.datetime.combine(around - STORY_WINDOW, dt.time()))
    candidates = (
        Story.objects.filter(statements__speaker_id__in=actor_ids, last_activity__gte=since)
        .distinct()
        .order_by("-last_activity")[:MAX_CANDIDATES]
    )
    best, best_score = None, 0
    for story in candidates:
        score = len(words & keywords(f"{story.title} {story.summary}"))
        if score >= MIN_SHARED_KEYWORDS and score > best_score:
            best, best_score = story, score
    return best


def assign_stories(
    *, article: Article, statements: Sequence[Statement], links: Iterable[tuple[int, int]]
) -> list[Story]:
    """Set `story` on each statement (unsaved); return the stories touched."""
    groups = disputes(statements, list(links))
    if not groups:
        return []
    around = article.published or timezone.localdate()
    stories: list[Story] = []
    owner: dict[int, Story] = {}
    for group in groups:
        members = [statements[i] for i in group]
        claims = [s for s in members if s.stance == Stance.CLAIM] or members
        # The whole dispute's words: a follow-up article often restates the claim in a denial.
        words = set().union(*(keywords(s.text) for s in members))
        actor_ids = {s.speaker_id for s in members}
        story = find_story(actor_ids=actor_ids, words=words, around=around)
        if story is None:
            story = Story.objects.create(title=_title(claims[0]), summary=claims[0].text[:1000])
        stories.append(story)
        for i in group:
            owner[i] = story
    # Statements outside any dispute join the nearest dispute before them in the text.
    ordered = sorted(range(len(statements)), key=lambda i: statements[i].evidence_start)
    current: Story | None = None
    first = owner[min(owner, key=lambda i: statements[i].evidence_start)]
    for i in ordered:
        current = owner.get(i, current)
        statements[i].story = current or first
    return stories


def touch_stories(stories: Iterable[Story]) -> None:
    """Record the latest activity on each story (for the newest-first story list)."""
    now = timezone.now()
    for story in {s.pk: s for s in stories}.values():
        latest = story.statements.aggregate(latest=Max("created_at"))["latest"] or now
        Story.objects.filter(pk=story.pk).update(last_activity=latest)


def article_stories(article: Article) -> tuple[list[int], list[dict[str, object]]]:
    """The article's stories, the one holding most of its statements first (one query)."""
    from django.db.models import Count

    rows = (
        Statement.objects.filter(article=article, story__isnull=False)
        .values("story")
        .annotate(n=Count("id"))
        .order_by("-n", "story")
    )
    return [r["story"] for r in rows], []


def replay_decisions(decisions: list[dict[str, object]]) -> list[dict[str, object]]:
    return decisions
