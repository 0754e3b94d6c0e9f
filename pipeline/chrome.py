"""Site-chrome removal: HTML pruning before extraction and line filtering after it.

Every rule is named data; every removal is returned as a Removal carrying its rule's name,
so a user can audit in Datasette what was dropped and why.
"""

from __future__ import annotations

import re
try:  # the regex parser's private modules (Python 3.11+), for the rules' literal gates
    import re._constants as _sre
    import re._parser as _sre_parse
except ImportError:  # pragma: no cover - another Python: no gates, the same results, slower
    _sre = _sre_parse = None
from functools import lru_cache

import ahocorasick
import lxml.html

from .dates import MONTHS
from .page import Removal  # defined with CleanedPage: the storing processes need no rules


# ---------------------------------------------------------------------------------------------
# HTML-level pruning
# ---------------------------------------------------------------------------------------------

# Elements that are chrome by their tag or ARIA role, whatever their class says.
PRUNE_TAGS: dict[str, str] = {
    "dialog": "dialog",
    "nav": "site-nav",
}
PRUNE_ROLES: dict[str, str] = {
    "dialog": "dialog",
    "alertdialog": "dialog",
    "navigation": "site-nav",
    "contentinfo": "site-footer",
    "banner": "site-header",
    "complementary": "sidebar",
    "search": "search-box",
}

# (rule name, regex on the lower-cased class and id): containers named for what they are.
# Token edges are "-", "_", " " or the string's ends, so "share" does not match "shared-content".
_E = r"(?:^|[-_\s])"
_F = r"(?:$|[-_\s])"
CLASS_ID_RULES: list[tuple[str, str]] = [
    ("cookie-notice", r"cookie|consent|gdpr|onetrust|didomi|cookiebot|usercentrics|truste|cc-window|cc-banner"),
    ("login-box", _E + r"(login|log-in|signin|sign-in|auth-modal|regwall|register-form|account-modal)" + _F),
    ("newsletter-box", r"newsletter|subscribe|subscription-(box|form|widget|cta)|signup|sign-up|optin|opt-in|mailchimp|mc4wp|mc_embed|leadgen"),
    ("share-bar", _E + r"(share|shares|sharing|social|socials|social-links|sharedaddy|sharethis|addthis|addtoany|a2a_kit|ssba)" + _F + r"|share-?(buttons|bar|tools|links|icons)"),
    ("related-block", r"related|recommend|read-?more|more-(stories|articles|posts|news)|you-may-(also-)?like|also-read|outbrain|taboola|ob-widget|trc_|yarpp|jp-relatedposts|more-from"),
    ("modal", _E + r"(modal|popup|pop-up|popover|overlay|lightbox|interstitial|toast|flyout)" + _F),
    ("author-bio", r"author-?(bio|box|info|card|profile|about)|about-?(the-)?author|byline-bio|contributor-bio"
                   # author-box plugins: Simple Author Box, Molongui, PublishPress, Starbox, Fancier Author Box
                   r"|saboxplugin|" + _E + r"(m-a-box|molongui-author-box|pp-author-boxes|abh_box|ts-fab-wrapper)" + _F),
    # Paywall and meter offers (Piano/TinyPass templates, metered prompts). Not a bare "paywall":
    # sites put it on the paragraphs of the paywalled article itself.
    ("paywall-box", r"paywall-(prompt|offer|modal|banner|box|cta|message|overlay)|piano-(container|inline|offer|template|modal)|" + _E + r"(tp-(container|modal|iframe-wrapper|backdrop)|pn-template|meter-(prompt|wall|banner|offer)|subscribe-wall|premium-(prompt|wall|gate))" + _F),
    ("ad-slot", _E + r"(ad|ads|advert|adverts|advertisement|advertising|adslot|ad-slot|ad-container|ad-wrapper|sponsor|sponsored|dfp|gpt-ad|affiliate-disclosure|promo|promotion)" + _F),
    ("breadcrumbs", r"breadcrumb"),
    # Call-to-action boxes and button rows ("tile-ctas", "cta-container") beside product tiles.
    ("call-to-action", _E + r"(ctas?|cta-(container|box|block|banner|wrapper|buttons?|section|area|row))" + _F),
    ("comments", _E + r"(comments?|comment-list|comment-respond|disqus|respond)" + _F),
    ("tag-list", _E + r"(tags|tag-list|tag-links|post-tags|entry-tags|article-tags|tagcloud|post-categories|cat-links|tags-links)" + _F),
    ("sidebar", _E + r"(sidebar|side-bar|widget-area|secondary)" + _F),
    ("site-footer", _E + r"(site-footer|page-footer|global-footer|footer-widgets|colophon)" + _F),
    ("site-header", _E + r"(site-header|masthead|global-header|top-bar|topbar)" + _F),
    ("skip-link", r"skip-link|screen-reader-text|sr-only|visually-hidden|visuallyhidden"),
    ("banner", _E + r"(banner|banners|promo-banner|top-banner|site-banner|announcement-bar|notification-bar|alert-bar)" + _F),
]
_CLASS_ID_RX = [(name, re.compile(rx)) for name, rx in CLASS_ID_RULES]
# One pass over the names rules out most elements before the rules are tried one by one.
_ANY_CLASS_ID_RX = re.compile("|".join(f"(?:{rx})" for _, rx in CLASS_ID_RULES))

# Rules that exist to keep text out: an empty match (a bare CTA wrapper) leaks nothing, and
# removing it would only move trafilatura's link-density and structure heuristics.
TEXT_ONLY_RULES = frozenset({"call-to-action"})

# Inline styles that hide an element from readers.
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)

# Form controls carry button labels ("Subscribe", "Sign in"), never article text: dropped silently.
FORM_CONTROL_TAGS = ("button", "select", "textarea", "input", "option", "label")

# A matched container holding more than this share of the page's paragraph text wraps the
# article (a "sidebar-layout" or "related-content" wrapper around it): kept.
MAX_PRUNE_SHARE = 0.3
# ... unless it holds fewer paragraph characters than this: then it is a teaser box.
MIN_ARTICLE_CHARS = 300
# A container with this many long paragraphs is a piece of the article, whatever its class says
# (component frameworks name sections "cmp-…", "text--disclaimer", ...): chrome is short.
MAX_LONG_PARAGRAPHS = 3
LONG_PARAGRAPH_CHARS = 150
# Collapsed accordions and tabs hide article sections until clicked; hidden chrome (a closed
# login dialog, a consent layer) rarely has two long paragraphs.
HIDDEN_MAX_LONG_PARAGRAPHS = 2

# Never text: scripts and styles would swell text lengths and fool the article guard.
_SCRIPT_TAGS = ("script", "style", "noscript", "template")

# Tags that wrap whole pages or articles: class tokens on them say nothing about chrome.
_NEVER_PRUNE = frozenset({"html", "body", "main", "article", "head", "blockquote"})
# Utility classes (Tailwind and kin) say how a box looks, not what it is: "border-secondary-700"
# or "md:text-sidebar" name a colour or breakpoint, so they never mark chrome.
_UTILITY_CLASS = re.compile(
    r"[^\s]*[:\[/]|(bg|text|border(-[trblxy])?|ring|fill|stroke|shadow|outline|decoration"
    r"|divide|placeholder|accent|caret)-"
    r"|([mp][trblxy]?|[wh]|min-[wh]|max-[wh]|gap|col|cols|row|space-[xy]|z|order|basis|grid-cols|col-span"
    r"|leading|tracking|rounded|opacity)-\d+(\.\d+)?$"
)
# "layout-sidebar-left", "has-sidebar": the class names the page layout around the article,
# not the sidebar box itself.
_LAYOUT = re.compile(r"(layout|has|with|no|without|page|content|main|template)[-_]+sidebar|sidebar[-_]+(layout|template|page)")
_SIDEBAR_ITSELF = re.compile(r"(?:^|\s)(sidebar|side-bar|widget-area)(?:$|\s)")
# Embedded posts quoted by the article carry "social"/"twitter" classes but are content.
_EMBED = re.compile(r"embed|tweet|instagram-media|tiktok-embed|quote")


def _classify_element(el) -> str | None:
    """Rule name that marks this element as chrome, or None."""
    tag = el.tag
    if tag in PRUNE_TAGS:
        return PRUNE_TAGS[tag]
    attrib = el.attrib
    role = attrib.get("role")
    if role and role.lower() in PRUNE_ROLES:
        return PRUNE_ROLES[role.lower()]
    if attrib.get("aria-modal") == "true":
        return "dialog"
    if "hidden" in attrib or attrib.get("aria-hidden") == "true":
        return "hidden-element"
    style = attrib.get("style")
    if style and _HIDDEN_STYLE.search(style):
        return "hidden-element"
    if tag == "form":
        if el.find(".//input[@type='password']") is not None:
            return "password-form"
    if tag == "footer" and not _inside(el, "article"):
        return "site-footer"
    if tag == "aside" and not _inside(el, "article"):
        return "sidebar"
    if tag in _NEVER_PRUNE:
        return None
    cls, ident = attrib.get("class"), attrib.get("id")
    return _class_id_rule(cls, ident) if cls or ident else None


@lru_cache(maxsize=8192)
def _class_id_rule(cls: str | None, ident: str | None) -> str | None:
    """Rule a class and id string name, or None; cached, as pages repeat the same few classes."""
    tokens = [_split_camel(t) for t in (cls or "").split() if not _UTILITY_CLASS.match(t)]
    tokens.extend(_split_camel(t) for t in (ident or "").split())
    first = min((i for t in tokens for i in _token_rules(t)), default=None)
    if first is None:
        return None
    name = CLASS_ID_RULES[first][0]
    return None if _overridden(name, " ".join(tokens)) else name


def _overridden(name: str, names: str) -> bool:
    """True when the rest of the class string says a match is content: an embed, a page layout."""
    if name == "share-bar":
        return _EMBED.search(names) is not None
    if name == "sidebar":
        return _LAYOUT.search(names) is not None and _SIDEBAR_ITSELF.search(names) is None
    return False


# Component frameworks and CSS-in-JS name boxes in CamelCase ("SiteFooter", "StyledCTA",
# "PostSocialLinks"): a case change is a token edge, as "-" is in "site-footer".
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


@lru_cache(maxsize=32768)
def _split_camel(token: str) -> str:
    return _CAMEL.sub("-", token).lower() if token[1:] != token[1:].lower() else token.lower()


@lru_cache(maxsize=32768)
def _token_rules(token: str) -> tuple[int, ...]:
    """Indexes of the CLASS_ID_RULES one class token matches. Rules never span a space (token
    edges are "^" or whitespace alike), so matching token by token equals matching the whole
    string, and tokens repeat across pages far more than whole class strings do."""
    if not _ANY_CLASS_ID_RX.search(token):
        return ()
    return tuple(i for i, (_, rx) in enumerate(_CLASS_ID_RX) if rx.search(token))


def _inside(el, tag: str) -> bool:
    return any(a.tag == tag for a in el.iterancestors())


def _text(el) -> str:
    # itertext, not text_content: a heading and its paragraph must not run together in the record.
    return " ".join(" ".join(el.itertext()).split())


def prune_html(tree: lxml.html.HtmlElement) -> list[Removal]:
    """Remove chrome elements from the tree in place; return what was removed."""
    body = tree.find("body")
    root = body if body is not None else tree
    for el in list(root.iter(*_SCRIPT_TAGS)):
        if el.getparent() is not None and el.get("type") != "application/ld+json":
            el.drop_tree()
    para = _ParagraphText()
    page_chars = para.chars(root) or 1
    removals: list[Removal] = []
    doomed = []
    boxes = _sign_up_boxes(root, para)
    # Document order walks a removed element's subtree right after it: skip to the node that
    # follows the subtree (None: it runs to the end) instead of asking every element its ancestry.
    skip_to = _NOT_SKIPPING = object()
    marked: list = []  # itemprop="articleBody"
    classed: list = []  # body-container class names
    for el in root.iter():
        if skip_to is not _NOT_SKIPPING:
            if el is not skip_to:
                continue
            skip_to = _NOT_SKIPPING
        if not isinstance(el.tag, str):
            continue
        # Article-body markers, noted on the way: only those outside pruned chrome count.
        if el.tag in _BODY_TAGS:
            if el.get("itemprop") == "articleBody":
                marked.append(el)
            elif _is_body_class(el.get("class")):
                classed.append(el)
        if el.tag in FORM_CONTROL_TAGS:
            # An unclosed <button> or <label> can swallow the whole page in the parse tree.
            if para.chars(el) < MIN_ARTICLE_CHARS:
                doomed.append(el)
            continue
        rule = "newsletter-box" if el in boxes else _classify_element(el)
        if rule is None:
            continue
        max_long = HIDDEN_MAX_LONG_PARAGRAPHS if rule == "hidden-element" else MAX_LONG_PARAGRAPHS
        if _holds_article(el, para, page_chars, max_long):
            continue
        text = _text(el)
        if not text and rule in TEXT_ONLY_RULES:
            continue
        doomed.append(el)
        if text:
            removals.append(Removal(text[:500], rule))
        skip_to = _after_subtree(el, root)
        if skip_to is None:
            break
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()  # keeps the tail text, which belongs to the parent
    # The article's tails, in turn: the sign-off after its last rule, then its footer blocks.
    tails = (
        ("closing-note", lambda: _after_last_rule(root, para, page_chars)),
        ("after-article", lambda: _after_article_body(marked or classed, para, page_chars)),
    )
    for rule, find in tails:
        for el in find():
            text = _text(el)
            if text:
                removals.append(Removal(text[:500], rule))
            el.drop_tree()
    return removals


# A sign-up form (an e-mail field) or a newsletter provider's embed, and the small box around it:
# its title, pitch and fine print go with the form, though no class names them (issue 3).
_EMAIL_FIELDS = lxml.etree.XPath(".//input[@type='email' or contains(@name, 'email') or contains(@placeholder, 'mail')]")
_NEWSLETTER_EMBEDS = re.compile(r"beehiiv\.com|substack\.com/embed|convertkit|ck\.page|mailchimp|list-manage\.com"
                                r"|mailerlite|buttondown|getrevue|sendinblue|brevo|klaviyo|flodesk", re.I)
# The box may hold this many words besides the form, and no paragraph of the article's length.
SIGN_UP_BOX_MAX_WORDS = 80


def _sign_up_boxes(root, para: _ParagraphText) -> set:
    """The largest small containers around each e-mail sign-up form or newsletter embed."""
    # a comment form asks for an e-mail too, but holds a textarea; a login form, a password
    anchors = [f for f in root.iter("form", "iframe") if (
        _NEWSLETTER_EMBEDS.search(f.get("src") or "") if f.tag == "iframe" else
        f.find(".//input[@type='password']") is None and f.find(".//textarea") is None and _EMAIL_FIELDS(f))]
    boxes = set()
    for anchor in anchors:
        box = anchor
        for a in anchor.iterancestors():
            if a.tag in _NEVER_PRUNE or para.long_paragraphs(a):
                break
            if len(_text(a).split()) > SIGN_UP_BOX_MAX_WORDS:
                break
            box = a
        boxes.add(box)
    return boxes


# A short run of blocks after the last horizontal rule of the container holding the article is
# its sign-off: a promotion, a disclaimer, an "originally published" note. Only a small tail.
CLOSING_MAX_CHARS = 600
CLOSING_MAX_SHARE = 0.15


def _after_last_rule(root, para: _ParagraphText, page_chars: int) -> list:
    """Blocks after the page's last <hr>, when they are a short tail of the article's container."""
    hr = None
    for hr in root.iter("hr"):
        pass
    if hr is None:
        return []
    parent = hr.getparent()
    if parent is None or para.chars(parent) < ARTICLE_BODY_MIN_SHARE * page_chars:
        return []
    tail = [s for s in hr.itersiblings() if isinstance(s.tag, str)]
    chars = sum(len(s.text_content()) for s in tail)
    if not tail or chars > CLOSING_MAX_CHARS or chars > CLOSING_MAX_SHARE * para.chars(parent):
        return []
    # A new section after the rule (its own h1/h2) is article, however short.
    if any(s.tag in ("h1", "h2") or s.find(".//h2") is not None for s in tail):
        return []
    return tail


