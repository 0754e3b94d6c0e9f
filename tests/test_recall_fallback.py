"""Extraction recall: recall focus first, then the balanced cascade, then jusText, as each falls short."""

from __future__ import annotations

import trafilatura

from pipeline import chrome
from pipeline.clean import clean_html
from pipeline.extract import (
    RECALL_OPTIONS,
    TRAFILATURA_OPTIONS,
    extract_main,
    justext_text,
    page_text_chars,
    parse_html,
)

LEAD = ("The espresso machine heats up in under a minute and pulls a shot with thick crema, "
        "which is rare at this price. Steaming milk takes patience, but the results are silky.")
CAFES = (
    "Cafe One pulls the sweetest shots in town, on a lever machine from the sixties, and the owner roasts on Sundays.",
    "Cafe Two has no seats at all, but the flat white is worth standing for, and the pastries come from next door.",
)
HARBOUR = ("Residents of the harbour town waited months for the council to publish its plan, and the fishing "
           "families say rising rents have already pushed three crews out. ")


def _teaser_classed_article() -> str:
    # a list of places inside the article, in a block whose class says "teaser" (a common theme
    # class for cards): trafilatura's balanced focus discards it as a teaser
    return ("<html><head><title>Best cafes</title></head><body><nav><a href='/'>Home</a></nav>"
            "<article><h1>Best cafes</h1>" + "".join(f"<p>{LEAD} Visit {i}.</p>" for i in range(3))
            + "<section class='list-teaser'>"
            + "".join(f"<p>{c}</p>" for c in CAFES) + "</section></article></body></html>")


def _article_continued_outside_its_element() -> str:
    # the <article> holds only the summary; the story goes on in the section after it
    return ("<html><body><article><div class='summary'><p>" + HARBOUR * 18 + "</p></div></article>"
            "<section><h2>The plan</h2>"
            + "".join(f"<p>{HARBOUR}Point {i} is about the ferry timetable.</p>" for i in range(100))
            + "</section></body></html>")


def _extracted(html: str, options: dict) -> str:
    doc = trafilatura.bare_extraction(parse_html(html), **options)
    return doc.text if doc else ""


def test_article_block_with_a_teaser_class_is_kept():
    html = _teaser_classed_article()
    assert CAFES[0] not in _extracted(html, TRAFILATURA_OPTIONS)  # what the fallback guards against
    text = clean_html(html.encode(), "https://example.com/best-cafes").text
    assert LEAD in text
    assert all(c in text for c in CAFES)


def test_short_recall_extract_falls_back_to_the_balanced_cascade():
    html = _article_continued_outside_its_element()
    recall, balanced = _extracted(html, RECALL_OPTIONS), _extracted(html, TRAFILATURA_OPTIONS)
    tree = parse_html(html)
    assert len(recall) < 0.2 * page_text_chars(tree) < len(balanced)
    text = extract_main(tree, None)["text"]
    assert "Point 99 is about the ferry timetable." in text
    assert len(text) == len(balanced)


def test_fallback_does_not_bring_pruned_chrome_back():
    notice = "We use cookies to personalise ads and measure our audience across the site and its partners."
    html = _article_continued_outside_its_element().replace(
        "<body>", f"<body><div class='cookie-consent'><p>{notice}</p><p>{notice}</p></div>")
    tree = parse_html(html)
    removed = chrome.prune_html(tree)
    assert any(r.rule == "cookie-notice" for r in removed)
    assert notice not in extract_main(tree, None)["text"]


def test_extraction_leaves_the_tree_as_it_was():
    # metadata.finish reads the same tree after extraction
    tree = parse_html(_article_continued_outside_its_element())
    before = len(tree.xpath("//*"))
    extract_main(tree, None)
    assert len(tree.xpath("//*")) == before


STORY = (
    "The ferry that used to leave at dawn now sails twice a week, so the market traders who relied on it "
    "have moved their stalls to the ring road, where parking is free.",
    "Council officers told the meeting that the money would go first to the quay wall, which the storms "
    "of the last two winters have cracked in at least four places.",
    "The harbour master said the dredging contract would be signed in spring, after two tenders failed "
    "because nobody could guarantee the work before the autumn gales.",
)


def test_article_trafilatura_discards_is_rescued_by_justext():
    # a theme whose article wrapper carries a class trafilatura reads as a comment section: it drops
    # the whole wrapper, in both focuses, and only the lead is left
    html = ("<html><body><h1>Harbour plan</h1><p>" + HARBOUR + "</p><div class='post-comments'>"
            + "".join(f"<p>{s}</p>" for s in STORY * 3) + "</div></body></html>")
    assert STORY[1] not in _extracted(html, RECALL_OPTIONS)
    assert STORY[1] not in _extracted(html, TRAFILATURA_OPTIONS)
    text = extract_main(parse_html(html), None)["text"]
    assert all(s in text for s in STORY)
    assert text.count(STORY[2]) == 3


def test_justext_is_not_asked_when_trafilatura_found_the_article():
    # jusText would keep the promo block below the article; trafilatura rightly leaves it out
    html = _teaser_classed_article().replace(
        "</article>", f"</article><div class='sidebar'><p>{STORY[0]}</p></div>")
    tree = parse_html(html)
    assert STORY[0] in justext_text(tree)
    text = extract_main(tree, None)["text"]
    assert LEAD in text
    assert STORY[0] not in text
