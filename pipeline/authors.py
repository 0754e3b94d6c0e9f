"""Authors: names from structured data, meta tags and the bylines readers see."""

from __future__ import annotations

import html
import itertools
import json
import re

from lxml import etree

from .titles import SEPARATOR, fold, host_names, is_site_name

# Visible bylines, most specific first: schema.org markup and rel=author, then byline classes.
# itemprop and rel may hold several tokens ("author creator", "author noopener").
_ITEMPROP_AUTHOR = "contains(concat(' ', normalize-space(@itemprop), ' '), ' author ')"
MARKUP_BYLINES = (
    f"//*[{_ITEMPROP_AUTHOR}]//*[@itemprop='name']",
    f"//*[{_ITEMPROP_AUTHOR} and not(.//*[@itemprop='name'])]",
    "//a[contains(concat(' ', normalize-space(@rel), ' '), ' author ')]",
)
CLASS_BYLINES = (
    # the plain contains() first: the token test is slow and most elements fail both
    "//*[contains(@class, 'author-name') or contains(@class, 'byline__name')"
    " or contains(@class, 'author__name') or contains(@class, 'fn')]"
    "[contains(concat(' ', normalize-space(@class), ' '), ' author-name ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' byline__name ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' author__name ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' fn ')]",
    # the name in Elementor's author box widget (WordPress)
    "//*[contains(@class, 'elementor-author-box__name')]",
    "//*[contains(@class, 'byline') or contains(@class, 'Byline')]",
)
# What each byline xpath cannot match without: (attribute, strings one of its values must
# contain). Reading every value of the attribute once and skipping the xpaths that cannot match
# costs a tenth of running them (the class scans cost 3 ms on a typical page).
BYLINE_NEEDS = {
    MARKUP_BYLINES[0]: ("itemprop", ("author",)),
    MARKUP_BYLINES[1]: ("itemprop", ("author",)),
    MARKUP_BYLINES[2]: ("rel", ("author",)),
    CLASS_BYLINES[0]: ("class", ("author-name", "byline__name", "author__name", "fn")),
    CLASS_BYLINES[1]: ("class", ("elementor-author-box__name",)),
    CLASS_BYLINES[2]: ("class", ("byline", "Byline")),
}
# Words that start a byline and are not part of the name.
BYLINE_PREFIX = re.compile(
    r"^\s*(?:(?:this (?:post|article|story) (?:was )?)?(?:written|posted|text|words|story|reporting|"
    r"photos?|published|compiled|article|guest post|contributed|reported) by|contributors?|"
    r"read more (?:about|from)|more (?:about|from)|about|authors?|by|"
    # other languages' labels ("Rédigé par", "Ein Beitrag von", "Ricetta di", "Autorin:")
    r"r[ée]dig[ée]e? par|[ée]crit par|escrit[oa] por|redactado por|scritto da|(?:ein )?beitrag von|"
    r"ricetta di|receta de|recette de|rezept von|receita de|autor(?:in|a)?|auteur|autore|autrice|"
    r"von|par|por|di|door|af|av|de|texto|texte|testo|tekst|текст|автор)\b\s*:?\s*", re.I)
# Words that end the name part of a byline ("Jane Doe Updated on ...", "Jane Doe | May 3").
BYLINE_END = re.compile(
    r"\s+(?:\||•|·|—|–|-)\s+"
    # "on"/"in" in lower case only: "Jane Doe on May 3", "Jane Doe in Reviews", but "Audiophile On"
    r"|(?-i:\s+(?:on|in)\b)"
    r"|\s+(?:updated|last updated|published|posted|reviewed|edited|fact[- ]checked|min read)\b"
    r"|\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\s+\d", re.I)
# Job titles written after a name in bylines ("Jane Doe, Senior Editor").
ROLE_WORDS = re.compile(
    r"\b(editor|writer|expert|head|director|founder|manager|reviewer|contributor|correspondent|reporter|"
    r"columnist|journalist|specialist|educator|officer|ceo|cto|cfo|president|analyst|consultant|"
    r"professor|lead|chief|producer|strategist|coordinator|author|staff|"
    # a newsroom unit after a person's name is an affiliation ("Jane Doe, Global Desk")
    r"desk|newsroom|bureau|office|department|critic|electrician|plumber|engineer|nurse|dietitian|"
    r"nutritionist|therapist|attorney|lawyer|licensed|certified|registered|researcher|scientist|"
    r"physician|pharmacist|veterinarian|meteorologist|photographer|advocate|evangelist|designer|"
    r"developer|partner|associate|counsel|"
    r"fachärztin|facharzt|ärztin|arzt|fachanwältin|fachanwalt|rechtsanwältin|rechtsanwalt|"
    r"redakteurin|redakteur|journalistin|autorin|"
    r"médica|médico|abogada|abogado|periodista|redactora|redactor|nutricionista|psicóloga|psicólogo|"
    r"journaliste|rédactrice|rédacteur|avocate|avocat|médecin|giornalista|redattrice|redattore|"
    r"avvocato|jornalista|advogada|advogado|redatora|redator)s?\b", re.I)
# Labels that are not names at all.
NOT_NAMES = {"written by", "posted by", "by", "author", "authors", "admin", "staff", "editor", "guest",
             "unknown", "anonymous", "team", "contributor", "contributors", "editors", "writers",
             "our team", "all authors", "view profile", "see profile"}
# Splits a list of names ("A, B and C", "A; B", "A & B").
NAME_SPLIT = re.compile(
    r"\s*(?:,\s*(?:and|&)\s|;|,|\s&\s|\sand\s|\sund\s|\set\s|\sy\s|\se\s)\s*", re.I)
# Credentials written after a name ("Jane Doe, MD, RD") are not separate authors.
CREDENTIAL = re.compile(
    r"^(?:[A-Z]{2,5}[®™]?|Ph\.?D\.?|M\.?D\.?|Jr\.?|Sr\.?|I{2,3}|[A-Z]\.[A-Z]\.(?:[A-Z]\.)?)$")
NOT_A_NAME = re.compile(r"(https?://|www\.|@|\d|^staff$|^admin$|^editor$"
                        # an unfilled template variable ("page.head.extra.author", "{{ author }}")
                        r"|^[a-z_]+(?:\.[a-z_]+){2,}$|[{}])", re.I)