# Where a page marks its article body (schema.org's itemprop, or the class content systems give
# the body container), the blocks that follow it inside the same <article> or <main> are the
# article's footer: tags, share rows, author boxes, sign-up forms, related lists, comments.
_BODY_CLASS = re.compile(
    r"(?:^|\s)(entry-content|post-content|article-body|article-content|post-body|story-body"
    r"|article__body|article__content|post__content|entry__content|single-content|rich-text|prose)(?:$|\s)"
)
# The marked body must hold most of the page's paragraph text: a body marker around a teaser
# or a summary says nothing about what follows it.
ARTICLE_BODY_MIN_SHARE = 0.5
# The region ends at the article's own container: what lies beyond is left to the other rules.
_ARTICLE_ENDS = frozenset({"article", "main"})


# Tags that carry the markers: a marker on a <span> or <p> wraps a fragment, not the body.
_BODY_TAGS = frozenset({"div", "section", "article"})


@lru_cache(maxsize=8192)
def _is_body_class(cls: str | None) -> bool:
    """True when a class string names the article-body container; cached, as classes repeat."""
    return bool(cls) and _BODY_CLASS.search(cls.lower()) is not None


def _after_article_body(bodies: list, para: _ParagraphText, page_chars: int) -> list:
    """Blocks after the page's one article body (none or several: nothing), up to the end of its
    enclosing <article> or <main>."""
    if len(bodies) != 1 or para.chars(bodies[0]) < ARTICLE_BODY_MIN_SHARE * page_chars:
        return []
    node = bodies[0]
    after = []
    while True:
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html"):
            return []  # no article or main container closes the region
        after.extend(s for s in node.itersiblings() if isinstance(s.tag, str))
        if parent.tag in _ARTICLE_ENDS:
            break
        node = parent
    # A block with several long paragraphs or its own headline is more article, not its footer.
    return [
        el for el in after
        if para.long_paragraphs(el) < MAX_LONG_PARAGRAPHS and el.find(".//h1") is None
    ]


def _after_subtree(el, root):
    """The node document order visits right after el's subtree, or None at the end of root."""
    while el is not root:
        nxt = el.getnext()
        if nxt is not None:
            return nxt
        el = el.getparent()
        if el is None:
            return None
    return None


class _ParagraphText:
    """Paragraph text under an element (articles live in <p>, menus do not), counted when
    asked: only the page and the few matched elements need it."""

    def __init__(self):
        self._cache: dict = {}

    def _count(self, el) -> tuple[int, int]:
        got = self._cache.get(el)
        if got is None:
            chars = long = 0
            for p in el.iter("p"):
                n = len(p.text_content())
                chars += n
                long += n >= LONG_PARAGRAPH_CHARS
            got = self._cache[el] = (chars, long)
        return got

    def chars(self, el) -> int:
        """Characters of paragraph text under el (el itself included when it is a <p>)."""
        return self._count(el)[0]

    def long_paragraphs(self, el) -> int:
        """How many paragraphs under el run to LONG_PARAGRAPH_CHARS or more."""
        return self._count(el)[1]


def _holds_article(el, para: _ParagraphText, page_chars: int, max_long: int = MAX_LONG_PARAGRAPHS) -> bool:
    """True when a matched element wraps the article itself, so removing it would lose it."""
    chars = para.chars(el)
    if chars > MAX_PRUNE_SHARE * page_chars and chars > MIN_ARTICLE_CHARS:
        return True
    if para.long_paragraphs(el) >= max_long:
        return True
    return el.find(".//h1") is not None or el.find(".//article") is not None or el.find(".//main") is not None


# ---------------------------------------------------------------------------------------------
# Text-level filtering
# ---------------------------------------------------------------------------------------------

# A date line's month is a month name or short form (dates.MONTHS, in the languages the rules
# read): "Top 10 games 2024" is no date.
_MONTHS = "(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"

