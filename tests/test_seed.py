"""The seed report must stay byte for byte as received: quote offsets depend on every byte."""

import hashlib
import json

from tests.helpers.paths import BUNDLED, SEED

SEED_SHA256 = "f79e13d03ece418c915d3d4dfd9cbb5be1597fb9bcaea26512b2621ec35f0109"


def test_seed_is_unchanged() -> None:
    data = SEED.read_bytes()
    assert hashlib.sha256(data).hexdigest() == SEED_SHA256
    text = data.decode("utf-8")
    assert "\u00a0" in text, "the non-breaking spaces are part of the source"
    assert "“" in text, "the curly quotes are part of the source"
    assert "’" in text, "the curly quotes are part of the source"


def test_bundled_briefing_names_the_seed_by_its_hash() -> None:
    briefing = json.loads(BUNDLED.read_text(encoding="utf-8"))
    assert briefing["source"]["sha256"] == SEED_SHA256
