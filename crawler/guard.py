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


# -- enforcement at connect time: the address judged is the address connected to ----------------
import logging  # noqa: E402

from scrapy.resolver import CachingThreadedResolver, dnscache  # noqa: E402
from twisted.internet import threads  # noqa: E402
from twisted.internet.error import DNSLookupError  # noqa: E402
from twisted.python.failure import Failure  # noqa: E402

logger = logging.getLogger(__name__)


class GuardedResolver(CachingThreadedResolver):
    """Scrapy's DNS resolver with the address guard applied to the very address it hands out.

    The guard middlewares judge a host before its request is sent, but the connection resolves
    the name again; a name that answers public for the check and private for the connection
    (DNS rebinding) would slip through. Here the lookup, the verdict and the address used are one.
    """

    @classmethod
    def from_crawler(cls, crawler, reactor):
        from scrapy.utils.misc import load_object

        resolver = super().from_crawler(crawler, reactor)
        settings = crawler.settings
        resolver.crawler = crawler
        resolver.guarded = settings.getbool("CLEANCRAWL_ADDRESS_GUARD", True)
        resolver.resolve = load_object(settings.get("CLEANCRAWL_RESOLVER") or "crawler.guard.system_resolve")
        resolver.allowed_hosts = {h.lower() for h in settings.getlist("CLEANCRAWL_ALLOWED_HOSTS")}
        return resolver

    def named_hosts(self) -> set[str]:
        """Hosts of the running spider's start URLs, plus CLEANCRAWL_ALLOWED_HOSTS."""
        # Scrapy builds the resolver from the CrawlerProcess, whose crawlers hold the spiders.
        crawlers = getattr(self.crawler, "crawlers", None) or [self.crawler]
        urls = [u for c in crawlers for u in getattr(getattr(c, "spider", None), "start_urls", None) or []]
        return {(urlsplit(u).hostname or "").lower() for u in urls} | self.allowed_hosts

    def lookup(self, name: str) -> str:
        """The one address to connect to for name; DNSLookupError if there is none or it is refused."""
        literal = literal_address(name)
        try:
            addresses = [literal] if literal is not None else [
                a for a in (literal_address(str(x)) for x in self.resolve(name)) if a is not None]
        except Unresolvable as exc:
            raise DNSLookupError(f"address {name!r} not found: {exc}") from exc
        if not addresses:
            raise DNSLookupError(f"address {name!r} not found: no address")
        if self.guarded and name.lower().rstrip(".") not in self.named_hosts():
            for ip in addresses:
                if is_private(ip):
                    # Twisted turns this into "no results for hostname lookup"; say why here.
                    logger.warning("address guard: %s resolves to a private address (%s); not connecting", name, ip)
                    raise DNSLookupError(f"address guard: {name} resolves to a private address ({ip})")
        # Scrapy connects over IPv4 endpoints; prefer an IPv4 answer like gethostbyname does.
        addresses.sort(key=lambda ip: ip.version)
        return str(addresses[0])

    def getHostByName(self, name: str, timeout=()):
        if name in dnscache:
            return super().getHostByName(name, timeout)
        d = threads.deferToThreadPool(self.reactor, self.reactor.getThreadPool(), self.lookup, name)
        d.addTimeout(self.timeout, self.reactor, onTimeoutCancel=lambda _result, t: Failure(
            DNSLookupError(f"address {name!r} not found: no answer in {t:g} s")))
        if dnscache.limit:
            d.addCallback(self._cache_result, name)
        return d
