"""Lists page by keyset (stable under inserts) and run the same queries for 5 rows as for 500."""

import datetime as dt
from urllib.parse import parse_qs, urlsplit

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from actors.models import Actor, ActorKind, Affiliation, Alias
from statements import summaries
from statements.models import Article, Stance, Statement, StatementLink, Story
from tests.factories import StatementFactory, StoryFactory

pytestmark = pytest.mark.django_db


def build(n: int, start: int = 0) -> None:
    """n speakers (alias, ministry, government), articles and disputed stories, each story a
    claim and a denial linked to it: every relation the lists show, n times."""
    government = Actor.objects.create(name="Republic of Veloria", kind=ActorKind.GOVERNMENT)
    ministry = Actor.objects.create(name="Velorian ministry", kind=ActorKind.ORGANISATION)
    Affiliation.objects.create(actor=ministry, organisation=government)
    people = Actor.objects.bulk_create(
        Actor(name=f"Speaker {i}", kind=ActorKind.PERSON) for i in range(n)
    )
    Alias.objects.bulk_create(
        Alias(actor=p, name=f"S. {i}", normalised=f"s {i}") for i, p in enumerate(people)
    )
    Affiliation.objects.bulk_create(Affiliation(actor=p, organisation=ministry) for p in people)
    articles = Article.objects.bulk_create(
        Article(title=f"Report {i}", text="Ministry denies report. It is false.", status="done")
        for i in range(n)
    )
    now = timezone.now()
    stories = Story.objects.bulk_create(
        Story(
            title=f"Story {i}",
            slug=f"story-{start + i}",
            last_activity=now - dt.timedelta(minutes=i),
        )
        for i in range(n)
    )
    statements = Statement.objects.bulk_create(
        Statement(
            article=articles[i],
            story=stories[i],
            speaker=people[i],
            stance=stance,
            text="It is false.",
            evidence_start=0,
            evidence_end=10,
            made_on=dt.date(2026, 3, 10),
        )
        for i in range(n)
        for stance in (Stance.CLAIM, Stance.DENIAL)
    )
    StatementLink.objects.bulk_create(
        StatementLink(source=statements[2 * i + 1], target=statements[2 * i], kind="denies")
        for i in range(n)
    )
    summaries.rebuild()  # bulk_create bypasses the writers that keep the summaries


LISTS = [
    ("/api/v1/statements/", 1000),
    ("/api/v1/stories/", 500),
    ("/api/v1/actors/", 502),
    ("/api/v1/articles/", 500),
]


def queries(client, url: str) -> tuple[int, int]:
    client.get(url)  # warms the token's last-used time
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured), len(response.json()["results"])


def test_each_list_runs_the_same_queries_for_5_rows_as_for_500(analyst_api):
    # Per request: the token with its user (1), the user's permissions (2: user, group), then
    # statements: the page (1) + links out (1); stories: the page with its figures (1); actors:
    # the page (1) + aliases (1) + affiliations with organisation (1) + theirs (1); articles: 1.
    build(5)
    small = {url: queries(analyst_api, f"{url}?page_size=500") for url, _ in LISTS}
    Statement.objects.all().delete()
    Story.objects.all().delete()
    Article.objects.all().delete()
    Actor.objects.all().delete()
    build(500)
    for url, rows in LISTS:
        count, shown = queries(analyst_api, f"{url}?page_size=500")
        assert shown == min(rows, 500), url
        assert count == small[url][0], url
    assert small["/api/v1/statements/"][0] == 5
    assert small["/api/v1/actors/"][0] == 7


def test_search_runs_the_same_queries_for_5_matches_as_for_100(analyst_api):
    build(5)
    few = queries(analyst_api, "/api/v1/search/?q=false&limit=100")
    build(95, start=5)
    many = queries(analyst_api, "/api/v1/search/?q=false&limit=100")
    assert many[1] == 100 and few[1] == 10
    assert many[0] == few[0]


def pages(client, url: str) -> list[list[int]]:
    found = []
    while url:
        body = client.get(url).json()
        found.append([row["id"] for row in body["results"]])
        url = body["next"]
    return found


