"""A story's timeline: sides, links both ways, filters in place, evidence, who says what."""

import datetime as dt
import re

from django.urls import reverse

from statements.lanes import _colours, side_colour
from statements.models import Article, IngestStatus, Stance
from tests.factories import (
    ActorFactory,
    AffiliationFactory,
    ArticleFactory,
    GovernmentFactory,
    StatementFactory,
    StatementLinkFactory,
    StoryFactory,
)

from .conftest import build_story


def dispute():
    """A claim by a newspaper, a Russian denial and an American confirmation."""
    story = StoryFactory(title="Secret talks")
    text = "NBC said talks took place. Zakharova called it fake news. Sullivan confirmed a call."
    article = ArticleFactory(title="Moscow denies talks", outlet="Example Wire", text=text)

    def span(words):
        return {"evidence_start": text.index(words), "evidence_end": text.index(words) + len(words)}

    claim = StatementFactory(
        story=story,
        article=article,
        stance=Stance.CLAIM,
        text="talks took place",
        speaker=ActorFactory(name="NBC", kind="media", country="US"),
        **span("said talks took place."),
        made_on=dt.date(2026, 3, 1),
    )
    zakharova = ActorFactory(name="Maria Zakharova", country="RU", role="spokeswoman")
    AffiliationFactory(
        actor=zakharova,
        organisation=ActorFactory(name="Russian Foreign Ministry", kind="organisation"),
    )
    denial = StatementFactory(
        story=story,
        article=article,
        stance=Stance.DENIAL,
        text="fake news",
        speaker=zakharova,
        **span("Zakharova called it fake news."),
        made_on=dt.date(2026, 3, 2),
    )
    confirmation = StatementFactory(
        story=story,
        article=article,
        stance=Stance.CONFIRMATION,
        text="confirmed a call",
        speaker=ActorFactory(name="Jake Sullivan", country="US"),
        **span("Sullivan confirmed a call."),
        made_on=dt.date(2026, 3, 2),
    )
    StatementLinkFactory(source=denial, target=claim, kind="denies")
    StatementLinkFactory(source=confirmation, target=claim, kind="confirms")
    return story, claim, denial, confirmation


def test_timeline_shows_speakers_sources_and_days(analyst_client):
    story, *_ = dispute()
    body = analyst_client.get(story.get_absolute_url()).content.decode()
    assert (
        "Maria Zakharova" in body and "spokeswoman" in body and "Russian Foreign Ministry" in body
    )
    assert "Example Wire" in body and "Moscow denies talks" in body
    assert body.index("1 March 2026") < body.index("2 March 2026")


def test_claim_shows_who_denied_and_confirmed_it_and_the_denial_the_claim_it_answers(
    analyst_client,
):
    story, claim, denial, confirmation = dispute()
    body = analyst_client.get(story.get_absolute_url()).content.decode()
    assert f'Denied by</span> <a href="#statement-{denial.pk}">Maria Zakharova</a>' in body
    assert f'Confirmed by</span> <a href="#statement-{confirmation.pk}">Jake Sullivan</a>' in body
    assert f'Denies <a href="#statement-{claim.pk}">NBC: “talks took place”</a>' in body


def test_sides_are_a_lane_per_government_with_the_media_apart(analyst_client):
    story, *_ = dispute()
    body = analyst_client.get(story.get_absolute_url()).content.decode()
    colour = _colours({"RU", "US"})
    assert f'class="side side-{colour["RU"]} lane-1">Russia' in body
    assert f'class="side side-{colour["US"]} lane-2">United States' in body
    assert 'class="side side-media lane-3">Media' in body


def test_a_country_keeps_its_lane_colour_from_one_story_to_the_next(analyst_client):
    first, *_ = dispute()
    second = StoryFactory(title="Another story")
    article = ArticleFactory()
    for country in ("US", "FR", "CN"):
        StatementFactory(story=second, article=article, speaker=ActorFactory(country=country))
    colours = set()
    for story in (first, second):
        body = analyst_client.get(story.get_absolute_url()).content.decode()
        colours.add(re.search(r'class="side side-(\w+) lane-\d">United States', body)[1])
    assert colours == {str(side_colour("US"))}


