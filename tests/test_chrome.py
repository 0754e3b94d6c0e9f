"""Chrome removal: each family of site chrome goes, with its rule recorded; article text stays."""

from __future__ import annotations

import sys

import pytest

from conftest import BENCHMARKS, ROOT
from pipeline import chrome
from pipeline.clean import clean_html
from pipeline.extract import parse_html

from chrome_texts import ARTICLE, ARTICLE_2, ARTICLE_3


def page(body: str = "", title: str = "Phone review: bright, fast and long-lasting", inside: str = "") -> str:
    """A small article page: extra markup inside the article after its text, and after it."""
    return (
        f"<html lang='en'><head><title>{title}</title></head><body>"
        f"<article><h1>{title}</h1><p>{ARTICLE}</p><p>{ARTICLE_2}</p><p>{ARTICLE_3}</p>{inside}</article>"
        f"{body}</body></html>"
    )


def clean(html: str):
    return clean_html(html, "https://reviews.example.com/2024/phone-review")


def assert_removed(result, snippet: str, rules: set[str] | str) -> None:
    """The snippet is not in the text, and a removal by one of the rules carries it."""
    rules = {rules} if isinstance(rules, str) else rules
    assert snippet not in result.text
    by = [r.rule for r in result.removed if snippet in r.text]
    assert by, f"no removal recorded for {snippet!r}: {result.removed}"
    assert set(by) & rules, f"{snippet!r} removed by {by}, expected one of {rules}"


def assert_article_kept(result) -> None:
    for para in (ARTICLE, ARTICLE_2, ARTICLE_3):
        assert para in result.text


# --- the exact failure from the project brief --------------------------------------------------

BRIEF_CHROME_LINES = [
    "Log In",
    "Forgot password?",
    "Enter your account data and we will send you a link to reset your password.",
    "Privacy Policy",
    "Add to Collection",
    "No Collections",
    "Here you'll find all collections you've created before.",
]
BRIEF_TEASER = "In Xataka | Today on Prime Video, the series everyone is talking about this week"


def test_brief_failure_without_markup_hints_is_fully_removed():
    # No classes, no roles: the chrome is plain paragraphs at the end of the article container,
    # so trafilatura keeps them, as on the page that made this project necessary.
    chrome_paras = "".join(f"<p>{line}</p>" for line in BRIEF_CHROME_LINES)
    html = page(inside=f"<p>{BRIEF_TEASER}</p>{chrome_paras}")
    result = clean(html)
    assert_article_kept(result)
    for line in [*BRIEF_CHROME_LINES, BRIEF_TEASER]:
        assert line not in result.text
    text = result.text.lower()
    for word in ("password", "collection", "log in", "privacy", "xataka"):
        assert word not in text
    rules = {r.rule for r in result.removed}
    assert {"login-prompt", "account-prompt", "privacy-link", "collection-widget", "in-site-teaser"} <= rules


def test_brief_failure_as_a_login_dialog_is_pruned_as_dialog():
    dialog = "<div role='dialog'>" + "".join(f"<p>{line}</p>" for line in BRIEF_CHROME_LINES) + "</div>"
    result = clean(page(inside=dialog))
    assert_article_kept(result)
    assert_removed(result, "Forgot password?", "dialog")


# --- HTML-level families ------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("markup", "snippet", "rule"),
    [
        ("<dialog open><h2>Sign in</h2><p>Welcome back, reader of reviews.</p></dialog>",
         "Welcome back, reader of reviews.", "dialog"),
        ("<form><p>Vous avez oublié vos identifiants ?</p><input type='password' name='p'></form>",
         "Vous avez oublié vos identifiants", "password-form"),
        ("<div class='cookie-banner'><p>Wir nutzen Technologien, um Inhalte zu personalisieren.</p></div>",
         "Wir nutzen Technologien", "cookie-notice"),
        ("<div id='consent-layer'><p>Nós e os nossos parceiros guardamos informações.</p></div>",
         "Nós e os nossos parceiros", "cookie-notice"),
        ("<section class='newsletter-signup'><p>Ricevi ogni venerdì le migliori offerte.</p></section>",
         "Ricevi ogni venerdì", "newsletter-box"),
        ("<div class='share-buttons'><a>Facebook</a><a>Compartir en X</a></div>",
         "Compartir en X", "share-bar"),
        ("<div class='related-posts'><a>Los mejores móviles de gama media del año</a></div>",
         "Los mejores móviles de gama media", "related-block"),
        ("<div style='display: none'><p>Votre lien a expiré, veuillez recommencer.</p></div>",
         "Votre lien a expiré", "hidden-element"),
        ("<div class='author-bio'><p>Jane writes about gadgets and lives in Lisbon.</p></div>",
         "Jane writes about gadgets", "author-bio"),
    ],
)
def test_chrome_container_is_pruned_with_its_rule(markup, snippet, rule):
    result = clean(page(inside=markup))
    assert_article_kept(result)
    assert_removed(result, snippet, rule)


