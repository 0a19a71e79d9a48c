"""What analysts see is what was reviewed, and the timeline and list say true things."""

import datetime as dt

from django.urls import reverse

from statements.models import ReviewStatus, Stance
from tests.factories import (
    ActorFactory,
    AffiliationFactory,
    ArticleFactory,
    GovernmentFactory,
    StatementFactory,
    StatementLinkFactory,
    StoryFactory,
)


def claim_and_denial(**claim_extra):
    story = StoryFactory(title="Fishing rights")
    article = ArticleFactory(published=dt.date(2026, 3, 5))
    claim = StatementFactory(
        story=story,
        article=article,
        stance=Stance.CLAIM,
        text="Trawlers crossed the line.",
        speaker=ActorFactory(name="Daily Planet", kind="media"),
        **claim_extra,
    )
    denial = StatementFactory(
        story=story,
        article=article,
        stance=Stance.DENIAL,
        text="No trawler crossed anything.",
        speaker=ActorFactory(name="Ilse Varga", country="FR"),
        made_on=dt.date(2026, 3, 6),
    )
    StatementLinkFactory(source=denial, target=claim, kind="denies")
    return story, claim, denial


def timeline(client, story, **params) -> str:
    body = client.get(story.get_absolute_url(), params).content.decode()
    return body[body.index('id="timeline"') : body.index('id="positions-heading"')]


def test_each_statement_on_the_timeline_says_its_review_status_in_words(analyst_client):
    story, _claim, _denial = claim_and_denial(review_status=ReviewStatus.ACCEPTED)
    body = timeline(analyst_client, story)
    assert '<span class="review review--accepted">Accepted</span>' in body
    assert '<span class="review review--proposed">Unreviewed</span>' in body


def test_a_rejected_statement_leaves_the_timeline_unless_the_reader_asks_for_it(analyst_client):
    story, _claim, _denial = claim_and_denial()
    StatementFactory(story=story, text="A misread sentence.", review_status=ReviewStatus.REJECTED)
    assert "A misread sentence." not in timeline(analyst_client, story)
    shown = timeline(analyst_client, story, include="everything")
    assert "A misread sentence." in shown
    assert '<span class="review review--rejected">Rejected</span>' in shown


def test_the_story_page_offers_the_four_dossier_formats_with_its_filters(analyst_client):
    story, *_ = claim_and_denial()
    body = analyst_client.get(story.get_absolute_url(), {"country": "FR"}).content.decode()
    export = body[body.index('id="dossier-export"') : body.index('id="timeline"')]
    for fmt in ("pdf", "md", "json", "csv"):
        assert f'name="format" value="{fmt}"' in export
    assert '<input type="hidden" name="country" value="FR">' in export
    assert "as filtered on this page" in export


def test_filtering_the_timeline_with_htmx_updates_the_export_menus_filters(analyst_client):
    story, *_ = claim_and_denial()
    response = analyst_client.get(
        story.get_absolute_url(), {"stance": "denial"}, headers={"HX-Request": "true"}
    )
    body = response.content.decode()
    assert '<div id="export-params" hx-swap-oob="true">' in body
    assert '<input type="hidden" name="stance" value="denial">' in body


def test_an_empty_dossier_is_refused_with_a_reason(analyst_client):
    story, *_ = claim_and_denial()
    url = reverse("story_dossier", args=[story.slug, "md"])
    response = analyst_client.get(url, {"include": "accepted"})
    assert response.status_code == 404
    assert "No statement matches" in response.content.decode()


def test_a_lone_claim_nobody_answered_is_not_a_disputed_story(analyst_client):
    StatementFactory(story=StoryFactory(title="Unanswered report"), stance=Stance.CLAIM)
    claim_and_denial()
    page = analyst_client.get(reverse("stories")).content.decode()
    assert "Fishing rights" in page
    assert "Unanswered report" not in page


