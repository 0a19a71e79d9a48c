"""The seed article through `manage.py ingest`: the registry keeps the parser's canonical names."""

import pytest
from django.core.management import call_command

from actors.models import Actor
from tests.conftest import SEED, needs_shared

pytestmark = pytest.mark.django_db


@needs_shared
def test_ingesting_the_seed_names_sullivan_by_his_best_attested_spelling(
    eager_tasks, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("ingest", str(SEED))
    sullivan = Actor.objects.get(name="Jake Sullivan")
    aliases = set(sullivan.aliases.values_list("name", flat=True))
    assert {"Jake Salevan", "Sullivan"} <= aliases
    assert not Actor.objects.filter(name="Jake Salevan").exists()
