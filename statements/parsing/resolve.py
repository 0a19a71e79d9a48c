"""Stage 4, actors: the public face of the passes that turn speaker phrases into actors.

names (keys, titles, one person or two) -> places (states of the article) -> roles and describe
(what a phrase says) -> coref (which actor it names) -> registry (the entry point) ->
affiliation (chains and countries at the end of the article).
"""

from __future__ import annotations

from .actor import MActor
from .describe import describe
from .names import norm, strip_det
from .places import Place, Places
from .registry import Registry
from .roles import Desc

__all__ = ["Desc", "MActor", "Place", "Places", "Registry", "describe", "norm", "strip_det"]
