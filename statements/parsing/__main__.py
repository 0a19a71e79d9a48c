"""`python -m statements.parsing FILE [FILE ...]`."""

import sys

from .cli import main

sys.exit(main())
