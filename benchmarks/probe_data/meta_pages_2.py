"""Metadata probe suite 2: 50 hand-written article pages in the markup real sites emit.

Written from what real sites ship (no benchmark page, site or sentence).
Focus: visible-text dates in many languages/formats, <time> with and without
datetime, URL-only dates, conflicting dates, Updated-vs-Published, timezone
offsets, dateModified-only; bylines in other languages, roles/photos, author
boxes, sidebars, Yoast @id graphs, microdata, rel=author; review markup.

Each entry: name, cms, url, html, truth {"title", "authors", "date"} and, for
pages where ratings matter, "rating", "rating_best", "item", "item_type".
Truth = what a human reader takes as headline / byline / publication day (the
day as the page shows it locally; the original published date, not an
"Updated" date). A truth "rating" of None means "not a review: no rating
should be reported". All sites and people are invented.
"""

PAGES = []


def add(name, cms, url, truth, html):
    PAGES.append({"name": name, "cms": cms, "url": url, "html": html.strip() + "\n", "truth": truth})


def T(title, authors, date):
    return {"title": title, "authors": list(authors), "date": date}


def TR(title, authors, date, rating, best, item, item_type):
    t = T(title, authors, date)
    t.update(rating=rating, rating_best=best, item=item, item_type=item_type)
    return t


