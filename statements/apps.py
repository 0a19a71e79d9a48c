from django.apps import AppConfig


class StatementsConfig(AppConfig):
    name = "statements"
    verbose_name = "Statements"

    def ready(self) -> None:
        from statements import authcache, liveness, summaries

        authcache.connect()
        summaries.connect()
        liveness.connect()
