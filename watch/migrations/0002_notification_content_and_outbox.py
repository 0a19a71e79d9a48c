"""Notifications once per statement content (a re-parse's new rows tell nobody again), and the
notifications' outbox (PendingNotice) that beat's sweep publishes again after a broker outage.

The content keys of existing notifications are filled from their statements, in the same format
as watch.models.content_key (copied here: a migration does not import the app's code).
"""

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


def fill_content_keys(apps, schema_editor):
    Notification = apps.get_model("watch", "Notification")
    rows = Notification.objects.select_related("statement").only(
        "statement__article_id",
        "statement__speaker_id",
        "statement__stance",
        "statement__evidence_start",
        "statement__evidence_end",
    )
    batch = []
    for row in rows.iterator(chunk_size=2000):
        s = row.statement
        row.content_key = (
            f"{s.article_id}:{s.speaker_id}:{s.stance}:{s.evidence_start}-{s.evidence_end}"
        )
        batch.append(row)
        if len(batch) == 2000:
            Notification.objects.bulk_update(batch, ["content_key"])
            batch = []
    Notification.objects.bulk_update(batch, ["content_key"])


class Migration(migrations.Migration):

    dependencies = [
        ('watch', '0001_initial'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='PendingNotice',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('requested_at', models.DateTimeField(default=django.utils.timezone.now)),
                ('enqueued_at', models.DateTimeField(blank=True, null=True)),
                ('sends', models.PositiveSmallIntegerField(default=0)),
            ],
        ),
        migrations.AddField(
            model_name='notification',
            name='content_key',
            field=models.CharField(default='', max_length=100),
            preserve_default=False,
        ),
        migrations.RunPython(fill_content_keys, migrations.RunPython.noop),
        migrations.AlterField(
            model_name='notification',
            name='statement',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='statements.statement'),
        ),
        migrations.RemoveConstraint(
            model_name='notification',
            name='notification_once',
        ),
        migrations.AddConstraint(
            model_name='notification',
            constraint=models.UniqueConstraint(fields=('user', 'content_key'), name='notification_once_per_content'),
        ),
        migrations.AddField(
            model_name='pendingnotice',
            name='article',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='+', to='statements.article'),
        ),
        migrations.AddField(
            model_name='pendingnotice',
            name='statement',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='+', to='statements.statement'),
        ),
        migrations.AddIndex(
            model_name='pendingnotice',
            index=models.Index(fields=['enqueued_at', 'requested_at'], name='pendingnotice_due_idx'),
        ),
        migrations.AddConstraint(
            model_name='pendingnotice',
            constraint=models.CheckConstraint(condition=models.Q(models.Q(('article__isnull', False), ('statement__isnull', True)), models.Q(('article__isnull', True), ('statement__isnull', False)), _connector='OR'), name='pendingnotice_one_target'),
        ),
        migrations.AddConstraint(
            model_name='pendingnotice',
            constraint=models.UniqueConstraint(fields=('article',), name='pendingnotice_article_once'),
        ),
        migrations.AddConstraint(
            model_name='pendingnotice',
            constraint=models.UniqueConstraint(fields=('statement',), name='pendingnotice_statement_once'),
        ),
    ]
