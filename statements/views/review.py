"""Editors' pages: add articles, follow their ingest, review what the parser extracted."""

urlpatterns: list = []
