"""Where the files the tests read live in the source tree."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_1de14245fb9f593d.txt"
BUNDLED = ROOT / "resources" / "briefing.json"
#: The bundled briefing as it was in format briefing/1: older files must keep opening.
BRIEFING_V1 = ROOT / "tests" / "data" / "briefing-v1.json"