# Words of buttons, dates and page furniture: a "name" holding one of them is not a person.
FURNITURE_WORDS = {
    "view", "more", "posts", "sign", "read", "reading", "share", "menu", "updated", "published", "min",
    "now", "download", "show", "sidebar", "start", "trial", "login", "subscribe", "search", "comments",
    "reply", "print", "email", "follow", "home", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "june", "july", "august", "september", "october", "november",
    "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "from", "insights",
    # the same labels in the other languages ("Publié le", "Actualizado el")
    "publié", "publiée", "publicado", "publicada", "veröffentlicht", "pubblicato", "pubblicata",
    "aktualisiert", "actualizado", "atualizado", "aggiornato", "mis", "lire", "leer", "lesen",
}
# Months and days that are also first names ("April Fulton", "Jan Schulte", "Sun Li"):
# furniture only when they stand alone.
MONTH_FIRST_NAMES = {"april", "june", "august", "jan", "sun"}
# A bracket after a name holds a role, a handle or pronouns ("Jane Doe (Content Manager)",
# "Jane Doe (@jdoe)"), not part of the name.
TRAILING_BRACKET = re.compile(r"\s*[(\[][^()\[\]]*[)\]]$")
# Job-title words that end the name when a byline runs on ("Jane Doe Senior Reporter").
TITLE_START = re.compile(r"^(senior|junior|staff|contributing|managing|executive|associate|deputy|"
                         r"chief|head|lead|editor|writer|reporter|founder|co-founder|ceo|author)\b", re.I)


# A wire service printed after the writer's name ("MARIA OKONKWO Associated Press").
WIRE_AFTER_NAME = re.compile(
    r"(?<=\S)\s+(?:(?:the )?associated press|reuters|agence france-presse|afp|bloomberg(?: news)?|"
    r"dpa|efe|ansa|press association|pa media)$", re.I)


def clean_name(raw: str | None) -> str | None:
    """A person's name from a byline: prefix, role words and trailing dates dropped."""
    if not raw:
        return None
    name = " ".join(raw.split())
    name = BYLINE_PREFIX.sub("", name)
    name = LEADING_PROFESSION.sub("", name)
    name = BYLINE_END.split(name)[0]
    name = TRAILING_BRACKET.sub("", name)
    words = name.strip(" ,;:|-–—").split()
    cut = next((i for i, w in enumerate(words) if i >= 2 and TITLE_START.match(w)), len(words))
    words = words[:cut]
    half = len(words) // 2
    if half >= 2 and len(words) % 2 == 0 and words[:half] == words[half:]:
        # "Jane Doe Jane Doe": an avatar's label and the link's text, read as one
        words = words[:half]
    name = " ".join(words).strip(" ,;:|-–—")
    name = WIRE_AFTER_NAME.sub("", name)
    if name.isupper() and len(name.split()) >= 2:
        name = name.title()  # "MARIA OKONKWO" as AP's bylines print it
    lowered = {w.strip(".,").lower() for w in name.split()}
    furniture = FURNITURE_WORDS - MONTH_FIRST_NAMES if len(lowered) >= 2 else FURNITURE_WORDS
    if (not name or len(name) > 60 or len(name.split()) > 6 or NOT_A_NAME.search(name)
            or name.lower() in NOT_NAMES or lowered & furniture
            or not re.search(r"[^\W\d_]", name)):
        return None
    return name


# A credit for other work after the authors' names ("Jane Doe, Reviewed by John Roe", "...;
# Photos by Ann Lee"): it and what follows name no author (issue #5).
OTHER_CREDIT = re.compile(
    r"^(?:(?:medically|clinically|expert(?:ly)?|technically)\s+)?"
    r"(?:reviewed|edited|fact[- ]?checked|verified|photos?|photographs?|photography|"
    r"illustrations?|illustrated|images?|video|"
    r"translated|translation|produced|updated|additional reporting|graphics?|design(?:ed)?)"
    r"\b[^\n]{0,20}?\bby\b"
    # "Text: Lena Hoffmann, Fotos: Max Bauer": the photographer's credit after the writer's
    r"|^(?:fotos?|photos?|bilder?|ilustraci[oó]n|illustrations?|grafiken?|video|kamera|schnitt)\s*:", re.I)


# Where the writers filed from, after their names ("Por Ana Souza e Rui Lima, de Curitiba").
PLACE_AFTER_NAMES = re.compile(r"^(?:de|em|from|in|en|à|aus|da|desde|depuis)\s+[A-ZÀ-Þ]")


def split_names(raw: str) -> list[str]:
    """'A, B and C' -> ['A', 'B', 'C']; credentials and job titles after a name stay with it."""
    out: list[str] = []
    raw = html.unescape(raw)
    if " & " in raw and set(raw.split(" & ")[0].lower().split()) & ORG_WORDS:
        # "Kanzlei Brenner & Voss", "Acme Media & Events": one organisation's name
        name = clean_name(raw)
        return [name] if name else []
    for part in NAME_SPLIT.split(raw):
        part = part.strip()
        if not part:
            continue
        if out and OTHER_CREDIT.match(part):
            break
        if out and (CREDENTIAL.match(part) or ROLE_WORDS.search(part) or PLACE_AFTER_NAMES.match(part)):
            continue
        name = clean_name(part)
        if name and name not in out:
            out.append(name)
    return out


# Professions written before a name like a title ("Rechtsanwalt Tobias Brenner", "Avv. Marco
# Neri"): not part of the name.
_PROFESSION = r"(?:Rechtsanwältin|Rechtsanwalt|Fachanwältin|Fachanwalt|Notarin|Notar|Avv\.|Avvocato|Abogad[oa])"
LEADING_PROFESSION = re.compile(rf"^{_PROFESSION}\s+")


# A capital letter that starts a name, accented, Cyrillic and Greek ones too ("Émile", "Łukasz").
UPPER = "A-ZÀ-ÖØ-ÞĀ-ŽА-ЯЁΑ-Ω"
# A capitalised name of two to four words (particles allowed) that ends its line or a list item,
# or goes on to the publication it was written for ("By Jane Doe for The Post").
_NAME = (rf"[{UPPER}][\w'’.\-]*"
         rf"(?:[ \t]+(?:[{UPPER}][\w'’.\-]*|van|de|der|von|da|del|la|le|di|bin))"
         # a bracket that closes the line holds a place or a role ("Rosa Diaz (Austin, TX)")
         r"{1,3}(?=\s*(?:\n|$|,|;|&|and\b|\||·|•|—|–|\([^()\n]{1,40}\)[ \t]*(?:\n|$))"
         r"|[ \t]+for[ \t]+[A-Z])")
