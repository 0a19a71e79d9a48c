from django.apps import AppConfig


class StatementsConfig(AppConfig):
    name = "statements"
    verbose_name = "Statements"

    def ready(self) -> None:
        # Celery autodiscovery imports only statements/tasks.py: register the dossier task too.
        from statements.export import tasks  # noqa: F401
