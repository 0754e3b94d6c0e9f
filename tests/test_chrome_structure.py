"""Structural chrome rules (issue 3): rules on where a block sits and how it is marked up, not on
its words: component-style class names and the blocks that follow a marked article body."""

from __future__ import annotations

from pipeline import chrome
from pipeline.clean import clean_html
from pipeline.extract import parse_html

from chrome_texts import ARTICLE, ARTICLE_2

ARTICLE_3 = (
    "Battery life is the headline: a full day of heavy use left a third of the charge, and the "
    "bundled charger refills it in under an hour. Software updates are promised for five years, "
    "which makes the asking price easier to accept than last year's."
)
BODY = f"<p>{ARTICLE}</p><p>{ARTICLE_2}</p><p>{ARTICLE_3}</p>"


def pruned(html: str) -> tuple[str, list[chrome.Removal]]:
    tree = parse_html(html)
    removed = chrome.prune_html(tree)
    return " ".join(tree.text_content().split()), removed


def rules_of(removed: list[chrome.Removal], snippet: str) -> set[str]:
    return {r.rule for r in removed if snippet in r.text}


# --- component class names ----------------------------------------------------------------------

def test_camel_case_component_names_mark_chrome_like_dashed_ones():
    # CSS-in-JS and component frameworks name boxes "SiteFooter", "StyledCTA", "PostSocialLinks".
    chrome_boxes = (
        "<div class='SiteFooter_wrapper'><p>Get the week's best deals every Friday.</p></div>"
        "<div class='CommunityCTAStyles__StyledCTA-sc-9f8e7d'><h2>Deploy in one click</h2></div>"
        "<div class='PostSocialLinks'><a>Post it</a></div>"
    )
    text, removed = pruned(f"<html><body><article><h1>Phone review</h1>{BODY}{chrome_boxes}</article></body></html>")
    assert ARTICLE in text and ARTICLE_3 in text
    assert rules_of(removed, "best deals every Friday") == {"site-footer"}
    assert rules_of(removed, "Deploy in one click") == {"call-to-action"}
    assert rules_of(removed, "Post it") == {"share-bar"}


def test_camel_case_article_body_names_are_not_chrome():
    # "ArticleBody", "ContentWithSidebar": the component names the article or the layout around it.
    html = (
        "<html><body><div class='PageLayout ContentWithSidebar'>"
        f"<div class='ArticleBody RichText'>{BODY}</div></div></body></html>"
    )
    text, removed = pruned(html)
    assert ARTICLE in text and ARTICLE_2 in text and ARTICLE_3 in text
    assert removed == []


# --- blocks after the marked article body -------------------------------------------------------

AFTER_BODY = (
    "<div class='entry-extras'><p>Filed under phones and reviews by our gadget desk.</p></div>"
    "<div class='box-3'><h3>Join the conversation</h3><p>Tell us what you think below.</p></div>"
)


def test_blocks_after_the_article_body_inside_its_article_are_removed():
    html = (
        "<html><body><article><h1>Phone review</h1><p class='lede'>Our verdict after two weeks.</p>"
        f"<div itemprop='articleBody'>{BODY}</div>{AFTER_BODY}</article>"
        "<p>Footer text outside the article stays for the extractor to judge.</p></body></html>"
    )
    text, removed = pruned(html)
    assert ARTICLE in text and ARTICLE_3 in text
    assert "Our verdict after two weeks." in text  # before the body: headline, lede, byline
    assert "Filed under phones" not in text and "Join the conversation" not in text
    assert rules_of(removed, "Filed under phones") == {"after-article"}
    # The rule stops at the article's own end.
    assert "Footer text outside the article" in text


def test_blocks_after_the_article_body_are_removed_from_the_cleaned_text():
    html = (
        "<html><head><title>Phone review</title></head><body><main><h1>Phone review</h1>"
        f"<div itemprop='articleBody'>{BODY}</div>{AFTER_BODY}</main></body></html>"
    )
    result = clean_html(html.encode(), "https://example.com/reviews/phone")
    assert ARTICLE in result.text and ARTICLE_3 in result.text
    assert "Join the conversation" not in result.text
    assert "after-article" in {r.rule for r in result.removed}


