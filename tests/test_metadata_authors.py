"""Authors: visible bylines as readers see them, and when they beat structured data."""

from __future__ import annotations

import json

import pytest

from metadata_pages import BODY, HEADLINE, URL, page
from pipeline.authors import author_box, name_line, split_names, text_byline
from pipeline.clean import clean_html


def ld(author) -> str:
    """A JSON-LD Article with the given author value."""
    obj = {"@context": "https://schema.org", "@type": "Article", "headline": HEADLINE,
           "author": author}
    return f"<script type='application/ld+json'>{json.dumps(obj)}</script>"


def lines(*text: str) -> str:
    """Byline markup, one element per line as many sites write it."""
    return "".join(f"<span>{t}</span><br>" for t in text)


def test_single_name_after_a_by_line_beats_a_later_author_label():
    byline = lines("by", "Amanda", "· Dec 20, 2025 at 3:00 am ·")
    after = "<div class='book'><p>Author: Hannah Parry</p></div>"
    assert clean_html(page(byline=byline, after=after), URL).authors == ["Amanda"]


def test_photo_credit_is_not_a_byline():
    text = f"{HEADLINE}\nI was not a happy reader. Photo by\nMira Solberg\non\nUnsplash"
    assert text_byline(text, 0) == []
    assert text_byline(f"{HEADLINE}\nBy\nTomas Reyhan\nDec 26, 2025", 0) == ["Tomas Reyhan"]


def test_names_written_one_per_line_are_all_kept():
    byline = lines("Rui Ma", ",", "Heba Ledwon", ",", "Manoel Cortes Mendez", "&", "Suparn Patra",
                   "Nov 25th, 2025")
    p = clean_html(page(ld({"@type": "Person", "name": "Rui Ma"}), byline), URL)
    assert p.authors == ["Rui Ma", "Heba Ledwon", "Manoel Cortes Mendez", "Suparn Patra"]


def test_written_by_label_keeps_every_name_and_stops_at_the_reviewer():
    text = (f"{HEADLINE}\nWritten by\nDr Marna van der Merwe\n,\nErik van Vulpen\nReviewed by\n"
            "Monika Nemcova\n17 minutes read")
    assert name_line(text, 0) == ["Dr Marna van der Merwe", "Erik van Vulpen"]


def test_affiliation_after_a_name_is_not_an_author():
    byline = lines("By", "Advaita Suresh", ",", "Global Desk", "Last Updated: Dec 19, 2025")
    p = clean_html(page(ld({"@type": "Person", "name": "Advaita Suresh"}), byline), URL)
    assert p.authors == ["Advaita Suresh"]


def test_visible_byline_drops_editors_that_structured_data_adds():
    author = [{"@type": "Person", "name": n}
              for n in ("Clara Voss", "Ivo Marchetti", "Nadia Brook")]
    byline = lines("by", "Clara Voss", "March 3, 2024")
    assert clean_html(page(ld(author), byline), URL).authors == ["Clara Voss"]


def test_name_role_and_date_on_one_line_is_a_byline():
    byline = "<p>Paul Okafor | Senior Writer | July 2, 2025</p>"
    assert clean_html(page(byline=byline), URL).authors == ["Paul Okafor"]


def test_team_signing_beside_a_date_is_the_author():
    byline = lines("The Harbourpost Team", "Published", "|", "Oct 10, 2025")
    assert clean_html(page(byline=byline), URL).authors == ["The Harbourpost Team"]


def test_name_and_date_above_the_headline_is_a_byline():
    html = (f"<html><body><p>Dec 17, 2025</p><p>Julian K. Arni</p><h1>{HEADLINE}</h1>{BODY}"
            "</body></html>")
    assert clean_html(html, URL).authors == ["Julian K. Arni"]


def test_breadcrumb_section_beside_a_date_is_not_an_author():
    text = f"{HEADLINE}\nArticles\n/\nCleaning Industry Trends\nLast updated on December 20, 2024."
    assert name_line(text, 0) == []


def test_person_named_like_a_personal_site_is_its_author():
    head = ld({"@type": "Person", "name": "Lena Hartwig"})
    head += "<meta property='og:site_name' content='Lena Hartwig'>"
    byline = "<p>Porting the HTML parser written by Emil Stenström</p>"
    assert clean_html(page(head, byline), URL).authors == ["Lena Hartwig"]