# (rule name, regex matching one whole line). Short lines only: see MAX_RULE_WORDS.
LINE_RULES: list[tuple[str, str]] = [
    ("login-prompt", r"(log ?in|sign ?in|sign ?up|register|create (an|your|a free) account|forgot (your )?password\??|reset (your )?password|iniciar sesi[oó]n|inicia sesi[oó]n|reg[ií]strate|¿?(has olvidado|olvidaste) (tu|la) contraseña\??|reg[ií]strate (gratis|ahora|aqu[ií])|crea(r)? (una |tu )?cuenta( gratis| nueva)?|cr[ée]er (un|mon|votre) compte|(ein )?konto (erstellen|anlegen)|(jetzt|kostenlos) registrieren|criar (uma |sua )?conta|crie (a )?sua conta|crea(re)? (un|il tuo) account|cerrar sesi[oó]n|se d[ée]connecter|se connecter|connexion|s'inscrire|mot de passe oublié ?\??|anmelden|einloggen|registrieren|passwort vergessen\??|entrar|cadastre-se|esqueceu (a|sua) senha\??|accedi|registrati|password dimenticata\??|hai dimenticato la password\??|esqueceu-se da (sua )?palavra-passe\??|remember me|keep me (signed|logged) in|stay (signed|logged) in)( (now|here|to continue|with \w+))?[.!:]?"),
    ("account-prompt", r"enter your (account data|email|e-mail)\b.*|(.*[.!?:]\s+)?(don't|do not) have an account( yet)?\??( (sign up|register|create one|join( now| today)?|get started)\b.{0,40})?|already (have an account|a member|registered)\??( (log ?in|sign ?in|login)\b.{0,40})?|(.*[.!?:]\s+)?no account yet\??( (sign up|register|create one)\b.{0,40})?|(sign|log) in to (view|read|continue|comment|access|save|see)\b.*|((log|sign) ?in|sign up|register) or (create|register for|sign up for) (a |an )?(free )?account\b.{0,40}|create (an|a free|your( free)?) account to (save|keep|continue|access|get|unlock|follow|comment|read|start)\b.{0,60}|type your e-?mail( address)?( here)?(\.\.\.|…)?|welcome back[!,.]? .{0,20}\b((sign|log) ?in|password)\b.{0,60}|new to [^?]{1,40}\? ?(create (a|an|your)( free)? account|sign up( for free| now| today)?|register( now| today| for free)?|join( now| today| for free))[.!]?|already (a|an) (subscriber|member|customer)\?( (log ?in|sign ?in|login|activate)\b.{0,40})?|(inicia sesión|conéctate|connectez-vous|faça login|accedi|registrati) (para|pour|per) (comentar|réagir|commenter|commentare|continuar|seguir leyendo|lire la suite|continuare)\b.{0,40}|melden sie sich an,? um (zu kommentieren|weiterzulesen)\b.{0,40}|(¿?(ya )?(tienes|no tienes) (una )?cuenta|(vous n'avez pas|pas encore) de compte|(noch )?kein konto|(não tem|já tem) (uma )?conta|(non hai|hai già) un account)\s*\??( .{0,20}\b(reg[ií]strate|crea|créez|inscrivez-vous|connectez-vous|registrieren|anmelden|cadastre-se|crie|registrati|accedi|inicia sesión)\b.{0,30})?"),
    # Reset words alone appear in reviews ("resetting the password takes a minute"): the prompt
    # needs the link/e-mail it sends, or to be a bare imperative.
    ("password-reset", r"(.*\b(link|e-?mail|enlace|correo|lien|courriel|mail)\b.{0,60}\b(to reset|para restablecer|para recuperar|pour réinitialiser|zum zurücksetzen|zurückzusetzen|para redefinir|per reimpostare) (your|tu|la|votre|ihr|dein|sua|a|la tua|il tuo) (password|contraseña|mot de passe|passwort|senha)\b.*|.*\b(e-?mail|link|enlace|correo|lien|courriel|mail)\b.{0,60}\b(ihr|dein|ihre) (passwort|kennwort) (zurückzusetzen|zurücksetzen)\b.*|.*\b(we('ve| have| will)|we'll) sen[dt] (you )?(a|an) (password )?reset link\b.*|(.*[.!?:]\s+)?(your |the |a )?(password reset link|reset link|lien de réinitialisation|link zum zurücksetzen|link de redefinição|link per reimpostare)\b.{0,120}|(reset|restablecer|réinitialiser|zurücksetzen|redefinir|reimpostare)( (your|tu|la|votre|ihr|dein|sua|a|la tua))? (password|contraseña|mot de passe|passwort|senha)[.!?]?)"),
    # after the notice's sentences, its dialog's buttons as whole lines: an article may explain
    # how to refuse cookies
    ("cookie-notice", r".*\b(?<![“\x22«„])(we and our (\d+ )?(partners|vendors) (store|access|use|process)|nous et nos partenaires (utilisons|stockons|accédons)|nosotros y nuestros (socios|partners) (utilizamos|almacenamos)|wir und unsere partner (speichern|verwenden|nutzen)|nós e os nossos parceiros (utilizamos|armazenamos)|noi e i nostri partner (utilizziamo|archiviamo)|we use cookies|you agree to the storing of cookies|(this|our) (web ?)?(site|website|page|app|service) uses cookies|utilizamos cookies|usamos cookies|este (sitio|site) (web )?(utiliza|usa) cookies|nous utilisons des cookies|ce site utilise des cookies|wir verwenden cookies|diese (web)?seite verwendet cookies|diese website (verwendet|nutzt) cookies|wir nutzen cookies|utilizziamo (i )?cookie|questo sito (utilizza|usa) (i )?cookie)\b.*|(.*[.!?:,]\s+)?(accept (all )?cookies|manage cookies|(read|see|view) our cookie (policy|notice)|aceptar cookies|accepter les cookies|cookies akzeptieren|aceitar cookies|accetta (i )?cookie)\b.*|(cookie (settings|preferences|policy)|(configurar|configuraci[oó]n de|gestionar|rechazar|aceptar) (las |todas las )?cookies|(param[ée]trer|g[ée]rer|param[èe]tres des|refuser|accepter) (les |tous les )?cookies|cookie-einstellungen|(alle )?cookies (akzeptieren|ablehnen)|impostazioni (dei )?cookie|(rifiuta|accetta) (tutti )?i cookie|(gerir|definições de|configurações de|rejeitar|aceitar) (os |todos os )?cookies|only essential cookies|essential cookies only|cookie preferences saved\.?|continuer sans accepter|zustimmen und weiter|(rifiuta|accetta) e chiudi|aceptar y cerrar|aceitar e fechar|accepter et fermer|akzeptieren und schließen|accept all|reject all|alle akzeptieren|alle ablehnen|alle zulassen|aceptar todas|rechazar todas|aceitar todos|rejeitar todos|accetta tutti|rifiuta tutti|accepter tout|refuser tout|aceptar todo|rechazar todo|tout accepter|tout refuser|aceitar tudo|rejeitar tudo|accetta tutto|rifiuta tutto)\.?"),
    ("privacy-link", r".{0,40}\bprotected by recaptcha\b.{0,120}|(your|all) (information|data|personal (data|information)) (will be|is) (used|processed|handled|collected)\b.{0,40}\b(our|the) privacy (policy|notice|statement)\b.{0,40}|(privacy policy|privacy notice|privacy settings|privacy|cookie policy|política de privacidad|política de cookies|politique de confidentialité|politique de cookies|datenschutz(erklärung|hinweise)?|política de privacidade|informativa (sulla )?privacy|terms of (use|service)|terms (and|&) conditions|aviso legal|mentions légales|impressum|note legali|t[ée]rminos (y condiciones|de uso|del servicio)|condiciones (de uso|generales)|nutzungsbedingungen|allgemeine geschäftsbedingungen|agb|conditions (d'utilisation|générales( d'utilisation| de vente)?)|termos (de uso|e condições|de serviço)|termini (e condizioni|di (uso|servizio))|condizioni (d'uso|generali)|do not sell (or share )?my personal information|your privacy choices|\w+ respects your privacy)\.?"),
    ("newsletter-prompt", r"(.*[.!?:;,]\s+)?((please )?(sign up for (our|the|my)( \w+)? newsletters?|subscribe to (our|the|my)( \w+)? (newsletter|mailing list|blog|channel)|get (our|the) newsletter|join (our|the)( [\w-]+){0,2} (newsletter|mailing list)|get the latest (news|updates|stories|insights|tips|deals)( and [\w ]{1,20})? (about|from|on) .{1,120}|subscribe to get\b|sign up for [^.!?]{1,50}\bnewsletters?|be sure to sign up|(i |you )?(agree|consent) to receive .{0,60}\b(e-?mails?|newsletters?|communications|marketing|offers)|(recibe|recibir|rec[eé]vez|recevoir|receba|receber|ricevi|ricevere|erhalten sie) (nuestra|nuestras|la|notre|nos|a nossa|nossa|as nossas|la nostra|le nostre|unseren|den) (newsletter|newsletters|boletines|bolet[ií]n|lettre d'information)|ap[uú]ntate a (la|nuestra|nuestras)( \w+)? newsletters?|suscr[ií]bete|suscribirse|abonnez-vous|inscrivez-vous à (notre|la) newsletter|newsletter abonnieren|abonnieren sie (unseren|den)( \w+)? newsletter|cadastre-se (na|em) (nossa )?newsletter|jetzt abonnieren|assine (a nossa|nossa|a) newsletter|inscreva-se (na|em) (nossa )?(newsletter|lista)|iscriviti( alla newsletter)?))\b.*|.*\b(newsletter sign.?up|(?<!be able to )unsubscribe (at )?any ?time|f[üu]r (unseren|den)( \w+)? newsletter an|zum newsletter an(melden)?|was this (newsletter|e-?mail) forwarded to you|sign up to get (it|this|them) (in|delivered to) your inbox|tell your friends and (get|earn) rewards|refer (a friend|your friends) and (get|earn)|(delivered (straight |directly |right )?|sent (straight|directly|right) )to your inbox|no spam(, ever)?[,.!]\s+(unsubscribe|ever|we promise|just)|(get|receive) the latest .{0,60} (in|to|delivered to) your inbox|stay up to date by signing up|in your inbox every (day|week|month)|we'll never share your e-?mail|unsubscribe with one click|refer a friend,? (and )?(get|earn))\b.*"),
    ("subscribe-button", r"(sign me up!?|subscribe to( the)? [\w'& -]{1,40}|.{1,120}[.!:]\s+(sign up|subscribe)( now| free| today)?|subscribe|subscribe now|newsletters?|sign up now|join now|get started( today| now)?|s'abonner|abonnieren|assinar|abbonati)[.!]?"),
    ("widget-message", r"(thanks|thank you) for (signing up|subscribing|registering|your (feedback|subscription))( (to|for) [\w' .&-]{1,30})?([.!]+(\s+.{0,160})?)?|¡?(gracias por (suscribirte|registrarte|tu suscripci[oó]n)|merci (de|pour) votre inscription|(vielen )?dank(e)? für (ihre|deine) anmeldung|obrigad[oa] por (se inscrever|assinar)|grazie per (esserti iscritto|l'iscrizione))!?.*|your password reset link appears to be invalid or expired\.?|thanks for reading\b.{0,60}\bsubscribe\b.{0,120}|you've successfully (subscribed|signed up|signed in)( to .{1,40})?[.!]?|great! next, complete checkout\b.{0,80}|success! your account is (fully )?activated\b.{0,80}|(oops!? )?(something went wrong|an error occurred)[,.!]? please try again( later)?\.?|(?!thank)(.*[.!?]\s+)?(please )?check your (inbox|e-?mail) to confirm\b.{0,60}|(success|you're all set|you're in|great)!? you're (on the list|subscribed|signed up|all set)[.!]?|you're (on the list|subscribed)[.!]?( .{0,80})?|saved!"),
    ("collection-widget", r"(guardar (en mi lista|(el |este )?art[ií]culo|artigo)|(sauvegarder|enregistrer) (cet |l')article|zur merkliste hinzuf[üu]gen|(artikel|beitrag) merken|adicionar à minha lista|aggiungi alla mia lista|salva (l')?articolo|salvar (artigo|matéria)|add to (collection|watchlist|list|favou?rites|wishlist)|a[ñn]adir a (la |mi |una )?(colecci[oó]n|favoritos|lista)|no hay colecciones|aqu[ií] encontrar[aá]s todas (las )?colecciones que has creado( anteriormente| antes)?\.?|crear (una )?nueva colecci[oó]n|ajouter (à|a) (une|la|ma|vos) (collection|liste)|ajouter aux favoris|aucune collection|zur sammlung hinzuf[üu]gen|zu (den )?favoriten hinzuf[üu]gen|keine sammlungen|adicionar (à|a|aos) (cole[cç][aã]o|favoritos|lista)|nenhuma cole[cç][aã]o|aggiungi (alla|a una) (raccolta|lista)|aggiungi ai preferiti|nessuna raccolta|no collections?|here you'll find all (the )?collections you've created before\.?|create (a )?new collection|save to collection|added to (your |the |my )?(collection|watchlist|list|favou?rites|wishlist|library|reading list|recipe box)!?|add to (my|your) (games|library|shelf|lists?|collection|watchlist|favou?rites|reading list|queue|playlist|wishlist)|save (to|in) (my |your |the )?(recipe box|collection|list|favou?rites|board|library|folder)|saved? (to|for) later|save (article|story))"),
    ("share-prompt", r"((compartir|comp[aá]rtelo|comparte|partager|partagez|compartilhar|compartilhe|partilhar|partilhe|condividi|condividere|teilen)( en| sur| no| na| su| auf| via| por| per)? (facebook|twitter|x|linkedin|whatsapp|pinterest|telegram|reddit|flipboard|e-?mail|correo|courriel)|(auf|per|via) (facebook|twitter|x|linkedin|whatsapp|pinterest|telegram|e-?mail) teilen|share( this| the)?( article| story| post| page| recipe| content| blog| guide| video)?( on \w+| with \w+| via \w+| on| via)?|share on (facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|email)|(follow|find|like) us( on [\w ]{1,30})?|share your (thoughts|story)|compartir|comparte( este art[ií]culo)?|partager( cet article)?|teilen|artikel teilen|condividi|compartilhe|compartilhar|facebook|twitter|linkedin|whatsapp|pinterest|reddit|email|e-mail|print|copy link|x \(twitter\)|tweet|share on x \(formerly twitter\)|share this (story|article|post)[,!.]? choose your platform!?|click to (share|email|print|tweet)( (on|this|a link to a friend))?( [\w ]{1,20})?( \(opens in new window\))?|(share( this| the)?( article| story| post)?)\s*:\s*((facebook|twitter|x|linkedin|e-?mail|pinterest|reddit|whatsapp|print|telegram|threads|bluesky|copy link|more)\s*[|·,•]?\s*)+|((facebook|twitter|x|pinterest|linkedin|e-?mail|reddit|whatsapp|print|telegram|flipboard|threads|bluesky|tumblr|pocket|copy link|sms|messenger|mastodon)\s*){2,}|(email|e-mail|print|save) this (article|story|post|page|recipe))\.?:?"),
    ("in-site-teaser", r"(in|en|dans|auf|em|su|on|from|de|bei|sur|no|na) (?-i:[A-Z])[\w.'&-]*( [\w.'&-]+){0,4} ?\| ?[^|]{3,}"),
    # Strong teaser openers take any text after them; weak ones ("Related", "Watch") open
    # article sentences too, so they need a separator (":", "|", "»") or to stand alone.
    ("read-more-teaser", r"discover more from .{1,200}|(read more|read next|read also|also read|see also|more from [\w ]{1,40}|you (may|might) (also )?like)(\.\.\.|…)?(\s*[:|»›>–—-]\s*.{0,200}|\s+[^,.;…]{1,200}[!?]?)?|(lee también|lea también|leer más|te puede interesar|lire aussi|à lire aussi|lire la suite|voir aussi|(lee|lea) más(?=:)|lesen sie auch|weiterlesen|mehr zum thema|auch interessant|leia também|leia mais|veja também|leggi anche|leggi di più|potrebbe interessarti)(\s*[:|»›>–-]\s*.{0,200}|\s+[^,.;]{1,200})?|(ver|veja|voir|mostrar) (todos|todas|tous) (los|as|os|les) (art[ií]culos|posts|articles|not[ií]cias|mat[ée]rias|publicaciones|publicações) (de|do|da|par) .{1,60}|alle (artikel|beiträge) von .{1,60}|tutti gli articoli di .{1,60}|m[aá]s noticias de [\w ]{1,30}|(related( (articles?|posts?|stories|reading|content|news|coverage|publications|topics|guides|resources|links|videos|products|reads|tools))?|you (may|might) (also )?be interested in( the following| these| this)?( [\w-]+){0,3}|other (posts|articles|stories|guides)( you (may|might) (like|enjoy))?|more resources(\.\.\.|…)?|recommended( for you| reading| stories)?|see more|more|also|more (stories|articles|posts|news|insights|perspectives|resources|reading|guides|reviews|videos)|don'?t miss|must read|most popular|popular (on|in|at) [^\W\d_][^\d]{0,39}|trending( now)?|watch|keep reading|browse by (topic|category)|featured (resources|posts|articles|insights)|latest (insights|articles|posts)|relacionad[oa]s?|à lire également|lire également|explore more on (these|this) topics?|see more on:.{1,60}|what to (read|watch) next|check out|(view |see |read )?(all|more) (posts|articles|stories|reviews) by [^.!?]{1,50}|(view|see|read) (all|more) (posts|articles|stories|reviews) from [^.!?]{1,50}|more on (this|that)( story)?|next (article|post|story)|previous (article|post|story)|art[ií]culos relacionados|continuar (leyendo|lendo)|continua a leggere|continuer (la lecture|à lire)|(lee|lea) más|(ähnliche|verwandte|weitere) (artikel|beiträge|themen)|(noticias|contenidos|temas) relacionad[oa]s|m[aá]s noticias|tambi[ée]n te puede interesar|articles similaires|sur le m[êe]me sujet|[àa] voir aussi|dans la m[êe]me rubrique|weitere artikel|das k[öo]nnte sie auch interessieren|(not[ií]cias|mat[ée]rias|artigos) relacionad[oa]s|articoli correlati|notizie correlate|ti potrebbe (anche )?interessare|no te pierdas|ne manquez pas|nicht verpassen|não perca|da non perdere)(\s*[:|»›>]\s*.{0,200})?"),
    ("bracketed-teaser", r"[\[(](related|see also|read more|also read|read also|more|lee también|lire aussi|lesen sie auch|leia também|leggi anche)\s*:.{1,200}[\])]"),
    ("sponsored-label", r".{1,120}[(\[](sponsored|advertisement|anzeige|publicidad|publicité|patrocinado|sponsorisé|sponsorizzato)[)\]]"),
    ("ad-label", r"(advertisement|anzeige|publicidad|publicité|werbung|publicidade|pubblicità){2,}|(advertisement|anzeige|publicidad|publicité|werbung)\s*:\s*.{1,80}|skip (advertisement|ad)|(advertisement|advertising|ad|sponsored( content)?|paid (content|post|partnership)|contenido patrocinado|contenu sponsoris[ée]|conte[uú]do patrocinado|contenuto sponsorizzato|gesponsert(er inhalt)?|publirreportaje|publi-?reportage|publicidad|publicité|anzeige|werbung|publicidade|pubblicità|(scroll|continue reading) (down )?(to|for|below) (continue|content|the article).*)\.?"),
    ("affiliate-notice", r"(affiliate (disclosure|disclaimer)|aviso de afiliados)\s*:.*|.*\b(als amazon-partner verdien(e|en) (ich|wir) an qualifizierten verk[äa]ufen|en tant que partenaire amazon,? (je r[ée]alise|nous r[ée]alisons) un b[ée]n[ée]fice sur les achats remplissant les conditions requises|in qualit[àa] di affiliat[oi] amazon,? (io )?(ricevo|riceviamo) un guadagno (dagli|per gli|per ogni) acquist[oi] idone[oi]|como (asociad[oa]s?|afiliad[oa]s?) de amazon,? (gano|ganamos|obtengo|obtenemos|recibo|recibimos) (ingresos |una comisi[oó]n )?(con|por|de) las compras (adscritas|que cumplen( con)? (los )?requisitos( aplicables)?|elegibles|cualificadas)|como associad[oa]s? da amazon,? (eu )?(ganho|ganhamos|recebo|recebemos) (com|por|em) compras (qualificadas|eleg[ií]veis)|(contiene|incluye|contient|cont[ée]m|inclui|contengono) (enlaces|liens|links?) (de afiliad[oa]s?|affili[ée]s|d'affiliation|di affiliazione|affiliati)|(we|i) may (earn|receive|get) (a |an )?(small )?(commission|affiliate commission|compensation)( (from|on|for) (links|purchases|products|sales|qualifying|items|some|any)| (if|when) you| through (our|these|the|links)| at no (additional|extra) cost| without)|(contains?|uses?|includes?|has|have)( some| a few)? affiliate (links?|ones)|(through|via|from|using) (our|my|these|the) affiliate links?|(buy|purchase|shop|click) (something |anything )?(through|via|using|on) (an? |our |my |these |the )?affiliate links?|affiliate links?,? (which|that) means|(earn|receive|get|make)s? (an? )?(small )?affiliate commissions?|when you (buy|purchase|shop) (something )?through (our |the )?links|if you (buy|purchase) (something|anything|a product)? ?(through|via|from) (this|our|the|a) (post|article|page|links?)\b|may (get|earn|receive) a (share|portion|commission) (of|from) (the|any) sales?|as an amazon associate|(some|all|many|the|these|certain)( of the)? links( below| above| in this (post|article|page)| on this (page|site))? (are|may be) affiliate links|earn from qualifying purchases|(is|are) supported by (commissions|our readers)|we (may )?(be|get) compensated (when|if|by|for)|(we|i) (may )?(earn|receive) (compensation|a small fee|a fee) (when|if) you\b|chosen independently by our editors|(our )?editors independently (select|choose|pick)\b.{0,120}|(links|products) (in|on) this (article|post|page|site) (are|may be) affiliate|(this|the) (article|post|page) (contains|includes) sponsored content|(purchases|sales) (made )?(through|via) (our |these |the )?links (may )?earn us|we earn (a )?commissions? (from|on|for|when|through)|earn us a (small )?commission|this (post|article|page) (may )?contains? affiliate|affiliate links (are|is|may be) (used|included) (in|throughout|on) (this|the) (post|article|review|page|guide)|(dieser|der) (beitrag|artikel) enthält (sogenannte )?(affiliate|partner|werbe)-?links)\b.*"),
    ("photo-credit", r"(?!picture by picture)((photo|photograph|image|picture|foto|fotografía|bild|immagine|imagem|imagen|im[aá]genes)( credits?| by| de| von| di)?s?|credits?|cr[ée]dits? photo|bildquelle|featured image( by)?|feature image( by)?|cover (photo|image)( by)?|illustration( by)?)\s*[:©]\s*(?!\d).{1,100}|(photo|image|picture|illustration|featured image|feature image|header image|screenshot|screengrab|screen capture|photo illustration|graphic) (by|via|courtesy( of)?) .{1,100}|(screenshot|screengrab|photographer)s?\s*:\s*[^.!?]{1,80}|courtesy( of)? [\w .&'/-]{1,60}|\(courtesy( of)? [^()]{1,60}\)|\((foto|photo|fotos|image|imagen|bild)\s+[\w./ -]{1,40}\)|cr[ée]ditos?\s*:\s*[^\d.,;:]{1,40}|(imágenes|imagen|imagens|imagem|images?|photos?|fotos?|bilder?|immagini|immagine)\s*\|\s*[^|]{1,80}|\[(photo|image|credit|photograph)s?\s*:[^\]]{1,80}\]|credit\s*(\.\.\.|…)\s*.{1,100}|(.{0,60}[/|©]\s*|([\w.'-]+\s+)?via\s+|((photo|image|picture|illustration|video|graphic|file photo|photograph)s?\s+)?(by|courtesy of)\s+|\(?)(getty images|shutterstock|istock(photo)?|adobe stock|unsplash|pexels|reuters|associated press|ap photo|afp|dpa|efe|ansa|alamy)(/[\w .]{1,40})?\s*\)?\.?"),
    ("copyright-line", r"(?!.*\?$)(((all )?content )?(©\s*.{0,200}|\(c\)\s*(\d{4}|copyright)\b.{0,160})|copyright\s*(©|\(c\)|\d{4}|:).{0,160}|copyright( by| of)? [^.!?]{1,60}\b(inc|ltd|llc|media|group)\b.{0,60}|copyright( by| of)? [^.!?]{1,40}\b(19|20)\d{2}\b[^.!?]{0,60}|.{0,80}\ball rights reserved\.?.{0,80}|.{0,80}\btodos los derechos reservados\.?.{0,40}|.{0,80}\btous droits réservés\.?.{0,40}|.{0,80}\balle rechte vorbehalten\.?.{0,40}|.{0,80}\btodos os direitos reservados\.?.{0,40}|.{0,80}\btutti i diritti riservati\.?.{0,40}|(this material|this (article|story|content)) may not be (published|reproduced|copied),? (broadcast|distributed|transmitted)\b.{0,80})"),
    ("reading-time", r"(.{0,40}\s[⋅·|•/-]+\s*)?(\d+\s*(min(ute)?s?|mins?|minutos?|minuten?|minuti)\.?( de)?\s*(read|reading|lectura|de lectura|de lecture|lecture|lesezeit|lesedauer|leitura|de leitura|di lettura|lettura))|(estimated )?(reading time|read time|tiempo de lectura|temps de lecture|lesezeit|lesedauer|tempo de leitura|tempo di lettura)\s*:?.{0,20}|(lecture|lectura|leitura|lettura|lesezeit|lesedauer)\s*:\s*\d+\s*min(ute|utos?|uten?|uti)?s?\.?|\d+\s*mins?\.?( read)?|\d+\s*minutes? read"),
    ("tag-line", r"(#[\w-]+\s*){3,}|(tagged( with| in| as)?|sujets|tags?|topics?|categor(y|ies)|filed under|posted in|etiquetas|temas|mots-clés|mots clés|thèmes|étiquettes|schlagwörter|schlagworte|themen|argomenti|etichette|palavras-chave|palabras clave|tag)\s*:\s*.{0,200}"),
    ("author-bio", r"(about the author|sobre el autor|sobre la autora|à propos de l'auteure?|über (den autor|die autorin)|sobre o autor|sobre a autora|l'autore|l'autrice)\s*:\s*.{1,300}|((?-i:[A-Z])[\w.'-]+ ){1,3}has been (writing|covering|reporting|reviewing|blogging)\b.{10,300}|((?-i:[A-Z])[\w.'-]+ ){1,3}(is|was|has been|es|est|ist|é|è) (a|an|the|our|un|una|une|ein|eine|um|uma|uno|la|el|le|der|die|o|a) .{0,160}\b(writer|editor|journalist|reporter|author|contributor|correspondent|columnist|freelancer?|blogger|redactor|redactora|periodista|journaliste|rédacteur|rédactrice|autor|autora|autorin|redakteur|redakteurin|jornalista|giornalista|redattore|redattrice)s?\b.*"),
    ("byline", r"(?!.*, (the|who|which|this|it|he|she|they|his|her|their) )((posted|published|written|updated|last updated|(medically |expertly |clinically )?reviewed|fact checked|edited|content reviewed) (by|on|at)|publicado (por|el)|publié (par|le)|veröffentlicht (von|am)|aktualisiert am|publicado em|pubblicato (da|il)) .{1,80}"
              r"|by [\w.'-]+( [\w.'-]+){0,3}\s*[⋅·|•]\s*(?=.{0,60}(\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\b" + _MONTHS + r"\b\.? \d|\d{1,2}\.? " + _MONTHS + r"\b|\d+ (min|hours?|days?) ago|\d{4}\b)).{1,100}"
              r"|(\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\w{3,10}\.? \d{1,2},? \d{4}|\d{1,2}\.? \w{3,10}\.? \d{4})\s*[|·-]?\s*(by|por|par|von|di|de) [\w.'-]+( [\w.'-]+){0,4}"),
    ("date-line-long", r"([\w-]+,?\s+)?\d{1,2}\.? (de )?" + _MONTHS + r"\.? (de )?\d{4}((,)?\s*(à|às|a las|alle|um|at|-)?\s*\d{1,2}[:h.]\d{2}(\s*uhr)?)?"),
    ("date-line", r"((updated|published|last updated|modified|(last )?(medically )?reviewed|page last (updated|reviewed))( on)?:?\s*)?(\d{1,2}(st|nd|rd|th)?\s+" + _MONTHS + r"\.?,?\s+\d{4}|" + _MONTHS + r"\.?\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}|\d{1,4}[./-]\d{1,2}[./-]\d{1,4})(\s*(at|,|-|·|\|)?\s*\d{1,2}[:.]\d{2}\s*(am|pm|a\.m\.|p\.m\.|[a-z]{2,4})?(\s*(et|est|edt|pt|pst|pdt|ct|cst|cdt|utc|gmt|bst|cet|cest))?)?\.?"),
    ("date-line-intl", r"(actualizado|publicado|mis à jour|publié|aktualisiert|veröffentlicht|atualizado|aggiornato|pubblicato|ultimo aggiornamento|última actualización|dernière mise à jour|zuletzt aktualisiert)( el| le| am| em| il| a las)?\s*:?\s*(\d{1,2}\.? (de )?" + _MONTHS + r"\.? (de )?\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})((,)?\s*(à|às|a las|alle|um|ore|at|-)?\s*\d{1,2}[:h.]\d{2}(\s*(uhr|h))?)?(\s*(cet|cest|utc|gmt|brt|brst))?\.?"
                       r"|(actualizado|atualizado|publicado|mis à jour|publié|aktualisiert|aggiornato|pubblicato)\s+(hace|há|il y a|vor)? ?\d+ [^\W\d_]{3,9}( fa)?"
                       r"|(por|par|von|di) [\w.'-]+( [\w.'-]+){0,3}\s*[⋅·|•]\s*(?=.{0,60}(\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}\.? (de )?" + _MONTHS + r"\b)).{1,100}|(por|par|von|di) [\w.'-]+( [\w.'-]+){0,3},\s*(le |el |am |il |em )?\d{1,2}\.? " + _MONTHS + r"\.? \d{4}( (à|às|a las|alle|um) \d{1,2}[h:.]\d{2}( uhr)?)?\.?"),
    # Wire and agency credits closing news pages ("SOURCE: News agencies").
    ("source-credit", r"((content |data )?sources?|fuentes?|quelle|quellen|fonte|fontes|fonti)\s*:\s*[^.!?]{1,80}"),
    ("syndication-credit", r"a version of this (article|story) appears in print\b.{0,200}|(editor's note:\s*)?this (article|story|post) (was )?(originally|first) (published|appeared|posted|written) (on|in|at|by) .{1,100}|(originally|first) (published|appeared|posted) (on|in|at|by) [^,]{1,100}|(editor'?s note:\s*)?(this|a version of this) (article|story|post|piece) (also |first |originally )?(appeared|ran) (in|on) .{1,120}"),
    ("wire-credit", r"contributing:\s*.{1,120}|.{1,120}\bcontributed to this (report|story|article)\.?|to contact the (reporters?|editors?|authors?)( responsible for this story| on this story)?:.{1,200}|our standards:.{1,80}|\(((additional )?reporting|writing|editing|compiled) by [^()]{1,250}\)\.?|((additional )?reporting|writing) by [^.]{1,120}[;,] ?(editing|additional reporting) by [^.]{1,120}\.?"),
    ("comment-prompt", r"(tell us what you think( ?\.\.\.| ?…)?|what do you think\?|leave a (comment|reply)|post a comment|(\d+ )?(comments?|comentarios?|commentaires?|kommentare?|comentários?|commenti|commento)( \(\d+\))?|(mostrar|ver|voir|afficher|mostra|vedi) (los |les |os |i )?(comentarios|commentaires|comentários|commenti)|kommentare (anzeigen|lesen|einblenden)|(únete|participa) (a|en) la conversación|réagir à cet article|réagissez|diskutieren sie mit!?|partecipa alla discussione|participe da conversa|add (a )?comment|join the (conversation|discussion)|deja (un|tu) comentario|laisser un commentaire|kommentar (schreiben|hinterlassen|abgeben)|(schreibe|schreiben sie|hinterlasse|hinterlassen sie) einen kommentar|(escribe|publica|añade) (un|tu) comentario|ajouter un commentaire|(adicione|adicionar|escreva) (um )?comentário|(aggiungi|scrivi) un commento|deixe (um|seu) comentário|lascia un commento|reply|responder|répondre|antworten|rispondi)\.?:?"),
    ("call-to-action", r"(find a (doctor|provider|location|store|dealer|therapist)( near you)?|(request|schedule|book) (service|a (free )?(case evaluation|showing|estimate|inspection|tour)|an appointment with [\w. ]{1,30}|your (move|appointment|consultation|trip|stay|cleaning|service|inspection|tune-up)\b[\w& ]{0,30})( online| today| now)?\b.{0,40}|get (my|your) (free )?[\w' ]{1,30}(inspection|estimate|quote|valuation|value|consultation|checklist)\b.{0,30}|see (my|your) rates|start (my|your) (free )?(quote|estimate|application)|claim (my|your) .{1,30}(coupon|discount|offer)|apply for financing|pay (my|your) bill|patient portal|plan my trip|get directions|learn more about our [\w ]{1,40}|free in-home consultation\b.{0,40}|book a (demo|call|consultation)|request a (quote|demo|consultation|call)|get (a|your) free (quote|estimate|trial|consultation)( today)?|apply now|order now|shop now|buy now|learn more|find out more|try (it )?(for )?free|start (your )?free trial|download (it )?now|contact us( today)?|get in touch|see (packages|pricing|plans)|view (on|at) \w+|check (price|availability)( on \w+)?|reserva ahora|más información|en savoir plus|mehr erfahren|jetzt kaufen|saiba mais|scopri di più)[.!]?( ?[➔→»›>])?"),
    # Button labels that sell something: as a whole line they are a button wherever they sit
    # (the edge-only call-to-action above holds the softer "learn more"/"contact us").
    ("cta-button", r"(book (a|your) (free )?(demo|call|consultation)|request a (free )?(quote|demo|consultation|call)|get (a|your) free (quote|estimate|trial|consultation|demo)( today)?|apply now|order now|shop now|buy now|start (your )?free trial|try (it )?(for )?free( today)?|get started for free|try [\w' .&-]{1,30} free for \d+ days)[.!]?( ?[➔→»›>])?"),
    ("follow-prompt", r"(follow|support|join|stay connected with|connect with) (us|me)( on [\w ,&]{1,40})?[.!]?|stay connected!?|follow|following|follow (this|the) (author|writer|topic|reporter|columnist)s?\b.{0,100}|follow (topics|authors)( and (topics|authors))?\b.{0,120}|add (us|[\w' .&-]{1,30}) as a preferred source( on google)?.{0,40}|(help (me|us) )?spread the word.{0,60}|pin (it )?for later!?|síguenos( en [\w ]{1,30})?|suivez-nous( sur [\w ]{1,30})?|folgen sie uns( auf [\w ]{1,30})?|siga-nos( no [\w ]{1,30})?|seguici( su [\w ]{1,30})?|(sigue a|suivez|folgen sie|siga o|siga a|segui) [\w' .&-]{1,40} (en|sur|auf|no|na|su) .{0,40}\b(x|twitter|facebook|instagram|linkedin|tiktok|youtube|whatsapp|telegram|threads|bluesky|google (news|noticias|notícias|actualités))\b.{0,20}|(únete|unete|entre|rejoignez|tritt|iscriviti|unisciti) (a |al |no |à |dem |al )?(nuestro |nosso |notre |unserem |nostro )?(canal|chaîne|kanal|canale) .{0,40}\b(whatsapp|telegram)\b.{0,20}"),
    # "Follow Acme News on Threads": a capitalised name, then the network (case matters).
    ("follow-name", r"(follow|stay connected with|connect with) (?-i:[A-Z][\w'.&+-]*(?: [A-Z][\w'.&+-]*){0,3}) on [\w ,&]{1,40}[.!]?"),
    # Paywall prompts: the rest of the piece is for paying readers.
    ("paywall-prompt", r"te quedan \d+ (artículos|noticias) (gratis|gratuitos)\b.{0,40}|il vous reste \d+ ?% de cet article à lire\b.{0,120}|vous avez lu \d+ articles? gratuits?\b.{0,60}|(déjà abonné|bereits abonnent(in)?|já é assinante|sei già abbonato|ya (soy|eres) suscriptor)\s*\??( .{0,20}\b(se connecter|connectez-vous|anmelden|einloggen|faça login|entre|accedi|inicia sesión|entra)\b.{0,20})?|sie haben ihr (monatliches )?kontingent an kostenlosen artikeln erreicht\.?|offre spéciale\s*:\s*.{0,40}\b(abonnement|abonnez|premier mois|sans engagement)\b.{0,60}|upgrade to paid( subscription)?|member-only story|sign up to discover .{1,100}|.{0,60}\byou have \d+ gift articles\b.{0,80}|send any friend a story|(unlock|get|enjoy|start) unlimited (digital )?access( to (all|every|our)\b[^.]{0,40})?( for (just |only )?[$€£]?\d[^.]{0,30})?[.!]?|(keep|continue) reading with (a|an|your) (\d+-day )?(free )?trial\b.{0,40}|you('ve| have) (read|used|viewed) \d+ (of|out of) (your )?\d+ (free )?(articles|stories)\b.{0,60}|subscribe (now |today )?(for|to get) unlimited (digital )?access\b.{0,160}|(.*[.!?:]\s+)?(become a paid (subscriber|member) to\b|you('ve| have) (reached|read|used) (your|all of your|all your|the) (limit|maximum|\d+|free) (of )?(free )?(articles|stories)|subscribe (now )?to (unlock|continue reading|keep reading|read the rest)|(subscribe|sign up|log ?in|register|join|become a (paid )?(member|subscriber)|upgrade)( now| today)? to (unlock|keep reading|continue reading|read) (this|the full|the rest of this) (piece|post|article|story|essay)|to (read|continue reading|keep reading|unlock) (the rest of this|this|the full) (piece|post|article|story|essay),? (please )?(subscribe|sign up|log ?in|register|become a)|suscríbete para (seguir|continuar) leyendo|abonnez-vous pour (lire|continuer)|jetzt weiterlesen mit|assine para continuar lendo|abbonati per continuare a leggere)\b.{0,160}|this (post|article|story|piece) is for (paid )?(subscribers|members)( only)?[.!]?|(este|esta) (artículo|noticia|contenido) es exclusivo para (suscriptores|socios)[.!]?|la suite est réservée aux abonnés\.?|(cet article|ce contenu) est réservé aux abonnés\.?|(dieser artikel|dieser inhalt) ist (nur für|exklusiv für) abonnenten\b.{0,80}|(este|esta) (conteúdo|matéria) é exclusiv[oa] para assinantes\.?|(questo articolo|questo contenuto) è riservato agli abbonati\.?"),
    # Text-message consent under phone-number forms (US sites print it under every form).
    ("sms-consent", r".{0,240}\b(message (and|&) data rates may apply|you consent to (be contacted|receive calls|receive (text|sms) messages)|reply stop to (opt[- ]?out|unsubscribe|cancel|end)|(you are )?consenting to be contacted by (sms|text)|reply help for (more )?(info|information|help))\b.{0,240}"),
    ("support-prompt", r"support (independent|local|our|quality) journalism[.!]?( (donate|subscribe|give)( now| today)?[.!]?)?|.{0,60}\b(we('re| are)|this (site|newsletter|podcast|work|journalism|publication) is) (funded|supported) by readers\b.{0,80}|.{0,60}\b(funded|supported) by readers like you\b.{0,80}|.{0,80}\b(advertising|ads) on (our|this) (site|website) help(s)? (to )?(support|fund) (our|the) (mission|work|journalism)\b.{0,160}|.{0,40}\bexclusive (to|for) (our |paid |premium |[\w+.-]+ )?(subscribers|members)( only)?[.!]?|would you like to receive notifications.{0,60}|(please )?consider (donating|supporting|subscribing|becoming a (member|patron|subscriber))( (to|us|our|today|now|this|the)\b.{0,80})?[.!]?|.{0,160}\bif you (liked|enjoyed|found value in) (this|the|my|our) (article|post|story|episode|piece|newsletter|podcast)\b.{0,40}\b(liking|sharing|subscribing|share it|subscribe)\b.{0,300}"),
    # Unlike the edge-only follow-prompt, these say "our/the group" or name the platform, so
    # they are prompts wherever they sit.
    ("social-prompt", r"follow us|follow .{1,60} on (facebook|twitter|instagram|x|linkedin|tiktok|youtube|threads|bluesky|mastodon)\b.{0,100}|(join|follow) (the|our|my)( [\w-]+){0,2} (facebook|discord|slack|telegram|whatsapp|linkedin|reddit) (group|community|server|channel|page)\b.{0,80}|(please )?help (me|us) spread the word\b.{0,60}"),
    # Sales lines stitched into articles: a discount with an exclamation, not a reviewer's aside.
    ("promo-line", r"(?=.*!).{0,120}\b(unlock|get|save|enjoy|claim|take)( up to)? \d{1,2} ?% off\b.{0,120}"),
    # Fine print under sign-up and comment forms: an opener that names the form action, or the
    # bare "and agree to our Terms" left when the checkbox label is split off.
    ("form-fine-print", r"(?=.*\b(you|your|i|agree|accept|consent|acknowledge|usted|aceptas|acepta|aceptar|vous|acceptez|accepter|sie|akzeptieren|stimmen|você|concorda|aceita|aceito|accetti|accetto|acconsenti)\b)(.{0,80}\b(by (clicking|tapping|subscribing|signing up|signing in|logging in|submitting|registering|creating (an|your) account|continuing|entering your e-?mail|providing your e-?mail|using this (site|website))|al (hacer clic|suscribirte|registrarte|enviar|continuar)|en (cliquant|vous inscrivant|vous abonnant|soumettant|continuant)|mit (der|ihrer|deiner) (anmeldung|registrierung)|mit dem klick|ao (clicar|se inscrever|assinar|se cadastrar|enviar|continuar)|(cliccando|iscrivendoti|registrandoti|inviando|continuando))\b.{0,120}|(and |&\s*)?(i )?(have read and )?(agree|accept|consent) (to )?(the|our)\b.{0,40})"
                        r"\b(terms|privacy|cookie policy|términos|política de privacidad|conditions|politique de confidentialité|nutzungsbedingungen|datenschutz\w*|agb|termos|política de privacidade|termini|informativa)\b[^.!?]{0,100}[.!]?"),
    # Recipe-card prompts printed under every recipe of a food blog.
    ("recipe-prompt", r"(did you (make|try|cook|bake) (this|these|one of (my|our)|my|any of (my|our)) recipes?\?|(please )?(leave|give) (a|this recipe a|it a) (\d[- ])?(star )?(rating|review)( below)?\b|rate this recipe|tag (me|us) on instagram|¿?(hiciste|has hecho|probaste) (esta|alguna de (mis|nuestras)) recetas?\??|(vous avez|avez-vous) (testé|essayé|fait|réalisé) (cette|une de mes) recettes? ?\??|hast du (dieses|das|eines meiner) rezepte? (ausprobiert|nachgemacht|gemacht|nachgebacken)\??|(você )?(fez|experimentou) (esta|essa|alguma das minhas) receitas?\??|hai provato (questa|la mia|una delle mie) ricett[ae]\??).{0,400}"),
    # How to reach the author or the company, closing news and business pages.
    ("contact-line", r"(.{0,80}\b(can|may) be (reached|contacted) (at|by|via|on)\b(?=.*(@|\d{3}|e-?mail|phone|twitter|linkedin|signal)).{0,200}|(have|got) a (news )?(tip|story idea)\?.{0,200}|(questions|need help|have (a )?questions?)\?\s*(e-?mail|contact|write to|reach) us\b.{0,80}|(submit|send|share) (us )?your (photos|videos|photos and videos|news tips?)\b.{0,40}|(e-?mail|mail|phone|tel\.?|telephone|call( us)?|fax|whatsapp|correo( electrónico)?|teléfono|téléphone|courriel|telefon|telefone|telefono)\s*:?\s*([\w.+-]+@[\w-]+\.[\w.]+|\+?\d[\d ()./-]{6,20}\d)\.?|[\w.+-]+@[\w-]+\.[\w.]+\.?)"),
    ("comment-policy", r".{0,80}\b(comments? (are|is|will be) (moderated|reviewed|subject to moderation)|comment(ing)? (policy|guidelines|moderation)|comentários .{0,100}(não serão (aprovados|publicados)|moderador|moderados)|los comentarios .{0,80}(moderados|no serán publicados|moderador)|les commentaires .{0,80}(modérés|ne seront pas publiés|modérateur)|kommentare .{0,80}(moderiert|nicht freigeschaltet|werden geprüft)|i commenti .{0,80}(moderati|non saranno pubblicati|moderatore))\b.{0,300}"),
    # "Page 2 of 8" between the parts of a paginated article is never a sentence of it.
    ("page-count", r"(page|página|seite|pagina) \d+ (of|de|von|di|sur) \d+"),
    # A row of short links joined by slashes or dots: footer SEO lists, "Sie suchen: A / B / C".
    ("link-row", r"([^/·•:]{1,40}:\s*)?([^/·•]{1,40}\s+[/·•]\s+){3,}[^/·•]{1,40}"),
    # A news author's tagline closing the text: "... is out now. Follow him on Twitter @x."
    ("follow-tagline", r".{0,300}[.!?)]\s+follow (him|her|them|me|us|[\w@.'-]+( [\w@.'-]+)?) on (twitter|x|facebook|instagram|linkedin|threads|bluesky|mastodon|tiktok|youtube)\b.{0,160}"),
    ("pagination", r"(siguiente|próxima) página|página (siguiente|anterior)|page (suivante|précédente)|(nächste|vorherige) seite|pagina (successiva|precedente)|(article|artículo|artigo|articolo) (suivant|siguiente|seguinte|successivo)|próximo artigo|nächster artikel|cargar más( noticias| artículos)?|afficher plus( d'articles)?|mehr laden|carregar mais( notícias)?|carica altri( articoli)?|ver más noticias|\d+ of \d+|(\d+|…|\.\.\.)(\s+(\d+|…|\.\.\.)){2,}\s+(next|prev(ious)?)|(\d+\s+){1,5}(…|\.\.\.)(\s+\d+){1,3}|(continue|go|skip|jump) to page \d+|(page|página|seite|pagina) \d+ (of|de|von|di) \d+|\d+ / \d+|(next|previous|prev) page|siguiente|anterior|suivant|précédent|weiter|zurück|próxima|successivo|precedente"),
    ("click-here", r"(.*[.!?:,;]\s+)?((please|simply|just) )?(click here|tap here|haga clic aquí|haz clic aquí|cliquez ici|klicken sie hier|clique aqui|clicca qui)\b.{0,80}|.{0,120}\b(click|tap) here (to|for) (learn|read|see|view|download|subscribe|sign up|register|find out|get|access|watch|listen|shop|buy|order|book|apply|contact|donate|join|more)\b.{0,80}"),
    ("shortcode", r".*\[(\w+)\b[^\]]*\].*\[/\1\].*"),
    ("bracket-teaser", r".{10,160}\[(video|insight|reaction|pictures|photos|gallery|poll|live|revealed|latest|watch|analysis|opinion|comment)\]\|?"),
    ("all-caps-teaser", r"(?-i:[^a-z]*[A-Z][^a-z]*)"),
    # Labels and dates left from bylines and article headers ("Written by", "Updated: Jan 31",
    # "2 days ago"): the name or date sits on its own line beside them.
    ("meta-label", r"((written|reviewed|edited|fact[- ]checked|medically reviewed) by|published( on| in)?|(last )?updated( on)?|(estimated )?reading time|posted( on| in)?|escrito por|publicado( el| em| por)?|actualizado( el)?|publié( le| par)?|mis à jour( le)?|geschrieben von|veröffentlicht( am)?|aktualisiert( am)?|atualizado( em)?|scritto da|pubblicato( il)?|aggiornato( il)?)\s*:?"
                   r"|((updated|published|posted|modified)( on)?:?\s*)?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)\.? \d{1,2}(st|nd|rd|th)?"
                   r"|(this (post|article|page) was )?(last )?updated (on |in )?[\w ,.]{3,25}\d{4}\.?"
                   r"|(by:?\s*)?[\w.'-]+( [\w.'-]+){0,3},\s*[a-z]{3,9}\.? \d{1,2},? \d{4}"
                   r"|((published|updated|posted|modified):? )?(\d+|an?|one) (seconds?|minutes?|hours?|days?|weeks?|months?|years?) ago|(posted|filed) (in|under) [\w &/-]{1,40}(, [\w &/-]{1,40}){0,5}|hace \d+ (minutos?|horas?|días?|semanas?|meses|años?)|il y a \d+ (minutes?|heures?|jours?|semaines?|mois|ans?)|vor \d+ (minuten?|stunden?|tagen?|wochen?|monaten?|jahren?)|há \d+ (minutos?|horas?|dias?|semanas?|meses|anos?)|\d+ (minut[oi]|or[ae]|giorn[oi]|settiman[ae]|mes[ei]|ann[oi]) fa"),
    # Table-of-contents widgets: their heading and toggles.
    ("toc-label", r"(table of contents?|content map|more chapters|jump to|skip to|in this (article|post|guide)|on this page|what's inside|tabla de contenidos?|índice|contenido|sommaire|table des matières|inhaltsverzeichnis|inhalt|sumário|conteúdo|indice|sommario)\s*:?"),
    # What a contact or sign-up form says after it is sent (site builders print both states).
    ("form-message", r"((thank you|thanks)!? your (submission|message|request|form) has been (received|sent|submitted)!?.*|(thank you|thanks)!? (a member of )?our team will (contact|reach out to|get back to) you\b.{0,60}|your (request|message|submission) has been (received|sent)\b.{0,60}|oops!? something went wrong( while submitting the form)?[.!]?|sorry,? (we )?(couldn't|could not|can't|cannot) find (a match|any results|anything)\b.{0,60}"
                     r"|¡?gracias!? (tu|su) (mensaje|solicitud) (ha sido|se ha) enviad[oa].*|merci\s?!? votre (message|demande) a (bien )?été envoyée?.*|(vielen )?dank!? ihre (nachricht|anfrage) wurde (erfolgreich )?(gesendet|übermittelt|versendet).*|obrigad[oa]!? sua mensagem foi enviada.*|grazie!? il tuo messaggio è stato inviato.*)"),
    # Sales calls to action closing (or opening) a company blog post: a demo, a quote, a trial.
    ("sales-cta", r"((sign up|register|join|subscribe)( now| today| for free| free)( and| to) .{0,100}|sign up (now|today|for free)[.!]?"
                  r"|(.{0,160},\s+)?(book|request|get|schedule|claim) (a|your) (free )?(and personali[sz]ed )?(demo|quote|estimate|consultation|trial|lesson|first lesson)\b[^.!?]{0,100}[.!]?"
                  r"|.{0,60}\bno credit card (required|needed)\b.{0,80}|.{0,100}[.!]\s+start (your|a) free trial[.!]?|(ready to [\w ]{2,30}|thinking of [\w ]{2,30}|moving soon|need (a|an) [\w ]{2,30} fast|injured in an accident|looking for (a|an) [\w ]{2,30})\? .{0,40}\b(get|book|call|contact|schedule|request|talk|see|claim)\b.{0,120}"
                  r"|(view|see|explore|compare) (all )?(plans|pricing|pricing options|packages)!?|get in touch( with (us|our team|the team))?[.!]?|let'?s talk[.!]?|(give us a call|call us) (today|now)\b.{0,80})"),
    # Shop and recipe-card buttons, repeated beside every product or recipe in a list.
    ("shop-button", r"(check (the )?(latest )?price( on \w+)?|view (deal|price|offer)( on \w+| at \w+)?|see (it|price|deal) (on|at) \w+|(start|continue) shopping( now)?|sign up for free and .{1,40}|(get|print|pin|save|rate) (the |this )?recipe|(comprar|acheter|acquista|compra) (en|sur|na|no|su|chez) [\w.' -]{1,30}|bei [\w.' -]{1,30} kaufen|(ver|voir|vedi) (la |l')?(oferta|offre|offerta) (en|chez|sur|no|na|su) [\w.' -]{1,30}|zum angebot( bei [\w.' -]{1,30})?|[$£€]\s?\d[\d,.]* (at|from|on|@) (amazon|best buy|walmart|target|ebay|newegg|b&h( photo)?|costco|home depot|lowe's|apple|samsung|dell|lenovo|adorama|crutchfield|wayfair|rei|sephora|ulta|nordstrom|macy's|etsy|kohl's|argos|currys|john lewis|very)( [\w.]{1,10})?)[.!]?( ?[➔→»›>])?"),
    # Offers: money off a first order, promo codes, sign-up credit and its fine print.
    ("promo-offer", r".{0,120}\b(get|save|take|enjoy|claim)( up to)? \$\d+ off (your )?(first|next) (order|purchase|box|month|delivery)\b.{0,120}"
                    r"|.{0,120}\b(use|enter|apply) (the )?(promo|discount|coupon|voucher) code\b.{0,80}|.{0,120}\bwith code:.{1,30}"
                    r"|(start|sign up|get|claim|try)\b.{0,80}\$\d+ in (free )?credits?\b.{0,100}|.{0,20}\b(this )?promotional offer (applies|is valid|is available)\b.{0,100}"),
    # Invitations to the author's or site's social profiles.
    ("social-connect", r"(other ways to |you can (also )?)?connect with (me|us|[\w]+)( here| on social media)?:?|(be sure to )?follow (me|us) on social media\b.{0,200}|follow( \w+)? on social media\b.{0,120}"
                       r"|.{0,80}\blet'?s (hang out|connect|be friends) on (instagram|facebook|twitter|x|pinterest|tiktok|linkedin|youtube)\b.{0,40}|(.{0,40}\?\s*)?pin (it|this( post| recipe)?) for later!?"),
    # "Want to advertise in <Site>?": the site selling its own space.
    ("advertise-prompt", r".{0,80}\b(want to advertise (in|on|with)|advertise with us|advertising with us)\b.{0,160}|interested in advertising( (with|on|in) (us|our [\w ]{1,20}))?\?.{0,120}"),
    # The comment form under blog posts (WordPress prints the same lines on every site).
    ("comment-form", r"(leave a (reply|comment)\s*)?cancel reply|your e-?mail address will not be published\.?.{0,80}|required fields are marked\s*\*?\.?|save my name,? e-?mail,? and website in this browser for the next time i comment\.?|notify me of (follow-up comments|new posts|new comments|replies) (by|via) e-?mail\.?|this site uses akismet to reduce spam\.?.{0,100}|(you must be|please) log(ged)? in to (post|leave) a comment\.?|logged in as [\w.@-]+\.? (edit your profile|log out)\b.{0,100}|discussion about this post|be the first to comment!?|comments are (closed|disabled|turned off)( for this (post|article|story))?\.?|(loading|load|view|show|hide) (all )?comments?( \(\d+\))?"
                     r"|tu (dirección de )?correo electrónico no será publicad[oa]\.?.{0,80}|(votre|ton) adresse (e-?mail|de messagerie) ne sera pas publiée\.?.{0,80}|(ihre|deine) e-?mail-?adresse wird nicht veröffentlicht\.?.{0,80}|o seu (endereço de )?e-?mail não será publicado\.?.{0,80}|il tuo indirizzo e-?mail non sarà pubblicato\.?.{0,80}"),
    # "Was this article helpful? Yes No": the feedback widget under help and health pages.
    ("feedback-widget", r"((was|is) this (article|page|post|answer|information|guide) (helpful|useful)\??( yes\s*/?\s*no)?( report a problem with this page)?|did this (answer your question|help)\??|was this helpful|did you find this (article|page|post|information|guide) (helpful|useful)|report an? (error|typo|correction)|suggest an? (edit|correction)|did you find (this|it) (helpful|useful)|how (helpful|useful) was this (article|page))\??( yes\s*/?\s*no)?"
                        r"|(¿?(te|le) (ha )?(resultó|resultado|sido|pareció) útil( (este|esta) (artículo|página|información))?\??|(cet article|cette page) vous a-t-(il|elle) été utile ?\??|war (dieser artikel|diese seite) hilfreich\??|(este artigo|esta página|esta notícia|esta matéria) foi útil\??|(questo articolo|questa pagina) (ti )?è stat[oa] utile\??|ti è stato utile (questo articolo|questa pagina)\??)( (sí|sì|si|oui|ja|sim)\s*/?\s*(no|non|nein|não))?"),
    # What a player or an embed prints in place of itself.
    ("embed-notice", r"this content is (imported|created and maintained) (from|by) .{1,200}|(your|this) browser does not support (the )?(video|audio|iframe|html5 video)( tag| element)?\.?|your browser (doesn'?t|does not) support (the )?(video|audio|iframes?|html5( video)?|embedded (videos|content)|this (video|content|feature))( tag| element)?\.?|(please )?(enable|turn on) javascript (in your browser|to (view|continue|use|see|watch|read) .{1,60})[.!]?|javascript is (disabled|required|not enabled)( in (your|this) browser)?[.!]?( (please )?(enable|turn on) (it|javascript)\b.{0,60})?"
                     r"|(loading|cargando|chargement|wird geladen|carregando|caricamento)( ?\.\.\.|…)|click to (enlarge|expand)|(toggle|hide|show) caption|enlarge this image|view (image )?in full ?screen|open image in gallery|\(?opens in (a )?new (window|tab)\)?"
                     r"|listen to this (article|story|post)\b.{0,30}|view this (post|profile|photo|video|reel) on (instagram|facebook|tiktok|x|twitter|threads|youtube)|a post shared by .{1,60}|allow [\w ]{1,20} content\?.{0,300}|(sorry, )?this (content|video) is not available in your (region|country|location)\.?|this video (can ?not|cannot|can't) be played.{0,40}|view (full[- ]size|larger) (image|photo)|view (the )?(gallery|slideshow)( \(\d+ (photos|images)\))?|swipe (for|to see) more( photos)?|.{0,20}\bthis audio is (auto|automatically)[- ]?generated\b.{0,120}|(click|tap) to (play|watch|listen|unmute)( the| this)?( video| audio)?|(subscribe|listen|follow) (to )?(the|our|this) podcast (on|via) (apple|spotify|google|youtube|amazon|stitcher|overcast|pocket casts|iheart)\b.{0,100}|(play|pause) audio|audio player|escucha(r)? (este|el) artículo|écouter (cet |l')article|artikel (anhören|vorlesen)|ouvir (este artigo|o artigo|(a |esta )?matéria)|ascolta (questo |l')articolo"),
    # An ad slot's label or a sponsor tag standing alone: never a sentence, wherever it sits
    # (the edge-only ad-label above also holds "Advertising", which heads marketing sections).
    ("ad-marker", r"(advertisements?|sponsored( by| content| post| links?)?|paid (content|post|partnership)|paid post( by [\w' .&-]{1,40})?|partner content|supported by|advertiser disclosure|anzeige|publicité|publicidad|pubblicità|publicidade|reklama|advertentie|scroll (down )?(for|to) (more|continue)( (content|reading|with content))?)\s*[.:]?"),
    # Links past an ad slot or a boxed-in story: "Story continues below advertisement".
    ("ad-continue", r"promoted (stories|content|links|posts)|(content|recommended|sponsored links?|promoted links?|sponsored stories) by (taboola|outbrain|revcontent|mgid|zergnet|nativo|yahoo)|(advertisement|ad)\s*[-–—:|]\s*(scroll|continue|story continues)\b.{0,40}|(the )?(story|article|content|text) continues below( this)?( advertisement| ad)?\.?|continue reading below\.?|report this ad|close ad|ad feedback"),
    # Buttons of the article's toolbar: gift, save, copy the link.
    ("share-widget", r"(gift|share) (this |full )?article|link copied( to (the )?clipboard)?!?|cop(y|ied) (link )?to clipboard!?|save (this )?(article|story|for later)|bookmark( this)?( article| page)?"),
    # Labels every page of a site repeats in its header and footer, in the languages the other
    # rules read: skip links, back-to-top, menu toggles, post navigation, account and cart,
    # search boxes, "about"/"contact" in other languages, site maps and credits.
    ("site-label", r"(skip to (the )?(main )?(content|navigation|footer|search)|(direkt )?zum inhalt( springen| wechseln)?|(aller|passer) au contenu( principal)?|(ir|saltar|pasar) al contenido( principal)?|(vai|salta|passa) al contenuto( principale)?|(pular|ir|saltar) para o conteúdo( principal)?|naar (de )?(hoofd)?inhoud( springen| gaan)?"
                   r"|(scroll|go|jump|return|back) (back )?to (the )?top( of (the )?page)?|nach oben|retour en haut( de (la )?page)?|(volver|ir) arriba|torna su|voltar ao topo"
                   r"|toggle (navigation|menu|search|sidebar)|(open|close|main|primary|mobile) (menu|navigation)|post navigation|(older|newer) (posts|entries|articles)|(previous|next) (post|entry)|recent (posts|articles|entries|stories)|(latest|popular) (posts|articles|stories|blog posts)"
                   r"|site ?map|accessibility( statement| policy| help)?|my account|log ?out|sign out|(your |my )?(shopping )?(cart|basket)( \(\d+\))?|your (cart|basket) is (currently )?empty|search (for|this site|the site|our site|the blog)?:?|search ?(\.\.\.|…)|type (your search|to search|and hit enter)( here)?|(press|hit) enter to search( or esc to (close|cancel))?|type (keywords|your search|to search)( and (hit|press) enter)?|search( the)? docs(\.\.\.|…)?( ⌘k| ctrl\+k)?|text size( a)+|translate this (page|site)|today's paper|order reprints|masthead|corrections policy|foia|no fear act|inspector general|usa\.gov|continue reading the main story|careers|franchise opportunities|referral program|join our team\b.{0,60}|we're hiring\b.{0,60}|(website|web) design (&|and) seo by [\w.&-]+( [\w.&-]+){0,2}|skip past newsletter promotion|after newsletter promotion|edit (this page )?on github|contact (sales|support)|talk to (sales|an expert|us)"
                   r"|kontakt|über uns|impressum|contactez-nous|nous contacter|à propos( de nous)?|contacto|contáctanos|contáctenos|sobre nosotros|quiénes somos|acerca de|chi siamo|contatti|contattaci|fale conosco|contato|sobre nós|quem somos|over ons|neem contact op"
                   r"|continue reading|mehr lesen|leggi (tutto|di più)|lees meer|lire plus|ler mais|seguir leyendo|like this:|like loading(\.\.\.|…)?|(proudly )?powered by (wordpress|ghost|substack|squarespace|wix|shopify|hugo|jekyll|blogger|drupal|joomla|medium|beehiiv|webflow|hubspot|wp engine|wpengine|jetpack|disqus|weebly|godaddy|kinsta|vip)( [\w.-]+)?|(website|site|web design|web development|website design|site design|theme) by [\w.&-]+( [\w.&-]+){0,2}"
                   r"|privacy (statement|center|centre|choices)|cookies? (settings|preferences|policy)|manage (cookie )?preferences|(accept|reject|allow) all( cookies)?|editorial (policy|guidelines|standards)|ethics policy|write for us|nieuwsbrief|inschrijven"
                   r"|book( now| online| today)|(request|book|schedule|make) an? (appointment|consultation|visit)( online| today)?|donate( now| today)?|give (now|today)|(enroll|register|apply) (now|today|here)|(get|download) (the|our) (free )?app|(watch|listen) now|(start (a |your )?)?free trial"
                   r"|(most (read|viewed|popular|shared)|editor'?s'? (picks|choice)|top stories|latest news|view all (posts|articles|news|stories))|(submit|send us) a (news )?tip|report this (article|post|comment)|no comments( yet)?|(weekly|daily|free|our|monthly) newsletters?"
                   r"|thanks?( you)?(!|,|\.)? (please )?check your (inbox|e-?mail)( to confirm( your subscription)?)?\.?)[.!]?( [›»>→])?"),
    ("nav-label", r"(home|menu|search|close|skip to (main )?content|back|next|previous|prev|top|back to top|more|show more|load more|see more|view all|see all|table of contents( show| hide| toggle)?|about the author|sobre (el|la) autora?|sobre (o|a) autora?|à propos de l'auteur(e)?|über (den autor|die autorin)|sull'autore|informazioni sull'autore|contents|inicio|buscar|cerrar|accueil|rechercher|fermer|startseite|suche|schließen|início|pesquisar|fechar|cerca|chiudi|about|about us|blog|blogs|blog index|posts|projects|clients|newsletters|contact|contact (info|information|details)|tags|topics|categories|archives?|jump to (the )?(list|recipe|content|section)|(back|return) to (blog|blogs|articles|news|top|home|all (articles|posts|news|stories))|next article:?|previous article:?)\.?( [›»>→⤵]|[›»>→⤵])?"),
    # App-store badges and "open in app" bars.
    ("app-prompt", r"(descarga|descargue|baixe|baixa|descarregue|téléchargez|télécharger|scarica|laden sie( jetzt)?) (la |el |o |a |l'|die |gratis )?(app|aplicación|aplicativo|aplicação|application|applicazione)\b.{0,80}|laden sie (jetzt )?die [\w' .&-]{1,40}-?app herunter.{0,20}|(disponible|disponível|disponibile|erhältlich) (en|sur|no|na|su|im) (l'|el |la )?app store.{0,40}|(get|download|install) (the|our) [\w' .&-]{1,40} app( (on|for) (ios|android|iphone|ipad)( (and|&|or) (ios|android|iphone|ipad))?| (now|today|for free)| for breaking news( alerts| updates)?)[.!]?|open in (the )?app|read (this|the) (story|article|post) in (the|our) app|.{0,40}\b(best|better|full) experience (in|on|with) (our|the) app\b.{0,40}|(available|download|get it) on the app store|(download on|available on|get it on) (the )?(app store|google play)"),
    # Star-rating widgets of blogs and shops (a review's own verdict line is left alone).
    ("rating-widget", r"(nota|valoración|puntuación) de (los )?(usuarios|lectores)\s*:?\s*[\d,.]+.{0,30}|user (rating|score)\s*:?\s*[\d,.]+.{0,30}|note des (lecteurs|internautes|utilisateurs)\s*:?\s*[\d,.]+.{0,30}|(leser|nutzer)(wertung|bewertung)\s*:?\s*[\d,.]+.{0,30}|nota dos (usuários|leitores)\s*:?\s*[\d,.]+.{0,30}|voto (degli utenti|dei lettori)\s*:?\s*[\d,.]+.{0,30}|((valora|puntúa|califica) (este|esta) (artículo|noticia|receta)|notez cet article|(artikel|beitrag) bewerten|avalie (esta|este) (matéria|artigo|notícia|receita)|vota questo articolo)\s*:?|[\d.]+( out of \d+| ?/ ?\d+)? (from|based on) [\d,]+ (votes|ratings|reviews)\b.{0,20}|(click|tap) (on )?a star to rate( it| this \w+)?!?|no votes (so far|yet)[!.]?( be the first to rate this (post|article|recipe|page)[.!]?)?|be the first to (rate|review)\b.{0,40}|average rating:?\s*[\d.]+\s*(/|out of)\s*\d+\b.{0,40}|vote count:?\s*[\d,]+|rate this (post|article|game|product|story|movie|film|show|episode|review|page|book|album)!?|submit (your )?rating"),
    # Breadcrumbs: the site's sections joined by arrows, from "Home" or not.
    ("breadcrumb", r"(home|inicio|accueil|startseite|início|página inicial)(\s*[»›>|]\s*[^»›>/|.!?]{1,40}){1,6}|(home|inicio|accueil|startseite|início|página inicial)(\s*/\s*[^»›>/|.!?]{1,40}){2,6}"),
    # A consent dialog's buttons, each on its own line or joined in a row.
    ("consent-button", r"(manage consent|accept|decline|reject|deny|allow|agree|i agree|i accept|preferences|manage (preferences|options|choices|settings)|customi[sz]e( settings)?|necessary only|only necessary|allow (all|selection)|save (preferences|settings|choices)|ok,? got it|got it)[.!]?"),
    # Sports, finance and data widgets: who supplied the numbers, tickers, odds fine print.
    ("data-credit", r"(?!.*\b(shows?|showed|suggests?|suggested|indicates?|indicated|reveals?|revealed|finds?|found|says?|said|is|are|was|were)\b)(odds|statistics|stats|data|market data|quotes|real-time quotes|fund data|scores|weather data|prices?)( data)? (provided|powered|supplied) by ([\w&.'-]+ ?){1,5}\.?|.{0,120}\b(gambling problem\?|1-800-gambler)\b.{0,120}|quotes? (are )?delayed( by)? (at least )?\d+ min(ute)?s\b[.,]?( all times are \w+\.?)?"),
    ("weather-widget", r"-?\d{1,3}°\s*[fc]?\s*(sunny|cloudy|partly cloudy|mostly cloudy|mostly sunny|partly sunny|clear|rain|showers|snow|fog|overcast|thunderstorms|windy|haze)(\s*[·|,–-]\s*[\w ,.]{1,40})?"),
    ("ticker", r"([\w&.: -]{1,20}\s)?\$?[\d,.]+\s*[▲▼]\s*[+−-]?[\d,.]+%?(\s*\(?[+−-]?[\d.]+%\)?)?|[\w&. -]{1,20}\s*[▲▼]\s*[+−-]?[\d,.]+%"),
    # Video and podcast players, live blogs, event widgets: their buttons and counters.
    ("player-label", r"v[ií]deo relacionado|vidéo (associée|à voir)|(verwandtes|passendes) video|video correlato|related video|reproducir (el )?v[ií]deo|regarder la vidéo|video abspielen|assista ao vídeo|assistir (ao )?vídeo|guarda il video|ver (el )?v[ií]deo|(escucha|escuchar|écoutez|écouter|ouça|ouvir|ascolta|ascoltare)( el| le| o| il)? podcast (en|sur|no|na|su)\b.{0,100}|jetzt (den )?podcast hören\b.{0,120}|autoplay(:? (on|off))?|now playing|watch more( videos)?|\d{1,2}:\d{2} / \d{1,2}:\d{2}|video ad feedback|next video in \d+ seconds?|watch on youtube|watch (full episodes|more) on .{1,30}|play episode\b.{0,30}|download mp3( \([\d.]+ ?mb\))?|episode transcript|rate and review (us|the show|the podcast) on .{1,40}|.{0,40}\btranscripts? (is|are) (generated|produced|created) (using|by)\b.{0,200}"),
    ("live-blog-label", r"refresh for (the latest )?updates|pinned( post)?|show key events( only)?|\d+ new (updates?|posts?)|auto-?update:? (on|off)|this live blog (has now closed|is now closed|has ended)\.?|show (more|older|newer) (updates|posts)|jump to (the )?latest (post|update)|live coverage has (ended|concluded)\.?|live updates|en directo|en direct|ao vivo|in diretta|diretta|live-?ticker|liveblog|directo"),
    ("event-widget", r"añadir al calendario|ajouter (au|à mon) calendrier|zum kalender hinzufügen|adicionar ao calendário|aggiungi al calendario|add to (google |apple |outlook |my )?calendar|add to (google calendar|ical|outlook)( \| (ical|outlook|google calendar))*|(get|buy) tickets( now)?|view event details|submit an event|(sold out\s*[-–—]\s*)?join the wait ?list"),
    # Shop widgets in product posts: cart buttons, stock and shipping notes, instalments.
    ("shop-widget", r"shop the (post|look|story)|add to (cart|bag|basket)|sold out|(in|out of) stock([.!]?\s*(ships|usually ships|available|order (now|soon)|only \d+ left)\b.{0,60})?|free ([\w.]+ )?shipping on (all )?orders\b.{0,40}|free returns( within \d+ days)?|pay in \d+ interest-free (installments|instalments|payments)\b.{0,80}|.{0,60}\bearn points on every purchase\b.{0,40}|(use|enter) (the )?code [\w-]+ (for|to get|at checkout)\b.{0,80}|[\d.]+ out of \d+ stars?\s*[·|(,-]?\s*[\d,]+ (ratings|reviews|votes)\)?|buy (it )?now (at|on|from) .{1,40}|buy [\w' .&-]{1,40} tickets (on|at|from) [\w.&' -]{1,30}"),
    # Government and university banners and footers.
    ("gov-banner", r"an official website of the .{1,60}|here's how you know|.{0,20}\bofficial websites use \.gov\b.{0,160}|secure \.gov websites use https\b.{0,160}|.{0,80}\backnowledges? the traditional (owners|custodians)\b.{0,200}|.{0,40}\b(fcc (applications|public (inspection )?file)|eeo public file)\b.{0,100}"),
    # Site-builder and network footers.
    ("site-credit", r"(a )?part of the [\w' .&-]{1,40} (network|group)( of (sites|brands))?\.?|made with (♥|❤|❤️)( in| by) .{1,40}|made with love (in|by) [\w.&'-]+( [\w.&'-]+)?|(wordpress )?theme:? [\w' .-]{1,30} by [\w' .-]{1,30}\.?|substack is the home for great (culture|writing)|(status:\s*)?all systems operational|still need help\?.{0,60}|join [\d,.]+k?\+? (teams|companies|businesses|customers|readers|subscribers|people|marketers|developers|others)\b.{0,80}"),
    # Reaction and share counters under posts.
    ("reaction-buttons", r"\d[\d.,]*[km]? (shares|likes|comments|claps|reposts|restacks)|((like|comment|restack|share|reply|repost)\s*[·|]?\s*){2,}|(share|tweet|pin( it)?|email|like)( \d+)?( (share|tweet|pin( it)?|email|like)( \d+)?){1,5}"),
    # Disclaimers a site prints on every page, as sentences of their own (a "Disclaimer:" opening
    # the site's own words stays: benchmark truths keep sponsorship and opinion disclaimers).
    ("disclaimer", r".{0,80}\b(is|are) (provided )?for (general )?informational (and educational )?purposes only\b.{0,200}|.{0,80}\b(this|the|our) (content|information|article|site|material|website)\b.{0,60}\bnot (intended (to be|as) )?a substitute for professional\b.{0,200}|.{0,40}\bhas strict sourcing guidelines\b.{0,200}|this article is based on scientific evidence\b.{0,120}|evidence based|review code provided by the (publisher|developer)\.?|read (our|the) (review|editorial|ethics|scoring) (policy|guidelines|standards)\b.{0,80}"),
    # Author-box labels and links.
    ("author-box-label", r"see (full )?bio|(read|view) (full )?bio|(e-?mail|contact) the author|(areas of )?expertise\s*:.{1,120}"),
    # Press-release framing: contacts, end marks, distribution credits.
    ("press-release", r"(media|press|investor relations|investor|pr) contacts?\s*(:.{0,160})?|#{3,}|-?\s*ends\s*-?|view original content( to download multimedia)?:?\s*\S*|for immediate release|(logo|photo|video)\s*-\s*https?://\S+"),
    ("press-source", r"(?-i:SOURCE [A-Z][a-z][\w.,&' -]{0,60})"),
    # Business sites' widgets: chat bubbles, quote forms, review badges, service areas, hours.
    ("chat-widget", r"chat with (us|a real person|an expert|our team|sales)( now)?[.!]?|start (a )?(live )?chat|live chat|typically replies (in|within) .{1,30}|we're online!?.{0,40}|hi( there)?!? how can we help( you)?( today)?\??|leave (us )?a message and we'll get back to you\.?|questions\? chat with .{1,40}"),
    ("form-field", r"(first |last |full |your )?(name|e-?mail|work e-?mail|phone( number)?|zip( code)?|postal code|company( name| size)?|message|address|city|state)\s*\*|[\w' ]{1,30} ▾|please enter a valid (phone number|e-?mail( address)?|zip code)\.?|submit( request| form)?|best time to (call|reach you)|preferred contact method\b.{0,40}|describe your project( \(optional\))?|.{0,40}\bdoes not create an attorney-client relationship\.?"),
    ("phone-cta", r"(call( us)?( now| today| for [\w ]{1,30})?|click to call|tap to call|text us|speak (to|with) (a|an|our) [\w ]{1,30}|talk to (a|an|our) [\w ]{1,30}|sales|support|[\w/ ]{0,20}emergency[\w ]{0,30}|24/7[\w ]{0,30})\s*[:—–-]?\s*\+?1?[-. ]?\(?\d{3}\)?[-. ]\d{3}[-. ]\d{4}.{0,100}|(click|tap) to call|text us( instead)?"),
    ("review-badge", r"(rated |excellent )?[★☆⭐½\s]*\d(\.\d)?\s*((/ ?5|out of 5|stars?)\s*)?[★☆⭐½]*\s*(on )?(google|yelp|trustpilot|g2|capterra|facebook|bbb|angi|houzz|homeadvisor)( rating| reviews?)?\b.{0,60}|(rated )?[\d.]+ ?/ ?5 based on [\d,]+ (reviews|ratings)\b.{0,40}|based on [\d,]+\+? (reviews|ratings)|(read|see) all( [\d,]+)? reviews|leave us a review( on \w+)?|reviews powered by .{1,30}|verified (customer|buyer|purchase)|[\d,]+\+? five-star reviews|(google|yelp|trustpilot|g2|capterra)\s*([★☆⭐½]+|\d\.\d)\s*(/ ?5)?\s*(\(\d[\d,]*\))?|\w+ rate us [\d.]+ ?/ ?5"),
    ("trust-badge", r"licensed,? (bonded,? )?(&|and) insured\b.{0,40}|family[- ]owned (&|and) operated( since \d{4})?|(veteran|woman|women|minority|family|locally)[- ]owned (business|company)( since \d{4})?|bbb accredited( business)?\b.{0,30}|upfront pricing\b.{0,30}|no hidden fees|as seen (in|on):.{1,80}|trusted by [\d,.]+k?\+? (businesses|teams|companies|customers|brands|homeowners|families|developers)\b.{0,40}|trusted by leading (brands|companies|teams)|our clients include:?|partners (&|and) certifications|featured in:?"),
    ("service-area", r"(areas|communities|cities|locations) we serve|(proudly |now )?serving [^.!?]{1,120}\b(areas?|count(y|ies)|metro|region)( since \d{4})?[.!]?|service areas?\s*:.{1,200}|service area map|not sure if we (service|serve) your area\?.{0,80}|don't see your (city|area|town)\?.{0,100}|we serve all of [^.]{1,120}\.?"),
    ("hours-line", r"((office|business|store|opening|holiday|clinic) )?hours\s*:.{1,160}|(mon|monday|tue|tues|wed|thu|thur|fri|sat|sun)[a-z]*\.?\s*[-–—]\s*(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s*:?\s*\d{1,2}(:\d{2})?\s*(am|pm|a\.m\.|p\.m\.)?\s*[-–—]\s*\d{1,2}(:\d{2})?\s*(am|pm|a\.m\.|p\.m\.)?.{0,120}|open 24 hours\b.{0,60}|open now\b.{0,30}|(same-day|evening and weekend|emergency) (appointments|service)( are)? available\b.{0,30}"),
    ("legal-fine-print", r"rates (shown )?(are )?(as of|accurate as of) .{1,30}(and )?subject to change\.?|attorney advertising\.?.{0,120}|prior results do not guarantee a similar outcome\.?|information deemed reliable but not guaranteed\.?|each office (is )?independently owned and operated\.?|nmls #?\s*\d+.{0,60}|equal housing (opportunity|lender)|.{0,60}\bthe offers that appear on this site are from companies\b.{0,200}|\*?offer valid for new customers only\b.{0,160}|\*?results may vary\.?.{0,120}|how we make money|editorial note:\s*opinions expressed here are\b.{0,200}|\*?financing (is )?subject to credit approval\b.{0,160}"),
    # A table of contents' own heading, wherever the widget lands (below the intro,
    # past the edge); at the edges toc-label and nav-label name it first.
    ("toc-heading", r"((hide|show) )?(table of contents?|tabla de contenidos?|índice de contenidos?|table des matières|inhaltsverzeichnis|indice dei contenuti|sommario|sumário)( (show|hide|toggle|\[(show|hide|toggle)\]))?\s*:?"),
]


