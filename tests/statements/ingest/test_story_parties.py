"""Grouping rules of the sixth session (grouping4): what a dispute shares with a story that does
not hang on which words the parser put in its statements or whom it made their speakers.

Invented sentences only; the story sets' figures are in test_story_sets.py.
"""

import datetime as dt
import json

import pytest

from actors.models import Actor
from statements import services
from statements.models import Article, Statement
from statements.stories import (
    Keys,
    dispute_keys,
    organisation_words,
    party_name,
    score,
    without_outlets,
)
from tests.conftest import ROOT

HELDOUT2 = ROOT / "tests" / "statements" / "ingest" / "stories_heldout2"


def _said(text: str, speaker: Actor, article: Article, stance: str = "claim") -> Statement:
    return Statement(text=text, speaker=speaker, stance=stance, article=article)


def test_the_outlets_name_is_cut_from_the_claim_terms_but_its_place_stays():
    article = Article(title="", outlet="Lumo Evening Star", published=dt.date(2026, 5, 1))
    drivers = Actor(pk=1, name="ferry drivers", kind="person")
    said = _said(
        "Two ferry drivers told the Lumo Evening Star that the toll at the Lumo wharf doubled",
        drivers,
        article,
    )
    terms = dispute_keys([said], article, {}).terms
    assert {"lumo", "toll", "wharf", "ferry"} <= terms.keys()  # the place named outside the name
    assert "evening" not in terms and "star" not in terms


def test_an_outlets_name_stays_a_claim_term_with_the_rule_switched_off(monkeypatch):
    text = "Exporters told the Kestrel Gazette that the levy rose"
    assert "Kestrel" not in without_outlets(text, ["Kestrel Gazette"])
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "grouping-outlet-names-out")
    assert without_outlets(text, ["Kestrel Gazette"]) == text


def test_a_speaking_organisations_name_and_an_acronym_are_no_content_evidence():
    text = (
        "OSLA denies crackdown\n\nThe Orvian Seed and Livestock Authority (OSLA) denied that "
        "inspectors fined travellers for undeclared cheese."
    )
    speakers = [("organisation", "Orvian Seed and Livestock Authority")]
    found = organisation_words(text, speakers)
    assert {"osla", "seed", "livestock"} <= found
    assert "cheese" not in found and "inspector" not in found


def test_a_word_also_written_outside_the_name_stays_content_evidence():
    text = "The Chamber of Tyre Retreaders said retreaded tyres were turned back."
    found = organisation_words(text, [("organisation", "Chamber of Tyre Retreaders")])
    assert {"chamber", "retreader"} <= found
    assert "tyre" not in found  # `retreaded tyres` names the affair's object too


def test_a_line_in_capitals_holds_no_acronym():
    assert organisation_words("NEWS IN BRIEF: OSLA SAYS NO\n\nIt said no.", []) == set()


def test_organisation_names_count_as_content_with_the_rule_switched_off(monkeypatch):
    story = Keys(terms={"osla": 4.0, "livestock": 2.2, "pear": 3.0}, countries={"AA"})
    distractor = Keys(
        terms={"osla": 4.0, "livestock": 2.2, "cheese": 2.5},
        countries={"AA"},
        organisations={"osla", "livestock"},
    )
    assert score(distractor, story, story_id=1, article_text="").content == 0.0
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "grouping-organisation-names")
    distractor.organisations = organisation_words("OSLA", [])
    assert score(distractor, story, story_id=1, article_text="").content == pytest.approx(6.2)


def test_a_party_name_needs_two_specific_words():
    assert party_name("organisation", "Brazil's federal revenue service") == (
        "brazil s federal revenue service"
    )
    assert party_name("person", "Marcelo Tavares") == "marcelo tavares"
    assert party_name("organisation", "Brazil's foreign ministry") == ""  # one specific word
    assert party_name("media", "Gazeta de Foz") == ""  # outlets are the reference part's
    assert party_name("government", "Federal Republic of Orvia") == ""


def test_an_article_naming_a_storys_speaker_shares_a_party(monkeypatch):
    story = Keys(
        terms={"tyre": 2.5, "remoulded": 5.0, "casing": 3.5},
        countries={"BR"},
        party_names={"orvian federal revenue service"},
    )
    report = Keys(terms={"tyre": 2.5, "retreaded": 5.0, "casing": 3.5}, countries={"BR"})
    text = "Orvian federal revenue service has stopped letting retreaded tyres cross the bridge."
    assert score(report, story, story_id=1, article_text=text).parties == 1.0
    assert score(report, story, story_id=1, article_text="Tyres were stopped.").parties == 0.5
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "grouping-named-parties")
    assert party_name("organisation", "Orvian federal revenue service") == ""


def _file_heldout2(name: str, capture) -> Article:
    data = json.loads((HELDOUT2 / f"{name}.json").read_text(encoding="utf-8"))
    with capture(execute=True):
        return services.submit_article(
            user=None,
            text=data["text"],
            title=data["title"],
            outlet=data["outlet"],
            published=dt.date.fromisoformat(data["published"]),
        ).article


def _stories(article: Article) -> set[int]:
    rows = Statement.objects.filter(article=article).exclude(story=None)
    return set(rows.values_list("story", flat=True))


@pytest.mark.django_db
def test_an_adopted_report_gives_the_story_its_article_words(
    eager_tasks, django_capture_on_commit_callbacks
):
    from statements.models import StoryKey

    report = _file_heldout2("s01_bangkok_durian_levy_report", django_capture_on_commit_callbacks)
    receipts = _file_heldout2("s02_vientiane_terminal_receipts", django_capture_on_commit_callbacks)
    (story,) = _stories(receipts)
    assert _stories(report) == {story}  # adopted
    words = set(StoryKey.objects.filter(story=story).values_list("value", flat=True))
    assert "w:durian" in words  # the report's word, which the receipts article never writes
    assert "w:somchai" not in words  # the names of its people stay out, as for any article