def test_story_list_dates_count_a_statement_dated_by_its_article(analyst_client):
    claim_and_denial(made_on=None)
    page = analyst_client.get(reverse("stories")).content.decode()
    assert "5 Mar 2026" in page and "6 Mar 2026" in page


def test_story_list_governments_include_a_side_found_through_affiliations(analyst_client):
    story, _claim, _ = claim_and_denial()
    marovia = GovernmentFactory(name="Marovia", country="")
    ministry = ActorFactory(name="Marovian ministry", kind="organisation")
    AffiliationFactory(actor=ministry, organisation=marovia)
    spokesman = ActorFactory(name="Tom Reed")
    AffiliationFactory(actor=spokesman, organisation=ministry)
    StatementFactory(story=story, speaker=spokesman, stance=Stance.DENIAL)
    page = analyst_client.get(reverse("stories")).content.decode()
    assert "<dt>Governments</dt><dd>France, Marovia</dd>" in page


def test_who_says_what_reads_in_words_and_a_repeated_claim_is_one_column(analyst_client):
    story, claim, denial = claim_and_denial()
    again = StatementFactory(
        story=story, stance=Stance.CLAIM, speaker=claim.speaker, text='"Trawlers crossed the line."'
    )
    confirmation = StatementFactory(story=story, stance=Stance.CONFIRMATION, speaker=denial.speaker)
    StatementLinkFactory(source=confirmation, target=again, kind="confirms")
    body = analyst_client.get(story.get_absolute_url()).content.decode()
    table = body[body.index('id="positions-heading"') :]
    assert table.count('<th scope="col">') == 2  # the actors' column and the one claim
    assert "left out" not in table
    assert "both denies and confirms" in table and "denies+confirms" not in table


def test_the_same_claim_from_two_articles_is_shown_once_with_both_sources(analyst_client):
    story, claim, _ = claim_and_denial()
    StatementFactory(
        story=story,
        stance=Stance.CLAIM,
        speaker=claim.speaker,
        text=claim.text,
        made_on=claim.made_on,
        article=ArticleFactory(outlet="Second Wire"),
    )
    body = timeline(analyst_client, story)
    assert body.count("Trawlers crossed the line.") == 1 + body.count("Denies <a")
    assert "Also reported in:" in body and "Second Wire" in body


def test_quotation_marks_of_a_quote_are_not_doubled(analyst_client):
    story, *_ = claim_and_denial()
    StatementFactory(story=story, text='"Both vessels left port."')
    body = timeline(analyst_client, story)
    assert "Both vessels left port." in body and "&quot;Both vessels" not in body


def test_an_answer_dated_before_its_claim_says_so(analyst_client):
    story, _claim, _denial = claim_and_denial(made_on=dt.date(2026, 3, 9))
    body = timeline(analyst_client, story)
    assert "dated before the claim it answers" in body


def test_a_governments_page_rolls_up_its_people_with_a_switch_to_see_them_apart(
    analyst_client,
):
    france = GovernmentFactory(name="France", country="FR")
    StatementFactory(speaker=france, text="The government regrets it.")
    minister = ActorFactory(name="Jean Dupont", country="FR")
    StatementFactory(speaker=minister, text="The minister regrets it too.")
    rolled = analyst_client.get(france.get_absolute_url()).content.decode()
    assert "The minister regrets it too." in rolled and "Jean Dupont" in rolled
    apart = analyst_client.get(france.get_absolute_url(), {"apart": "1"}).content.decode()
    assert "The government regrets it." in apart
    assert "The minister regrets it too." not in apart


def test_a_link_to_a_rejected_statement_opens_the_timeline_that_shows_it(analyst_client):
    story, *_ = claim_and_denial()
    rejected = StatementFactory(story=story, review_status=ReviewStatus.REJECTED)
    response = analyst_client.get(reverse("statement_in_timeline", args=[story.slug, rejected.pk]))
    assert response["Location"].endswith(f"?include=everything#statement-{rejected.pk}")
