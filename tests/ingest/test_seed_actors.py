"""The seed article through `manage.py ingest`: the registry keeps the parser's canonical names."""

from pathlib import Path

import pytest
from django.core.management import call_command

from actors.models import Actor

pytestmark = pytest.mark.django_db


def _seed_path() -> Path | None:
    """The seed in the shared corpus beside the checkout (main or a worktree), if present."""
    for folder in Path(__file__).resolve().parents:
        seed = folder / "shared" / "corpus" / "dev" / "00_seed_secret_talks.json"
        if seed.exists():
            return seed
    return None


SEED = _seed_path()


@pytest.mark.skipif(SEED is None, reason="the shared corpus is not available")
def test_ingesting_the_seed_names_sullivan_by_his_best_attested_spelling(
    eager_tasks, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("ingest", str(SEED))
    sullivan = Actor.objects.get(name="Jake Sullivan")
    aliases = set(sullivan.aliases.values_list("name", flat=True))
    assert {"Jake Salevan", "Sullivan"} <= aliases
    assert not Actor.objects.filter(name="Jake Salevan").exists()
