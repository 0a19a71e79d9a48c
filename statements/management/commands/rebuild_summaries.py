"""Recompute every stored summary of stories and actors from the statements.

`python manage.py rebuild_summaries`

The writers keep the summaries current (statements.summaries); run this after loading data that
bypassed them (a restore, `COPY`, a migration that added the tables) or to check them.
"""

from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand

from statements import summaries


class Command(BaseCommand):
    help = "Recompute the stored summaries of every story and actor."

    def handle(self, *args: Any, **options: Any) -> None:
        started = time.monotonic()
        stories, actors = summaries.rebuild()
        seconds = time.monotonic() - started
        self.stdout.write(f"Summed up {stories} stories and {actors} actors in {seconds:.1f} s.")
