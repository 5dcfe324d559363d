"""Loaded by every Python subprocess the tests start: refuse connections outside loopback."""

import os

if os.environ.get("SCOWATCH_TEST_NETGUARD") == "1":
    from netguard_impl import install

    install()