def test_a_state_with_no_iso_code_gets_its_own_lane_through_the_affiliation_chain(
    analyst_client,
):
    """Spokeswoman -> ministry -> government: the lane is the government's, not "Others"."""
    story = StoryFactory(title="Fishing rights")
    article = ArticleFactory(text="The Herald said a deal was struck. Varga denied it.")
    marovia = GovernmentFactory(name="Marovia", country="")
    ministry = ActorFactory(name="Marovian foreign ministry", kind="organisation")
    AffiliationFactory(actor=ministry, organisation=marovia)
    spokeswoman = ActorFactory(name="Ilse Varga", role="spokeswoman")
    AffiliationFactory(actor=spokeswoman, organisation=ministry)
    lone = ActorFactory(name="A passer-by")
    for speaker in (spokeswoman, marovia, lone):
        StatementFactory(story=story, article=article, speaker=speaker, stance=Stance.DENIAL)
    body = analyst_client.get(story.get_absolute_url()).content.decode()
    colour = side_colour(f"actor-{marovia.pk}")
    assert f'class="side side-{colour} lane-1">Marovia' in body
    assert 'class="side side-other lane-2">Others' in body
    assert body.count(f'class="statement statement--proposed side-{colour} lane-1"') == 2


def test_timeline_filter_by_country_returns_the_timeline_fragment(analyst_client):
    story, *_ = dispute()
    response = analyst_client.get(
        story.get_absolute_url(), {"country": "RU"}, headers={"HX-Request": "true"}
    )
    body = response.content.decode()
    assert 'id="timeline"' in body and "<html" not in body
    assert "Maria Zakharova" in body
    assert "Jake Sullivan" not in body


def test_timeline_filter_by_stance(analyst_client):
    story, *_ = dispute()
    body = analyst_client.get(story.get_absolute_url(), {"stance": "confirmation"}).content.decode()
    timeline = body[body.index('id="timeline"') : body.index("Who says what")]
    assert "Jake Sullivan" in timeline and "Maria Zakharova" not in timeline


def test_evidence_expander_highlights_the_span_in_the_article_text(analyst_client):
    story, _claim, denial, _ = dispute()
    url = reverse("statement_evidence", args=[story.slug, denial.pk])
    body = analyst_client.get(url, headers={"HX-Request": "true"}).content.decode()
    assert '<mark class="evidence evidence--active">Zakharova called it fake news.</mark>' in body
    assert "NBC said talks took place." in body
    assert "<html" not in body


def test_evidence_link_without_htmx_goes_to_the_article(analyst_client):
    story, claim, *_ = dispute()
    response = analyst_client.get(reverse("statement_evidence", args=[story.slug, claim.pk]))
    assert response.status_code == 302
    assert response["Location"].endswith(f"#statement-{claim.pk}")


def test_evidence_of_a_statement_from_another_story_is_not_found(analyst_client):
    story, *_ = dispute()
    other = StatementFactory()
    response = analyst_client.get(
        reverse("statement_evidence", args=[story.slug, other.pk]), headers={"HX-Request": "true"}
    )
    assert response.status_code == 404


def test_who_says_what_sets_actors_against_the_claims(analyst_client):
    story, *_ = dispute()
    body = analyst_client.get(story.get_absolute_url()).content.decode()
    table = body[body.index("Who says what") :]
    assert '<td class="position position--denies">denies</td>' in table
    assert '<td class="position position--confirms">confirms</td>' in table
    assert '<td class="position position--claims">claims</td>' in table


def test_who_says_what_says_nothing_for_an_actor_silent_on_a_claim(analyst_client):
    story, _claim, _denial, _ = dispute()
    StatementFactory(
        story=story, stance=Stance.CLAIM, text="A second claim", speaker=ActorFactory(name="Other")
    )
    body = analyst_client.get(story.get_absolute_url()).content.decode()
    assert "says nothing" in body[body.index("Who says what") :]


def test_timeline_polls_while_an_article_of_the_story_is_processed(analyst_client):
    story, claim, *_ = dispute()
    ArticleFactory(status=IngestStatus.PARSING)  # another story's new article: no polling
    assert "every 2s" not in analyst_client.get(story.get_absolute_url()).content.decode()
    Article.objects.filter(pk=claim.article_id).update(status=IngestStatus.PARSING)
    body = analyst_client.get(story.get_absolute_url()).content.decode()
    assert 'hx-trigger="every 2s"' in body


def test_timeline_stops_polling_once_ingest_is_done(analyst_client):
    story, *_ = dispute()
    body = analyst_client.get(
        story.get_absolute_url(), headers={"HX-Request": "true"}
    ).content.decode()
    assert "every 2s" not in body


def test_editor_sees_review_links_and_analyst_does_not(analyst_client, editor_client):
    story, *_ = dispute()
    assert "Review or edit" in editor_client.get(story.get_absolute_url()).content.decode()
    assert "Review or edit" not in analyst_client.get(story.get_absolute_url()).content.decode()


def test_unknown_story_is_not_found(analyst_client):
    assert analyst_client.get(reverse("story_detail", args=["no-such-story"])).status_code == 404


def test_a_user_without_the_analyst_role_is_refused(client, django_user_model):
    story, *_ = dispute()
    client.force_login(
        django_user_model.objects.create_user("nobody", password="x-long-password-1")
    )
    assert client.get(story.get_absolute_url()).status_code == 403


