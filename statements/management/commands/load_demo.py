"""Demo data for `make run`: the project's own demo articles through the real ingest, two logins."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.utils.crypto import salted_hmac

from statements.models import Article, ReviewStatus
from statements.services import review_statement

DEMO_DIR = Path(settings.BASE_DIR) / "demo" / "articles"
# The first demo articles are shown as already reviewed; the rest wait in the review queue.
REVIEWED = 2


def demo_password(user: Any) -> str:
    """The demo login's password: the same on every run while the user row exists.

    Derived from the secret key and the row (its id and creation time), so a second `make run`
    prints the same logins, and a reset database (a new row) gets new ones.
    """
    seed = f"{user.get_username()}:{user.pk}:{user.date_joined.isoformat()}"
    digest = salted_hmac("dementi.demo-login", seed, algorithm="sha256").digest()
    return base64.urlsafe_b64encode(digest).decode()[:14]


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
            user, _ = User.objects.get_or_create(username=username)
            passwords[username] = demo_password(user)
            if not user.check_password(passwords[username]):
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
