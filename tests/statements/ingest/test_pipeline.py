"""The whole ingest, run in-process: the seed article filed as actors, statements, links, story."""

import pytest

from actors.models import Actor, Affiliation
from statements import ingest, services
from statements.models import (
    Article,
    IngestStatus,
    ReviewStatus,
    Stance,
    Statement,
    StatementLink,
    Story,
)

pytestmark = [pytest.mark.django_db]


def submit(seed, capture, **extra):
    with capture(execute=True):
        submission = services.submit_article(
            user=None,
            text=seed["text"],
            title=seed["title"],
            outlet=seed.get("outlet") or "",
            **extra,
        )
    submission.article.refresh_from_db()
    return submission


def data_counts():
    return (
        Article.objects.count(),
        Statement.objects.count(),
        StatementLink.objects.count(),
        Story.objects.count(),
        Actor.objects.count(),
    )


def test_the_seed_article_is_filed_with_its_claim_denials_and_story(
    seed, eager_tasks, django_capture_on_commit_callbacks
):
    article = submit(seed, django_capture_on_commit_callbacks).article
    assert article.status == IngestStatus.DONE, article.error
    statements = list(article.statements.select_related("speaker", "story"))
    assert all(s.review_status == ReviewStatus.PROPOSED for s in statements)
    claim = next(s for s in statements if s.stance == Stance.CLAIM and "secret talks" in s.text)
    assert claim.speaker.kind == "media"
    deniers = {s.speaker.name for s in statements if s.stance == Stance.DENIAL}
    assert any("Zakharova" in name for name in deniers)
    assert any(name in {"Jake Sullivan", "Jake Salevan"} for name in deniers)
    # Every denial answers the report; all of them sit on one story.
    denials = [s for s in statements if s.stance == Stance.DENIAL]
    linked = set(StatementLink.objects.filter(target=claim).values_list("source_id", flat=True))
    assert len(linked) >= 3
    assert linked <= {s.pk for s in denials}
    assert {s.story_id for s in statements} == {claim.story_id}
    assert Story.objects.get().last_activity is not None


def test_spelling_variants_of_a_speaker_are_one_actor_with_aliases(
    seed, eager_tasks, django_capture_on_commit_callbacks
):
    submit(seed, django_capture_on_commit_callbacks)
    # the best-attested spelling is the name, the one-off variant an alias (issue 12)
    sullivan = Actor.objects.get(name="Jake Sullivan")
    assert "jake salevan" in set(sullivan.aliases.values_list("normalised", flat=True))
    zakharova = Actor.objects.get(name="Maria Zakharova")
    ministry = Affiliation.objects.get(actor=zakharova).organisation
    assert ministry.kind == "organisation"
    assert Affiliation.objects.filter(actor=ministry, organisation__country="RU").exists()


def test_submitting_the_same_text_twice_yields_one_article(
    seed, eager_tasks, django_capture_on_commit_callbacks
):
    first = submit(seed, django_capture_on_commit_callbacks)
    before = data_counts()
    second = submit(seed, django_capture_on_commit_callbacks)
    assert first.created and not second.created
    assert second.article.pk == first.article.pk
    assert data_counts() == before