def test_article_continuing_after_a_short_body_marker_is_kept():
    # The marked body holds little of the page's text (a teaser, the rest follows unmarked):
    # what follows it is the article, not its footer.
    html = (
        "<html><body><article><h1>Phone review</h1>"
        f"<div itemprop='articleBody'><p>{ARTICLE}</p></div><div><p>{ARTICLE_2}</p><p>{ARTICLE_3}</p></div>"
        "</article></body></html>"
    )
    text, removed = pruned(html)
    assert ARTICLE_2 in text and ARTICLE_3 in text
    assert not any(r.rule == "after-article" for r in removed)


def test_long_section_after_the_article_body_is_kept():
    # A block with several long paragraphs is more article (an appendix, a second part).
    more = "".join(f"<p>{p}</p>" for p in (ARTICLE_3, ARTICLE_2, ARTICLE))
    html = (
        "<html><body><article><h1>Phone review</h1>"
        f"<div itemprop='articleBody'>{BODY}{BODY}</div><section>{more}</section></article></body></html>"
    )
    text, removed = pruned(html)
    assert not any(r.rule == "after-article" for r in removed)


def test_page_with_two_article_bodies_is_left_to_the_other_rules():
    # A listing page marks every teaser as an article body: "after" one of them means nothing.
    html = (
        "<html><body><main>"
        f"<article><div itemprop='articleBody'>{BODY}</div><p>Second block after the first body.</p></article>"
        f"<article><div itemprop='articleBody'>{BODY}</div></article>"
        "</main></body></html>"
    )
    text, removed = pruned(html)
    assert "Second block after the first body." in text
    assert not any(r.rule == "after-article" for r in removed)


# --- the sign-off after the article's last rule ---------------------------------------------------

def test_short_tail_after_the_last_rule_is_a_closing_note():
    tail = "<hr><p><em>Want meals like these delivered? Get started with one of our plans.</em></p>"
    text, removed = pruned(f"<html><body><div class='story'><h1>Phone review</h1>{BODY}{tail}</div></body></html>")
    assert ARTICLE in text and ARTICLE_3 in text
    assert "Get started with one of our plans" not in text
    assert rules_of(removed, "Get started with one of our plans") == {"closing-note"}


def test_section_after_a_rule_is_kept():
    # A rule that opens a new section (its own heading) or a long stretch of text is article.
    section = "<hr><h2>Verdict</h2><p>Buy it if battery life matters most to you.</p>"
    text, removed = pruned(f"<html><body><div class='story'><h1>Phone review</h1>{BODY}{section}</div></body></html>")
    assert "Buy it if battery life matters most" in text
    long_tail = f"<hr><p>{ARTICLE_2}</p><p>{ARTICLE_3}</p>"
    html = f"<html><body><div class='story'><h1>Phone review</h1><p>{ARTICLE}</p>{long_tail}</div></body></html>"
    text, removed = pruned(html)
    assert ARTICLE_2 in text and ARTICLE_3 in text
    assert not any(r.rule == "closing-note" for r in removed)


def test_rule_outside_the_article_container_removes_nothing():
    # A rule in a small box elsewhere on the page (a sidebar card) says nothing about the article.
    box = "<div class='card'><p>Card title</p><hr><p>Card footer line</p></div>"
    text, removed = pruned(f"<html><body><div class='story'><h1>Phone review</h1>{BODY}</div>{box}</body></html>")
    assert "Card footer line" in text
    assert not any(r.rule == "closing-note" for r in removed)


# --- a closing list of links ---------------------------------------------------------------------

TEASERS = ["How we test phones", "The best budget earbuds", "Our guide to fast chargers", "Phones to skip this year"]
LINKED_PAGE = (
    "<html><head><title>Phone review</title></head><body><div class='story'><h1>Phone review</h1>"
    f"<p>{ARTICLE} Read <a href='/m'>our method</a> for details.</p><p>{ARTICLE_2}</p><p>{ARTICLE_3}</p>"
    # Cards: a linked headline and a teaser under each, the markup the extractor keeps as text.
    + "".join(f"<h3><a href='/p{i}'>{t}</a></h3><p>A short summary of the story behind the link.</p>"
              for i, t in enumerate(TEASERS))
    + "</div></body></html>"
)