# "By Jane Doe and John Roe" as readers see it under a headline.
TEXT_BYLINE = re.compile(
    r"(?:\b(?:[Bb]y|BY|[Ww]ritten [Bb]y|[Aa]uthor|[Aa]uthors|[Pp]osted [Bb]y|[Ww]ords [Bb]y|[Tt]ext [Bb]y|"
    r"[Ss]tory [Bb]y|[Aa]rticle [Bb]y|[Gg]uest [Pp]ost [Bb]y|[Cc]ontributed [Bb]y|[Cc]ontributor(?=:)))"
    rf"[ \t]*:?\s+(?P<names>{_NAME}(?:(?:\s*,\s*(?:and\s+|&\s*)?|\s+and\s+|\s*&\s*){_NAME})*)")
TEXT_BYLINE_WINDOW = (-300, 800)
# A byline label on a line of its own, with the name on the next line.
BYLINE_LABEL_LINE = re.compile(
    r"^(?:by|written by|posted by|authors?(?: of this (?:article|post|story|paper))?|words by|"
    r"text by|story by|contributors?|author name|autor(?:es|en|in|a)?|auteurs?|von|por|par|door|"
    r"r[ée]dig[ée]e? par|[ée]crit par|escrit[oa] por|scritto da|(?:ein )?beitrag von|ricetta di|"
    r"receta de|recette de|rezept von|receita de)\s*:?$", re.I)
# A line that is nothing but a person's name ("Jane Doe", "Jane van Doe").
PERSON_LINE = re.compile(
    rf"^[{UPPER}][\w'’.\-]+(?: (?:[{UPPER}][\w'’.\-]*|van|de|der|von|da|del|la|le|di)){{1,3}}$")
# Words of section names and page furniture that share a line's shape with a person's name.
NOT_NAME_WORDS = {
    "article", "articles", "blog", "news", "guide", "guides", "review", "reviews", "tips", "home", "smart",
    "health", "business", "marketing", "technology", "tech", "design", "strategy", "management",
    "project", "program", "insights", "resources", "this", "in", "the", "of", "for", "our", "more",
    "read", "share", "menu", "search", "contact", "about", "privacy", "policy", "login", "sign",
    "subscribe", "newsletter", "category", "categories", "tags", "related", "posts", "latest", "popular",
    "trending", "table", "contents", "comments", "leave", "reply", "updated", "published", "min",
    "finance", "personal", "lifestyle", "travel", "food", "software", "development", "data", "cloud",
    "security", "services", "products", "shop", "company", "team", "editorial", "staff", "support",
    "key", "takeaways", "summary", "overview", "introduction", "conclusion", "highlights",
    # photo agencies and stock libraries credited on a line of their own
    "getty", "images", "shutterstock", "alamy", "istock", "unsplash", "pexels",
}
# Lines that sit beside a byline name: dates, reading times, update notes, separators.
BYLINE_NEIGHBOUR = re.compile(
    r"(\b(?:19|20)\d\d\b|\bmin(?:ute)?s?\b(?: read)?|\bupdated\b|\bpublished\b|^[·•|/–—-]$)", re.I)


# Words before "by" that make a line a credit for something other than the text ("Photo by").
CREDIT_BEFORE_BY = re.compile(
    r"(?:photo(?:graph)?s?|images?|illustrations?|illustrated|video|artwork|graphics?|sponsored|"
    r"powered|hosted|checked|reviewed|edited|editing|translated|produced|designed|narrated|"
    r"approved)"
    r"\s*$", re.I)


def text_byline(text: str, headline_at: int | None) -> list[str]:
    """Names of the first byline near the headline ("By Jane Doe", "By" then names on lines)."""
    if headline_at is None:
        return []
    lo, hi = TEXT_BYLINE_WINDOW
    start = max(0, headline_at + lo)
    headline_end = text.find("\n", headline_at)
    headline_end = len(text) if headline_end < 0 else headline_end
    found = [(m.start(), split_names(m.group("names")))
             for m in TEXT_BYLINE.finditer(text, start, headline_at + hi)
             if not CREDIT_BEFORE_BY.search(text[max(0, m.start() - 25) : m.start()])
             and not _in_prose(text, m.start())
             and not headline_at <= m.start() < headline_end]  # "Review: A Novel by Ann Lee"
    # "By" on a line of its own, the names (one word is enough: "Amanda") on the lines after it
    for m in BYLINE_LABEL_BY.finditer(text, start, headline_at + hi):
        if not any(pos == m.start() for pos, names in found if names):
            found.append((m.start(), _name_run(text[m.end() : m.end() + 300].split("\n"))[0]))
    # "by jdoe": a whole line, where the name may be one word in lower case (an account name)
    for m in BY_LINE.finditer(text, start, headline_at + hi):
        if not any(pos == m.start() for pos, names in found if names) and (
                not NOT_BY_NAME.search(m.group("names")) or TEAM_BY.match(m.group("names"))):
            found.append((m.start(), split_names(m.group("names"))))
    # "Von Anna Schmidt", "Par Jeanne Martin": other languages' "By", before people's names only
    for m in FOREIGN_BY_LINE.finditer(text, start, headline_at + hi):
        names = split_names(m.group("names"))
        if names and all(_person_shaped(n) for n in names):
            found.append((m.start(), names))
    return next((names for _, names in sorted(found, key=lambda f: f[0]) if names), [])


def _in_prose(text: str, at: int) -> bool:
    """Is the "by" at text[at] inside a sentence ("a guide by Jane Doe, with ..."), not a byline?"""
    line_start = text.rfind("\n", 0, at) + 1
    if line_start == at or not text[line_start:at].strip():
        return False
    line_end = text.find("\n", at)
    return _prose(text[line_start : line_end if line_end >= 0 else len(text)])


# How many lines under the headline's own line a byline "under the headline" may start on (a
# date, a section or a standfirst may come first).
UNDER_HEADLINE_LINES = 4
_BY_AT_LINE_START = re.compile(r"(?:[Bb]y|BY|[Ww]ritten [Bb]y)\b")


def headline_byline(text: str, headline_at: int | None) -> list[str]:
    """Names of a "By" line that starts one of the first lines under the headline's line.

    What the reader sees signing the article, as opposed to a "by" inside a sentence or a
    teaser's byline above the headline: it beats a declared author naming someone else.
    """
    if headline_at is None:
        return []
    pos = text.find("\n", headline_at)
    for _ in range(UNDER_HEADLINE_LINES):
        if pos < 0:
            return []
        pos += 1
        if _BY_AT_LINE_START.match(text, pos):
            m = TEXT_BYLINE.match(text, pos)
            names = split_names(m.group("names")) if m else []
            return names if names and all(_person_shaped(n) for n in names) else []
        pos = text.find("\n", pos)
    return []


# A line that is "by" and a short name, whatever its case ("by jdoe", "By Ana Lima").
BY_LINE = re.compile(
    r"(?m)^(?:[Bb]y|BY)[ \t]+(?P<names>[\w.'’\-]+(?:[ \t]+[\w.'’\-]+){0,3})[ \t]*$")
