"""``briefing-viewer --review PATH…``: one line per finding, and an exit status scripts can use.

Exit status: 0 when no file has a finding other than ``uncited`` (informational),
1 when one has, 2 when a file is invalid (then the one line ``--check`` prints goes
to stderr, and the other files are still reviewed). Imports no Qt.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

EXIT_CLEAN = 0
EXIT_FINDINGS = 1
EXIT_INVALID = 2


def review_main(paths: Sequence[str]) -> int:
    """Review each file; print ``PATH: FIELD: CODE: message`` on stdout for each finding."""
    from viewer.loading import load_briefing
    from viewer.problems import BriefingError
    from viewer.review.runner import review

    status = EXIT_CLEAN
    for shown in paths:
        try:
            loaded = load_briefing(Path(shown), shown)
        except BriefingError as error:
            sys.stdout.flush()
            print(error.one_line(), file=sys.stderr)
            status = EXIT_INVALID
            continue
        findings = review(loaded)
        sys.stdout.write("".join(finding.line(shown) + "\n" for finding in findings))
        if status == EXIT_CLEAN and any(f.severity == "finding" for f in findings):
            status = EXIT_FINDINGS
    sys.stdout.flush()
    return status