def test_embedded_post_with_social_class_is_kept():
    tweet = "Just unboxed the new phone and the screen is ridiculous, honestly the best I have seen"
    html = page(inside=f"<blockquote class='twitter-tweet social-embed'><p>{tweet}</p></blockquote>")
    tree = parse_html(html)
    chrome.prune_html(tree)
    assert tweet in tree.text_content()


def test_container_that_wraps_the_article_is_not_pruned():
    # Some themes put the whole story inside a "has-sidebar" or "related-content" wrapper.
    html = (
        "<html><body><div class='layout has-sidebar related-content'>"
        f"<p>{ARTICLE}</p><p>{ARTICLE_2}</p><p>{ARTICLE_3}</p></div></body></html>"
    )
    assert_article_kept(clean(html))


def test_unclosed_button_does_not_swallow_the_article():
    html = f"<html><body><button class='menu'>Menu<div><p>{ARTICLE}</p><p>{ARTICLE_2}</p><p>{ARTICLE_3}</p></div></body></html>"
    assert_article_kept(clean(html))


# --- text-level families ------------------------------------------------------------------------

LINE_CASES = [
    # (line, rule) in several languages
    ("We use cookies to give you the best experience and personalised ads.", "cookie-notice"),
    ("Utilizamos cookies propias y de terceros para mejorar nuestros servicios.", "cookie-notice"),
    ("Nous utilisons des cookies pour améliorer votre expérience.", "cookie-notice"),
    ("Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.", "cookie-notice"),
    ("Your password reset link appears to be invalid or expired.", "password-reset"),
    ("Enter your e-mail and we will send you a link to reset your password.", "account-prompt"),
    ("Restablecer tu contraseña", "password-reset"),
    ("Passwort vergessen?", "login-prompt"),
    ("Mot de passe oublié ?", "login-prompt"),
    ("Esqueceu sua senha?", "login-prompt"),
    ("Password dimenticata?", "login-prompt"),
    ("Sign up for our newsletter and get the best deals every week.", "newsletter-prompt"),
    ("Suscríbete a nuestra newsletter", "newsletter-prompt"),
    ("Abonnez-vous à notre lettre d'information", "newsletter-prompt"),
    ("Thanks for signing up!", "widget-message"),
    ("Gracias por suscribirte!", "widget-message"),
    ("Add to Collection", "collection-widget"),
    ("En Xataka | Las mejores series de la semana", "in-site-teaser"),
    ("Dans Numerama | Le meilleur smartphone de l'année", "in-site-teaser"),
    ("Read more: The best budget phones of the year", "read-more-teaser"),
    ("Lesen Sie auch: Die besten Handys des Jahres", "read-more-teaser"),
    ("Leggi anche: I migliori smartphone dell'anno", "read-more-teaser"),
    ("Advertisement", "ad-label"),
    ("The best laptop deals this week (Sponsored)", "sponsored-label"),
    ("Publicidad", "ad-label"),
    ("Photo: Jane Doe/Getty Images", "photo-credit"),
    ("Foto: dpa", "photo-credit"),
    ("© 2024 Example Media. All rights reserved.", "copyright-line"),
    ("Tous droits réservés.", "copyright-line"),
    ("5 min read", "reading-time"),
    ("Lesezeit: 4 Minuten", "reading-time"),
    ("Tags: phones, reviews, android", "tag-line"),
    ("Etiquetas: móviles, análisis", "tag-line"),
    ("We may earn a commission when you buy through links on our site.", "affiliate-notice"),
    ("Share on Facebook", "share-prompt"),
    ("Partager", "share-prompt"),
    ("Privacy Policy", "privacy-link"),
    ("Datenschutzerklärung", "privacy-link"),
    ("Join Our Weekly Deals Newsletter", "newsletter-prompt"),
    ("If you liked this article, please consider sharing it and subscribing to the feed.", "support-prompt"),
    ("Follow the opinion desk on Facebook, Twitter (@desk) and Instagram.", "social-prompt"),
    ("[Related: The best budget phones of the year]", "bracketed-teaser"),
    ("If you buy something through this post, we may get a share of the sale.", "affiliate-notice"),
    ("(Reporting by Jane Doe; Editing by John Roe)", "wire-credit"),
    ("Originally published on Example Science.", "syndication-credit"),
    ("sexta-feira, 22 de outubro de 2010 às 20:13", "date-line-long"),
    ("Popular on Example News", "read-more-teaser"),
]

