"""Address guard: pages cannot steer the crawler into private, loopback or metadata addresses.

Nothing here sends a packet outside 127.0.0.0/8: "other" machines are 127.0.0.2 (a real server
that counts hits) and names the stub resolver maps to private addresses, refused before any lookup
by the system resolver.
"""

from __future__ import annotations

import json
from urllib.parse import quote

import pytest
import sqlite_utils

from crawler.guard import Unresolvable, is_private, literal_address, refusal
from faultserver import ARTICLE_MARKER, STUB_HOSTS_ENV, FaultServer, hostile_crawl, urlset

STUB_HOSTS = {
    "db.corp.test": ["10.0.0.5"],
    "metadata.cloud.test": ["169.254.169.254"],
    "router.home.test": ["192.168.1.1"],
    "docker.host.test": ["172.17.0.1"],
    "v6-internal.test": ["fc00::1"],
    "v6-loopback.test": ["::1"],
    "dual.test": ["93.184.216.34", "10.1.2.3"],  # one private address is enough to refuse
    "public.test": ["93.184.216.34"],
}


def stub(host):
    if host not in STUB_HOSTS:
        raise Unresolvable(host)
    return STUB_HOSTS[host]


@pytest.mark.parametrize("url", [
    "http://127.0.0.2/", "http://10.0.0.5/x", "http://172.31.255.1/", "http://192.168.0.10/",
    "http://169.254.169.254/latest/meta-data/", "http://[::1]:8080/", "http://[fd00:ec2::254]/",
    "http://[::ffff:127.0.0.1]/", "http://127.1/", "http://2130706433/", "http://0x7f000001/",
    "http://0.0.0.0:6379/", "http://localhost/", "http://metadata.google.internal/",
    "http://db.corp.test/", "http://metadata.cloud.test/", "http://v6-internal.test/",
    "http://v6-loopback.test/", "http://dual.test/", "http://router.home.test/",
    "http://docker.host.test/",
])
def test_private_loopback_and_metadata_addresses_are_refused(url):
    reason = refusal(url, named_hosts={"127.0.0.1"}, resolve=stub)
    assert reason and reason.startswith("address guard:")


@pytest.mark.parametrize("url", ["http://93.184.216.34/", "http://public.test/a", "http://[2606:4700::1]/"])
def test_public_addresses_pass(url):
    assert refusal(url, named_hosts={"127.0.0.1"}, resolve=stub) is None


def test_a_named_host_is_allowed_even_when_private():
    assert refusal("http://127.0.0.1:8000/a", named_hosts={"127.0.0.1"}, resolve=stub) is None
    assert refusal("http://db.corp.test/a", named_hosts={"db.corp.test"}, resolve=stub) is None


def test_a_name_that_does_not_resolve_is_refused_not_looked_up_elsewhere():
    assert "cannot resolve" in refusal("http://nowhere.test/", named_hosts=(), resolve=stub)


def test_without_a_resolver_names_are_not_judged():
    assert refusal("http://db.corp.test/", named_hosts=(), resolve=None) is None
    assert refusal("http://10.0.0.5/", named_hosts=(), resolve=None)


def test_ipv4_mapped_ipv6_counts_as_its_ipv4_address():
    assert is_private(literal_address("::ffff:10.0.0.1"))
    assert not is_private(literal_address("::ffff:93.184.216.34"))


@pytest.fixture(scope="module")
def guarded_crawl(tmp_path_factory):
    """One crawl of a site on 127.0.0.1 whose links, redirects and sitemap point elsewhere."""
    db = tmp_path_factory.mktemp("guard") / "guard.db"
    with FaultServer("127.0.0.2") as inner, FaultServer() as site:
        site.sitemaps = ["/sitemaps/hostile.xml"]
        hostile_entries = [
            f"{inner.url}/article/3",                    # another loopback address
            "http://db.corp.test/article/4",             # stub-resolved to 10.0.0.5
            "http://metadata.cloud.test/latest/meta-data/",  # stub-resolved to 169.254.169.254
            "http://v6-internal.test/article/5",         # stub-resolved to fc00::1
            f"http://127.1:{inner.port}/article/6",      # legacy spelling of a loopback address
            f"{site.url}/article/7",                     # a good page on the named host
        ]
        site.set_page("/sitemaps/hostile.xml", urlset(hostile_entries), "application/xml")
        start = site.hub("/hub/guard", [
            f"{inner.url}/article/1",                               # link
            "/redirect?to=" + quote(f"{inner.url}/article/2", safe=""),  # redirect
            "/article/8",                                           # good, same host
        ])
        env = {STUB_HOSTS_ENV: json.dumps(STUB_HOSTS)}
        summary, proc = hostile_crawl(start, db=db, env=env,
                                      settings=("CLEANCRAWL_RESOLVER=tests.faultserver.stub_resolve",))
        yield {"summary": summary, "proc": proc, "inner_hits": sum(inner.hits.values()),
               "site": site, "db": sqlite_utils.Database(db), "entries": hostile_entries, "inner": inner}


def refused(ctx) -> dict[str, str]:
    return {r["url"]: r["reason"] for r in ctx["db"].query("select url, reason from failures where stage = 'guard'")}


def test_no_request_reaches_another_loopback_address(guarded_crawl):
    assert guarded_crawl["summary"]["status"] == "finished", guarded_crawl["proc"].stderr[-3000:]
    assert guarded_crawl["inner_hits"] == 0


def test_a_link_to_a_private_address_is_refused_and_recorded(guarded_crawl):
    url = f"{guarded_crawl['inner'].url}/article/1"
    assert "private address" in refused(guarded_crawl)[url]


def test_a_redirect_to_a_private_address_is_refused_and_recorded(guarded_crawl):
    site = guarded_crawl["site"]
    reasons = refused(guarded_crawl)
    original = f"{site.url}/redirect?to=" + quote(f"{guarded_crawl['inner'].url}/article/2", safe="")
    assert "127.0.0.2" in reasons[original] and "private address" in reasons[original]


def test_sitemap_entries_into_private_networks_are_refused_with_the_address(guarded_crawl):
    reasons = refused(guarded_crawl)
    for entry, address in zip(guarded_crawl["entries"][:5],
                              ["127.0.0.2", "10.0.0.5", "169.254.169.254", "fc00::1", "127.0.0.1"]):
        assert address in reasons[entry], (entry, reasons.get(entry))


def test_good_pages_of_the_named_host_are_still_stored(guarded_crawl):
    db = guarded_crawl["db"]
    site = guarded_crawl["site"]
    stored = {r["url"]: r["text"] for r in db.query("select url, text from articles")}
    for n in (7, 8):
        assert f"{ARTICLE_MARKER}{n}" in stored[f"{site.url}/article/{n}"]
    assert site.hits["/robots.txt"] >= 1  # the named host itself was fetched, robots and all