def test_brand_typed_as_a_person_is_not_the_author():
    head = ld({"@type": "Person", "name": "HARBOUR POST"})
    head += "<meta property='og:site_name' content='Harbour Post'>"
    p = clean_html(page(head, "<p>By Brian Truitt</p>"), URL)
    assert p.authors == ["Brian Truitt"]


@pytest.mark.parametrize("raw, expected", [
    ("April Fulton", ["April Fulton"]),      # a month that is a first name
    ("Audiophile On", ["Audiophile On"]),    # "On" in a name is not "on <date>"
    ("Jane Doe on May 3", ["Jane Doe"]),
    ("Mahua Das in", ["Mahua Das"]),         # "Jane Doe in" + a section on the next line
    ("August", []),                          # a month alone is not a name
    ("Rebecca Lake, CEPF®", ["Rebecca Lake"]),
])
def test_names_are_cut_where_the_byline_moves_on(raw, expected):
    assert split_names(raw) == expected


def test_by_line_with_a_one_word_account_name_is_a_byline():
    byline = "<p><time datetime='2025-12-19'>12/19 — 2025</time></p><p>by   mkoval </p>"
    assert clean_html(page(byline=byline), URL).authors == ["mkoval"]


@pytest.mark.parametrize("line", ["By clicking", "by the way", "by 2030", "by using our site"])
def test_by_starting_a_sentence_is_not_a_byline(line):
    assert text_byline(f"{HEADLINE}\n{line}\nmore text", 0) == []


def test_name_above_a_bio_that_starts_with_it_is_the_author():
    after = ("<div class='bio'><div>Oskar Lindqvist</div><p>Oskar Lindqvist is a marketing "
             "professional who writes about clinics.</p></div>")
    assert clean_html(page(after=after), URL).authors == ["Oskar Lindqvist"]


def test_school_described_in_a_list_is_not_an_author_bio():
    after = "<h3>MIT Sloan</h3><p>MIT Sloan is strong in technology.</p>"
    assert author_box(f"{HEADLINE}\nMIT Sloan\nMIT Sloan is strong in technology.") == []
    assert clean_html(page(after=after), URL).authors == []


def test_personal_site_is_signed_by_the_person_it_is_named_after():
    html = page("<title>Why I self-host my mail | Ines Carvalho</title>")
    assert clean_html(html, "https://inescarvalho.example/notes/mail").authors == ["Ines Carvalho"]
    # the first name alone as the host, when the <title> gives the whole name
    assert clean_html(html, "https://ines.example/notes/mail").authors == ["Ines Carvalho"]


@pytest.mark.parametrize("site", ["Harbour Consulting", "Harbour Post", "HPT Group"])
def test_site_named_after_an_organisation_is_not_an_author(site):
    html = page(f"<meta property='og:site_name' content='{site}'><title>Post | {site}</title>")
    assert clean_html(html, URL).authors == []


def test_citation_author_tags_written_surname_first_are_one_person_each():
    head = ("<meta name='citation_author' content='Okafor, Paul'>"
            "<meta name='citation_author' content='Lindqvist, Oskar'>")
    assert clean_html(page(head), URL).authors == ["Paul Okafor", "Oskar Lindqvist"]


def test_seo_plugin_written_by_label_names_the_author():
    head = ("<meta name='twitter:label1' content='Written by'>"
            "<meta name='twitter:data1' content='Ines Carvalho'>"
            "<meta name='twitter:label2' content='Est. reading time'>"
            "<meta name='twitter:data2' content='9 minutes'>")
    assert clean_html(page(head), URL).authors == ["Ines Carvalho"]


def test_authors_with_affiliation_marks_are_all_kept():
    head = "<meta name='author' content='Mira Solberg'>"
    byline = lines("Authors of this article:", "Mira Solberg", "1", ";", "Tomas Reyhan", "1,2", ";",
                   "Ines Carvalho", "3", "Article")
    p = clean_html(page(head, byline), URL)
    assert p.authors == ["Mira Solberg", "Tomas Reyhan", "Ines Carvalho"]