# Prompts that are chrome wherever they sit, even between two article paragraphs.
MIDDLE_CASES = [
    ("Book a demo", "cta-button"),
    ("Follow us", "social-prompt"),
    ("Please help us spread the word about our newsletter.", "social-prompt"),
    ("Start learning today! Unlock up to 55% OFF your subscription!", "promo-line"),
    ("Get the latest news about our events and courses.", "newsletter-prompt"),
]


@pytest.mark.parametrize(("line", "rule"), MIDDLE_CASES)
def test_strong_prompt_in_the_middle_of_the_text_is_removed(line, rule):
    text = "\n".join([ARTICLE] * 7 + [line] + [ARTICLE_2] * 7)
    out, removed = chrome.filter_text(text)
    assert line not in out.splitlines()
    assert [r.rule for r in removed] == [rule]


def test_discount_mentioned_by_the_reviewer_is_kept():
    line = "Shoppers can save 20% off the list price during the spring sale, which makes it a bargain."
    out, removed = chrome.filter_text("\n".join([ARTICLE, line, ARTICLE_2]))
    assert line in out and removed == []


@pytest.mark.parametrize(("line", "rule"), LINE_CASES)
def test_chrome_line_at_end_of_text_is_removed_with_its_rule(line, rule):
    text = "\n".join([ARTICLE, ARTICLE_2, ARTICLE_3, line])
    out, removed = chrome.filter_text(text)
    assert line not in out
    assert [r.rule for r in removed] == [rule]
    assert ARTICLE in out and ARTICLE_3 in out


def test_chrome_lines_in_the_article_container_are_removed_from_the_cleaned_page():
    # The same lines in page markup, with no classes: removed by the text filter after extraction.
    lines = [line for line, _ in LINE_CASES[:12]]
    html = page(inside="".join(f"<p>{ln}</p>" for ln in lines))
    result = clean(html)
    assert_article_kept(result)
    for line in lines:
        assert line not in result.text


def test_headline_repeated_as_first_line_is_removed():
    title = "Phone review: bright, fast and long-lasting"
    out, removed = chrome.filter_text("\n".join([title, ARTICLE, ARTICLE_2]), title=title)
    assert not out.startswith(title)
    assert [r.rule for r in removed] == ["repeated-headline"]


def test_headline_words_later_in_the_text_are_kept():
    title = "Battery life"
    out, _ = chrome.filter_text("\n".join([ARTICLE, ARTICLE_2, ARTICLE_3, "Battery life", ARTICLE]), title=title)
    assert out.count("Battery life") == 1


def test_short_prompts_in_the_middle_of_the_text_are_kept():
    # "Subscribe" or "Email" as a sub-heading or list item inside the article is content.
    middle = ["Email", "Subscribe", "Learn more", "12 March 2024"]
    text = "\n".join([ARTICLE] * 7 + middle + [ARTICLE_2] * 7)
    out, removed = chrome.filter_text(text)
    for line in middle:
        assert line in out.splitlines()
    assert removed == []


TEASERS = ["- Ten Phones With the Best Cameras", "- Why Tablets Are Back", "- The Tiny Laptop That Lasts Two Days"]


def test_list_of_teaser_headlines_closing_the_text_is_removed_with_its_heading():
    text = "\n".join([ARTICLE, ARTICLE_2, ARTICLE_3, "More from the reviews desk", *TEASERS])
    out, removed = chrome.filter_text(text)
    assert out.splitlines() == [ARTICLE, ARTICLE_2, ARTICLE_3]
    assert {r.rule for r in removed} <= {"trailing-teasers", "read-more-teaser"}


@pytest.mark.parametrize("items", [
    ["- The battery lasts two days.", "- The screen is bright outdoors.", "- The camera struggles at night."],
    ["- Charge the phone overnight", "- Turn on the dark theme", "- Keep the old charger for travel"],
    ["- Doe, J. (2021). Battery Ageing in Phones", "- Roe, K. (n.d.). Screens Under Sunlight", "- Poe, A. (2019). Cameras at Night"],
])
def test_list_of_sentences_closing_the_text_is_kept(items):
    text = "\n".join([ARTICLE, ARTICLE_2, "What we found", *items])
    out, removed = chrome.filter_text(text)
    assert out.splitlines() == [ARTICLE, ARTICLE_2, "What we found", *items]
    assert removed == []