def _lowered(rx: str) -> str:
    """The pattern with its literal letters lower-cased, escapes (\\W, \\S, \\b) left alone."""
    return re.sub(r"\\.|[^\\]+", lambda m: m.group() if m.group().startswith("\\") else m.group().lower(), rx)


# Matched against the lower-cased line without re.I: the same rules, several times faster, as
# case-insensitive matching defeats the regex engine's literal shortcuts. A rule that looks at
# case (the shouted teaser) keeps the line as written.
# In-site teasers, author bios and "Follow <Name> on …" need a capitalised name.
_CASED_RULES = frozenset({"all-caps-teaser", "press-source", "in-site-teaser", "author-bio", "follow-name"})
_COMPILED_LINES = [
    (name, re.compile(rx, re.I) if name in _CASED_RULES else re.compile(_lowered(rx)), name in _CASED_RULES)
    for name, rx in LINE_RULES
]


def _required_literals(items) -> frozenset[str] | None:
    """Strings of which every match of the parsed pattern contains at least one, or None.

    A cheap substring test on them skips a rule before its regex runs: rules opening with
    ".{0,80}" otherwise retry their alternatives at every position of every long paragraph.
    """
    candidates: list[frozenset[str]] = []
    run = ""
    for op, av in items:
        if op is _sre.LITERAL:
            run += chr(av)
            continue
        if op is _sre.AT:  # zero-width (\b, ^, $): the literals on both sides stay adjacent
            continue
        if run:
            candidates.append(frozenset([run]))
            run = ""
        sub = None
        if op is _sre.SUBPATTERN:
            sub = _required_literals(av[-1])
        elif op is _sre.BRANCH:
            subs = [_required_literals(b) for b in av[1]]
            sub = None if any(x is None for x in subs) else frozenset().union(*subs)
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[0] >= 1:
            sub = _required_literals(av[2])
        if sub:
            candidates.append(sub)
    if run:
        candidates.append(frozenset([run]))
    # The most selective set: the one whose shortest string is longest.
    return max(candidates, key=lambda c: (min(map(len, c)), -len(c)), default=None)


