from django.apps import AppConfig


class WatchConfig(AppConfig):
    name = "watch"
    verbose_name = "Watchlists"

    def ready(self) -> None:
        from watch import receivers  # noqa: F401