# ---------------------------------------------------------------------------
# 01 Spanish regional paper, hand-rolled CMS: "Por A y B", date only as text
#    "Publicado el 3 de marzo de 2025, a las 18:42". No meta dates, no JSON-LD.
# ---------------------------------------------------------------------------
add("es_publicado_el_por_y", "Custom CMS (Spanish regional daily)",
    "https://www.diariodelavega.es/noticias/local/ayuntamiento-aprueba-plan-movilidad_184233.html",
    T("El Ayuntamiento aprueba el nuevo plan de movilidad con el voto en contra de la oposición",
      ["María José Ortega", "Luis Romero"], "2025-03-03"),
    r'''<!DOCTYPE html>
<html lang="es">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>El Ayuntamiento aprueba el nuevo plan de movilidad con el voto en contra de la oposición | Diario de la Vega</title>
<meta name="description" content="El plan prevé ampliar las zonas peatonales del casco histórico y crear tres nuevos aparcamientos disuasorios.">
<meta name="keywords" content="movilidad, ayuntamiento, pleno, aparcamientos">
<meta property="og:title" content="El Ayuntamiento aprueba el nuevo plan de movilidad con el voto en contra de la oposición">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Diario de la Vega">
<meta property="og:image" content="https://www.diariodelavega.es/fotos/2025/pleno-movilidad.jpg">
<link rel="stylesheet" href="/css/portal.css?v=2211">
</head>
<body class="seccion-local">
<div id="cabecera"><a href="/" class="logo"><img src="/img/logo-diario-vega.png" alt="Diario de la Vega"></a>
<ul class="menu"><li><a href="/noticias/local/">Local</a></li><li><a href="/noticias/comarca/">Comarca</a></li><li><a href="/deportes/">Deportes</a></li><li><a href="/opinion/">Opinión</a></li><li><a href="/esquelas/">Esquelas</a></li></ul></div>
<div id="contenido">
<div class="col-principal">
<div class="noticia">
<p class="antetitulo">Pleno municipal</p>
<h1 class="titular">El Ayuntamiento aprueba el nuevo plan de movilidad con el voto en contra de la oposición</h1>
<h2 class="entradilla">El plan prevé ampliar las zonas peatonales del casco histórico y crear tres nuevos aparcamientos disuasorios en los accesos a la ciudad</h2>
<div class="firma">
<p class="autor">Por <strong>María José Ortega</strong> y <strong>Luis Romero</strong></p>
<p class="fecha">Publicado el 3 de marzo de 2025, a las 18:42</p>
</div>
<div class="foto"><img src="/fotos/2025/pleno-movilidad.jpg" alt="Pleno municipal"><p class="pie">El alcalde, durante su intervención en el pleno. <span class="credito">Foto: Diario de la Vega</span></p></div>
<div class="cuerpo">
<p>El pleno del Ayuntamiento aprobó este lunes el nuevo Plan de Movilidad Urbana Sostenible con los votos del equipo de gobierno y el rechazo de los dos grupos de la oposición, que consideran que el documento «llega tarde y sin consenso vecinal».</p>
<p>El plan, que tendrá una vigencia de ocho años, contempla la peatonalización progresiva de seis calles del casco histórico, la creación de tres aparcamientos disuasorios con cerca de 900 plazas en total y una nueva línea de autobús urbano que conectará el hospital con la estación.</p>
<p>La concejala de Urbanismo defendió que el documento «es fruto de dos años de trabajo técnico y de más de cuarenta reuniones con asociaciones». La oposición, por su parte, reclamó un estudio de impacto sobre el comercio del centro antes de cerrar las calles al tráfico.</p>
<p>Las primeras obras, en la calle Mayor y la plaza de San Roque, comenzarán previsiblemente después del verano, según el calendario presentado en la sesión.</p>
</div>
<div class="compartir"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a></div>
</div>
</div>
<div class="col-lateral">
<div class="modulo mas-leido"><h3>Lo más leído</h3><ol><li><a href="/noticias/comarca/cierre-carretera-puerto_184201.html">Cortada la carretera del puerto por desprendimientos</a></li><li><a href="/deportes/el-vega-cf-asciende_184190.html">El Vega CF roza el ascenso tras ganar en casa</a></li><li><a href="/noticias/local/fiestas-san-roque-cartel_184177.html">Presentado el cartel de las fiestas de San Roque</a></li></ol></div>
</div>
</div>
<div id="pie"><p>© 2025 Diario de la Vega S.L. · <a href="/aviso-legal/">Aviso legal</a> · <a href="/privacidad/">Privacidad</a></p></div>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 02 German regional paper: "Von A und B", "Mittwoch, 5. März 2025, 17:45 Uhr"
#    followed by "Aktualisiert: 6. März 2025". Dates only as text.
# ---------------------------------------------------------------------------
add("de_maerz_von_und_aktualisiert", "Custom CMS (German regional daily)",
    "https://www.taunus-kurier.de/lokales/bad-homburg/parkhaus-bahnhof-gestoppt-93561207.html",
    T("Stadt stoppt Pläne für neues Parkhaus am Bahnhof", ["Katrin Weber", "Jan Schulte"], "2025-03-05"),
    r'''<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Bad Homburg: Stadt stoppt Pläne für neues Parkhaus am Bahnhof | Taunus-Kurier</title>
<meta name="description" content="Die Kosten für das Parkhaus am Bahnhof sind auf 28 Millionen Euro gestiegen. Jetzt zieht der Magistrat die Notbremse.">
<meta property="og:title" content="Stadt stoppt Pläne für neues Parkhaus am Bahnhof">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Taunus-Kurier">
<meta property="og:locale" content="de_DE">
<meta name="robots" content="index, follow, max-image-preview:large">
</head>
<body>
<header class="site-header"><a class="site-header__logo" href="/">Taunus-Kurier</a>
<nav><ul><li><a href="/lokales/">Lokales</a></li><li><a href="/region/">Region</a></li><li><a href="/sport/">Sport</a></li><li><a href="/kultur/">Kultur</a></li></ul></nav></header>
<main>
<article class="article">
<div class="article__head">
<p class="article__dachzeile">Bad Homburg</p>
<h1 class="article__headline">Stadt stoppt Pläne für neues Parkhaus am Bahnhof</h1>
<p class="article__teaser">Die Kosten für das Parkhaus am Bahnhof sind auf 28 Millionen Euro gestiegen. Jetzt zieht der Magistrat die Notbremse.</p>
<div class="article__meta">
<span class="article__author">Von <a href="/autoren/katrin-weber/">Katrin Weber</a> und <a href="/autoren/jan-schulte/">Jan Schulte</a></span>
<span class="article__date">Mittwoch, 5. März 2025, 17:45 Uhr</span>
<span class="article__updated">Aktualisiert: Donnerstag, 6. März 2025, 08:10 Uhr</span>
</div>
</div>
<div class="article__body">
<p>Das geplante Parkhaus am Bad Homburger Bahnhof wird vorerst nicht gebaut. Der Magistrat hat am Mittwoch beschlossen, das Vergabeverfahren zu stoppen, nachdem die Kostenschätzung für den Bau mit rund 500 Stellplätzen von ursprünglich 17 auf zuletzt 28 Millionen Euro gestiegen war.</p>
<p>„Wir können diese Summe gegenüber den Bürgerinnen und Bürgern nicht verantworten“, sagte der Oberbürgermeister nach der Sitzung. Man werde nun prüfen, ob eine kleinere Lösung mit Fahrradparkhaus und Carsharing-Stellplätzen umsetzbar sei.</p>
<h2>Pendler reagieren verärgert</h2>
<p>Bei Pendlern, die täglich nach Frankfurt fahren, stößt die Entscheidung auf Unverständnis. Schon heute sind die Parkplätze rund um den Bahnhof an Werktagen ab halb acht belegt.</p>
<p>Die Opposition im Stadtparlament kündigte an, das Thema in der nächsten Sitzung auf die Tagesordnung zu setzen. Sie wirft dem Magistrat vor, die Kostenentwicklung zu spät offengelegt zu haben.</p>
</div>
</article>
<aside class="teaser-list"><h2>Auch interessant</h2><ul><li><a href="/lokales/bad-homburg/kurpark-sanierung-93550011.html">Kurpark: Sanierung des Weihers beginnt im Herbst</a></li><li><a href="/lokales/oberursel/feuerwehrhaus-93548870.html">Oberursel bekommt neues Feuerwehrhaus</a></li></ul></aside>
</main>
<footer><p>© Taunus-Kurier Verlag GmbH</p><a href="/impressum/">Impressum</a> <a href="/datenschutz/">Datenschutz</a></footer>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 03 French WordPress gardening blog, custom theme printing get_the_date()
#    as text: "Publié le 11 mars 2025 par X dans Potager". No SEO plugin.
#    Comment <time datetime> elements come later.
# ---------------------------------------------------------------------------
add("fr_wp_publie_le_par_dans", "WordPress (custom French theme, no SEO plugin)",
    "https://lejardindelodie.fr/semis-tomates-interieur/",
    T("Comment réussir ses semis de tomates en intérieur", ["Élodie Marchand"], "2025-03-11"),
    r'''<!DOCTYPE html>
<html lang="fr-FR">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Comment réussir ses semis de tomates en intérieur &#8211; Le Jardin d&#039;Élodie</title>
<meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="Le Jardin d&#039;Élodie &raquo; Flux" href="https://lejardindelodie.fr/feed/" />
<link rel='stylesheet' id='jardin-style-css' href='https://lejardindelodie.fr/wp-content/themes/jardin/style.css?ver=1.4' media='all' />
<link rel="canonical" href="https://lejardindelodie.fr/semis-tomates-interieur/" />
<link rel='shortlink' href='https://lejardindelodie.fr/?p=1287' />
<meta name="generator" content="WordPress 6.7.2" />
</head>
<body class="post-template-default single single-post postid-1287 single-format-standard">
<div id="page" class="site">
<header id="masthead" class="site-header"><p class="site-title"><a href="https://lejardindelodie.fr/" rel="home">Le Jardin d&#039;Élodie</a></p><p class="site-description">Potager, semis et jardin au naturel</p>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li><a href="/category/potager/">Potager</a></li><li><a href="/category/fleurs/">Fleurs</a></li><li><a href="/a-propos/">À propos</a></li></ul></nav></header>
<div id="content" class="site-content">
<main id="main" class="site-main">
<article id="post-1287" class="post-1287 post type-post status-publish format-standard has-post-thumbnail hentry category-potager">
<header class="entry-header">
<h1 class="entry-title">Comment réussir ses semis de tomates en intérieur</h1>
<div class="entry-meta">Publié le 11 mars 2025 par <span class="author vcard"><a class="url fn n" href="https://lejardindelodie.fr/author/elodie/">Élodie Marchand</a></span> dans <a href="https://lejardindelodie.fr/category/potager/" rel="category tag">Potager</a></div>
</header>
<div class="post-thumbnail"><img width="1200" height="800" src="https://lejardindelodie.fr/wp-content/uploads/2025/03/semis-tomates.jpg" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="Plants de tomates en godets" /></div>
<div class="entry-content">
<p>Mars est le mois idéal pour lancer vos semis de tomates à l’intérieur, environ huit semaines avant la date des dernières gelées chez vous. Voici la méthode que j’utilise depuis dix ans, sans serre chauffée ni matériel coûteux.</p>
<h2>Le bon terreau et les bons contenants</h2>
<p>Utilisez un terreau spécial semis, fin et pauvre en engrais. Les godets de 7 cm conviennent très bien ; évitez les pots trop grands, où la terre reste humide trop longtemps et favorise la fonte des semis.</p>
<h2>Chaleur pour germer, lumière pour pousser</h2>
<p>Les graines de tomate germent entre 20 et 25 °C : le dessus d’un réfrigérateur ou un coin près d’un radiateur fait l’affaire. Dès que les premières pousses apparaissent, placez-les devant la fenêtre la plus lumineuse, ou sous une lampe LED à 10 cm, sinon elles fileront.</p>
<h2>Le repiquage</h2>
<p>Quand les plants ont deux vraies feuilles, repiquez-les en les enterrant jusqu’aux cotylédons. Cette astuce donne des tiges plus solides et un meilleur enracinement.</p>
</div>
<footer class="entry-footer"><span class="cat-links">Publié dans <a href="https://lejardindelodie.fr/category/potager/" rel="category tag">Potager</a></span><span class="tags-links">Étiquettes : <a href="/tag/semis/" rel="tag">semis</a>, <a href="/tag/tomates/" rel="tag">tomates</a></span></footer>
</article>
<nav class="navigation post-navigation" aria-label="Publications"><div class="nav-links"><div class="nav-previous"><a href="https://lejardindelodie.fr/tailler-rosiers-fevrier/" rel="prev">Tailler ses rosiers en février</a></div></div></nav>
<div id="comments" class="comments-area">
<h2 class="comments-title">2 réflexions sur &laquo;&nbsp;Comment réussir ses semis de tomates en intérieur&nbsp;&raquo;</h2>
<ol class="comment-list">
<li id="comment-311" class="comment even thread-even depth-1"><article id="div-comment-311" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Bernard</b> <span class="says">dit :</span></div><div class="comment-metadata"><a href="https://lejardindelodie.fr/semis-tomates-interieur/#comment-311"><time datetime="2025-03-12T09:14:33+01:00">12 mars 2025 à 9 h 14 min</time></a></div></footer><div class="comment-content"><p>Merci pour l’astuce des cotylédons, je ne connaissais pas !</p></div></article></li>
<li id="comment-315" class="comment odd alt thread-odd depth-1"><article id="div-comment-315" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Sylvie R.</b> <span class="says">dit :</span></div><div class="comment-metadata"><a href="https://lejardindelodie.fr/semis-tomates-interieur/#comment-315"><time datetime="2025-03-14T18:02:10+01:00">14 mars 2025 à 18 h 02 min</time></a></div></footer><div class="comment-content"><p>Et pour les poivrons, même méthode ?</p></div></article></li>
</ol>
</div>
</main>
</div>
<footer id="colophon" class="site-footer"><div class="site-info">© 2025 Le Jardin d&#039;Élodie — Fièrement propulsé par WordPress</div></footer>
</div>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 04 Portuguese (Portugal) daily: "Por A e B", "18 de março de 2025, 19:20".
#    og metas only.
# ---------------------------------------------------------------------------
add("pt_por_e_marco_text", "Custom CMS (Portuguese regional daily)",
    "https://www.correiodoalentejo.pt/sociedade/seca-alentejo-barragens-abaixo-30-por-cento",
    T("Seca no Alentejo: barragens abaixo dos 30% pelo segundo ano consecutivo", ["Inês Carvalho", "Tiago Matos"], "2025-03-18"),
    r'''<!DOCTYPE html>
<html lang="pt-PT">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Seca no Alentejo: barragens abaixo dos 30% pelo segundo ano consecutivo - Correio do Alentejo</title>
<meta name="description" content="Agricultores de Beja e Évora pedem apoio extraordinário para a rega. Governo promete decisão até ao fim do mês.">
<meta property="og:title" content="Seca no Alentejo: barragens abaixo dos 30% pelo segundo ano consecutivo">
<meta property="og:description" content="Agricultores de Beja e Évora pedem apoio extraordinário para a rega.">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Correio do Alentejo">
<meta property="og:url" content="https://www.correiodoalentejo.pt/sociedade/seca-alentejo-barragens-abaixo-30-por-cento">
</head>
<body>
<header class="topo"><a class="marca" href="/">Correio do Alentejo</a><nav><a href="/sociedade/">Sociedade</a> <a href="/economia/">Economia</a> <a href="/desporto/">Desporto</a> <a href="/cultura/">Cultura</a></nav></header>
<main class="conteudo">
<article class="artigo">
<span class="seccao"><a href="/sociedade/">Sociedade</a></span>
<h1 class="artigo-titulo">Seca no Alentejo: barragens abaixo dos 30% pelo segundo ano consecutivo</h1>
<p class="artigo-lead">Agricultores de Beja e Évora pedem apoio extraordinário para a rega. Governo promete decisão até ao fim do mês.</p>
<div class="artigo-info">
<div class="autores">Por <a href="/autor/ines-carvalho">Inês Carvalho</a> e <a href="/autor/tiago-matos">Tiago Matos</a></div>
<div class="data">18 de março de 2025, 19:20</div>
</div>
<figure><img src="/media/2025/03/barragem-alqueva.jpg" alt="Barragem com nível baixo"><figcaption>A albufeira do Monte da Rocha está a 14% da capacidade. Foto: Tiago Matos</figcaption></figure>
<div class="artigo-corpo">
<p>Pelo segundo ano consecutivo, a maioria das barragens do Alentejo chega ao fim do inverno abaixo dos 30% da capacidade, segundo os dados mais recentes do Sistema Nacional de Informação de Recursos Hídricos.</p>
<p>A situação é mais grave no Baixo Alentejo, onde a albufeira do Monte da Rocha não ultrapassa os 14%. Sem chuva significativa nas próximas semanas, várias associações de regantes admitem não conseguir garantir água para as culturas de verão.</p>
<p>“Já cortámos a área de milho para metade no ano passado. Este ano pode não haver milho nenhum”, diz um agricultor de Ferreira do Alentejo, que cultiva 120 hectares.</p>
<p>O Ministério da Agricultura garantiu que está a estudar um apoio extraordinário e que a decisão será conhecida até ao final de março.</p>
</div>
</article>
</main>
<footer class="rodape"><p>© 2025 Correio do Alentejo. Todos os direitos reservados.</p></footer>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 05 Brazilian regional portal: "Por A e B, de Curitiba", day-first numeric
#    date "05/03/2025 10h15 - Atualizado 06/03/2025 07h40". No metadata dates.
# ---------------------------------------------------------------------------
add("br_ddmm_por_e", "Custom CMS (Brazilian regional portal)",
    "https://www.paranaagora.com.br/cidades/chuva-forte-deixa-12-bairros-sem-energia-em-curitiba",
    T("Chuva forte deixa 12 bairros sem energia em Curitiba", ["Rafael Souza", "Mariana Lima"], "2025-03-05"),
    r'''<!DOCTYPE html>
<html lang="pt-BR">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Chuva forte deixa 12 bairros sem energia em Curitiba | Paraná Agora</title>
<meta name="description" content="Temporal com rajadas de 80 km/h derrubou árvores e deixou cerca de 40 mil imóveis sem luz.">
<meta property="og:title" content="Chuva forte deixa 12 bairros sem energia em Curitiba">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Paraná Agora">
<meta property="og:locale" content="pt_BR">
</head>
<body>
<div class="barra-topo"><a href="/" class="logo">Paraná Agora</a><ul class="menu"><li><a href="/cidades/">Cidades</a></li><li><a href="/politica/">Política</a></li><li><a href="/esportes/">Esportes</a></li><li><a href="/agro/">Agro</a></li></ul></div>
<div class="container">
<div class="materia">
<div class="chapeu">Temporal</div>
<h1 class="titulo">Chuva forte deixa 12 bairros sem energia em Curitiba</h1>
<h2 class="subtitulo">Temporal com rajadas de 80 km/h derrubou árvores e deixou cerca de 40 mil imóveis sem luz</h2>
<div class="materia-info">
<p class="autor">Por Rafael Souza e Mariana Lima, de Curitiba</p>
<p class="data">05/03/2025 10h15 <span class="atualizado">- Atualizado 06/03/2025 07h40</span></p>
</div>
<div class="materia-texto">
<p>Um temporal que atingiu Curitiba na madrugada desta quarta-feira deixou ao menos 12 bairros sem energia elétrica. Segundo a companhia de energia, cerca de 40 mil imóveis ficaram sem luz no pico da ocorrência, por volta das 4h.</p>
<p>A Defesa Civil registrou rajadas de vento de até 80 km/h na região sul da cidade. Foram 37 chamados para queda de árvores, a maioria sobre a rede elétrica, e duas casas tiveram o telhado parcialmente destruído no bairro Xaxim.</p>
<p>Até o fim da manhã, a energia havia sido restabelecida para cerca de 70% dos clientes afetados. A previsão é de que o serviço seja normalizado até a noite.</p>
<p>O Simepar mantém alerta para novas pancadas de chuva forte até sexta-feira em Curitiba e na região metropolitana.</p>
</div>
</div>
<div class="mais-lidas"><h3>Mais lidas</h3><ul><li><a href="/esportes/coxa-vence-classico">Coxa vence clássico e volta ao G4</a></li><li><a href="/agro/safra-soja-recorde">Safra de soja deve bater recorde no Paraná</a></li></ul></div>
</div>
<div class="rodape">Paraná Agora © 2025 - Todos os direitos reservados</div>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 06 Italian national daily (Corriere-like): "di A e B", "7 marzo 2025
#    (modifica l'8 marzo 2025 | 09:12)" on a <p class="is-last-update"> that
#    carries a (non-standard) datetime attribute.
# ---------------------------------------------------------------------------
add("it_di_e_modifica", "Custom CMS (Italian daily, Corriere-like)",
    "https://milano.gazzettameneghina.it/notizie/cronaca/25_marzo_07/milano-chiude-storica-libreria-corso-magenta-4f1a2b.shtml",
    T("Milano, chiude dopo novant'anni la storica libreria di corso Magenta", ["Giulia Bianchi", "Marco Rossi"], "2025-03-07"),
    r'''<!DOCTYPE html>
<html lang="it">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Milano, chiude dopo novant'anni la storica libreria di corso Magenta- Gazzetta Meneghina</title>
<meta name="description" content="La libreria Ferrante aveva aperto nel 1935. «Gli affitti sono triplicati, non ce la facciamo più»">
<meta property="og:title" content="Milano, chiude dopo novant'anni la storica libreria di corso Magenta">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Gazzetta Meneghina">
<meta name="section" content="cronaca">
</head>
<body class="body-article">
<header class="header-main"><a class="logo" href="https://milano.gazzettameneghina.it/">Gazzetta Meneghina Milano</a>
<nav class="nav-main"><a href="/notizie/cronaca/">Cronaca</a> <a href="/notizie/politica/">Politica</a> <a href="/notizie/cultura/">Cultura</a> <a href="/notizie/sport/">Sport</a></nav></header>
<main class="container-main">
<div class="content-article">
<h1 class="title-art">Milano, chiude dopo novant'anni la storica libreria di corso Magenta</h1>
<h2 class="summary-art">La libreria Ferrante aveva aperto nel 1935. La titolare: «Gli affitti sono triplicati, non ce la facciamo più»</h2>
<div class="info-art">
<div class="author-art">di <span class="writer"><a href="/firme/giulia-bianchi/">Giulia Bianchi</a> e <a href="/firme/marco-rossi/">Marco Rossi</a></span></div>
<p class="is-last-update" datetime="2025-03-07T20:48:39+0100">7 marzo 2025 (modifica l'8 marzo 2025 | 09:12)</p>
</div>
<div class="body-art">
<p class="chapter-paragraph">Dopo novant'anni la libreria Ferrante di corso Magenta abbasserà la saracinesca per l'ultima volta il 31 marzo. Ad annunciarlo, con un cartello scritto a mano sulla vetrina, è stata la titolare, nipote del fondatore che aprì il negozio nel 1935.</p>
<p class="chapter-paragraph">«Il nuovo contratto prevede un affitto tre volte più alto. Con i margini di una libreria indipendente è semplicemente impossibile», racconta. In negozio lavorano quattro persone, due delle quali da più di vent'anni.</p>
<p class="chapter-paragraph">La notizia ha fatto in poche ore il giro dei social. Decine di clienti si sono presentati in giornata per un ultimo acquisto, e un gruppo di residenti ha lanciato una raccolta firme per chiedere al Comune di intervenire.</p>
<p class="chapter-paragraph">L'assessora al Commercio ha fatto sapere che incontrerà la proprietà dell'immobile la prossima settimana, ma che «gli strumenti del Comune sui canoni privati sono limitati».</p>
</div>
</div>
<aside class="box-related"><h3>Leggi anche</h3><ul><li><a href="/notizie/cronaca/25_marzo_05/navigli-dehors-5e6f.shtml">Navigli, stretta sui dehors: nuove regole da aprile</a></li></ul></aside>
</main>
<footer class="footer-main"><p>Copyright 2025 © Gazzetta Meneghina. Tutti i diritti sono riservati.</p></footer>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 07 Dutch city paper: "Door X", "woensdag 12 maart 2025, 14:12". Text only.
# ---------------------------------------------------------------------------
add("nl_door_maart_text", "Custom CMS (Dutch city newspaper)",
    "https://www.utrechtsecourant.nl/stad/fietsparkeren-centraal-station-verdubbelen~a7c31e",
    T("Gemeente Utrecht wil fietsparkeren bij Centraal Station verdubbelen", ["Pieter de Vries"], "2025-03-12"),
    r'''<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Gemeente Utrecht wil fietsparkeren bij Centraal Station verdubbelen | Utrechtse Courant</title>
<meta name="description" content="Er komen tot 2030 nog eens 12.500 plekken bij, onder meer onder het Jaarbeursplein.">
<meta property="og:title" content="Gemeente Utrecht wil fietsparkeren bij Centraal Station verdubbelen">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Utrechtse Courant">
</head>
<body>
<header class="site-header"><a class="logo" href="/">Utrechtse Courant</a><nav><a href="/stad/">Stad</a> <a href="/regio/">Regio</a> <a href="/sport/">Sport</a> <a href="/cultuur/">Cultuur</a></nav></header>
<main>
<article class="article">
<header class="article__header">
<span class="article__label">Stad</span>
<h1 class="article__title">Gemeente Utrecht wil fietsparkeren bij Centraal Station verdubbelen</h1>
<div class="article-meta"><span class="article-meta__byline">Door <a href="/auteur/pieter-de-vries">Pieter de Vries</a></span> <span class="article-meta__date">woensdag 12 maart 2025, 14:12</span></div>
</header>
<p class="article__intro">Er komen tot 2030 nog eens 12.500 fietsparkeerplekken bij rond Utrecht Centraal, onder meer in een nieuwe stalling onder het Jaarbeursplein.</p>
<div class="article__body">
<p>Dat schrijft het college in een brief aan de gemeenteraad. De bestaande stallingen rond het station, waaronder de grootste fietsenstalling ter wereld aan het Stationsplein, zitten op drukke dagen al voor meer dan 95 procent vol.</p>
<p>„Als we niets doen, staan er over vijf jaar weer duizenden fietsen op straat”, zegt de wethouder Mobiliteit. De kosten worden geschat op 85 miljoen euro, waarvan de gemeente ongeveer de helft wil betalen. Voor de rest wordt gekeken naar het Rijk en ProRail.</p>
<p>De Fietsersbond is blij met de plannen, maar wil dat er ook meer ruimte komt voor bakfietsen en fietsen met een afwijkend formaat, die nu vaak niet in de rekken passen.</p>
<p>De gemeenteraad bespreekt het voorstel in april.</p>
</div>
</article>
<section class="related"><h2>Meer uit Stad</h2><ul><li><a href="/stad/maliebaan-fietsstraat~a7c2f0">Maliebaan wordt definitief fietsstraat</a></li><li><a href="/stad/tram-uithof-storing~a7c29b">Weer storing op tramlijn naar Utrecht Science Park</a></li></ul></section>
</main>
<footer><p>© 2025 Utrechtse Courant</p></footer>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 08 Hand-built static blog (Eleventy): "Posted Mar 3, 2025 by X" as plain text;
#    footer list of recent posts with their own dates. No metadata at all.
# ---------------------------------------------------------------------------
add("static_blog_mar3_text", "Eleventy static blog (no metadata)",
    "https://notesfromthebench.net/posts/flattening-a-workbench-top/",
    T("Flattening a Workbench Top Without a Jointer", ["Dana Kowalczyk"], "2025-03-03"),
    r'''<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Flattening a Workbench Top Without a Jointer — Notes from the Bench</title>
<meta name="description" content="Winding sticks, a jack plane, and a lot of patience.">
<link rel="stylesheet" href="/css/index.css">
<link rel="alternate" href="/feed.xml" type="application/atom+xml" title="Notes from the Bench">
</head>
<body>
<a href="#skip" class="visually-hidden">Skip to main content</a>
<header><a href="/" class="home-link">Notes from the Bench</a>
<nav><h2 class="visually-hidden">Top level navigation menu</h2><ul class="nav"><li class="nav-item"><a href="/">Home</a></li><li class="nav-item"><a href="/posts/">Archive</a></li><li class="nav-item"><a href="/about/">About</a></li></ul></nav></header>
<main id="skip">
<h1>Flattening a Workbench Top Without a Jointer</h1>
<p class="meta">Posted Mar 3, 2025 by Dana Kowalczyk</p>
<p>My new bench top is a glue-up of eleven strips of reclaimed maple, and after a winter in the garage it had developed a lovely propeller twist of about 3/16". No jointer, no planer big enough, no CNC router sled. Just hand planes.</p>
<h2>Find the high spots first</h2>
<p>Before taking a single shaving, I made a pair of winding sticks from scrap poplar and painted the far edge of one black. Sighting across them at both ends tells you which corners are high. Mark them in chalk; this is the map you'll work from for the next two evenings.</p>
<h2>Traverse, then diagonal, then with the grain</h2>
<p>With a jack plane set for a heavy cut and a cambered iron, work across the grain on the high corners only. Then switch to diagonal strokes in both directions, then finish with long strokes along the grain using a jointer plane set fine. Check with the winding sticks every few minutes.</p>
<p>It took me about five hours in total. The top is now flat to within the thickness of a business card over its full length, which is more than good enough for a bench.</p>
</main>
<footer>
<h2>Recent posts</h2>
<ul class="postlist">
<li class="postlist-item"><a href="/posts/sharpening-on-a-budget/" class="postlist-link">Sharpening on a Budget</a> <span class="postlist-date">Feb 21, 2025</span></li>
<li class="postlist-item"><a href="/posts/shop-heater-update/" class="postlist-link">Shop Heater Update</a> <span class="postlist-date">Feb 9, 2025</span></li>
</ul>
<p>© Dana Kowalczyk · Built with Eleventy</p>
</footer>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 09 Swiss business site: "Veröffentlicht am 04.02.2025" (day first) and a
#    credits line "Text: A, Fotos: B". og metas only.
# ---------------------------------------------------------------------------
add("ch_dotted_date_text_fotos", "Custom CMS (Swiss business news)",
    "https://www.limmat-online.ch/wirtschaft/zuercher-start-up-kaffeesatz-baumaterial-ld.2291844",
    T("Wie ein Zürcher Start-up Kaffeesatz zu Baumaterial verarbeitet", ["Lena Hoffmann"], "2025-02-04"),
    r'''<!DOCTYPE html>
<html lang="de-CH">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Wie ein Zürcher Start-up Kaffeesatz zu Baumaterial verarbeitet | Limmat Online</title>
<meta name="description" content="Aus 40 Tonnen Kaffeesatz pro Monat werden Dämmplatten. Grossverteiler zeigen Interesse.">
<meta property="og:title" content="Wie ein Zürcher Start-up Kaffeesatz zu Baumaterial verarbeitet">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Limmat Online">
</head>
<body>
<header class="masthead"><a href="/" class="masthead__logo">Limmat Online</a><nav class="masthead__nav"><a href="/zuerich/">Zürich</a> <a href="/wirtschaft/">Wirtschaft</a> <a href="/kultur/">Kultur</a> <a href="/sport/">Sport</a></nav></header>
<main>
<article class="story">
<div class="story__head">
<span class="story__rubrik">Kreislaufwirtschaft</span>
<h1 class="story__title">Wie ein Zürcher Start-up Kaffeesatz zu Baumaterial verarbeitet</h1>
<p class="story__lead">Aus 40 Tonnen Kaffeesatz pro Monat werden in Altstetten Dämmplatten. Erste Grossverteiler zeigen Interesse.</p>
<div class="story__meta"><span class="story__date">Veröffentlicht am 04.02.2025</span> <span class="story__readtime">5 Min. Lesezeit</span></div>
</div>
<figure class="story__image"><img src="/img/2025/kaffeesatz-platten.jpg" alt="Dämmplatten aus Kaffeesatz"><figcaption>Die Platten bestehen zu 70 Prozent aus Kaffeesatz.</figcaption></figure>
<p class="story__credits">Text: Lena Hoffmann, Fotos: Max Bauer</p>
<div class="story__body">
<p>In einer ehemaligen Druckerei in Zürich-Altstetten riecht es nach Espresso. Hier trocknet das Start-up Restbohne jeden Monat rund 40 Tonnen Kaffeesatz, den es bei Cafés, Kantinen und Bürogebäuden in der Stadt einsammelt.</p>
<p>Vermischt mit einem Bindemittel auf Pflanzenbasis wird daraus eine Dämmplatte, die nach Angaben der Gründer ähnlich gut isoliert wie Holzfaser – und deutlich weniger Energie in der Herstellung braucht.</p>
<p>Noch ist die Produktion klein. Doch zwei Schweizer Baumärkte testen die Platten seit Januar in ausgewählten Filialen, und ein Generalunternehmer will sie in einer Wohnüberbauung in Winterthur einsetzen.</p>
<p>Die grösste Herausforderung sei die Logistik, sagt die Mitgründerin: «Kaffeesatz ist nass, schwer und schimmelt schnell. Wir müssen ihn innerhalb von 48 Stunden trocknen.»</p>
</div>
</article>
</main>
<footer class="footer"><p>© 2025 Limmat Online AG</p></footer>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 10 Japanese regional paper: date "2025/03/24 18:05" as text; the reporter's
#    name in parentheses at the end of the story, as Japanese papers do.
# ---------------------------------------------------------------------------
add("jp_slash_date_end_byline", "Custom CMS (Japanese regional newspaper)",
    "https://www.minato-shimpo.jp/articles/20250324-sakura-kaika",
    T("県内の桜、平年より5日早く開花　気象台が発表", ["佐藤健一"], "2025-03-24"),
    r'''<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>県内の桜、平年より5日早く開花　気象台が発表｜みなと新報</title>
<meta name="description" content="地方気象台は24日、標本木のソメイヨシノが開花したと発表した。平年より5日、昨年より3日早い。">
<meta property="og:title" content="県内の桜、平年より5日早く開花　気象台が発表">
<meta property="og:type" content="article">
<meta property="og:site_name" content="みなと新報">
</head>
<body>
<header class="header"><a href="/" class="header-logo">みなと新報</a>
<nav class="gnav"><ul><li><a href="/news/">ニュース</a></li><li><a href="/sports/">スポーツ</a></li><li><a href="/life/">くらし</a></li><li><a href="/opinion/">社説・コラム</a></li></ul></nav></header>
<main class="main">
<article class="article">
<h1 class="article-title">県内の桜、平年より5日早く開花　気象台が発表</h1>
<p class="article-date">2025/03/24 18:05</p>
<figure><img src="/images/2025/0324sakura.jpg" alt="開花したソメイヨシノ"><figcaption>開花した標本木のソメイヨシノ＝24日午後、市内</figcaption></figure>
<div class="article-body">
<p>地方気象台は24日、市内の公園にある標本木のソメイヨシノが開花したと発表した。平年より5日、昨年より3日早い開花となった。</p>
<p>気象台によると、3月中旬以降に気温の高い日が続いたことが影響したとみられる。満開は1週間から10日後になる見込み。</p>
<p>公園では午後、職員が標本木の枝に5輪以上の花が咲いているのを確認した。訪れた市民らはスマートフォンを向け、春の訪れを喜んでいた。近くに住む70代の女性は「今年は早いですね。週末にまた見に来たい」と話していた。</p>
<p>（佐藤健一）</p>
</div>
</article>
<aside class="ranking"><h2>アクセスランキング</h2><ol><li><a href="/articles/20250323-koukou-yakyu">センバツ、県勢が初戦突破</a></li><li><a href="/articles/20250322-basu-rosen">路線バス、4月から減便へ</a></li></ol></aside>
</main>
<footer class="footer"><small>Copyright © みなと新報社 All rights reserved.</small></footer>
</body>
</html>''')

# ---------------------------------------------------------------------------
# 11 Next.js news site: visible date is relative ("3 hours ago", rendered at
#    request time); real date only in the NewsArticle JSON-LD.
# ---------------------------------------------------------------------------
add("nextjs_relative_hours_jsonld", "Next.js news site (JSON-LD)",
    "https://www.metroledger.com/news/city-council-delays-stadium-subsidy-vote",
    T("City Council Delays Vote on Downtown Stadium Subsidy", ["Marcus Bell", "Hannah Yoon"], "2025-03-03"),
    r'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charSet="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>City Council Delays Vote on Downtown Stadium Subsidy | The Metro Ledger</title>
<meta name="description" content="Council members said they needed more time to review an independent analysis of the $410 million proposal."/>
<meta property="og:title" content="City Council Delays Vote on Downtown Stadium Subsidy"/>
<meta property="og:type" content="article"/>
<meta property="og:site_name" content="The Metro Ledger"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"City Council Delays Vote on Downtown Stadium Subsidy","datePublished":"2025-03-03T09:14:00-05:00","dateModified":"2025-03-03T11:02:00-05:00","author":[{"@type":"Person","name":"Marcus Bell","url":"https://www.metroledger.com/staff/marcus-bell"},{"@type":"Person","name":"Hannah Yoon","url":"https://www.metroledger.com/staff/hannah-yoon"}],"publisher":{"@type":"NewsMediaOrganization","name":"The Metro Ledger","logo":{"@type":"ImageObject","url":"https://www.metroledger.com/logo.png"}},"mainEntityOfPage":"https://www.metroledger.com/news/city-council-delays-stadium-subsidy-vote"}</script>
<link rel="preload" href="/_next/static/css/3f2a1b.css" as="style"/>
</head>
<body>
<div id="__next">
<header class="Header_root__x1"><a class="Header_logo__a2" href="/">The Metro Ledger</a><nav class="Header_nav__b3"><a href="/news">News</a><a href="/politics">Politics</a><a href="/sports">Sports</a><a href="/opinion">Opinion</a></nav></header>
<main class="Article_main__k9">
<article>
<div class="Article_section__c4"><a href="/news/city-hall">City Hall</a></div>
<h1 class="Article_headline__d5">City Council Delays Vote on Downtown Stadium Subsidy</h1>
<p class="Article_dek__e6">Council members said they needed more time to review an independent analysis of the $410 million proposal.</p>
<div class="Byline_root__f7"><span>By <a href="/staff/marcus-bell">Marcus Bell</a> and <a href="/staff/hannah-yoon">Hannah Yoon</a></span><span class="Byline_time__g8">Published 3 hours ago</span></div>
<div class="Article_body__h9">
<p>The City Council on Monday postponed a vote on a $410 million public subsidy for a proposed downtown stadium, saying members needed more time to study an independent analysis released late last week.</p>
<p>The analysis, commissioned by the council's budget office, found that projected tax revenue from the district would cover roughly 60 percent of the debt payments over 30 years, well short of the team's estimate.</p>
<p>"Nobody on this council wants to be the one who lost the team," said one council member. "But nobody wants to hand over a blank check either."</p>
<p>The vote is now expected at the council's April 7 meeting.</p>
</div>
</article>
<aside class="MostRead_root__i1"><h2>Most Read</h2><ol><li><a href="/news/bridge-closure-weekend">Bridge closure set for weekend</a></li><li><a href="/sports/spring-training-notes">Spring training notes</a></li></ol></aside>
</main>
<footer class="Footer_root__j2">© 2025 The Metro Ledger</footer>
</div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"slug":"city-council-delays-stadium-subsidy-vote","section":"news"}},"page":"/news/[slug]","buildId":"a1b2c3"}</script>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 12 Classic WordPress theme (no SEO plugin): <time class="entry-date"> with no
#    datetime attribute; "Posted by <a rel=author>"; comment <time>s with
#    datetime attributes follow.
# ---------------------------------------------------------------------------
add("wp_time_no_datetime_relauthor", "WordPress (classic theme, no SEO plugin)",
    "https://riverbendflyjournal.com/winter-midge-patterns-bow-river/",
    T("Winter Midge Patterns That Actually Work on the Bow", ["Greg Hollis"], "2025-01-19"),
    r'''<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8" />
<title>Winter Midge Patterns That Actually Work on the Bow | Riverbend Fly Journal</title>
<link rel="profile" href="https://gmpg.org/xfn/11" />
<link rel="stylesheet" type="text/css" media="all" href="https://riverbendflyjournal.com/wp-content/themes/riverbend/style.css" />
<link rel="pingback" href="https://riverbendflyjournal.com/xmlrpc.php" />
<link rel="canonical" href="https://riverbendflyjournal.com/winter-midge-patterns-bow-river/" />
<meta name="generator" content="WordPress 6.4.3" />
</head>
<body class="single single-post postid-2210">
<div id="wrapper">
<div id="header"><div id="blog-title"><a href="https://riverbendflyjournal.com/" title="Riverbend Fly Journal" rel="home">Riverbend Fly Journal</a></div><div id="blog-description">Notes from the Bow, the Elbow and the Crowsnest</div></div>
<div id="access"><ul class="menu"><li><a href="/">Home</a></li><li><a href="/fly-patterns/">Fly Patterns</a></li><li><a href="/river-reports/">River Reports</a></li><li><a href="/about/">About</a></li></ul></div>
<div id="container"><div id="content">
<div id="post-2210" class="post-2210 post type-post status-publish format-standard hentry category-fly-patterns">
<h2 class="entry-title">Winter Midge Patterns That Actually Work on the Bow</h2>
<div class="entry-meta">Posted by <a href="https://riverbendflyjournal.com/author/greg/" title="Posts by Greg Hollis" rel="author">Greg Hollis</a> on <time class="entry-date">January 19, 2025</time></div>
<div class="entry-content">
<p>From December through March, when the Bow drops to its winter flows and the water runs gin-clear, midges are the only consistent game in town. Here are the four patterns that have earned a permanent spot in my winter box.</p>
<p><strong>1. Zebra Midge, size 20.</strong> Black thread, silver wire, silver bead. Fished as the dropper under a small indicator, it accounts for more winter fish than everything else combined.</p>
<p><strong>2. Griffith's Gnat, size 18.</strong> When fish are sipping clusters in the slow water below the Highway 22X bridge, this is the dry to tie on.</p>
<p><strong>3. Brassie, size 18–22.</strong> Copper wire and a peacock herl head. Heavier than a zebra, so it gets down fast in the deeper runs.</p>
<p><strong>4. Top Secret Midge, size 22.</strong> An emerger that sits in the film. Hard to see, but deadly on the flats at midday.</p>
<p>Fish slow, fish small tippet, and take breaks in the truck to warm your hands.</p>
</div>
<div class="entry-utility">Posted in <a href="https://riverbendflyjournal.com/fly-patterns/" rel="category tag">Fly Patterns</a>. Bookmark the <a href="https://riverbendflyjournal.com/winter-midge-patterns-bow-river/" rel="bookmark">permalink</a>.</div>
</div>
<div id="comments">
<h3 id="comments-title">2 Responses to <em>Winter Midge Patterns That Actually Work on the Bow</em></h3>
<ol class="commentlist">
<li class="comment even thread-even depth-1" id="li-comment-5121"><div id="comment-5121"><div class="comment-author vcard"><cite class="fn"><a href="https://stupennockoutdoors.ca" rel="external nofollow ugc" class="url">Stu Pennock</a></cite> <span class="says">says:</span></div><div class="comment-meta commentmetadata"><a href="https://riverbendflyjournal.com/winter-midge-patterns-bow-river/#comment-5121"><time datetime="2025-01-20T07:41:12-07:00">January 20, 2025 at 7:41 am</time></a></div><div class="comment-body"><p>The zebra under a thingamabobber is money below Fish Creek too.</p></div></div></li>
<li class="comment odd alt thread-odd depth-1" id="li-comment-5130"><div id="comment-5130"><div class="comment-author vcard"><cite class="fn">Leah M.</cite> <span class="says">says:</span></div><div class="comment-meta commentmetadata"><a href="https://riverbendflyjournal.com/winter-midge-patterns-bow-river/#comment-5130"><time datetime="2025-01-22T19:03:55-07:00">January 22, 2025 at 7:03 pm</time></a></div><div class="comment-body"><p>What tippet size are you running for the Top Secret?</p></div></div></li>
</ol>
</div>
</div></div>
<div id="primary" class="widget-area"><ul class="xoxo"><li class="widget-container widget_recent_entries"><h3 class="widget-title">Recent Posts</h3><ul><li><a href="/january-river-report/">January River Report</a></li><li><a href="/tying-the-perfect-zebra/">Tying the Perfect Zebra</a></li></ul></li></ul></div>
<div id="footer"><div id="site-info">© 2025 Riverbend Fly Journal</div></div>
</div>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 13 Evergreen travel blog (WordPress, dates removed from the template, no SEO
#    plugin): the only date is in the permalink /2024/11/08/. No top byline;
#    the author appears only in a Simple Author Box at the end.
# ---------------------------------------------------------------------------
add("wp_url_date_only_authorbox_end", "WordPress/Astra (dates hidden) + Simple Author Box",
    "https://budgetnomadnotes.com/2024/11/08/lisbon-airport-to-city-center-cheap/",
    T("How to Get From Lisbon Airport to the City Center for Under €5", ["Priya Raman"], "2024-11-08"),
    r'''<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>How to Get From Lisbon Airport to the City Center for Under €5 &#8211; Budget Nomad Notes</title>
<meta name='robots' content='max-image-preview:large' />
<link rel='stylesheet' id='astra-theme-css-css' href='https://budgetnomadnotes.com/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4' media='all' />
<link rel='stylesheet' id='sab-font-css' href='https://budgetnomadnotes.com/wp-content/plugins/simple-author-box/assets/css/simple-author-box.min.css?ver=2.52' media='all' />
<link rel="canonical" href="https://budgetnomadnotes.com/2024/11/08/lisbon-airport-to-city-center-cheap/" />
<link rel='shortlink' href='https://budgetnomadnotes.com/?p=3382' />
</head>
<body class="post-template-default single single-post postid-3382 single-format-standard ast-single-post ast-inherit-site-logo-transparent ast-right-sidebar astra-4.6.4">
<div class="hfeed site" id="page">
<header class="site-header ast-primary-submenu-animation-fade header-main-layout-1" id="masthead"><div class="site-branding"><span class="site-title"><a href="https://budgetnomadnotes.com/" rel="home">Budget Nomad Notes</a></span></div>
<nav class="main-header-bar-navigation"><ul id="primary-menu" class="main-header-menu"><li class="menu-item"><a href="/europe/" class="menu-link">Europe</a></li><li class="menu-item"><a href="/asia/" class="menu-link">Asia</a></li><li class="menu-item"><a href="/budget-tips/" class="menu-link">Budget Tips</a></li></ul></nav></header>
<div id="content" class="site-content"><div class="ast-container">
<div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-3382 post type-post status-publish format-standard has-post-thumbnail hentry category-europe tag-lisbon ast-article-single" id="post-3382">
<div class="ast-post-format- single-layout-1">
<header class="entry-header"><h1 class="entry-title" itemprop="headline">How to Get From Lisbon Airport to the City Center for Under €5</h1></header>
<div class="entry-content clear">
<p>Lisbon's Humberto Delgado airport is one of the closest major airports to its city center in Europe, and you do not need a taxi or a €20 transfer to get downtown. Here are the three cheap options, with current prices.</p>
<h2>1. The Metro (red line) — €1.85</h2>
<p>The airport station is at the end of the red line. Buy a rechargeable Navegante card (€0.50) at the machines and load a single trip. Change at Alameda for the green line to Baixa-Chiado. The whole trip takes about 25 minutes.</p>
<h2>2. Carris city buses — €2.15 on board</h2>
<p>Buses 744 and 783 stop outside Arrivals. They are cheaper with a loaded Navegante card, but luggage space is limited at rush hour.</p>
<h2>3. Walk to the Aerobus? Skip it</h2>
<p>The Aerobus is convenient but costs several times more than the metro. Unless you arrive after the metro closes at 1 a.m., the metro wins.</p>
<p><strong>Tip:</strong> if you are staying more than a few days, load "zapping" credit instead of single tickets; it works out cheaper per ride.</p>
</div>
<div class="saboxplugin-wrap" itemtype="http://schema.org/Person" itemscope itemprop="author"><div class="saboxplugin-tab"><div class="saboxplugin-gravatar"><img src="https://budgetnomadnotes.com/wp-content/uploads/2023/04/priya-150x150.jpg" width="100" height="100" alt="Priya Raman" itemprop="image"></div><div class="saboxplugin-authorname"><a href="https://budgetnomadnotes.com/author/priya/" class="vcard author" rel="author"><span class="fn">Priya Raman</span></a></div><div class="saboxplugin-desc"><div itemprop="description"><p>Priya has been travelling on a shoestring since 2016 and has visited 61 countries without ever paying for an airport taxi. She lives in Porto.</p></div></div><div class="clearfix"></div></div></div>
</div>
</article>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a href="https://budgetnomadnotes.com/2024/10/21/porto-free-walking-tours/" rel="prev"><span class="ast-left-arrow">&larr;</span> Previous Post</a></div></div></nav>
</main></div>
<div class="widget-area secondary" id="secondary"><div class="sidebar-main"><aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="https://budgetnomadnotes.com/"><input type="search" class="search-field" placeholder="Search &hellip;" name="s" /></form></aside></div></div>
</div></div>
<footer class="site-footer" id="colophon"><div class="ast-small-footer"><div class="ast-footer-copyright"><p>Copyright &copy; 2025 Budget Nomad Notes</p></div></div></footer>
</div>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 14 Indian daily: published 01:15 IST (+05:30) = 19:45 UTC the previous day.
#    "Arjun Mehta / TNN / Mar 4, 2025, 01:15 IST".
# ---------------------------------------------------------------------------
add("in_ist_offset_crosses_midnight", "Custom CMS (Indian daily)",
    "https://www.deccancourier.in/city/bengaluru/metro-phase-3-elevated-stretch-trial-runs-june/articleshow/118702214.cms",
    T("Metro Phase 3: Elevated stretch to open for trial runs by June", ["Arjun Mehta"], "2025-03-04"),
    r'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Metro Phase 3: Elevated stretch to open for trial runs by June | Bengaluru News - The Deccan Courier</title>
<meta name="description" content="BMRCL says civil work on the 12-km elevated section is 85% complete.">
<meta property="og:title" content="Metro Phase 3: Elevated stretch to open for trial runs by June">
<meta property="og:type" content="article">
<meta property="og:site_name" content="The Deccan Courier">
<meta property="article:published_time" content="2025-03-04T01:15:00+05:30">
<meta property="article:modified_time" content="2025-03-04T01:15:00+05:30">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","mainEntityOfPage":{"@type":"WebPage","@id":"https://www.deccancourier.in/city/bengaluru/metro-phase-3-elevated-stretch-trial-runs-june/articleshow/118702214.cms"},"headline":"Metro Phase 3: Elevated stretch to open for trial runs by June","datePublished":"2025-03-04T01:15:00+05:30","dateModified":"2025-03-04T01:15:00+05:30","author":[{"@type":"Person","name":"Arjun Mehta","url":"https://www.deccancourier.in/toireporter/author-arjun-mehta-47921.cms"}],"publisher":{"@type":"NewsMediaOrganization","name":"The Deccan Courier","logo":{"@type":"ImageObject","url":"https://www.deccancourier.in/photo/logo.cms"}},"articleSection":"Bengaluru News","inLanguage":"en"}</script>
</head>
<body>
<div class="topnav"><a href="/" class="logo">The Deccan Courier</a><ul><li><a href="/city/">City</a></li><li><a href="/india/">India</a></li><li><a href="/business/">Business</a></li><li><a href="/sports/">Sports</a></li></ul></div>
<div class="breadcrumb"><a href="/">News</a> › <a href="/city/">City News</a> › <a href="/city/bengaluru/">Bengaluru News</a> › Metro Phase 3: Elevated stretch to open for trial runs by June</div>
<div class="article_wrap">
<h1 class="HNMDR"><span>Metro Phase 3: Elevated stretch to open for trial runs by June</span></h1>
<div class="xf8Pm byline"><span class="auth"><a href="/toireporter/author-arjun-mehta-47921.cms">Arjun Mehta</a> / TNN</span> / <span class="time">Mar 4, 2025, 01:15 IST</span></div>
<div class="_s30J clearfix">
<p>BENGALURU: The Bangalore Metro Rail Corporation Limited (BMRCL) expects to begin trial runs on the 12-km elevated stretch of Phase 3 by June, with civil work now 85% complete, officials said.</p>
<p>The section, which runs along the Outer Ring Road West, will have nine stations. Viaduct work is finished on most of the route, and track-laying has begun between two of the stations.</p>
<p>"We are on schedule for the elevated portion. The depot is the only area where we are behind," a senior BMRCL official said, adding that land acquisition for the depot was completed only in January.</p>
<p>Commuter groups have welcomed the progress but say last-mile connectivity, especially feeder buses, needs equal attention.</p>
</div>
</div>
<div class="footer">Copyright © 2025 The Deccan Courier. All rights reserved.</div>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 15 Drupal 10 city news with Scheduler: Metatag's article:published_time is
#    [node:published_at]; the Schema.org Metatag datePublished is
#    [node:created] (draft created a week earlier) and the schema author is the
#    Drupal username. Visible "Published March 3, 2025".
# ---------------------------------------------------------------------------
add("drupal_created_vs_published", "Drupal 10 (Metatag + Schema.org Metatag + Scheduler)",
    "https://www.alderfallswa.gov/news/alder-falls-opens-applications-small-business-facade-grants",
    T("Alder Falls Opens Applications for Small Business Façade Grants", ["Renee Caldwell"], "2025-03-03"),
    r'''<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8" />
<meta name="description" content="Downtown property owners and tenants can apply for matching grants of up to $15,000 for storefront improvements." />
<link rel="canonical" href="https://www.alderfallswa.gov/news/alder-falls-opens-applications-small-business-facade-grants" />
<meta property="og:site_name" content="City of Alder Falls" />
<meta property="og:type" content="article" />
<meta property="og:title" content="Alder Falls Opens Applications for Small Business Façade Grants" />
<meta property="article:published_time" content="2025-03-03T07:00:00-0800" />
<meta property="article:modified_time" content="2025-03-03T07:04:51-0800" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<script type="application/ld+json">{
    "@context": "https://schema.org",
    "@graph": [
        {
            "@type": "NewsArticle",
            "headline": "Alder Falls Opens Applications for Small Business Façade Grants",
            "datePublished": "2025-02-24T16:03:11-0800",
            "dateModified": "2025-03-03T07:04:51-0800",
            "author": {
                "@type": "Person",
                "name": "rcaldwell"
            },
            "publisher": {
                "@type": "GovernmentOrganization",
                "name": "City of Alder Falls"
            }
        }
    ]
}</script>
<title>Alder Falls Opens Applications for Small Business Façade Grants | City of Alder Falls</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xk2p.css" />
</head>
<body class="path-node page-node-type-news">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<header role="banner" class="site-header"><a href="/" rel="home" class="site-logo"><img src="/themes/custom/alderfalls/logo.svg" alt="Home" /></a><div class="site-name">City of Alder Falls</div>
<nav role="navigation" aria-labelledby="block-mainnavigation-menu"><h2 class="visually-hidden" id="block-mainnavigation-menu">Main navigation</h2><ul class="menu"><li><a href="/residents">Residents</a></li><li><a href="/business">Business</a></li><li><a href="/government">Government</a></li><li><a href="/news">News</a></li></ul></nav></header>
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="region region-content">
<article data-history-node-id="1842" class="node node--type-news node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">Alder Falls Opens Applications for Small Business Façade Grants</span></h1>
<div class="node__meta"><div class="field field--name-field-byline field--type-string field--label-hidden field__item">By Renee Caldwell, Communications Office</div><div class="news-date">Published March 3, 2025</div></div>
<div class="node__content">
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
<p>The City of Alder Falls is now accepting applications for its Storefront Improvement Grant program, which offers matching grants of up to $15,000 to downtown property owners and business tenants.</p>
<p>Eligible projects include new signage, exterior lighting, awnings, window replacement, painting and accessibility improvements at the entrance. Interior work is not eligible.</p>
<p>The city has set aside $180,000 for this round. Applications will be reviewed by the Downtown Advisory Board, and awards are expected in May.</p>
<p>An information session will be held at City Hall on March 12 at 6 p.m. Applications are due April 4.</p>
</div>
</div>
</article>
</div>
</main>
<footer role="contentinfo" class="site-footer"><p>City of Alder Falls · 210 Main Street · Alder Falls, WA</p></footer>
</div>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 16 Tech how-to site, custom CMS: "Last updated: March 12, 2025" printed
#    first, "Published: February 20, 2025" second. No metadata dates.
# ---------------------------------------------------------------------------
add("howto_lastupdated_before_published", "Custom CMS (tech how-to site)",
    "https://www.pixelandport.com/guides/move-authenticator-app-new-phone",
    T("How to Move Your Authenticator App to a New Phone Without Getting Locked Out", ["Owen Fairbanks"], "2025-02-20"),
    r'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>How to Move Your Authenticator App to a New Phone Without Getting Locked Out - Pixel &amp; Port</title>
<meta name="description" content="Step-by-step instructions for Google Authenticator, Microsoft Authenticator and Authy.">
<meta property="og:title" content="How to Move Your Authenticator App to a New Phone Without Getting Locked Out">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Pixel &amp; Port">
</head>
<body>
<header class="site-nav"><a class="brand" href="/">Pixel &amp; Port</a><ul><li><a href="/guides/">Guides</a></li><li><a href="/reviews/">Reviews</a></li><li><a href="/deals/">Deals</a></li></ul></header>
<div class="page">
<main class="guide">
<nav class="crumbs"><a href="/guides/">Guides</a> / <a href="/guides/security/">Security</a></nav>
<h1>How to Move Your Authenticator App to a New Phone Without Getting Locked Out</h1>
<div class="guide-meta">
<div class="guide-meta__author"><img src="/img/authors/owen-fairbanks.jpg" alt="" width="40" height="40"> by <a href="/authors/owen-fairbanks">Owen Fairbanks</a></div>
<div class="guide-meta__dates"><span>Last updated: March 12, 2025</span> | <span>Published: February 20, 2025</span></div>
</div>
<div class="guide-body">
<p>Switching phones is the most common way people lose access to two-factor codes. The good news is that every major authenticator app now has a transfer or backup option. The bad news is that none of them work the same way.</p>
<h2>Before you start</h2>
<p>Keep your old phone. Do not wipe it or trade it in until you have logged in to every important account with the codes on the new phone.</p>
<h2>Google Authenticator</h2>
<p>On the old phone, tap the menu, choose <em>Transfer accounts</em>, then <em>Export accounts</em>. Select the accounts and scan the QR code it shows with Google Authenticator on the new phone. If you have signed in with a Google account, your codes may already be synced.</p>
<h2>Microsoft Authenticator</h2>
<p>Turn on cloud backup in Settings on the old phone. On the new phone, install the app, sign in with the same Microsoft account and choose <em>Begin recovery</em>.</p>
<h2>Authy</h2>
<p>Authy syncs automatically if backups are enabled. Install it on the new phone, verify your phone number and enter your backup password.</p>
</div>
</main>
<aside class="sidebar"><h3>Popular guides</h3><ul><li><a href="/guides/free-up-iphone-storage">Free up iPhone storage</a></li><li><a href="/guides/best-password-managers">Best password managers</a></li></ul></aside>
</div>
<footer class="site-footer">© 2025 Pixel &amp; Port Media</footer>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 17 Nonprofit newsroom feature: JSON-LD carries only dateModified; the top
#    shows "Updated March 10, 2025"; an end note says "This article was
#    originally published on March 3, 2025." The h1 has a <br>.
# ---------------------------------------------------------------------------
add("feature_updated_top_original_footer", "Custom CMS (nonprofit newsroom)",
    "https://www.prairiewatchnews.org/features/ten-years-after-the-flood-river-town-rebuilds",
    T("Ten Years After the Flood, a River Town Rebuilds", ["Cora Lindgren"], "2025-03-03"),
    r'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ten Years After the Flood, a River Town Rebuilds — Prairie Watch</title>
<meta name="description" content="Wendell Falls lost a third of its homes in 2015. A decade later, it is smaller, higher and still arguing about the levee.">
<meta property="og:title" content="Ten Years After the Flood, a River Town Rebuilds">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Prairie Watch">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Ten Years After the Flood, a River Town Rebuilds","dateModified":"2025-03-10T15:30:00-06:00","author":{"@type":"Person","name":"Cora Lindgren"},"publisher":{"@type":"Organization","name":"Prairie Watch"}}</script>
</head>
<body class="template-feature">
<header class="masthead"><a href="/" class="masthead-logo">Prairie Watch</a><nav><a href="/news/">News</a> <a href="/features/">Features</a> <a href="/donate/">Donate</a></nav></header>
<main>
<article class="feature">
<div class="feature-hero"><img src="/media/wendell-falls-main-street.jpg" alt="Main Street in Wendell Falls"></div>
<h1 class="feature-title">Ten Years After the Flood,<br>a River Town Rebuilds</h1>
<p class="feature-dek">Wendell Falls lost a third of its homes in 2015. A decade later, it is smaller, higher and still arguing about the levee.</p>
<p class="feature-byline">By <a href="/staff/cora-lindgren/">Cora Lindgren</a></p>
<p class="feature-date">Updated March 10, 2025</p>
<div class="feature-body">
<p>The water mark is still there on the side of the grain elevator, a brown line at about the height of a basketball hoop. Nobody in Wendell Falls has painted over it, and nobody seems to want to.</p>
<p>In June 2015 the Cottonwood River rose 11 feet in two days and stayed there for almost three weeks. Of the town's 640 houses, 214 were destroyed or later bought out and demolished. The school, the clinic and the only grocery store all closed.</p>
<p>Today the town has about 1,100 residents, down from 1,600. The new school sits on a hill east of the old downtown. The grocery store reopened in 2019 as a cooperative. And the question that has divided the town for a decade — whether to build a permanent levee or keep retreating from the river — is on the ballot again this spring.</p>
<p>"We are not the same town," said the mayor, who lost her own house in the flood. "Some days I think that's a good thing."</p>
<p><em>Correction, March 10, 2025: An earlier version of this story misstated the number of homes bought out after the flood.</em></p>
<p class="pubnote"><em>This article was originally published on March 3, 2025.</em></p>
</div>
</article>
</main>
<footer class="site-footer"><p>Prairie Watch is a nonprofit newsroom. © 2025</p></footer>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 18 Knowledge-base article: JSON-LD has dateModified only; the page shows
#    only "Last updated March 7, 2025" (the only date on the page).
# ---------------------------------------------------------------------------
add("datemodified_only_kb", "Custom CMS (home/DIY knowledge base)",
    "https://www.homesteadhub.com/guides/generator-size-for-well-pump",
    T("What Size Generator Do I Need to Run a Well Pump?", ["Wade Mercer"], "2025-03-07"),
    r'''<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>What Size Generator Do I Need to Run a Well Pump? | Homestead Hub</title>
<meta name="description" content="A 1/2 HP pump needs about 2,000 starting watts; a 1 HP pump closer to 4,000. Here's how to size it.">
<meta property="og:title" content="What Size Generator Do I Need to Run a Well Pump?">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Homestead Hub">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"What Size Generator Do I Need to Run a Well Pump?","dateModified":"2025-03-07T10:22:00-06:00","author":{"@type":"Person","name":"Wade Mercer","jobTitle":"Licensed Electrician"},"publisher":{"@type":"Organization","name":"Homestead Hub"}}</script>
</head>
<body>
<header class="hdr"><a class="hdr-logo" href="/">Homestead Hub</a><nav class="hdr-nav"><a href="/guides/">Guides</a> <a href="/power/">Power</a> <a href="/water/">Water</a> <a href="/tools/">Tools</a></nav></header>
<main class="kb">
<h1>What Size Generator Do I Need to Run a Well Pump?</h1>
<div class="kb-meta"><p class="kb-updated">Last updated March 7, 2025</p><p class="kb-author">Written by <a href="/authors/wade-mercer">Wade Mercer</a>, Licensed Electrician</p></div>
<div class="kb-body">
<p>Well pumps are one of the hardest loads to start on a portable generator, because the motor draws two to three times its running current for the first second or so. Size the generator for that starting surge, not the running watts.</p>
<h2>Quick sizing table</h2>
<table><thead><tr><th>Pump size</th><th>Running watts</th><th>Starting watts</th></tr></thead><tbody><tr><td>1/2 HP</td><td>1,000</td><td>2,100</td></tr><tr><td>3/4 HP</td><td>1,500</td><td>3,000</td></tr><tr><td>1 HP</td><td>2,000</td><td>4,000</td></tr></tbody></table>
<h2>240-volt pumps</h2>
<p>Most deep-well submersible pumps run on 240 volts. Make sure the generator has a 240-volt outlet (usually an L14-30) and that you connect through a transfer switch or interlock, never a "suicide cord."</p>
<h2>Add the rest of the house</h2>
<p>If you also want to run a refrigerator and a few lights, add their running watts to the pump's starting watts. For most homes with a 1 HP pump, a 7,500-watt generator is the practical minimum.</p>
</div>
</main>
<footer class="ftr">© Homestead Hub</footer>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 19 Legacy newspaper CMS: <meta name="pubdate" content="20250314"> and an
#    NYT-era <meta name="byl">; visible US numeric "3/14/2025 9:02 AM".
# ---------------------------------------------------------------------------
add("legacy_pubdate_compact_byl", "Legacy newspaper CMS (pubdate/byl metas)",
    "https://www.portsidegazette.com/news/local/article_harbor-commission-dredging-contract.html",
    T("Harbor Commission Approves Dredging Contract", ["Tom Reyes"], "2025-03-14"),
    r'''<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Harbor Commission Approves Dredging Contract - Portside Gazette</title>
<meta name="description" content="The $6.2 million contract will deepen the main channel to 38 feet.">
<meta name="keywords" content="harbor, dredging, commission, port">
<meta name="pubdate" content="20250314">
<meta name="byl" content="By Tom Reyes">
<meta name="dat" content="March 14, 2025">
<meta name="cg" content="news">
<meta name="scg" content="local">
<link rel="stylesheet" href="/css/gazette2011.css" type="text/css">
</head>
<body>
<table width="980" cellpadding="0" cellspacing="0" border="0" align="center" id="wrapper">
<tr><td colspan="2" id="masthead"><a href="/"><img src="/images/masthead.gif" alt="Portside Gazette" border="0"></a></td></tr>
<tr><td colspan="2" id="nav"><a href="/news/">News</a> | <a href="/sports/">Sports</a> | <a href="/obituaries/">Obituaries</a> | <a href="/classifieds/">Classifieds</a></td></tr>
<tr>
<td valign="top" id="maincol">
<div class="storyhead">Harbor Commission Approves Dredging Contract</div>
<div class="storysubhead">$6.2 million project will deepen main channel to 38 feet</div>
<div class="storybyline">By Tom Reyes, Staff Writer</div>
<div class="storydate">3/14/2025 9:02 AM</div>
<div class="storytext">
<p>The Portside Harbor Commission voted 4-1 Thursday night to award a $6.2 million dredging contract that will deepen the harbor's main shipping channel from 35 to 38 feet.</p>
<p>Commissioners said the deeper channel is needed to keep the port competitive as newer cargo vessels with deeper drafts replace older ships on the routes that serve the terminal.</p>
<p>The lone dissenting commissioner cited concerns about where the dredged material would be placed. Under the contract, most of it will be used to restore eroded marsh at the north end of the bay.</p>
<p>Work is scheduled to begin in October, after the fish migration window closes, and take about five months.</p>
</div>
</td>
<td valign="top" id="rightcol" width="300"><div class="box"><b>Most Viewed</b><br><a href="/news/local/article_ferry-fares.html">Ferry fares to rise July 1</a><br><a href="/sports/article_tigers-win.html">Tigers win district title</a></div></td>
</tr>
<tr><td colspan="2" id="footer">Copyright © 2025 Portside Gazette. All rights reserved.</td></tr>
</table>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 20 UK regional (Reach-like): byline with author photo and job title,
#    "06:00, 4 MAR 2025 Updated 11:31, 4 MAR 2025"; JSON-LD consistent.
# ---------------------------------------------------------------------------
add("uk_reach_photo_role", "UK regional (Reach plc-like)",
    "https://www.valleysevepost.co.uk/news/cardiff-news/cardiff-bus-lane-cameras-40000-drivers-31028814",
    T("Cardiff bus lane cameras catch 40,000 drivers in first month", ["Bethan Morgan"], "2025-03-04"),
    r'''<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Cardiff bus lane cameras catch 40,000 drivers in first month - Valleys Evening Post</title>
<meta name="description" content="The council says most drivers were caught on just two stretches of road.">
<meta property="og:title" content="Cardiff bus lane cameras catch 40,000 drivers in first month">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Valleys Evening Post">
<meta property="article:published_time" content="2025-03-04T06:00:00Z">
<meta property="article:modified_time" content="2025-03-04T11:31:17Z">
<meta property="article:section" content="Cardiff News">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"Cardiff bus lane cameras catch 40,000 drivers in first month","datePublished":"2025-03-04T06:00:00Z","dateModified":"2025-03-04T11:31:17Z","author":[{"@type":"Person","name":"Bethan Morgan","url":"https://www.valleysevepost.co.uk/authors/bethan-morgan/","jobTitle":"Senior Reporter"}],"publisher":{"@type":"Organization","name":"Valleys Evening Post","logo":{"@type":"ImageObject","url":"https://www.valleysevepost.co.uk/logo.png"}}}</script>
</head>
<body>
<header class="mast"><a class="mast-logo" href="/">Valleys Evening Post</a><nav><a href="/news/">News</a> <a href="/sport/">Sport</a> <a href="/whats-on/">What's On</a></nav></header>
<main>
<article class="article-main">
<h1 class="publication-font">Cardiff bus lane cameras catch 40,000 drivers in first month</h1>
<p class="lead-text">The council says most drivers were caught on just two stretches of road</p>
<div class="article-information">
<div class="author-info"><img class="author-image" src="https://i2-prod.valleysevepost.co.uk/authors/bethan-morgan.jpg" alt="Bethan Morgan"><div class="author-details"><a class="author" href="/authors/bethan-morgan/">Bethan Morgan</a><span class="job-title">Senior Reporter</span></div></div>
<div class="time-info"><span class="time-container">06:00, 4 MAR 2025</span><span class="updated-container">Updated<span class="time-container">11:31, 4 MAR 2025</span></span></div>
</div>
<div class="article-body">
<p>More than 40,000 drivers were caught by new bus lane cameras in Cardiff in their first month of operation, new figures show.</p>
<p>The cameras, installed on eight routes into the city centre, began issuing penalty charge notices at the start of February after a two-week warning period.</p>
<p>According to Cardiff Council, almost two-thirds of the contraventions were recorded on just two stretches: Newport Road and Cowbridge Road East.</p>
<p>A council spokesperson said signage had been reviewed and the number of contraventions was already falling week on week.</p>
</div>
</article>
<aside class="most-read"><h2>Most Read</h2><ol><li><a href="/news/cardiff-news/new-restaurant-opening-31026600">New restaurant to open in former bank</a></li></ol></aside>
</main>
<footer><p>© 2025 a Reach plc subsidiary</p></footer>
</body>
</html>''')

# ---------------------------------------------------------------------------
# 21 Mexican daily: 21:30 local (UTC-6) = 03:30Z next day. <time datetime> and
#    article:published_time in UTC, JSON-LD with the -06:00 offset, visible
#    "3 de marzo de 2025 · 21:30 hrs". "Por X".
# ---------------------------------------------------------------------------
add("mx_utc_time_local_text", "Custom CMS (Mexican daily)",
    "https://www.informadordelbajio.mx/jalisco/aprueban-ampliacion-linea-3-tren-ligero-tlaquepaque",
    T("Aprueban ampliación de la Línea 3 del tren ligero hasta Tlaquepaque", ["Andrea Cisneros"], "2025-03-03"),
    r'''<!DOCTYPE html>
<html lang="es-MX">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Aprueban ampliación de la Línea 3 del tren ligero hasta Tlaquepaque | El Informador del Bajío</title>
<meta name="description" content="El proyecto sumará cuatro estaciones y 5.2 kilómetros de vía elevada.">
<meta property="og:title" content="Aprueban ampliación de la Línea 3 del tren ligero hasta Tlaquepaque">
<meta property="og:type" content="article">
<meta property="og:site_name" content="El Informador del Bajío">
<meta property="article:published_time" content="2025-03-04T03:30:00Z">
<meta property="article:modified_time" content="2025-03-04T03:30:00Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Aprueban ampliación de la Línea 3 del tren ligero hasta Tlaquepaque","datePublished":"2025-03-03T21:30:00-06:00","dateModified":"2025-03-03T21:30:00-06:00","author":{"@type":"Person","name":"Andrea Cisneros"},"publisher":{"@type":"Organization","name":"El Informador del Bajío"},"inLanguage":"es-MX"}</script>
</head>
<body>
<header class="header"><a href="/" class="header__logo">El Informador del Bajío</a><nav class="header__nav"><a href="/jalisco/">Jalisco</a> <a href="/mexico/">México</a> <a href="/deportes/">Deportes</a> <a href="/entretenimiento/">Entretenimiento</a></nav></header>
<main class="main">
<article class="nota">
<a class="nota__seccion" href="/jalisco/">Jalisco</a>
<h1 class="nota__titulo">Aprueban ampliación de la Línea 3 del tren ligero hasta Tlaquepaque</h1>
<h2 class="nota__sumario">El proyecto sumará cuatro estaciones y 5.2 kilómetros de vía elevada</h2>
<div class="nota__meta"><span class="nota__autor">Por <a href="/autor/andrea-cisneros">Andrea Cisneros</a></span> <time class="nota__fecha" datetime="2025-03-04T03:30:00Z">3 de marzo de 2025 · 21:30 hrs</time></div>
<div class="nota__cuerpo">
<p>El Congreso del Estado aprobó este lunes el financiamiento para ampliar la Línea 3 del tren ligero desde la estación Central de Autobuses hasta el centro de Tlaquepaque, una obra que sumará cuatro estaciones y 5.2 kilómetros de vía elevada.</p>
<p>La inversión estimada es de 6 mil 800 millones de pesos, que se cubrirá con recursos estatales y un crédito de la banca de desarrollo. El gobierno estatal prevé licitar la obra en junio.</p>
<p>Vecinos de la colonia Las Juntas pidieron que el trazado no afecte el mercado municipal, uno de los puntos más concurridos de la zona, y que se garantice la movilidad peatonal durante la construcción.</p>
<p>De cumplirse el calendario, la ampliación entraría en operación a finales de 2027.</p>
</div>
</article>
</main>
<footer class="footer">© 2025 El Informador del Bajío. Todos los derechos reservados.</footer>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 22 Polish regional portal: left-column "Najnowsze" list with dates comes
#    before the article in the DOM; "Autor: X", "Opublikowano: 3 marca 2025".
# ---------------------------------------------------------------------------
add("pl_opublikowano_sidebar_first", "Custom CMS (Polish regional portal)",
    "https://www.kuriernadwislanski.pl/torun/ruszyla-przebudowa-mostu-pilsudskiego/ar/c1-18834571",
    T("Toruń: ruszyła przebudowa mostu im. Piłsudskiego", ["Katarzyna Nowak"], "2025-03-03"),
    r'''<!DOCTYPE html>
<html lang="pl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Toruń: ruszyła przebudowa mostu im. Piłsudskiego | Kurier Nadwiślański</title>
<meta name="description" content="Remont potrwa dwa lata. Przez pierwsze miesiące kierowcy będą mieli do dyspozycji po jednym pasie w każdą stronę.">
<meta property="og:title" content="Toruń: ruszyła przebudowa mostu im. Piłsudskiego">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Kurier Nadwiślański">
</head>
<body>
<div class="top"><a href="/" class="logo">Kurier Nadwiślański</a><ul class="menu"><li><a href="/torun/">Toruń</a></li><li><a href="/bydgoszcz/">Bydgoszcz</a></li><li><a href="/sport/">Sport</a></li><li><a href="/kultura/">Kultura</a></li></ul></div>
<div class="layout">
<aside class="col-left najnowsze">
<h3>Najnowsze</h3>
<ul>
<li><span class="data">10 marca 2025</span> <a href="/torun/nowe-linie-autobusowe/ar/c1-18851002">Nowe linie autobusowe od kwietnia</a></li>
<li><span class="data">9 marca 2025</span> <a href="/sport/elana-wygrywa/ar/c2-18849911">Elana wygrywa w derbach</a></li>
<li><span class="data">7 marca 2025</span> <a href="/kultura/festiwal-filmowy/ar/c13-18845120">Festiwal filmowy ogłosił program</a></li>
</ul>
</aside>
<div class="col-main">
<div class="artykul">
<div class="kategoria">Toruń</div>
<h1 class="tytul">Toruń: ruszyła przebudowa mostu im. Piłsudskiego</h1>
<div class="metryka"><span class="autor">Autor: <a href="/autor/katarzyna-nowak/">Katarzyna Nowak</a></span> <span class="data-publikacji">Opublikowano: 3 marca 2025, 12:04</span></div>
<p class="lead">Remont potrwa dwa lata. Przez pierwsze miesiące kierowcy będą mieli do dyspozycji po jednym pasie w każdą stronę.</p>
<div class="tresc">
<p>W poniedziałek rano drogowcy zamknęli po jednym pasie ruchu na moście im. Józefa Piłsudskiego. To początek przebudowy, która ma potrwać do wiosny 2027 roku i kosztować ponad 180 mln zł.</p>
<p>W pierwszym etapie wykonawca wymieni izolację i nawierzchnię na części jezdni od strony Starego Miasta. Piesi i rowerzyści mogą korzystać z mostu bez większych utrudnień.</p>
<p>Miejski Zarząd Dróg apeluje do kierowców o korzystanie z mostu gen. Elżbiety Zawackiej oraz o planowanie dłuższego czasu przejazdu w godzinach szczytu.</p>
<p>Zmienią się także trasy kilku linii autobusowych. Szczegóły są dostępne na stronie przewoźnika.</p>
</div>
</div>
</div>
</div>
<div class="stopka">© 2025 Kurier Nadwiślański. Wszelkie prawa zastrzeżone.</div>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 23 New Zealand site: published 08:30 NZDT (+13:00) = 19:30Z previous day.
#    Visible "8:30am Tue 4 March" without a year. "By A and B" (O'Connor).
# ---------------------------------------------------------------------------
add("nz_plus13_no_year_visible", "Custom CMS (New Zealand news)",
    "https://www.harboursidetimes.co.nz/nz-news/auckland-ferry-timetable-cut-crew-shortage/XK3PQ7",
    T("Auckland ferry timetable cut as crew shortage bites", ["Aroha Ngata", "Liam O'Connor"], "2025-03-04"),
    r'''<!DOCTYPE html>
<html lang="en-NZ">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Auckland ferry timetable cut as crew shortage bites - Harbourside Times</title>
<meta name="description" content="Sailings on the Devonport and Waiheke routes will be reduced from Monday.">
<meta property="og:title" content="Auckland ferry timetable cut as crew shortage bites">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Harbourside Times">
<meta property="article:published_time" content="2025-03-04T08:30:00+13:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Auckland ferry timetable cut as crew shortage bites","datePublished":"2025-03-04T08:30:00+13:00","author":[{"@type":"Person","name":"Aroha Ngata"},{"@type":"Person","name":"Liam O'Connor"}],"publisher":{"@type":"Organization","name":"Harbourside Times"}}</script>
</head>
<body>
<header class="masthead"><a href="/" class="masthead__logo">Harbourside Times</a><nav><a href="/nz-news/">NZ News</a> <a href="/world/">World</a> <a href="/business/">Business</a> <a href="/sport/">Sport</a></nav></header>
<main>
<article class="story">
<h1 class="story__headline">Auckland ferry timetable cut as crew shortage bites</h1>
<div class="story__byline">By <a href="/author/aroha-ngata">Aroha Ngata</a> and <a href="/author/liam-oconnor">Liam O&#39;Connor</a></div>
<div class="story__time">8:30am Tue 4 March</div>
<div class="story__body">
<p>Auckland Transport will cut sailings on two of its busiest ferry routes from next week because it does not have enough qualified crew.</p>
<p>The Devonport service will drop from every 15 minutes to every 30 minutes outside peak hours, and several early-morning Waiheke sailings will be cancelled.</p>
<p>The operator says it has 14 vacancies for masters and engineers, and that training new staff takes up to 18 months.</p>
<p>Commuters who rely on the ferries say the reductions are the third in two years. "Every time they say it's temporary," one Devonport resident said.</p>
</div>
</article>
</main>
<footer><p>© 2025 Harbourside Times</p></footer>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 24 University alumni magazine: schema.org microdata only, two
#    itemprop=author Person items with nested itemprop=name inside a "By A and
#    B" byline; datePublished as a <meta itemprop>.
# ---------------------------------------------------------------------------
add("microdata_two_authors_magazine", "University magazine (microdata only)",
    "https://magazine.northfield.edu/spring-2025/the-lab-that-listens-to-glaciers",
    T("The Lab That Listens to Glaciers", ["Nadia Farouk", "Colm Brennan"], "2025-02-18"),
    r'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>The Lab That Listens to Glaciers | Northfield Magazine</title>
<meta name="description" content="Seismometers on the ice sheet are picking up the sound of meltwater.">
</head>
<body>
<header class="site-header"><a href="https://magazine.northfield.edu/" class="logo">Northfield Magazine</a><nav><a href="/spring-2025/">Current Issue</a> <a href="/archive/">Archive</a> <a href="/class-notes/">Class Notes</a></nav></header>
<main>
<article itemscope itemtype="https://schema.org/Article">
<p class="issue-label">Spring 2025 · Research</p>
<h1 itemprop="headline">The Lab That Listens to Glaciers</h1>
<p class="deck" itemprop="description">Seismometers on the Greenland ice sheet are picking up the sound of meltwater — and telling researchers how fast the ice is moving.</p>
<p class="byline">By <span itemprop="author" itemscope itemtype="https://schema.org/Person"><a itemprop="url" href="/contributors/nadia-farouk"><span itemprop="name">Nadia Farouk</span></a></span> and <span itemprop="author" itemscope itemtype="https://schema.org/Person"><a itemprop="url" href="/contributors/colm-brennan"><span itemprop="name">Colm Brennan</span></a></span></p>
<meta itemprop="datePublished" content="2025-02-18">
<p class="dateline">February 18, 2025</p>
<div itemprop="articleBody">
<p>On a quiet night on the ice, the seismometers pick up a low rumble every few minutes. It is not an earthquake. It is water — millions of gallons of it — forcing its way down through cracks to the bedrock a kilometer below.</p>
<p>Professor Helga Sorensen's lab has spent six summers installing instruments across a 40-kilometer stretch of western Greenland. The signals they record let the team estimate how much meltwater reaches the base of the ice and how much that water lubricates the glacier's slide toward the sea.</p>
<p>"The ice is talking all the time," Sorensen says. "We are finally learning the grammar."</p>
<p>Two of the lab's graduate students spent this winter building a machine-learning model that separates meltwater signals from the cracking of the ice itself. Early results suggest the glacier speeds up within hours of a warm day.</p>
</div>
<div itemprop="publisher" itemscope itemtype="https://schema.org/Organization"><meta itemprop="name" content="Northfield College"></div>
</article>
</main>
<footer class="site-footer"><p>Northfield Magazine is published by the Office of Communications, Northfield College.</p></footer>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 25 WordPress + Yoast + PublishPress Authors (guest authors): Article.author is
#    an array of @id refs; the referenced Person nodes carry only url (no
#    name). twitter:data1 names only the first author; byline names both.
# ---------------------------------------------------------------------------
add("yoast_urlonly_person_nodes", "WordPress/Yoast + PublishPress Authors (guest authors)",
    "https://civicdesk.org/2025/02/27/new-zoning-map-what-it-means-for-your-block/",
    T("What the New Zoning Map Means for Your Block", ["Lucia Moreno", "Dev Patel"], "2025-02-27"),
    r'''<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>What the New Zoning Map Means for Your Block - The Civic Desk</title>
<meta name="description" content="The draft map would allow fourplexes on most residential lots. Here's how to look up yours.">
<link rel="canonical" href="https://civicdesk.org/2025/02/27/new-zoning-map-what-it-means-for-your-block/">
<meta property="og:locale" content="en_US">
<meta property="og:type" content="article">
<meta property="og:title" content="What the New Zoning Map Means for Your Block">
<meta property="og:url" content="https://civicdesk.org/2025/02/27/new-zoning-map-what-it-means-for-your-block/">
<meta property="og:site_name" content="The Civic Desk">
<meta property="article:published_time" content="2025-02-27T13:00:00+00:00">
<meta property="article:modified_time" content="2025-02-28T15:22:41+00:00">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:label1" content="Written by">
<meta name="twitter:data1" content="Lucia Moreno">
<meta name="twitter:label2" content="Est. reading time">
<meta name="twitter:data2" content="6 minutes">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","@id":"https://civicdesk.org/2025/02/27/new-zoning-map-what-it-means-for-your-block/#article","isPartOf":{"@id":"https://civicdesk.org/2025/02/27/new-zoning-map-what-it-means-for-your-block/"},"author":[{"@id":"https://civicdesk.org/#/schema/person/7c2e41f0aa1b"},{"@id":"https://civicdesk.org/#/schema/person/b93d07e5c2f8"}],"headline":"What the New Zoning Map Means for Your Block","datePublished":"2025-02-27T13:00:00+00:00","dateModified":"2025-02-28T15:22:41+00:00","mainEntityOfPage":{"@id":"https://civicdesk.org/2025/02/27/new-zoning-map-what-it-means-for-your-block/"},"wordCount":1288,"publisher":{"@id":"https://civicdesk.org/#organization"},"articleSection":["Housing"],"inLanguage":"en-US"},{"@type":"WebPage","@id":"https://civicdesk.org/2025/02/27/new-zoning-map-what-it-means-for-your-block/","url":"https://civicdesk.org/2025/02/27/new-zoning-map-what-it-means-for-your-block/","name":"What the New Zoning Map Means for Your Block - The Civic Desk","isPartOf":{"@id":"https://civicdesk.org/#website"},"datePublished":"2025-02-27T13:00:00+00:00","dateModified":"2025-02-28T15:22:41+00:00","inLanguage":"en-US"},{"@type":"WebSite","@id":"https://civicdesk.org/#website","url":"https://civicdesk.org/","name":"The Civic Desk","publisher":{"@id":"https://civicdesk.org/#organization"},"inLanguage":"en-US"},{"@type":"NewsMediaOrganization","@id":"https://civicdesk.org/#organization","name":"The Civic Desk","url":"https://civicdesk.org/"},{"@type":"Person","@id":"https://civicdesk.org/#/schema/person/7c2e41f0aa1b","url":"https://civicdesk.org/author/lmoreno/"},{"@type":"Person","@id":"https://civicdesk.org/#/schema/person/b93d07e5c2f8","url":"https://civicdesk.org/author/dpatel/"}]}</script>
</head>
<body class="post-template-default single single-post postid-9921 single-format-standard">
<header class="site-header"><div class="site-branding"><a href="https://civicdesk.org/" class="custom-logo-link" rel="home">The Civic Desk</a></div><nav class="main-navigation"><ul><li><a href="/housing/">Housing</a></li><li><a href="/transit/">Transit</a></li><li><a href="/schools/">Schools</a></li><li><a href="/donate/">Donate</a></li></ul></nav></header>
<main id="main" class="site-main">
<article id="post-9921" class="post-9921 post type-post status-publish format-standard hentry category-housing">
<header class="entry-header">
<div class="cat-links"><a href="https://civicdesk.org/housing/" rel="category tag">Housing</a></div>
<h1 class="entry-title">What the New Zoning Map Means for Your Block</h1>
<div class="entry-meta"><span class="byline">By <span class="author vcard"><a class="url fn n" href="https://civicdesk.org/author/lmoreno/">Lucia Moreno</a></span> and <span class="author vcard"><a class="url fn n" href="https://civicdesk.org/author/dpatel/">Dev Patel</a></span></span><span class="posted-on"><time class="entry-date published" datetime="2025-02-27T13:00:00+00:00">February 27, 2025</time><time class="updated" datetime="2025-02-28T15:22:41+00:00">February 28, 2025</time></span></div>
</header>
<div class="entry-content">
<p>The city's planning department released a draft zoning map on Wednesday that would allow up to four homes on most lots now zoned for a single house. The map is open for public comment until April 15.</p>
<h2>How to look up your lot</h2>
<p>Enter your address in the city's online viewer and click on your parcel. The pop-up shows your current zone and the proposed one. Lots shaded light orange would move to the new "Neighborhood Residential" zone.</p>
<h2>What changes, and what doesn't</h2>
<p>Height limits stay mostly the same at 30 feet. Minimum lot sizes drop, and the requirement for off-street parking is removed within a half-mile of frequent transit.</p>
<p>Historic districts are excluded from the changes for now, a point that has drawn criticism from housing advocates.</p>
</div>
</article>
</main>
<footer class="site-footer"><div class="site-info">© 2025 The Civic Desk, a nonprofit newsroom</div></footer>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 26 Condé-like travel magazine: byline with headshot, then a separate
#    "Photographs by" credit. JSON-LD author lists the writer only.
# ---------------------------------------------------------------------------
add("magazine_headshot_photo_credit", "Magazine (Condé Nast-like)",
    "https://www.wayfarerquarterly.com/story/slow-trains-northern-portugal",
    T("The Slow Trains of Northern Portugal", ["Harriet Bloom"], "2025-03-03"),
    r'''<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>The Slow Trains of Northern Portugal | Wayfarer Quarterly</title>
<meta name="description" content="On the Douro and Minho lines, the journey is the destination — and the port is cheap.">
<meta property="og:title" content="The Slow Trains of Northern Portugal">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Wayfarer Quarterly">
<meta property="article:published_time" content="2025-03-03T10:00:00.000Z">
<meta name="author" content="Harriet Bloom">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","articleSection":"Trips","author":[{"@type":"Person","name":"Harriet Bloom","sameAs":"https://www.wayfarerquarterly.com/contributor/harriet-bloom"}],"dateModified":"2025-03-03T10:00:00.000Z","datePublished":"2025-03-03T10:00:00.000Z","headline":"The Slow Trains of Northern Portugal","publisher":{"@context":"https://schema.org","@type":"Organization","name":"Wayfarer Quarterly"}}</script>
</head>
<body>
<div id="app-root">
<header class="StackedNavigationWrapper"><a class="logo" href="/">Wayfarer Quarterly</a><nav><a href="/destinations">Destinations</a> <a href="/trips">Trips</a> <a href="/hotels">Hotels</a></nav></header>
<main id="main-content">
<article class="article main-content" lang="en-US">
<header class="ContentHeaderWrapper">
<div class="RubricWrapper"><a href="/trips"><span>Trips</span></a></div>
<h1 data-testid="ContentHeaderHed" class="BaseWrap-sc BaseText-ewhhUZ ContentHeaderHed-NCyCC">The Slow Trains of Northern Portugal</h1>
<div class="ContentHeaderDek">On the Douro and Minho lines, the journey is the destination — and the port is cheap.</div>
<div class="ContentHeaderByline">
<div class="BylinesWrapper">
<span class="BylineWrapper"><img class="BylineImage" src="https://media.wayfarerquarterly.com/photos/contributors/harriet-bloom.jpg" alt="Harriet Bloom"><span class="BylinePreamble">By </span><span itemprop="name"><a class="BylineLink" href="/contributor/harriet-bloom">Harriet Bloom</a></span></span>
<span class="BylineWrapper BylineWrapper--photo"><span class="BylinePreamble">Photographs by </span><a class="BylineLink" href="/contributor/lee-chan">Lee Chan</a></span>
</div>
<time class="ContentHeaderPublishDate" data-testid="ContentHeaderPublishDate">March 3, 2025</time>
</div>
</header>
<div class="body__inner-container">
<p>The 7:40 from Porto São Bento leaves on time, which on the Linha do Douro is the first surprise. The second is how quickly the city falls away: within half an hour the tracks are hugging the river, and the terraced vineyards rise on both banks like a green amphitheater.</p>
<p>Portugal's regional trains are slow, cheap and, on the northern lines, some of the most beautiful in Europe. A ticket from Porto to Pocinho, at the end of the line, costs less than a glass of vintage port in Lisbon.</p>
<p>I spent a week riding them — the Douro line east toward Spain, the Minho line north to Valença — with no plan beyond getting off wherever the view looked good.</p>
<p>In Pinhão, the station is tiled with blue azulejos showing the grape harvest. I stayed three nights.</p>
</div>
</article>
</main>
<footer class="SiteFooter">© 2025 Wayfarer Quarterly. All rights reserved.</footer>
</div>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 27 Webflow studio blog: two-column layout, "Written by" / "Published" labels
#    in a sidebar column; og metas only.
# ---------------------------------------------------------------------------
add("webflow_written_by_sidebar", "Webflow (studio blog, sidebar meta)",
    "https://www.fieldnotestudio.com/journal/designing-wayfinding-for-a-hospital",
    T("Designing Wayfinding for a Hospital That Never Sleeps", ["Theo Lindqvist"], "2025-02-27"),
    r'''<!DOCTYPE html>
<!-- This site was created in Webflow. https://webflow.com -->
<html data-wf-page="65c1a2b3d4e5f6a7b8c9d0e1" data-wf-site="65c1a2b3d4e5f6a7b8c9d000" lang="en">
<head>
<meta charset="utf-8">
<title>Designing Wayfinding for a Hospital That Never Sleeps | Fieldnote Studio</title>
<meta content="How we rethought signage for a 24-hour emergency department." name="description">
<meta content="Designing Wayfinding for a Hospital That Never Sleeps" property="og:title">
<meta content="How we rethought signage for a 24-hour emergency department." property="og:description">
<meta property="og:type" content="website">
<meta content="width=device-width, initial-scale=1" name="viewport">
<meta content="Webflow" name="generator">
<link href="https://assets-global.website-files.com/65c1a2b3d4e5f6a7b8c9d000/css/fieldnote.webflow.css" rel="stylesheet" type="text/css">
</head>
<body>
<div data-collapse="medium" data-animation="default" class="navbar w-nav"><a href="/" class="brand w-nav-brand">Fieldnote Studio</a><nav role="navigation" class="nav-menu w-nav-menu"><a href="/work" class="nav-link w-nav-link">Work</a><a href="/journal" class="nav-link w-nav-link">Journal</a><a href="/contact" class="nav-link w-nav-link">Contact</a></nav></div>
<div class="section-post">
<div class="container-post w-container">
<div class="post-grid">
<div class="post-sidebar">
<div class="meta-block"><div class="meta-label">Written by</div><div class="meta-value">Theo Lindqvist</div></div>
<div class="meta-block"><div class="meta-label">Published</div><div class="meta-value">Feb 27, 2025</div></div>
<div class="meta-block"><div class="meta-label">Category</div><a href="/journal-categories/case-study" class="meta-value link">Case Study</a></div>
<div class="meta-block"><div class="meta-label">Read time</div><div class="meta-value">8 min</div></div>
</div>
<div class="post-main">
<h1 class="post-title">Designing Wayfinding for a Hospital That Never Sleeps</h1>
<div class="post-body w-richtext">
<p>At 3 a.m., an emergency department is a different building. The main entrance is locked, half the corridors are dim, and the people walking in are often frightened, in pain or both. The signage, designed for daytime visitors, mostly assumed none of that.</p>
<h2>Start with the night</h2>
<p>We spent four overnight shifts at the hospital with a notebook and a camera, following patients and family members from the car park to triage. The most common wrong turn happened within 20 meters of the door.</p>
<h2>Fewer words, bigger arrows</h2>
<p>The new system uses a single color — a warm amber that reads well under low light — for every sign on the route to emergency. Everything else was moved to a neutral palette.</p>
<p>Six months after installation, the hospital's volunteers report being asked for directions about half as often at night.</p>
</div>
</div>
</div>
</div>
</div>
<div class="footer"><div class="footer-text">© 2025 Fieldnote Studio AB · Stockholm</div></div>
<script src="https://assets-global.website-files.com/js/webflow.js" type="text/javascript"></script>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 28 Food site: "By A & B" in the byline; JSON-LD gives both as ONE Person
#    whose name is "A & B".
# ---------------------------------------------------------------------------
add("ampersand_byline_single_person_jsonld", "Custom CMS (food magazine)",
    "https://www.brineandbread.com/taste-tests/best-grocery-store-sourdough",
    T("We Tried 14 Grocery Store Sourdoughs. Here’s the Best.", ["Sam Ortiz", "Kelly Tran"], "2025-03-06"),
    r'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>We Tried 14 Grocery Store Sourdoughs. Here’s the Best. | Brine &amp; Bread</title>
<meta name="description" content="Some were genuinely sour. Some were just white bread with ambition.">
<meta property="og:title" content="We Tried 14 Grocery Store Sourdoughs. Here’s the Best.">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Brine &amp; Bread">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"We Tried 14 Grocery Store Sourdoughs. Here’s the Best.","datePublished":"2025-03-06T08:00:00-05:00","dateModified":"2025-03-06T08:00:00-05:00","author":{"@type":"Person","name":"Sam Ortiz & Kelly Tran"},"publisher":{"@type":"Organization","name":"Brine & Bread"}}</script>
</head>
<body>
<header class="header"><a class="header-logo" href="/">Brine &amp; Bread</a><nav><a href="/recipes/">Recipes</a> <a href="/taste-tests/">Taste Tests</a> <a href="/techniques/">Techniques</a></nav></header>
<main class="article-page">
<article>
<span class="eyebrow">Taste Test</span>
<h1 class="headline">We Tried 14 Grocery Store Sourdoughs. Here’s the Best.</h1>
<p class="dek">Some were genuinely sour. Some were just white bread with ambition.</p>
<div class="byline-row"><p class="byline">By Sam Ortiz &amp; Kelly Tran</p><p class="pubdate">Published Mar. 6, 2025</p></div>
<div class="article-content">
<p>We bought every loaf labeled "sourdough" we could find at four national grocery chains and two regional ones — 14 in total — and tasted them blind, plain and toasted, over two mornings.</p>
<p>We judged on crust, crumb, sourness and how the bread held up the next day. Ingredient lists mattered too: several loaves contained commercial yeast, vinegar or "sourdough flavor," which is allowed but, we think, not in the spirit of the thing.</p>
<h2>The winner</h2>
<p>A regional bakery's country loaf, sold in a paper bag for $6.49, was the only one with a properly blistered crust and an open, glossy crumb. It was still excellent toasted on day three.</p>
<h2>The rest</h2>
<p>Most of the supermarket own-brand loaves were soft, sweetish and only faintly tangy. Two were fine for sandwiches. One tasted, as a taster put it, "like a sponge that once heard about sourdough."</p>
</div>
</article>
</main>
<footer class="footer">© 2025 Brine &amp; Bread Media</footer>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 29 French regional (Ouest-France-like): "Par A, B et C", day-first
#    "Publié le 08/03/2025 à 19h12, Modifié le 09/03/2025 à 10h05".
# ---------------------------------------------------------------------------
add("fr_par_virgule_et_ddmm", "Custom CMS (French regional daily)",
    "https://www.echodelouest.fr/pays-de-la-loire/loire-atlantique/tempete-40-000-foyers-prives-electricite-7c1d9a2e",
    T("Tempête : 40 000 foyers toujours privés d'électricité en Loire-Atlantique",
      ["Anne Leroy", "Karim Benali", "Sophie Martin"], "2025-03-08"),
    r'''<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tempête : 40 000 foyers toujours privés d'électricité en Loire-Atlantique</title>
<meta name="description" content="Enedis a mobilisé 600 techniciens. Le retour à la normale est espéré dimanche soir.">
<meta property="og:title" content="Tempête : 40 000 foyers toujours privés d'électricité en Loire-Atlantique">
<meta property="og:type" content="article">
<meta property="og:site_name" content="L'Écho de l'Ouest">
</head>
<body>
<header class="su-header"><a class="su-logo" href="/">L'Écho de l'Ouest</a><nav><a href="/pays-de-la-loire/">Pays de la Loire</a> <a href="/bretagne/">Bretagne</a> <a href="/sport/">Sport</a> <a href="/france-monde/">France-Monde</a></nav></header>
<main class="su-main">
<article class="su-article">
<ul class="su-breadcrumb"><li><a href="/pays-de-la-loire/">Pays de la Loire</a></li><li><a href="/pays-de-la-loire/loire-atlantique/">Loire-Atlantique</a></li></ul>
<h1 class="su-headline">Tempête : 40 000 foyers toujours privés d'électricité en Loire-Atlantique</h1>
<p class="su-chapo">Enedis a mobilisé 600 techniciens. Le retour à la normale est espéré dimanche soir.</p>
<div class="su-meta">
<span class="su-byline">Par <a href="/auteur/anne-leroy">Anne Leroy</a>, <a href="/auteur/karim-benali">Karim Benali</a> et <a href="/auteur/sophie-martin">Sophie Martin</a></span>
<span class="su-date">Publié le 08/03/2025 à 19h12</span>
<span class="su-date su-date--modified">Modifié le 09/03/2025 à 10h05</span>
</div>
<div class="su-body">
<p>Au lendemain du passage de la tempête, près de 40 000 foyers étaient encore privés d'électricité samedi soir en Loire-Atlantique, selon Enedis. Le nord du département et la presqu'île guérandaise sont les secteurs les plus touchés.</p>
<p>Des rafales à plus de 130 km/h ont été enregistrées sur le littoral dans la nuit de vendredi à samedi. Les pompiers sont intervenus plus de 1 200 fois, principalement pour des chutes d'arbres.</p>
<p>Le gestionnaire du réseau a mobilisé 600 techniciens, dont 200 venus d'autres régions, et espère un retour à la normale dimanche soir pour la grande majorité des clients.</p>
<p>La préfecture recommande d'éviter les déplacements en forêt et sur les routes secondaires encore encombrées.</p>
</div>
</article>
</main>
<footer class="su-footer">© L'Écho de l'Ouest 2025</footer>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 30 Austrian daily (Der Standard-like): byline "A, B" with no prefix;
#    <time datetime> without an offset; title "Headline - Wien - Site".
# ---------------------------------------------------------------------------
add("at_origins_comma_names", "Custom CMS (Austrian daily, Standard-like)",
    "https://www.donaustandard.at/story/3000000259114/wiener-linien-testen-fahrerlose-u-bahn-auf-der-u5",
    T("Wiener Linien testen fahrerlose U-Bahn auf der U5", ["Maria Gruber", "Stefan Huber"], "2025-03-03"),
    r'''<!DOCTYPE html>
<html lang="de-AT">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Wiener Linien testen fahrerlose U-Bahn auf der U5 - Wien - DonauStandard</title>
<meta name="description" content="Erste Testfahrten ohne Fahrer finden nachts statt. Der Fahrgastbetrieb soll 2026 starten.">
<meta property="og:title" content="Wiener Linien testen fahrerlose U-Bahn auf der U5">
<meta property="og:type" content="article">
<meta property="og:site_name" content="DonauStandard">
</head>
<body>
<header class="site-header"><a class="site-logo" href="/">DonauStandard</a><nav><a href="/inland">Inland</a> <a href="/wien">Wien</a> <a href="/wirtschaft">Wirtschaft</a> <a href="/kultur">Kultur</a></nav></header>
<main>
<div class="story-article">
<article class="story-article">
<header class="article-header">
<h2 class="article-kicker">Öffis</h2>
<h1 class="article-title">Wiener Linien testen fahrerlose U-Bahn auf der U5</h1>
<p class="article-subtitle">Erste Testfahrten ohne Fahrer finden nachts statt. Der Fahrgastbetrieb soll 2026 starten</p>
<div class="article-byline"><div class="article-origins">Maria Gruber, Stefan Huber</div><p class="article-pubdate"><time datetime="2025-03-03T06:00">3. März 2025, 06:00</time></p></div>
</header>
<div class="article-body">
<p>Auf der künftigen U5 sind in der Nacht auf Montag erstmals Züge ohne Fahrer im Testbetrieb unterwegs gewesen. Die Wiener Linien sprechen von einem „wichtigen Meilenstein“ für die erste vollautomatische U-Bahn-Linie der Stadt.</p>
<p>Die Testfahrten finden vorerst nur zwischen Betriebsschluss und Betriebsbeginn statt, auf dem bereits fertiggestellten Abschnitt zwischen Karlsplatz und Rathaus. Ein Techniker fährt zur Sicherheit mit, greift aber nicht ein.</p>
<p>Bis zum geplanten Start des Fahrgastbetriebs sollen die Züge mehrere zehntausend Kilometer ohne Passagiere zurücklegen. Die Bahnsteige der U5 werden mit Glaswänden und automatischen Türen ausgestattet.</p>
<p>Kritik kommt von der Gewerkschaft, die befürchtet, dass langfristig Arbeitsplätze verloren gehen. Die Wiener Linien betonen, alle Fahrerinnen und Fahrer würden auf anderen Linien weiterbeschäftigt.</p>
</div>
</article>
</div>
</main>
<footer class="site-footer"><p>© DonauStandard Verlagsgesellschaft m.b.H. 2025</p></footer>
</body>
</html>''')

# ---------------------------------------------------------------------------
# 31 Sports site with microdata NewsArticle: itemprop=author holds the name as
#    plain text (no nested Person); byline "By X | Staff Writer".
# ---------------------------------------------------------------------------
add("microdata_author_text_pipe_role", "Custom CMS (sports site, microdata)",
    "https://www.gridirondispatch.com/afc-north/inside-the-trade-that-reshaped-the-afc-north",
    T("Inside the Trade That Reshaped the AFC North", ["Jordan Pike"], "2025-03-10"),
    r'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Inside the Trade That Reshaped the AFC North | Gridiron Dispatch</title>
<meta name="description" content="How a three-team deal came together in 36 hours.">
<meta property="og:title" content="Inside the Trade That Reshaped the AFC North">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Gridiron Dispatch">
</head>
<body>
<header class="gd-header"><a class="gd-logo" href="/">Gridiron Dispatch</a><nav><a href="/afc-north/">AFC North</a> <a href="/afc-south/">AFC South</a> <a href="/draft/">Draft</a> <a href="/podcasts/">Podcasts</a></nav></header>
<main class="gd-main">
<article itemscope itemtype="http://schema.org/NewsArticle" class="gd-article">
<h1 itemprop="headline" class="gd-headline">Inside the Trade That Reshaped the AFC North</h1>
<div class="gd-byline"><span class="byline">By <span itemprop="author">Jordan Pike</span> | Staff Writer</span> <time itemprop="datePublished" datetime="2025-03-10T16:45:00-04:00">March 10, 2025 4:45 PM ET</time></div>
<div itemprop="articleBody" class="gd-body">
<p>The phone call that started it came a little after 6 a.m. on Saturday. By Sunday evening three front offices had agreed to a deal that moved a Pro Bowl pass rusher, two starting offensive linemen and four draft picks.</p>
<p>According to people involved in the talks, the framework was sketched out on a whiteboard in a hotel conference room in Indianapolis, where executives had gathered for the combine.</p>
<p>"Everybody in that room knew it only worked if all three teams said yes at the same time," one executive said. "Nobody wanted to be the one left holding the pick."</p>
<p>The trade cannot become official until the new league year begins on Wednesday.</p>
</div>
</article>
<aside class="gd-rail"><h3>Latest</h3><ul><li><a href="/draft/mock-draft-3-0">Mock Draft 3.0</a></li><li><a href="/afc-south/free-agency-tracker">Free agency tracker</a></li></ul></aside>
</main>
<footer class="gd-footer">© 2025 Gridiron Dispatch</footer>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 32 Business news site: h1 contains a kicker span ("Analysis") and a
#    visually-hidden ": "; og:title is a sentence-case variant.
# ---------------------------------------------------------------------------
add("h1_kicker_span_english", "Custom CMS (business news)",
    "https://www.theharborreport.com/banking/analysis-regional-banks-hoarding-cash",
    T("Why Regional Banks Are Suddenly Hoarding Cash", ["Imogen Clarke"], "2025-03-05"),
    r'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Analysis: Why Regional Banks Are Suddenly Hoarding Cash | The Harbor Report</title>
<meta name="description" content="Deposits are stable. So why are mid-sized lenders sitting on record liquidity?">
<meta property="og:title" content="Why regional banks are suddenly hoarding cash">
<meta property="og:type" content="article">
<meta property="og:site_name" content="The Harbor Report">
<meta property="article:published_time" content="2025-03-05T12:30:00Z">
<meta name="author" content="Imogen Clarke">
</head>
<body>
<header class="masthead"><a class="masthead__logo" href="/">The Harbor Report</a><nav><a href="/markets/">Markets</a> <a href="/banking/">Banking</a> <a href="/economy/">Economy</a></nav></header>
<main>
<article class="article">
<h1 class="headline"><span class="headline__kicker">Analysis</span><span class="visually-hidden">: </span>Why Regional Banks Are Suddenly Hoarding Cash</h1>
<p class="standfirst">Deposits are stable. So why are mid-sized lenders sitting on record liquidity?</p>
<div class="byline">By <a href="/authors/imogen-clarke">Imogen Clarke</a> · <time datetime="2025-03-05T12:30:00Z">March 5, 2025</time></div>
<div class="article-body">
<p>Two years after a string of bank failures rattled the industry, America's regional lenders are holding more cash than at any time since the pandemic, even though deposit outflows have long since stopped.</p>
<p>Cash and reserves at banks with between $10 billion and $100 billion in assets rose to about 9 percent of total assets at the end of last year, according to regulatory filings, roughly double the pre-2020 level.</p>
<p>Executives say the buffer is insurance against another run that could unfold in hours on social media. Analysts say it is also a response to supervisors who have been quietly pushing banks to hold more liquid assets.</p>
<p>The cost is lower lending. Loan growth at regional banks has been flat for six straight quarters.</p>
</div>
</article>
</main>
<footer>© 2025 The Harbor Report</footer>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 33 Local paper where og:title is a social/clickier headline that differs from
#    the h1 and the <title> is an SEO variant.
# ---------------------------------------------------------------------------
add("og_title_differs_from_h1", "Custom CMS (local weekly)",
    "https://www.ellisburgledger.com/news/water-tower-climbing-wall",
    T("Ellisburg Turns Decommissioned Water Tower Into Climbing Wall", ["Nolan Pruitt"], "2025-02-25"),
    r'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ellisburg water tower climbing wall opens this spring | Ellisburg Ledger</title>
<meta name="description" content="The 1954 tower will get 42 climbing routes on its legs and tank.">
<meta property="og:title" content="You won't believe what this town did with its old water tower">
<meta property="og:description" content="The 1954 tower will get 42 climbing routes on its legs and tank.">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Ellisburg Ledger">
<meta name="twitter:title" content="You won't believe what this town did with its old water tower">
</head>
<body>
<div class="site-top"><a class="logo" href="/">Ellisburg Ledger</a><ul class="nav"><li><a href="/news/">News</a></li><li><a href="/sports/">Sports</a></li><li><a href="/community/">Community</a></li></ul></div>
<div class="wrap">
<div class="story">
<h1 class="story-title">Ellisburg Turns Decommissioned Water Tower Into Climbing Wall</h1>
<div class="story-meta"><span class="story-byline">By Nolan Pruitt</span> <span class="story-date">Feb. 25, 2025</span></div>
<div class="story-body">
<p>The old water tower on Hill Street, dry since the town switched to the county system in 2019, is about to become the tallest climbing wall in the tri-county area.</p>
<p>The village board voted unanimously last Tuesday to lease the 1954 tower to a nonprofit climbing club for $1 a year. The club plans to bolt 42 routes onto the tower's legs and the lower half of its tank, topping out at about 80 feet.</p>
<p>"People thought we were joking when we first brought it up," said the club's president. "Then they saw the drawings."</p>
<p>Construction is expected to start in April, with the wall opening to members in June and to the public on weekends later in the summer.</p>
</div>
</div>
</div>
<div class="footer">© 2025 Ellisburg Ledger</div>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 34 Old WordPress news theme: site name in an <h1> on every page, post title
#    in a second <h1>; <title> "Site » Section » Headline" (All in One SEO
#    "Site » Category » Post" pattern); no og:title.
# ---------------------------------------------------------------------------
add("two_h1_raquo_title", "WordPress (old magazine theme, AIOSEO title pattern)",
    "https://www.greenfieldweekly.com/local-news/school-board-weighs-four-day-week/",
    T("School Board Weighs Four-Day Week to Save on Busing Costs", ["Ruth Ann Decker"], "2025-02-12"),
    r'''<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8" />
<title>Greenfield Weekly &raquo; Local News &raquo; School Board Weighs Four-Day Week to Save on Busing Costs</title>
<meta name="description" content="Trustees will hold two public hearings before a vote in April." />
<link rel="stylesheet" href="https://www.greenfieldweekly.com/wp-content/themes/newsmag-pro/style.css" type="text/css" media="screen" />
<meta name="generator" content="WordPress 5.8.10" />
</head>
<body class="single postid-7731">
<div id="wrap">
<div id="header"><h1 class="logo"><a href="https://www.greenfieldweekly.com/">Greenfield Weekly</a></h1><p class="tagline">Serving Greenfield and Oak Township since 1921</p></div>
<div id="navbar"><ul><li><a href="/">Home</a></li><li class="current-cat"><a href="/local-news/">Local News</a></li><li><a href="/sports/">Sports</a></li><li><a href="/obituaries/">Obituaries</a></li></ul></div>
<div id="content">
<div class="breadcrumbs"><a href="https://www.greenfieldweekly.com/">Home</a> &raquo; <a href="https://www.greenfieldweekly.com/local-news/">Local News</a> &raquo; School Board Weighs Four-Day Week to Save on Busing Costs</div>
<div class="post" id="post-7731">
<h1 class="title">School Board Weighs Four-Day Week to Save on Busing Costs</h1>
<div class="postmeta">Posted on February 12, 2025 by <a href="https://www.greenfieldweekly.com/author/rdecker/" title="Posts by Ruth Ann Decker" rel="author">Ruth Ann Decker</a></div>
<div class="entry">
<p>Greenfield Community Schools could move to a four-day week as soon as next fall under a proposal the school board began discussing Monday night.</p>
<p>Superintendent figures presented at the meeting estimate the district would save about $310,000 a year, mostly on bus fuel, driver wages and building utilities. Students would attend longer days Monday through Thursday.</p>
<p>Several parents raised concerns about child care on Fridays. The district said it is talking with the YMCA about an optional Friday program.</p>
<p>Trustees will hold public hearings on March 3 and March 17 before a possible vote in April.</p>
</div>
<p class="postinfo">Filed under <a href="https://www.greenfieldweekly.com/local-news/" rel="category tag">Local News</a> | <a href="https://www.greenfieldweekly.com/local-news/school-board-weighs-four-day-week/#respond">Leave a comment</a></p>
</div>
</div>
<div id="sidebar"><h2>Recent Posts</h2><ul><li><a href="/sports/wildcats-sectional-final/">Wildcats fall in sectional final</a></li><li><a href="/local-news/township-road-levy/">Township road levy headed to May ballot</a></li></ul></div>
<div id="footer">Copyright &copy; 2025 Greenfield Weekly. All Rights Reserved.</div>
</div>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 35 Small-market radio station site (legacy PHP): no h1/h2 at all; headline in
#    a <div class="newsheadline">; <title> "Station » News » Headline";
#    "Posted: 03/03/2025 by X".
# ---------------------------------------------------------------------------
add("radio_legacy_div_headline", "Legacy PHP (small-market radio station)",
    "https://www.kxrv1340.com/news.php?id=18842",
    T("Fire Destroys Barn Near Cedar Creek; No Injuries", ["Dale Hutchins"], "2025-03-03"),
    r'''<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>KXRV 1340 AM &raquo; News &raquo; Fire Destroys Barn Near Cedar Creek; No Injuries</title>
<link rel="stylesheet" href="style.css" type="text/css">
</head>
<body>
<div id="top"><img src="images/kxrv-logo.png" alt="KXRV 1340 AM - The Voice of Cedar County"></div>
<div id="menu"><a href="index.php">Home</a> | <a href="news.php">News</a> | <a href="sports.php">Sports</a> | <a href="obits.php">Obituaries</a> | <a href="swapshop.php">Swap Shop</a> | <a href="listen.php">Listen Live</a></div>
<div id="main">
<div id="leftcol">
<div class="newsheadline">Fire Destroys Barn Near Cedar Creek; No Injuries</div>
<div class="newsinfo">Posted: 03/03/2025 by Dale Hutchins</div>
<div class="newsbody">
A fire destroyed a large machine shed and hay barn northeast of Cedar Creek early Monday morning.<br><br>
The Cedar Creek Volunteer Fire Department was called to the farm on 210th Street at about 4:20 a.m. Chief Ron Albers says the building was fully involved when crews arrived, and firefighters focused on keeping the fire from spreading to a nearby house and grain bins.<br><br>
Departments from Wilton and Harlan assisted. Crews were on the scene for about five hours.<br><br>
No people or livestock were hurt. The building held a tractor, a combine head and about 300 bales of hay. The cause is under investigation, but Albers says it does not appear suspicious.<br><br>
</div>
</div>
<div id="rightcol"><b>Today's Weather</b><br>High 41, Low 22<br><br><b>Markets</b><br>Corn 4.61 / Beans 10.12</div>
</div>
<div id="footer">&copy; 2025 Cedar County Broadcasting, Inc.</div>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 36 Film site (WordPress + Yoast) with a separate Review JSON-LD block.
#    <title>/og:title start with "Review:", the h1 doesn't. Stars out of 4.
# ---------------------------------------------------------------------------
add("review_movie_four_star_scale", "WordPress/Yoast + review JSON-LD (film site)",
    "https://reelnotes.net/reviews/the-glass-orchard-review/",
    TR("‘The Glass Orchard’ Is a Quietly Devastating Family Drama", ["Colleen Marsh"], "2025-02-28",
       3.5, 4, "The Glass Orchard", "Movie"),
    r'''<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Review: ‘The Glass Orchard’ Is a Quietly Devastating Family Drama | Reel Notes</title>
<meta name="description" content="Ada Fenwick and Tom Okafor are superb as siblings dividing their late father's apple farm.">
<link rel="canonical" href="https://reelnotes.net/reviews/the-glass-orchard-review/">
<meta property="og:type" content="article">
<meta property="og:title" content="Review: ‘The Glass Orchard’ Is a Quietly Devastating Family Drama">
<meta property="og:site_name" content="Reel Notes">
<meta property="article:published_time" content="2025-02-28T14:00:00+00:00">
<meta name="author" content="Colleen Marsh">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","@id":"https://reelnotes.net/reviews/the-glass-orchard-review/#article","author":{"name":"Colleen Marsh","@id":"https://reelnotes.net/#/schema/person/31aa"},"headline":"Review: ‘The Glass Orchard’ Is a Quietly Devastating Family Drama","datePublished":"2025-02-28T14:00:00+00:00","dateModified":"2025-02-28T14:00:00+00:00","publisher":{"@id":"https://reelnotes.net/#organization"},"articleSection":["Reviews"],"inLanguage":"en-US"},{"@type":"Organization","@id":"https://reelnotes.net/#organization","name":"Reel Notes","url":"https://reelnotes.net/"},{"@type":"Person","@id":"https://reelnotes.net/#/schema/person/31aa","name":"Colleen Marsh","url":"https://reelnotes.net/author/colleen/"}]}</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Review","name":"The Glass Orchard","itemReviewed":{"@type":"Movie","name":"The Glass Orchard","image":"https://reelnotes.net/wp-content/uploads/2025/02/glass-orchard-poster.jpg","dateCreated":"2025-02-28","director":{"@type":"Person","name":"Mirela Stan"}},"reviewRating":{"@type":"Rating","ratingValue":"3.5","bestRating":"4","worstRating":"0"},"author":{"@type":"Person","name":"Colleen Marsh"},"publisher":{"@type":"Organization","name":"Reel Notes"},"datePublished":"2025-02-28"}</script>
</head>
<body class="post-template-default single single-post postid-4410">
<header class="site-header"><a class="site-title" href="https://reelnotes.net/">Reel Notes</a><nav><ul><li><a href="/reviews/">Reviews</a></li><li><a href="/interviews/">Interviews</a></li><li><a href="/festivals/">Festivals</a></li></ul></nav></header>
<main id="main">
<article class="post-4410 post type-post category-reviews">
<header class="entry-header">
<span class="entry-category"><a href="/reviews/">Reviews</a></span>
<h1 class="entry-title">‘The Glass Orchard’ Is a Quietly Devastating Family Drama</h1>
<div class="entry-meta">By <a href="https://reelnotes.net/author/colleen/">Colleen Marsh</a> · <time class="entry-date published" datetime="2025-02-28T14:00:00+00:00">February 28, 2025</time></div>
</header>
<div class="review-box"><div class="review-stars" aria-label="3.5 out of 4 stars">★★★½</div><dl class="review-details"><dt>Director</dt><dd>Mirela Stan</dd><dt>Starring</dt><dd>Ada Fenwick, Tom Okafor</dd><dt>Running time</dt><dd>1h 52m</dd><dt>Rated</dt><dd>PG-13</dd></dl></div>
<div class="entry-content">
<p>Nothing explodes in <em>The Glass Orchard</em>. Nobody shouts for the first hour. And yet by the time the last crate of apples is loaded onto the truck, Mirela Stan's second feature has quietly taken apart a family and left you to sit with the pieces.</p>
<p>Ada Fenwick and Tom Okafor play siblings who return to their late father's orchard in upstate New York to decide whether to sell it. She wants out; he has never left. Stan films their negotiations in long, patient takes, letting small resentments pile up like fallen fruit.</p>
<p>The film is sometimes too patient — a subplot about a neighbor's lawsuit never quite pays off — but the final 20 minutes are as good as anything I've seen this year.</p>
</div>
</article>
</main>
<footer class="site-footer"><p>© 2025 Reel Notes</p></footer>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 37 Guardian-style TV review: h1 "X review – ...", star rating shown with an
#    aria-label; JSON-LD array with NewsArticle + CriticReview of a TVSeries.
# ---------------------------------------------------------------------------
add("criticreview_tvseries_guardian_style", "News site (Guardian-like DCR, CriticReview)",
    "https://www.thesentinel.co.uk/tv-and-radio/2025/mar/02/the-long-tide-review-cornish-thriller",
    TR("The Long Tide review – a slow-burn Cornish thriller that finally finds its pulse", ["Rosa Pemberton"], "2025-03-02",
       4, 5, "The Long Tide", "TVSeries"),
    r'''<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>The Long Tide review – a slow-burn Cornish thriller that finally finds its pulse | Television | The Sentinel</title>
<meta name="description" content="It takes three episodes to get going, but when it does, this fishing-village mystery is gripping">
<meta property="og:title" content="The Long Tide review – a slow-burn Cornish thriller that finally finds its pulse">
<meta property="og:type" content="article">
<meta property="og:site_name" content="the Sentinel">
<meta property="article:published_time" content="2025-03-02T22:00:00.000Z">
<meta property="article:author" content="https://www.thesentinel.co.uk/profile/rosa-pemberton">
<meta name="author" content="Rosa Pemberton">
<script type="application/ld+json">[{"@context":"https://schema.org","@type":"NewsArticle","@id":"https://www.thesentinel.co.uk/tv-and-radio/2025/mar/02/the-long-tide-review-cornish-thriller","headline":"The Long Tide review – a slow-burn Cornish thriller that finally finds its pulse","datePublished":"2025-03-02T22:00:00.000Z","dateModified":"2025-03-02T22:00:00.000Z","author":[{"@type":"Person","name":"Rosa Pemberton","sameAs":"https://www.thesentinel.co.uk/profile/rosa-pemberton"}],"publisher":{"@type":"Organization","name":"The Sentinel"}},{"@context":"https://schema.org","@type":"CriticReview","url":"https://www.thesentinel.co.uk/tv-and-radio/2025/mar/02/the-long-tide-review-cornish-thriller","datePublished":"2025-03-02T22:00:00.000Z","author":[{"@type":"Person","name":"Rosa Pemberton"}],"reviewRating":{"@type":"Rating","ratingValue":4,"bestRating":5,"worstRating":1},"itemReviewed":{"@type":"TVSeries","name":"The Long Tide","sameAs":"https://www.imdb.com/title/tt0000000/"},"publisher":{"@type":"Organization","name":"The Sentinel"}}]</script>
</head>
<body>
<header class="dcr-header"><a href="/" class="dcr-logo">The Sentinel</a><nav><a href="/uk">News</a> <a href="/commentisfree">Opinion</a> <a href="/sport">Sport</a> <a href="/culture">Culture</a> <a href="/lifeandstyle">Lifestyle</a></nav></header>
<main data-layout="ReviewLayout">
<article>
<div class="dcr-section"><a href="/tv-and-radio">Television</a></div>
<div data-gu-name="headline"><h1 class="dcr-y70mar">The Long Tide review – a slow-burn Cornish thriller that finally finds its pulse</h1></div>
<div class="dcr-stars"><span class="dcr-visually-hidden">4 out of 5 stars</span><span aria-hidden="true">★★★★☆</span></div>
<div data-gu-name="standfirst"><p>It takes three episodes to get going, but when it does, this fishing-village mystery starring Nell Tregarthen is gripping</p></div>
<div data-gu-name="meta"><address aria-label="Contributor info"><a rel="author" href="/profile/rosa-pemberton">Rosa Pemberton</a></address><details class="dcr-dates"><summary>Sun 2 Mar 2025 22.00 GMT</summary></details></div>
<div class="article-body-commercial-selector">
<p>For its first three hours, The Long Tide is the kind of drama you half-watch while scrolling your phone: a missing trawlerman, a grieving widow, a detective who has come home to a village that never wanted her to leave.</p>
<p>Then, at the end of episode three, something happens in the harbour that I won't spoil, and the whole thing snaps into focus. The last three episodes are tense, surprising and beautifully acted, particularly by Nell Tregarthen as the widow.</p>
<p>It is a pity the opening is so leaden. But stick with it.</p>
</div>
</article>
</main>
<footer><p>© 2025 Sentinel News &amp; Media Limited</p></footer>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 38 Games site (WordPress + Yoast) whose Review node lives inside the Yoast
#    @graph; Review.author is an @id ref; score 8.5/10. "Reviewed by X".
# ---------------------------------------------------------------------------
add("review_videogame_in_yoast_graph", "WordPress/Yoast (Review node in @graph)",
    "https://respawnweekly.com/reviews/starfall-drifters-review/",
    TR("Starfall Drifters Review", ["Nate Collins"], "2025-03-04", 8.5, 10, "Starfall Drifters", "VideoGame"),
    r'''<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Starfall Drifters Review - Respawn Weekly</title>
<meta name="description" content="A roguelite space-salvage game with a brilliant ship-building loop and a dull final act.">
<meta property="og:type" content="article">
<meta property="og:title" content="Starfall Drifters Review - Respawn Weekly">
<meta property="og:site_name" content="Respawn Weekly">
<meta property="article:published_time" content="2025-03-04T15:00:00+00:00">
<meta property="article:modified_time" content="2025-03-05T09:12:00+00:00">
<meta name="twitter:label1" content="Written by">
<meta name="twitter:data1" content="Nate Collins">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","@id":"https://respawnweekly.com/reviews/starfall-drifters-review/#article","author":{"name":"Nate Collins","@id":"https://respawnweekly.com/#/schema/person/9f0e"},"headline":"Starfall Drifters Review","datePublished":"2025-03-04T15:00:00+00:00","dateModified":"2025-03-05T09:12:00+00:00","mainEntityOfPage":{"@id":"https://respawnweekly.com/reviews/starfall-drifters-review/"},"publisher":{"@id":"https://respawnweekly.com/#organization"},"articleSection":["Reviews","PC","PS5"],"inLanguage":"en-US"},{"@type":"WebPage","@id":"https://respawnweekly.com/reviews/starfall-drifters-review/","url":"https://respawnweekly.com/reviews/starfall-drifters-review/","name":"Starfall Drifters Review - Respawn Weekly","datePublished":"2025-03-04T15:00:00+00:00","inLanguage":"en-US"},{"@type":"Review","@id":"https://respawnweekly.com/reviews/starfall-drifters-review/#review","name":"Starfall Drifters Review","itemReviewed":{"@type":"VideoGame","name":"Starfall Drifters","gamePlatform":["PC","PlayStation 5"],"applicationCategory":"Game","operatingSystem":"Windows","author":{"@type":"Organization","name":"Lanternfish Games"}},"reviewRating":{"@type":"Rating","ratingValue":"8.5","bestRating":"10","worstRating":"0"},"author":{"@id":"https://respawnweekly.com/#/schema/person/9f0e"},"publisher":{"@id":"https://respawnweekly.com/#organization"},"datePublished":"2025-03-04T15:00:00+00:00","isPartOf":{"@id":"https://respawnweekly.com/reviews/starfall-drifters-review/#article"}},{"@type":"Organization","@id":"https://respawnweekly.com/#organization","name":"Respawn Weekly","url":"https://respawnweekly.com/"},{"@type":"Person","@id":"https://respawnweekly.com/#/schema/person/9f0e","name":"Nate Collins","url":"https://respawnweekly.com/author/nate/"}]}</script>
</head>
<body class="single single-post postid-7012">
<header class="site-header"><a class="logo" href="/">Respawn Weekly</a><nav><a href="/news/">News</a> <a href="/reviews/">Reviews</a> <a href="/guides/">Guides</a></nav></header>
<main>
<article class="review">
<h1 class="entry-title">Starfall Drifters Review</h1>
<div class="entry-meta"><span class="reviewer">Reviewed by <a href="/author/nate/">Nate Collins</a></span> <span class="posted-on">Posted on <time datetime="2025-03-04T15:00:00+00:00">March 4, 2025</time></span> <span class="platforms">Reviewed on PC</span></div>
<div class="entry-content">
<p>Starfall Drifters wants you to get attached to your ship, and it works. Every run starts with a rusted hull and a handful of credits, and by the end you are flying a lovingly bolted-together monster of salvaged turrets and stolen engines.</p>
<p>The ship-building is the star. Modules snap together on a grid, power and heat have to be balanced, and a clever synergy system rewards weird combinations. I spent one memorable run with nothing but mining lasers and a cloaking device, and won.</p>
<p>The problem is the final sector, which throws the same three boss encounters at you every time. After twenty runs, it becomes a chore to get through to see the next bit of story.</p>
</div>
<div class="review-summary"><div class="score-box"><span class="score">8.5</span><span class="out-of">/10</span><span class="verdict">Great</span></div><ul class="pros"><li>Deep, flexible ship-building</li><li>Gorgeous pixel art</li></ul><ul class="cons"><li>Repetitive final sector</li></ul></div>
</article>
</main>
<footer class="site-footer">© 2025 Respawn Weekly</footer>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 39 German tech test site: h1 with kicker "Test"; Review JSON-LD with
#    ratingValue "4,5" (comma decimal, as a string) of a Product.
# ---------------------------------------------------------------------------
add("review_product_comma_decimal_de", "Custom CMS (German tech test site)",
    "https://www.geraetewelt.de/test/nordwind-x2-akkusauger-test-7731.html",
    TR("Nordwind X2: Leiser Akkusauger mit kurzer Ausdauer", ["Felix Brandt"], "2025-03-05", 4.5, 5, "Nordwind X2", "Product"),
    r'''<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Nordwind X2 im Test: Leiser Akkusauger mit kurzer Ausdauer | Gerätewelt</title>
<meta name="description" content="Der Nordwind X2 saugt gründlich und leise, schwächelt aber beim Akku.">
<meta property="og:title" content="Nordwind X2 im Test: Leiser Akkusauger mit kurzer Ausdauer">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Gerätewelt">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Review","headline":"Nordwind X2: Leiser Akkusauger mit kurzer Ausdauer","datePublished":"2025-03-05T11:30:00+01:00","author":{"@type":"Person","name":"Felix Brandt"},"publisher":{"@type":"Organization","name":"Gerätewelt"},"itemReviewed":{"@type":"Product","name":"Nordwind X2","brand":{"@type":"Brand","name":"Nordwind"},"offers":{"@type":"Offer","price":"299.00","priceCurrency":"EUR"}},"reviewRating":{"@type":"Rating","ratingValue":"4,5","bestRating":"5","worstRating":"1"},"positiveNotes":{"@type":"ItemList","itemListElement":[{"@type":"ListItem","position":1,"name":"sehr leise"},{"@type":"ListItem","position":2,"name":"gute Saugleistung auf Teppich"}]},"negativeNotes":{"@type":"ItemList","itemListElement":[{"@type":"ListItem","position":1,"name":"nur 28 Minuten Laufzeit"}]}}</script>
</head>
<body>
<header class="gw-header"><a class="gw-logo" href="/">Gerätewelt</a><nav><a href="/test/">Tests</a> <a href="/ratgeber/">Ratgeber</a> <a href="/bestenlisten/">Bestenlisten</a></nav></header>
<main class="gw-main">
<article class="gw-article">
<h1 class="gw-title"><span class="gw-kicker">Test</span> <span class="gw-headline">Nordwind X2: Leiser Akkusauger mit kurzer Ausdauer</span></h1>
<div class="gw-meta">Von <a href="/autoren/felix-brandt/">Felix Brandt</a> · 05.03.2025, 11:30 Uhr</div>
<div class="gw-rating-box"><span class="gw-rating-label">Unsere Wertung:</span> <span class="gw-rating">4,5 von 5 Sternen</span></div>
<div class="gw-body">
<p>Der Nordwind X2 ist einer der leisesten Akkusauger, die wir bisher getestet haben. Mit 68 Dezibel auf mittlerer Stufe lässt er sich auch abends in der Mietwohnung benutzen, ohne dass die Nachbarn klopfen.</p>
<p>Auf Teppich und Hartboden saugt er gründlich; nur bei Tierhaaren in langflorigem Teppich musste die Bürste zweimal drüber. Die Bürstenwalze lässt sich ohne Werkzeug entnehmen und von Haaren befreien.</p>
<p>Die große Schwäche ist der Akku: Auf mittlerer Stufe waren nach 28 Minuten Schluss, im Turbo-Modus schon nach neun. Für eine größere Wohnung reicht das nur knapp.</p>
<h2>Fazit</h2>
<p>Wer leise und gründlich saugen möchte und keine riesige Fläche hat, ist mit dem Nordwind X2 gut bedient.</p>
</div>
</article>
</main>
<footer class="gw-footer">© 2025 Gerätewelt Medien GmbH</footer>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 40 Book blog (WordPress, microdata Review): itemReviewed Book carries its own
#    nested itemprop=author (the novelist); the reviewer's itemprop=author is
#    further down. h1 literally starts with "Review:".
# ---------------------------------------------------------------------------
add("review_book_microdata_nested_author", "WordPress (book blog, microdata Review)",
    "https://paperlanternsreads.com/review-the-salt-archivist-ines-calloway/",
    TR("Review: The Salt Archivist by Ines Calloway", ["Harper Quinn"], "2025-03-01", 4, 5, "The Salt Archivist", "Book"),
    r'''<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Review: The Salt Archivist by Ines Calloway &#8211; Paper Lanterns Reads</title>
<link rel="canonical" href="https://paperlanternsreads.com/review-the-salt-archivist-ines-calloway/" />
<meta name="generator" content="WordPress 6.6.2" />
</head>
<body class="post-template-default single single-post postid-1502">
<div id="page">
<header id="masthead"><p class="site-title"><a href="https://paperlanternsreads.com/" rel="home">Paper Lanterns Reads</a></p><p class="site-description">Cozy fantasy, literary mysteries &amp; tea</p></header>
<div id="content">
<main id="main">
<article id="post-1502" class="post-1502 post type-post status-publish hentry category-reviews" itemscope itemtype="http://schema.org/Review">
<header class="entry-header">
<h1 class="entry-title" itemprop="name">Review: The Salt Archivist by Ines Calloway</h1>
<div class="entry-meta"><meta itemprop="datePublished" content="2025-03-01"><span class="posted-on">March 1, 2025</span></div>
</header>
<div class="book-info" itemprop="itemReviewed" itemscope itemtype="http://schema.org/Book">
<img src="https://paperlanternsreads.com/wp-content/uploads/2025/02/salt-archivist-cover.jpg" alt="The Salt Archivist cover" itemprop="image">
<p><strong>Title:</strong> <span itemprop="name">The Salt Archivist</span><br>
<strong>Author:</strong> <span itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Ines Calloway</span></span><br>
<strong>Publisher:</strong> <span itemprop="publisher">Greywell Press</span><br>
<strong>Pages:</strong> <span itemprop="numberOfPages">384</span><br>
<strong>ISBN:</strong> <span itemprop="isbn">9781234567897</span></p>
</div>
<div class="entry-content" itemprop="reviewBody">
<p>I picked this up because of the cover and stayed for the archivist. Marguerite keeps the records of a town built on a salt mine, and when the mine's oldest ledgers start rewriting themselves, she is the only one who notices.</p>
<p>Calloway's prose is lovely and unhurried, and the town feels lived-in down to its bakery schedule. The mystery is slower than I expected, and the middle third drags a little, but the final reveal made me go back and reread the first chapter.</p>
<p>If you liked quiet, bookish fantasy with a touch of dread, this one is for you.</p>
</div>
<div class="my-rating" itemprop="reviewRating" itemscope itemtype="http://schema.org/Rating"><meta itemprop="worstRating" content="1"><strong>My rating:</strong> <span itemprop="ratingValue">4</span> out of <span itemprop="bestRating">5</span> lanterns</div>
<footer class="entry-footer"><span class="review-author">Reviewed by <span itemprop="author" itemscope itemtype="http://schema.org/Person"><a href="https://paperlanternsreads.com/author/harper/" itemprop="url"><span itemprop="name">Harper Quinn</span></a></span></span> · <a href="https://paperlanternsreads.com/category/reviews/" rel="category tag">Reviews</a></footer>
</article>
</main>
</div>
<footer id="colophon"><div class="site-info">© 2025 Paper Lanterns Reads</div></footer>
</div>
</body>
</html>''')

# ---------------------------------------------------------------------------
# 41 Newspaper restaurant review: NewsArticle + separate Review of a Restaurant,
#    3 of 4 stars; byline with role "Restaurant Critic".
# ---------------------------------------------------------------------------
add("review_restaurant_newspaper", "Custom CMS (metro daily, restaurant critic)",
    "https://www.baysidechronicle.com/food/restaurants/article/marrow-and-vine-review-20250226.php",
    TR("At Marrow & Vine, a Neighborhood Bistro Grows Up", ["Elena Vasquez"], "2025-02-26", 3, 4, "Marrow & Vine", "Restaurant"),
    r'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Marrow &amp; Vine review: A neighborhood bistro grows up</title>
<meta name="description" content="Chef Dana Okafor's new menu is her most ambitious yet.">
<meta property="og:title" content="At Marrow &amp; Vine, a Neighborhood Bistro Grows Up">
<meta property="og:type" content="article">
<meta property="og:site_name" content="The Bayside Chronicle">
<meta property="article:published_time" content="2025-02-26T13:00:00.000Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"At Marrow & Vine, a Neighborhood Bistro Grows Up","datePublished":"2025-02-26T13:00:00.000Z","dateModified":"2025-02-26T17:40:00.000Z","author":[{"@type":"Person","name":"Elena Vasquez","jobTitle":"Restaurant Critic"}],"publisher":{"@type":"NewsMediaOrganization","name":"The Bayside Chronicle"}}</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Review","itemReviewed":{"@type":"Restaurant","name":"Marrow & Vine","servesCuisine":"French","priceRange":"$$$","address":{"@type":"PostalAddress","streetAddress":"1840 Fillmore St.","addressLocality":"Bayside","addressRegion":"CA","postalCode":"94115"},"telephone":"+1-415-555-0142"},"reviewRating":{"@type":"Rating","ratingValue":"3","bestRating":"4","worstRating":"0"},"author":{"@type":"Person","name":"Elena Vasquez"},"publisher":{"@type":"Organization","name":"The Bayside Chronicle"}}</script>
</head>
<body>
<header class="hdr"><a class="hdr-logo" href="/">The Bayside Chronicle</a><nav><a href="/local/">Local</a> <a href="/food/">Food</a> <a href="/sports/">Sports</a> <a href="/opinion/">Opinion</a></nav></header>
<main>
<article class="article">
<div class="article-label"><a href="/food/restaurants/">Restaurant Review</a></div>
<h1 class="article-headline">At Marrow &amp; Vine, a Neighborhood Bistro Grows Up</h1>
<p class="article-dek">Chef Dana Okafor's new menu is her most ambitious yet — and mostly it works.</p>
<div class="article-byline"><img class="byline-headshot" src="/img/staff/elena-vasquez.jpg" alt=""><span>By <a href="/author/elena-vasquez/">Elena Vasquez</a>, Restaurant Critic</span><span class="article-date">Published Feb. 26, 2025</span></div>
<div class="review-card"><div class="review-card__stars" aria-label="3 stars out of 4">★★★</div><p class="review-card__scale">(out of 4 stars)</p><p><strong>Marrow &amp; Vine</strong> 1840 Fillmore St., Bayside. 415-555-0142. Dinner Tuesday–Saturday. Entrees $32–$48.</p></div>
<div class="article-body">
<p>For six years Marrow &amp; Vine was the place you went on a Tuesday for a steak frites and a glass of something cheap and red. It was good. It was not a destination.</p>
<p>That changed in January, when chef Dana Okafor closed for three weeks, tore out the banquettes and came back with a menu that reads like a letter of intent: bone marrow with smoked eel, a whole roasted duck for two, a dessert built around bay laurel.</p>
<p>Most of it works. The duck is spectacular, its skin lacquered and shattering. The eel is a brilliant foil for the marrow. Some of the smaller plates feel unfinished, and service on a busy Friday was stretched thin.</p>
<p>But this is a restaurant clearly going somewhere, and I'll be back to see where.</p>
</div>
</article>
</main>
<footer class="ftr">© 2025 The Bayside Chronicle</footer>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 42 Music site: Review of a MusicAlbum (byArtist MusicGroup), 7.8/10, score
#    shown in a badge; h1 is a descriptive headline.
# ---------------------------------------------------------------------------
add("review_musicalbum", "Custom CMS (music site)",
    "https://www.staticandsignal.com/reviews/albums/the-velvet-kites-harbor-lights/",
    TR("The Velvet Kites Drift Into Dream-Pop Bliss on ‘Harbor Lights’", ["Milo Hart"], "2025-03-07", 7.8, 10, "Harbor Lights", "MusicAlbum"),
    r'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>The Velvet Kites: Harbor Lights Album Review | Static &amp; Signal</title>
<meta name="description" content="The Glasgow trio's third album is their warmest and most focused.">
<meta property="og:title" content="The Velvet Kites: Harbor Lights Album Review">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Static &amp; Signal">
<meta property="article:published_time" content="2025-03-07T05:00:00-05:00">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Review","name":"The Velvet Kites Drift Into Dream-Pop Bliss on ‘Harbor Lights’","reviewBody":"The Glasgow trio's third album is their warmest and most focused.","datePublished":"2025-03-07T05:00:00-05:00","author":[{"@type":"Person","name":"Milo Hart","sameAs":"https://www.staticandsignal.com/staff/milo-hart/"}],"itemReviewed":{"@type":"MusicAlbum","name":"Harbor Lights","byArtist":{"@type":"MusicGroup","name":"The Velvet Kites"},"datePublished":"2025"},"reviewRating":{"@type":"Rating","bestRating":"10","worstRating":"0","ratingValue":"7.8"},"publisher":{"@type":"Organization","name":"Static & Signal"}}</script>
</head>
<body>
<header class="nav"><a class="nav-logo" href="/">Static &amp; Signal</a><a href="/news/">News</a> <a href="/reviews/albums/">Album Reviews</a> <a href="/features/">Features</a></header>
<main>
<article class="review-page">
<div class="review-header">
<div class="album-art"><img src="/media/covers/harbor-lights.jpg" alt="Harbor Lights album art"></div>
<div class="review-header__info">
<p class="artist-name"><a href="/artists/the-velvet-kites/">The Velvet Kites</a></p>
<p class="album-title"><em>Harbor Lights</em></p>
<p class="album-label">Driftwood Records • 2025</p>
<div class="score-badge"><span class="score">7.8</span></div>
</div>
</div>
<h1 class="review-headline">The Velvet Kites Drift Into Dream-Pop Bliss on ‘Harbor Lights’</h1>
<div class="review-byline">By <a href="/staff/milo-hart/">Milo Hart</a> <span class="genre">Genre: Rock</span> <time datetime="2025-03-07T05:00:00-05:00">March 7, 2025</time></div>
<div class="review-body">
<p>The Velvet Kites have always sounded like a band recorded through a fogged-up window. On their third album, the Glasgow trio finally wipe it clean, and what's revealed is warmer and more tuneful than anything they've done before.</p>
<p>Opener "Low Tide Radio" sets the template: a chiming 12-string, a bass line that loops like a lighthouse beam, and singer Isla Brodie's voice pushed up front instead of buried in reverb. "Cormorant" and the title track are the best songs they've written.</p>
<p>The second half sags a little, with two instrumentals that feel like sketches. But <em>Harbor Lights</em> is the sound of a band discovering it doesn't need to hide.</p>
</div>
</article>
</main>
<footer>© 2025 Static &amp; Signal</footer>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 43 Food blog (Feast-like theme, Yoast, WP Recipe Maker): the Recipe node has
#    only an aggregateRating from readers' votes. Not a review.
# ---------------------------------------------------------------------------
add("recipe_aggregate_rating_only", "WordPress/Yoast + WP Recipe Maker (aggregateRating only)",
    "https://weeknightskillet.com/one-pan-lemon-orzo-chicken-spinach/",
    TR("One-Pan Lemon Orzo with Chicken and Spinach", ["Becca Lund"], "2025-03-02", None, None, None, None),
    r'''<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>One-Pan Lemon Orzo with Chicken and Spinach - Weeknight Skillet</title>
<meta name="description" content="Creamy lemon orzo, seared chicken thighs and a big handful of spinach, all in one pan in 35 minutes.">
<meta property="og:type" content="article">
<meta property="og:title" content="One-Pan Lemon Orzo with Chicken and Spinach - Weeknight Skillet">
<meta property="og:site_name" content="Weeknight Skillet">
<meta property="article:published_time" content="2025-03-02T12:00:00+00:00">
<meta name="author" content="Becca Lund">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","@id":"https://weeknightskillet.com/one-pan-lemon-orzo-chicken-spinach/#article","author":{"name":"Becca Lund","@id":"https://weeknightskillet.com/#/schema/person/b1c2"},"headline":"One-Pan Lemon Orzo with Chicken and Spinach","datePublished":"2025-03-02T12:00:00+00:00","dateModified":"2025-03-02T12:00:00+00:00","publisher":{"@id":"https://weeknightskillet.com/#organization"},"inLanguage":"en-US","mainEntityOfPage":{"@id":"https://weeknightskillet.com/one-pan-lemon-orzo-chicken-spinach/"}},{"@type":"Organization","@id":"https://weeknightskillet.com/#organization","name":"Weeknight Skillet"},{"@type":"Person","@id":"https://weeknightskillet.com/#/schema/person/b1c2","name":"Becca Lund"},{"@type":"Recipe","name":"One-Pan Lemon Orzo with Chicken and Spinach","author":{"@id":"https://weeknightskillet.com/#/schema/person/b1c2"},"description":"Creamy lemon orzo, seared chicken thighs and spinach in one pan.","datePublished":"2025-03-02T12:00:00+00:00","recipeYield":["4"],"prepTime":"PT10M","cookTime":"PT25M","totalTime":"PT35M","recipeIngredient":["1.5 lb boneless chicken thighs","1 cup orzo","2 cups chicken stock","1 lemon","4 cups baby spinach","1/2 cup grated parmesan"],"recipeInstructions":[{"@type":"HowToStep","text":"Season and sear the chicken until golden. Remove."},{"@type":"HowToStep","text":"Toast the orzo, add stock and lemon, simmer 10 minutes."},{"@type":"HowToStep","text":"Return the chicken, cover and cook through. Stir in spinach and parmesan."}],"aggregateRating":{"@type":"AggregateRating","ratingValue":"4.83","ratingCount":"96"},"recipeCategory":["Dinner"],"recipeCuisine":["Mediterranean"],"@id":"https://weeknightskillet.com/one-pan-lemon-orzo-chicken-spinach/#recipe","isPartOf":{"@id":"https://weeknightskillet.com/one-pan-lemon-orzo-chicken-spinach/#article"},"mainEntityOfPage":"https://weeknightskillet.com/one-pan-lemon-orzo-chicken-spinach/"}]}</script>
</head>
<body class="post-template-default single single-post postid-2291 feast-plugin">
<header class="site-header"><p class="site-title"><a href="https://weeknightskillet.com/">Weeknight Skillet</a></p><nav><a href="/recipes/">Recipes</a> <a href="/dinner/">Dinner</a> <a href="/about/">About</a></nav></header>
<main class="content">
<article class="post-2291 post type-post entry">
<header class="entry-header"><h1 class="entry-title">One-Pan Lemon Orzo with Chicken and Spinach</h1>
<p class="entry-meta">By <a href="/about/">Becca Lund</a> · Published: <time class="entry-time">March 2, 2025</time> · <a href="#wprm-recipe-container-2295">5 from 96 votes</a></p></header>
<div class="entry-content">
<p>This is the dinner I make when I have 35 minutes, one clean pan and a fridge that contains chicken thighs, a lemon and not much else. The orzo cooks right in the pan juices and turns almost risotto-creamy.</p>
<h2>Tips for the best lemon orzo</h2>
<p>Toast the orzo for a minute or two before adding the stock; it gives a nuttier flavor. Add the lemon zest early and the juice at the end so it stays bright.</p>
<div id="wprm-recipe-container-2295" class="wprm-recipe-container"><div class="wprm-recipe"><h2 class="wprm-recipe-name">One-Pan Lemon Orzo with Chicken and Spinach</h2><div class="wprm-recipe-rating"><span class="wprm-recipe-rating-details">4.83 from 96 votes</span></div><div class="wprm-recipe-ingredients-container"><h3>Ingredients</h3><ul><li>1.5 lb boneless chicken thighs</li><li>1 cup orzo</li><li>2 cups chicken stock</li><li>1 lemon</li><li>4 cups baby spinach</li><li>1/2 cup grated parmesan</li></ul></div></div></div>
</div>
</article>
</main>
<footer class="site-footer">© 2025 Weeknight Skillet</footer>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 44 Laptop review site with a review plugin that emits a Product whose
#    `review` holds the critic's Review (inverted nesting) plus an
#    aggregateRating mirroring it (ratingCount 1).
# ---------------------------------------------------------------------------
add("review_product_nested_in_product", "WordPress + product-review plugin (Product.review)",
    "https://portablebench.com/reviews/kestrel-pro-14-review/",
    TR("Kestrel Pro 14 Review: A Budget Laptop That Punches Above Its Weight", ["Oliver Grant"], "2025-03-06",
       8.2, 10, "Kestrel Pro 14", "Product"),
    r'''<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kestrel Pro 14 Review: A Budget Laptop That Punches Above Its Weight | Portable Bench</title>
<meta name="description" content="A $649 laptop with a 2.8K OLED screen and 14 hours of battery life.">
<meta property="og:title" content="Kestrel Pro 14 Review: A Budget Laptop That Punches Above Its Weight">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Portable Bench">
<meta property="article:published_time" content="2025-03-06T10:00:00-08:00">
<script type="application/ld+json">{"@context":"http://schema.org/","@type":"Product","name":"Kestrel Pro 14","image":"https://portablebench.com/wp-content/uploads/2025/03/kestrel-pro-14.jpg","description":"14-inch laptop with 2.8K OLED display","brand":{"@type":"Brand","name":"Kestrel"},"offers":{"@type":"Offer","price":"649.00","priceCurrency":"USD","availability":"http://schema.org/InStock"},"review":{"@type":"Review","reviewRating":{"@type":"Rating","ratingValue":"8.2","bestRating":"10","worstRating":"0"},"author":{"@type":"Person","name":"Oliver Grant"},"reviewBody":"A $649 laptop with a 2.8K OLED screen and 14 hours of battery life."},"aggregateRating":{"@type":"AggregateRating","ratingValue":"8.2","bestRating":"10","worstRating":"0","ratingCount":"1"}}</script>
</head>
<body class="single single-post postid-5531">
<header class="site-header"><a class="site-logo" href="/">Portable Bench</a><nav><a href="/reviews/">Reviews</a> <a href="/best/">Best Picks</a> <a href="/how-to/">How To</a></nav></header>
<main>
<article>
<h1 class="entry-title">Kestrel Pro 14 Review: A Budget Laptop That Punches Above Its Weight</h1>
<div class="entry-meta">By <a href="/author/oliver-grant/" rel="author">Oliver Grant</a> on <time datetime="2025-03-06T10:00:00-08:00">March 6, 2025</time></div>
<div class="wppr-review-container"><div class="wppr-review-head"><h2 class="wppr-review-name">Kestrel Pro 14</h2><div class="review-wu-grade"><span class="score">8.2</span><span class="out-of">/10</span></div></div><div class="wppr-review-pros"><h3>Pros</h3><ul><li>Gorgeous OLED screen</li><li>All-day battery</li></ul></div><div class="wppr-review-cons"><h3>Cons</h3><ul><li>Mushy trackpad</li><li>Only one USB-C port</li></ul></div></div>
<div class="entry-content">
<p>Budget laptops usually make you choose between a good screen and a good battery. The Kestrel Pro 14 somehow gives you both for $649.</p>
<p>The 2.8K OLED panel is the headline feature: deep blacks, accurate color and a 90 Hz refresh rate that makes scrolling feel smooth. In our battery rundown test it lasted 14 hours and 12 minutes, better than laptops twice the price.</p>
<p>The compromises are in the details. The trackpad is mushy, the speakers are thin, and there is only one USB-C port, which doubles as the charging port.</p>
</div>
</article>
</main>
<footer>© 2025 Portable Bench</footer>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 45 Older WordPress film blog with microdata Review at article level (WP
#    Review-style plugin): itemReviewed Movie, 7/10 with worstRating 1,
#    author Person microdata, datePublished as <meta itemprop>.
# ---------------------------------------------------------------------------
add("review_movie_microdata_wp", "WordPress (film blog, microdata Review)",
    "https://midnightmatinee.blog/night-ferry-2025-movie-review/",
    TR("Night Ferry (2025) Movie Review", ["Gus Whitaker"], "2025-02-21", 7, 10, "Night Ferry", "Movie"),
    r'''<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>Night Ferry (2025) Movie Review | Midnight Matinee</title>
<link rel="canonical" href="https://midnightmatinee.blog/night-ferry-2025-movie-review/" />
<meta name="generator" content="WordPress 6.2.6" />
</head>
<body class="single single-post postid-880">
<div id="wrapper">
<header id="header"><div id="logo"><a href="https://midnightmatinee.blog/">Midnight Matinee</a></div><div id="tagline">Horror, thrillers and the occasional weirdo masterpiece</div></header>
<nav id="menu"><ul><li><a href="/category/reviews/">Reviews</a></li><li><a href="/category/lists/">Lists</a></li><li><a href="/about/">About</a></li></ul></nav>
<div id="main">
<article id="post-880" class="post-880 post type-post status-publish hentry category-reviews" itemscope itemtype="http://schema.org/Review">
<h1 class="entry-title" itemprop="name">Night Ferry (2025) Movie Review</h1>
<div class="post-meta">by <span itemprop="author" itemscope itemtype="http://schema.org/Person"><a href="https://midnightmatinee.blog/author/gus/" rel="author"><span itemprop="name">Gus Whitaker</span></a></span> | <span class="date">February 21, 2025</span><meta itemprop="datePublished" content="2025-02-21T19:30:00+00:00"></div>
<div itemprop="itemReviewed" itemscope itemtype="http://schema.org/Movie"><meta itemprop="name" content="Night Ferry"><meta itemprop="dateCreated" content="2025"><link itemprop="sameAs" href="https://www.imdb.com/title/tt0000001/"><span class="movie-info">Directed by <span itemprop="director" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Karin Holm</span></span></span></div>
<div class="entry-content" itemprop="reviewBody">
<p>A ferry crosses a Baltic strait overnight. Somewhere between the duty-free shop and the karaoke bar, a passenger goes missing, and the only person who seems to notice is a seasick teenager travelling alone.</p>
<p>Karin Holm's thriller gets a lot out of a simple premise and a single location. The ship is a great setting — endless identical corridors, a car deck that groans in the dark — and the young lead is excellent.</p>
<p>It falls apart a bit in the last act, when the explanation arrives and turns out to be more ordinary than the mystery deserved. Still, a solid, creepy 90 minutes.</p>
</div>
<div class="review-total" itemprop="reviewRating" itemscope itemtype="http://schema.org/Rating"><meta itemprop="worstRating" content="1"><span class="review-total-label">Final score:</span> <span class="review-total-score"><span itemprop="ratingValue">7</span>/<span itemprop="bestRating">10</span></span></div>
</article>
</div>
<footer id="footer">© 2025 Midnight Matinee</footer>
</div>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 46 Entertainment site @graph where Review.itemReviewed is an @id reference to
#    a separate TVSeries node; 3/5.
# ---------------------------------------------------------------------------
add("review_tvseries_idref_graph", "Custom CMS (entertainment site, @graph with @id refs)",
    "https://www.bingereport.com/tv/copper-valley-season-2-review/",
    TR("‘Copper Valley’ Season 2 Review: The Ranch Drama Loses Its Footing", ["Dani Roth"], "2025-03-07", 3, 5, "Copper Valley", "TVSeries"),
    r'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>‘Copper Valley’ Season 2 Review: The Ranch Drama Loses Its Footing</title>
<meta name="description" content="The Montana family saga trades character for melodrama in its second outing.">
<meta property="og:title" content="‘Copper Valley’ Season 2 Review: The Ranch Drama Loses Its Footing">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Binge Report">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","@id":"https://www.bingereport.com/tv/copper-valley-season-2-review/#article","headline":"‘Copper Valley’ Season 2 Review: The Ranch Drama Loses Its Footing","datePublished":"2025-03-07T16:00:00+00:00","dateModified":"2025-03-07T16:00:00+00:00","author":{"@id":"https://www.bingereport.com/#author-dani-roth"},"publisher":{"@id":"https://www.bingereport.com/#org"}},{"@type":"Review","@id":"https://www.bingereport.com/tv/copper-valley-season-2-review/#review","itemReviewed":{"@id":"https://www.bingereport.com/tv/copper-valley-season-2-review/#tvseries"},"reviewRating":{"@type":"Rating","ratingValue":3,"bestRating":5,"worstRating":0},"author":{"@id":"https://www.bingereport.com/#author-dani-roth"},"datePublished":"2025-03-07T16:00:00+00:00"},{"@type":"TVSeries","@id":"https://www.bingereport.com/tv/copper-valley-season-2-review/#tvseries","name":"Copper Valley","numberOfSeasons":2,"productionCompany":{"@type":"Organization","name":"Bitterroot Pictures"}},{"@type":"Person","@id":"https://www.bingereport.com/#author-dani-roth","name":"Dani Roth","jobTitle":"TV Critic"},{"@type":"Organization","@id":"https://www.bingereport.com/#org","name":"Binge Report"}]}</script>
</head>
<body>
<header class="br-header"><a class="br-logo" href="/">Binge Report</a><nav><a href="/tv/">TV</a> <a href="/movies/">Movies</a> <a href="/streaming-guide/">Streaming Guide</a></nav></header>
<main>
<article class="br-article">
<h1 class="br-headline">‘Copper Valley’ Season 2 Review: The Ranch Drama Loses Its Footing</h1>
<div class="br-meta"><span class="br-author">By <a href="/authors/dani-roth/">Dani Roth</a></span> <span class="br-date">Mar 7, 2025</span></div>
<div class="br-rating"><span class="br-rating__value">3/5</span></div>
<div class="br-body">
<p>The first season of Copper Valley was a surprise: a slow, serious drama about a Montana ranching family that cared more about drought and debt than shootouts. Season 2 has clearly been told to pick up the pace.</p>
<p>There are now two murders, a secret twin and a subplot about a casino that seems to have wandered in from another show. The quiet scenes that made the first season special are still there, but they are squeezed between cliffhangers.</p>
<p>The cast remains strong, and the final episode recovers some of the old magic. But this is a show that has lost its footing.</p>
</div>
</article>
</main>
<footer>© 2025 Binge Report</footer>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 47 Indie games site, microdata Review with visible rating spans (9/10),
#    itemReviewed VideoGame, author Person microdata, <time itemprop>.
# ---------------------------------------------------------------------------
add("review_videogame_microdata_visible", "Custom CMS (indie games site, microdata)",
    "https://www.pocketquest.gg/reviews/moss-hollow",
    TR("Moss Hollow review: a tiny adventure with a huge heart", ["Aiko Tanaka"], "2025-03-06", 9, 10, "Moss Hollow", "VideoGame"),
    r'''<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Moss Hollow review: a tiny adventure with a huge heart • Pocket Quest</title>
<meta name="description" content="A pocket-sized Zelda-like about a mouse knight that gets almost everything right.">
<meta property="og:title" content="Moss Hollow review">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Pocket Quest">
</head>
<body>
<header class="pq-header"><a class="pq-logo" href="/">Pocket Quest</a><nav><a href="/news">News</a> <a href="/reviews">Reviews</a> <a href="/features">Features</a></nav></header>
<main>
<article class="pq-review" itemscope itemtype="https://schema.org/Review">
<h1 class="pq-title" itemprop="name">Moss Hollow review: a tiny adventure with a huge heart</h1>
<div class="pq-byline">By <span itemprop="author" itemscope itemtype="https://schema.org/Person"><a href="/authors/aiko-tanaka" itemprop="url"><span itemprop="name">Aiko Tanaka</span></a></span> · <time itemprop="datePublished" datetime="2025-03-06T14:00:00+00:00">6 March 2025</time></div>
<div class="pq-game" itemprop="itemReviewed" itemscope itemtype="https://schema.org/VideoGame"><span class="label">Game:</span> <span itemprop="name">Moss Hollow</span> · <span class="label">Platforms:</span> <span itemprop="gamePlatform">Nintendo Switch</span>, <span itemprop="gamePlatform">PC</span> · <span class="label">Developer:</span> <span itemprop="author" itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Thimble Works</span></span></div>
<div class="pq-body" itemprop="reviewBody">
<p>Moss Hollow is about a mouse with a sewing-needle sword, and it knows exactly how charming that is. What's surprising is how much game is packed under the charm.</p>
<p>The world is small — you can cross it in ten minutes — but dense with secrets. Every bush and root seems to hide something, and the four dungeons are little masterpieces of puzzle design.</p>
<p>Combat is simple but satisfying, and the boss fights are inventive. My only real complaint is that it's over in about eight hours. I wanted more.</p>
</div>
<div class="pq-score" itemprop="reviewRating" itemscope itemtype="https://schema.org/Rating"><meta itemprop="worstRating" content="0"><span class="pq-score__label">Score</span> <span itemprop="ratingValue">9</span><span class="sep">/</span><span itemprop="bestRating">10</span></div>
</article>
</main>
<footer class="pq-footer">© 2025 Pocket Quest</footer>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 48 Gadget review: og:title differs from h1; Review of a Product that itself
#    carries an aggregateRating from users (3.9) — the critic gave 4.5/5.
# ---------------------------------------------------------------------------
add("review_product_with_user_aggregate", "Custom CMS (gadget reviews)",
    "https://www.gadgetgrove.com/reviews/aurora-buds-3",
    TR("Aurora Buds 3 Review: Great Sound, Fiddly Fit", ["Priyanka Shah"], "2025-02-24", 4.5, 5, "Aurora Buds 3", "Product"),
    r'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Aurora Buds 3 Review | Gadget Grove</title>
<meta name="description" content="Excellent sound and ANC for $89, if you can get them to stay in.">
<meta property="og:title" content="Aurora Buds 3 review: the best-sounding earbuds under $100">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Gadget Grove">
<meta property="article:published_time" content="2025-02-24T09:00:00-05:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Review","name":"Aurora Buds 3 Review: Great Sound, Fiddly Fit","datePublished":"2025-02-24T09:00:00-05:00","author":{"@type":"Person","name":"Priyanka Shah"},"publisher":{"@type":"Organization","name":"Gadget Grove"},"reviewRating":{"@type":"Rating","ratingValue":4.5,"bestRating":5},"itemReviewed":{"@type":"Product","name":"Aurora Buds 3","brand":{"@type":"Brand","name":"Aurora Audio"},"aggregateRating":{"@type":"AggregateRating","ratingValue":3.9,"bestRating":5,"reviewCount":1204},"offers":{"@type":"AggregateOffer","lowPrice":"79.00","highPrice":"89.99","priceCurrency":"USD"}}}</script>
</head>
<body>
<header class="gg-header"><a class="gg-logo" href="/">Gadget Grove</a><nav><a href="/reviews">Reviews</a> <a href="/best">Best</a> <a href="/deals">Deals</a></nav></header>
<main>
<article class="gg-review">
<h1 class="gg-review__title">Aurora Buds 3 Review: Great Sound, Fiddly Fit</h1>
<div class="gg-review__byline">By <a href="/authors/priyanka-shah">Priyanka Shah</a> · Feb 24, 2025</div>
<div class="gg-verdict"><div class="gg-verdict__score">4.5 <span>out of 5</span></div><p class="gg-verdict__text">Excellent sound and ANC for $89, if you can get them to stay in.</p><p class="gg-verdict__users">User rating: 3.9 (1,204 reviews)</p></div>
<div class="gg-review__body">
<p>The Aurora Buds 3 sound better than they have any right to at this price. The tuning is warm without being muddy, and the noise cancellation easily handles a train commute.</p>
<p>The fit is the problem. The stems are long and the tips are shallow, and even with the largest tips I had to push them back in every few minutes while walking.</p>
<p>Battery life is excellent at around 8 hours with ANC on, and the case charges wirelessly. If they fit your ears, they are a bargain.</p>
</div>
</article>
</main>
<footer class="gg-footer">© 2025 Gadget Grove</footer>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 49 German test magazine using the school-grade scale: Review rating "1,8"
#    with bestRating 1 and worstRating 6 (lower is better). "Von X", date as
#    text "04.03.2025".
# ---------------------------------------------------------------------------
add("review_german_grade_scale", "Custom CMS (German test magazine, Schulnoten)",
    "https://www.technikbild.de/tests/haushalt/bruehmeister-600-test-1234567.html",
    TR("Brühmeister 600 im Test: Kaffeevollautomat mit Milchschaum-Schwäche", ["Stefanie Roth"], "2025-03-04",
       1.8, 1, "Brühmeister 600", "Product"),
    r'''<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Brühmeister 600 im Test: Kaffeevollautomat mit Milchschaum-Schwäche - TECHNIKBILD</title>
<meta name="description" content="Der Brühmeister 600 brüht hervorragenden Espresso, beim Milchschaum patzt er.">
<meta property="og:title" content="Brühmeister 600 im Test: Kaffeevollautomat mit Milchschaum-Schwäche">
<meta property="og:type" content="article">
<meta property="og:site_name" content="TECHNIKBILD">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Review","name":"Brühmeister 600 im Test","author":{"@type":"Person","name":"Stefanie Roth"},"publisher":{"@type":"Organization","name":"TECHNIKBILD"},"itemReviewed":{"@type":"Product","name":"Brühmeister 600","brand":"Brühmeister"},"reviewRating":{"@type":"Rating","ratingValue":"1,8","bestRating":"1","worstRating":"6"}}</script>
</head>
<body>
<header class="tb-header"><a class="tb-logo" href="/">TECHNIKBILD</a><nav><a href="/tests/">Tests</a> <a href="/kaufberatung/">Kaufberatung</a> <a href="/news/">News</a></nav></header>
<main>
<article class="tb-article">
<h1 class="tb-headline">Brühmeister 600 im Test: Kaffeevollautomat mit Milchschaum-Schwäche</h1>
<div class="tb-meta"><span class="tb-author">Von Stefanie Roth</span> <span class="tb-date">04.03.2025</span></div>
<div class="tb-testnote"><span class="tb-testnote__label">Testnote</span> <span class="tb-testnote__value">1,8</span> <span class="tb-testnote__text">gut</span></div>
<div class="tb-body">
<p>Der Brühmeister 600 kostet rund 600 Euro und richtet sich an Kaffeetrinker, die vor allem Espresso und Café Crème trinken. Genau dort überzeugt er: Der Espresso hat eine dichte, haselnussbraune Crema und ein kräftiges Aroma.</p>
<p>Beim Milchschaum schwächelt das Gerät dagegen. Der Schaum ist grobporig und fällt schnell in sich zusammen, Latte-Art ist damit kaum möglich.</p>
<p>Die Reinigung ist vorbildlich: Brühgruppe herausnehmbar, Milchsystem mit automatischer Spülung. Im Dauertest über 500 Bezüge gab es keinen einzigen Ausfall.</p>
<h2>Fazit</h2>
<p>Für Espressofans ein sehr guter Automat, wer viel Cappuccino trinkt, sollte sich die Konkurrenz ansehen.</p>
</div>
</article>
</main>
<footer class="tb-footer">© 2025 TECHNIKBILD</footer>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 50 French film site "critique": "Par X", "Publié le 5 mars 2025 à 10h00";
#    Review JSON-LD of a Movie with ratingValue "4,0" on /5.
# ---------------------------------------------------------------------------
add("review_fr_critique_comma_rating", "Custom CMS (French film site)",
    "https://www.plans-sequences.fr/critiques/les-nuits-de-brest-critique-polar-maritime/",
    TR("« Les Nuits de Brest » : un polar maritime d’une rare intensité", ["Camille Roux"], "2025-03-05",
       4.0, 5, "Les Nuits de Brest", "Movie"),
    r'''<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Critique « Les Nuits de Brest » : un polar maritime d’une rare intensité - Plans Séquences</title>
<meta name="description" content="Le deuxième film de Yann Le Goff plonge dans le port de Brest la nuit.">
<meta property="og:title" content="« Les Nuits de Brest » : un polar maritime d’une rare intensité">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Plans Séquences">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Review","itemReviewed":{"@type":"Movie","name":"Les Nuits de Brest","director":{"@type":"Person","name":"Yann Le Goff"},"dateCreated":"2025-03-05"},"author":{"@type":"Person","name":"Camille Roux"},"reviewRating":{"@type":"Rating","ratingValue":"4,0","bestRating":"5","worstRating":"0"},"publisher":{"@type":"Organization","name":"Plans Séquences"},"datePublished":"2025-03-05T10:00:00+01:00","inLanguage":"fr"}</script>
</head>
<body>
<header class="ps-header"><a class="ps-logo" href="/">Plans Séquences</a><nav><a href="/critiques/">Critiques</a> <a href="/entretiens/">Entretiens</a> <a href="/sorties/">Sorties de la semaine</a></nav></header>
<main>
<article class="ps-article">
<p class="ps-rubrique">Critique</p>
<h1 class="ps-titre">« Les Nuits de Brest » : un polar maritime d’une rare intensité</h1>
<div class="ps-infos">Par <a href="/redaction/camille-roux/">Camille Roux</a> · Publié le 5 mars 2025 à 10h00</div>
<div class="ps-note"><span class="ps-note__label">Note de la rédaction :</span> <span class="ps-note__valeur">4/5</span></div>
<div class="ps-fiche"><p>Réalisé par Yann Le Goff · Avec Léa Kerbrat, Malik Diallo · 1 h 58 · Sortie le 5 mars 2025</p></div>
<div class="ps-texte">
<p>Il y a dans le deuxième long-métrage de Yann Le Goff une nuit qui ne finit jamais. Celle d’un docker qui découvre, dans un conteneur mal scellé, ce qu’il n’aurait jamais dû voir, et qui va passer les heures suivantes à fuir à travers le port de Brest.</p>
<p>Le Goff filme les quais, les grues et les hangars comme un labyrinthe de métal et de pluie. Léa Kerbrat, en inspectrice des douanes, est magnétique.</p>
<p>Le scénario s’égare un peu dans le dernier tiers, mais la mise en scène tient jusqu’au bout. Un polar comme le cinéma français en produit trop rarement.</p>
</div>
</article>
</main>
<footer class="ps-footer">© 2025 Plans Séquences</footer>
</body>
</html>''')


assert len(PAGES) == 50, len(PAGES)
assert len({p["name"] for p in PAGES}) == 50