def test_statements_page_by_cursor_newest_first_and_every_row_once(analyst_api):
    made = [StatementFactory().pk for _ in range(7)]
    got = pages(analyst_api, "/api/v1/statements/?page_size=3")
    assert got == [made[6:3:-1], made[3:0:-1], made[:1]]


def test_a_statement_added_while_paging_does_not_shift_the_pages(analyst_api):
    made = [StatementFactory().pk for _ in range(4)]
    first = analyst_api.get("/api/v1/statements/?page_size=2").json()
    StatementFactory()
    second = analyst_api.get(first["next"]).json()
    assert [r["id"] for r in second["results"]] == [made[1], made[0]]
    assert second["next"] is None


def test_the_cursor_reads_after_the_key_not_at_an_offset(analyst_api):
    made = [StatementFactory().pk for _ in range(3)]
    next_url = analyst_api.get("/api/v1/statements/?page_size=1").json()["next"]
    with CaptureQueriesContext(connection) as captured:
        analyst_api.get(next_url)
    page = next(q["sql"] for q in captured if 'FROM "statements_statement"' in q["sql"])
    assert "OFFSET" not in page and f'"statements_statement"."id" < {made[2]}' in page
    # Exactly the primary key's order: with NULLS LAST added PostgreSQL could not walk the index
    # and sorted every statement (1.4 s at 1,000,000).
    assert page.endswith('ORDER BY "statements_statement"."id" DESC LIMIT 2')


def test_stories_page_by_activity_with_ties_and_undated_stories_last(analyst_api):
    when = timezone.now()
    stories = [StoryFactory(last_activity=when) for _ in range(3)]
    stories += [StoryFactory(last_activity=None) for _ in range(2)]
    stories.insert(0, StoryFactory(last_activity=when + dt.timedelta(hours=1)))
    for story in stories:
        StatementFactory(story=story, stance=Stance.DENIAL)
    expected = [stories[0].pk, *sorted((s.pk for s in stories[1:4]), reverse=True)]
    expected += sorted((s.pk for s in stories[4:]), reverse=True)
    got = pages(analyst_api, "/api/v1/stories/?page_size=2")
    assert [pk for page in got for pk in page] == expected


def test_a_tampered_cursor_is_a_400(analyst_api):
    response = analyst_api.get("/api/v1/statements/?cursor=bm90IGpzb24")
    assert response.status_code == 400
    assert "cursor" in response.json()["error"]["fields"]


def test_statements_filter_by_story_stance_and_review_status(analyst_api):
    story = StoryFactory()
    claim = StatementFactory(story=story, stance=Stance.CLAIM)
    StatementFactory(story=story, stance=Stance.DENIAL, review_status="rejected")
    StatementFactory(stance=Stance.CLAIM)

    def ids(query):
        return [r["id"] for r in analyst_api.get(f"/api/v1/statements/?{query}").json()["results"]]

    assert ids(f"story={story.pk}") == [claim.pk]  # rejected left out, as on the pages
    assert len(ids(f"story={story.pk}&include=everything")) == 2
    rejected = ids("review_status=rejected")
    assert len(rejected) == 1 and rejected != [claim.pk]
    assert ids(f"story={story.pk}&stance=claim") == [claim.pk]


def test_next_link_keeps_the_filters(analyst_api):
    story = StoryFactory()
    for _ in range(3):
        StatementFactory(story=story)
    StatementFactory()
    body = analyst_api.get(f"/api/v1/statements/?story={story.pk}&page_size=2").json()
    assert parse_qs(urlsplit(body["next"]).query)["story"] == [str(story.pk)]
    assert len(analyst_api.get(body["next"]).json()["results"]) == 1


def test_one_storys_statements_are_found_through_the_story_and_sorted(analyst_api):
    # `id + 0`: PostgreSQL cannot walk the primary key backwards past every other story's rows
    # (223,982 rows read for the largest synthetic story); it reads the story's index and sorts.
    story = StoryFactory()
    StatementFactory(story=story)
    with CaptureQueriesContext(connection) as captured:
        analyst_api.get(f"/api/v1/statements/?story={story.pk}")
    page = next(q["sql"] for q in captured if 'FROM "statements_statement"' in q["sql"])
    assert 'ORDER BY ("statements_statement"."id" + 0) DESC' in page
