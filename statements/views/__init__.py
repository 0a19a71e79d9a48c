"""Views, one module per page family: browse (analysts), review (editors), dossier (export)."""
