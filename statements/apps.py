from django.apps import AppConfig


class StatementsConfig(AppConfig):
    name = "statements"
    verbose_name = "Statements"

    def ready(self) -> None:
        from statements import activity, authcache, summaries

        authcache.connect()
        summaries.connect()
        activity.connect()
