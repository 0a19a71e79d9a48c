"""manage.py add_source URL [--name N] [--interval MINUTES]: follow a feed from now on."""

from typing import Any

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.core.validators import URLValidator

from sources.models import Source
from sources.polling import add_source


class Command(BaseCommand):
    help = "Register an RSS or Atom feed; beat polls it from its next round."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("url")
        parser.add_argument("--name", default="")
        parser.add_argument("--outlet", default="")
        parser.add_argument("--country", default="")
        parser.add_argument("--interval", type=int, default=30, help="Minutes between polls.")

    def handle(self, *args: Any, **options: Any) -> None:
        url = options["url"].strip()
        try:
            URLValidator(schemes=["http", "https"])(url)
        except ValidationError as exc:
            raise CommandError(f"Not an http(s) address: {url!r}") from exc
        if options["interval"] < 1:
            raise CommandError("--interval must be at least one minute.")
        if Source.objects.filter(url=url).exists():
            raise CommandError(f"This feed is followed already: {url}")
        source = add_source(
            url=url,
            name=options["name"],
            outlet=options["outlet"],
            country=options["country"],
            interval_minutes=options["interval"],
        )
        self.stdout.write(
            f"Source #{source.pk} {source.name!r}: polled every {source.interval_minutes} min."
        )
