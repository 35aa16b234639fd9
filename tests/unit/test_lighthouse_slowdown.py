"""The benchmark's CPU slowdown for Lighthouse (bench/lighthouse.py), calibrated to the machine's benchmark index."""

from __future__ import annotations

import pytest

from bench.lighthouse import calibrated_slowdown


@pytest.mark.parametrize("index, slowdown", [
    (1533, 4.0),   # the high-end desktop Lighthouse's fixed 4x is chosen for
    (2000, 6.0),   # a faster machine is slowed more
    (1300, 3.0),
    (1050, 2.5),   # this project's shared machine, most days
    (800, 2.0),
    (150, 1.0),
    (100, 1.0),    # slower than the phone aimed at: never sped up
])
def test_the_slowdown_follows_lighthouses_calculator(index, slowdown):
    assert calibrated_slowdown(index) == pytest.approx(slowdown, abs=0.01)


def test_the_slowdown_rises_with_the_machine_speed_without_jumps():
    values = [calibrated_slowdown(index) for index in range(0, 2500, 5)]
    assert all(later >= earlier for earlier, later in zip(values, values[1:]))
    assert max(later - earlier for earlier, later in zip(values, values[1:])) < 0.03
