"""Screen Notes: a small, deterministic TV/film review site served on loopback for demos and tests.

REVIEWS is the ground truth (the exact article text of every review); build_site() renders the
whole site, chrome included, and DemoServer serves it with ETag/Last-Modified validators.
Run `python -m pipeline.demosite [--port N]` to browse it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import hashlib
import html
import json
import socketserver
import struct
import sys
import threading
import time
import zlib
from collections import Counter
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import NamedTuple
from urllib.parse import urlsplit

SITE_NAME = "Screen Notes"
TAGLINE = f"{SITE_NAME} — honest reviews of everything you watch"
COPYRIGHT = f"© 2026 {SITE_NAME}. All rights reserved."
PER_PAGE = 8  # reviews per listing page (and on the home page)
FEED_SIZE = 10

HTML_TYPE = "text/html; charset=utf-8"
XML_TYPE = "application/xml; charset=utf-8"
GZIP_TYPE = "application/x-gzip"
RSS_TYPE = "application/rss+xml; charset=utf-8"
TEXT_TYPE = "text/plain; charset=utf-8"
PNG_TYPE = "image/png"


def _review(slug, title, item_name, item_type, author, published, rating, tags, paragraphs,
            *, language="en", modified=None) -> dict:
    """One ground-truth review record."""
    return {
        "slug": slug, "title": title, "author": author, "published": published,
        "modified": modified or published, "rating": rating, "best": 10,
        "item_name": item_name, "item_type": item_type, "language": language,
        "tags": tags, "paragraphs": paragraphs,
    }


# The ground truth, oldest first. Plain text only: every string is HTML-escaped when rendered.
REVIEWS: list[dict] = [
    _review(
        "the-long-winter",
        "The Long Winter review: a slow, freezing study of a town under pressure",
        "The Long Winter", "TVSeries", "Hannah Okafor", "2025-09-04", 8, ["drama", "mini-series"], [
            "The Long Winter opens with a power cut and never quite lets the lights come back on. "
            "Across six patient episodes, the fictional fishing town of Harrow Sound is cut off by "
            "a storm that simply refuses to end, and the series watches, almost clinically, as "
            "ordinary neighbourliness curdles into something harder to name. It is not a disaster "
            "show so much as a study of what people ration first when they are frightened: food, "
            "fuel, or kindness.",
            "Creator Ingrid Solheim resists the temptation to hand us a villain. The closest thing "
            "is Tom Ashby, the harbour master, played by a gaunt and brilliant Callum Reid, who "
            "starts hoarding diesel in the second episode for reasons that seem sensible at the "
            "time. Reid lets us see the arithmetic behind every bad decision, which makes the "
            "later episodes almost unbearable, because you can follow his logic right up to the "
            "edge of the cliff.",
            "The supporting cast is uniformly strong, but the real discovery is Aoife Brennan as "
            "the town's teenage radio operator, the only person still in contact with the "
            "mainland. Her scenes are mostly one side of a crackling conversation, and Brennan "
            "turns them into small, tense monologues. A late sequence in which she has to decide "
            "which messages to pass on, and which to quietly lose, is the best single scene on "
            "television this year.",
            "The writing is equally good on the town's older residents, who remember an earlier "
            "winter and do not agree about what happened in it. Their half-finished stories, told "
            "over card tables and in the queue for the last of the bread, give the show a sense of "
            "history that most dramas fake with flashbacks. Solheim never confirms whose version "
            "is true, and she does not need to.",
            "If there is a weakness, it is the middle stretch. Episodes three and four circle the "
            "same arguments in the same overheated church hall, and a subplot about a missing dog "
            "feels like it wandered in from a cosier programme. The photography is gorgeous "
            "throughout, all blue-grey light and breath hanging in the air, but even beauty can "
            "feel like padding when the story is holding its breath for too long.",
            "A word, too, for the sound. The wind never stops, and the production has resisted the "
            "urge to score every tense moment with strings, so the silences are filled with "
            "creaking timber, the tick of cooling engines and the occasional, unbearable bark of a "
            "dog somewhere out in the dark.",
            "Stick with it. The final episode is a quiet triumph, refusing both the easy catharsis "
            "of a rescue and the cheap cynicism of a massacre. When the thaw finally arrives, "
            "nobody cheers; they just look at each other, and at what they have done, and start "
            "shovelling. The Long Winter is slow, cold and occasionally frustrating, and it is one "
            "of the most honest dramas about community I have seen in years.",
        ], modified="2025-09-06"),
    _review(
        "zero-access",
        "Zero Access review: a hacker thriller that finally gets computers right",
        "Zero Access", "TVSeries", "Daniel Whitcombe", "2025-09-11", 7, ["thriller", "crime"], [
            "Zero Access is a hacker thriller that, refreshingly, seems to know what a computer "
            "looks like. Its heroine, Mara Quist, is not a hoodie-wearing genius hammering at "
            "glowing green text; she is an underpaid IT contractor at a regional hospital who "
            "notices that somebody has been resetting staff passwords at three in the morning. The "
            "first episode is essentially forty minutes of her reading audit logs, and it is more "
            "gripping than most car chases.",
            "Sofia Lindqvist plays Mara with a wonderful, prickly exactness. She mutters at "
            "help-desk tickets, keeps a paper notebook of every account she has touched, and "
            "treats the password reset form on the staff portal as a crime scene. When she "
            "realises the intruder has been logging in as a retired cardiologist, the show lets "
            "the creepiness land slowly: someone has been wearing a dead career like a coat, and "
            "nobody noticed for months.",
            "What lifts the series above the usual procedural is its interest in privacy as "
            "something people actually lose, rather than an abstract right. A patient whose "
            "records were browsed by the intruder gets a whole episode to herself, and her slow "
            "realisation that strangers know about her miscarriage is handled with real tact. The "
            "writers understand that a data breach is not an explosion; it is a leak that keeps "
            "dripping long after the pipes are fixed.",
            "The back half is shakier. A conspiracy involving a pharmaceutical supplier arrives "
            "with a thud, complete with a sinister executive who explains his plan in a car park, "
            "and the final two episodes trade the early precision for standard-issue chases. There "
            "is also a romance with a detective that neither actor seems to believe in. You can "
            "feel the network nudging the show toward something more conventional, and the show "
            "occasionally giving in.",
            "It helps that the technical details are right. When Mara finally corners the "
            "intruder, she does it not with a heroic burst of typing but by switching on "
            "two-factor codes for every doctor and then waiting to see who complains. The scene in "
            "which a furious consultant demands to know why he must now type a six-digit number "
            "every morning is both the funniest and the most realistic moment in the series.",
            "Still, the good outweighs the formulaic. Zero Access is at its best when it is quiet: "
            "a woman, a terminal, a list of timestamps that do not add up. It will probably make "
            "you change your own passwords, and that is not nothing for a Tuesday-night thriller.",
        ]),
    _review(
        "crumbs", "Crumbs review: a cosy baking comedy with grief at its centre",
        "Crumbs", "Movie", "Priya Raman", "2025-09-18", 8, ["comedy", "family"], [
            "Crumbs is a comedy about a baking competition in a market town, and it has the good "
            "sense to be about almost everything except the baking. Its hero, Desmond Pike, is a "
            "recently widowed postman who signs up for the village newsletter by mistake, "
            "believing it to be a petition about potholes, and finds himself entered into the "
            "annual cookie contest under his late wife's name. From that premise, the film gets a "
            "surprising amount of mileage.",
            "Desmond is played by Ken Abara, an actor who has spent thirty years as the second "
            "policeman from the left and who grabs this lead role with both flour-covered hands. "
            "His attempts to reproduce his wife's ginger cookies from a stained index card are "
            "played for laughs, but Abara keeps letting grief slip through the slapstick. A scene "
            "in which he tastes a batch that comes out exactly right, and has to leave the "
            "kitchen, is genuinely devastating.",
            "The competition itself is run by the formidable Mrs Hollis, chair of the parish "
            "committee and editor of the very newsletter that started all this. Her weekly "
            "bulletins, read aloud in voice-over, are the film's running joke: passive-aggressive "
            "notices about parking, recycling and the correct way to stack chairs. Marion Teller "
            "plays her as a tyrant with a secret soft centre, which is exactly what you expect and "
            "still a pleasure to watch.",
            "Director Hattie Lowe shoots everything in warm, buttery light and scores it with a "
            "brass band that never stops. It is a cosy film, unashamedly so, and anyone allergic "
            "to bunting will struggle. The middle section sags when a subplot about a property "
            "developer threatens the village hall, a plot device so old it should be collecting a "
            "pension.",
            "But the final bake-off is a small marvel of comic timing, with cookies cracking, "
            "ovens failing and Desmond discovering, too late, that he has been using salt instead "
            "of sugar for a week. Crumbs will not change anyone's life. It will make a rainy "
            "Sunday afternoon considerably better, and it might send you to the kitchen "
            "afterwards.",
        ]),
    _review(
        "harbour-lights", "Harbour Lights review: pretty, predictable seaside romance",
        "Harbour Lights", "Movie", "Marcus Bell", "2025-09-25", 6, ["romance", "drama"], [
            "Harbour Lights is the kind of romance that used to open every spring: two attractive "
            "people, one picturesque coastal town, a misunderstanding that could be solved with a "
            "single phone call. Nell, a burned-out architect, inherits a crumbling lighthouse "
            "cottage; Sam, a local boatbuilder, has been quietly repairing it for years on behalf "
            "of her estranged aunt. You know where this is going. The film knows you know, and "
            "mostly does not mind.",
            "There is real chemistry between Imogen Tate and Rafael Osei, and the script gives "
            "them a handful of good, prickly exchanges before settling into the expected rhythms. "
            "Their first argument, about whether a rotten window frame can be saved, is funnier "
            "and sexier than anything that follows, including a much-advertised kiss in a "
            "rainstorm that feels staged for the trailer.",
            "The supporting characters are thinner. Nell's city fiancé is such an obvious obstacle "
            "that he might as well be wearing a sign, and the town's eccentrics — a harbour-side "
            "fortune teller, a landlord who speaks only in proverbs — are assembled from spare "
            "parts. The aunt, seen only in letters, is more vivid than most of the living cast, "
            "which says something about where the writers' interest lay.",
            "Still, the film looks lovely, especially in the evening scenes when the restored lamp "
            "finally turns over the water, and the soundtrack of gentle folk covers is hard to "
            "resent. Harbour Lights is comfort viewing with no ambition beyond comfort. On those "
            "terms it succeeds, though you will have forgotten most of it by the time the credits "
            "finish rolling.",
        ]),
    _review(
        "the-quiet-orbit", "The Quiet Orbit review: a lonely, extraordinary space film",
        "The Quiet Orbit", "Movie", "Priya Raman", "2025-10-02", 9, ["sci-fi", "drama"], [
            "Most space films are about getting somewhere. The Quiet Orbit is about staying put. "
            "Its sole setting is a cramped maintenance station circling a dead moon, and its sole "
            "crew member, an engineer named Ode Halvorsen, has been waiting eleven months for a "
            "relief ship that keeps being postponed. There are no aliens, no explosions and almost "
            "no dialogue, and it is the most gripping science fiction film I have seen in a long "
            "time.",
            "Halvorsen is played by Juno Adeyemi in a performance of extraordinary control. With "
            "nobody to talk to except a polite, slightly obtuse station computer, she conveys "
            "loneliness through routine: the careful folding of laundry, the ritual of a weekly "
            "haircut, the way she says good night to a photograph and then, one evening, stops. "
            "Adeyemi never asks for sympathy, which is exactly why the film earns so much of it.",
            "Director Tomasz Wrona builds tension out of tiny failures. A pump starts to rattle. A "
            "seal begins to frost. A supply crate arrives containing the wrong spare parts and "
            "someone else's birthday cards. Each problem is solvable, and watching Halvorsen solve "
            "them has the hypnotic pleasure of a good procedural, but the film is quietly tallying "
            "what each repair costs her, and the bill arrives in the final act.",
            "The production design is superb, all scuffed plastic, handwritten labels and cables "
            "held together with tape, a world that looks genuinely lived in rather than designed. "
            "The sound mix deserves special praise: the station hums, ticks and groans constantly, "
            "so that the one moment of total silence lands like a thunderclap.",
            "Some viewers will find the pace punishing, and the ending, which I will not spoil, is "
            "deliberately open. But The Quiet Orbit trusts its audience in a way few studio films "
            "dare to. It is a film about endurance, about the small stubborn habits that keep us "
            "human, and it lingers long after you leave the cinema.",
        ], modified="2025-10-03"),
    _review(
        "paper-kingdoms", "Paper Kingdoms review: sharp political satire that loses its nerve",
        "Paper Kingdoms", "TVSeries", "Daniel Whitcombe", "2025-10-09", 7, ["drama", "comedy"], [
            "Paper Kingdoms is a political drama set in the press office of a struggling coalition "
            "government, and its central joke is that nobody in power has time to govern. Every "
            "crisis is really a crisis about the next morning's front pages, and every meeting "
            "ends with someone asking whether a decision will survive the evening bulletins. It is "
            "cynical, fast and frequently very funny, at least until it decides to become serious.",
            "The cast is led by Gemma Rourke as Alice Penhale, a communications director with "
            "three phones and no friends, and she is terrific: brittle, witty and visibly "
            "exhausted. Around her orbit a junior minister who cannot stop giving interviews, a "
            "spin doctor from the rival party who may or may not be leaking to her, and a young "
            "press officer whose idealism the show treats with tender contempt.",
            "The first four episodes are a pleasure, each built around a single news cycle that "
            "spirals out of control. A memorable hour follows a misprinted statistic from "
            "breakfast radio to a cabinet resignation, and the writing has the density of a good "
            "stage farce. The dialogue is quick enough that you may need subtitles, not because "
            "anyone mumbles but because the jokes overlap.",
            "Problems arrive when the series reaches for tragedy. A late storyline about a "
            "hospital closure is handled earnestly but clumsily, and the tonal shift from satire "
            "to melodrama is too abrupt to be convincing. The final episode, which tries to make "
            "Alice a moral hero, undoes some of the sharpness that made her interesting in the "
            "first place.",
            "Even so, Paper Kingdoms is smarter than most of what passes for political television, "
            "and Rourke deserves every award that comes her way. Watch the first half twice; treat "
            "the second half as an interesting draft that needed one more pass from a ruthless "
            "editor.",
        ]),
    _review(
        "la-casa-del-faro", "La casa del faro: un drama familiar que ilumina sin deslumbrar",
        "La casa del faro", "Movie", "Lucía Ferrer", "2025-10-16", 8, ["drama"], [
            "La casa del faro cuenta la historia de tres hermanas que regresan a la casa familiar "
            "en la costa gallega tras la muerte de su padre, el último farero del pueblo. Lo que "
            "empieza como un simple trámite para vender la propiedad se convierte en un largo fin "
            "de semana de reproches, recuerdos y secretos que ninguna de ellas estaba preparada "
            "para escuchar.",
            "La directora Marta Iglesias filma con una paciencia admirable. Las conversaciones se "
            "alargan, los silencios pesan y el mar, siempre presente al otro lado de la ventana, "
            "funciona casi como un cuarto personaje. La fotografía, de tonos grises y azules, "
            "convierte cada plano en una pequeña pintura sin caer nunca en el preciosismo.",
            "El trío protagonista es extraordinario. Carmen Vidal, como la hermana mayor que se "
            "quedó a cuidar del padre, transmite décadas de resentimiento con una sola mirada. Ana "
            "Soler aporta el humor necesario como la hermana pequeña, y la escena en la que las "
            "tres leen juntas el diario del padre es de lo mejor que ha dado el cine español este "
            "año.",
            "Si algo se le puede reprochar es un tramo final algo previsible, con una revelación "
            "que el espectador atento intuye desde mucho antes. Aun así, la película sabe cerrar "
            "con una delicadeza que compensa cualquier torpeza del guion, y el último plano, con "
            "el faro encendido por última vez, resulta sencillamente inolvidable.",
            "La casa del faro es una película pequeña en apariencia, pero enorme en emociones. Es "
            "una obra sobre la herencia, no la de las propiedades, sino la de las heridas y los "
            "silencios que pasan de padres a hijos, y sobre lo difícil que resulta perdonar a "
            "quien ya no puede pedir perdón.",
        ], language="es"),
    _review(
        "the-night-shift-ledger",
        "The Night Shift Ledger review: the funniest show about invoices you will ever see",
        "The Night Shift Ledger", "TVSeries", "Ruth Calloway", "2025-10-23", 7, ["comedy"], [
            "There are hospital dramas about surgeons, nurses and paramedics, but The Night Shift "
            "Ledger might be the first comedy about the hospital's accounts department after dark. "
            "Its small team of invoice clerks works from midnight to eight in a basement office "
            "beside the laundry, and the show finds an unexpectedly rich seam of humour in people "
            "whose jobs are to argue about the price of gauze.",
            "The ensemble is beautifully balanced. Pauline, the department's veteran supervisor, "
            "runs the place like a ship's captain and keeps a drawer full of confiscated staplers. "
            "Kofi, a newly qualified accountant, believes every spreadsheet can be perfected. And "
            "Lorna, whom nobody can remember hiring, seems to know everything about everyone in "
            "the building. Their rapport is so easy that the show often feels improvised.",
            "The best episodes take a single absurd problem and let it grow. In one, a missing box "
            "of receipts becomes a full-scale search of the building, drawing in porters, surgeons "
            "and a patient who is bored out of his mind. In another, the team tries to work out "
            "why the hospital has apparently bought four hundred rubber ducks. The answer is "
            "better than you expect.",
            "Not every joke lands, and the show sometimes leans too hard on the contrast between "
            "dull paperwork and life-or-death medicine upstairs. A recurring gag about the vending "
            "machine wears thin by the fourth episode. But the writers have a real affection for "
            "their characters, and when the series occasionally turns sincere, as in a lovely "
            "episode about Pauline's retirement plans, it earns the shift.",
            "The Night Shift Ledger is modest, warm and very funny in places. It would be easy to "
            "overlook among louder comedies with bigger budgets and better-known faces, and that "
            "would be a real shame. Give it two episodes and you will start worrying about rubber "
            "ducks too.",
        ]),
    _review(
        "wild-acre", "Wild Acre review: a patient portrait of letting the land go",
        "Wild Acre", "Movie", "Hannah Okafor", "2025-10-30", 8, ["documentary"], [
            "Wild Acre follows a retired dairy farmer in the Welsh borders who decides, at the age "
            "of seventy-one, to stop farming entirely and let his land do whatever it likes. Over "
            "four years, filmmaker Beth Ansel returns each season to record what happens, and the "
            "result is one of the most quietly radical documentaries of the year: a film about "
            "change so slow you can only see it by looking away.",
            "The farmer, Glyn Price, is a wonderful subject, dry and stubborn and unexpectedly "
            "poetic. He refuses to be a spokesman for any movement, and he bristles when visiting "
            "conservationists call him brave. What he wants, he says, is to find out what the "
            "fields would have done without him. His neighbours are less philosophical, and their "
            "arguments about brambles, fences and wandering cattle are among the film's liveliest "
            "scenes.",
            "Ansel's camera is patient in the best sense. She lets us watch hawthorn creep across "
            "a pasture, beavers arrive uninvited in the third spring, and a pond appear where a "
            "drainage pipe finally collapsed. The time-lapse sequences are used sparingly, so that "
            "when she does speed up a season the effect is thrilling rather than showy.",
            "The film is not without sentiment, and a late montage set to swelling strings feels "
            "like a concession to a wider audience. Some viewers may also want more hard science; "
            "the ecologists who appear are given little time to explain what the changes mean. But "
            "Wild Acre is not really a film about data. It is a portrait of a man learning to stop "
            "being in charge, and of land that was waiting for him to do so.",
        ]),
    _review(
        "salt-and-iron",
        "Salt and Iron review: a handsome shipyard saga with too many storylines",
        "Salt and Iron", "TVSeries", "Marcus Bell", "2025-11-06", 6, ["period", "drama"], [
            "Salt and Iron is a handsome, expensive historical drama about a family of "
            "shipbuilders on the Clyde in the 1880s, and it wants very badly to be an epic. There "
            "are launch days with thousands of extras, boardroom battles, a strike, a shipwreck "
            "and a great deal of meaningful staring at half-built hulls. What it does not always "
            "have is a reason to care about the people doing the staring.",
            "The Maclean family are headed by the patriarch Angus, played with granite authority "
            "by Douglas Fairlie, and his three children, each of whom represents a different "
            "future for the yard. The eldest son wants to modernise, the younger wants to sell, "
            "and the daughter, Effie, wants to be allowed to design ships at all. Effie's "
            "storyline is the most compelling, largely because Kirsty Mair gives her real fire.",
            "The problem is that the series has too many storylines and too little time for any of "
            "them. A strike at the yard, which should be the emotional heart of the middle "
            "episodes, is resolved almost offscreen. A romance between the younger son and a union "
            "organiser is introduced and abandoned. The writing often tells us about the tensions "
            "of the period rather than letting us feel them.",
            "Visually, however, the show is a feast. The recreated yard is astonishing, full of "
            "noise, sparks and mud, and the launch sequence in the fourth episode is a genuine "
            "spectacle. The costumes and sets have been researched with obvious care, and the "
            "score, heavy on brass and fiddle, does a lot of the emotional work that the script "
            "leaves undone.",
            "Salt and Iron is worth watching for its spectacle and for Mair's performance. It just "
            "never quite becomes the sweeping saga it so clearly wants to be, and a second series "
            "will need to pick fewer battles. If it does, and lets Effie take the helm, there is a "
            "very good show somewhere inside this one.",
        ], modified="2025-11-10"),
    _review(
        "glasshouse",
        "Glasshouse review: a smart-home thriller that makes privacy feel personal",
        "Glasshouse", "Movie", "Daniel Whitcombe", "2025-11-13", 7, ["thriller", "sci-fi"], [
            "Glasshouse is a thriller about a smart home that knows too much, which sounds like "
            "the premise of a hundred forgettable streaming films. What distinguishes it is how "
            "mundane its horrors are. Nobody is trapped by murderous robots; instead, a young "
            "couple slowly discover that the house they are renting has been quietly sharing "
            "everything it sees and hears with companies they have never heard of.",
            "The couple, Jess and Arun, are played by Poppy Vance and Dev Mistry with an easy "
            "naturalism that makes their paranoia feel earned. The first crack appears when Arun "
            "notices that adverts on his phone are echoing arguments they have only had in the "
            "kitchen. By the time Jess finds the landlord logging in to the thermostat at odd "
            "hours, the film has wound its tension very tight indeed.",
            "Writer-director Cass Holloway is smart about privacy as a domestic issue. The house "
            "does not steal secrets so much as harvest habits: when they sleep, what they eat, how "
            "often they fight. A chilling scene has Jess scrolling through a data report the "
            "company is legally obliged to send her, and finding a neat chart of her own "
            "loneliness, updated every hour and labelled as a marketing opportunity.",
            "The third act is less confident. A late twist involving the landlord's own history "
            "feels borrowed from a more conventional thriller, and a climactic confrontation in a "
            "server room is staged with more flashing lights than logic. Holloway seems to lose "
            "faith in the quiet creepiness that powered the first hour.",
            "Still, Glasshouse leaves a mark. It is the rare technology thriller that might "
            "actually change your behaviour, and I spent the evening after the screening "
            "unplugging things around my flat, which is probably the highest praise I can give it.",
        ]),
    _review(
        "the-lantern-keepers",
        "The Lantern Keepers review: the loveliest animated film of the year",
        "The Lantern Keepers", "Movie", "Ruth Calloway", "2025-11-20", 9, ["animation", "family"], [
            "The Lantern Keepers is an animated film about a family of tiny night creatures who "
            "tend the streetlights of an old harbour city, and it is the loveliest thing I have "
            "seen on a cinema screen this year. Its heroine, a young keeper named Wick, discovers "
            "that the city council plans to replace every gas lamp with harsh electric bulbs, "
            "which would leave her people without work, purpose or home.",
            "The animation, a blend of hand-drawn characters and painted backgrounds, glows. Every "
            "frame seems lit from within, and the film's palette of amber, indigo and soft green "
            "feels inspired by old picture books without ever becoming twee. The city itself, with "
            "its crooked rooftops and fog-drenched quays, is so richly imagined that you want to "
            "pause and explore it.",
            "The story is simple but not simplistic. Wick's attempts to save the lamps lead her to "
            "an unlikely alliance with a lonely electrician who is secretly afraid of the dark, "
            "and the film treats both of them with real respect. Children will love the slapstick "
            "chases across gutters and chimney pots; adults may find themselves unexpectedly moved "
            "by a subplot about an elderly keeper whose light is fading.",
            "The voice cast is excellent, particularly the young newcomer who voices Wick with a "
            "gravelly determination, and the songs — there are only three — are woven into the "
            "story rather than stopping it. If there is a flaw, it is a slightly rushed ending, "
            "which resolves the conflict with a burst of magic that feels easier than what came "
            "before.",
            "But that is a small complaint about a film this generous. The Lantern Keepers is "
            "funny, beautiful and wise about change, and it will be watched in family living rooms "
            "for years. Take the children. Take yourself, if you have no children. Just go.",
        ]),
    _review(
        "second-verse", "Second Verse review: a rock reunion with a big heart and a sore back",
        "Second Verse", "TVSeries", "Priya Raman", "2025-11-27", 6, ["music", "comedy"], [
            "Second Verse follows the four surviving members of a 1990s indie band who reunite for "
            "a comeback tour that none of them wants and all of them need. It is a premise rich in "
            "comic and dramatic possibility, and the show does realise some of it, particularly in "
            "its funny, painful depiction of middle-aged men discovering that their knees can no "
            "longer handle a stage dive.",
            "The band's frontman, Rory Glass, is played with shaggy charm by Patrick Doyle, and "
            "his scenes with the band's former bassist, now a successful accountant, have a "
            "lived-in bitterness that rings true. The best episode is a long night in a motorway "
            "service station after the tour bus breaks down, and the four of them finally talk "
            "about why the band split up.",
            "Less successful are the attempts to widen the show's scope. A subplot involving "
            "Rory's teenage daughter and her own band feels like a different programme, and a "
            "running gag about a superfan who follows the tour from town to town never quite finds "
            "its tone. The music itself, written for the series, is pleasant but rarely as good as "
            "the characters keep saying it is.",
            "There are real pleasures here, though, especially for anyone who has ever been in a "
            "band or loved one. The show understands the odd mixture of nostalgia and "
            "embarrassment that comes with revisiting your younger self, and the final concert, "
            "held in a half-empty theatre, is a bittersweet triumph.",
            "Second Verse is uneven and too long, but it has a big heart and a great ear for the "
            "jokes people make when they are trying not to cry. Fans of music dramas will find "
            "plenty to enjoy, and anyone who still owns a box of old gig tickets should prepare to "
            "be ambushed by memories.",
        ]),
    _review(
        "deadwater-county",
        "Deadwater County review: another moody detective, another misty reservoir",
        "Deadwater County", "TVSeries", "Marcus Bell", "2025-12-04", 5, ["crime", "thriller"], [
            "Deadwater County is the latest in a long line of gloomy rural crime dramas, and it "
            "ticks every box with grim efficiency. There is a body in a reservoir, a detective "
            "with a troubled past, a town full of secrets and a landscape that has been "
            "colour-graded to the shade of an old bruise. What it lacks is anything we have not "
            "seen before.",
            "Detective Inspector Grace Holt, played by Fiona Adair, has returned to her hometown "
            "after a breakdown, and the show spends a great deal of time on her flashbacks, her "
            "drinking and her fraught relationship with her estranged father. Adair is a fine "
            "actor and she gives the role everything she has, but the character is assembled "
            "entirely from familiar parts.",
            "The central mystery is competently plotted, with enough suspects and red herrings to "
            "fill eight episodes, but the solution relies on a coincidence so large that it "
            "undermines everything before it. The supporting characters, from the shifty landowner "
            "to the nervous vicar, are types rather than people, and the show rarely gives them a "
            "scene that surprises.",
            "There are moments of real atmosphere. The reservoir, with the spire of a flooded "
            "church poking through the water, is a memorable image, and a sequence in which divers "
            "search the drowned village is eerie and well staged. The score is also effective, a "
            "low electronic drone that does much of the work of building tension.",
            "But Deadwater County never justifies its length or its solemnity. If you have an "
            "unquenchable appetite for moody detectives and misty moors, it will pass the time. "
            "Everyone else can safely wait for something more original, or simply rewatch one of "
            "the better shows it so obviously admires.",
        ]),
    _review(
        "les-heures-claires", "Les Heures claires : une école de village, une série lumineuse",
        "Les Heures claires", "TVSeries", "Claire Dumont", "2025-12-11", 7, ["drama", "family"], [
            "Les Heures claires suit, sur huit épisodes, le quotidien d'une petite école primaire "
            "d'un village du Jura menacée de fermeture. Sur le papier, le sujet a tout du téléfilm "
            "sage et consensuel. À l'écran, la série de Camille Roux se révèle bien plus fine, "
            "attentive aux enfants comme aux adultes qui tentent, tant bien que mal, de les "
            "protéger des décisions prises loin d'eux.",
            "Au centre du récit, il y a Hélène, institutrice proche de la retraite, interprétée "
            "avec une justesse bouleversante par Nathalie Berthier. Elle connaît chaque famille, "
            "chaque chemin de ferme, chaque enfant qui arrive le matin sans avoir déjeuné. Son "
            "combat contre l'administration n'a rien d'héroïque : il est fait de courriers, de "
            "réunions et de petites ruses que la série filme avec beaucoup d'humour.",
            "Les jeunes acteurs sont remarquables de naturel, et les scènes de classe, visiblement "
            "en partie improvisées, ont une vérité rare. Le quatrième épisode, consacré à une "
            "sortie scolaire qui tourne mal dans la neige, est un petit chef-d'œuvre de tension et "
            "de tendresse, que l'on regarde le souffle court jusqu'à la dernière minute.",
            "On regrettera quelques intrigues secondaires moins abouties, notamment une histoire "
            "d'amour entre deux parents d'élèves qui n'apporte pas grand-chose, et une fin un peu "
            "trop appuyée. Mais l'ensemble reste d'une grande sincérité, porté par une "
            "photographie lumineuse qui donne tout son sens au titre.",
            "Les Heures claires rappelle qu'une série peut être douce sans être mièvre, et "
            "politique sans être démonstrative. C'est une belle surprise, à découvrir en famille, "
            "et un joli portrait de ces services publics discrets qui tiennent encore debout les "
            "campagnes françaises.",
        ], language="fr", modified="2025-12-12"),
    _review(
        "the-cartographer",
        "The Cartographer review: a gripping period drama about who draws the map",
        "The Cartographer", "Movie", "Hannah Okafor", "2025-12-18", 8, ["period", "drama"], [
            "The Cartographer tells the story of Elspeth Rowe, a surveyor's daughter in "
            "eighteenth-century Scotland who secretly completes her late father's map of the "
            "Highlands and submits it under his name. It is a familiar shape for a period drama — "
            "a talented woman, a world that will not recognise her — but director Moira Lennox "
            "fills it with such texture and intelligence that it feels new.",
            "Eilidh Campbell is superb as Elspeth, a woman whose stubbornness is expressed almost "
            "entirely through precision. She measures, she checks, she measures again, and the "
            "film makes this painstaking work as suspenseful as a chase. A sequence in which she "
            "must take a reading from a mountain summit before a storm arrives is breathtaking, "
            "shot in long takes against a sky that grows darker by the second.",
            "The film is also alert to the politics of mapmaking. Elspeth's survey is commissioned "
            "by the government after the Jacobite risings, and the people whose land she is "
            "measuring understand very well what the map is for. Her friendship with a "
            "Gaelic-speaking guide, played with quiet dignity by Ruaridh MacLeod, is complicated "
            "by this knowledge, and the film refuses to resolve it neatly.",
            "If the final act leans a little too heavily on courtroom drama, as Elspeth's "
            "deception is uncovered, it is still gripping, and Campbell's closing speech avoids "
            "the usual grandstanding. The cinematography is magnificent throughout, capturing the "
            "vastness of the landscape without ever romanticising it.",
            "The Cartographer is a serious, beautiful film about what it means to describe the "
            "world, and who gets to do the describing. It deserves a much bigger audience than it "
            "is likely to find, and it is the rare costume drama that leaves you thinking about "
            "the present rather than the past.",
        ]),
    _review(
        "small-hours", "Small Hours review: an anthology of the city after midnight",
        "Small Hours", "TVSeries", "Ruth Calloway", "2025-12-25", 7, ["drama", "mini-series"], [
            "Small Hours is an anthology series in which every episode takes place between two and "
            "four in the morning, and its format is as simple as its ambitions are broad. Each "
            "half hour follows different strangers in the same city: a taxi driver, a baker "
            "starting her shift, a couple arguing in an all-night launderette, a teenager waiting "
            "for a bus that may never come.",
            "As with any anthology, the quality varies. The strongest episodes are the quietest. "
            "One, about an elderly man who calls a late-night radio show every night to request "
            "the same song, is a small masterpiece of restraint. Another, following a nurse on her "
            "break as she sits in her car and does absolutely nothing for twenty minutes, is more "
            "moving than it has any right to be.",
            "The weaker episodes try too hard. A story about two burglars who break into the wrong "
            "house strains for farce and never finds the rhythm, and an episode about a struggling "
            "comedian is so self-pitying that it becomes hard to watch. The show is at its best "
            "when it trusts the stillness of the small hours rather than filling it.",
            "The cast is a who's who of respected character actors, many of whom seem to relish "
            "the chance to carry a whole episode. The photography, all sodium orange and neon "
            "blue, is gorgeous, and the music, a mix of late-night jazz and ambient drones, "
            "captures the particular loneliness of being awake when everyone else is asleep.",
            "Small Hours is a show to dip into rather than binge, ideally late at night and alone. "
            "Not every story works, but the best of them will stay with you for a long time, and "
            "you may find yourself looking a little more kindly at the strangers on the night bus.",
        ]),
    _review(
        "the-understudy", "The Understudy review: a backstage farce that forgets how to end",
        "The Understudy", "Movie", "Daniel Whitcombe", "2026-01-01", 6, ["comedy"], [
            "The Understudy is a backstage farce about a struggling actor who finally gets her "
            "chance to go on when the star of a West End play mysteriously disappears. It is a "
            "familiar setup, borrowed from a dozen older comedies, and the film knows it. The "
            "question is whether it can make the old machinery run smoothly, and for about "
            "two-thirds of its running time, it does.",
            "Hattie Ng is delightful as Bea, the understudy who has memorised every line but has "
            "never actually been on the stage, and her panic attacks in the wings are some of the "
            "funniest scenes of the year. The supporting cast of luvvies, stagehands and harassed "
            "producers is uniformly strong, and the film's affection for the theatre, with all its "
            "vanity and superstition, is infectious.",
            "The best sequence is the opening night itself, which unfolds in something close to "
            "real time as Bea stumbles through the first act while the company search the building "
            "for the missing star. The cross-cutting between the stage and the chaos behind it is "
            "expertly done, and the physical comedy, including a runaway revolving set, is "
            "genuinely inspired.",
            "Unfortunately, the film does not know how to end. Once the mystery of the missing "
            "star is solved, which happens rather too early, the story loses its momentum, and the "
            "final act is padded with a romance that never convinces. The last twenty minutes feel "
            "like an encore that nobody asked for.",
            "Still, The Understudy has enough laughs to recommend it, and Ng is a star in the "
            "making. Catch it for the opening night sequence alone, and leave during the encore if "
            "you must; nobody in the cast will hold it against you.",
        ]),
    _review(
        "northern-line",
        "Northern Line review: the night shift beneath the city, beautifully observed",
        "Northern Line", "TVSeries", "Hannah Okafor", "2026-01-08", 8,
        ["documentary", "mini-series"], [
            "Northern Line is a six-part documentary series about the people who keep a city's "
            "underground railway running overnight, when the trains stop and the tunnels fill with "
            "engineers, cleaners and track inspectors. It sounds like a worthy public service "
            "programme, and in a sense it is, but it is also one of the most absorbing things on "
            "television.",
            "The series is structured around a handful of workers, and the filmmakers have chosen "
            "them well. There is Bernadette, a track inspector who has walked the same stretch of "
            "tunnel for twenty-two years and can identify faults by sound alone. There is Femi, a "
            "young apprentice who is terrified of rats. And there is the night supervisor, Tony, "
            "whose dry running commentary provides much of the show's humour.",
            "What makes Northern Line special is its respect for skilled, invisible labour. The "
            "camera lingers on hands replacing rail clips, on the careful choreography of a team "
            "changing a set of points in the few hours before service resumes, and on the "
            "exhaustion that follows. The show never patronises its subjects; it simply watches "
            "them work and lets the work speak.",
            "There are dramatic moments, including a flood in a tunnel that threatens to delay the "
            "morning service, but the series is most memorable for its quieter observations. A "
            "conversation between two cleaners about the strangest things they have found on "
            "trains is a delight, and the final episode, which follows Bernadette on her last "
            "shift before retirement, is surprisingly emotional.",
            "Northern Line is a reminder that the city we see by day is only half the story. It is "
            "funny, moving and beautifully made, and it will change how you think about your "
            "morning commute. Next time the train is on time, spare a thought for the people who "
            "spent the night making sure of it.",
        ], modified="2026-01-12"),
    _review(
        "ember-season", "Ember Season review: a wildfire drama that feels terrifyingly real",
        "Ember Season", "Movie", "Priya Raman", "2026-01-15", 7, ["drama", "thriller"], [
            "Ember Season is a wildfire drama set in a small town in the hills above a coastal "
            "city, over the three days when a blaze comes over the ridge. It avoids most of the "
            "clichés of the disaster genre — there is no scientist ignored by the mayor, no dog "
            "that must be rescued at the last moment — and focuses instead on the agonising "
            "decisions of ordinary people told to leave their homes.",
            "The film follows three families, and the cross-cutting between them is handled with "
            "real skill. A retired couple refuse to leave the house they built themselves. A "
            "single mother struggles to evacuate her disabled son. And a young volunteer "
            "firefighter, played with coiled intensity by Luis Ortega, has to choose between "
            "defending his own street and following orders elsewhere.",
            "The fire itself is terrifying. Director Amara Diallo uses practical effects wherever "
            "possible, and the sense of heat, smoke and noise is overwhelming. A sequence in which "
            "a convoy of cars drives through a tunnel of burning trees is one of the most "
            "frightening things I have seen in a cinema, not because it is spectacular, but "
            "because it feels real.",
            "The script occasionally strains for significance, with a few speeches about climate "
            "and community that feel dropped in from a different film. And the ending, which ties "
            "up each storyline a little too neatly, lacks the rawness of what came before. It is "
            "as if the film, having frightened us so thoroughly, felt obliged to apologise.",
            "But Ember Season is a powerful, humane film, and its images of blackened hills and "
            "empty streets will linger. It is not an easy watch, but it is an important one, and "
            "it treats the people caught in the fire with a dignity that most disaster films "
            "forget entirely.",
        ]),
    _review(
        "the-last-broadcast", "The Last Broadcast review: a tender farewell to local radio",
        "The Last Broadcast", "Movie", "Ruth Calloway", "2026-01-22", 8, ["drama", "music"], [
            "The Last Broadcast takes place over the final week of a small community radio station "
            "in a former mining town, before its frequency is sold to a national network. Its "
            "hero, the breakfast presenter Len Maddox, has been on air for thirty-one years, and "
            "he intends to spend his last week playing exactly what he likes, regardless of what "
            "the new owners think.",
            "Bill Tennant is wonderful as Len, a man whose gruff on-air persona hides a deep and "
            "slightly embarrassing devotion to his listeners. He knows their birthdays, their "
            "dogs' names and their feuds. Every month he still staples together the station's "
            "printed newsletter by hand, and a running thread follows the final edition as "
            "listeners drop off poems, recipes and complaints for him to include.",
            "The film is full of small, beautifully observed moments: a caller who rings in every "
            "morning to report the weather from her kitchen window, a tin of homemade cookies that "
            "arrives at the studio every Christmas from an anonymous fan, and the station's "
            "ancient cleaner, who has strong opinions about the playlist. It is a portrait of a "
            "community held together by a signal.",
            "The film's weakness is its antagonists, the executives from the national network, who "
            "are drawn as cartoon villains in expensive suits. Their scenes are the only ones "
            "where the film loses its subtlety, and a late plot twist involving a contract "
            "loophole feels contrived.",
            "But the final broadcast, in which Len hands the microphone to his listeners one by "
            "one, is a triumph of sentiment over cynicism. The Last Broadcast is a gentle, funny "
            "and moving film about the things we lose when local voices go quiet.",
        ]),
    _review(
        "open-kitchen", "Open Kitchen review: a cooking contest with no interest in cooking",
        "Open Kitchen", "TVSeries", "Marcus Bell", "2026-01-29", 4, ["reality"], [
            "Open Kitchen is a cooking competition in which twelve amateur chefs run a pop-up "
            "restaurant together for six weeks, with one contestant eliminated after each service. "
            "It is a promising format, combining the pressure of a real restaurant with the drama "
            "of a competition, but the show squanders it almost immediately by prioritising "
            "manufactured conflict over food.",
            "The contestants have clearly been cast for their ability to argue rather than their "
            "ability to cook. Within ten minutes of the first episode, two of them are shouting "
            "about a misplaced ladle, and the editing lingers on every eye-roll and muttered "
            "insult. The food, when we see it at all, is often shown in a single hurried shot "
            "before the camera cuts back to someone crying in the walk-in fridge.",
            "The judges are little better. The head chef, a celebrity restaurateur with a "
            "signature scowl, seems to have been instructed to be cruel, and his critiques are "
            "more about performance than cooking. His co-judge, a food writer, offers more "
            "thoughtful comments but is given almost no screen time.",
            "There are occasional glimmers of what the show could be. A contestant's attempt to "
            "recreate her grandmother's stew for a table of sceptical diners is genuinely "
            "touching, and the restaurant's chaotic first service has a certain horrible "
            "fascination. But these moments are swamped by the relentless melodrama.",
            "Open Kitchen will appeal to viewers who like their reality television loud and their "
            "food as an afterthought. Anyone who actually wants to learn something about cooking "
            "should look elsewhere, or simply turn the sound off and watch the one contestant who "
            "keeps quietly making excellent bread.",
        ]),
    _review(
        "das-stille-dorf", "Das stille Dorf: ein Krimi über das Schweigen",
        "Das stille Dorf", "Movie", "Jonas Albrecht", "2026-02-05", 6, ["crime", "thriller"], [
            "Das stille Dorf beginnt mit einem verschwundenen Briefträger und endet, so viel sei "
            "verraten, mit einer Dorfversammlung, die man so schnell nicht vergisst. Dazwischen "
            "entfaltet Regisseurin Katrin Wolff einen Kriminalfilm in der Uckermark, der weniger "
            "an der Frage interessiert ist, wer der Täter war, als daran, warum alle so beharrlich "
            "schweigen.",
            "Kommissar Berger, gespielt von Matthias Lenz, ist kein Ermittler der lauten Sorte. Er "
            "hört zu, trinkt zu viel Filterkaffee und lässt die Dorfbewohner reden, bis sie sich "
            "in Widersprüche verstricken. Lenz verleiht der Figur eine stille Melancholie, die gut "
            "zu den weiten, leeren Landschaften passt, in denen der Film spielt.",
            "Die Stärke des Films liegt in seinen Nebenfiguren. Die Wirtin, die alles weiß und "
            "nichts sagt, der Bürgermeister, der jede Frage mit einer Gegenfrage beantwortet, und "
            "die Jugendlichen, die an der Bushaltestelle auf ein Leben woanders warten: Sie alle "
            "wirken glaubwürdig und nie wie bloße Verdächtige aus dem Baukasten.",
            "Leider verliert der Film im letzten Drittel deutlich an Spannung. Die Auflösung wird "
            "in einem langen Dialog erklärt, statt sie zu zeigen, und eine Nebenhandlung um einen "
            "Grundstücksstreit wirkt wie ein Überbleibsel aus einer früheren Drehbuchfassung, die "
            "niemand mehr zu kürzen gewagt hat. Gerade nach dem starken Anfang ist das eine "
            "spürbare Enttäuschung.",
            "Trotzdem ist Das stille Dorf ein sehenswerter, atmosphärisch dichter Krimi, der mehr "
            "über das Leben auf dem Land erzählt als so mancher Heimatfilm. Wer Geduld mitbringt "
            "und keine Verfolgungsjagden erwartet, wird mit einem Film belohnt, der lange "
            "nachwirkt und einen beim nächsten Besuch in einem Dorfgasthof etwas genauer hinhören "
            "lässt.",
        ], language="de"),
    _review(
        "low-tide", "Low Tide review: a creepy island horror that drowns in explanation",
        "Low Tide", "Movie", "Marcus Bell", "2026-02-12", 5, ["horror"], [
            "Low Tide has a terrific idea and very little idea what to do with it. On a remote "
            "tidal island, reachable only when the sea pulls back, a family arrives for a summer "
            "holiday and discovers that something walks across the causeway every time the water "
            "drops. For the first half hour, the film uses the tide tables as a ticking clock, and "
            "the dread is real.",
            "The early scenes are genuinely unsettling. Director Rhiannon Pryce has a gift for "
            "empty spaces, and she fills the frame with wet sand, rotting groynes and distant "
            "figures that might be people or might be driftwood. A sequence in which the youngest "
            "child counts footprints leading up to the cottage, and then counts them again, is as "
            "good as anything in recent British horror.",
            "Then the explanations begin. A local historian appears to deliver a lengthy account "
            "of a drowned village, a shipwreck and a curse, and from that moment the mystery "
            "becomes a checklist. The creature, once fully revealed, is a disappointment, an "
            "effects creation that looks expensive and feels weightless, and the final act "
            "descends into the usual running and screaming.",
            "The cast do what they can. Owen Kerrigan is good as the father whose determination to "
            "enjoy the holiday borders on the pathological, and young Tilly Marsh gives a "
            "remarkably unforced performance as the daughter who notices everything first. But the "
            "script gives them nothing to do except react, and by the end they are simply running "
            "from one jump scare to the next.",
            "Low Tide is worth seeing for its first thirty minutes and its striking locations. "
            "Just be prepared to feel, as the credits roll, that the film went out with the tide "
            "and never quite came back. Pryce is clearly a director to watch; next time, one "
            "hopes, she will trust the dark a little more.",
        ]),
    _review(
        "the-vanishing-act", "The Vanishing Act review: an elegant music-hall mystery",
        "The Vanishing Act", "Movie", "Daniel Whitcombe", "2026-02-19", 7, ["period", "crime"], [
            "The Vanishing Act is a mystery set in the music halls of 1920s London, built around a "
            "magician whose assistant disappears during a performance and does not reappear. The "
            "police assume it is a publicity stunt; the magician, a faded star called the Great "
            "Corvino, insists she has genuinely vanished. The truth, as the film slowly reveals, "
            "is stranger and sadder than either explanation.",
            "Anton Vasquez is excellent as Corvino, a showman whose pomposity conceals real "
            "terror, and the film gives him a worthy sparring partner in a sharp young reporter, "
            "played by Delphine Marr, who suspects him from the start. Their cat-and-mouse "
            "relationship, full of misdirection and half-truths, mirrors the tricks Corvino "
            "performs on stage.",
            "The production design is gorgeous, recreating the smoky, gaslit world of variety "
            "theatre with obvious love. The magic tricks themselves are performed practically, and "
            "the film takes real pleasure in showing us how they work, which makes the central "
            "disappearance, which the film refuses to explain until the final scene, all the more "
            "tantalising.",
            "The pacing is uneven, with a sluggish middle section that spends too long on the "
            "reporter's investigations, and some viewers may guess the twist well before the end. "
            "But the final reveal is satisfying, and its emotional punch is earned by everything "
            "the film has quietly set up along the way.",
            "The Vanishing Act is an elegant, old-fashioned mystery that plays fair with its "
            "audience. It is not quite a masterpiece, but it is a very good trick, performed with "
            "a steady hand and a showman's instinct for the reveal, and it will send you home "
            "trying to work out exactly how it was done.",
        ], modified="2026-02-20"),
]

# How each review page carries its structured data: JSON-LD (plain or @graph), a few microdata.
_MARKUP = ("jsonld", "jsonld-graph", "jsonld", "jsonld-graph", "microdata", "jsonld-graph")
for _i, _r in enumerate(REVIEWS):
    _r["markup"] = _MARKUP[_i % len(_MARKUP)]

# Visible chrome text on review pages; none of it may end up in a stored article.
CHROME_SNIPPETS: list[str] = [
    "Log In",
    "Email address",
    "Remember me",
    "Forgot password?",
    "Don't have an account?",
    "Reset your password",
    "Enter your account data and we will send you a link to reset your password.",
    "Send reset link",
    "Your password reset link appears to be invalid or expired.",
    "We use cookies to improve your experience and show personalised ads.",
    "Accept all",
    "Reject all",
    "Privacy Policy",
    "Sign up for our newsletter and get the best reviews every Friday.",
    "Sign me up",
    "Thanks for signing up!",
    "Add to Collection",
    "No Collections",
    "Here you'll find all collections you've created before.",
    "Create a new collection",
    f"In {SITE_NAME} |",
    "Share on Facebook",
    "Share on X",
    "Copy link",
    "Related reviews",
    TAGLINE,
    COPYRIGHT,
    "Terms of Use",
    "Staff area",
]

_AUTHORS = {
    "Hannah Okafor": "Chief critic. Watches everything twice and still argues about the ending.",
    "Daniel Whitcombe": "Covers thrillers and anything with a computer in it. Ex-sysadmin.",
    "Priya Raman": "Film critic with a soft spot for comedies and a hard line on running times.",
    "Marcus Bell": "Television critic. Has seen more detective dramas than is healthy.",
    "Ruth Calloway": "Writes about animation, anthologies and the shows nobody else is watching.",
    "Lucía Ferrer": "Reviews Spanish-language cinema from Madrid.",
    "Claire Dumont": "Reviews French television and film from Lyon.",
    "Jonas Albrecht": "Reviews German-language crime drama from Leipzig.",
}
_BYLINE = {"en": "By", "es": "Por", "fr": "Par", "de": "Von"}
_LOCALE = {"en": "en_GB", "es": "es_ES", "fr": "fr_FR", "de": "de_DE"}
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_SITE_UPDATED = max(r["modified"] for r in REVIEWS)  # Last-Modified of every non-review page

_PRIVACY = [
    "This Privacy Policy explains how Screen Notes Ltd (\"Screen Notes\", \"we\", \"us\") "
    "collects, uses, stores and shares personal information when you visit our website, create an "
    "account, leave a comment or subscribe to our newsletter. It applies to every page published "
    "under our domain. Please read it together with our Terms of Use; by continuing to use the "
    "website you acknowledge that your information will be processed as described below.",
    "Information you give us. When you register, we ask for an email address, a display name and a "
    "password. Passwords are stored only as salted, one-way hashes and cannot be read by our "
    "staff. If you ask us to reset your password, we send a single-use link to the email address "
    "associated with your account; the link expires after twenty-four hours. If you contact us, we "
    "keep the correspondence for as long as is needed to deal with your request.",
    "Information collected automatically. When you browse the website, our servers record "
    "technical data such as your IP address, browser type, referring page, the pages you view and "
    "the date and time of each request. We use this information to keep the service secure, to "
    "diagnose faults and to understand, in aggregate, which reviews our readers find useful. "
    "Server logs are deleted after ninety days unless they are needed to investigate abuse.",
    "Cookies and similar technologies. We use strictly necessary cookies to keep you logged in and "
    "to remember your cookie choices. With your consent we also use analytics cookies, which help "
    "us measure audience size, and advertising cookies set by our partners, which may be used to "
    "show you personalised ads on this and other websites. You can change or withdraw your consent "
    "at any time using the cookie settings link at the bottom of every page; doing so does not "
    "affect processing carried out before the change.",
    "Newsletter. If you sign up for our weekly newsletter, we use your email address to send it to "
    "you and we record whether each issue is opened so that we can improve it. Every issue "
    "contains a link that lets you unsubscribe with a single click. We never sell or rent our "
    "mailing list, and we do not share it with advertisers.",
    "Legal bases and sharing. We process personal information on the basis of your consent, the "
    "performance of our contract with you, our legitimate interest in running and improving an "
    "independent publication, and compliance with our legal obligations. We share information only "
    "with service providers who host our website, deliver email and provide analytics, under "
    "written agreements that oblige them to protect it, and with public authorities where the law "
    "requires us to do so.",
    "Your rights. Depending on where you live, you may have the right to access the personal "
    "information we hold about you, to have it corrected or erased, to restrict or object to its "
    "processing, and to receive a copy in a portable format. You may also lodge a complaint with "
    "your local data protection authority. To exercise any of these rights, write to the address "
    "below; we will respond within one month.",
    "Changes and contact. We may update this policy from time to time, and we will post any "
    "changes on this page with a new revision date. Questions about this policy or about how we "
    "handle your information can be sent to privacy@screennotes.example or by post to Screen Notes "
    "Ltd, 14 Quayside Lane, Bristol.",
]

_TERMS = [
    "These Terms of Use govern your access to and use of the Screen Notes website, including all "
    "reviews, comments, newsletters and other content published on it. By accessing the website "
    "you agree to be bound by these terms. If you do not agree with any part of them, you must not "
    "use the website. We may revise these terms at any time by updating this page, and continued "
    "use after a change constitutes acceptance of the revised terms.",
    "Accounts. Some features, such as saving reviews to a collection or commenting, require an "
    "account. You are responsible for keeping your login details confidential and for all activity "
    "that takes place under your account. You must notify us immediately of any unauthorised use. "
    "We may suspend or close accounts that we reasonably believe have been compromised or used in "
    "breach of these terms.",
    "Intellectual property. All text, images, graphics and logos on the website are owned by "
    "Screen Notes or its licensors and are protected by copyright and other intellectual property "
    "laws. You may view and print content for your own personal, non-commercial use. You may not "
    "copy, reproduce, republish, frame or distribute any part of the website for commercial "
    "purposes without our prior written permission, except for brief quotations in reviews or "
    "criticism with proper attribution.",
    "User contributions. If you post comments or other material, you grant us a non-exclusive, "
    "royalty-free, worldwide licence to publish, edit and display it in connection with the "
    "website. You confirm that your contributions are your own, are not defamatory, obscene or "
    "unlawful, and do not infringe anyone else's rights. We may remove any contribution at our "
    "discretion and without notice.",
    "Disclaimer. Our reviews express the honest opinions of their authors at the time of writing. "
    "We make no warranty that the website will be available, uninterrupted or free of errors, and "
    "to the fullest extent permitted by law we exclude all liability for any loss or damage "
    "arising from your use of, or inability to use, the website or any content on it. Nothing in "
    "these terms limits liability that cannot be limited by law.",
    "Links and advertising. The website may contain links to other sites and advertisements "
    "supplied by third parties. We are not responsible for the content, availability or practices "
    "of those sites, and the inclusion of a link does not imply endorsement. Any dealings you have "
    "with advertisers are solely between you and them.",
    "Governing law. These terms are governed by the laws of England and Wales, and the courts of "
    "England and Wales have exclusive jurisdiction over any dispute arising from them. If any "
    "provision is found to be unenforceable, the remaining provisions will continue in full force "
    "and effect.",
]

_ABOUT = [
    "Screen Notes is an independent review site founded in 2019 by a group of critics who were "
    "tired of star ratings written by algorithms. We publish new reviews of television series and "
    "films every week, mostly in English and occasionally in the language a film was made in.",
    "We do not accept payment for coverage, and our critics watch everything they review from "
    "start to finish. Screeners are sometimes provided by distributors; that never buys a better "
    "score.",
]


# -- small helpers ----------------------------------------------------------------------------

def _esc(text: str) -> str:
    """HTML-escape text for element content and attribute values."""
    return html.escape(text, quote=True)


def _lines(parts: list[str]) -> str:
    """Join non-empty HTML fragments one per line, so the source stays readable."""
    return "\n".join(p for p in parts if p)


def _xml(text: str) -> str:
    """Escape text for XML element content."""
    return html.escape(text, quote=False)


def _slug(text: str) -> str:
    """URL/anchor-safe slug of a name (ASCII letters and digits, hyphen-separated)."""
    out = "".join(c if c.isascii() and c.isalnum() else "-" for c in text.lower())
    return "-".join(part for part in out.split("-") if part)


def _human_date(iso: str) -> str:
    """'4 September 2025' from '2025-09-04', without depending on the process locale."""
    d = dt.date.fromisoformat(iso)
    return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"


def _timestamp(iso: str) -> dt.datetime:
    """The fixed publication instant of a date: 09:00 UTC that day."""
    return dt.datetime.combine(dt.date.fromisoformat(iso), dt.time(9, 0), dt.timezone.utc)


def _teaser(review: dict, words: int = 30) -> str:
    """The first words of a review, for listings, feeds and meta descriptions."""
    first = review["paragraphs"][0].split()
    return " ".join(first[:words]) + ("…" if len(first) > words else "")


def _newest_first() -> list[dict]:
    """Reviews ordered newest first (ties broken by slug, so the order is stable)."""
    return sorted(REVIEWS, key=lambda r: (r["published"], r["slug"]), reverse=True)


def _review_path(review: dict) -> str:
    """URL path of a review page."""
    return f"/reviews/{review['slug']}/"


def _listing_path(page: int) -> str:
    """URL path of listing page N (page 1 is /reviews/)."""
    return "/reviews/" if page == 1 else f"/reviews/page/{page}/"


def _listing_pages() -> int:
    """Number of listing pages."""
    return -(-len(REVIEWS) // PER_PAGE)


def _all_tags() -> list[str]:
    """Every tag used by a review, sorted."""
    return sorted({t for r in REVIEWS for t in r["tags"]})


def _png() -> bytes:
    """A tiny valid PNG (1x1 grey pixel) used as every og:image."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = struct.pack(">I", zlib.crc32(kind + data))
        return struct.pack(">I", len(data)) + kind + data + crc
    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"\x00\x80\x80\x80")) + chunk(b"IEND", b""))


