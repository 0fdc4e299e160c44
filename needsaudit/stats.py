"""The statistics the summary states: Wilson intervals for shares, scaled to a year.

Wilson's score interval (Wilson 1927; Newcombe 1998, method 3) behaves well for the small
groups an audit sample produces, unlike the normal approximation, and never leaves 0-100%.
When the sample is a large part of the population it is drawn from (the year's children), a
finite-population correction narrows it: the interval is computed with the effective sample
size n(N-1)/(N-n) (Cochran 1977), and a census (n >= N) has no sampling error at all.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

Z95 = 1.959963984540054  # the 97.5th percentile of the standard normal distribution
FPC_FROM = 0.05  # correct when the sample is at least this share of the year's number


@dataclass(frozen=True, slots=True)
class Interval:
    share: float
    low: float
    high: float


def wilson(k: int, n: int, z: float = Z95, population: int | None = None) -> Interval:
    """The share k/n with its Wilson score interval, corrected for a finite population when
    ``population`` is given and the sample is at least FPC_FROM of it."""
    if n <= 0:
        return Interval(0.0, 0.0, 0.0)
    if not 0 <= k <= n:
        raise ValueError(f"{k} of {n}")
    p = k / n
    n_eff = float(n)
    if population is not None and population > 1 and n / population >= FPC_FROM:
        if n >= population:
            return Interval(p, p, p)
        n_eff = n * (population - 1) / (population - n)
    z2 = z * z
    denom = 1 + z2 / n_eff
    centre = (p + z2 / (2 * n_eff)) / denom
    half = z / denom * math.sqrt(p * (1 - p) / n_eff + z2 / (4 * n_eff * n_eff))
    return Interval(p, max(0.0, centre - half), min(1.0, centre + half))


def fpc_applies(n: int, population: int | None) -> bool:
    return population is not None and population > 1 and n / population >= FPC_FROM