def _words(*names: str) -> dict[str, float]:
    return dict.fromkeys(names, 3.0)


def test_the_article_part_compares_each_of_the_storys_articles_not_their_union(monkeypatch):
    # A story of two articles, each sharing three words with the distractor: six with their union.
    first = _words("utility", "pipeline", "basin", "abstraction", "quota", "delta")
    second = _words("utility", "tariff", "arrears", "meter", "invoice", "reservoir")
    story = Keys(
        terms={"basin": 3.0},
        named={"AA", "BB"},
        day=dt.date(2026, 5, 1),
        article_terms=first | second,
        article_views={1: first, 2: second},
    )
    distractor = Keys(
        terms={"levy": 3.0},
        named={"AA", "BB"},
        day=dt.date(2026, 5, 3),
        article_terms=_words("utility", "pipeline", "basin", "tariff", "arrears", "meter", "bill"),
    )
    assert score(distractor, story, story_id=1, article_text="").article_claim == 0.0
    monkeypatch.setenv("DEMENTI_PARSER_DISABLE", "grouping-article-views")
    assert score(distractor, story, story_id=1, article_text="").article_claim > 0.0


@pytest.mark.django_db
def test_a_story_keeps_the_article_words_of_its_latest_articles_apart():
    from statements.models import Story, StoryKey
    from statements.stories import ARTICLE_VIEWS, add_keys, story_keys

    story = Story.objects.create(title="t")
    for article_id in range(1, ARTICLE_VIEWS + 3):
        add_keys(
            story,
            Keys(
                day=dt.date(2026, 5, article_id),
                article_id=article_id,
                article_terms={f"word{article_id}": 4.0, "shared": 2.0},
            ),
        )
    views = story_keys([story.pk])[story.pk].article_views
    assert sorted(views) == list(range(3, ARTICLE_VIEWS + 3))  # the latest ones
    assert views[5] == {"word5": 4.0, "shared": 2.0}
    assert StoryKey.objects.filter(story=story, value="w:shared").get().count == ARTICLE_VIEWS + 2


@pytest.mark.django_db
def test_an_organisations_other_names_are_its_name_too():
    from actors.models import Alias
    from statements.stories import organisation_aliases

    authority = Actor.objects.create(name="OSLA", kind="organisation")
    Alias.objects.create(actor=authority, name="Orvian Seed and Livestock Authority")
    article = Article(
        title="",
        outlet="",
        published=dt.date(2026, 5, 1),
        text="The Orvian Seed and Livestock Authority denied fining travellers for cheese.",
    )
    said = _said(
        "denied fining travellers for cheese, the Orvian Seed and Livestock Authority said",
        authority,
        article,
        "denial",
    )
    aliases = organisation_aliases([said])
    assert aliases == {authority.pk: ["Orvian Seed and Livestock Authority"]}
    keys = dispute_keys([said], article, {}, aliases=aliases)
    assert {"seed", "livestock"} <= keys.organisations
    assert "cheese" not in keys.organisations
    assert not {"seed", "livestock"} & dispute_keys([said], article, {}).organisations


def _stories_holding(words: dict[str, float], count: int, day: dt.date) -> None:
    from statements.models import Story
    from statements.stories import add_keys

    for n in range(count):
        story = Story.objects.create(title=f"story {n}")
        add_keys(
            story,
            Keys(
                terms=words,
                countries={"AA"},
                day=day,
                article_id=10_000 + n,
                article_terms=words,
                party_names={f"orvian tariff board {n}"},
            ),
        )


def _assign_counting_queries(day: dt.date) -> tuple[int, str]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from statements.stories import assign_stories

    article = Article.objects.create(
        title="Orvia denies haulage levy", outlet="Kestrel Gazette", published=day, text="x"
    )
    speaker = Actor.objects.create(name="Orvian haulage board", kind="organisation")
    claim = Statement.objects.create(
        article=article,
        speaker=speaker,
        stance="claim",
        text="Hauliers said the weighbridge levy on copper trucks doubled at Kessa",
        evidence_start=0,
        evidence_end=10,
    )
    with CaptureQueriesContext(connection) as captured:
        assign_stories(article=article, statements=[claim], links=[])
    return len(captured), article.grouping_decisions.get().outcome


@pytest.mark.django_db
def test_grouping_makes_as_many_queries_with_sixty_stories_holding_its_words_as_with_two():
    words = {"weighbridge": 4.2, "levy": 2.1, "copper": 2.5, "hauliers": 4.0, "kessa": 6.0}
    _stories_holding(words, 2, dt.date(2026, 5, 1))
    few = _assign_counting_queries(dt.date(2026, 5, 2))
    _stories_holding(words, 60, dt.date(2026, 5, 3))
    many = _assign_counting_queries(dt.date(2026, 5, 4))
    assert few[1] == many[1] == "joined"
    assert many[0] == few[0]


@pytest.mark.django_db
def test_a_story_keeps_at_most_fifty_speakers_names():
    from statements.models import Story, StoryKey
    from statements.stories import STORY_PARTY_NAMES, add_keys

    story = Story.objects.create(title="t")
    names = {f"orvian tariff board {n:02}" for n in range(STORY_PARTY_NAMES + 10)}
    add_keys(story, Keys(day=dt.date(2026, 5, 1), party_names=names))
    add_keys(story, Keys(day=dt.date(2026, 5, 2), party_names={"orvian tariff board 00"}))
    kept = StoryKey.objects.filter(story=story, value__startswith="m:")
    assert kept.count() == STORY_PARTY_NAMES
    assert kept.get(value="m:orvian tariff board 00").count == 2
