from watch.views import urlpatterns

__all__ = ["urlpatterns"]
