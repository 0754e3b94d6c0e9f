"""Bylines and headlines as common CMSs print them: several linked authors, wire bylines,
place names in an author tag, commenters' vcards, photo credits, kickers glued to headlines."""

from __future__ import annotations

import json

from pipeline.clean import clean_html

BODY = ("<p>The council voted on Tuesday to fund the new well, ending a debate that has run for two "
        "years and divided the village board along familiar lines.</p>"
        "<p>Residents who spoke at the meeting mostly backed the plan, though several asked how the "
        "cost would reach their water bills over the next decade.</p>") * 3


def _page(head: str, body: str) -> bytes:
    return f"<html><head>{head}</head><body>{body}</body></html>".encode()


def _ld(obj: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def test_every_declared_author_shown_on_the_page_is_kept_though_only_the_first_is_linked():
    ld = _ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Council funds the well",
              "author": [{"@type": "Person", "name": "Naomi Hartwell"}, {"@type": "Person", "name": "Julian Perez"}]})
    body = ("<article><h1>Council funds the well</h1><div class='byline'>By <a rel='author' "
            "href='/people/naomi-hartwell/'>Naomi Hartwell</a> and Julian Perez</div>" + BODY + "</article>")
    page = clean_html(_page("<title>Council funds the well</title>" + ld, body), "https://example.org/a/1")
    assert page.authors == ["Naomi Hartwell", "Julian Perez"]


def test_a_wire_byline_in_capitals_gives_the_writer_without_the_agency():
    ld = _ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Storm closes ports",
              "author": {"@type": "Person", "name": "MARIA OKONKWO Associated Press"}})
    body = "<article><h1>Storm closes ports</h1>" + BODY + "</article>"
    page = clean_html(_page("<title>Storm closes ports</title>" + ld, body), "https://example.org/a/2")
    assert page.authors == ["Maria Okonkwo"]


def test_an_author_tag_holding_a_place_yields_to_the_byline_readers_see():
    head = ('<title>Norddeutschland baut Windräder</title><meta property="og:site_name" content="Nord-Rundschau">'
            '<meta name="author" content="Nord-Rundschau, Hamburg, Germany">')
    body = ("<article><h1>Norddeutschland baut Windräder</h1><p class='byline'>Von Annegret Vollmer und Jonas Keller</p>"
            "<p>Im vergangenen Jahr sind in den norddeutschen Ländern so viele Windräder gebaut worden wie "
            "seit zehn Jahren nicht mehr, teilte der Branchenverband am Montag mit.</p>" * 4 + "</article>")
    page = clean_html(_page(head, body), "https://www.nord-rundschau.example/wirtschaft/1")
    assert page.authors == ["Annegret Vollmer", "Jonas Keller"]


def test_a_commenters_vcard_is_not_the_author():
    body = ("<div id='content'><h2>Restoring a mantel clock</h2>" + BODY +
            "<p class='postmetadata'>Posted in Clocks by Gideon Marsh</p></div>"
            "<ol class='commentlist'><li class='comment'><div class='comment-author vcard'>"
            "<cite class='fn'>Walt Brennan</cite> says:</div><p>Lovely work on the escapement.</p></li></ol>")
    page = clean_html(_page("<title>Restoring a mantel clock</title>", body), "http://www.example.net/2016/08/clock/")
    assert "Walt Brennan" not in (page.authors or [])


def test_a_photo_agency_credit_on_its_own_line_is_not_the_author():
    ld = _ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Floods in the valley",
              "author": {"@type": "Organization", "name": "NBN News"}})
    body = ("<article><h1>Floods in the valley</h1><figure><img src='a.jpg'><figcaption>Getty Images"
            "</figcaption></figure>" + BODY + "</article>")
    page = clean_html(_page("<title>Floods in the valley</title>" + ld, body), "https://www.nbn.example/news/1")
    assert "Getty Images" not in (page.authors or [])


