"""Stories gather one dispute across articles; the batch command and the demo data."""

import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from statements import services
from statements.models import Article, Statement, Story
from statements.stories import keywords
from tests.conftest import ROOT

pytestmark = pytest.mark.django_db

DEMO = ROOT / "demo" / "articles"


def submit_file(path: Path, capture):
    data = json.loads(path.read_text())
    with capture(execute=True):
        return services.submit_article(user=None, text=data["text"], title=data["title"])


def test_keywords_drop_stop_words_and_fold_plurals():
    assert keywords("The ministry denied that tankers carried diesel") == {
        "tanker",
        "carried",
        "diesel",
    }


def test_a_follow_up_article_joins_the_story_of_the_dispute_it_continues(
    eager_tasks, django_capture_on_commit_callbacks
):
    submit_file(DEMO / "01_marovia-fuel-deal.json", django_capture_on_commit_callbacks)
    submit_file(DEMO / "02_tanker-visits.json", django_capture_on_commit_callbacks)
    assert Story.objects.count() == 1
    assert Statement.objects.exclude(story=None).values("article").distinct().count() == 2


def test_an_article_without_a_dispute_starts_no_story(
    eager_tasks, django_capture_on_commit_callbacks
):
    submit_file(DEMO / "03_rates.json", django_capture_on_commit_callbacks)
    assert Statement.objects.exists()
    assert not Story.objects.exists()
    assert set(Statement.objects.values_list("stance", flat=True)) == {"comment"}


def test_the_ingest_command_takes_a_folder_and_reports_what_it_did(eager_tasks, capsys):
    files = len(list(DEMO.glob("*.json")))
    call_command("ingest", str(DEMO))
    assert Article.objects.count() == files
    call_command("ingest", str(DEMO))
    out = capsys.readouterr().out
    assert f"{files} input(s): {files} already there" in out
    assert Article.objects.count() == files


def test_the_ingest_command_reads_a_file_of_urls(
    eager_tasks, tmp_path, capsys, django_capture_on_commit_callbacks
):
    urls = tmp_path / "batch.urls"
    urls.write_text("http://127.0.0.1/one\nhttp://10.0.0.5/two\n")
    with django_capture_on_commit_callbacks(execute=True):
        call_command("ingest", str(urls))
    assert Article.objects.filter(status="failed").count() == 2
    assert all("non-public address" in a.error for a in Article.objects.all())


def test_the_ingest_command_refuses_a_missing_path():
    with pytest.raises(CommandError, match="No such file"):
        call_command("ingest", "/nonexistent/folder")


def test_demo_data_loads_twice_without_duplicates_and_prints_logins(
    eager_tasks, settings, capsys, django_capture_on_commit_callbacks
):
    settings.DEBUG = True
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo")
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo")
    assert Article.objects.count() == len(list(DEMO.glob("*.json")))
    # The fuel deal (two articles), the glacier survey; the rates article has no dispute.
    assert Story.objects.count() == 2
    assert "editor   password" in capsys.readouterr().out


def test_demo_logins_are_the_same_on_a_second_run(
    eager_tasks, settings, capsys, django_capture_on_commit_callbacks
):
    from django.contrib.auth import get_user_model

    settings.DEBUG = True
    printed = []
    for _ in range(2):
        with django_capture_on_commit_callbacks(execute=True):
            call_command("load_demo")
        out = capsys.readouterr().out
        printed.append([line for line in out.splitlines() if "password" in line])
    assert printed[0] == printed[1] and len(printed[0]) == 2
    username, _, password = printed[0][1].split()
    assert get_user_model().objects.get(username=username).check_password(password)


def test_demo_logins_are_refused_outside_development(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="development"):
        call_command("load_demo")


def test_a_story_title_names_the_claimant_once_and_then_what_it_claims():
    from statements.stories import story_title
    from tests.factories import ActorFactory, StatementFactory

    herald = ActorFactory(name="Coastal Herald")
    framed = StatementFactory(
        speaker=herald,
        text="The Coastal Herald reported on Monday, citing officials, that a fuel deal exists.",
    )
    quoted = StatementFactory(speaker=herald, text="A deal exists, officials said.")
    own = StatementFactory(speaker=herald, text="Coastal Herald says ministers met in secret.")
    short = StatementFactory(speaker=herald, text="The paper said that it was true.")
    assert story_title(framed) == "Coastal Herald: A fuel deal exists"
    assert story_title(quoted) == "Coastal Herald: A deal exists, officials said"
    assert story_title(own) == "Coastal Herald says ministers met in secret"
    assert story_title(short) == "Coastal Herald: The paper said that it was true"


def test_a_long_story_title_is_cut_at_a_word():
    from statements.stories import TITLE_LENGTH, story_title
    from tests.factories import StatementFactory

    claim = StatementFactory(text="Officials met " + "again and again, " * 20 + "in secret.")
    title = story_title(claim)
    assert title.endswith("again…") and len(title) <= TITLE_LENGTH + len(claim.speaker.name) + 3
