"""Grouping follows the dispute: own articles, the score's parts, the index, splits and replays."""

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import Client
from django.urls import reverse

from statements import services
from statements.models import AuditEntry, GroupingDecision, Statement, Story, StoryKey
from statements.stories import (
    Keys,
    candidates,
    countries_named,
    rarity,
    sides_named,
    terms,
)
from tests.conftest import ROOT, SEED, needs_shared
from tests.factories import StatementFactory, StoryFactory

FIXTURES = ROOT / "tests" / "fixtures" / "stories"
FOLLOW_UP = FIXTURES / "followup_kremlin_back_channel.json"
UNRELATED = FIXTURES / "unrelated_same_ministry_grain_report.json"


def ingest_file(path: Path, capture) -> Statement:
    data = json.loads(path.read_text())
    with capture(execute=True):
        submission = services.submit_article(
            user=None, text=data["text"], title=data["title"], outlet=data.get("outlet") or ""
        )
    return submission.article


def stories_of(article) -> set[int]:
    return set(
        Statement.objects.filter(article=article)
        .exclude(story=None)
        .values_list("story", flat=True)
    )


def test_rare_words_weigh_more_than_common_ones():
    assert rarity("gyueshevo") > rarity("tunnel") > rarity("water") > rarity("people")


def test_claim_terms_leave_out_reporting_words_and_countries_but_keep_numbers():
    found = terms("Bulgarian officials said the tunnel money, 46 million euros, was moved.")
    assert {"tunnel", "46000000"} <= found.keys()  # `46 million`: the number's value
    assert not {"bulgarian", "officials", "said"} & found.keys()


def test_countries_are_found_by_name_capital_and_adjective():
    assert countries_named("Skopje says Bulgarian officials met in North Macedonia") == {
        "MK",
        "BG",
    }


def test_the_sides_of_an_article_are_the_two_countries_it_names_most(monkeypatch):
    text = (
        "Ruritanian cheese sent to Japan through Austria will be exempt from fees, a "
        "Slovenian minister said in Ljubljana. Slovenia and Japan signed the deal on Monday. "
        "Slovenian officials said Japan had asked for it. Germany was not consulted."
    )
    # Slovenia (3) and Japan (3) are the sides; Austria and Germany, named once, are background
    assert sides_named(text) == {"SI", "JP"}
    assert countries_named(text) == {"SI", "JP", "AT", "DE"}
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "grouping-two-sides")
    assert sides_named(text) == {"SI", "JP", "AT", "DE"}


def test_a_currency_prefix_names_no_country():
    assert countries_named("Kenya charged US$150 a container, about A$230") == {"KE"}


def test_an_article_about_one_country_has_one_side():
    assert sides_named("Kenya's ministry denied the report. Nairobi said it was false.") == {"KE"}


@needs_shared
@pytest.mark.django_db
def test_the_seed_and_a_follow_up_worded_differently_land_in_one_story(
    eager_tasks, django_capture_on_commit_callbacks
):
    seed = ingest_file(SEED, django_capture_on_commit_callbacks)
    follow_up = ingest_file(FOLLOW_UP, django_capture_on_commit_callbacks)
    assert stories_of(follow_up) == stories_of(seed)
    decision = follow_up.grouping_decisions.get()
    assert decision.outcome == "joined"
    assert decision.parts["named_outlet"]  # it refers back to the seed's claimant, NBC
    assert "lavrov" in decision.parts["shared_terms"]


@needs_shared
@pytest.mark.django_db
def test_an_unrelated_report_denied_by_the_same_ministry_starts_its_own_story(
    eager_tasks, django_capture_on_commit_callbacks
):
    seed = ingest_file(SEED, django_capture_on_commit_callbacks)
    unrelated = ingest_file(UNRELATED, django_capture_on_commit_callbacks)
    assert stories_of(unrelated).isdisjoint(stories_of(seed))
    decision = unrelated.grouping_decisions.get()
    assert decision.outcome == "started"
    assert decision.score < decision.threshold