# -- chrome, in three markup flavours (v = 0 semantic, 1 mixed, 2 hint-free) -------------------

def _nav() -> str:
    """Main navigation links."""
    return ('<a href="/">Home</a> <a href="/reviews/">Reviews</a> <a href="/about/">About</a> '
            '<a href="/login/">Log In</a>')


def _site_header(v: int) -> str:
    """Logo and navigation; the tagline sits here on some flavours."""
    tagline = f"<p>{_esc(TAGLINE)}</p>" if v != 1 else ""
    if v == 2:
        logo = f'<div><a href="/"><b>{SITE_NAME}</b></a></div>'
        return f"<div>{logo}{tagline}<div>{_nav()}</div></div>"
    return (f'<header class="site-header"><a class="logo" href="/">{SITE_NAME}</a>{tagline}'
            f"<nav>{_nav()}</nav></header>")


def _cookie_banner(v: int) -> str:
    """Consent notice with Accept/Reject buttons."""
    text = "We use cookies to improve your experience and show personalised ads."
    if v == 0:
        return (f'<div class="cookie-banner" id="cookie-consent"><p>{text} '
                '<a href="/privacy/">Privacy Policy</a></p>'
                '<button type="button">Accept all</button> '
                '<button type="button">Reject all</button></div>')
    if v == 1:
        return (f'<div id="cc-7f3a"><p>{text}</p><p><button>Accept all</button> '
                '<button>Reject all</button> <a href="/privacy/">Privacy Policy</a></p></div>')
    return (f'<section><div><span>{text}</span> <a href="/privacy/">Privacy Policy</a></div>'
            '<div><a href="#" role="button">Accept all</a> '
            '<a href="#" role="button">Reject all</a></div>'
            "</section>")


