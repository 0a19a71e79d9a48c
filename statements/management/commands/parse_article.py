"""Print the parser's output contract for article files, one JSON line per file; writes nothing."""

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from statements.parsing.cli import explain_files, run_files


class Command(BaseCommand):
    help = "Parse article files (JSON or .txt); print one JSON line each. Writes nothing."
    requires_migrations_checks = False
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("files", nargs="+", metavar="FILE")
        parser.add_argument(
            "--explain",
            action="store_true",
            help="print why: each statement's stance rules and links with their rules",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        lines = explain_files if options["explain"] else run_files
        for line in lines(options["files"]):
            self.stdout.write(line)
