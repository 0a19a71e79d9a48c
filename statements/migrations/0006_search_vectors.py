"""Search on stored tsvector columns with GIN indexes (PostgreSQL), replacing the expression
indexes of 0004: a search no longer builds a vector per row to rank it, and the stored vector is
bounded (statements.models.SEARCHED_CHARACTERS). On SQLite the columns hold NULL and search
falls back to a plain match."""

import django.contrib.postgres.search
import django.db.models.functions.text
import statements.models
from django.db import migrations, models


# Search page: (index name, table), each on its table's search_vector column.
INDEXES = {
    "statement_vector_search_idx": "statements_statement",
    "article_vector_search_idx": "statements_article",
}
REPLACED = {
    "statement_text_search_idx": (
        "statements_statement",
        "to_tsvector('english'::regconfig, COALESCE(\"text\", ''))",
    ),
    "article_text_search_idx": (
        "statements_article",
        "to_tsvector('english'::regconfig, COALESCE(\"title\", '') || ' ' || COALESCE(\"text\", ''))",
    ),
}


# Search page: stories by title (statements.search.STORY_VECTOR; a small table, so an index
# on the expression rather than a stored column).
STORY_TITLE = (
    "story_title_search_idx",
    "statements_story",
    "to_tsvector('english'::regconfig, COALESCE(\"title\", ''))",
)


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in REPLACED:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")
    for name, table in INDEXES.items():
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {name} ON {table} USING gin (search_vector)"
        )
    name, table, expression = STORY_TITLE
    schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table} USING gin (({expression}))")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in [*INDEXES, STORY_TITLE[0]]:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")
    for name, (table, expression) in REPLACED.items():
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {name} ON {table} USING gin (({expression}))"
        )


class Migration(migrations.Migration):

    dependencies = [
        ('statements', '0005_article_source_url_http'),
    ]

    operations = [
        migrations.AddField(
            model_name='article',
            name='search_vector',
            field=models.GeneratedField(db_persist=True, expression=statements.models.PostgresOnly(django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.CombinedSearchVector(django.contrib.postgres.search.SearchVector(django.db.models.functions.text.Left('title', 100000), config='english', weight='A'), '||', django.contrib.postgres.search.SearchVector(django.db.models.functions.text.Left('outlet', 100000), config='english', weight='B'), django.contrib.postgres.search.SearchConfig('english')), '||', django.contrib.postgres.search.SearchVector(django.db.models.functions.text.Left('text', 100000), config='english', weight='C'), django.contrib.postgres.search.SearchConfig('english'))), output_field=django.contrib.postgres.search.SearchVectorField(null=True)),
        ),
        migrations.AddField(
            model_name='statement',
            name='search_vector',
            field=models.GeneratedField(db_persist=True, expression=statements.models.PostgresOnly(django.contrib.postgres.search.SearchVector(django.db.models.functions.text.Left('text', 100000), config='english', weight='A')), output_field=django.contrib.postgres.search.SearchVectorField(null=True)),
        ),
        migrations.RunPython(create, drop, elidable=False),
    ]
