"""Site-chrome removal: HTML pruning before extraction and line filtering after it.

Every rule is named data; every removal is returned as a Removal carrying its rule's name,
so a user can audit in Datasette what was dropped and why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import lxml.html


@dataclass(frozen=True)
class Removal:
    """One piece of text the cleaner dropped, and the rule that dropped it."""

    text: str
    rule: str


def _tokens(*words: str) -> str:
    """XPath test: the class or id attribute contains one of the words."""
    tests = []
    for w in words:
        tests.append(f"contains(translate(@class,'ABCDEFGHIJKLMNOPQRSTUVWXYZ','abcdefghijklmnopqrstuvwxyz'),'{w}')")
        tests.append(f"contains(translate(@id,'ABCDEFGHIJKLMNOPQRSTUVWXYZ','abcdefghijklmnopqrstuvwxyz'),'{w}')")
    return " or ".join(tests)


# HTML-level pruning: (rule name, XPath). Elements matched are removed before extraction.
PRUNE_XPATHS: list[tuple[str, str]] = [
    ("dialog", "//dialog | //*[@role='dialog' or @role='alertdialog' or @aria-modal='true']"),
    ("hidden-element", "//*[@hidden or @aria-hidden='true' or contains(translate(@style,' ',''),'display:none')]"),
    ("password-form", "//form[.//input[@type='password']]"),
    ("login-form", "//form[" + _tokens("login", "signin", "sign-in", "log-in") + "]"),
    ("cookie-notice", "//*[" + _tokens("cookie", "consent", "gdpr", "cmp-") + "][not(self::body or self::html or self::main or self::article)]"),
    ("newsletter-box", "//*[" + _tokens("newsletter", "subscribe", "signup", "sign-up") + "][not(self::body or self::html or self::main or self::article)]"),
    ("share-bar", "//*[" + _tokens("share", "social") + "][not(self::body or self::html or self::main or self::article)]"),
    ("related-block", "//*[" + _tokens("related", "recommended", "read-more", "readmore", "more-stories") + "][not(self::body or self::html or self::main or self::article)]"),
    ("modal", "//*[" + _tokens("modal", "popup", "overlay", "lightbox") + "][not(self::body or self::html or self::main or self::article)]"),
    ("site-nav", "//nav | //*[@role='navigation']"),
    ("site-footer", "//footer[not(ancestor::article)] | //*[@role='contentinfo']"),
    ("form-controls", "//button | //select | //textarea | //input"),
]
_COMPILED_PRUNE = [(name, lxml.etree.XPath(xp)) for name, xp in PRUNE_XPATHS]

# Text-level rules: (rule name, regex on one whole line). Short lines only: see MAX_RULE_WORDS.
LINE_RULES: list[tuple[str, str]] = [
    ("login-prompt", r"(log ?in|sign ?in|sign ?up|register|create an account|forgot (your )?password\??|reset (your )?password|iniciar sesi[oó]n|reg[ií]strate|¿olvidaste tu contraseña\??|se connecter|connexion|mot de passe oublié ?\??|anmelden|einloggen|passwort vergessen\??|entrar|esqueceu (a|sua) senha\??|accedi|password dimenticata\??)\.?"),
    ("password-reset", r".*\b(reset your password|password reset link|link to reset|restablecer (tu|la) contraseña|réinitialiser (votre )?mot de passe|passwort zurücksetzen|redefinir (sua )?senha|reimpostare la password)\b.*"),
    ("account-prompt", r"enter your (account data|email|e-mail).*|.*\b(don't|do not) have an account\b.*|already have an account\??.*|.*\bno account yet\b.*"),
    ("cookie-notice", r".*\b(we use cookies|this (web)?site uses cookies|utilizamos cookies|usamos cookies|nous utilisons des cookies|wir verwenden cookies|utilizziamo (i )?cookie|accept (all )?cookies|cookie (settings|preferences|policy))\b.*"),
    ("privacy-link", r"(privacy policy|privacy notice|privacy settings|política de privacidad|politique de confidentialité|datenschutz(erklärung)?|política de privacidade|informativa (sulla )?privacy|terms of (use|service)|terms (and|&) conditions|aviso legal|mentions légales|impressum|do not sell my personal information)\.?"),
    ("newsletter-prompt", r".*\b(sign up for (our|the) newsletter|subscribe to (our|the) newsletter|newsletter sign.?up|get (our|the) newsletter|suscríbete|abonnez-vous|newsletter abonnieren|assine (a nossa|nossa) newsletter|iscriviti alla newsletter)\b.*"),
    ("widget-message", r"(thanks|thank you) for (signing up|subscribing)!?.*|(gracias por suscribirte|merci (de|pour) votre inscription|danke für (ihre|deine) anmeldung)!?.*"),
    ("collection-widget", r"(add to (collection|watchlist|list|favou?rites)|no collections?|here you'll find all (the )?collections you've created before\.?|create (a )?new collection|save to collection)"),
    ("share-prompt", r"(share( this)?( article| story| post)?( on \w+)?|share on (facebook|twitter|x|linkedin|whatsapp|pinterest|reddit|email)|follow us( on \w+)?|compartir|partager|teilen|condividi|compartilhe)\.?:?"),
    ("in-site-teaser", r"(in|en|dans|auf|em|su|on|from|de) [A-Z][\w .'&-]{1,40} ?\| ?.{3,}"),
    ("read-more-teaser", r"(read more|read also|also read|related|see also|more from|you may also like|recommended|lee también|leer más|te puede interesar|lire aussi|à lire aussi|voir aussi|lesen sie auch|mehr zum thema|leia também|leggi anche)\b:?.{0,200}"),
    ("ad-label", r"(advertisement|advertising|sponsored( content)?|publicidad|publicité|anzeige|werbung|publicidade|pubblicità)\.?"),
    ("affiliate-notice", r".*\b(we may earn (a|an) (commission|affiliate)|affiliate (links?|commission)|when you buy through (our )?links)\b.*"),
    ("photo-credit", r"((photo|image|picture|foto|bild)( credit)?s?|credit|crédito|crédit)\s*:\s*.{1,80}|.{0,60}\b(getty images|shutterstock|reuters|associated press|afp|dpa)\s*$"),
    ("copyright-line", r"(©|\(c\)|copyright)\s*.{0,120}|.{0,80}\ball rights reserved\.?.{0,40}|.{0,80}\btodos los derechos reservados\.?|.{0,80}\btous droits réservés\.?|.{0,80}\balle rechte vorbehalten\.?"),
    ("reading-time", r"(\d+\s*(min(ute)?s?|mins?)\.?\s*(read|de lectura|de lecture|lesezeit|leitura|di lettura))|(reading time|tiempo de lectura|temps de lecture|lesezeit)\s*:?.{0,20}"),
    ("tag-line", r"(tags?|topics?|categor(y|ies)|etiquetas|temas|mots-clés|schlagwörter|argomenti)\s*:\s*.{0,200}"),
]
_COMPILED_LINES = [(name, re.compile(rx, re.I)) for name, rx in LINE_RULES]

# A line longer than this is an article paragraph, not chrome, whatever words it uses.
MAX_RULE_WORDS = 40


def prune_html(tree: lxml.html.HtmlElement) -> list[Removal]:
    """Remove chrome elements from the tree in place; return what was removed."""
    removals: list[Removal] = []
    for name, xpath in _COMPILED_PRUNE:
        for el in xpath(tree):
            parent = el.getparent()
            if parent is None:
                continue
            text = " ".join(el.text_content().split())
            if name != "form-controls" and _holds_article(el):
                continue
            if text and name != "form-controls":
                removals.append(Removal(text[:500], name))
            el.drop_tree()
    return removals


def _holds_article(el: lxml.html.HtmlElement) -> bool:
    """True when an element matched by class tokens wraps the article itself."""
    if el.tag in ("article", "main", "body", "html"):
        return True
    return bool(el.xpath(".//article | .//main | .//h1"))


def _norm(s: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", s.lower()).split())


def filter_text(text: str, title: str | None = None) -> tuple[str, list[Removal]]:
    """Drop chrome lines from extracted text; returns (clean text, removals)."""
    lines = [ln.strip() for ln in text.splitlines()]
    lines = [ln for ln in lines if ln]
    removals: list[Removal] = []
    kept: list[str] = []
    title_norm = _norm(title) if title else None
    for i, line in enumerate(lines):
        rule = match_line(line)
        if rule is None and i == 0 and title_norm and _norm(line) == title_norm:
            rule = "repeated-headline"
        if rule:
            removals.append(Removal(line, rule))
        else:
            kept.append(line)
    return "\n".join(kept), removals


def match_line(line: str) -> str | None:
    """Name of the first rule that a whole short line matches, or None."""
    if len(line.split()) > MAX_RULE_WORDS:
        return None
    for name, rx in _COMPILED_LINES:
        if rx.fullmatch(line):
            return name
    return None