def _gate(rx: re.Pattern, cased: bool) -> tuple[str, ...] | None:
    """Strings of which a line the rule matches holds at least one, or None (no such strings)."""
    if _sre_parse is None or cased:
        return None
    literals = _required_literals(_sre_parse.parse(rx.pattern))
    return tuple(sorted(literals, key=len)) if literals else None


_GATES = {name: _gate(rx, cased) for name, rx, cased in _COMPILED_LINES}

# A line longer than this is an article paragraph, not chrome, whatever words it uses.
MAX_RULE_WORDS = 40
# Notices written as whole sentences run longer; still bounded so a paragraph survives.
RULE_MAX_WORDS = {"link-row": 80, "paywall-prompt": 45, "sms-consent": 60, "source-credit": 10, "follow-tagline": 70, "form-fine-print": 45, "recipe-prompt": 80, "contact-line": 45, "comment-policy": 70, "affiliate-notice": 90, "author-bio": 90, "cookie-notice": 80, "newsletter-prompt": 60, "support-prompt": 60, "click-here": 25, "sales-cta": 30, "promo-offer": 45, "advertise-prompt": 45, "social-connect": 50}
_LONGEST = max(MAX_RULE_WORDS, *RULE_MAX_WORDS.values())

# Rules that only fire at the edges of the text, where chrome sits: in the middle the same
# words are likely part of the article (a sub-heading "Subscribe", a list item "Email").
EDGE_ONLY_RULES = frozenset({
    "subscribe-button", "share-prompt", "nav-label", "date-line", "byline", "reading-time",
    "comment-prompt", "ad-label", "wire-credit", "date-line-long", "syndication-credit", "call-to-action", "follow-prompt", "pagination", "author-bio",
    "contact-line", "comment-policy", "link-row", "follow-tagline", "source-credit",
    "share-widget", "meta-label", "toc-label", "sales-cta", "social-connect", "site-label",
    "breadcrumb", "consent-button", "player-label", "disclaimer", "author-box-label", "site-credit",
    "reaction-buttons", "gov-banner", "data-credit", "date-line-intl", "follow-name", "trust-badge", "phone-cta",
})
# How many lines from each end count as the edge.
EDGE_LINES = 6
# Of those, rules for what only closes a text: an author's bio sits under the article.
END_ONLY_RULES = frozenset({"author-bio"})