def _login_dialog(v: int) -> str:
    """The site-wide login modal, present in the DOM on every page."""
    form = ('<form action="/login/" method="post">'
            '<label>Email address <input type="email" name="email"></label> '
            '<label>Password <input type="password" name="password"></label> '
            '<label><input type="checkbox" name="remember"> Remember me</label> '
            '<button type="submit">Log In</button></form>')
    links = ('<p><a href="#reset">Forgot password?</a></p>'
             "<p>Don't have an account? <a href=\"/login/#register\">Register</a></p>")
    if v == 0:
        return f'<dialog id="login-modal"><h2>Log In</h2>{form}{links}</dialog>'
    if v == 1:
        return (f'<div role="dialog" aria-modal="true" hidden>'
                f"<div><p><b>Log In</b></p>{form}{links}</div></div>")
    return f'<div style="display: none"><div><div>Log In</div>{form}<div>{links}</div></div></div>'


def _reset_dialog(v: int) -> str:
    """The password-reset modal with its error message."""
    inner = ("<h3>Reset your password</h3>"
             "<p>Enter your account data and we will send you a link to reset your password.</p>"
             '<form action="/login/reset/" method="post"><input type="email" name="email" '
             'placeholder="you@example.com"> <button type="submit">Send reset link</button></form>'
             "<p>Your password reset link appears to be invalid or expired.</p>")
    if v == 0:
        return f'<div class="modal" id="reset" hidden>{inner}</div>'
    if v == 1:
        return f'<div id="reset" aria-hidden="true">{inner}</div>'
    return f"<div>{inner.replace('<h3>', '<div><b>').replace('</h3>', '</b></div>')}</div>"


