"""A benchmark's figure: median and spread, its floor and ratio, its target and whether it is met."""

from __future__ import annotations

import statistics
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class Figure:
    name: str
    unit: str
    median: float
    low: float
    high: float
    floor: float | None = None
    ratio: float | None = None
    target: str = ""
    met: bool | None = None


def figure(
    name: str,
    unit: str,
    values: list[float],
    floor: list[float] | None = None,
    target: str = "",
    check: Callable[[float], bool] | None = None,
) -> Figure:
    median = statistics.median(values)
    result = Figure(name, unit, median, min(values), max(values), target=target)
    if floor is not None:
        result.floor = statistics.median(floor)
        result.ratio = median / result.floor
    if check is not None:
        result.met = check(result.ratio if result.ratio is not None else median)
    return result


def at_most(limit: float) -> Callable[[float], bool]:
    return lambda value: value <= limit


def print_table(figures: list[Figure], pdf: dict[str, object], runs: int) -> None:
    print(
        f"\n{'figure':<44} {'median':>10} {'min–max':>17} {'floor':>9} {'ratio':>7}  {'target':<20} met"
    )
    for f in figures:
        spread = f"{f.low:.1f}–{f.high:.1f}"
        floor = f"{f.floor:.1f}" if f.floor is not None else "—"
        ratio = f"{f.ratio:.2f}×" if f.ratio is not None else "—"
        met = {True: "yes", False: "NO", None: "—"}[f.met]
        print(
            f"{f.name:<44} {f.median:>7.1f} {f.unit:<3} {spread:>16} {floor:>9} {ratio:>7}  {f.target:<20} {met}"
        )
    if pdf:
        print(
            f"\nPDF, 1000 regions: {pdf['per_region_pages_1000']} pages per region, "
            f"{pdf['compact_pages_1000']} compact; every footer 'Page i of N' present: "
            f"{pdf['every_footer_present']}"
        )
    print(f"Medians of {runs} runs; results in bench/results.json")
