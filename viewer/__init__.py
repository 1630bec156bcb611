"""briefing-viewer: read structured news briefings offline, with every quote checked against its source."""

__version__ = "0.1.0"
