"""`python -m viewer` is the same as the `briefing-viewer` command."""

import sys

from viewer.cli import main

sys.exit(main())