def _newsletter(v: int) -> str:
    """Newsletter sign-up box."""
    form = ('<form action="/newsletter/" method="post"><input type="email" name="email" '
            'placeholder="you@example.com"> <button type="submit">Sign me up</button></form>')
    pitch = "Sign up for our newsletter and get the best reviews every Friday."
    if v == 0:
        return (f'<aside class="newsletter"><h3>Newsletter</h3><p>{pitch}</p>{form}'
                '<p class="newsletter-thanks" hidden>Thanks for signing up!</p></aside>')
    if v == 1:
        return f"<div><h4>{pitch}</h4>{form}<div>Thanks for signing up!</div></div>"
    return f"<div><p><strong>{pitch}</strong></p>{form}<p>Thanks for signing up!</p></div>"


def _collection_widget(v: int) -> str:
    """'Add to Collection' button with its (empty) dropdown."""
    menu = ("<p>No Collections</p><p>Here you'll find all collections you've created before.</p>"
            '<a href="/login/">Create a new collection</a>')
    if v == 0:
        return (f'<div class="collection-widget"><button type="button">Add to Collection</button>'
                f'<div class="dropdown" hidden>{menu}</div></div>')
    if v == 1:
        return f'<div><button>Add to Collection</button><div>{menu}</div></div>'
    return f'<div><div><span>Add to Collection</span></div><div>{menu}</div></div>'


