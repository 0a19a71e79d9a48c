from django.apps import AppConfig


class StatementsConfig(AppConfig):
    name = "statements"
    verbose_name = "Statements"

    def ready(self) -> None:
        from statements import authcache, summaries

        authcache.connect()
        summaries.connect()