# Everything match_line asks of a rule, looked up once: (name, regex, cased, max words, edge only, gate).
_RULE_TABLE = [
    (name, rx, cased, RULE_MAX_WORDS.get(name, MAX_RULE_WORDS), name in EDGE_ONLY_RULES, _GATES[name])
    for name, rx, cased in _COMPILED_LINES
]


def _rule_masks():
    """Bit i stands for rule i of _RULE_TABLE: one Aho-Corasick pass over a line finds the gate
    strings it holds, so each rule's substring tests and a loop over every rule are skipped.
    (Per-rule substring tests were 44% of filter_text's time; this pass costs one scan a line.)"""
    automaton = ahocorasick.Automaton()
    bits: dict[str, int] = {}
    ungated = interior = 0
    by_words = [0] * (_LONGEST + 1)
    for i, (_name, _rx, _cased, max_words, edge_only, gate) in enumerate(_RULE_TABLE):
        for s in gate or ():
            bits[s] = bits.get(s, 0) | 1 << i
        if gate is None:
            ungated |= 1 << i
        if not edge_only:
            interior |= 1 << i
        for w in range(min(max_words, _LONGEST) + 1):
            by_words[w] |= 1 << i
    for s, b in bits.items():
        automaton.add_word(s, b)
    automaton.make_automaton()
    return automaton, ungated, interior, by_words