def _share_bar(v: int) -> str:
    """Share buttons; no off-site hrefs so nothing here can lead a crawler off loopback."""
    buttons = ('<button type="button" data-network="facebook">Share on Facebook</button> '
               '<button type="button" data-network="x">Share on X</button> '
               '<button type="button" data-copy>Copy link</button>')
    if v == 0:
        return f'<div class="share-bar">{buttons}</div>'
    if v == 1:
        return f"<div>{buttons}</div>"
    return ('<div><span>Share on Facebook</span> · <span>Share on X</span> · '
            "<span>Copy link</span></div>")


def _related(v: int, items: list[dict]) -> str:
    """'Related reviews' block linking other reviews."""
    links = [f'<a href="{_review_path(r)}">{_esc(r["title"])}</a>' for r in items]
    if v == 0:
        lis = "".join(f"<li>{a}</li>" for a in links)
        return f'<section class="related"><h2>Related reviews</h2><ul>{lis}</ul></section>'
    if v == 1:
        lis = "".join(f"<li>{a}</li>" for a in links)
        return f"<div><h3>Related reviews</h3><ul>{lis}</ul></div>"
    return "<div><p><b>Related reviews</b></p>" + "".join(f"<p>{a}</p>" for a in links) + "</div>"


def _teaser_line(v: int, other: dict) -> str:
    """An 'In Screen Notes | …' cross-link, placed between article paragraphs."""
    link = f'<a href="{_review_path(other)}">{_esc(other["title"])}</a>'
    if v == 1:
        link = f"<strong>{link}</strong>"
    return f"<p>In {SITE_NAME} | {link}</p>"


