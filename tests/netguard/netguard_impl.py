"""Refuses any network connection that does not stay on this machine (tests only)."""

from __future__ import annotations

import ipaddress
import socket

_LOCAL_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost"}


class ExternalNetworkRefused(OSError):
    """A test tried to reach a host outside loopback."""


def is_loopback(host: object) -> bool:
    """Whether a host (name or address) stays on this machine."""
    if not isinstance(host, str):
        return False
    if host.lower() in _LOCAL_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.split("%", 1)[0]).is_loopback
    except ValueError:
        return False


def _check(sock: socket.socket, address: object) -> None:
    if sock.family in (socket.AF_INET, socket.AF_INET6) and isinstance(address, tuple):
        if not is_loopback(address[0]):
            raise ExternalNetworkRefused(f"test network guard: connection to {address[0]!r} "
                                         "refused (tests stay on loopback)")


def install() -> None:
    """Patch socket connect/connect_ex/getaddrinfo for this process (idempotent)."""
    if getattr(socket, "_scowatch_guard", False):
        return
    real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex
    real_getaddrinfo = socket.getaddrinfo

    def connect(self: socket.socket, address: object) -> None:
        _check(self, address)
        return real_connect(self, address)

    def connect_ex(self: socket.socket, address: object) -> int:
        _check(self, address)
        return real_connect_ex(self, address)

    def getaddrinfo(host: object, *args: object, **kwargs: object) -> list:  # type: ignore[type-arg]
        if host is not None and not is_loopback(host if not isinstance(host, bytes)
                                                 else host.decode()):
            raise socket.gaierror(socket.EAI_NONAME, f"test network guard: {host!r} is not "
                                  "a loopback host")
        return real_getaddrinfo(host, *args, **kwargs)  # type: ignore[arg-type]

    socket.socket.connect = connect  # type: ignore[method-assign]
    socket.socket.connect_ex = connect_ex  # type: ignore[method-assign]
    socket.getaddrinfo = getaddrinfo
    socket._scowatch_guard = True  # type: ignore[attr-defined]