def test_meta_author_is_kept_when_the_byline_names_someone_else_first():
    head = "<meta name='author' content='Mira Solberg, Ines Carvalho'>"
    p = clean_html(page(head, lines("By", "Mira Solberg", "Dec 3, 2025")), URL)
    assert p.authors == ["Mira Solberg", "Ines Carvalho"]


def test_link_to_an_author_page_names_the_author():
    byline = ("<div><a href='/author/ines-carvalho/'><img alt=''></a>"
              "<a href='/author/ines-carvalho/'>Ines Carvalho</a></div>")
    assert clean_html(page(byline=byline), URL).authors == ["Ines Carvalho"]


def test_clinic_typed_as_a_person_and_named_like_the_site_is_not_the_author():
    head = ld({"@type": "Person", "name": "Harbour Clinic"})
    head += "<meta property='og:site_name' content='Harbour Clinic'>"
    byline = "<p><a href='https://x.example/authors/mira-solberg'>Mira Solberg</a></p>"
    assert clean_html(page(head, byline), URL).authors == ["Mira Solberg"]


def test_headline_repeated_in_a_menu_still_finds_the_byline_under_it():
    menu = f"<nav><ul><li>{HEADLINE}</li><li>Older post</li></ul></nav>" + "<p>Menu item</p>" * 60
    byline = "<p>2025-12-17</p><p>·</p><p>Tomas Reyhan</p>"
    html = (f"<html><head><title>{HEADLINE}</title></head><body>{menu}<h1>{HEADLINE}</h1>{byline}"
            f"{BODY}</body></html>")
    assert clean_html(html, URL).authors == ["Tomas Reyhan"]


def test_people_described_one_after_another_are_not_the_author():
    text = (f"{HEADLINE}\nJack Marlow\nJack Marlow is a conceptual artist.\nNina Holt\n"
            "Nina Holt is a painter.")
    assert author_box(text) == []


def test_byline_naming_a_team_yields_to_the_person_written_by_names_below():
    byline = "<p>By <a href='/authors/harbour-team'>Team Harbour Post</a></p>"
    after = "<p>Written by <a href='https://x.example/ana'>Ana Lima</a></p><h2>Related posts</h2>"
    head = "<meta property='og:site_name' content='Harbour Post Blog'>"
    assert clean_html(page(head, byline, after), URL).authors == ["Ana Lima"]


@pytest.mark.parametrize("line, expected", [
    ("Von Anna Schmidt und Jonas Weber", ["Anna Schmidt", "Jonas Weber"]),
    ("Par Jeanne Martin", ["Jeanne Martin"]),
    ("Por María López y Ana Ruiz", ["María López", "Ana Ruiz"]),
    ("Door Hardware", []),                       # a menu item, not a Dutch byline
])
def test_bylines_in_other_languages_are_read(line, expected):
    assert text_byline(f"{HEADLINE}\n{line}\n4. März 2024", 0) == expected


@pytest.mark.parametrize("label", ["Fact checked by:", "Reviewed by", "Edited by"])
def test_checker_or_editor_credit_is_not_a_byline(label):
    assert text_byline(f"{HEADLINE}\nAna Lima\n{label} Tomas Reyhan\nMarch 12, 2026", 0) == []


def test_byline_two_sources_agree_on_beats_a_different_structured_author():
    head = ld({"@type": "Person", "name": "Nadia Brook"})
    head += "<meta name='author' content='Clara Voss'>"
    p = clean_html(page(head, lines("By Clara Voss", "March 3, 2024")), URL)
    assert p.authors == ["Clara Voss"]


def test_microdata_author_name_given_in_a_meta_tag_is_read():
    byline = ("<div itemprop='author creator' itemscope itemtype='https://schema.org/Person'>"
              "<meta itemprop='name' content='Ines Carvalho'><img alt=''></div>")
    assert clean_html(page(byline=byline), URL).authors == ["Ines Carvalho"]


def test_rel_author_among_other_rel_tokens_is_a_byline():
    import lxml.html

    from pipeline.authors import MARKUP_BYLINES, bylines

    byline = "<p><a rel='author noopener' href='https://x.example/ines'>Ines Carvalho</a></p>"
    assert bylines(lxml.html.fromstring(page(byline=byline)), MARKUP_BYLINES) == ["Ines Carvalho"]