def test_the_title_after_the_sites_name_is_the_headline_when_there_is_no_h1():
    head = "<title>Millbrook Gazette - Village Board Approves New Well After Two-Year Debate</title>"
    page = clean_html(_page(head, "<div class='story'>" + BODY + "</div>"),
                      "https://www.millbrookgazette.com/news/2025/04/09/story_4418.php")
    assert page.title == "Village Board Approves New Well After Two-Year Debate"


def test_a_kicker_span_and_the_headline_span_do_not_run_together():
    head = "<title>Windkraft: Norddeutschland baut Windräder - Nord-Rundschau</title>"
    body = ("<article><h1><span class='kicker'>Windkraft</span><span>Norddeutschland baut Windräder</span></h1>"
            "<p>Im vergangenen Jahr sind in den norddeutschen Ländern so viele Windräder gebaut worden wie "
            "seit zehn Jahren nicht mehr, teilte der Branchenverband am Montag mit.</p>" * 4 + "</article>")
    page = clean_html(_page(head, body), "https://www.nord-rundschau.example/wirtschaft/2")
    assert "WindkraftNorddeutschland" not in (page.title or "")
    assert "Norddeutschland baut Windräder" in (page.title or "")


DE_BODY = ("<p>Das geplante Parkhaus am Bahnhof wird vorerst nicht gebaut. Der Magistrat hat am Mittwoch "
           "beschlossen, das Verfahren zu stoppen, nachdem die Kosten erneut gestiegen waren.</p>") * 4


def test_a_slashed_date_on_a_page_that_writes_the_day_first_is_read_day_first():
    head = "<title>Chuva forte deixa bairros sem energia</title>"
    byline = "<p class='meta'>Por Rafael Souza e Mariana Lima, de Curitiba</p><p class='date'>05/03/2025 10h15</p>"
    body = f"<article><h1>Chuva forte deixa bairros sem energia</h1>{byline}" + BODY + "</article>"
    br = clean_html(f"<html lang='pt-BR'><head>{head}</head><body>{body}</body></html>".encode(),
                    "https://www.paranaagora.example/cidades/chuva")
    assert (br.published_at or "")[:10] == "2025-03-05"
    assert br.authors == ["Rafael Souza", "Mariana Lima"]  # the place they filed from is not a name
    us = clean_html(f"<html lang='en-US'><head>{head}</head><body>{body}</body></html>".encode(),
                    "https://www.paranaagora.example/cidades/chuva")
    assert (us.published_at or "")[:10] == "2025-05-03"


def test_von_on_its_own_line_then_linked_names_joined_by_und():
    byline = ("<div class='article__meta'><span class='article__author'>Von <a href='/autoren/katrin-weber/'>"
              "Katrin Weber</a> und <a href='/autoren/jan-schulte/'>Jan Schulte</a></span>"
              "<span>Mittwoch, 5. März 2025, 17:45 Uhr</span></div>")
    body = f"<article><h1>Stadt stoppt Pläne für neues Parkhaus</h1>{byline}{DE_BODY}</article>"
    page = clean_html(_page("<title>Stadt stoppt Pläne für neues Parkhaus</title>", body),
                      "https://www.taunus-kurier.example/lokales/parkhaus")
    assert page.authors == ["Katrin Weber", "Jan Schulte"]  # "Jan" is a first name, not January
    assert (page.published_at or "")[:10] == "2025-03-05"


def test_a_french_entry_meta_line_gives_the_author_not_its_label():
    meta = ("<div class='entry-meta'>Publié le 11 mars 2025 par <span class='author vcard'><a class='url fn n' "
            "href='https://jardin.example/author/elodie/'>Élodie Marchand</a></span> dans "
            "<a href='https://jardin.example/category/potager/' rel='category tag'>Potager</a></div>")
    body = ("<article><h1>Réussir ses semis de tomates en intérieur</h1>" + meta +
            "<p>Les semis de tomates demandent de la chaleur et beaucoup de lumière pendant les premières "
            "semaines, bien avant que les plants ne rejoignent le potager au printemps.</p>" * 4 + "</article>")
    page = clean_html(_page("<title>Réussir ses semis de tomates</title>", body), "https://jardin.example/semis/")
    assert page.authors == ["Élodie Marchand"]


