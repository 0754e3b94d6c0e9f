"""DNS rebinding: the address the guard judges is the address the crawler connects to.

No packet leaves 127.0.0.0/8: names are answered by a stub resolver, and the crawl test first
checks that the project resolves through the guard, so no name reaches the system resolver.
"""

from __future__ import annotations

import json

import pytest
import sqlite_utils
from scrapy.utils.project import get_project_settings
from scrapy.utils.test import get_crawler
from twisted.internet.error import DNSLookupError

from crawler.guard import GuardedResolver, Unresolvable, refusal
from faultserver import ARTICLE_MARKER, STUB_HOSTS_ENV, FaultServer, hostile_crawl


class Rebinding:
    """A name server that answers a public address first and a private one afterwards."""

    def __init__(self, answers):
        self.answers = list(answers)
        self.calls = 0

    def __call__(self, host):
        if host != "rebind.test":
            raise Unresolvable(host)
        answer = self.answers[min(self.calls, len(self.answers) - 1)]
        self.calls += 1
        return answer


def resolver_with(resolve, **settings) -> GuardedResolver:
    crawler = get_crawler(settings_dict={"CLEANCRAWL_RESOLVER": "builtins.id", **settings})
    resolver = GuardedResolver.from_crawler(crawler, reactor=None)
    resolver.resolve = resolve
    return resolver


def test_a_name_that_turns_private_after_the_check_is_refused_at_connect_time():
    dns = Rebinding([["93.184.216.34"], ["127.0.0.2"]])
    # The request-time check sees the public answer and lets the request through...
    assert refusal("http://rebind.test/a", named_hosts={"127.0.0.1"}, resolve=dns) is None
    # ...but the lookup that picks the address to connect to sees the private one and refuses.
    with pytest.raises(DNSLookupError, match=r"address guard: rebind.test .*127\.0\.0\.2"):
        resolver_with(dns).lookup("rebind.test")
    assert dns.calls == 2


def test_the_address_handed_out_is_the_one_judged_and_ipv4_comes_first():
    dns = Rebinding([["2606:4700::1", "93.184.216.34"]])
    assert resolver_with(dns).lookup("rebind.test") == "93.184.216.34"


def test_a_host_the_user_named_may_resolve_to_a_private_address():
    dns = Rebinding([["127.0.0.2"]])
    resolver = resolver_with(dns, CLEANCRAWL_ALLOWED_HOSTS=["rebind.test"])
    assert resolver.lookup("rebind.test") == "127.0.0.2"


def test_the_guard_switch_turns_the_check_off_but_not_the_lookup():
    dns = Rebinding([["127.0.0.2"]])
    assert resolver_with(dns, CLEANCRAWL_ADDRESS_GUARD=False).lookup("rebind.test") == "127.0.0.2"
    with pytest.raises(DNSLookupError, match="not found"):
        resolver_with(dns).lookup("nowhere.test")


def test_crawls_connect_through_the_guarded_resolver(tmp_path):
    # Checked first: with any other resolver the names below would go to the system's DNS.
    assert get_project_settings()["TWISTED_DNS_RESOLVER"] == "crawler.guard.GuardedResolver"
    db = tmp_path / "rebind.db"
    with FaultServer() as site:
        hosts = {"site.test": ["127.0.0.1"]}
        start = site.hub("/hub/names", ["/article/1"])
        start = start.replace("127.0.0.1", "site.test")
        summary, proc = hostile_crawl(start, db=db, env={STUB_HOSTS_ENV: json.dumps(hosts)},
                                      settings=("CLEANCRAWL_RESOLVER=tests.faultserver.stub_resolve",))
        assert summary.get("status") == "finished", proc.stderr[-3000:]
        assert site.hits["/article/1"] == 1
    rows = sqlite_utils.Database(db)
    texts = [r["text"] for r in rows.query("select text from articles")]
    # The named host was reached at the address the stub gave, which no other resolver knows.
    assert any(f"{ARTICLE_MARKER}1" in t for t in texts)


def test_a_literal_private_address_is_judged_without_a_lookup():
    dns = Rebinding([["93.184.216.34"]])
    with pytest.raises(DNSLookupError, match="address guard"):
        resolver_with(dns).lookup("127.0.0.2")
    assert resolver_with(dns, CLEANCRAWL_ALLOWED_HOSTS=["127.0.0.2"]).lookup("127.0.0.2") == "127.0.0.2"
    assert dns.calls == 0
