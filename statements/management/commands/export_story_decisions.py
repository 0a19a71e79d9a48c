"""Export the editors' recorded story merges and splits as JSON lines, oldest first.

`python manage.py export_story_decisions > decisions.jsonl`, then
`python manage.py group_articles --decisions decisions.jsonl FILE...` replays them.
"""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand

from statements.models import AuditEntry

ACTIONS = ("merge_story", "split_story")


class Command(BaseCommand):
    help = "Print every recorded story merge and split as one JSON object per line."

    def handle(self, *args: Any, **options: Any) -> None:
        entries = (
            AuditEntry.objects.filter(action__in=ACTIONS)
            .select_related("user")
            .order_by("at", "pk")
        )
        for entry in entries.iterator():
            record = {
                "action": entry.action,
                "at": entry.at.isoformat(),
                "editor": entry.user.username if entry.user else None,
                "story": entry.object_id,
                **entry.details,
            }
            self.stdout.write(json.dumps(record, ensure_ascii=False))