_GATE_AUTOMATON, _UNGATED, _INTERIOR, _BY_WORDS = _rule_masks()


# Widget labels and disclosures that templates append to the end of a paragraph ("... might
# appeal to you. Add to Goodreads →  As an Amazon Associate we earn from qualifying purchases."):
# cut from the line's end after a sentence break, the paragraph before them kept.
# (rule name, a word the clause must contain (a cheap test before the regex), regex).
TRAILING_RULES: list[tuple[str, str, str]] = [
    ("affiliate-notice", "affiliate", r"(this|the) (post|article|page) (may )?contains? affiliate links\.?"),
    ("affiliate-notice", "associate", r"as an amazon associate,? (i|we) (may )?earn from qualifying purchases\.?"),
    ("collection-widget", "add to", r"add to (goodreads|wishlist|watchlist|(my )?reading list|cart|basket)( to-read list)?\s*[→›»]?"),
]
_TRAILING_RX = [
    (name, hint, re.compile(r"(?<=[.!?…→›»)\]\"”'])\s+(" + rx + r")\s*$")) for name, hint, rx in TRAILING_RULES
]


def _cut_trailing(line: str) -> tuple[str, list[Removal]]:
    """The line without chrome clauses appended to its end, and what was cut."""
    cut: list[Removal] = []
    again = True
    while again:
        again = False
        lower = line.lower()
        for name, hint, rx in _TRAILING_RX:
            m = rx.search(lower) if hint in lower and len(lower) == len(line) else None
            if m:
                cut.append(Removal(line[m.start(1):].strip(), name))
                line = line[: m.start()].rstrip()
                again = True
    return line, cut


