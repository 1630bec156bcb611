"""In CI the suite runs inside an empty network namespace (see the Makefile's OFFLINE)."""

from __future__ import annotations

import os
import socket

import pytest


@pytest.mark.skipif(not os.environ.get("CI"), reason="CI runs the suite under `unshare -n`")
def test_ci_runs_the_suite_without_network_interfaces() -> None:
    # /sys/class/net shows the namespace that mounted sysfs; this asks the current one.
    assert [name for _, name in socket.if_nameindex()] == ["lo"]