def _footer(v: int) -> str:
    """Site footer with legal links and the (robots-disallowed) staff link."""
    links = ('<a href="/privacy/">Privacy Policy</a> · <a href="/terms/">Terms of Use</a> · '
             '<a href="/about/">About</a> · <a href="/feed.xml">RSS</a> · '
             '<a href="/admin/secret/">Staff area</a>')
    if v == 2:
        return f"<div><div>{_esc(COPYRIGHT)}</div><div>{links}</div></div>"
    return f'<footer class="site-footer"><p>{_esc(COPYRIGHT)}</p><p>{links}</p></footer>'


_STYLE = ("<style>body{font-family:Georgia,serif;max-width:60rem;margin:auto}"
          ".cookie-banner{position:fixed;bottom:0}dialog{display:none}</style>")
_SCRIPT = ("<script>window.dataLayer = window.dataLayer || []; "
           "dataLayer.push({event: 'page'});</script>")


def _page(base: str, path: str, *, title: str, description: str, lang: str = "en",
          og_type: str = "website", head_extra: str = "", main: str, v: int = 0) -> bytes:
    """A whole HTML document: head, chrome around `main`, dialogs at the end of body."""
    canonical = base + path
    head = (
        '<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_esc(title)}</title>\n"
        f'<meta name="description" content="{_esc(description)}">\n'
        f'<link rel="canonical" href="{_esc(canonical)}">\n'
        f'<link rel="alternate" type="application/rss+xml" title="{SITE_NAME}" '
        f'href="{base}/feed.xml">\n'
        f'<meta property="og:site_name" content="{SITE_NAME}">\n'
        f'<meta property="og:type" content="{og_type}">\n'
        f'<meta property="og:title" content="{_esc(title.rsplit(" | ", 1)[0])}">\n'
        f'<meta property="og:url" content="{_esc(canonical)}">\n'
        f'<meta property="og:locale" content="{_LOCALE[lang]}">\n'
        f"{head_extra}{_STYLE}\n"
    )
    cookie = _cookie_banner(v)
    tagline_low = f"<p>{_esc(TAGLINE)}</p>" if v == 1 else ""  # flavour 1 keeps it above the footer
    body = _lines([
        cookie if v != 1 else "", _site_header(v), main, tagline_low, _footer(v),
        cookie if v == 1 else "", _login_dialog(v), _reset_dialog(v), _SCRIPT,
    ])
    doc = (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n{head}</head>\n'
           f"<body>\n{body}\n</body>\n</html>\n")
    return doc.encode("utf-8")


# -- review pages -----------------------------------------------------------------------------

def _related_reviews(review: dict, n: int = 3) -> list[dict]:
    """Reviews sharing most tags with this one, newest first among equals."""
    others = [r for r in _newest_first() if r is not review]
    return sorted(others, key=lambda r: -len(set(r["tags"]) & set(review["tags"])))[:n]


def _jsonld(base: str, review: dict, graph: bool) -> str:
    """The review's schema.org JSON-LD, as a plain object or inside an @graph."""
    url = base + _review_path(review)
    org = {"@type": "Organization", "name": SITE_NAME, "url": base + "/",
           "logo": {"@type": "ImageObject", "url": f"{base}/images/logo.png"}}
    data = {
        "@type": "Review",
        "headline": review["title"],
        "name": review["title"],
        "url": url,
        "inLanguage": review["language"],
        "image": f"{base}/images/{review['slug']}.png",
        "itemReviewed": {"@type": review["item_type"], "name": review["item_name"]},
        "reviewRating": {"@type": "Rating", "ratingValue": review["rating"],
                         "bestRating": review["best"], "worstRating": 1},
        "author": {"@type": "Person", "name": review["author"],
                   "url": f"{base}/about/#{_slug(review['author'])}"},
        "datePublished": review["published"],
        "dateModified": review["modified"],
        "keywords": ", ".join(review["tags"]),
        "publisher": org,
    }
    if graph:
        org_id, site_id = base + "/#organization", base + "/#website"
        doc = {"@context": "https://schema.org", "@graph": [
            {"@type": "WebSite", "@id": site_id, "url": base + "/", "name": SITE_NAME,
             "publisher": {"@id": org_id}},
            {**org, "@id": org_id},
            {"@type": "WebPage", "@id": url, "url": url, "name": f"{review['title']} | {SITE_NAME}",
             "isPartOf": {"@id": site_id}, "inLanguage": review["language"],
             "breadcrumb": {"@id": url + "#breadcrumb"}},
            {**data, "@id": url + "#review", "mainEntityOfPage": {"@id": url},
             "publisher": {**org, "@id": org_id}},
            {"@type": "BreadcrumbList", "@id": url + "#breadcrumb", "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Home", "item": base + "/"},
                {"@type": "ListItem", "position": 2, "name": "Reviews", "item": base + "/reviews/"},
                {"@type": "ListItem", "position": 3, "name": review["item_name"], "item": url},
            ]},
        ]}
    else:
        doc = {"@context": "https://schema.org", **data}
    # "</" escaped so no string in the data can close the <script> element early.
    text = json.dumps(doc, ensure_ascii=False, indent=2).replace("</", "<\\/")
    return f'<script type="application/ld+json">\n{text}\n</script>\n'