def test_site_name_beside_the_date_yields_to_a_linked_author():
    head = "<meta property='og:site_name' content='Quiet Signals'>"
    byline = lines("Quiet Signals", "May 1, 2025")
    after = "<footer><a href='/author/mira-solberg/'>Mira Solberg</a></footer>"
    assert clean_html(page(head, byline, after), URL).authors == ["Mira Solberg"]


def test_by_line_right_under_the_headline_beats_a_declared_author_naming_someone_else():
    head = ld({"@type": "Person", "name": "Oskar Lindqvist"})
    p = clean_html(page(head, lines("Reviews", "By: Talia Brennan", "Share")), URL)
    assert p.authors == ["Talia Brennan"]


def test_by_inside_a_sentence_under_the_headline_does_not_beat_the_declared_author():
    head = ld({"@type": "Person", "name": "Oskar Lindqvist"})
    byline = "<p>A portrait of the town, as told by Talia Brennan</p>"
    assert clean_html(page(head, byline), URL).authors == ["Oskar Lindqvist"]


def test_tag_manager_data_layer_names_the_author_when_nothing_else_does():
    head = ("<script>var dataLayer_content = {\"pagePostType\":\"post\","
            "\"pagePostAuthor\":\"Ren\\u00e9 Okafor\"};</script>")
    assert clean_html(page(head), URL).authors == ["René Okafor"]


def test_data_layer_author_yields_to_a_visible_byline():
    head = "<script>var dataLayer_content = {\"pagePostAuthor\":\"siteadmin\"};</script>"
    assert clean_html(page(head, lines("By Talia Brennan", "March 3, 2024")), URL).authors == [
        "Talia Brennan"]


@pytest.mark.parametrize("line, expected", [
    ("By Émile Duvalier", ["Émile Duvalier"]),
    ("By Łucja Nowicka and Ólöf Arnardóttir", ["Łucja Nowicka", "Ólöf Arnardóttir"]),
    ("By Talia Brennan, Oskar Lindqvist, and Mira Solberg",
     ["Talia Brennan", "Oskar Lindqvist", "Mira Solberg"]),
    ("By Talia Brennan for The Harbour Post", ["Talia Brennan"]),
    ("Reporting by Talia Brennan; Editing by Oskar Lindqvist", ["Talia Brennan"]),
])
def test_byline_forms_are_read(line, expected):
    assert text_byline(f"{HEADLINE}\n{line}\nMarch 3, 2024", 0) == expected


def test_oxford_comma_before_and_does_not_make_and_part_of_a_name():
    names = split_names("Ana Lima, Li Wei, and Tomas Reyhan")
    assert names == ["Ana Lima", "Li Wei", "Tomas Reyhan"]


def test_accented_name_beside_a_date_is_a_byline():
    assert name_line(f"{HEADLINE}\nÉmile Duvalier\nMarch 3, 2024\nThe story.", 0) == [
        "Émile Duvalier"]


def test_name_is_not_dated_by_a_year_in_a_caption_or_paragraph_next_to_it():
    text = (f"{HEADLINE}\nMarch 3, 2024\nSome 4,000 boats were moored in the harbour in 1998, long "
            "before the storm came [File: Harbour Archive]\nPort Ellery\nSailing Club")
    assert name_line(text, 0) == []


def test_linked_name_inside_a_sentence_is_not_a_byline():
    text = (f"{HEADLINE}\nMarch 3, 2024\nTwo\nNorth Harbour\nfishermen were rescued on "
            "Tuesday, the coastguard said.")
    assert name_line(text, 0) == []
    text = f"{HEADLINE}\nMarch 3, 2024\nThis article was written by\nTalia Brennan\nShare"
    assert name_line(text, 0) == ["Talia Brennan"]


@pytest.mark.parametrize("raw, expected", [
    ("Текст: Анна Петрова", ["Анна Петрова"]),
    ("Texto: Ana Lima", ["Ana Lima"]),
])
def test_text_credit_labels_in_other_languages_are_not_part_of_the_name(raw, expected):
    assert split_names(raw) == expected