def test_list_of_links_closing_the_text_is_removed():
    links = frozenset(t.lower() for t in TEASERS)
    out, removed = chrome.filter_text("\n".join([ARTICLE, ARTICLE_2, *(f"- {t}" for t in TEASERS)]), links=links)
    assert out.splitlines() == [ARTICLE, ARTICLE_2]
    assert {r.rule for r in removed} == {"link-list"} and len(removed) == len(TEASERS)


def test_links_with_a_teaser_under_each_are_removed_with_their_teasers():
    lines = [ARTICLE, ARTICLE_2]
    for t in TEASERS[:3]:
        lines += [t, "A short summary of the story behind the link."]
    out, removed = chrome.filter_text("\n".join(lines), links=frozenset(t.lower() for t in TEASERS))
    assert out.splitlines() == [ARTICLE, ARTICLE_2]


def test_closing_link_list_is_removed_from_the_cleaned_page():
    result = clean_html(LINKED_PAGE.encode(), "https://example.com/reviews/phone")
    assert ARTICLE_3 in result.text and "our method" in result.text
    assert not any(t in result.text for t in TEASERS) and "story behind the link" not in result.text
    assert "link-list" in {r.rule for r in result.removed}


def test_links_that_do_not_close_the_text_are_kept():
    # A list of linked items in the middle of an article is its own content.
    links = frozenset(t.lower() for t in TEASERS)
    text = "\n".join([ARTICLE, *(f"- {t}" for t in TEASERS), ARTICLE_2, ARTICLE_3])
    out, removed = chrome.filter_text(text, links=links)
    assert out == text and removed == []


def test_two_closing_links_or_a_text_made_only_of_links_are_kept():
    links = frozenset(t.lower() for t in TEASERS)
    short = "\n".join([ARTICLE, ARTICLE_2, TEASERS[0], TEASERS[1]])
    assert chrome.filter_text(short, links=links) == (short, [])
    only = "\n".join(TEASERS)
    assert chrome.filter_text(only, links=links) == (only, [])


def test_closing_reference_list_of_addresses_is_kept():
    # Links that show their address are cited sources, not a menu.
    refs = ["https://example.org/report-2024", "https://example.org/battery-study", "https://example.net/survey"]
    text = "\n".join([ARTICLE, ARTICLE_2, *refs])
    assert chrome.filter_text(text, links=frozenset(refs)) == (text, [])


def test_closing_prose_with_a_few_linked_lines_is_kept():
    # Mostly sentences with a linked line here and there: the article's own ending.
    links = frozenset(t.lower() for t in TEASERS)
    text = "\n".join([ARTICLE, TEASERS[0], ARTICLE_2, ARTICLE_3, TEASERS[1], ARTICLE, ARTICLE_2, TEASERS[2], ARTICLE_3])
    out, removed = chrome.filter_text(text, links=links)
    assert out == text and removed == []


# --- the standfirst repeating the description -----------------------------------------------------

DESCRIPTION = ("A brighter screen and a bigger battery make this the phone to beat, "
               "though the camera still trails its rivals at night.")


def _standfirst_page(header: str, body: str) -> str:
    return (f"<html><head><title>Phone review</title><meta name='description' content='{DESCRIPTION}'></head>"
            f"<body><main><article><header><h1>Phone review</h1>{header}</header>"
            f"<div class='text'>{body}</div></article></main></body></html>")


def test_standfirst_under_the_headline_repeating_the_description_is_removed():
    html = _standfirst_page(f"<h2 class='sub-headline'>{DESCRIPTION}</h2>", BODY)
    page = clean_html(html, "https://phones.example.com/review")
    assert DESCRIPTION not in page.text
    assert ARTICLE in page.text and ARTICLE_3 in page.text
    assert [r.rule for r in page.removed if r.text == DESCRIPTION] == ["standfirst"]


def test_opening_body_paragraph_that_serves_as_the_description_is_kept():
    # the same words as the first paragraph of the body, beside the body's other paragraphs
    html = _standfirst_page("", f"<p>{DESCRIPTION}</p>{BODY}")
    page = clean_html(html, "https://phones.example.com/review")
    assert DESCRIPTION in page.text
    assert not [r for r in page.removed if r.rule == "standfirst"]


def test_sub_heading_that_merely_starts_the_description_is_kept():
    heading = "A brighter screen and a bigger battery"
    html = _standfirst_page("", f"<p>{ARTICLE}</p><h2>{heading}</h2>{BODY}")
    page = clean_html(html, "https://phones.example.com/review")
    assert heading in page.text


