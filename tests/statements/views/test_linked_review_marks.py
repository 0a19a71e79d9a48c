"""A statement named beside another (who denied a claim, which claim a denial answers) carries its
own review status on the timeline and the actor page, as the statement itself does."""

import pytest
from django.urls import reverse

from statements.models import ReviewStatus, Stance
from statements.services import review_statement
from tests.factories import ActorFactory, StatementFactory, StatementLinkFactory, StoryFactory

pytestmark = pytest.mark.django_db

UNREVIEWED = '<span class="review review--proposed">Unreviewed</span>'


@pytest.fixture
def dispute():
    """An accepted claim by Courier and Russia's unreviewed denial of it, in one story."""
    story = StoryFactory(title="Grain sale")
    courier, russia = ActorFactory(name="Courier"), ActorFactory(name="Russia")
    claim = StatementFactory(
        story=story, stance=Stance.CLAIM, speaker=courier, review_status=ReviewStatus.ACCEPTED
    )
    denial = StatementFactory(story=story, stance=Stance.DENIAL, speaker=russia)
    StatementLinkFactory(source=denial, target=claim)
    return claim, denial


def item(html: str, statement_id: int) -> str:
    """The timeline item of one statement."""
    return html.split(f'id="statement-{statement_id}"')[1].split("</li>\n          \n")[0]


def test_the_timeline_marks_an_unreviewed_denial_named_under_its_claim(analyst_client, dispute):
    claim, _ = dispute
    html = analyst_client.get(claim.story.get_absolute_url()).content.decode()
    denied_by = item(html, claim.pk).split("Denied by")[1].split("</li>")[0]
    assert "Russia</a>" in denied_by and UNREVIEWED in denied_by


def test_the_timeline_marks_an_unreviewed_claim_named_under_its_denial(
    analyst_client, editor, dispute
):
    claim, denial = dispute
    review_statement(statement=claim, decision=ReviewStatus.PROPOSED, editor=editor)
    html = analyst_client.get(claim.story.get_absolute_url()).content.decode()
    answers = item(html, denial.pk).split("Denies")[1].split("</li>")[0]
    assert UNREVIEWED in answers


def test_the_claimants_page_marks_the_unreviewed_denial_until_an_editor_accepts_it(
    analyst_client, editor, dispute
):
    claim, denial = dispute
    url = claim.speaker.get_absolute_url()
    denied_by = analyst_client.get(url).content.decode().split("Denied by")[1].split("</p>")[0]
    assert UNREVIEWED in denied_by

    # The page is cached by the claimant's version: accepting the denial must renew it.
    review_statement(statement=denial, decision=ReviewStatus.ACCEPTED, editor=editor)
    denied_by = analyst_client.get(url).content.decode().split("Denied by")[1].split("</p>")[0]
    assert "Russia</a>" in denied_by and "review--" not in denied_by


def test_the_deniers_page_marks_the_unreviewed_claim_it_answers(analyst_client, editor, dispute):
    claim, denial = dispute
    review_statement(statement=claim, decision=ReviewStatus.PROPOSED, editor=editor)
    html = analyst_client.get(reverse("actor_detail", args=[denial.speaker_id])).content.decode()
    denies = html.split("Denies Courier")[1].split("</p>")[0]
    assert UNREVIEWED in denies


def test_the_story_list_marks_a_claim_no_editor_has_accepted(analyst_client, editor, dispute):
    claim, _ = dispute
    review_statement(statement=claim, decision=ReviewStatus.PROPOSED, editor=editor)
    card = analyst_client.get(reverse("stories")).content.decode().split("story-card__claim")[1]
    assert UNREVIEWED in card.split("</p>")[0]

    review_statement(statement=claim, decision=ReviewStatus.ACCEPTED, editor=editor)
    card = analyst_client.get(reverse("stories")).content.decode().split("story-card__claim")[1]
    assert "review--" not in card.split("</p>")[0]


def test_the_who_says_what_table_marks_a_claim_no_editor_has_accepted(
    analyst_client, editor, dispute
):
    claim, _ = dispute
    review_statement(statement=claim, decision=ReviewStatus.PROPOSED, editor=editor)
    html = analyst_client.get(claim.story.get_absolute_url()).content.decode()
    header = html.split('id="positions-heading"')[1].split("</th>\n")[1]
    assert claim.speaker.name in header and UNREVIEWED in header


def test_the_article_page_marks_an_unreviewed_claim_a_denial_answers(
    analyst_client, editor, dispute
):
    claim, denial = dispute
    review_statement(statement=claim, decision=ReviewStatus.PROPOSED, editor=editor)
    html = analyst_client.get(denial.article.get_absolute_url()).content.decode()
    row = html.split(f'id="statement-{denial.pk}"')[1].split("</li>")[0]
    assert f"{claim.speaker.name}: “" in row and UNREVIEWED in row.split("Denies")[1]