def test_a_role_after_the_comma_is_not_a_second_author():
    body = ("<article><h1>City opens applications for facade grants</h1><div class='field--name-field-byline'>"
            "By Renee Caldwell, Communications Office</div><div>Published March 3, 2025</div>" + BODY + "</article>")
    page = clean_html(_page("<title>City opens applications for facade grants</title>", body),
                      "https://www.alderfalls.example/news/grants")
    assert page.authors == ["Renee Caldwell"]


def test_a_book_reviews_item_author_is_not_the_reviewer():
    body = ("<article itemscope itemtype='http://schema.org/Review'><h1 itemprop='name'>Review: The Salt "
            "Archivist by Ines Calloway</h1><div itemprop='itemReviewed' itemscope itemtype='http://schema.org/Book'>"
            "<p><strong>Title:</strong> <span itemprop='name'>The Salt Archivist</span><br><strong>Author:</strong> "
            "<span itemprop='author' itemscope itemtype='http://schema.org/Person'><span itemprop='name'>Ines "
            "Calloway</span></span></p></div>" + BODY +
            "<div itemprop='reviewRating' itemscope itemtype='http://schema.org/Rating'><span itemprop='ratingValue'>4"
            "</span> out of <span itemprop='bestRating'>5</span></div><footer>Reviewed by <span itemprop='author' "
            "itemscope itemtype='http://schema.org/Person'><span itemprop='name'>Harper Quinn</span></span></footer>"
            "</article>")
    page = clean_html(_page("<title>Review: The Salt Archivist by Ines Calloway</title>", body),
                      "https://reads.example/review-the-salt-archivist/")
    assert page.authors == ["Harper Quinn"]
    assert page.item_reviewed == "The Salt Archivist" and page.item_reviewed_type == "Book"


def test_an_item_reviewed_given_by_id_is_looked_up_in_the_graph():
    ld = _ld({"@context": "https://schema.org", "@graph": [
        {"@type": "TVSeries", "@id": "https://tv.example/#series", "name": "Copper Valley"},
        {"@type": "Review", "headline": "Copper Valley, season one", "itemReviewed": {"@id": "https://tv.example/#series"},
         "reviewRating": {"@type": "Rating", "ratingValue": 3, "bestRating": 5},
         "author": {"@type": "Person", "name": "Dana Whitfield"}}]})
    body = "<article><h1>Copper Valley, season one</h1>" + BODY + "</article>"
    page = clean_html(_page("<title>Copper Valley, season one</title>" + ld, body), "https://tv.example/reviews/copper-valley")
    assert (page.item_reviewed, page.item_reviewed_type, page.rating) == ("Copper Valley", "TVSeries", 3.0)


def test_a_breadcrumb_title_gives_its_longest_part_and_the_byline_under_it():
    head = "<title>KXRV 1340 AM » News » Fire Destroys Barn Near Cedar Creek; No Injuries</title>"
    body = ("<div id='menu'><a href='index.php'>Home</a> | <a href='news.php'>News</a></div>"
            "<div class='newsheadline'>Fire Destroys Barn Near Cedar Creek; No Injuries</div>"
            "<div class='newsinfo'>Posted: 03/03/2025 by Dale Hutchins</div><div class='newsbody'>" + BODY + "</div>")
    page = clean_html(_page(head, body), "http://www.kxrv.example/news.php?id=4418")
    assert page.title == "Fire Destroys Barn Near Cedar Creek; No Injuries"
    assert page.authors == ["Dale Hutchins"]


def test_dutch_and_polish_month_names_date_the_article():
    for lang, line, day in (("nl", "woensdag 12 maart 2025", "2025-03-12"), ("pl", "Opublikowano: 3 marca 2025", "2025-03-03")):
        body = f"<article><h1>Nieuws uit de regio vandaag</h1><p class='date'>{line}</p>" + BODY + "</article>"
        page = clean_html(f"<html lang='{lang}'><head><title>Nieuws uit de regio vandaag</title></head>"
                          f"<body>{body}</body></html>".encode(), "https://regio.example/nieuws/1")
        assert (page.published_at or "")[:10] == day, lang
