"""GIN indexes for full-text search (statements/search.py), on PostgreSQL only.

The indexed expressions are the ones statements.search builds with SearchVector, so the planner
uses them; SQLite has no equivalent and searches with a plain scan.
"""

from django.db import migrations

INDEXES = {
    # Search page and story-list search: statements by their text.
    "statement_text_search_idx": (
        "statements_statement",
        "to_tsvector('english'::regconfig, COALESCE(\"text\", ''))",
    ),
    # Search page: articles by title and text.
    "article_text_search_idx": (
        "statements_article",
        "to_tsvector('english'::regconfig, COALESCE(\"title\", '') || ' ' || COALESCE(\"text\", ''))",
    ),
    # Search page: actors by name (names are not stemmed).
    "actor_name_search_idx": (
        "actors_actor",
        "to_tsvector('simple'::regconfig, COALESCE(\"name\", ''))",
    ),
}


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, (table, expression) in INDEXES.items():
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {name} ON {table} USING gin (({expression}))"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [
        ("statements", "0003_reference_governments"),
        ("actors", "0001_initial"),
    ]

    operations = [migrations.RunPython(create, drop, elidable=False)]
