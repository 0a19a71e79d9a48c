"""Fill the stored summaries of a database that already holds statements.

Without this an upgraded site would list no story until an operator ran
`manage.py rebuild_summaries`. A new database has nothing to sum and skips the work. The rebuild
uses the summaries module of this release (it reads and writes only the tables of 0012); on a
large database it takes minutes (1M statements: ~6 min), so run it as the release's migration.
"""

from django.db import migrations


def fill(apps, schema_editor):
    Statement = apps.get_model("statements", "Statement")
    if not Statement.objects.exists():
        return
    from statements import summaries

    summaries.rebuild()


class Migration(migrations.Migration):
    dependencies = [("statements", "0012_summaries")]

    operations = [migrations.RunPython(fill, migrations.RunPython.noop, elidable=True)]
