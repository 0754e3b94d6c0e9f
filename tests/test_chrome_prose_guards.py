"""Article sentences that the chrome rules once removed: an adversarial probe of 300 lines.

Written against the rules to find where they eat prose: news about cookies, passwords and
paywalls, how-to paths ("Home > Settings > Privacy"), recipe and review info, sports sign-offs.
"""

from __future__ import annotations

import pytest

from pipeline import chrome

from chrome_texts import ARTICLE, ARTICLE_2, ARTICLE_3, assert_kept_anywhere

# Kept wherever they stand.
ANYWHERE = [
    "The merger talks were first reported by Reuters.",
    "The figures were compiled by Reuters.",
    "Already registered voters do not need to re-apply before the March primary.",
    "The regulator found that the site uses cookies to track visitors without their consent.",
    "Most users simply accept all cookies without reading the banner, the study found.",
    "The company said the data was handled in accordance with its privacy policy.",
    "Brands interested in advertising during the Super Bowl paid about $7 million for 30 seconds.",
    "The text urged recipients to click here to claim a tax refund.",
    "Residents can sign up for text alerts from the county's emergency management office.",
    "The footage may not be published, broadcast or distributed, the judge ruled.",
    "Copyright law was last overhauled in 1976.",
    "The nonprofit newsroom is funded by readers and a handful of local foundations.",
    "The feature is exclusive to Netflix Premium subscribers in the U.S.",
    "Scammers sent an email urging users to reset their banking passwords within 24 hours.",
    "Investigators said the fake reset link led to a phishing page hosted overseas.",
    "Under the new FTC rule, you must be able to unsubscribe at any time as easily as you signed up.",
    "Users who consent to receive marketing emails can withdraw that consent at any time under GDPR.",
    "By signing up for the loyalty program, customers hand over data on every purchase, privacy advocates warn.",
    "Readers must pay to read the full article on the site, which launched its paywall in 2019.",
    "The YouTuber urged fans to subscribe to the channel before the livestream began.",
    "The summit can be reached by a four-hour hike from the trailhead.",
    "With assistance from the Sundance Institute",
    "Residents who don't have an account with the utility can still report outages by phone.",
    "The ruling is subject to the privacy policy changes announced in June, lawyers said.",
    "(c) any person who knowingly obstructs a polling place shall be fined.",
    "Copyright: who owns AI-generated art?",
    "Up next",
    "Up next: Cardinals at Cubs, Friday, 2:20 p.m.",
    "Next: The Bears host the Packers on Sunday night.",
    "Previous: Lost 3-1 to Leeds on Saturday.",
    "Home / Away splits",
    "Players must be 21+ to wager in Ohio, and the state caps promotional credits.",
    "Top 10 games 2024",
    "Formula 1 season 2024",
    "Follow the leader",
    "Join the club",
    "Season 2, 2023",
    "72° sunny and calm at kickoff",
    "Quotes delayed at least 15 minutes, the exchange warned investors on Tuesday.",
    "Shoppers can pay in 4 interest-free installments, though late fees apply.",
    "We may earn a commission if clients switch advisers, the planner admitted.",
    "Experts stress that chatbots are not a substitute for professional medical advice.",
    "Consider donating blood if you are eligible; supplies are at a ten-year low.",
    "New to running? Join a beginner group before you try a 10K.",
    "Patients can sign up for text alerts when prescriptions are ready.",
    "Alzheimer's disease (AD)",
    "Support local farmers",
    "10 minutes",
    "Made with love by my grandmother every Christmas",
    "Settings > Battery > Battery Health",
    "Settings › Privacy & Security › Location Services",
    "After registering, check your email to confirm the account.",
    "Report a problem",
    "Enable JavaScript in Safari",
    "JavaScript is required for the checkout page to work, which hurts accessibility.",
    "Your browser doesn't support passkeys? Try this",
    "No account yet? The app lets you browse as a guest.",
    "Powered by Snapdragon",
    "Designed by Apple in California",
    "Out of stock — and out of options",
    "You might like the cheaper model better if you don't need the zoom lens.",
    "You may also like the Pixel 8a, which costs $200 less.",
    "Photography: excellent in daylight, weaker at night",
    "Developed by FromSoftware",
    "Developed by FromSoftware | Published by Bandai Namco",
    "In Theaters | Rated PG-13 | 2h 15m",
    "From Hulu | Rated TV-MA | 8 episodes",
    "Presented by the Royal Shakespeare Company",
    "Artwork by local children lines the hallway of the new clinic.",
    "Rendering by the architects shows a glass atrium facing the river.",
    "More stories from survivors",
    "First published in 1962, the novel remains a staple of high-school syllabi.",
    "Originally written in Russian, the play premiered in Moscow in 1904.",
    "Popular in the 1980s",
    "A part of the Hilton family",
    "Thank you for your feedback on the draft, Senator.",
    "Thank you for registering your concerns, Mr. Chairman.",
    "More from the interview, lightly edited for clarity:",
    "Read more about the study's methodology in the appendix.",
    "See also the chart below.",
    "She began to listen to the podcast on her commute, and it changed her career.",
    "- Follow the science",
    "SOURCE OF THE OUTBREAK",
    "7 14 22 35 41",
    # a second adversarial probe, in the six languages
    "Affiliate links are used by nearly every major review site, researchers found.",
    "The company's website says “we use cookies” but does not say which ones.",
    "Clicking “Accept all cookies” shares your data with hundreds of vendors, the report found.",
    "Fewer than 2% of readers become a paid subscriber, the report found.",
    "This story is for members of Congress who still doubt the science.",
    "Once you have used your free articles, the site asks for $1 a week.",
    "To avoid missing the window, sign up for text alerts from the DMV.",
    "Most visitors never read the line “This site uses cookies,” a survey found.",
    "Users can upgrade to a paid plan for $10 a month, which removes ads.",
    "I receive a fee when a buyer closes, the agent said.",
    "Already a member? Renewal now costs $65.",
    "Chart: how mortgage rates have moved since 2020",
    "Graphic: where the floodwaters reached",
    "Infographic: 10 signs your budget is too tight",
    "Get unlimited access to your credit report every week for free.",
    "Keep reading with a Kindle Unlimited subscription, which costs $11.99 a month.",
    "Enjoy unlimited access to the spa with the premium room.",
    "By car · 45 minutes from Lisbon",
    "By train | 2 hours from Paris",
    "File » Export » PDF",
    "Settings » Apps » Default apps",
    "Start » Settings » Update & Security",
    "¿No tienes cuenta bancaria? Estas son tus opciones",
    "Exclusivo para socios: el club abre la venta de abonos el lunes.",
    "Crédito: hasta 30.000 euros a cinco años",
    "Por ración · 320 kcal",
    "Si ves el aviso «Este sitio web utiliza cookies», pulsa Configurar.",
    "Ajustes » General » Información",
    "« Je ne partirai pas » : le ministre reste en poste",
    "Vous n'avez pas de compte bancaire ? Voici les banques en ligne sans justificatif.",
    "Le parking du stade est réservé aux abonnés de la saison.",
    "Offre spéciale : le menu du midi à 19 €",
    "Crédit : taux fixe de 3,2 % sur 20 ans",
    "Par personne · 45 € hors boissons",
    "Selon la DGCCRF, une publication sur deux contient des liens affiliés non signalés.",
    "Kein Konto bei der Sparkasse? So eröffnen Sie eines online.",
    "Der Vorverkauf ist zunächst nur für Abonnenten möglich.",
    "Der Hinweis „Diese Website verwendet Cookies“ reicht laut Gericht nicht aus.",
    "Die Verbraucherzentrale kritisiert versteckte Affiliate-Links in Testberichten.",
    "Einstellungen » Datenschutz » Standort",
    "Von Goethe bis Grass · Ausstellung im Literaturhaus",
    "Bereits Abonnent? Dann gilt der neue Preis erst ab Juli.",
    "Exklusiv für Abonnenten der Bahncard 100 ist die Lounge geöffnet.",
    "Partnerlinks in der Sendung waren nicht gekennzeichnet, rügt die Medienanstalt.",
    "Não tem conta no banco? Veja como receber o Pix",
    "Já é assinante da Netflix? Veja como mudar de plano",
    "O desconto é exclusivo para assinantes do plano anual.",
    "Crédito: juros de 1,5% ao mês",
    "Segundo a CNPD, a frase «Utilizamos cookies» não basta para obter consentimento.",
    "Metade dos influenciadores não avisa que usa links de afiliados, diz estudo.",
    "Inscreva-se no Enem até 7 de junho pelo site do Inep.",
    "Por porção · 280 kcal",
    "L'accesso alla Curva Sud è riservato agli abbonati.",
    "Non hai un account SPID? Ecco come richiederlo in dieci minuti.",
    "Il Garante ha stabilito che la scritta «Questo sito utilizza cookie» non basta.",
    "L'Antitrust ha multato tre influencer per link di affiliazione non dichiarati.",
    "Credito: fino a 50.000 euro in 84 rate",
    "Di Paolo Sorrentino · 2h 10' · Drammatico",
]