# What follows "by" in sentences, not in bylines: "By clicking", "by the", "by 2030".
# A first word in lower case is an account name only when it stands alone ("by jdoe").
NOT_BY_NAME = re.compile(r"(?i:^(?:\w+ing|the|a|an|our|this|that|far|now|way|default|then|email|"
                         r"phone|name|date|category|tag)\b)|^[a-z][\w.'’\-]*\s|\d")
# A team signing a "By" line, "the" in lower case too ("By the Acme Team", "By the Editors").
TEAM_BY = re.compile(r"^(?:[Tt]he )?(?:[A-Z][\w'’.\-]*(?: [A-Z][\w'’.\-]*)? )?"
                     r"(?:Editorial )?(?:Team|Staff|Editors)$")
# "By" in German, French, Spanish, Portuguese, Italian, Dutch and Scandinavian bylines, on a
# line with the names.
FOREIGN_BY_LINE = re.compile(
    r"(?m)^(?:[Vv]on|[Pp]ar|[Pp]or|[Dd]i|[Dd]oor|[Aa]v|[Aa]f|[Gg]eschrieben von|[ÉéEe]crit par|"
    r"[Ee]scrit[oa] por|[Ss]critto da|[Rr][ée]dig[ée]e? par|[Rr]edactado por|(?:[Ee]in )?[Bb]eitrag von|"
    r"[Rr]icetta di|[Rr]eceta de|[Rr]ecette de|[Rr]ezept von|[Rr]eceita de|"
    # "Texte : Théo Marchetti — Photos : ...", "Autorin: Dr. Katharina Vogt"
    r"(?:[Tt]ext[eo]?|[Tt]esto|[Aa]utor(?:in|a)?|[Aa]uteur|[Aa]utore)(?=[ \t\u00a0]?:))[ \t\u00a0]*:?[ \t]+"
    r"(?P<names>[^\n]{3,120})$")
# A "By" label alone on its line.
BYLINE_LABEL_BY = re.compile(
    r"(?m)^(?:[Bb]y|BY|[Ww]ritten [Bb]y|[Pp]osted [Bb]y|[Ww]ords [Bb]y|[Ss]tory [Bb]y|[Vv]on|VON|[Pp]ar|"
    r"[Pp]or|[Dd]oor|[Gg]eschrieben von|[ÉéEe]crit par|[Ee]scrit[oa] por|[Ss]critto da|"
    r"[Rr][ée]dig[ée]e? par|[Rr]icetta di|[Rr]eceta de|[Rr]ecette de|[Rr]ezept von|[Rr]eceita de)[ \t]*:?\n"
    # "Publié le 11 mars 2025 par", "Posted on March 3, 2025 by": the names on the next line
    r"|^(?:[Pp]osted|[Pp]ublished|[Pp]ubli[ée]e?|[Pp]ublicad[oa]|[Vv]eröffentlicht|[Pp]ubblicat[oa])\b"
    r"[^\n]{0,50}\b(?:by|par|von|por|da|di)[ \t]*\n")


# Labels that name the author wherever they stand (author boxes sit below the article).
AUTHOR_BOX = re.compile(
    rf"\b(?:[Ww]ritten [Bb]y|[Pp]osted [Bb]y|[Aa]uthor|[Aa]bout the [Aa]uthor|[Ee]in [Bb]eitrag von|"
    rf"[Rr][ée]dig[ée]e? par|[ÉéEe]crit par|[Ee]scrit[oa] por|[Ss]critto da)[ \t]*:?\s+"
    rf"(?:{_PROFESSION}[ \t]+)?(?P<names>{_NAME})")


# An author box without a label: the name on a line, then a bio that starts with it
# ("Jane Doe", "Jane Doe is a reporter who ...").
AUTHOR_BIO = re.compile(
    rf"(?m)^(?P<names>[{UPPER}][\w'’.\-]*"
    rf"(?:[ \t]+(?:[{UPPER}][\w'’.\-]*|van|de|der|von|da|del|la|le|di)){{1,3}})"
    r"\n(?P=names)[ \t]+(?:is|was|has|writes|covers|joined|leads|works)\b")


# An author box's label on a line of its own, the people under it.
AUTHOR_BOX_LABEL = re.compile(
    r"(?m)^(?:[Aa]uthors?|AUTHORS?|[Ww]ritten [Bb]y|[Aa]bout the [Aa]uthors?)[ \t]*:?\n")


def _initials(line: str, name: str) -> bool:
    """Is the line an avatar's placeholder, the initials of the name under it ("JD", "Jane Doe")?"""
    return 2 <= len(line) <= 3 and line.isupper() and line == "".join(w[0] for w in name.split())


def _boxed_people(lines: list[str]) -> list[str]:
    """The people of an author box, one a line, each maybe under an avatar's initials and over
    a line of their job ("JD", "Jane Doe", "Staff Writer, Acme")."""
    names: list[str] = []
    i = 0
    while i < len(lines) and len(names) < 6:
        if i + 1 < len(lines) and _initials(lines[i], lines[i + 1]):
            i += 1
        line = lines[i]
        if not (len(line) <= 40 and _person_shaped(line)) or line in names:
            break
        names.append(line)
        i += 1
        if i < len(lines) and len(lines[i]) <= 80 and _role_line(lines[i]):
            i += 1
            # "Partner", "Chicago": the office under the job, before the next person
            if (i + 1 < len(lines) and len(lines[i].split()) <= 3 and not _person_shaped(lines[i])
                    and len(lines[i + 1]) <= 40 and _person_shaped(lines[i + 1])):
                i += 1
    return names


def _role_line(line: str) -> bool:
    """A job title under a name: role words, and a line shaped like a name ends with one
    ("Creative Director", not "Jane Lead-Smith")."""
    return bool(ROLE_WORDS.search(line)) and (
        not _person_shaped(line) or bool(ROLE_WORDS.fullmatch(line.split()[-1])))


def author_box(text: str) -> list[str]:
    """The name after a "Written by" / "About the author" label, or above its bio, anywhere."""
    for m in AUTHOR_BOX_LABEL.finditer(text):
        names = _boxed_people(text[m.end() : m.end() + 400].split("\n")[:12])
        if names:
            return names
    for m in AUTHOR_BOX.finditer(text):
        names = split_names(m.group("names"))
        if names:
            return names
    # a page has one author box: a list of people or schools, each described under its name,
    # has the same shape many times over
    bios = [m.group("names") for m in AUTHOR_BIO.finditer(text)][:2]
    if len(bios) == 1 and _person_shaped(bios[0]):
        return split_names(bios[0])
    # a personal site's footer: "© 2025 Jane Doe." (a company's has "Inc", "Ltd" or no person)
    m = COPYRIGHT_PERSON.search(text, max(0, len(text) - 3000))
    if m and _person_shaped(m.group("name")) and not (set(re.findall(
            r"\w+", (m.group("name") + " " + m.group("rest")).lower())) & COMPANY_SUFFIXES):
        return [m.group("name")]
    return []


