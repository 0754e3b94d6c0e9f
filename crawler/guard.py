"""Address guard: refuse URLs that point into private, loopback, link-local or metadata networks."""

from __future__ import annotations

import ipaddress
import socket
from typing import Callable, Iterable
from urllib.parse import urlsplit

# Networks a crawler must never be steered into by what a page says (issue 10): a link, redirect
# or sitemap entry to one of these reaches the machine's own services, the LAN or cloud metadata.
PRIVATE_NETWORKS = tuple(ipaddress.ip_network(n) for n in (
    "127.0.0.0/8",       # loopback
    "10.0.0.0/8",        # private
    "172.16.0.0/12",     # private
    "192.168.0.0/16",    # private
    "169.254.0.0/16",    # link-local, cloud metadata (169.254.169.254)
    "100.64.0.0/10",     # carrier-grade NAT, Alibaba metadata (100.100.100.200)
    "0.0.0.0/8",         # "this host": 0.0.0.0 connects to localhost on Linux
    "::1/128",           # loopback
    "::/128",            # unspecified
    "fc00::/7",          # unique local, AWS metadata (fd00:ec2::254)
    "fe80::/10",         # link-local
))

# Host names that are metadata services whatever they resolve to.
METADATA_HOSTS = ("metadata.google.internal", "metadata", "instance-data", "localhost")

Resolver = Callable[[str], Iterable[str]]


class Unresolvable(Exception):
    """The resolver could not find an address for a host."""


def system_resolve(host: str) -> list[str]:
    """Addresses of a host name from the system resolver (getaddrinfo)."""
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as exc:
        raise Unresolvable(str(exc)) from exc
    return sorted({info[4][0] for info in infos})


def literal_address(host: str) -> ipaddress._BaseAddress | None:
    """The IP address a host string spells, including legacy IPv4 forms (127.1, 0x7f000001)."""
    host = host.strip("[]")
    try:
        return ipaddress.ip_address(host.split("%")[0])
    except ValueError:
        pass
    try:  # inet_aton accepts what connect() accepts: 127.1, 2130706433, 0177.0.0.1
        return ipaddress.ip_address(socket.inet_aton(host))
    except (OSError, ValueError):
        return None


def is_private(address: ipaddress._BaseAddress) -> bool:
    """True if the address is in one of PRIVATE_NETWORKS (IPv4-mapped IPv6 included)."""
    mapped = getattr(address, "ipv4_mapped", None)
    if mapped is not None:
        address = mapped
    return any(address.version == net.version and address in net for net in PRIVATE_NETWORKS)


def refusal(url: str, named_hosts: Iterable[str], resolve: Resolver | None = system_resolve) -> str | None:
    """Why the URL must not be fetched, or None if it may be; hosts the user named are always allowed.

    With resolve=None only literal addresses and known names are judged (no DNS lookup).
    """
    host = (urlsplit(url).hostname or "").lower().rstrip(".")
    if not host:
        return None  # not a network URL (data:, about:): nothing to connect to
    if host in {h.lower().rstrip(".") for h in named_hosts}:
        return None
    if host in METADATA_HOSTS:
        return f"address guard: {host} is a local or metadata host"
    literal = literal_address(host)
    if literal is not None:
        if is_private(literal):
            return f"address guard: {host} is a private address ({literal})"
        return None
    if resolve is None:
        return None
    try:
        addresses = list(resolve(host))
    except Unresolvable as exc:
        return f"address guard: cannot resolve {host} ({exc})"
    for addr in addresses:
        ip = literal_address(str(addr))
        if ip is not None and is_private(ip):
            return f"address guard: {host} resolves to a private address ({ip})"
    if not addresses:
        return f"address guard: {host} has no address"
    return None