@pytest.mark.django_db
def test_an_article_without_a_dispute_joins_no_new_story_and_says_so(
    eager_tasks, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        article = services.submit_article(
            user=None, text='Central bank governor Ana Ruiz said on Monday: "Rates will hold."'
        ).article
    assert not Story.objects.exists()
    assert [d.outcome for d in GroupingDecision.objects.filter(article=article)] == ["unassigned"]


@pytest.mark.django_db
def test_candidates_read_at_most_a_bounded_number_of_stories_per_key(settings):
    import datetime as dt

    from statements import stories

    day = dt.date(2026, 3, 1)
    StoryKey.objects.bulk_create(
        StoryKey(story=StoryFactory(), kind="term", value="tunnel", weight=2.0, active_on=day)
        for _ in range(stories.PER_KEY + 5)
    )
    found = candidates(Keys(terms={"tunnel": 2.0}, day=day))
    assert len(found) == min(stories.PER_KEY, stories.MAX_CANDIDATES)


@pytest.mark.django_db
def test_candidates_skip_stories_quiet_for_longer_than_the_window():
    import datetime as dt

    old = StoryFactory()
    StoryKey.objects.create(
        story=old, kind="term", value="tunnel", weight=2.0, active_on=dt.date(2025, 1, 1)
    )
    assert candidates(Keys(terms={"tunnel": 2.0}, day=dt.date(2026, 3, 1))) == []


@pytest.mark.django_db
def test_splitting_a_story_moves_the_statements_to_a_new_story_and_records_them(editor):
    story = StoryFactory()
    kept, moved = StatementFactory(story=story), StatementFactory(story=story)
    new = services.split_story(story=story, statements=[moved], editor=editor)
    moved.refresh_from_db()
    kept.refresh_from_db()
    assert (moved.story, kept.story) == (new, story)
    entry = AuditEntry.objects.get(action="split_story")
    assert entry.details["refs"] == [services.statement_ref(moved)]


@pytest.mark.django_db
def test_a_split_that_would_empty_the_story_is_refused(editor):
    story = StoryFactory()
    only = StatementFactory(story=story)
    with pytest.raises(ValueError, match="empty"):
        services.split_story(story=story, statements=[only], editor=editor)


@pytest.mark.django_db
def test_a_merge_records_one_statement_of_each_story_for_replay(editor):
    keep, merge = StoryFactory(), StoryFactory()
    a, b = StatementFactory(story=keep), StatementFactory(story=merge)
    services.merge_stories(keep=keep, merge=merge, editor=editor)
    details = AuditEntry.objects.get(action="merge_story").details
    assert (details["keep_ref"], details["merge_ref"]) == (
        services.statement_ref(a),
        services.statement_ref(b),
    )


@pytest.mark.django_db
def test_a_recorded_split_replays_once_its_statements_are_in(editor):
    story = StoryFactory()
    StatementFactory(story=story)
    moved = StatementFactory(story=story)
    waiting = {"action": "split_story", "refs": [{"article": "not-in", "start": 0, "end": 5}]}
    decision = {"action": "split_story", "refs": [services.statement_ref(moved)]}
    assert services.replay_decisions([decision, waiting]) == [waiting]
    moved.refresh_from_db()
    assert moved.story != story


@pytest.mark.django_db
def test_editor_splits_a_story_from_the_article_page(editor_client):
    story = StoryFactory()
    StatementFactory(story=story)
    moved = StatementFactory(story=story)
    response = editor_client.post(
        reverse("stories_split"), {"story": story.pk, "statements": [moved.pk], "title": "Apart"}
    )
    moved.refresh_from_db()
    assert moved.story.title == "Apart"
    assert response.status_code == 302


@pytest.mark.django_db
def test_splitting_statements_of_another_story_is_refused_with_a_message(editor_client):
    story, other = StoryFactory(), StoryFactory()
    StatementFactory(story=story)
    stranger = StatementFactory(story=other)
    response = editor_client.post(
        reverse("stories_split"), {"story": story.pk, "statements": [stranger.pk]}, follow=True
    )
    assert b"Choose statements of the story being split." in response.content
    stranger.refresh_from_db()
    assert stranger.story == other


@pytest.mark.django_db
def test_analyst_cannot_split_a_story(analyst_client):
    story = StoryFactory()
    StatementFactory(story=story)
    moved = StatementFactory(story=story)
    response = analyst_client.post(
        reverse("stories_split"), {"story": story.pk, "statements": [moved.pk]}
    )
    assert response.status_code == 403
    moved.refresh_from_db()
    assert moved.story == story


@pytest.mark.django_db
def test_a_split_without_the_csrf_token_is_refused(editor):
    story = StoryFactory()
    StatementFactory(story=story)
    moved = StatementFactory(story=story)
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    response = client.post(reverse("stories_split"), {"story": story.pk, "statements": [moved.pk]})
    assert response.status_code == 403
    moved.refresh_from_db()
    assert moved.story == story


@pytest.mark.django_db
def test_the_article_page_explains_why_its_disputes_went_to_their_story(
    editor_client, eager_tasks, django_capture_on_commit_callbacks
):
    article = ingest_file(UNRELATED, django_capture_on_commit_callbacks)
    page = editor_client.get(reverse("article_detail", args=[article.pk])).content.decode()
    assert "Why these stories" in page
    assert "Started a new story" in page


@pytest.mark.django_db
def test_the_article_page_shows_the_articles_own_words_and_a_discounted_reference(editor_client):
    from tests.factories import ArticleFactory

    story = StoryFactory()
    article = ArticleFactory()
    parts = {"story": story.pk, "score": 0.3, "claim": 0.36, "parties": 1.0, "time": 1.0}
    parts |= {"shared_terms": ["trout"], "content": 2.5, "article_content": 24.0}
    parts |= {"article_claim": 0.36, "named_outlet": "gazeta de foz", "reference": 0.5}
    GroupingDecision.objects.create(
        article=article, story=story, outcome="joined", score=0.3, threshold=0.23, parts=parts
    )
    page = editor_client.get(reverse("article_detail", args=[article.pk])).content.decode()
    assert "at least 0.36 from the articles' own distinctive words in common" in page
    assert "(weight 24.0)" in page
    assert "counted ×0.50: little of the affair in common" in page


@needs_shared
def test_group_articles_prints_one_line_per_file_with_the_follow_up_in_the_seeds_story():
    env = {**os.environ, "DJANGO_ALLOW_ASYNC_UNSAFE": "true"}
    files = [str(SEED), str(FOLLOW_UP), str(UNRELATED)]
    out = subprocess.run(
        [sys.executable, "manage.py", "group_articles", *files],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    ).stdout
    lines = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    assert [line["id"] for line in lines] == [
        "00_seed_secret_talks",
        "followup_kremlin_back_channel",
        "unrelated_same_ministry_grain_report",
    ]
    seed, follow_up, unrelated = (line["stories"][0] for line in lines)
    assert seed == follow_up != unrelated


@pytest.mark.django_db
def test_recorded_merges_and_splits_export_as_json_lines_oldest_first(editor):
    from io import StringIO

    from django.core.management import call_command

    keep, merge = StoryFactory(), StoryFactory()
    StatementFactory(story=keep)
    StatementFactory(story=merge)
    services.merge_stories(keep=keep, merge=merge, editor=editor)
    services.split_story(
        story=keep, statements=[keep.statements.order_by("pk").last()], editor=editor
    )
    out = StringIO()
    call_command("export_story_decisions", stdout=out)
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["action"] for r in rows] == ["merge_story", "split_story"]
    assert rows[0]["editor"] == editor.username
    assert rows[1]["refs"]