# The copyright line of a site's footer ("© 2019–2025 Jane Doe. All rights reserved."): the
# holder is a name of two or three words; what follows it may show a company ("..., Inc.").
COPYRIGHT_PERSON = re.compile(
    r"(?m)^(?:©|\([Cc]\)|(?i:copyright)(?:[ \t]*©)?)[ \t]*(?:19|20)\d\d"
    r"(?:[ \t]*[-–][ \t]*(?:19|20)\d\d)?[ \t]*,?[ \t]*"
    rf"(?P<name>[{UPPER}][\w'’\-]+(?:[ \t][{UPPER}][\w'’\-]+){{1,2}})"
    r"[ \t]*(?:\.|\||,|$)(?P<rest>[^\n]{0,12})")
# Words that end a company's name.
COMPANY_SUFFIXES = {"inc", "llc", "ltd", "limited", "corp", "corporation", "co", "plc", "gmbh",
                    "ag", "sa", "srl", "bv", "llp", "pty", "oy", "ab", "as"}


# A per-author tag written surname first ("Doe, Jane", as citation_author and dc.creator often are).
SURNAME_FIRST = re.compile(r"^(?P<last>[^,]{2,40}),\s*(?P<first>[^,]{2,40})$")


def per_author_tag_name(raw: str) -> list[str]:
    """The names in one tag that names one author: "Doe, Jane" -> ["Jane Doe"]."""
    m = SURNAME_FIRST.match(" ".join(raw.split()))
    if m and not (CREDENTIAL.match(m.group("first")) or ROLE_WORDS.search(m.group("first"))):
        name = clean_name(f"{m.group('first')} {m.group('last')}")
        return [name] if name else []
    return split_names(raw)


def site_owner(site_names: list[str], title: str | None, lines: list[str],
               url: str | None) -> list[str]:
    """The person a personal site is named after: a name the page shows, spelt like its host.

    "Jane Doe" as the site's name, in its <title> or a line of its header on janedoe.example
    signs every post there, when no byline says otherwise; on jane.example only a part of the
    <title> that is the whole name ("Post title | Jane Doe") does.
    """
    hosts = host_names(url)
    if not hosts:
        return []
    # a line can only hold the name when it holds the host's letters (jane.example: "jane")
    lines = [line for line in lines if len(line) <= 80 and any(
        h in line.lower().replace(" ", "") for h in hosts)]
    for raw, in_title in [(n, False) for n in site_names] + [(title, True)] + [
            (line, False) for line in lines]:
        for part in SEPARATOR.split(raw or ""):
            words = BYLINE_PREFIX.sub("", part).split()
            # "Jane Doe Yoga": the name may come before what the site is about
            for k in range(min(len(words), 4), 1, -1):
                name = " ".join(words[:k])
                if not _person_shaped(name):
                    continue
                key = fold(name).replace(" ", "")
                if any(h == key or (in_title and len(words) == 2 and h == fold(words[0])
                                    and len(h) >= 4) for h in hosts):
                    return [name]
    return []


# Words of organisations' names: a site named after one is not signed by a person.
ORG_WORDS = {
    "university", "college", "school", "academy", "institute", "foundation", "association",
    "society", "clinic", "hospital", "insurance", "bank", "financial", "consulting", "agency",
    "studio", "studios", "group", "company", "labs", "lab", "media", "solutions", "systems",
    "foods", "online", "global", "international",
    "marketing", "digital", "construction", "plumbing", "teaching",
    "pet", "pets", "shop", "store", "network", "partners", "ventures",
    "capital", "center", "centre", "council", "club", "magazine", "journal", "press", "radio",
    "yoga", "fitness", "coffee", "kitchen", "garden", "home",
    "coaching", "training", "photography", "law", "legal", "dental", "care", "events", "homes",
    "realty", "motors", "tours",
    # newspapers' names
    "post", "times", "herald", "tribune", "daily", "gazette", "chronicle", "weekly", "observer",
    "courier", "telegraph", "express", "insider", "today", "wire", "report", "reporter",
    "ledger", "sentinel", "bulletin", "dispatch", "examiner", "inquirer", "enquirer", "beacon",
    "courant",
    # firms and practices in the other languages ("Kanzlei Brenner & Voss", "Clínica Sanz")
    "kanzlei", "praxis", "klinik", "agentur", "verlag", "cabinet", "bufete", "clínica", "clinica",
    "contributor", "contributors",
}
# Little words that join an organisation's or a slogan's words, never a person's.
JOINING_WORDS = {"to", "of", "the", "and", "for", "be", "is", "now", "my", "your", "our", "a", "an",
                 "in", "on", "at", "by", "with", "every"}


INITIAL = re.compile(rf"^[{UPPER}]\.$")


def _person_shaped(name: str) -> bool:
    """A person's name in shape: capitalised words, no acronym, no organisation word."""
    # a middle or first initial ("Jane Q. Doe", "J. R. Doe") is part of a name; a lone letter
    # without its dot is not ("A Guide", "I Love")
    words = [w.strip(".,'’") for w in name.split() if not INITIAL.match(w)]
    lowered = {w.lower() for w in words}
    return bool(PERSON_LINE.match(name)) and len(words) >= 1 and not (
        lowered & (NOT_NAME_WORDS | ORG_WORDS | JOINING_WORDS)
        or any(len(w) >= 2 and w.isupper() or len(w) == 1 for w in words)
        or any(w.lower().endswith(("'s", "’s")) for w in name.split()))


# Lines that join the names of a byline written one name per line ("Ana Lima", ",", "Li Wei").
NAME_JOINER = re.compile(r"^(?:,|&|and|und|et|y|e|;)$", re.I)
# A team signing as a byline ("The Acme Team", "Acme Editorial Staff").
TEAM_LINE = re.compile(
    r"^(?:The )?[A-Z][\w'’.\-]*(?: [A-Z][\w'’.\-]*)? (?:Editorial )?(?:Team|Staff|Editors)$")


