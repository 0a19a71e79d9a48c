"""Export one story's dossier to a file (or standard output): PDF, Markdown, JSON or CSV."""

import datetime as dt
import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from statements.export import FORMATS, INCLUDE_DEFAULT, INCLUDES, render_dossier
from statements.export.builds import statement_count
from statements.models import Stance, Story
from statements.querysets import Filters


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise CommandError(f"Not a date (YYYY-MM-DD): {value!r}") from exc


class Command(BaseCommand):
    help = "Export a story dossier: export_dossier STORY --format pdf|md|json|csv -o FILE"

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("story", metavar="STORY", help="The story's slug or id.")
        parser.add_argument("--format", "-f", choices=list(FORMATS), default="pdf")
        parser.add_argument(
            "-o", "--output", metavar="FILE", help="Where to write it; '-' or none: stdout."
        )
        parser.add_argument(
            "--include",
            choices=list(INCLUDES),
            default=INCLUDE_DEFAULT,
            help=(
                "all (default, as the story page shows): accepted and unreviewed statements; "
                "accepted: accepted ones only; everything: rejected ones too."
            ),
        )
        parser.add_argument("--stance", choices=list(Stance.values), default="")
        parser.add_argument("--since", type=_date, help="Statements made on or after this day.")
        parser.add_argument("--until", type=_date, help="Statements made on or before this day.")

    def handle(self, *args: Any, **options: Any) -> None:
        story = self._story(options["story"])
        filters = Filters(stance=options["stance"], since=options["since"], until=options["until"])
        if not statement_count(story, include=options["include"], filters=filters):
            # An empty dossier is never written silently.
            raise CommandError(
                f"No statement of {story.title!r} matches (included: {options['include']}); "
                "nothing was written. Try --include all or everything, or fewer filters."
            )
        content = render_dossier(
            story, fmt=options["format"], include=options["include"], filters=filters
        )
        output = options["output"]
        if not output or output == "-":
            sys.stdout.buffer.write(content)
            sys.stdout.flush()
            return
        path = Path(output)
        if not path.parent.is_dir():
            raise CommandError(f"No such directory: {path.parent}")
        path.write_bytes(content)
        self.stderr.write(f"Wrote {len(content):,} bytes to {path}")

    def _story(self, key: str) -> Story:
        story = Story.objects.filter(slug=key).first()
        if story is None and key.isdigit():
            story = Story.objects.filter(pk=int(key)).first()
        if story is None:
            raise CommandError(f"No story with slug or id {key!r}.")
        return story
