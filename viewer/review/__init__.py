"""The reviewer: what an editor would catch in a briefing, as findings the CLI prints and the window lists.

``review(loaded)`` gives every finding on a loaded briefing in report order;
``briefing-viewer --review`` prints them (``viewer.review.command``). Qt-free.
"""

from viewer.review.findings import Finding
from viewer.review.runner import review

__all__ = ["Finding", "review"]