def _name_run(lines: list[str]) -> tuple[list[str], int]:
    """(names, lines used) of names written one per line, joined by ',', '&' or 'and' lines."""
    names: list[str] = []
    used = 0
    joined = True  # the next line may be a name
    for i, line in enumerate(lines):
        if not joined:
            if NAME_JOINER.match(line):
                joined = True
            elif not AFFILIATION_MARK.match(line):
                break
            continue
        found = split_names(line) if len(line) <= 60 else []
        if not found or (names and (CREDENTIAL.match(line) or ROLE_WORDS.search(line))):
            break
        names += [n for n in found if n not in names]
        used = i + 1
        joined = False
    return names, used


# The marks after an author's name that point to an affiliation ("Jane Doe", "1,2", ";").
AFFILIATION_MARK = re.compile(r"^[\d*†‡§, ]{1,8}$")


def name_line(text: str, headline_at: int | None) -> list[str]:
    """A byline without "By": a label line then names, or a name line beside a date."""
    if headline_at is None:
        return []
    lo, hi = TEXT_BYLINE_WINDOW
    start = max(0, headline_at + lo)
    lines = text[start : headline_at + hi].split("\n")
    for i, line in enumerate(lines[:-1]):
        if BYLINE_LABEL_LINE.match(line):
            names, _ = _name_run(lines[i + 1 : i + 25])
            if names:
                return names
    # the lines under the headline (past a long standfirst or a row of share buttons); then the
    # two above it, where a byline sits above the headline with its date ("Dec 17, 2025",
    # "Jane Doe", headline)
    below = text[headline_at : headline_at + hi].split("\n")[1:UNDER_HEADLINE_NAME_LINES + 1]
    above = text[max(0, headline_at - 200) : headline_at].split("\n")[-3:-1]
    return _dated_names(below) or _dated_names(above)


# How many lines under the headline a byline without "By" may stand on.
UNDER_HEADLINE_NAME_LINES = 13


def _dated_names(lines: list[str]) -> list[str]:
    """The first name (or run of names) among the lines with a date or reading time beside it."""
    for i, line in enumerate(lines):
        if _prose(line):
            continue  # "CAPITAL CITY — The Office of ... today ...": a dateline opens a sentence
        if TEAM_LINE.match(line) and any(BYLINE_NEIGHBOUR.search(n) for n in _around(lines, i, 1)):
            return [line]
        name = clean_name(line)
        if (not name or not PERSON_LINE.match(name) or set(name.lower().split()) & NOT_NAME_WORDS
                or (i and lines[i - 1] in BREADCRUMB_SEPARATORS) or _inside_sentence(lines, i)):
            continue
        run, used = _name_run(lines[i : i + 9])
        names = run if run and run[0] == name else [name]
        # "Jane Doe | Senior Writer | July 2, 2025": the date on the name's own line
        if (any(BYLINE_NEIGHBOUR.search(n) for n in _around(lines, i, max(1, used)))
                or BYLINE_NEIGHBOUR.search(line[len(name):])
                # "Elif Demir | Developer Advocate"
                or line.startswith(name) and _job_line(line[len(name):].strip(" |·•—–-,"))
                or _job_line(lines[i + max(1, used)] if i + max(1, used) < len(lines) else "")):
            return names
    return []


def _job_line(line: str) -> bool:
    """A job title on its own line, as under a byline's name ("Senior Reporter", "Staff Writer")."""
    return (len(line) <= 60 and len(line.split()) <= 8
            and bool(ROLE_WORDS.search(line) or QUALIFIED.search(line))
            and not line.endswith(("?", "!", ":")) and not _SENTENCE_END.search(line))


# Words of a qualification written under a name ("Registered Dietitian", "Certified Coach").
QUALIFIED = re.compile(r"\b(?:certified|licensed|registered|accredited|chartered)\b", re.I)
# A sentence's end, not an abbreviation's dot ("M.A. Journalism" is a qualification).
_SENTENCE_END = re.compile(r"[^\W\d_]{3,}\.$")


# Lines between breadcrumb items: the item after one is a section, not a byline.
BREADCRUMB_SEPARATORS = {"/", ">", "»", "›", "→"}


def _around(lines: list[str], i: int, used: int) -> list[str]:
    """The two lines before lines[i] and the two after the used ones, short lines only: a byline's
    date stands in its block, and a sentence (a caption, a paragraph) ends the block."""
    before = []
    for line in reversed(lines[max(0, i - 2) : i]):
        if _prose(line):
            break
        before.append(line)
    after = []
    for line in lines[i + used : i + used + 2]:
        if _prose(line):
            break
        after.append(line)
    return before + after


# A line that goes on with a sentence's lower-case words, or a sentence's start that breaks off
# at a lower-case word ("edition of"): the name between them is a link inside that sentence.
_SENTENCE_GOES_ON = re.compile(r"^(?-i:[a-z])\w*(?:\W+\w+){2}")
_SENTENCE_BREAKS_OFF = re.compile(r"\w+\W+\w+\W+(?-i:[a-z])\w*$")


def _inside_sentence(lines: list[str], i: int) -> bool:
    """Is lines[i] a name inside a sentence split into lines by its links?"""
    after = lines[i + 1] if i + 1 < len(lines) else ""
    before = lines[i - 1] if i else ""
    return bool((_SENTENCE_GOES_ON.match(after) and not BYLINE_NEIGHBOUR.search(after))
                or (_SENTENCE_BREAKS_OFF.search(before) and not BYLINE_LABEL_END.search(before)))


# "This article was written by", "Contributed by": a label, not a sentence, ends there.
BYLINE_LABEL_END = re.compile(r"\b(?:by|von|par|por|door|di|da)$", re.I)


# A sentence, not a byline's line: more than ten words of letters.
_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")


def _prose(line: str) -> bool:
    return len(_LETTER_WORD.findall(line)) > 10


# What a page signs with when it names no person: a team, the staff, "Anonymous". Such labels
# are dropped as names (clean_name), and are the author only when nothing names a person
# (issue #5: ground truths give them as written).
UNSIGNED_LABEL = re.compile(
    r"^(?:the |our )?(?:editorial |news |content )?(?:staff|team|editors|anonymous|newsroom|admin|"
    r"editorial (?:team|staff|board)|guest (?:author|writer|contributor)|contributors?)$", re.I)
# An e-mail address given as the author's name (a CMS account's display name left unset).
EMAIL_NAME = re.compile(r"^[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+$")


def declared_label(raws: list[str]) -> list[str]:
    """The first author the metadata declares that is a team label or an e-mail address."""
    for raw in raws:
        raw = " ".join(raw.split()).strip(" .,")
        if UNSIGNED_LABEL.match(raw) or EMAIL_NAME.match(raw):
            return [raw]
    return []


