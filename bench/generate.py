"""Synthetic briefings of any size, with their source report, for benchmarks and scale tests.

Deterministic (a seeded ``random.Random``), realistic in shape (a title, takeaways,
regions with a summary, three points and two quotes each, quotes cut from the
source at exact offsets) and valid against the schema and its source. The text
says plainly that it is synthetic: it names no real place, person or outlet.

    python -m bench.generate 1000 OUT_DIR   # writes OUT_DIR/briefing-1000.json and report-1000.txt
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from pathlib import Path
from typing import Any

PLACES = (
    "Alder",
    "Birchmoor",
    "Calloway",
    "Dunmere",
    "Eastvale",
    "Fenwick",
    "Glenholt",
    "Harrow",
    "Ivybridge",
    "Juniper",
    "Kestrel",
    "Larchfield",
    "Millbrook",
    "Northwold",
    "Oakhurst",
    "Pinecrest",
    "Queensferry",
    "Ravensworth",
    "Stonebridge",
    "Thornbury",
    "Upton",
    "Westmarch",
)
FEATURES = ("Valley", "Coast", "Plateau", "Crossing", "Heights", "Basin", "Corridor", "Uplands")
EVENTS = (
    "reported a quiet night along the line of contact",
    "said supply convoys were moving again on the main road",
    "described heavy shelling near the river crossing",
    "noted that repair crews had restored power to most districts",
    "said the evacuation of civilians continued through the morning",
    "reported that the front line had not moved in two days",
)
ROLES = (
    ("regional governor", "Head of the regional administration"),
    ("senior defence official", "Senior official, speaking on grounds of anonymity"),
    ("military spokesperson", "Spokesperson for the armed forces"),
    ("aid coordinator", "Coordinator for a relief organisation"),
)
OUTLETS = ("the Morning Dispatch", "Radio Northwold", "the Valley Courier", None)
QUOTES = (
    "The situation is difficult but under control",
    "We expect the roads to reopen within days",
    "Nobody should mistake this pause for the end of the fighting",
    "Our crews are working around the clock to restore water",
    "We have not seen any movement of reserves in this area",
    "Every family that wants to leave will be helped to leave",
)
KINDS = ("reported", "official", "claim", "analysts")


def region_name(number: int, rng: random.Random) -> str:
    return f"District {number}: {rng.choice(PLACES)} {rng.choice(FEATURES)}"


def generate(regions: int, seed: int = 7) -> tuple[dict[str, Any], str]:
    """A briefing with ``regions`` regions (as JSON data) and the text of its source report."""
    rng = random.Random(seed)
    source_parts = [
        f"SYNTHETIC SITUATION REPORT — {regions} districts (benchmark data, not real events)\n\n"
    ]
    length = len(source_parts[0])
    region_data = []
    for number in range(1, regions + 1):
        name = region_name(number, rng)
        event = rng.choice(EVENTS)
        quotes = []
        paragraph = f"In {name}, local officials {event}. "
        first_sentence = [length, length + len(paragraph) - 1]
        for _ in range(2):
            speaker, role = rng.choice(ROLES)
            outlet = rng.choice(OUTLETS)
            quote_text = f"“{rng.choice(QUOTES)},”"
            start = length + len(paragraph)
            paragraph += quote_text
            cue = f"the {speaker} told {outlet}" if outlet else f"the {speaker} said"
            cue_start = length + len(paragraph) + 1
            paragraph += f" {cue}. "
            quotes.append(
                {
                    "text": quote_text,
                    "start": start,
                    "end": start + len(quote_text),
                    "speaker": speaker,
                    "role": role,
                    "anonymous": "anonymity" in role,
                    "outlet": {"name": outlet, "relation": "told"} if outlet else None,
                    "cue": [cue_start, cue_start + len(cue)],
                }
            )
        paragraph = paragraph.rstrip() + "\n\n"
        whole = [length, length + len(paragraph.rstrip())]
        source_parts.append(paragraph)
        length += len(paragraph)
        points = [
            {
                "text": f"Local officials in {name} {rng.choice(EVENTS)}.",
                "kind": rng.choice(KINDS),
                "attribution": "The report",
                "evidence": [first_sentence],
            }
            for _ in range(3)
        ]
        region_data.append(
            {
                "id": f"district-{number}",
                "name": name,
                "summary": f"Local officials in {name} {event}. Two statements were quoted.",
                "summary_evidence": [whole],
                "points": points,
                "quotes": quotes,
            }
        )
    text = "".join(source_parts)
    briefing = {
        "format": "briefing/2",
        "title": f"Synthetic situation report: {regions} districts",
        "source": {
            "path": f"report-{regions}.txt",
            "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
            "headline": None,
            "publisher": None,
            "author": None,
            "published": None,
        },
        "takeaways": [
            {
                "text": f"The report covers {regions} districts; each has two quoted statements.",
                "kind": "reported",
                "attribution": "The report",
                "evidence": [[0, len(source_parts[0].rstrip())]],
            }
        ],
        "regions": region_data,
    }
    return briefing, text


def write(regions: int, folder: Path) -> Path:
    """Write ``briefing-N.json`` and its ``report-N.txt`` into ``folder``; returns the briefing's path."""
    briefing, text = generate(regions)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"report-{regions}.txt").write_bytes(text.encode("utf-8"))
    path = folder / f"briefing-{regions}.json"
    path.write_text(json.dumps(briefing, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("regions", type=int)
    parser.add_argument("folder", type=Path)
    args = parser.parse_args(argv)
    print(write(args.regions, args.folder))
    return 0


if __name__ == "__main__":
    sys.exit(main())
