"""factory-boy factories for every model; tests build their data here, never by hand."""

import datetime

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from actors.models import Actor, ActorKind, Affiliation, Alias
from statements import summaries
from statements.models import Article, IngestStatus, Stance, Statement, StatementLink, Story


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.org")
    password = factory.PostGenerationMethodCall("set_password", "correct horse battery staple")

    @factory.post_generation
    def role(self, create: bool, extracted: str | None, **kwargs: object) -> None:
        if create and extracted:
            self.groups.add(Group.objects.get(name=extracted))
        if create:
            self.save()


class ActorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Actor

    name = factory.Sequence(lambda n: f"Actor {n}")
    kind = ActorKind.PERSON
    country = ""
    role = ""


class GovernmentFactory(ActorFactory):
    name = factory.Sequence(lambda n: f"Republic {n}")
    kind = ActorKind.GOVERNMENT


class AliasFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Alias

    actor = factory.SubFactory(ActorFactory)
    name = factory.Sequence(lambda n: f"Alias {n}")


class AffiliationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Affiliation

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        # A new affiliation can move the actor's statements to another side: as the services do.
        affiliation = super()._create(model_class, *args, **kwargs)
        summaries.actors_changed([affiliation.actor_id])
        return affiliation

    actor = factory.SubFactory(ActorFactory)
    organisation = factory.SubFactory(ActorFactory, kind=ActorKind.ORGANISATION)
    role = ""


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article

    source_url = factory.Sequence(lambda n: f"https://news.example.org/articles/{n}")
    outlet = "Example Wire"
    title = factory.Sequence(lambda n: f"Ministry denies report number {n}")
    published = datetime.date(2026, 3, 12)
    raw_text = factory.Sequence(
        lambda n: f"The ministry on Tuesday denied report {n}. 'It is false,' a spokesman said."
    )
    text = factory.LazyAttribute(lambda a: a.raw_text)
    status = IngestStatus.DONE


class StoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Story

    title = factory.Sequence(lambda n: f"Disputed report {n}")
    summary = ""


class StatementFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Statement

    article = factory.SubFactory(ArticleFactory)
    story = factory.SubFactory(StoryFactory)
    speaker = factory.SubFactory(ActorFactory)
    stance = Stance.COMMENT
    text = "It is false."
    evidence_start = 0
    evidence_end = factory.LazyAttribute(lambda s: max(1, min(len(s.article.text), 40)))
    made_on = datetime.date(2026, 3, 10)
    confidence = 0.8
    rule = "factory"

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        # The stored summaries follow, as they do when the pipeline or an editor files one.
        statement = super()._create(model_class, *args, **kwargs)
        summaries.changed(stories=[statement.story_id], actors=[statement.speaker_id])
        return statement


class StatementLinkFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = StatementLink

    source = factory.SubFactory(StatementFactory, stance=Stance.DENIAL)
    target = factory.SubFactory(StatementFactory, stance=Stance.CLAIM)
    kind = "denies"

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        link = super()._create(model_class, *args, **kwargs)
        summaries.changed(
            stories=[link.source.story_id, link.target.story_id],
            actors=[link.source.speaker_id, link.target.speaker_id],
        )
        return link


def link_answers_to_claims(story: Story) -> None:
    """Bulk-link the story's denials and confirmations to its claims in turn (big test stories)."""
    saved = list(story.statements.order_by("pk"))
    claims = [s for s in saved if s.stance == Stance.CLAIM]
    StatementLink.objects.bulk_create(
        StatementLink(
            source=s,
            target=claims[n % len(claims)],
            kind="denies" if s.stance == Stance.DENIAL else "confirms",
        )
        for n, s in enumerate(saved)
        if s.stance in (Stance.DENIAL, Stance.CONFIRMATION)
    )
    summaries.changed(stories=[story.pk], actors={s.speaker_id for s in saved})