def shown_label(text: str, headline_at: int | None) -> list[str]:
    """A team label signing the article under its headline ("By Staff", "Staff" over a date)."""
    if headline_at is None:
        return []
    lines = text[headline_at : headline_at + TEXT_BYLINE_WINDOW[1]].split("\n")[
        1 : UNDER_HEADLINE_NAME_LINES + 1]
    for i, line in enumerate(lines):
        label = BYLINE_PREFIX.sub("", line) if len(line) <= 40 else ""
        if not UNSIGNED_LABEL.match(label):
            continue
        # signed: after a "By" (on its line or the one before), or in a block with a date
        if (label != line or (i and BYLINE_LABEL_LINE.match(lines[i - 1]))
                or any(BYLINE_NEIGHBOUR.search(n) for n in _around(lines, i, 1))):
            return [label]
    return []


_COMPILED: dict[str, etree.XPath] = {}


_VALUES: dict[str, etree.XPath] = {}


def _may_match(tree, xp: str, seen: dict[str, str]) -> bool:
    """False when the page lacks what the xpath needs (BYLINE_NEEDS), so it cannot match."""
    if xp not in BYLINE_NEEDS:
        return True
    attr, needles = BYLINE_NEEDS[xp]
    if attr not in seen:
        if attr not in _VALUES:
            _VALUES[attr] = etree.XPath(f"//@{attr}", smart_strings=False)
        seen[attr] = "\n".join(_VALUES[attr](tree))
    return any(n in seen[attr] for n in needles)


# Containers of a comment thread: their vcards and "fn" names are the commenters'.
_COMMENTS = re.compile(r"(?:^|[\s_-])(comments?|commentlist|comment-list|comment-author|respond|disqus)(?:$|[\s_-])")


def _in_comments(el) -> bool:
    """True when the element sits in a comment thread."""
    return any(_COMMENTS.search(" ".join((a.get("class") or "", a.get("id") or "")).lower())
               for a in el.iterancestors() if a.get("class") or a.get("id"))


def _of_reviewed_item(el) -> bool:
    """True when the element is a property of a review's itemReviewed (a book's author)."""
    for a in el.iterancestors():
        if a.get("itemscope") is not None:
            return "itemreviewed" in (a.get("itemprop") or "").lower()
    return False


def bylines(tree, xpaths: tuple[str, ...]) -> list[str]:
    """Author names of the first byline element the xpaths find (later ones are teasers' bylines)."""
    seen: dict[str, str] = {}
    for xp in xpaths:
        if not _may_match(tree, xp, seen):
            continue
        if xp not in _COMPILED:
            _COMPILED[xp] = etree.XPath(xp)
        kept = (e for e in _COMPILED[xp](tree) if not _in_comments(e) and not _of_reviewed_item(e))
        for el in itertools.islice(kept, 3):
            # a microdata name may be given as <meta itemprop="name" content="...">
            text = " ".join((" ".join(el.itertext()) or el.get("content") or "").split())
            names = split_names(text) if text and len(text) <= 120 else []
            if names:
                return names
    return []


# Links to an author's page ("/author/jane-doe/"): CMSs link the byline's name there.
AUTHOR_LINK_PATHS = ("/author/", "/authors/", "/writers/", "/contributors/", "/autor/", "/auteur/")
_AUTHOR_LINKS = etree.XPath(
    "//a[" + " or ".join(f"contains(@href, '{p}')" for p in AUTHOR_LINK_PATHS) + "]")


_HREFS = etree.XPath("//a/@href", smart_strings=False)


def author_links(tree) -> list[str]:
    """The name of the first link to an author's page that holds a name (not "View all posts")."""
    # one read of every href first: most pages have no such link, and the xpath's six
    # contains() tests on every link cost five times as much
    hrefs = "\n".join(_HREFS(tree))
    if not any(p in hrefs for p in AUTHOR_LINK_PATHS):
        return []
    for a in _AUTHOR_LINKS(tree)[:10]:
        text = " ".join(a.text_content().split())
        names = split_names(text) if text and len(text) <= 80 else []
        if names:
            return names
    return []


# The post author's display name that WordPress's Google Tag Manager plugin (GTM4WP) writes into
# its dataLayer script: {"pagePostAuthor":"Jane Doe"}.
_DATA_LAYER_SCRIPTS = etree.XPath("//script[contains(., 'pagePostAuthor')]/text()",
                                  smart_strings=False)
DATA_LAYER_AUTHOR = re.compile(r'"pagePostAuthor"\s*:\s*("(?:[^"\\]|\\.){1,80}")')


def data_layer_author(tree) -> list[str]:
    """The names a tag manager's dataLayer gives as the post's author, if any."""
    for script in _DATA_LAYER_SCRIPTS(tree)[:2]:
        m = DATA_LAYER_AUTHOR.search(script)
        if m:
            try:
                return split_names(json.loads(m.group(1)))
            except ValueError:
                return []
    return []


# Honorifics that bylines and structured data write or leave out ("Dr Jane Doe").
HONORIFIC = re.compile(r"^(?:dr|prof|mr|mrs|ms|mx|sir)\.?\s+", re.I)


def _same_person(a: str, b: str) -> bool:
    """The same name, give or take case, punctuation and an honorific ("Dr")."""
    return fold(HONORIFIC.sub("", a)) == fold(HONORIFIC.sub("", b))


def _personal(name: str) -> bool:
    """Does a name the site shares look like a person's ("Jane Doe"), not a brand ("ACME NEWS")?"""
    return bool(PERSON_LINE.match(name)) and not name.isupper() and not (
        set(name.lower().split()) & (NOT_NAME_WORDS | ORG_WORDS))


def _as_shown(declared: list[str], sources: dict) -> list[str]:
    """The byline readers see, when it starts with the declared person: structured data and
    meta tags often list only the first author, or add the page's editors and sources."""
    shown = [n for k in ("markup", "byline", "name_line", "under_headline", "link") for n in sources.get(k) or ()]
    if len(declared) >= 2 and all(any(_same_person(s, d) for s in shown) for d in declared):
        # every declared author is on the page, though no one source lists them all (the first
        # name's link is marked up, the others are plain text)
        return declared
    for v in (sources.get("markup"), sources.get("byline"), sources.get("name_line")):
        if v and _same_person(v[0], declared[0]) and (
                len(v) < len(declared) or all(PERSON_LINE.match(n) for n in v[1:])):
            return v
    return declared


def _without_outlet(declared: list[str], sources: dict) -> list[str]:
    """The byline readers see, when the one declared name is its name and then a publication
    ("Jane Doe. Acme News", "Jane Doe - Acme" in a tag; "Jane Doe" on the page)."""
    for v in (sources.get("markup"), sources.get("byline"), sources.get("name_line")):
        if v and len(declared) == 1 and _name_then_outlet(declared[0], v[0]):
            return v
    return declared