@pytest.mark.parametrize("line", ANYWHERE)
def test_sentence_is_kept_at_the_edges_and_inside(line):
    assert_kept_anywhere(line)


def test_a_capital_letter_still_decides_the_teasers_and_bios_that_need_one():
    assert chrome.match_line("In Xataka | Today on Prime Video, the best series of the week") == "in-site-teaser"
    assert chrome.match_line("in theory | a note on the method") is None
    assert chrome.match_line("Dana Whitfield is a senior critic and writer who covers television.") == "author-bio"
    assert chrome.match_line("the new mayor is a former newspaper editor who ran on transit.") is None
    assert chrome.match_line("Follow Acme News on Threads") == "follow-name"
    assert chrome.match_line("Follow the leader") is None


def test_only_rules_matched_as_written_ask_for_capitals():
    # the other rules are matched on the lower-cased line, their patterns lower-cased too: a
    # capital class in them would silently become "[a-z]" and match any word
    for name, rx in chrome.LINE_RULES:
        if name not in chrome._CASED_RULES:
            assert "A-Z" not in rx and "À-" not in rx, name


# Profiles and obituaries open with the sentence an author's bio is made of.
PROFILE_OPENINGS = [
    "Red Smith was an American sports columnist who won a Pulitzer in 1976.",
    "Sally Rooney is an Irish author whose novels have sold millions of copies.",
    "Joan Didion was an American writer whose essays defined an era.",
    "Stephen King has been writing horror for five decades, and it shows.",
    "Ta-Nehisi Coates is a journalist and author whose new book tackles Palestine.",
    "Almudena Grandes es una de las autoras más leídas de su generación.",
    "Leïla Slimani est une journaliste et romancière franco-marocaine.",
    "Daniel Kehlmann ist ein deutscher Autor, dessen Romane in 40 Sprachen erschienen sind.",
    "José Eduardo Agualusa é um autor angolano cujos livros foram traduzidos para 30 línguas.",
    "Roberto Saviano è un giornalista e scrittore napoletano.",
]


@pytest.mark.parametrize("line", PROFILE_OPENINGS)
def test_a_profiles_opening_line_is_kept_where_a_bio_would_close_the_text(line):
    body = [line] + [ARTICLE, ARTICLE_2, ARTICLE_3] * 4
    out, removed = chrome.filter_text("\n".join(body))
    assert line in out.splitlines()
    out, removed = chrome.filter_text("\n".join(body[1:] + [line]))
    assert line not in out.splitlines() and [r.rule for r in removed] == ["author-bio"]
