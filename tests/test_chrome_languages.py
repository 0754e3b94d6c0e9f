"""Chrome lines in Spanish, French, German, Portuguese and Italian go like their English ones."""

from __future__ import annotations

import pytest

from pipeline.clean import clean_html

from chrome_texts import assert_kept_anywhere, assert_removed_at_either_end

# (line, rule): what login dialogs, consent banners, sign-up boxes, share bars and collection
# widgets of sites in these languages print, each line as a site would write it.
CASES = [
    ("¿Has olvidado tu contraseña?", "login-prompt"),
    ("Regístrate gratis", "login-prompt"),
    ("Crear cuenta", "login-prompt"),
    ("Créer un compte", "login-prompt"),
    ("Konto erstellen", "login-prompt"),
    ("Jetzt registrieren", "login-prompt"),
    ("Criar conta", "login-prompt"),
    ("Crea un account", "login-prompt"),
    ("Geben Sie Ihre E-Mail-Adresse ein, um Ihr Passwort zurückzusetzen.", "password-reset"),
    ("Configurar cookies", "cookie-notice"),
    ("Cookie-Einstellungen", "cookie-notice"),
    ("Alle akzeptieren", "cookie-notice"),
    ("Tout refuser", "cookie-notice"),
    ("Diese Website verwendet Cookies, um Ihnen ein besseres Nutzererlebnis zu bieten.", "cookie-notice"),
    ("Recibe nuestra newsletter", "newsletter-prompt"),
    ("Apúntate a la newsletter y recibe las últimas noticias.", "newsletter-prompt"),
    ("Recevez notre newsletter", "newsletter-prompt"),
    ("Melden Sie sich für unseren Newsletter an", "newsletter-prompt"),
    ("Receba a nossa newsletter", "newsletter-prompt"),
    ("Ricevi la nostra newsletter", "newsletter-prompt"),
    ("Compartir en Facebook", "share-prompt"),
    ("Partager sur Twitter", "share-prompt"),
    ("Auf Facebook teilen", "share-prompt"),
    ("Compartilhar no WhatsApp", "share-prompt"),
    ("Condividi su Facebook", "share-prompt"),
    ("Noticias relacionadas", "read-more-teaser"),
    ("Sur le même sujet", "read-more-teaser"),
    ("Das könnte Sie auch interessieren", "read-more-teaser"),
    ("Notícias relacionadas: O novo celular da marca", "read-more-teaser"),
    ("Articoli correlati", "read-more-teaser"),
    ("Contenido patrocinado", "ad-label"),
    ("Contenu sponsorisé", "ad-label"),
    ("Conteúdo patrocinado", "ad-label"),
    ("Contenuto sponsorizzato", "ad-label"),
    ("Imagen: Netflix", "photo-credit"),
    ("Crédit photo : AFP", "photo-credit"),
    ("Lecture : 3 min.", "reading-time"),
    ("¡Gracias por suscribirte!", "widget-message"),
    # the collection widget of the failure this project exists to fix, as its Spanish sites print it
    ("Añadir a colección", "collection-widget"),
    ("No hay colecciones", "collection-widget"),
    ("Aquí encontrarás todas las colecciones que has creado anteriormente.", "collection-widget"),
    ("Ajouter à une collection", "collection-widget"),
    ("Zur Sammlung hinzufügen", "collection-widget"),
    ("Adicionar à coleção", "collection-widget"),
    ("Aggiungi alla raccolta", "collection-widget"),
    # affiliate disclosures: the Amazon Associates formula as each language's programme words it
    ("Als Amazon-Partner verdiene ich an qualifizierten Verkäufen.", "affiliate-notice"),
    ("En tant que Partenaire Amazon, nous réalisons un bénéfice sur les achats remplissant les conditions requises.", "affiliate-notice"),
    ("In qualità di Affiliato Amazon, ricevo un guadagno dagli acquisti idonei.", "affiliate-notice"),
    ("Como asociado de Amazon, gano con las compras que cumplen los requisitos aplicables.", "affiliate-notice"),
    ("Como Associado da Amazon, ganho com compras qualificadas.", "affiliate-notice"),
    ("Este artículo incluye enlaces de afiliado.", "affiliate-notice"),
    ("Dieser Beitrag enthält Affiliate-Links.", "affiliate-notice"),
    ("Étiquettes : séries, Netflix", "tag-line"),
    ("Palavras-chave: séries, streaming", "tag-line"),
    ("Lee más: Las mejores series de 2025", "read-more-teaser"),
    ("Continuar leyendo", "read-more-teaser"),
    ("Continua a leggere", "read-more-teaser"),
    ("Ähnliche Artikel", "read-more-teaser"),
    ("Vielen Dank für Ihre Anmeldung!", "widget-message"),
    ("Sobre el autor", "nav-label"),
    ("À propos de l'auteur", "nav-label"),
    ("Über die Autorin", "nav-label"),
    ("Sull'autore", "nav-label"),
    ("0 comentarios", "comment-prompt"),
    ("Schreibe einen Kommentar", "comment-prompt"),
    ("Kommentare", "comment-prompt"),
    ("Aceptar todas", "cookie-notice"),
    ("Accetta tutti", "cookie-notice"),
    ("Rejeitar todos", "cookie-notice"),
    ("Términos y condiciones", "privacy-link"),
    ("Nutzungsbedingungen", "privacy-link"),
    ("Conditions d'utilisation", "privacy-link"),
    ("Termos de uso", "privacy-link"),
    ("Note legali", "privacy-link"),
]