# What sets a publication apart from the name before it in an author tag ("Jane Doe. Acme").
OUTLET_AFTER_NAME = re.compile(r"^\s*(?:\.|\||[-–—]\s)\s*\S")


def _name_then_outlet(tagged: str, shown: str) -> bool:
    """Is tagged the shown name, then a separator and something more ("Jane Doe. Acme News")?"""
    return (tagged.startswith(shown) and len(shown.split()) >= 2
            and bool(OUTLET_AFTER_NAME.match(tagged[len(shown):])))


# Words of a byline that signs for a team, not a person ("The Acme Team", "Acme Staff").
TEAM_WORDS = {"team", "staff", "editors", "editorial", "desk", "newsroom", "contributors"}


def _signed_by_person(names: list[str], others: list, site_names: list[str],
                      url: str | None) -> list[str]:
    """A byline naming the site or a team yields to a person that a link to an author's page,
    the author meta tag or an author box names (on a personal site, named like its host)."""
    if not all(is_site_name(n, site_names, url) or set(n.lower().split()) & TEAM_WORDS
               for n in names):
        return names
    for found in others:
        found = found() if callable(found) else found  # the box search runs only when reached
        people = [n for n in found or [] if _person_shaped(n)
                  and not is_site_name(n, site_names, None) and n not in names]
        if people:
            return people
    return names


def _agreed_byline(declared: list[str], sources: dict, witnesses: tuple[str, ...]) -> list[str]:
    """The "By" line under the headline, when another source agrees on a person it names first,
    or it starts one of the lines right under the headline, and the declared authors
    (structured data, meta tags) name someone else entirely."""
    shown = sources.get("byline")
    if not shown or any(_same_person(n, d) for n in shown for d in declared):
        return []
    agreed = any(v and _same_person(v[0], shown[0]) for v in map(sources.get, witnesses))
    # a "By" line right under the headline needs no witness: it is what readers see signing it
    # (the declared author is often the account that posted the article)
    agreed = agreed or sources.get("under_headline") == shown
    return shown if agreed and all(_person_shaped(n) for n in shown) else []


# First or last words of a CMS account or a desk that posts for others ("webmaster", "Marketing
# Team", "Rédaction Lignes Claires", "redazione"), folded.
# A user's handle ("jdoe") is their byline as declared, and a team or the staff sign as such
# ("Resy Staff", "the Acme Team"): ground truths keep both.
ACCOUNT_WORDS = {"admin", "administrator", "webmaster", "redazione", "redaktion", "redaction",
                 "redaccion", "redacao", "marketing"}


def _account(name: str) -> bool:
    """A declared author that is a CMS account or a desk, not a person: a name opening or
    closing with an account's word."""
    words = fold(name).split()
    return bool(words) and (words[0] in ACCOUNT_WORDS or words[-1] in ACCOUNT_WORDS)


# Where the page shows a person signing, in the order they are trusted.
SHOWN_SOURCES = ("under_headline", "byline", "markup", "name_line", "link", "class", "box")


def _shown_person(sources: dict) -> list[str]:
    """The first byline on the page that names people, none of them an account."""
    for key in SHOWN_SOURCES:
        names = sources.get(key)
        names = names() if callable(names) else names
        if names and all(_person_shaped(n) and not _account(n) for n in names):
            return names
    return []


def choose_authors(sources: dict, found, site_names: list[str],
                   url: str | None) -> list[str]:
    """Authors from structured data when they are people; else the byline the reader sees."""
    names = _choose_authors(sources, found, site_names, url)
    if len(names) >= 2 and _person_shaped(names[0]):
        # "Jane Doe, Acme News": the publication a person wrote for is not a second author
        # (issue #5)
        names = [names[0]] + [n for n in names[1:] if not (
            is_site_name(n, site_names, url) or len(n.split()) == 1
            or set(n.lower().split()) & (ORG_WORDS | NOT_NAME_WORDS))]
    return names


def _choose_authors(sources: dict, found, site_names: list[str],
                    url: str | None) -> list[str]:
    structured_ = sources.get("structured") or []
    # a Person named like the site is its author on a personal site ("Jane Doe", not "ACME NEWS")
    people = [n for n, kind in structured_ if kind is not False
              and (not is_site_name(n, site_names, url) or (kind is True and _personal(n)))]
    if people and all(map(_account, people)):
        # the account that posted it ("Marketing Team", "webmaster"): a person signing on the
        # page is the author (issue #5)
        people = _shown_person(sources) or people
    if people:
        people = _without_outlet(people, sources)
        return _agreed_byline(people, sources, ("meta", "name_line", "markup")) or _as_shown(
            people, sources)
    meta = [n for n in sources.get("meta") or [] if not is_site_name(n, site_names, url)]
    if meta and len(meta) >= 2 and all(len(n.split()) == 1 for n in meta):
        # "Acme Post, Hamburg, Germany" split into one-word "names": a place, not the writers,
        # when the page's byline names people
        shown = next((v for v in map(sources.get, ("markup", "byline", "under_headline", "name_line"))
                      if v and all(_person_shaped(n) for n in v)), None)
        if shown:
            return shown
    if meta and all(map(_account, meta)):
        meta = _shown_person(sources) or meta
    if meta:
        meta = _without_outlet(meta, sources)
        # meta tags name every author or the first; a byline can only add the others
        shown = _as_shown(meta, sources)
        return _agreed_byline(meta, sources, ("name_line", "markup")) or (
            shown if len(shown) > len(meta) else meta)
    # bylines on the page are trusted even when they name the site: personal sites sign that way.
    # A name beside a date under the headline, then a link to an author's page, come before
    # trafilatura's byline search: on the WCXB dev half that order was right on 3 more pages (the
    # link on 1 more of the other half), and the search (~11 ms) runs less often
    for names in (sources.get("markup"), sources.get("byline"), sources.get("name_line"),
                  sources.get("link"), found, sources.get("box")):
        names = names() if callable(names) else names  # a costly search runs only when reached
        if names:
            return _signed_by_person(names, [sources.get(k) for k in (
                "under_headline", "byline", "name_line", "link", "meta", "box")], site_names, url)
    # last of all, a team label or an address the page signs with instead of a person's name
    last = [sources.get("data_layer"), sources.get("owner"), sources.get("shown_label"),
            sources.get("declared_label")]
    return ([n for n, _ in structured_] or sources.get("class") or sources.get("meta")
            or next((names for names in (n() if callable(n) else n for n in last) if names), []))