def test_submitting_the_same_url_twice_yields_one_article(
    eager_tasks, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        a = services.submit_article(user=None, url="http://127.0.0.1/x#top", text="")
        b = services.submit_article(user=None, url="http://127.0.0.1/x", text="")
    assert a.article.pk == b.article.pk
    assert Article.objects.count() == 1


def test_a_refused_url_fails_the_article_with_its_reason_and_changes_nothing_else(
    eager_tasks, django_capture_on_commit_callbacks
):
    before = data_counts()
    with django_capture_on_commit_callbacks(execute=True):
        submission = services.submit_article(user=None, url="http://169.254.169.254/latest/")
    article = Article.objects.get(pk=submission.article.pk)
    assert article.status == IngestStatus.FAILED
    assert "non-public address" in article.error
    assert data_counts() == (before[0] + 1, *before[1:])


def test_reparsing_replaces_proposed_statements_and_keeps_reviewed_ones(
    seed, eager_tasks, django_capture_on_commit_callbacks
):
    article = submit(seed, django_capture_on_commit_callbacks).article
    statements = list(article.statements.order_by("pk"))
    accepted, rejected = statements[0], statements[1]
    Statement.objects.filter(pk=accepted.pk).update(review_status=ReviewStatus.ACCEPTED)
    Statement.objects.filter(pk=rejected.pk).update(review_status=ReviewStatus.REJECTED)
    with django_capture_on_commit_callbacks(execute=True):
        services.reparse_article(article)
    article.refresh_from_db()
    assert article.status == IngestStatus.DONE
    after = list(article.statements.order_by("pk"))
    assert len(after) == len(statements)
    assert Statement.objects.get(pk=accepted.pk).review_status == ReviewStatus.ACCEPTED
    assert Statement.objects.get(pk=rejected.pk).review_status == ReviewStatus.REJECTED
    spans = [(s.evidence_start, s.evidence_end) for s in after]
    assert len(spans) == len(set(spans))


def test_a_failure_mid_filing_leaves_nothing_half_filed_and_a_rerun_completes(
    seed, eager_tasks, django_capture_on_commit_callbacks, monkeypatch
):
    from statements import stories

    real = stories.touch_stories
    calls = {"n": 0}

    def crash_once(touched):
        calls["n"] += 1
        if calls["n"] == 1:
            raise RuntimeError("worker lost mid-task")
        return real(touched)

    monkeypatch.setattr(ingest, "touch_stories", crash_once)
    # The error ends in the article's state; the submission itself does not fail.
    with django_capture_on_commit_callbacks(execute=True):
        services.submit_article(user=None, text=seed["text"], title=seed["title"])
    article = Article.objects.get()
    assert article.status == IngestStatus.FAILED
    assert "can be retried" in article.error
    # The filing transaction rolled back as a whole.
    assert Statement.objects.count() == 0
    assert StatementLink.objects.count() == 0
    assert Story.objects.count() == 0

    # A failed article stays failed until an editor asks again (Parse again / Retry).
    assert ingest.run_pipeline(article.pk) == IngestStatus.FAILED
    with django_capture_on_commit_callbacks(execute=True):
        services.reparse_article(article)
    article.refresh_from_db()
    assert article.status == IngestStatus.DONE
    count = article.statements.count()
    assert count > 5
    assert ingest.run_pipeline(article.pk) == IngestStatus.DONE  # done is left alone
    assert article.statements.count() == count
    assert Article.objects.count() == 1
    assert Story.objects.count() == 1


def test_network_trouble_keeps_the_article_queued_for_a_later_attempt(monkeypatch):
    from statements.fetch import FetchError

    def unreachable(url):
        raise FetchError("The site took too long to answer.", transient=True)

    monkeypatch.setattr(ingest, "fetch_url", unreachable)
    article = Article.objects.create(
        source_url="https://news.example.org/a", status=IngestStatus.QUEUED
    )
    with pytest.raises(ingest.RetryLater) as retry:
        ingest.run_pipeline(article.pk)
    article.refresh_from_db()
    assert article.status == IngestStatus.QUEUED
    assert article.error == "Will retry: The site took too long to answer. (attempt 1 of 5)"
    assert retry.value.countdown == ingest.RETRY_DELAYS[0]


def test_network_trouble_that_outlasts_the_attempts_fails_the_article_with_the_reason(
    monkeypatch,
):
    from statements.fetch import FetchError

    def unreachable(url):
        raise FetchError("Could not connect: connection refused", transient=True)

    monkeypatch.setattr(ingest, "fetch_url", unreachable)
    article = Article.objects.create(
        source_url="https://news.example.org/a", status=IngestStatus.QUEUED
    )
    for _ in range(ingest.MAX_ATTEMPTS - 1):
        with pytest.raises(ingest.RetryLater):
            ingest.run_pipeline(article.pk)
    assert ingest.run_pipeline(article.pk) == IngestStatus.FAILED
    article.refresh_from_db()
    assert article.status == IngestStatus.FAILED
    assert article.error == "Gave up after 5 attempts: Could not connect: connection refused"
    # A late duplicate of the job finds nothing to do.
    assert ingest.run_pipeline(article.pk) == IngestStatus.FAILED
    assert Article.objects.get(pk=article.pk).attempts == ingest.MAX_ATTEMPTS


def test_the_ingest_task_is_acknowledged_late():
    from statements.tasks import ingest_article

    assert ingest_article.acks_late is True


def test_a_duplicate_delivery_that_reaches_filing_after_the_first_files_nothing_twice(
    seed, monkeypatch
):
    article = Article.objects.create(
        raw_text=seed["text"], text=seed["text"], status=IngestStatus.QUEUED
    )
    real_parse = ingest.parse_stage

    def parse_while_another_worker_finishes(current):
        contract = real_parse(current)
        monkeypatch.setattr(ingest, "parse_stage", real_parse)
        assert ingest.run_pipeline(current.pk) == IngestStatus.DONE  # the other delivery
        filed.extend(current.statements.values_list("pk", flat=True))
        return contract

    filed: list[int] = []

    monkeypatch.setattr(ingest, "parse_stage", parse_while_another_worker_finishes)
    assert ingest.run_pipeline(article.pk) == IngestStatus.DONE
    article.refresh_from_db()
    assert article.status == IngestStatus.DONE
    # The late delivery left the first filing alone instead of replacing it.
    assert sorted(article.statements.values_list("pk", flat=True)) == sorted(filed)
    spans = list(article.statements.values_list("evidence_start", "evidence_end"))
    assert len(spans) > 5
    assert len(spans) == len(set(spans))
    assert Story.objects.count() == 1


def test_a_late_job_cannot_move_a_done_article_back_or_file_it_again(
    seed, eager_tasks, django_capture_on_commit_callbacks
):
    from statements.parsing import parse_article

    article = submit(seed, django_capture_on_commit_callbacks).article
    before = data_counts()
    with pytest.raises(ingest.AlreadyDone):
        ingest.set_status(article.pk, IngestStatus.PARSING)
    with pytest.raises(ingest.AlreadyDone):
        ingest.file_stage(article.pk, parse_article(seed["text"]))
    article.refresh_from_db()
    assert article.status == IngestStatus.DONE
    assert data_counts() == before


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("http://127.0.0.1/admin/", "non-public address"),
        ("http://10.0.0.5/", "non-public address"),
        ("http://169.254.169.254/latest/meta-data/", "non-public address"),
        ("http://[::1]:8000/", "non-public address"),
        ("http://intranet.example/page", "'intranet.example' points to a non-public address"),
        ("{server}/redirect-to-10.0.0.5", "non-public address"),
        ("{server}/huge", "larger than 5 MB"),
        ("{server}/pdf", "application/pdf, not an HTML page"),
    ],
)
def test_every_refused_fetch_fails_its_article_with_the_reason_and_changes_nothing_else(
    path, message, request, eager_tasks, django_capture_on_commit_callbacks
):
    if "{server}" in path or "example" in path:
        # Only these go through the pretend-public host; literal addresses meet the real policy.
        port = request.getfixturevalue("web_server")
        request.getfixturevalue("public_loopback")
        path = path.format(server=f"http://news.example:{port}")
    url = path
    before = data_counts()
    with django_capture_on_commit_callbacks(execute=True):
        submission = services.submit_article(user=None, url=url)
    article = Article.objects.get(pk=submission.article.pk)
    assert article.status == IngestStatus.FAILED
    assert message in article.error
    assert article.text == "" and article.raw_text == ""
    assert data_counts() == (before[0] + 1, *before[1:])
