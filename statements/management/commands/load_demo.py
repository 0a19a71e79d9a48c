"""Demo data for `make run`: the project's own demo articles through the real ingest, two logins."""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from statements.models import Article, ReviewStatus
from statements.services import review_statement

DEMO_DIR = Path(settings.BASE_DIR) / "demo" / "articles"
# The first demo articles are shown as already reviewed; the rest wait in the review queue.
REVIEWED = 2


class Command(BaseCommand):
    help = "Load the demo articles and create demo logins (development only)."

    def handle(self, *args: Any, **options: Any) -> None:
        if not settings.DEBUG:
            raise CommandError("Demo data and demo logins are for development (DEBUG) only.")
        files = sorted(DEMO_DIR.glob("*.json"))
        call_command("ingest", *map(str, files), stdout=self.stdout, stderr=self.stderr)
        User = get_user_model()
        users = {}
        passwords = {}
        for username in ("analyst", "editor"):
            passwords[username] = secrets.token_urlsafe(9)
            user, _ = User.objects.get_or_create(username=username)
            user.set_password(passwords[username])
            user.save()
            user.groups.add(Group.objects.get(name=username))
            users[username] = user
        # Reviewed through the editors' own service, so the audit trail shows who accepted them.
        for article in Article.objects.filter(source_url__startswith="https://demo.").order_by(
            "source_url"
        )[:REVIEWED]:
            for statement in article.statements.filter(review_status=ReviewStatus.PROPOSED):
                review_statement(
                    statement=statement, decision=ReviewStatus.ACCEPTED, editor=users["editor"]
                )
        self.stdout.write("Demo logins (development only):")
        for username, password in passwords.items():
            self.stdout.write(f"  {username:8} password {password}")
