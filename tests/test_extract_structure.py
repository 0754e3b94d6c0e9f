"""Which part of the page becomes the article: stray document roots and lost subheadings (issue 3)."""

from __future__ import annotations

import lxml.html
import trafilatura

from pipeline.clean import clean_html
from pipeline.extract import RECALL_OPTIONS, extract_main, parse_html, restore_subheadings

STEPS = [
    ("Pick the beans", "Buy whole beans from a roaster who prints the roast date on the bag, and use them "
     "within a month of that date for the best cup."),
    ("Grind just before brewing", "A burr grinder gives even particles, so the water extracts them at the same "
     "rate and the cup tastes neither sour nor bitter."),
    ("Weigh the water", "Use about sixteen grams of water for every gram of coffee, and heat it to just below "
     "boiling before you start to pour it over the grounds."),
    ("Let it bloom", "Pour twice the coffee's weight of water first and wait half a minute while the gas "
     "escapes, or the later pours run through unevenly."),
    ("Pour in circles", "Pour slowly in small circles from the centre outwards, keeping the level steady, until "
     "the scale shows the full weight of water you planned."),
    ("Taste and adjust", "If the cup tastes sour, grind a little finer next time; if it tastes bitter or dry, "
     "grind coarser and keep everything else the same."),
]


def _tips(i: int) -> str:
    # lists of one-paragraph items after each step: the markup that sends trafilatura down the path
    # that keeps paragraphs and lists but not headings
    return "".join(
        f"<ul><li><p>Tip {i}.{n}: rinse the paper filter first so the finished cup does not taste of "
        f"cardboard or of the last brew.</p></li></ul>" for n in (1, 2))


def _div_soup_guide(extra: str = "") -> str:
    steps = "".join(f"<h3><span>{h}</span></h3><p>{p}</p>{_tips(i)}" for i, (h, p) in enumerate(STEPS))
    return ("<html><head><title>Brew better coffee</title></head><body><div class='wrap'><div class='box'>"
            f"{steps}</div>{extra}</div></body></html>")


def _trafilatura_alone(html: str) -> str:
    doc = trafilatura.bare_extraction(parse_html(html), **RECALL_OPTIONS)
    return doc.text if doc else ""


def test_subheadings_trafilatura_drops_are_put_back_above_their_paragraphs():
    html = _div_soup_guide()
    assert STEPS[1][0] not in _trafilatura_alone(html)  # what the restore makes up for
    lines = extract_main(parse_html(html), None)["text"].split("\n")
    for heading, paragraph in STEPS[:-1]:  # the last section sits in the tail, where boxes go
        assert lines[lines.index(paragraph) - 1] == heading


def test_headings_of_boxes_outside_the_article_body_are_not_put_back():
    box = ("<div class='card'><h2>Become a member of our club</h2><p>Members get a monthly bag of beans, "
           "early tickets for tastings and a discount on every grinder we sell in the shop.</p></div>")
    html = _div_soup_guide(extra=box)
    text = extract_main(parse_html(html), None)["text"]
    assert "Members get a monthly bag of beans" in _trafilatura_alone(html)
    assert STEPS[1][0] in text
    assert "Become a member of our club" not in text


def test_teaser_headings_that_link_away_are_not_put_back():
    steps = "".join(f"<h3><a href='/guides/{i}'>{h}</a></h3><p>{p}</p>{_tips(i)}" for i, (h, p) in enumerate(STEPS))
    html = f"<html><body><div><div>{steps}</div></div></body></html>"
    text = extract_main(parse_html(html), None)["text"]
    assert STEPS[1][1] in text
    assert STEPS[1][0] not in text


def test_a_single_heading_missing_among_kept_ones_stays_out():
    # trafilatura kept the other headings: the one it left out, it left out on purpose
    html = _div_soup_guide()
    text = "\n".join(f"{h}\n{p}" for h, p in STEPS[:3]) + f"\n{STEPS[3][1]}\n" + "\n".join(
        f"{h}\n{p}" for h, p in STEPS[4:])
    assert restore_subheadings(parse_html(html), text) == text


def test_article_after_an_early_end_of_document_is_found():
    # a template that prints "</body></html>" before the article: libxml2 starts a second root
    # element for what follows, and a walk from the document element never sees it
    paragraphs = [p for _, p in STEPS]
    html = ("<html><head><title>Brew better coffee</title></head><body><header><a href='/'>Home</a></header>"
            "</body></html><div class='post'><h1>Brew better coffee</h1>"
            + "".join(f"<p>{p}</p>" for p in paragraphs) + "</div><footer>Contact us</footer></html>")
    raw = lxml.html.document_fromstring(html)
    assert STEPS[0][1] not in raw.text_content()  # what libxml2 alone makes of it
    body = parse_html(html).find("body")
    assert all(p in body.text_content() for p in paragraphs)
    text = clean_html(html.encode(), "https://example.com/brew").text
    assert all(p in text for p in paragraphs)


# --- a container's own leading text ---------------------------------------------------------------

OPENING = ("Our weekly round-up of price drops starts with the cheapest noise-cancelling headphones we "
           "have tested this year, and goes on to laptops, monitors and a pair of robot vacuums.")


def _section_page(opening: str) -> str:
    sections = "".join(f"<h2>{h}</h2><p>{p}</p>" for h, p in STEPS)
    return ("<html><head><title>Deals of the week</title></head><body><article><h1>Deals of the week</h1>"
            f"<section class='article-page'>{opening}<p></p>{sections}</section></article></body></html>")


def test_opening_text_a_container_holds_before_its_blocks_is_kept():
    # text written straight into the container, ahead of its headings and paragraphs
    page = clean_html(_section_page(OPENING), "https://deals.example.com/week")
    assert OPENING in page.text
    assert STEPS[0][1] in page.text and STEPS[-1][1] in page.text


def test_short_leading_text_of_a_container_is_left_alone():
    from pipeline.extract import wrap_loose_text

    tree = parse_html("<html><body><div>Price drops: <p>" + STEPS[0][1] + "</p></div></body></html>")
    wrap_loose_text(tree)
    div = tree.find(".//div")
    assert div.text == "Price drops: " and len(div) == 1
