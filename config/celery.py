"""The Celery application, configured from Django settings under the CELERY_ namespace.

Tasks are found by autodiscovery, never imported by hand: `<app>.tasks` of every installed app
(the worker jobs), `<app>.beat` (the periodic sweeps, which submit work and so import the
services), and the export package's own `statements.export.tasks` (dossier builds).
"""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

app = Celery("dementi")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
app.autodiscover_tasks(related_name="beat")
app.autodiscover_tasks(["statements.export"])