def test_cyrillic_name_beside_a_date_is_a_byline():
    assert name_line(f"{HEADLINE}\nАнна Петрова\n24.09.2018\nThe story.", 0) == ["Анна Петрова"]


def test_name_in_an_elementor_author_box_is_the_author():
    after = ("<div class='elementor-author-box'><div class='elementor-author-box__text'>"
             "<h4 class='elementor-author-box__name'>Marit Solheim (Content Manager)</h4>"
             "</div></div>")
    assert clean_html(page(after=after), URL).authors == ["Marit Solheim"]


def test_name_beside_a_date_under_a_long_standfirst_is_a_byline():
    standfirst = ("In a town that prefers to look away, one detective keeps asking questions. "
                  "Here the critic weighs a slow, patient series about memory, guilt and the "
                  "sea, and asks whether its quiet pace pays off across eight long episodes, "
                  "and whether its final hours earn the patience that the middle of the season "
                  "asks of anyone who stays with it through the grey afternoons.")
    text = f"{HEADLINE}\n{standfirst}\nSeren Takahashi\n2024-11-23T08:10+02:00\nThe series opens"
    assert name_line(text, 0) == ["Seren Takahashi"]


def test_by_line_signed_by_the_team_in_lower_case_is_a_byline():
    assert text_byline(f"{HEADLINE}\nBy the Harbourpost Team\n2–3 minutes\nText", 0) == [
        "the Harbourpost Team"]
    assert text_byline(f"{HEADLINE}\nby the way\nText", 0) == []


def test_author_box_label_with_avatar_initials_and_job_lines_names_everyone():
    text = (f"{HEADLINE}\nBody text.\nshare this\nAuthor\nLK\nLeona Kaspar\n"
            "Staff Software Engineer, Harbour\nTW\nTobias Weller\n"
            "Director of Engineering, Harbour\nResources")
    assert author_box(text) == ["Leona Kaspar", "Tobias Weller"]


def test_copyright_footer_of_a_personal_site_names_its_author():
    footer = "<footer><p>© 2025 Ines Carvalho.</p><p>This site is open source</p></footer>"
    assert clean_html(page(after=footer), URL).authors == ["Ines Carvalho"]


@pytest.mark.parametrize("footer", [
    "Copyright © 2020 Harbour Advanced Materials, Inc. | All Rights",
    "© 2019-2025 Harbour Boats Ltd. All rights reserved.",
])
def test_copyright_footer_of_a_company_names_no_author(footer):
    assert author_box(f"{HEADLINE}\nBody text.\n{footer}") == []


def test_by_inside_a_sentence_near_the_headline_is_not_a_byline():
    text = (f"{HEADLINE}\nThe Long Night\n, subtitled “A Guide to the Harbour”, is a 160 page "
            "book, by Oren Pike and Lisa Moor, with maps by Dr Ada Quist. This is a massive book.")
    assert text_byline(text, 0) == []


@pytest.mark.parametrize("job", ["Senior Reporter", "Registered Dietitian, M.S. Nutrition"])
def test_name_over_a_job_title_under_the_headline_is_a_byline(job):
    text = f"{HEADLINE}\nMarisol Ferreira\n{job}\nThe series opens quietly."
    assert name_line(text, 0) == ["Marisol Ferreira"]


def test_sentence_under_a_name_is_not_a_job_title():
    text = f"{HEADLINE}\nMarisol Ferreira\nOur editor picked these.\nThe series opens quietly."
    assert name_line(text, 0) == []


def test_byline_below_a_row_of_share_buttons_is_read():
    share = "\n".join(["Reviews", "June 9, 2025", "21 minutes to read", "Share", "LinkedIn", "X",
                       "Facebook", "Email", "Copy link", "Print"])
    text = f"{HEADLINE}\n{share}\nOren Pike\nStaff Writer\nThe series opens quietly."
    assert name_line(text, 0) == ["Oren Pike"]


# -- issue #5: bylines as readers write them ---------------------------------------------------


@pytest.mark.parametrize("raw, expected", [
    ("Marit Solheim (Content Manager)", ["Marit Solheim"]),
    ("Marit Solheim (@msolheim)", ["Marit Solheim"]),
    ("Marit Solheim [Guest Writer]", ["Marit Solheim"]),
])
def test_bracket_after_a_name_is_not_part_of_it(raw, expected):
    assert split_names(raw) == expected