def test_list_article_made_only_of_short_items_is_kept():
    out, removed = chrome.filter_text("\n".join(TEASERS))
    assert out.splitlines() == TEASERS and removed == []


def test_short_lines_above_the_headline_are_breadcrumbs():
    title = "Phone review: bright, fast and long-lasting"
    text = "\n".join(["- Reviews", "- Phones", title, ARTICLE, ARTICLE_2])
    out, removed = chrome.filter_text(text, title=title)
    assert out.splitlines() == [ARTICLE, ARTICLE_2]
    assert [r.rule for r in removed] == ["pre-headline", "pre-headline", "repeated-headline"]


def test_utility_and_layout_classes_do_not_mark_article_sections_as_sidebars():
    # Each box holds one paragraph, too little for the article guard to save it on its own.
    html = (
        "<html><body><main><h1>Phone review</h1>"
        f"<div class='c-layout-sidebar-left'><p>{ARTICLE}</p></div><p>{ARTICLE_2}</p>"
        f"<div class='rounded-lg border-t-8 border-secondary-700 mb-6'><h2>Verdict</h2><p>{ARTICLE_3}</p></div>"
        "<div class='sidebar'><p>Popular phones this week</p></div>"
        "</main></body></html>"
    )
    tree = parse_html(html)
    removed = chrome.prune_html(tree)
    text = " ".join(tree.text_content().split())
    for para in (ARTICLE, ARTICLE_2, ARTICLE_3):
        assert para in text
    assert [(r.text, r.rule) for r in removed] == [("Popular phones this week", "sidebar")]


# --- guard recall: article paragraphs that mention the trigger words --------------------------

ARTICLE_MENTIONS = [
    "The phone asks for your password only once a day, and the fingerprint reader handles the rest reliably.",
    "Privacy settings are buried three menus deep, which is a poor choice for a device aimed at families.",
    "Unlike the browser on last year's model, this one blocks third-party cookies by default, a welcome change.",
    "The manufacturer's newsletter promised a software update in spring, and it arrived two weeks late.",
    "Iniciar sesión con la huella es rápido, pero el reconocimiento facial falla con poca luz.",
    "La politique de confidentialité du fabricant autorise le partage des données avec des partenaires.",
    "Die Kamera-App fragt bei jedem Start nach Cookies für den Cloud-Speicher, was schnell nervt.",
    "Para redefinir a senha do cofre, é preciso o e-mail de recuperação cadastrado na compra.",
    "Per accedere al cloud serve un account, e la registrazione chiede troppi dati personali.",
]


@pytest.mark.parametrize("paragraph", ARTICLE_MENTIONS)
def test_article_paragraph_mentioning_chrome_words_survives(paragraph):
    text = "\n".join([ARTICLE, paragraph, ARTICLE_2, ARTICLE_3])
    out, removed = chrome.filter_text(text)
    assert paragraph in out
    assert removed == []


def test_article_paragraphs_mentioning_chrome_words_survive_full_cleaning():
    body = "".join(f"<p>{p}</p>" for p in ARTICLE_MENTIONS)
    html = (
        "<html><body><article><h1>Phone review</h1>"
        f"<p>{ARTICLE}</p>{body}<p>{ARTICLE_2}</p><p>{ARTICLE_3}</p></article></body></html>"
    )
    result = clean(html)
    for paragraph in ARTICLE_MENTIONS:
        assert paragraph in result.text


# --- regression floor on real pages -----------------------------------------------------------

WCXB = BENCHMARKS / "wcxb-dev-articles"
SAMPLE_EVERY = 26  # ~30 pages spread over the whole dev set
# Measured on this sample when the rules were written (leaked 0.076, kept 0.934; trafilatura
# alone leaked 0.093, kept 0.942), with a small margin: a change that leaks more chrome or eats
# article text fails here.
MAX_LEAKED = 0.085
MIN_KEPT = 0.92


def test_wcxb_sample_leaks_little_chrome_and_keeps_the_article():
    sys.path.insert(0, str(ROOT))
    from benchmarks.scoring import load_set, read_page, score_page, summarise

    truth = load_set(WCXB)
    keys = sorted(truth)[::SAMPLE_EVERY]
    assert len(keys) >= 25
    scores = [score_page(k, truth[k], clean_html(read_page(WCXB, k), truth[k]["url"]).text) for k in keys]
    summary = summarise(scores)
    assert summary["without_leaked"] <= MAX_LEAKED, summary
    assert summary["with_kept"] >= MIN_KEPT, summary