@pytest.mark.django_db
def test_parsing_an_article_again_replaces_its_grouping_decisions(
    eager_tasks, django_capture_on_commit_callbacks
):
    article = ingest_file(UNRELATED, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        services.reparse_article(article)
    assert GroupingDecision.objects.filter(article=article).count() == 1


@needs_shared
@pytest.mark.django_db
def test_group_articles_replays_a_recorded_split_of_the_follow_up(
    tmp_path, eager_tasks, django_capture_on_commit_callbacks
):
    # The refs an editor's split would record: the follow-up's statements as filed here.
    follow_up = ingest_file(FOLLOW_UP, django_capture_on_commit_callbacks)
    refs = [services.statement_ref(s) for s in follow_up.statements.select_related("article")]
    decisions = tmp_path / "decisions.jsonl"
    decisions.write_text(json.dumps({"action": "split_story", "refs": refs}) + "\n")
    out = subprocess.run(
        [
            sys.executable,
            "manage.py",
            "group_articles",
            "--decisions",
            str(decisions),
            str(SEED),
            str(FOLLOW_UP),
        ],
        cwd=ROOT,
        env={**os.environ, "DJANGO_ALLOW_ASYNC_UNSAFE": "true"},
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    ).stdout
    seed, follow_up = (json.loads(line)["stories"][0] for line in out.splitlines())
    assert seed != follow_up


@pytest.mark.django_db
def test_the_article_page_keeps_its_query_budget_with_many_grouping_decisions(
    editor_client, django_assert_max_num_queries
):
    story = StoryFactory()
    first = StatementFactory(story=story)
    for _ in range(5):
        StatementFactory(story=story, article=first.article)
        GroupingDecision.objects.create(
            article=first.article, story=story, outcome="joined", parts={"story": story.pk}
        )
    # session, user, permissions (2), article, statements (with speaker and story), links,
    # their review history, decisions (with their stories), the editor's target stories (2):
    # 11, not per decision.
    with django_assert_max_num_queries(11):
        response = editor_client.get(reverse("article_detail", args=[first.article.pk]))
    assert response.content.decode().count("grouping-decision grouping-decision--joined") == 5


def test_a_claim_nobody_answers_goes_with_the_answered_dispute_before_it():
    from statements.stories import _groups

    def said(stance: str, at: int) -> Statement:
        return Statement(stance=stance, text="x", evidence_start=at, evidence_end=at + 1)

    claim, denial, side_claim, comment = (
        said("claim", 0),
        said("denial", 10),
        said("claim", 20),
        said("comment", 30),
    )
    groups = _groups([claim, denial, side_claim, comment], [(1, 0)])
    assert [sorted(g) for g in groups] == [[0, 1, 2, 3]]


def test_two_answered_disputes_of_one_article_stay_apart():
    from statements.stories import _groups

    statements = [
        Statement(stance=stance, text="x", evidence_start=at, evidence_end=at + 1)
        for stance, at in (("claim", 0), ("denial", 10), ("claim", 20), ("denial", 30))
    ]
    assert [sorted(g) for g in _groups(statements, [(1, 0), (3, 2)])] == [[0, 1], [2, 3]]


@needs_shared
@pytest.mark.django_db
def test_the_article_page_shows_the_weight_of_shared_words_that_are_no_place_or_number(
    editor_client, eager_tasks, django_capture_on_commit_callbacks
):
    ingest_file(SEED, django_capture_on_commit_callbacks)
    follow_up = ingest_file(FOLLOW_UP, django_capture_on_commit_callbacks)
    decision = follow_up.grouping_decisions.get(outcome="joined")
    page = editor_client.get(reverse("article_detail", args=[follow_up.pk])).content.decode()
    assert decision.parts["content"] >= 5.0  # grouping-content-evidence: counted in full
    weight = f"no place or number {decision.parts['content']:.1f}"
    assert weight in page


@pytest.mark.django_db
def test_an_undated_article_counts_from_the_day_it_was_filed_not_from_today():
    from django.utils import timezone

    from statements.models import Article
    from statements.stories import filed_day
    from tests.factories import ArticleFactory

    dated = ArticleFactory(published=dt.date(2026, 3, 2))
    undated = ArticleFactory(published=None)
    Article.objects.filter(pk=undated.pk).update(
        added_at=dt.datetime(2026, 3, 9, 23, 30, tzinfo=dt.UTC)
    )
    undated.refresh_from_db()
    assert filed_day(dated) == dt.date(2026, 3, 2)
    # the filing day in the site's time zone, however late the reindex runs
    assert filed_day(undated) == timezone.localdate(undated.added_at)
    assert filed_day(undated) != timezone.localdate()
    assert filed_day(Article(published=None)) == timezone.localdate()
