"""Story dossier downloads."""

urlpatterns: list = []