# --- the name on a link to the author's page ------------------------------------------------------

def test_line_that_is_only_the_author_link_is_removed_and_sentences_naming_the_author_stay():
    sentence = ("Dana Whitfield tested the phone for two weeks on trains and at concerts, and "
                "Dana Whitfield says the battery never ran out before the evening.")
    tree = parse_html("<html><body><p>By <a href='/authors/dana-whitfield'>Dana Whitfield</a></p>"
                      "<p><a rel='author' href='/u/17'>Sam Okafor</a></p></body></html>")
    authors = chrome.page_link_texts(tree)[1]
    text, removed = chrome.filter_text(
        f"Dana Whitfield\n{ARTICLE}\n{sentence}\n{ARTICLE_2}\nBy Dana Whitfield\n- Sam Okafor", authors=authors)
    assert text == f"{ARTICLE}\n{sentence}\n{ARTICLE_2}"
    assert [r.rule for r in removed] == ["author-link"] * 3


def test_line_naming_a_person_without_an_author_link_is_kept():
    lines = "Dana Whitfield\n" + ARTICLE
    text, removed = chrome.filter_text(lines, authors=chrome.page_link_texts(parse_html(
        "<html><body><a href='/topics/phones'>Dana Whitfield</a></body></html>"))[1])
    assert text.startswith("Dana Whitfield") and removed == []


def test_author_name_alone_at_an_edge_is_the_byline_and_the_same_name_in_a_sentence_stays():
    sentence = ("Dana Whitfield, who tested the phone for us, says the battery never ran out before "
                "the evening, even on days full of navigation and video calls.")
    lines = [ "By Dana Whitfield", ARTICLE, sentence, ARTICLE_2, "- Dana Whitfield"]
    text, removed = chrome.filter_text("\n".join(lines), names=frozenset({"dana whitfield"}))
    assert text == "\n".join([ARTICLE, sentence, ARTICLE_2])
    assert [r.rule for r in removed] == ["author-name", "author-name"]


def test_author_name_alone_in_the_middle_of_a_long_text_is_kept():
    middle = [ARTICLE] * 7 + ["Dana Whitfield"] + [ARTICLE_2] * 7
    text, removed = chrome.filter_text("\n".join(middle), names=frozenset({"dana whitfield"}))
    assert "Dana Whitfield" in text and removed == []


# --- shouted lines: teasers link away, sub-headings do not -----------------------------------------

SHOUTED = "WHY THE BATTERY OUTLASTS EVERY PHONE WE TESTED THIS YEAR"


def test_shouted_sub_heading_inside_the_text_that_links_nowhere_is_kept():
    lines = [ARTICLE] * 7 + [SHOUTED] + [ARTICLE_2] * 7
    text, removed = chrome.filter_text("\n".join(lines), links=frozenset({"home", "reviews"}))
    assert SHOUTED in text and removed == []


def test_shouted_teaser_linking_to_another_story_is_removed():
    lines = [ARTICLE] * 7 + [SHOUTED] + [ARTICLE_2] * 7
    text, removed = chrome.filter_text("\n".join(lines), links=frozenset({SHOUTED.lower()}))
    assert SHOUTED not in text and [r.rule for r in removed] == ["all-caps-teaser"]


# --- banners -------------------------------------------------------------------------------------

def test_promo_banner_is_removed_and_an_article_about_banners_stays():
    about = ("The shop hung a new banner over the door, and the banner ad campaign that followed "
             "doubled the number of people who came in to try the phone.")
    html = ("<html><body><div class='site-banner'><p>Winter sale: 20% off every case this week</p></div>"
            f"<article><h1>Phone review</h1><p>{about}</p>{BODY}"
            "<div class='app-banner'><p>Get the app and read offline</p></div></article></body></html>")
    text, removed = pruned(html)
    assert about in text and ARTICLE_3 in text
    assert rules_of(removed, "Winter sale") == {"banner"} and rules_of(removed, "read offline") == {"banner"}


def test_hero_banner_holding_the_headline_and_the_article_is_kept():
    html = f"<html><body><div class='hero-banner'><h1>Phone review</h1>{BODY}</div></body></html>"
    text, removed = pruned(html)
    assert ARTICLE in text and removed == []