def test_timeline_is_paginated_with_the_next_days_on_the_next_page(analyst_client):
    """250 statements over 20 days, 100 a page: 1-8 March, then 8 March on."""
    story = build_story(250)
    first = analyst_client.get(story.get_absolute_url()).content.decode()
    second = analyst_client.get(story.get_absolute_url(), {"page": 2}).content.decode()
    assert "Page 1 of 3" in first and "?page=2" in first
    assert first.count('class="statement ') == 100
    assert 'aria-label="1 March 2026"' in first and 'aria-label="9 March 2026"' not in first
    assert "Page 2 of 3" in second
    assert 'aria-label="9 March 2026"' in second and 'aria-label="1 March 2026"' not in second
    # The day cut by the page break keeps its heading on both pages.
    assert 'aria-label="8 March 2026"' in first and 'aria-label="8 March 2026"' in second


def test_timeline_page_links_keep_the_filters_and_return_the_fragment(analyst_client):
    story = build_story(500)  # 125 Russian statements: two pages
    response = analyst_client.get(
        story.get_absolute_url(), {"country": "RU", "page": 2}, headers={"HX-Request": "true"}
    )
    body = response.content.decode()
    assert 'id="timeline"' in body and "<html" not in body
    assert "Page 2 of 2" in body
    assert '<a rel="prev" href="?country=RU&amp;page=1">' in body


def test_lanes_are_the_same_on_every_page_of_the_timeline(analyst_client):
    story = build_story(250)
    first = analyst_client.get(story.get_absolute_url()).content.decode()
    third = analyst_client.get(story.get_absolute_url(), {"page": 3}).content.decode()
    legend = first[first.index('<ul class="sides"') : first.index("</ul>", first.index("sides"))]
    assert legend in third


def test_who_says_what_shows_the_most_answered_claims_and_says_what_is_left_out(analyst_client):
    story = StoryFactory()
    claims = [
        StatementFactory(story=story, stance=Stance.CLAIM, text=f"Claim {n}") for n in range(12)
    ]
    for n in range(25):
        StatementLinkFactory(
            target=claims[11],
            source=StatementFactory(story=story, stance=Stance.DENIAL),
        )
    body = analyst_client.get(story.get_absolute_url()).content.decode()
    table = body[body.index('id="positions-heading"') :]
    assert table.count('<th scope="row">') == 30
    assert "Claim 11" in table  # the most answered one
    assert table.count('<th scope="col"><a href="#statement-') == 10
    assert "left out: 2 claims and 5 actors." in table


def test_who_says_what_says_nothing_is_left_out_of_a_small_story(analyst_client):
    story, *_ = dispute()
    body = analyst_client.get(story.get_absolute_url()).content.decode()
    assert "left out" not in body[body.index('id="positions-heading"') :]


def test_a_link_to_a_statement_on_another_timeline_page_leads_to_that_page(analyst_client):
    """Claims link to their answers; an answer on page 3 is reached from page 1."""
    story = build_story(250)
    last_day = story.statements.order_by("-made_on", "-pk").first()
    target = reverse("statement_in_timeline", args=[story.slug, last_day.pk])
    response = analyst_client.get(target)
    assert response.status_code == 302
    assert response["Location"] == f"{story.get_absolute_url()}?page=3#statement-{last_day.pk}"
    page_three = analyst_client.get(story.get_absolute_url(), {"page": 3}).content.decode()
    assert f'id="statement-{last_day.pk}"' in page_three


def test_off_page_links_go_through_the_statement_address_and_on_page_links_are_anchors(
    analyst_client,
):
    story = build_story(250)
    first = analyst_client.get(story.get_absolute_url()).content.decode()
    shown = {int(pk) for pk in re.findall(r'id="statement-(\d+)"', first)}
    anchors = {int(pk) for pk in re.findall(r'href="#statement-(\d+)"', first)}
    prefix = re.escape(f"/stories/{story.slug}/statements/")
    addresses = {int(pk) for pk in re.findall(rf'href="{prefix}(\d+)/"', first)}
    assert anchors and anchors <= shown  # anchors only to statements on this page
    assert addresses and not addresses & shown  # the others through their address


def test_the_statement_address_of_another_story_is_not_found(analyst_client):
    story, claim, *_ = dispute()
    other = StoryFactory(title="Another")
    assert (
        analyst_client.get(
            reverse("statement_in_timeline", args=[other.slug, claim.pk])
        ).status_code
        == 404
    )
    assert (
        analyst_client.get(
            reverse("statement_in_timeline", args=[story.slug, claim.pk])
        ).status_code
        == 302
    )
