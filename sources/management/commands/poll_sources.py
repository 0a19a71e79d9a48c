"""manage.py poll_sources: one polling round now, through the same tasks beat runs."""

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from sources.models import Source
from sources.tasks import poll_due_sources, poll_source


class Command(BaseCommand):
    help = "Poll the due sources now (--all: every enabled source), through the Celery tasks."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--all", action="store_true", help="Poll every enabled source.")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["all"]:
            ids = list(Source.objects.filter(enabled=True).values_list("pk", flat=True))
            for source_id in ids:
                poll_source.delay(source_id=source_id, force=True)
            count = len(ids)
        else:
            count = poll_due_sources()
        self.stdout.write(f"{count} source(s) queued for polling.")