@pytest.mark.parametrize(("line", "rule"), CASES)
def test_chrome_line_at_either_end_is_removed_with_its_rule(line, rule):
    assert_removed_at_either_end(line, rule)


# Article sentences that use the same words: guides explain cookies and accounts, reviews
# mention sharing and newsletters. They are prose, not the widget's label.
PROSE = [
    "Para rechazar las cookies, abre el menú de privacidad del navegador y desactiva las de terceros.",
    "Il faut créer un compte pour synchroniser les favoris, ce que la plupart des utilisateurs feront.",
    "Wer alle akzeptieren will, muss die Einstellungen der App gar nicht erst öffnen, was schade ist.",
    "Dá para compartilhar no WhatsApp as fotos tiradas com o modo noturno, que ficam muito boas.",
    "La raccolta di racconti è il libro più riuscito dell'autrice, e la traduzione è all'altezza.",
    "En la tienda no hay colecciones completas de la serie, solo temporadas sueltas a buen precio.",
    "Los comentarios de los críticos fueron muy positivos tras el estreno de la segunda temporada.",
    "Continua a leggere il romanzo chi ha amato la serie: il finale è diverso e più amaro.",
    "Über den Autor der Vorlage wurde viel geschrieben, doch die Serie erfindet ihn neu.",
    "Le film contient des liens avec la première saison que les fans reconnaîtront vite.",
    "Die Nutzungsbedingungen des Dienstes haben sich geändert: Konten dürfen nicht mehr geteilt werden.",
]


@pytest.mark.parametrize("line", PROSE)
def test_article_sentence_with_the_same_words_is_kept(line):
    assert_kept_anywhere(line)


RESENA = [
    "La segunda temporada de la serie arranca donde terminó la primera, con la familia dividida y "
    "una ciudad que ya no confía en nadie. Los guionistas se toman su tiempo y el ritmo es pausado.",
    "El reparto sigue siendo lo mejor: la protagonista sostiene cada escena con muy poco diálogo, y "
    "los secundarios ganan peso en los episodios centrales, los más logrados de la temporada.",
    "Si os gustó la primera entrega, esta os va a gustar todavía más. Quien busque acción constante "
    "quizá se aburra, pero el final deja muchas ganas de ver qué pasará en la tercera temporada.",
]


def test_spanish_review_page_keeps_the_review_and_drops_the_dialogs():
    # The page of the failure this project exists for, in Spanish, with hint-free markup.
    chrome_lines = [
        "Iniciar sesión", "¿Has olvidado tu contraseña?",
        "Introduce tu correo electrónico y te enviaremos un enlace para restablecer tu contraseña.",
        "Política de privacidad", "Añadir a colección", "No hay colecciones",
        "Aquí encontrarás todas las colecciones que has creado anteriormente.",
        "En Xataka | Hoy en Prime Video, las mejores series de la semana",
    ]
    body = "".join(f"<p>{p}</p>" for p in RESENA) + "".join(f"<p>{c}</p>" for c in chrome_lines)
    html = (f"<html lang='es'><head><title>Crítica de la serie</title></head><body><article>"
            f"<h1>Crítica de la serie</h1>{body}</article></body></html>")
    result = clean_html(html, "http://127.0.0.1/critica/")
    for paragraph in RESENA:
        assert paragraph in result.text
    for line in chrome_lines:
        assert line not in result.text
    assert result.language == "es"
