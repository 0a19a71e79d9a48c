"""python manage.py export_dossier STORY --format pdf|md|json|csv -o FILE [--include all]."""

import csv
import io
import json

import pytest
from django.core.management import CommandError, call_command

from statements.models import ReviewStatus
from tests.factories import StatementFactory


@pytest.fixture
def story(db):
    story = StatementFactory(review_status=ReviewStatus.ACCEPTED, text="It is false.").story
    StatementFactory(story=story, text="Not reviewed yet.")
    return story


@pytest.mark.parametrize("fmt", ["pdf", "md", "json", "csv"])
def test_command_writes_the_dossier_of_a_story_named_by_slug(story, tmp_path, fmt):
    out = tmp_path / f"dossier.{fmt}"
    call_command("export_dossier", story.slug, "--format", fmt, "-o", str(out))
    content = out.read_bytes()
    if fmt == "pdf":
        assert content.startswith(b"%PDF-")
    else:
        assert "It is false." in content.decode("utf-8-sig")


def test_command_finds_the_story_by_id_and_includes_unreviewed_on_request(story, tmp_path):
    out = tmp_path / "dossier.csv"
    call_command(
        "export_dossier", str(story.pk), "--format", "csv", "--include", "all", "-o", str(out)
    )
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert [r["quote"] for r in rows] == ["It is false.", "Not reviewed yet."]


def test_command_without_output_file_writes_to_standard_output(story, capsysbinary):
    call_command("export_dossier", story.slug, "--format", "json", "--include", "accepted")
    record = json.loads(capsysbinary.readouterr().out)
    assert [s["text"] for s in record["statements"]] == ["It is false."]


def test_command_refuses_to_write_an_empty_dossier(db, tmp_path):
    story = StatementFactory(review_status=ReviewStatus.REJECTED).story
    out = tmp_path / "dossier.md"
    with pytest.raises(CommandError, match="nothing was written"):
        call_command("export_dossier", story.slug, "--format", "md", "-o", str(out))
    assert not out.exists()


def test_command_refuses_an_unknown_story(db):
    with pytest.raises(CommandError, match="No story with slug or id 'nowhere'"):
        call_command("export_dossier", "nowhere", "--format", "md")