def _microdata_props(base: str, review: dict) -> str:
    """Invisible microdata properties for pages that use microdata instead of JSON-LD."""
    return (
        f'<meta itemprop="datePublished" content="{review["published"]}">'
        f'<meta itemprop="dateModified" content="{review["modified"]}">'
        f'<meta itemprop="inLanguage" content="{review["language"]}">'
        f'<link itemprop="url" href="{base}{_review_path(review)}">'
        '<div itemprop="itemReviewed" itemscope '
        f'itemtype="https://schema.org/{review["item_type"]}">'
        f'<meta itemprop="name" content="{_esc(review["item_name"])}"></div>'
        '<div itemprop="reviewRating" itemscope itemtype="https://schema.org/Rating">'
        f'<meta itemprop="ratingValue" content="{review["rating"]}">'
        f'<meta itemprop="bestRating" content="{review["best"]}">'
        '<meta itemprop="worstRating" content="1"></div>'
        '<div itemprop="author" itemscope itemtype="https://schema.org/Person">'
        f'<meta itemprop="name" content="{_esc(review["author"])}"></div>'
        '<div itemprop="publisher" itemscope itemtype="https://schema.org/Organization">'
        f'<meta itemprop="name" content="{SITE_NAME}"></div>'
    )


def _review_page(base: str, i: int, review: dict) -> bytes:
    """One review page; i picks the chrome flavour, teasers and structured-data style."""
    v = i % 3
    micro = review["markup"] == "microdata"
    url = base + _review_path(review)
    image = f"{base}/images/{review['slug']}.png"
    others = [r for r in REVIEWS if r is not review]
    teasers = [others[(i * 7 + 3) % len(others)]]
    if i % 2 == 0:  # every other page carries a second teaser further down
        teasers.append(others[(i * 7 + 11) % len(others)])
    published = _timestamp(review["published"]).isoformat()
    modified = _timestamp(review["modified"]).isoformat()
    head_extra = (
        f'<meta property="og:image" content="{image}">\n'
        f'<meta property="og:description" content="{_esc(_teaser(review))}">\n'
        f'<meta name="author" content="{_esc(review["author"])}">\n'
        f'<meta property="article:published_time" content="{published}">\n'
        f'<meta property="article:modified_time" content="{modified}">\n'
        + "".join(f'<meta property="article:tag" content="{_esc(t)}">\n' for t in review["tags"])
        + ("" if micro else _jsonld(base, review, graph=review["markup"] == "jsonld-graph"))
    )

    # Article body: paragraphs with teaser lines (and, on flavour 2, the newsletter box) in between.
    blocks = []
    for n, para in enumerate(review["paragraphs"]):
        blocks.append(f"<p>{_esc(para)}</p>")
        if n == 0:
            blocks.append(_teaser_line(v, teasers[0]))
        if n == 1 and v == 2:
            blocks.append(_newsletter(v))
        if n == 2 and len(teasers) > 1:
            blocks.append(_teaser_line(v, teasers[1]))
    body_attr = ' itemprop="reviewBody"' if micro else ""
    scope = ' itemscope itemtype="https://schema.org/Review"' if micro else ""
    h1_attr = ' itemprop="headline"' if micro else ""
    h1 = f'<h1{h1_attr}>{_esc(review["title"])}</h1>'
    when = f'<time datetime="{review["published"]}">{_human_date(review["published"])}</time>'
    name = _esc(review["author"])
    author = f'<a rel="author" href="/about/#{_slug(review["author"])}">{name}</a>'
    byline = f'{_BYLINE[review["language"]]} {author}'
    verdict = f'{review["rating"]}/{review["best"]}'
    tags = ", ".join(f'<a rel="tag" href="/tag/{t}/">{t}</a>' for t in review["tags"])
    alt = _esc(review["item_name"])
    figure = f'<figure><img src="/images/{review["slug"]}.png" alt="{alt}"></figure>'
    props = _microdata_props(base, review) if micro else ""
    related = _related(v, _related_reviews(review))

    if v == 0:
        main = (
            f'<main id="main"><article class="post review"{scope}>{props}'
            f'<header class="entry-header">{h1}<p class="byline">{byline} · {when}</p>'
            f'<p class="score">Verdict: <strong>{verdict}</strong></p></header>{figure}'
            f'<div class="entry-content"{body_attr}>{_lines(blocks)}</div>'
            f'<footer class="entry-footer"><p class="tags">Tags: {tags}</p></footer></article>'
            f"{_share_bar(v)}{related}</main>"
            f'<aside class="sidebar">{_collection_widget(v)}{_newsletter(v)}</aside>'
        )
    elif v == 1:
        main = (
            f'<div id="page"><div class="container"><article{scope}>{props}{h1}'
            f'<div class="meta"><span>{byline}</span> | <span>{when}</span> | '
            f"<span>{verdict}</span></div>"
            f'{_collection_widget(v)}{figure}<div class="body"{body_attr}>{_lines(blocks)}</div>'
            f"{_share_bar(v)}<div>Tags: {tags}</div></article>{_newsletter(v)}{related}</div></div>"
        )
    else:
        main = (
            f"<div><div{scope}>{props}<div>{h1}<div>{byline}</div><div>{when}</div>"
            f"<div>{verdict}</div></div>{figure}"
            f'<div{body_attr}>{_lines(blocks)}</div>{_collection_widget(v)}{_share_bar(v)}'
            f"<div>{tags}</div></div>{related}</div>"
        )
    return _page(base, _review_path(review), title=f"{review['title']} | {SITE_NAME}",
                 description=_teaser(review), lang=review["language"], og_type="article",
                 head_extra=head_extra, main=main, v=v)


# -- listings and other pages -----------------------------------------------------------------

def _teaser_block(review: dict) -> str:
    """A review's entry in a listing: title, byline, teaser, read-more link."""
    path = _review_path(review)
    return (f'<article class="teaser"><h2><a href="{path}">{_esc(review["title"])}</a></h2>'
            f'<p>{_esc(review["author"])} · {_human_date(review["published"])} · '
            f'{review["rating"]}/{review["best"]}</p>'
            f'<p>{_esc(_teaser(review))}</p><a href="{path}">Read more</a></article>')


def _home(base: str) -> bytes:
    """Home page: the latest reviews with teasers."""
    latest = _newest_first()[:PER_PAGE]
    tags = " ".join(f'<a href="/tag/{t}/">{t}</a>' for t in _all_tags())
    main = (f'<main><h1>Latest reviews</h1>{"".join(_teaser_block(r) for r in latest)}'
            f'<p><a href="/reviews/">All reviews</a></p><p>Browse by tag: {tags}</p></main>')
    return _page(base, "/", title=f"{SITE_NAME} — TV and film reviews", description=TAGLINE,
                 main=main)


def _listing(base: str, page: int) -> bytes:
    """One page of the paginated review listing, with Next/Previous links."""
    items = _newest_first()[(page - 1) * PER_PAGE:page * PER_PAGE]
    nav = []
    head = ""
    if page > 1:
        nav.append(f'<a rel="prev" href="{_listing_path(page - 1)}">Previous page</a>')
        head += f'<link rel="prev" href="{base}{_listing_path(page - 1)}">\n'
    if page < _listing_pages():
        nav.append(f'<a rel="next" href="{_listing_path(page + 1)}">Next page</a>')
        head += f'<link rel="next" href="{base}{_listing_path(page + 1)}">\n'
    heading = "All reviews" if page == 1 else f"All reviews — page {page}"
    main = (f'<main><h1>{heading}</h1>{"".join(_teaser_block(r) for r in items)}'
            f'<div class="pagination">{" ".join(nav)}</div></main>')
    return _page(base, _listing_path(page), title=f"{heading} | {SITE_NAME}",
                 description=f"Every review on {SITE_NAME}, newest first.", head_extra=head,
                 main=main)


def _tag_page(base: str, tag: str) -> bytes:
    """All reviews carrying one tag."""
    items = [r for r in _newest_first() if tag in r["tags"]]
    main = f'<main><h1>Reviews tagged “{tag}”</h1>{"".join(_teaser_block(r) for r in items)}</main>'
    return _page(base, f"/tag/{tag}/", title=f"{tag} | {SITE_NAME}",
                 description=f"Reviews tagged {tag}.", main=main)


def _text_page(base: str, path: str, heading: str, paragraphs: list[str], extra: str = "") -> bytes:
    """A plain prose page (about, privacy, terms)."""
    body = "".join(f"<p>{_esc(p)}</p>" for p in paragraphs)
    updated = _human_date("2026-01-05")
    main = (f"<main><h1>{_esc(heading)}</h1><p><em>Last updated {updated}</em></p>"
            f"{body}{extra}</main>")
    return _page(base, path, title=f"{heading} | {SITE_NAME}", description=paragraphs[0][:150],
                 main=main)


def _about(base: str) -> bytes:
    """About page, with an anchor per critic (bylines link here)."""
    team = "".join(f'<h2 id="{_slug(name)}">{_esc(name)}</h2><p>{_esc(bio)}</p>'
                   for name, bio in _AUTHORS.items())
    return _text_page(base, "/about/", f"About {SITE_NAME}", _ABOUT, extra=team)


def _login(base: str) -> bytes:
    """Stand-alone login page."""
    main = ('<main><h1>Log In</h1><form action="/login/" method="post">'
            '<label>Email address <input type="email" name="email"></label> '
            '<label>Password <input type="password" name="password"></label> '
            '<button type="submit">Log In</button></form>'
            '<p><a href="#reset">Forgot password?</a></p>'
            "<p id=\"register\">Don't have an account? "
            "Registration is free and takes a minute.</p></main>")
    return _page(base, "/login/", title=f"Log In | {SITE_NAME}",
                 description=f"Log in to your {SITE_NAME} account.", main=main)


def _admin(base: str) -> bytes:
    """The robots-disallowed staff page; a polite crawler never fetches it."""
    main = ("<main><h1>Staff area</h1><p>Draft reviews and the publishing schedule. "
            "This path is disallowed in robots.txt.</p></main>")
    return _page(base, "/admin/secret/", title=f"Staff area | {SITE_NAME}",
                 description="Staff only.",
                 head_extra='<meta name="robots" content="noindex, nofollow">\n', main=main)


def _robots(base: str) -> bytes:
    """robots.txt: keep out of /admin/, point at the sitemap index."""
    return f"User-agent: *\nDisallow: /admin/\n\nSitemap: {base}/sitemap.xml\n".encode()


_SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"


