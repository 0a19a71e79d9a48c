"""Rebuild the grouping keys (`StoryKey`) of the stories still open to new articles.

`python manage.py reindex_stories`

Keys are written as articles are filed; run this after a change to how keys are made (numbers
stored by value since December 2026: `60000`, no longer `60,000`) so that open stories and new
articles compare like with like. Stories quiet for longer than the grouping window are left as
they are: no new article can join them.
"""

from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from statements.models import Story, StoryKey
from statements.stories import STORY_WINDOW, reindex_story


class Command(BaseCommand):
    help = "Rebuild the grouping keys of the stories still open to new articles."

    def handle(self, *args: Any, **options: Any) -> None:
        started = time.monotonic()
        since = timezone.localdate() - STORY_WINDOW
        ids = (
            StoryKey.objects.filter(active_on__gte=since)
            .values_list("story_id", flat=True)
            .distinct()
        )
        done = 0
        for story in Story.objects.filter(pk__in=list(ids)).order_by("pk").iterator():
            with transaction.atomic():
                reindex_story(story)
            done += 1
        seconds = time.monotonic() - started
        self.stdout.write(f"Rebuilt the keys of {done} open stories in {seconds:.1f} s.")
