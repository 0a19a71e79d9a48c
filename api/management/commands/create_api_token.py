"""manage.py create_api_token USERNAME [--name NAME]: prints a new token, this once."""

from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser

from api.models import ApiToken


class Command(BaseCommand):
    help = "Create an API token for a user and print it (it is stored hashed, shown only now)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")
        parser.add_argument("--name", default="", help="What the token is for.")

    def handle(self, *args: Any, **options: Any) -> None:
        User = get_user_model()
        try:
            user = User.objects.get(username=options["username"])
        except User.DoesNotExist:
            raise CommandError(f"No user named {options['username']!r}.") from None
        if not user.is_active:
            raise CommandError(f"{user.get_username()} is not active.")
        _, token = ApiToken.issue(user=user, name=options["name"] or "manage.py create_api_token")
        self.stdout.write(token)
