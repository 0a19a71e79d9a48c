"""What every benchmark prints about the machine it ran on."""

from __future__ import annotations

import pathlib


def memory_gb() -> float:
    """Total memory in GB from /proc/meminfo (0.0 where there is none)."""
    try:
        for line in pathlib.Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) / 1024 / 1024
    except OSError:
        pass
    return 0.0
