from sources.views import urlpatterns

__all__ = ["urlpatterns"]
