"""Authors on company, clinic, firm and agency pages: CMS accounts that posted for a person,
credits and labels in six languages, datelines, firm names, author cards, US dotted dates."""

from __future__ import annotations

import json

from pipeline.clean import clean_html

PARAS = ("<p>Most teams that add retries stop at a fixed delay, which works until the receiving side "
         "goes down for ten minutes and every queued event lands at once when it comes back.</p>"
         "<p>Spreading the retries out with a growing delay and a little randomness keeps the load "
         "steady, and the receiving side recovers instead of falling over a second time.</p>") * 3


def _page(head: str, body: str) -> bytes:
    return f"<html lang='en'><head>{head}</head><body>{body}</body></html>".encode()


def _ld(obj: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def _article(author, headline: str = "Webhook retries done right") -> str:
    return _ld({"@context": "https://schema.org", "@type": "BlogPosting", "headline": headline,
                "author": author, "datePublished": "2025-02-19"})


def _clean(head: str, body: str, url: str = "https://www.relaywire.example/blog/retries/"):
    return clean_html(_page(head, body), url)


def test_a_marketing_account_declared_as_author_yields_to_the_person_signing_under_the_headline():
    head = "<title>Webhook retries done right | Relaywire</title>" + _article(
        {"@type": "Person", "name": "Marketing Team"})
    body = ("<article><h1>Webhook retries done right</h1><div><span>Elif Demir</span> | "
            "<span>Developer Advocate</span></div>" + PARAS + "</article>")
    assert _clean(head, body).authors == ["Elif Demir"]


def test_a_webmaster_account_yields_to_the_linked_author_name():
    head = ("<title>Choosing a roof</title><meta name='author' content='webmaster'>"
            + _article({"@type": "Person", "name": "webmaster"}, "Choosing a roof"))
    body = ("<article><h1>Choosing a roof</h1><p><span class='post-info'><a href='/author/jamal/'>"
            "Jamal Taylor-Brooks</a></span></p>" + PARAS + "</article>")
    assert _clean(head, body).authors == ["Jamal Taylor-Brooks"]


def test_a_declared_handle_or_staff_label_stays_the_author_though_a_name_is_shown():
    # ground truths keep what the page declares: a user's handle, the staff
    for declared in ("apblack", "Platform Staff"):
        head = "<title>Webhook retries done right</title>" + _article(
            {"@type": "Person", "name": declared})
        body = ("<article><h1>Webhook retries done right</h1>" + PARAS +
                "<div class='about'><h4>About the author</h4><p>Angela Black</p>"
                "<p>Angela Black is a developer who writes about queues.</p></div></article>")
        assert _clean(head, body).authors == [declared]


def test_a_credit_line_under_the_headline_names_the_writer_not_the_photographer():
    body = ("<main><p>February 10, 2025</p><h1>Glaze day: mixing our winter celadon</h1>"
            "<p><em>Words by Tamsin Okafor · Photographs by Lewis Grant</em></p>" + PARAS + "</main>")
    head = ("<title>Glaze day: mixing our winter celadon — Fernhill Pottery Studio</title>"
            "<meta property='og:site_name' content='Fernhill Pottery Studio'>"
            "<meta name='author' content='Fernhill Pottery Studio'>")
    page = _clean(head, body, "https://www.fernhillpottery.example/journal/glaze-day")
    assert page.authors == ["Tamsin Okafor"]


def test_a_contributor_label_with_a_place_in_brackets():
    body = ("<main><h1>The corner store that became a library</h1>"
            "<p>Contributor: Rosa Delgado (Austin, TX)</p><p>March 2, 2025</p>" + PARAS + "</main>")
    page = _clean("<title>The corner store that became a library | Eastside Voices</title>", body,
                  "https://eastsidevoices.example/stories/corner-store")
    assert page.authors == ["Rosa Delgado"]


def test_a_name_in_brackets_inside_a_sentence_is_not_an_author_box():
    body = ("<main><h1>How the optimiser inlines</h1>" + PARAS +
            "<p>For more, read the posts written by Matt Godbolt (the developer of\n"
            "<a href='https://godbolt.example/'>a compiler explorer</a>, a priceless tool).</p></main>")
    head = "<title>How the optimiser inlines</title><meta name='author' content='Guillaume Gomez'>"
    assert _clean(head, body, "https://blog.example.org/inlining/").authors == ["Guillaume Gomez"]


def test_a_press_release_dateline_in_capitals_is_not_a_byline():
    body = ("<main><p>News Release</p><h1>Burn ban expands to 14 counties</h1><p>For Immediate Release:</p>"
            "<p>March 4, 2025</p><p>CAPITAL CITY — The Office of the State Fire Marshal today expanded the "
            "outdoor burn ban to 14 counties as dry conditions continue.</p>" + PARAS + "</main>")
    page = _clean("<title>Burn ban expands to 14 counties</title>", body,
                  "https://firemarshal.state.example/news/burn-ban")
    assert page.authors == []


def test_the_partner_outlet_after_the_writers_name_is_not_a_second_author():
    body = ("<article><h1>Grain elevators close early</h1><p>By Ellen Vásquez, Prairie Ledger</p>"
            + PARAS + "</article>")
    page = _clean("<title>Grain elevators close early</title>", body,
                  "https://newsroom.example/2025/03/grain-elevators/")
    assert page.authors == ["Ellen Vásquez"]


def test_every_person_of_an_authors_card_list_with_their_job_and_office():
    body = ("<main><h1>Contractor rules change in March</h1><p>02.12.2025</p>" + PARAS +
            "<aside><h3>Authors</h3><div><a href='/people/pn'>Priscilla Nakamura</a><p>Partner</p>"
            "<p>Chicago</p></div><div><a href='/people/ew'>Ethan J. Whitcombe</a><p>Associate</p>"
            "<p>Chicago</p></div><h3>Related Capabilities</h3><p>Labor &amp; Employment</p></aside></main>")
    page = clean_html(f"<html lang='en-US'><head><title>Contractor rules change in March</title></head>"
                      f"<body>{body}</body></html>".encode(), "https://www.nwlaw.example/insights/contractors")
    assert page.authors == ["Priscilla Nakamura", "Ethan J. Whitcombe"]
    # a US firm's dotted date is month first
    assert page.published_at.startswith("2025-02-12")


def test_a_job_title_under_a_name_in_an_author_card_is_not_a_second_name():
    body = ("<main><h1>When a rebrand is the wrong fix</h1>" + PARAS +
            "<aside><h4>Written by</h4><h5>Marisol Quintero-Hale</h5><p>Creative Director</p>"
            "<p>Published Feb 18, 2025</p></aside></main>")
    page = _clean("<title>When a rebrand is the wrong fix</title>", body,
                  "https://brightline.example/blog/rebrand")
    assert page.authors == ["Marisol Quintero-Hale"]


def test_a_dotted_date_on_a_page_in_european_languages_or_bare_english_is_day_first():
    for lang in ("de", "en"):
        html = (f"<html lang='{lang}'><head><title>Sonnenschutz im Frühjahr</title></head><body><main>"
                f"<h1>Sonnenschutz im Frühjahr</h1><p>04.03.2025</p>{PARAS}</main></body></html>")
        page = clean_html(html.encode(), "https://praxis.example/ratgeber/sonnenschutz")
        assert page.published_at.startswith("2025-03-04"), lang


def test_a_law_firms_name_with_an_ampersand_is_not_two_authors():
    head = ("<title>Abmahnung: was tun?</title><meta property='og:site_name' content='Kanzlei Brenner &amp; Voss'>"
            "<meta name='author' content='Kanzlei Brenner &amp; Voss'>")
    body = ("<main><h1>Abmahnung: was tun?</h1>" + PARAS +
            "<p>Ein Beitrag von Rechtsanwalt Tobias Brenner, Fachanwalt für Arbeitsrecht</p></main>")
    page = clean_html(_page(head, body), "https://www.kanzlei-brenner-voss.example/abmahnung")
    assert page.authors == ["Tobias Brenner"]


def test_foreign_labels_name_the_writer():
    cases = {
        "fr": ("<p>Publié le 3 février 2025</p><p>Rédigé par Margaux Lefort</p>", ["Margaux Lefort"]),
        "it": ("<p>Ricetta di</p><p>Giulia Bernardi</p><p>4 marzo 2025</p>", ["Giulia Bernardi"]),
        "fr2": ("<p>Texte : Théo Marchetti — Photos : Inès Roy</p>", ["Théo Marchetti"]),
    }
    for lang, (byline, want) in cases.items():
        html = (f"<html lang='{lang[:2]}'><head><title>Pasta e ceci alla romana</title></head><body><main>"
                f"<h1>Pasta e ceci alla romana</h1>{byline}{PARAS}</main></body></html>")
        assert clean_html(html.encode(), "https://cucina.example/ricette/pasta-e-ceci").authors == want, lang


def test_the_author_of_a_rated_recipe_is_the_pages_author():
    ld = _ld({"@context": "https://schema.org", "@type": "Recipe", "name": "Pasta e ceci",
              "author": {"@type": "Person", "name": "Giulia Bernardi"},
              "aggregateRating": {"@type": "AggregateRating", "ratingValue": "4.8", "ratingCount": "120"}})
    body = ("<main><h1>Pasta e ceci</h1><p>By Giulia Bernardi</p>" + PARAS + "</main>")
    page = _clean("<title>Pasta e ceci</title>" + ld, body, "https://cucina.example/ricette/pasta-e-ceci")
    assert page.authors == ["Giulia Bernardi"]


def test_a_headline_without_h1_is_found_from_the_title_with_an_unknown_suffix():
    body = ("<div><p>Home | Museum | Articles</p><h2>The flood of 1913 and the bridge that held</h2>"
            "<p>By Samuel K. Oduya<br>March 3, 2025</p>" + PARAS +
            "<p>Page last modified 03/05/2025</p></div>")
    page = _clean("<title>The flood of 1913 and the bridge that held - Millbrook Historical Society</title>",
                  body, "http://www.millbrookhistory.example/articles/flood-1913.html")
    assert page.authors == ["Samuel K. Oduya"]
    assert page.published_at.startswith("2025-03-03")


def test_a_kicker_in_its_own_element_before_the_headline_is_not_part_of_the_title():
    for og in ("", "<meta property='og:title' content='How a regional bank rebuilt its app in 14 weeks'>"):
        head = f"<title>Case Study: How a regional bank rebuilt its app in 14 weeks | Pixelmint</title>{og}"
        body = ("<article><h1><span class='eyebrow'>Case Study</span> How a regional bank rebuilt its app "
                "in 14 weeks</h1>" + PARAS + "</article>")
        page = _clean(head, body, "https://pixelmint.example/work/regional-bank")
        assert page.title == "How a regional bank rebuilt its app in 14 weeks", og


def test_a_year_opening_the_h1_stays_in_the_title_though_the_meta_title_leaves_it_out():
    head = ("<title>2025 Software Development Price Guide | Devshop</title>"
            "<meta property='og:title' content='Software Development Price Guide'>")
    body = "<article><h1>2025 Software Development Price Guide</h1>" + PARAS + "</article>"
    assert _clean(head, body, "https://devshop.example/blog/price-guide").title == (
        "2025 Software Development Price Guide")