def _urlset(entries: list[tuple[str, str]]) -> bytes:
    """A sitemap <urlset> of (absolute URL, lastmod) pairs."""
    urls = "".join(f"<url><loc>{_xml(loc)}</loc><lastmod>{mod}</lastmod></url>\n"
                   for loc, mod in entries)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<urlset xmlns="{_SITEMAP_NS}">\n{urls}</urlset>\n').encode()


def _sitemaps(base: str) -> dict[str, tuple[str, bytes]]:
    """The sitemap index, the gzipped review sitemap and the plain pages sitemap."""
    reviews = _urlset([(base + _review_path(r), r["modified"]) for r in _newest_first()])
    listings = [_listing_path(p) for p in range(1, _listing_pages() + 1)]
    pages = ["/", *listings, "/about/", "/privacy/", "/terms/"]
    children = "".join(f"<sitemap><loc>{base}{p}</loc><lastmod>{_SITE_UPDATED}</lastmod>"
                       "</sitemap>\n" for p in ("/sitemap-reviews.xml.gz", "/sitemap-pages.xml"))
    index = ('<?xml version="1.0" encoding="UTF-8"?>\n'
             f'<sitemapindex xmlns="{_SITEMAP_NS}">\n{children}</sitemapindex>\n').encode()
    return {
        "/sitemap.xml": (XML_TYPE, index),
        # mtime=0 keeps the gzip bytes (and so the ETag) identical across builds.
        "/sitemap-reviews.xml.gz": (GZIP_TYPE, gzip.compress(reviews, mtime=0)),
        "/sitemap-pages.xml": (XML_TYPE, _urlset([(base + p, _SITE_UPDATED) for p in pages])),
    }


def _feed(base: str) -> bytes:
    """RSS 2.0 feed of the latest reviews."""
    items = []
    for r in _newest_first()[:FEED_SIZE]:
        url = base + _review_path(r)
        cats = "".join(f"<category>{_xml(t)}</category>" for t in r["tags"])
        items.append(
            f"<item><title>{_xml(r['title'])}</title><link>{url}</link>"
            f'<guid isPermaLink="true">{url}</guid>'
            f"<pubDate>{format_datetime(_timestamp(r['published']), usegmt=True)}</pubDate>"
            f"<dc:creator>{_xml(r['author'])}</dc:creator>{cats}"
            f"<description>{_xml(_teaser(r))}</description></item>\n")
    built = format_datetime(_timestamp(_SITE_UPDATED), usegmt=True)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n'
            f"<title>{SITE_NAME}</title><link>{base}/</link>"
            f"<description>{_xml(TAGLINE)}</description>"
            f'<language>en</language><lastBuildDate>{built}</lastBuildDate>'
            f'<atom:link href="{base}/feed.xml" rel="self" type="application/rss+xml"/>\n'
            f"{''.join(items)}</channel>\n</rss>\n").encode()


def build_site(base_url: str) -> dict[str, tuple[str, bytes]]:
    """Render every page of the site: URL path -> (content type, body)."""
    base = base_url.rstrip("/")
    site: dict[str, tuple[str, bytes]] = {"/": (HTML_TYPE, _home(base))}
    for page in range(1, _listing_pages() + 1):
        site[_listing_path(page)] = (HTML_TYPE, _listing(base, page))
    png = _png()
    for i, review in enumerate(REVIEWS):
        site[_review_path(review)] = (HTML_TYPE, _review_page(base, i, review))
        site[f"/images/{review['slug']}.png"] = (PNG_TYPE, png)
    site["/images/logo.png"] = (PNG_TYPE, png)
    for tag in _all_tags():
        site[f"/tag/{tag}/"] = (HTML_TYPE, _tag_page(base, tag))
    site["/about/"] = (HTML_TYPE, _about(base))
    site["/privacy/"] = (HTML_TYPE, _text_page(base, "/privacy/", "Privacy Policy", _PRIVACY))
    site["/terms/"] = (HTML_TYPE, _text_page(base, "/terms/", "Terms of Use", _TERMS))
    site["/login/"] = (HTML_TYPE, _login(base))
    site["/admin/secret/"] = (HTML_TYPE, _admin(base))
    site["/robots.txt"] = (TEXT_TYPE, _robots(base))
    site["/feed.xml"] = (RSS_TYPE, _feed(base))
    site.update(_sitemaps(base))
    return site


def _modified(path: str) -> dt.datetime:
    """Fixed Last-Modified of a built page: its review's modified date, else the site's."""
    for review in REVIEWS:
        if path == _review_path(review):
            return _timestamp(review["modified"])
    return _timestamp(_SITE_UPDATED)


# -- the server -------------------------------------------------------------------------------

class _Page(NamedTuple):
    content_type: str
    body: bytes
    status: int
    etag: str
    last_modified: dt.datetime


def _make_page(content_type: str, body: bytes | str, status: int,
               last_modified: dt.datetime) -> _Page:
    """A servable page with its validators (ETag is a hash of the body)."""
    if isinstance(body, str):
        body = body.encode("utf-8")
    etag = '"' + hashlib.sha1(body).hexdigest()[:20] + '"'
    return _Page(content_type, body, status, etag, last_modified)


_NOT_FOUND = _make_page(
    HTML_TYPE, '<!DOCTYPE html><html lang="en"><head><title>Not found</title></head>'
    "<body><h1>Page not found</h1></body></html>\n", 404, _timestamp(_SITE_UPDATED))


def _etag_matches(header: str, etag: str) -> bool:
    """Whether an If-None-Match header matches the ETag (weak comparison, as for GET)."""
    tags = [t.strip() for t in header.split(",")]
    return "*" in tags or any(t.removeprefix("W/") == etag for t in tags)


def _not_modified_since(header: str, last_modified: dt.datetime) -> bool:
    "Whether an If-Modified-Since date is at or after Last-Modified; unparsable dates never match."
    try:
        since = parsedate_to_datetime(header)
    except (TypeError, ValueError):
        return False
    if since.tzinfo is None:
        since = since.replace(tzinfo=dt.timezone.utc)
    return last_modified <= since


class _Handler(BaseHTTPRequestHandler):
    server_version = "ScreenNotes/1.0"
    sys_version = ""

    def do_GET(self):  # noqa: N802 - http.server naming
        self._serve(send_body=True)

    def do_HEAD(self):  # noqa: N802
        self._serve(send_body=False)

    def log_message(self, format, *args):  # noqa: A002 - keep test and demo output quiet
        pass

    def _serve(self, send_body: bool) -> None:
        """Route, apply conditional-request rules, record the hit, respond."""
        demo: DemoServer = self.server.demo
        path = urlsplit(self.path).path or "/"
        if demo.delay:
            time.sleep(demo.delay)
        page = demo._get(path)
        if page is None and not path.endswith("/") and demo._get(path + "/") is not None:
            # Like most sites: a missing trailing slash is a permanent redirect, not a 404.
            demo._record(self.command, self.path, path, 301)
            self.send_response(301)
            self.send_header("Location", path + "/")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        page = page or _NOT_FOUND
        status = page.status
        if status == 200:
            inm, ims = self.headers.get("If-None-Match"), self.headers.get("If-Modified-Since")
            # RFC 9110: If-None-Match, when present, takes precedence over If-Modified-Since.
            if inm is not None:
                status = 304 if _etag_matches(inm, page.etag) else 200
            elif ims is not None:
                status = 304 if _not_modified_since(ims, page.last_modified) else 200
        # Record before responding, so a client that has its answer sees the hit counted.
        demo._record(self.command, self.path, path, status)
        self.send_response(status)
        if page.status == 200:
            self.send_header("ETag", page.etag)
            self.send_header("Last-Modified", format_datetime(page.last_modified, usegmt=True))
            self.send_header("Cache-Control", "no-cache")
        if status != 304:
            self.send_header("Content-Type", page.content_type)
            self.send_header("Content-Length", str(len(page.body)))
        self.end_headers()
        if send_body and status != 304:
            self.wfile.write(page.body)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    demo: DemoServer

    def server_bind(self):
        """Bind without HTTPServer's reverse-DNS lookup of the host (slow, may leave loopback)."""
        socketserver.TCPServer.server_bind(self)
        self.server_name, self.server_port = self.server_address[:2]

    def handle_error(self, request, client_address):
        """Ignore clients that hang up mid-response; report anything else as usual."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class DemoServer:
    """The demo site served on loopback from a daemon thread; use as a context manager.

    pages maps extra or replacement paths to (content_type, body[, status]), or to None to make
    a path 404; delay is slept before every response.
    """

    def __init__(self, host: str = "127.0.0.1", port: int = 0, pages: dict | None = None,
                 delay: float = 0.0):
        self.delay = delay
        self.hits: Counter = Counter()  # URL path (no query) -> number of requests, any method
        self.requests: list[tuple[str, str, int]] = []  # (method, request target, status), in order
        self._lock = threading.Lock()
        self._httpd = _Server((host, port), _Handler)
        self._httpd.demo = self
        self.host, self.port = host, self._httpd.server_address[1]
        self.url = f"http://{host}:{self.port}"
        try:
            self._pages = {path: _make_page(ctype, body, 200, _modified(path))
                           for path, (ctype, body) in build_site(self.url).items()}
            for path, entry in (pages or {}).items():
                if entry is None:
                    self.remove_page(path)
                else:
                    self.set_page(path, *entry)
        except BaseException:
            self._httpd.server_close()
            raise
        self._thread: threading.Thread | None = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05},
            name=f"demosite:{self.port}", daemon=True)
        self._thread.start()

    def __enter__(self) -> DemoServer:
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def stop(self) -> None:
        """Stop serving and release the port (idempotent)."""
        if self._thread is None:
            return
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join()
        self._thread = None

    def wait(self) -> None:
        """Block until the server stops (for the command line)."""
        while self._thread is not None and self._thread.is_alive():
            self._thread.join(0.5)

    def set_page(self, path: str, content_type: str, body: bytes | str, status: int = 200,
                 last_modified: dt.datetime | None = None) -> None:
        "Add or replace a page; a changed body moves Last-Modified a day on unless one is given."
        with self._lock:
            old = self._pages.get(path)
            if last_modified is None:
                if old is None:
                    last_modified = _timestamp(_SITE_UPDATED)
                else:
                    same = old.body == (body.encode("utf-8") if isinstance(body, str) else body)
                    last_modified = old.last_modified + dt.timedelta(days=0 if same else 1)
            self._pages[path] = _make_page(content_type, body, status, last_modified)

    def remove_page(self, path: str) -> None:
        """Make a path answer 404 from now on."""
        with self._lock:
            self._pages.pop(path, None)

    def content_type(self, path: str) -> str | None:
        """The content type a path is served with, None when it is not served."""
        page = self._get(path)
        return page.content_type if page is not None else None

    def _get(self, path: str) -> _Page | None:
        with self._lock:
            return self._pages.get(path)

    def _record(self, method: str, target: str, path: str, status: int) -> None:
        with self._lock:
            self.hits[path] += 1
            self.requests.append((method, target, status))


def main(argv: list[str] | None = None) -> int:
    """Serve the demo site in the foreground until interrupted; prints its URL."""
    parser = argparse.ArgumentParser(prog="python -m pipeline.demosite",
                                     description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000,
                        help="port (0 = any free port; default: 8000)")
    parser.add_argument("--delay", type=float, default=0.0,
                        help="seconds to wait before each response")
    args = parser.parse_args(argv)
    with DemoServer(args.host, args.port, delay=args.delay) as server:
        print(server.url, flush=True)  # alone on stdout, so scripts can read it
        print(f"{SITE_NAME} demo site: {server.url}/ (Ctrl+C to stop)", file=sys.stderr, flush=True)
        try:
            server.wait()
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