def _norm(s: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", s.lower()).split())


# The standfirst: the summary printed under the headline, in the article's header, as a sub-heading
# or a box named for it ("sub-headline", "dek"), repeating the page's description. The description
# is stored with the article; a body paragraph that opens the article and happens to serve as the
# description sits among the body's paragraphs, not in a header or heading, and stays.
STANDFIRST_TAGS = ("h2", "h3", "h4", "h5", "h6", "p", "div")
_STANDFIRST_HEADINGS = frozenset(STANDFIRST_TAGS[:5])
_STANDFIRST_CLASS = re.compile(
    r"(?:^|[-_\s])(sub-?(title|headline|head|hed|line|heading)|dek|deck|standfirst|strapline)(?:$|[-_\s])"
)
STANDFIRST_MIN_WORDS = 6
# Descriptions are cut to a length; the block and the description share most of their text.
STANDFIRST_MIN_OVERLAP = 0.8
# It opens the text: at most this many lines (the headline, a kicker) above it.
STANDFIRST_MAX_INDEX = 2


def _shares_description(text: str, want: str) -> bool:
    """True when a normalised text and the normalised description are one another's start, and
    share most of their length."""
    if len(text.split()) < STANDFIRST_MIN_WORDS or not (want.startswith(text) or text.startswith(want)):
        return False
    return min(len(text), len(want)) >= STANDFIRST_MIN_OVERLAP * max(len(text), len(want))


def standfirst_texts(
    tree: lxml.html.HtmlElement, description: str | None, text: str | None = None
) -> frozenset[str]:
    """Normalised texts of header blocks that repeat the page's description (see STANDFIRST_TAGS).

    text: the extracted text; when none of its opening lines repeats the description, the tree
    is not searched.
    """
    if not description:
        return frozenset()
    want = _norm(description).rstrip(".")
    if len(want.split()) < STANDFIRST_MIN_WORDS:
        return frozenset()
    if text is not None:
        opening = [ln for ln in (x.strip() for x in text.splitlines()[: 2 * STANDFIRST_MAX_INDEX + 4]) if ln]
        if not any(_shares_description(_norm(ln), want) for ln in opening[: STANDFIRST_MAX_INDEX + 1]):
            return frozenset()
    found = set()
    for el in _standfirst_candidates(tree):
        raw = el.text_content()
        if not 0.5 * len(want) <= len(raw) <= 2 * len(want) + 20:
            continue  # a cheap test before normalising
        block = _norm(raw)
        if not _shares_description(block, want):
            continue
        # Beside the body's paragraphs it is the body's opening (or a sub-heading), not a header.
        parent = el.getparent()
        if parent is not None and any(
            p is not el and len(p.text_content()) >= LONG_PARAGRAPH_CHARS for p in parent.iter("p")
        ):
            continue
        found.add(block)
    return frozenset(found)


@lru_cache(maxsize=8192)
def _is_standfirst_class(cls: str | None) -> bool:
    return bool(cls) and _STANDFIRST_CLASS.search(cls.lower()) is not None


def _standfirst_candidates(tree):
    """Sub-headings, blocks named for a standfirst, and blocks of a <header>."""
    for el in tree.iter(*STANDFIRST_TAGS):
        if el.tag in _STANDFIRST_HEADINGS or _is_standfirst_class(el.get("class")):
            yield el
    for header in tree.iter("header"):
        yield from header.iter("p", "div")


def filter_text(
    text: str, title: str | None = None, links: frozenset[str] | None = None,
    standfirst: frozenset[str] = frozenset(), authors: frozenset[str] = frozenset(),
    names: frozenset[str] = frozenset(),
) -> tuple[str, list[Removal]]:
    """Drop chrome lines from extracted text; returns (clean text, removals).

    links: the page's link texts (page_link_texts), for the link lists that close a text.
    standfirst: normalised texts of the header's standfirst (standfirst_texts).
    authors: texts of the page's links to author pages (page_link_texts).
    names: lower-cased names of the article's authors (from its metadata): a line at either end of
    the text that is only one of them is the byline, which the metadata keeps.
    """
    lines = [ln.strip() for ln in text.splitlines()]
    lines = [ln for ln in lines if ln]
    removals: list[Removal] = []
    for i, line in enumerate(lines):
        lines[i], cut = _cut_trailing(line)
        removals.extend(cut)
    verdicts: list[str | None] = []
    title_norm = _norm(title) if title else None
    n = len(lines)
    for i, line in enumerate(lines):
        at_edge = i < EDGE_LINES or i >= n - EDGE_LINES
        rule = match_line(line, at_edge=at_edge)
        if rule in END_ONLY_RULES and i < n - EDGE_LINES:
            rule = None  # "Joan Didion was an American writer …" opens a profile; bios close a text
        if rule is None and i < 3 and title_norm and _is_headline(line, title, title_norm):
            rule = "repeated-headline"
        if rule is None and i <= STANDFIRST_MAX_INDEX and standfirst and _norm(line) in standfirst:
            rule = "standfirst"
        if rule is None and authors and _is_author_line(line, authors):
            rule = "author-link"
        if rule is None and at_edge and names and _is_author_line(line, names):
            rule = "author-name"
        if rule == "all-caps-teaser" and not at_edge and links is not None and not _is_link_line(line, links):
            rule = None  # inside the text, a shouted line that links nowhere is a sub-heading
        verdicts.append(rule)
    _mark_pre_headline(lines, verdicts, title_norm)
    _mark_trailing_teasers(lines, verdicts)
    if links:
        _mark_closing_links(lines, verdicts, links)
        _mark_teaser_lists(lines, verdicts, links)
    kept = []
    for line, rule in zip(lines, verdicts):
        if rule:
            removals.append(Removal(line, rule))
        else:
            kept.append(line)
    return "\n".join(kept), removals


# The headline with a label after it ("… | Opinion", "… / Dec 2025", "… (latimes.com)"), or the
# title with the site's name after it, is the headline all the same: one side is the other plus a
# short suffix behind a separator.
_HEADLINE_SUFFIX = re.compile(r"\s+[|/–—-]\s+|\s+(?=\()")
_HEADLINE_KICKER = re.compile(r"\s+[|/–—-]\s+|:\s+")
HEADLINE_SUFFIX_MAX_WORDS = 4
HEADLINE_MIN_WORDS = 3


def _is_headline(line: str, title: str, title_norm: str) -> bool:
    """True when the line is the title, or one of them is the other plus a short suffix."""
    line_norm = _norm(line)
    if line_norm == title_norm:
        return True
    for longer, shorter in ((line, title_norm), (title, line_norm)):
        if len(shorter.split()) < HEADLINE_MIN_WORDS:
            continue
        cuts = list(_HEADLINE_SUFFIX.finditer(longer))
        if cuts and len(longer[cuts[-1].end():].split()) <= HEADLINE_SUFFIX_MAX_WORDS \
                and _norm(longer[: cuts[-1].start()]) == shorter:
            return True
        # ...or a kicker before it ("Opinion | …", "Review: …").
        cut = _HEADLINE_KICKER.search(longer)
        if cut and len(longer[: cut.start()].split()) <= HEADLINE_SUFFIX_MAX_WORDS and _norm(longer[cut.end():]) == shorter:
            return True
    return False


# Short lines above the headline are breadcrumbs, section kickers and menu leftovers: the
# article starts at its headline. Only when the headline shows up near the top.
PRE_HEADLINE_MAX_INDEX = 8
PRE_HEADLINE_MAX_WORDS = 8


def _mark_pre_headline(lines: list[str], verdicts: list[str | None], title_norm: str | None) -> None:
    """Mark short lines before a headline found near the top as "pre-headline"."""
    if not title_norm:
        return
    for h, line in enumerate(lines[:PRE_HEADLINE_MAX_INDEX]):
        if _norm(line) == title_norm:
            break
    else:
        return
    for i in range(h):
        if verdicts[i] is None and len(lines[i].split()) <= PRE_HEADLINE_MAX_WORDS:
            verdicts[i] = "pre-headline"


# A run of headline-like list items closing the text is a "more stories" list that survived
# extraction: article sentences end in punctuation, teaser headlines do not.
TEASER_RUN_MIN = 3
TEASER_MAX_WORDS = 30
TEASER_HEADING_MAX_WORDS = 8
_SENTENCE_END = re.compile(r"[.!?:;…)\]\"'”’»]$")

_REFERENCE = re.compile(r"\(\s*(\d{4}|n\.\s?d\.?)[a-z]?\s*\)|\)\. |\. .*\. ")


def _is_teaser_line(line: str) -> bool:
    """A list item worded like a headline: short, unpunctuated, in Title Case."""
    if not line.startswith(("- ", "• ")) or len(line.split()) > TEASER_MAX_WORDS or _SENTENCE_END.search(line):
        return False
    # Checklists and reference lists close articles too, but they are written in sentence case
    # or carry sentence breaks ("Doe, J. (2020). Title").
    if _REFERENCE.search(line):
        return False
    words = [w for w in line[2:].split() if len(w) >= 4 and w[0].isalpha()]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def _mark_trailing_teasers(lines: list[str], verdicts: list[str | None]) -> None:
    """Mark a closing run of teaser headlines (and its heading) as "trailing-teasers"."""
    i = len(lines)
    teasers: list[int] = []
    while i > 0 and (verdicts[i - 1] is not None or _is_teaser_line(lines[i - 1])):
        i -= 1
        if verdicts[i] is None:
            teasers.append(i)
    if len(teasers) < TEASER_RUN_MIN or i == 0:
        return  # a text made only of list items is a list article, not a list after one
    # The list's own heading ("Popular on …", "More stories") sits right above it, after the
    # article's last sentence.
    head = lines[i - 1]
    if (i >= 2 and verdicts[i - 1] is None and len(head.split()) <= TEASER_HEADING_MAX_WORDS
            and not _SENTENCE_END.search(head) and _SENTENCE_END.search(lines[i - 2])):
        teasers.append(i - 1)
    for j in teasers:
        verdicts[j] = "trailing-teasers"


# A text that ends in a run of lines each of which is the whole text of a link (with at most a
# short teaser under each) ends in a link list: other posts, services, locations, categories.
# Article paragraphs hold links inside sentences, so a line that is one link is a menu entry.
LINK_RUN_MIN = 3
LINK_TEASER_MAX_WORDS = 40
_LINK_BULLETS = " -–—•·*|>»›"


# A line that is nothing but the name on a link to the author's page ("Jane Doe", "By Jane Doe")
# is the byline, or an author box's name: the article's own sentences name people inside them.
_AUTHOR_HREF = re.compile(
    r"/(authors?|writers?|contributors?|profiles?|people|staff|journalists?|reporters?|byline)(/|$|\?|#)|[?&]author="
)
AUTHOR_LINK_MAX_WORDS = 5
_BYLINE_OPENER = re.compile(r"^(by|written by|posted by|words by|author:?|por|par|von|di|de)\s+")


def page_link_texts(tree: lxml.html.HtmlElement) -> tuple[frozenset[str], frozenset[str]]:
    """(texts of all the page's links, texts of its links to author pages), lower-cased and
    whitespace-normalised, in one pass over the links (author: rel="author" or an author address)."""
    texts, authors = set(), set()
    for a in tree.iter("a"):
        t = " ".join(" ".join(a.itertext()).split()).lower()
        if not t:
            continue
        texts.add(t)
        href = a.get("href")
        if href and len(t.split()) <= AUTHOR_LINK_MAX_WORDS and (
                _AUTHOR_HREF.search(href.lower()) or "author" in (a.get("rel") or "")):
            authors.add(t)
    return frozenset(texts), frozenset(authors)


# Longer than this, a line is not a name with a "By" before it.
AUTHOR_LINE_MAX_CHARS = 80


def _is_author_line(line: str, authors: frozenset[str]) -> bool:
    if len(line) > AUTHOR_LINE_MAX_CHARS:
        return False
    text = " ".join(line.strip(_LINK_BULLETS).split()).lower()
    return text in authors or _BYLINE_OPENER.sub("", text) in authors


# A link that shows its address is a cited source in a reference list, not a menu entry.
_URL_TEXT = re.compile(r"(https?://|www\.)\S+$")


def _is_link_line(line: str, links: frozenset[str]) -> bool:
    text = " ".join(line.strip(_LINK_BULLETS).split()).lower()
    return text in links and _URL_TEXT.match(text) is None


def _mark_closing_links(lines: list[str], verdicts: list[str | None], links: frozenset[str]) -> None:
    """Mark a closing run of whole-link lines (and the teasers under them) as "link-list"."""
    is_link = [_is_link_line(line, links) for line in lines]
    i = len(lines)
    run: list[int] = []
    while i > 0:
        j = i - 1
        teaser = j > 0 and is_link[j - 1] and len(lines[j].split()) <= LINK_TEASER_MAX_WORDS
        if not (is_link[j] or verdicts[j] is not None or teaser):
            break
        run.append(j)
        i = j
    found = [j for j in run if is_link[j] and verdicts[j] is None]
    if len(found) < LINK_RUN_MIN or i == 0:
        return  # a text made only of links is a link page, not a list after an article
    if sum(is_link[j] for j in run) * 2 < len(run):
        return  # mostly prose with a few linked lines: an article's own list
    for j in run:
        if verdicts[j] is None:
            verdicts[j] = "link-list"
    # The list's heading ("Related posts", "Our services") right above it.
    head = lines[i - 1]
    if (i >= 2 and verdicts[i - 1] is None and len(head.split()) <= TEASER_HEADING_MAX_WORDS
            and not _SENTENCE_END.search(head) and _SENTENCE_END.search(lines[i - 2])):
        verdicts[i - 1] = "link-list"


# A "Read also:" label heads at most this many linked teaser lines.
TEASER_LIST_MAX_LINES = 8


def _mark_teaser_lists(lines: list[str], verdicts: list[str | None], links: frozenset[str]) -> None:
    """Mark the linked lines under a teaser label ("Leia também:", "Related stories") as its teasers."""
    for i, rule in enumerate(verdicts):
        if rule != "read-more-teaser" or not lines[i].rstrip().endswith(":") or len(lines[i].split()) > 4:
            continue
        for j in range(i + 1, min(len(lines), i + 1 + TEASER_LIST_MAX_LINES)):
            if verdicts[j] is not None or not _is_link_line(lines[j], links):
                break
            verdicts[j] = "read-more-teaser"


# Shouted lines this long are teaser headlines of other stories (sub-headings are shorter).
MIN_CAPS_TEASER_WORDS = 8


# Bullets, arrows and separators around a label ("» Previous post", "+ Add to list") ...
_EDGE_MARKS = " -–—•·*|>»›«‹<+👉🌟➡️→▶►"
# ... and emoji, arrows and dingbats ("📷 Courtesy of …", "Keep reading ↓", "Saved ✓").
_EDGE_SYMBOLS = re.compile(
    r"^[\s\u2190-\u21ff\u2300-\u23ff\u2460-\u27bf\u2b00-\u2bff\ufe0f\u200d\U0001f000-\U0001faff]+"
    r"|[\s\u2190-\u21ff\u2300-\u23ff\u2460-\u27bf\u2b00-\u2bff\ufe0f\u200d\U0001f000-\U0001faff]+$")


def match_line(line: str, at_edge: bool = True) -> str | None:
    """Name of the first rule that a whole short line matches, or None."""
    words = len(line.split())
    if words > _LONGEST:
        return None
    bare = line.strip(_EDGE_MARKS).strip()
    if bare and not (bare[0].isascii() and bare[-1].isascii()):
        bare = _EDGE_SYMBOLS.sub("", bare)  # "⏱ 4 min read", "Pin it for later! 📌"
    if not bare:
        return None  # only symbols: a rating's stars, a divider
    lower = bare.lower()
    if "’" in lower:
        lower = lower.replace("’", "'")  # the rules write the ASCII apostrophe
    if "\xa0" in lower or "\u202f" in lower:
        lower = lower.replace("\xa0", " ").replace("\u202f", " ")  # French puts one before "?" and ":"
    cased_text = bare.replace("’", "'") if "’" in bare else bare
    held = _UNGATED
    for _end, b in _GATE_AUTOMATON.iter(lower):
        held |= b
    candidates = held & _BY_WORDS[words]
    if not at_edge:
        candidates &= _INTERIOR
    while candidates:  # the rules left, in table order: the first that matches names the line
        low = candidates & -candidates
        candidates ^= low
        name, rx, cased, _max_words, _edge_only, _gate = _RULE_TABLE[low.bit_length() - 1]
        if name == "all-caps-teaser" and (words < MIN_CAPS_TEASER_WORDS or "|" in line):
            continue
        if rx.fullmatch(cased_text if cased else lower):
            return name
    # Table rows ("| a | b |") are article data, whatever their cells say.
    return None if line.lstrip().startswith("|") else _chrome_row(bare, at_edge)


# A row of chrome labels on one line ("Share on Facebook · Share on X · Copy link", "Privacy |
# Terms | Contact"): each piece is short and each is chrome on its own.
_ROW_SEPARATOR = re.compile(r"\s+[·|•/]\s+")
_ROW_CHARS = "·|•/"
ROW_PIECE_MAX_WORDS = 6
ROW_MAX_WORDS = 30


def _chrome_row(line: str, at_edge: bool) -> str | None:
    """The rule shared by every piece of a separated row of labels ("chrome-row" if they differ)."""
    if not any(sep in line for sep in _ROW_CHARS) or len(line.split()) > ROW_MAX_WORDS:
        return None
    pieces = [p for p in _ROW_SEPARATOR.split(line) if p.strip(" |")]
    if len(pieces) < 2 or any(len(p.split()) > ROW_PIECE_MAX_WORDS for p in pieces):
        return None
    rules = {match_line(p.strip(" |"), at_edge) for p in pieces}
    if None in rules:
        return None
    return rules.pop() if len(rules) == 1 else "chrome-row"