def test_bracket_inside_a_name_stays():
    assert split_names("Ana (Annie) Lima") == ["Ana (Annie) Lima"]


@pytest.mark.parametrize("label", ["team", "Staff", "Anonymous", "The Editorial Team"])
def test_team_label_declared_as_author_is_kept_when_no_person_is_named(label):
    p = clean_html(page(ld({"@type": "Person", "name": label})), URL)
    assert p.authors == [label]


def test_address_declared_as_author_is_kept_when_no_person_is_named():
    p = clean_html(page(ld({"@type": "Person", "name": "m.solheim@harbourpost.example"})), URL)
    assert p.authors == ["m.solheim@harbourpost.example"]


def test_person_byline_beats_a_declared_team_label():
    p = clean_html(page(ld({"@type": "Person", "name": "Staff"}), lines("By Oren Pike")), URL)
    assert p.authors == ["Oren Pike"]


def test_staff_label_over_the_date_signs_the_article():
    assert clean_html(page(byline=lines("Staff", "April 18, 2025")), URL).authors == ["Staff"]
    assert clean_html(page(byline=lines("By Staff")), URL).authors == ["Staff"]


def test_team_word_in_a_menu_is_no_byline():
    assert clean_html(page(byline=lines("Our Team", "Careers", "Contact")), URL).authors == []


def test_publication_after_the_name_in_an_author_tag_is_dropped():
    head = "<meta name='author' content='Oren Pike. Harbour Wire Service'>"
    after = "<p>Reporting: <span itemprop='author'>Oren Pike</span></p>"
    assert clean_html(page(head, after=after), URL).authors == ["Oren Pike"]


def test_hyphenated_surname_in_an_author_tag_is_no_publication():
    from pipeline.authors import _name_then_outlet

    assert _name_then_outlet("Oren Pike - Harbour Wire", "Oren Pike")
    assert not _name_then_outlet("Oren Pike-Larsen", "Oren Pike")
    assert not _name_then_outlet("Oren Pikeman", "Oren Pike")


def test_outlet_after_a_persons_name_is_not_a_second_author():
    head = "<meta name='author' content='Victor Almeida, Harbourlight'>"
    assert clean_html(page(head), URL).authors == ["Victor Almeida"]


@pytest.mark.parametrize("raw", ["Victor Almeida, Ines Duarte", "Maria, Katerina"])
def test_co_authors_after_a_name_stay(raw):
    head = f"<meta name='author' content='{raw}'>"
    assert clean_html(page(head), URL).authors == raw.split(", ")


@pytest.mark.parametrize("raw", [
    "Oren Pike, Reviewed by Lisa Moor",
    "Oren Pike, Medically reviewed by Dr Ada Quist, MD",
    "Oren Pike; Photography by Lisa Moor",
    "Written by Oren Pike, Fact checked by Lisa Moor",
])
def test_credit_for_other_work_after_the_authors_ends_them(raw):
    assert split_names(raw) == ["Oren Pike"]


def test_name_that_starts_like_a_credit_is_an_author():
    assert split_names("Oren Pike, Reed Byers") == ["Oren Pike", "Reed Byers"]


def test_byline_with_a_middle_initial_under_the_headline_beats_structured_data():
    p = clean_html(page(ld({"@type": "Person", "name": "Harbour Admin Account"}),
                        lines("By Jane Q. Doe", "March 3, 2024")), URL)
    assert p.authors == ["Jane Q. Doe"]


def test_lone_letter_without_a_dot_is_not_an_initial():
    from pipeline.authors import _person_shaped

    assert _person_shaped("Jane Q. Doe") and _person_shaped("J. R. Doe")
    assert not _person_shaped("A Guide") and not _person_shaped("Jane Q Doe")


def test_name_read_twice_from_one_element_is_one_name():
    # an avatar's label and the link's text, as one element's text
    assert split_names("Oren Pike Oren Pike") == ["Oren Pike"]


def test_name_with_a_repeated_word_stays_whole():
    assert split_names("Oren Pike Pike") == ["Oren Pike Pike"]
    assert split_names("Humbert Humbert") == ["Humbert Humbert"]
