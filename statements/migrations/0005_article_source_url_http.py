"""Only http(s) source URLs: earlier non-web ones (javascript:, ftp:) are dropped, then refused."""

from django.db import migrations, models
from django.db.models import Q

WEB = Q(source_url__istartswith="http://") | Q(source_url__istartswith="https://")


def drop_non_web_urls(apps, schema_editor):
    Article = apps.get_model("statements", "Article")
    Article.objects.exclude(source_url__isnull=True).exclude(WEB).update(source_url=None)


class Migration(migrations.Migration):
    dependencies = [
        ("statements", "0004_search_indexes"),
    ]

    operations = [
        migrations.RunPython(drop_non_web_urls, migrations.RunPython.noop, elidable=True),
        migrations.AddConstraint(
            model_name="article",
            constraint=models.CheckConstraint(
                condition=Q(source_url__isnull=True) | WEB,
                name="article_source_url_http",
            ),
        ),
    ]
