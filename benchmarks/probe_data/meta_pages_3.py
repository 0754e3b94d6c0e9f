"""Metadata probe suite 3: 50 hand-written pages from the open web beyond newspapers.

Written from what real sites ship (no benchmark page, site or sentence).
Focus: company and SaaS blogs, clinic and hospital health libraries, university
news offices, government agencies, nonprofits, law firms, agencies, personal,
recipe and hobby blogs, newsrooms republishing partner stories, Medium-like
platforms; built with HubSpot, Squarespace, Wix, Webflow, Drupal, Shopify,
BigCommerce, Ghost, Docusaurus, WordPress themes (Avada, Divi, Elementor,
Genesis, GeneratePress) and custom React/Next front ends. Structured data that
names the organisation or a generic account ("admin", "Marketing Team") while a
person visibly signs; bylines only in visible text in unusual places (author
card after the article, sidebar card, under the hero image, "Words by",
"Story by", "Contributor:", "Guest post by", a bare <p>, a <strong> name over a
job title); "Medically reviewed by" beside "Written by"; organisation-only
signatures; names glued to credentials, roles and places; visible-only dates in
many formats, URL-only dates, <time> without datetime, dateModified-only
JSON-LD; titles with site prefixes/suffixes, kickers, og:title differing from
the h1, an h1 that is the site logo. About 40 pages in English, the rest in
es/fr/de/pt/it. A few review pages; two non-review pages whose star ratings
are not reviews.

Each entry: name, cms, url, html, truth {"title", "authors", "date"} and, for
pages where ratings matter, "rating", "rating_best", "item", "item_type".
Truth = what a human reader takes as headline / byline / publication day (the
day as the page shows it locally; the original published date, not an
"Updated" or "Reviewed" date). A truth "rating" of None means "not a review:
no rating should be reported". Authors [] means the page names no author.
All sites and people are invented.
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
# 01 HubSpot CMS SaaS blog: the theme's JSON-LD names the company
#    (Organization) as author; the visible byline module says "Written by"
#    and links the blog author profile of a person. HubL timestamp text.
# ---------------------------------------------------------------------------
add("hubspot_org_jsonld_written_by", "HubSpot CMS (SaaS blog theme)",
    "https://www.ledgerly.io/blog/month-end-close-checklist",
    T("The Month-End Close Checklist for Growing Finance Teams", ["Priya Raman"], "2025-03-04"),
    r'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>The Month-End Close Checklist for Growing Finance Teams</title>
<link rel="shortcut icon" href="https://www.ledgerly.io/hubfs/favicon-32.png">
<meta name="description" content="A 12-step month-end close checklist, with the reconciliations, accruals and reviews that keep a growing finance team from closing late.">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:description" content="A 12-step month-end close checklist, with the reconciliations, accruals and reviews that keep a growing finance team from closing late.">
<meta property="og:title" content="The Month-End Close Checklist for Growing Finance Teams">
<meta name="twitter:description" content="A 12-step month-end close checklist for growing finance teams.">
<meta name="twitter:title" content="The Month-End Close Checklist for Growing Finance Teams">
<meta property="og:image" content="https://www.ledgerly.io/hubfs/blog/month-end-close-hero.png">
<meta property="og:url" content="https://www.ledgerly.io/blog/month-end-close-checklist">
<meta property="og:type" content="article">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="https://www.ledgerly.io/blog/month-end-close-checklist">
<link rel="stylesheet" href="https://www.ledgerly.io/hs-fs/hub/4418207/hub_generated/template_assets/1/88123410322/1740001122334/template_main.min.css">
<script type="application/ld+json">
{"@context":"https://schema.org","@type":"BlogPosting","mainEntityOfPage":{"@type":"WebPage","@id":"https://www.ledgerly.io/blog/month-end-close-checklist"},"headline":"The Month-End Close Checklist for Growing Finance Teams","image":"https://www.ledgerly.io/hubfs/blog/month-end-close-hero.png","author":{"@type":"Organization","name":"Ledgerly","url":"https://www.ledgerly.io"},"publisher":{"@type":"Organization","name":"Ledgerly","logo":{"@type":"ImageObject","url":"https://www.ledgerly.io/hubfs/ledgerly-logo.svg"}},"datePublished":"2025-03-04T14:15:00Z","dateModified":"2025-03-06T10:02:44Z"}
</script>
<meta name="generator" content="HubSpot">
</head>
<body>
<div class="body-wrapper hs-content-id-18223344556 hs-blog-post hs-blog-id-9912004411">
<div data-global-resource-path="ledgerly-theme/templates/partials/header.html"><header class="header">
<a class="header__logo" href="https://www.ledgerly.io"><img src="https://www.ledgerly.io/hubfs/ledgerly-logo.svg" alt="Ledgerly"></a>
<nav class="header__menu" aria-label="Main menu"><ul class="menu__wrapper no-list"><li class="menu__item"><a class="menu__link" href="/product">Product</a></li><li class="menu__item"><a class="menu__link" href="/pricing">Pricing</a></li><li class="menu__item menu__item--active"><a class="menu__link" href="/blog">Blog</a></li><li class="menu__item"><a class="menu__link" href="/demo">Book a demo</a></li></ul></nav>
</header></div>
<main id="main-content" class="body-container-wrapper">
<div class="body-container body-container--blog-post">
<div class="content-wrapper">
<article class="blog-post">
<h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" data-hs-cos-general-type="meta_field" data-hs-cos-type="text">The Month-End Close Checklist for Growing Finance Teams</span></h1>
<div class="blog-post__meta">
<a href="https://www.ledgerly.io/blog/author/priya-raman"><img class="blog-post__author-image" src="https://www.ledgerly.io/hubfs/authors/priya-raman.jpg" alt="Picture of Priya Raman" width="48" height="48"></a>
<div class="blog-post__author-info"><span class="blog-post__author-label">Written by</span> <a class="blog-post__author-name" href="https://www.ledgerly.io/blog/author/priya-raman">Priya Raman</a></div>
<time class="blog-post__timestamp">Mar 4, 2025 9:15:00 AM</time>
</div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text" data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">
<p>Most finance teams don't close late because the work is hard. They close late because the same ten small tasks get done in a different order every month, by whoever remembers them first.</p>
<!--more-->
<p>This checklist is the one we use with customers during onboarding. It groups the close into three phases: what has to happen before the last business day, what happens in the first three days of the new month, and the review that happens before anything is reported.</p>
<h2>Phase 1: Before the month ends</h2>
<p>Send accrual requests to budget owners on the 25th, not the 1st. Confirm that every corporate card has been synced and that receipts are attached, because chasing a missing receipt on day two is how a three-day close becomes a six-day one.</p>
<h2>Phase 2: The first three days</h2>
<p>Reconcile cash first, then accounts receivable, then payables. Book depreciation and prepaid amortization from the schedules, and post the accruals you collected last week.</p>
</span></div>
<div class="blog-post__tags"><span>Topics:</span> <a class="blog-post__tag-link" href="https://www.ledgerly.io/blog/tag/accounting">Accounting</a>, <a class="blog-post__tag-link" href="https://www.ledgerly.io/blog/tag/finance-operations">Finance Operations</a></div>
</article>
<section class="blog-related-posts"><h2>Related posts</h2>
<div class="blog-related-posts__post"><a href="https://www.ledgerly.io/blog/accrual-vs-cash-basis"><h3 class="blog-related-posts__title">Accrual vs. Cash Basis: Which One Does Your Startup Need?</h3></a><p class="blog-related-posts__author">Daniel Okoro</p><time>Feb 18, 2025</time></div>
<div class="blog-related-posts__post"><a href="https://www.ledgerly.io/blog/audit-ready-in-90-days"><h3 class="blog-related-posts__title">How to Get Audit-Ready in 90 Days</h3></a><p class="blog-related-posts__author">Priya Raman</p><time>Jan 29, 2025</time></div>
</section>
</div>
</div>
</main>
<footer class="footer"><div class="footer__container"><p>© 2025 Ledgerly, Inc.</p><a href="/privacy">Privacy</a> <a href="/security">Security</a></div></footer>
</div>
<script src="/hs/hsstatic/jquery-libs/static-1.4/jquery/jquery-1.11.2.js"></script>
<script type="text/javascript" id="hs-script-loader" async defer src="//js.hs-scripts.com/4418207.js"></script>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 02 Avada + Yoast, CPA firm: posts are uploaded by the WordPress user
#    "admin" (Yoast Person "admin", twitter:data1 "admin", Avada's hidden
#    rich-snippet vcard "admin"). The author meta is switched off in the
#    visible post meta; the writer signs in a bio block at the end of the
#    content. Truth: the person the reader sees signing (Marcus Bell).
# ---------------------------------------------------------------------------
add("avada_yoast_admin_about_author_end", "WordPress/Avada + Yoast",
    "https://bellostrander.com/5-tax-moves-before-you-file/",
    T("5 Tax Moves to Make Before You File", ["Marcus Bell"], "2024-03-12"),
    r'''<!DOCTYPE html>
<html class="avada-html-layout-wide avada-html-header-position-top" lang="en-US">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>5 Tax Moves to Make Before You File - Bell &amp; Ostrander CPAs</title>
<meta name="description" content="Retirement contributions, HSA deadlines and estimated payments: five moves that can still lower your bill before April 15." />
<link rel="canonical" href="https://bellostrander.com/5-tax-moves-before-you-file/" />
<meta property="og:locale" content="en_US" />
<meta property="og:type" content="article" />
<meta property="og:title" content="5 Tax Moves to Make Before You File - Bell &amp; Ostrander CPAs" />
<meta property="og:url" content="https://bellostrander.com/5-tax-moves-before-you-file/" />
<meta property="og:site_name" content="Bell &amp; Ostrander CPAs" />
<meta property="article:published_time" content="2024-03-12T13:30:22+00:00" />
<meta property="article:modified_time" content="2024-03-14T21:02:11+00:00" />
<meta name="author" content="admin" />
<meta name="twitter:card" content="summary_large_image" />
<meta name="twitter:label1" content="Written by" />
<meta name="twitter:data1" content="admin" />
<meta name="twitter:label2" content="Est. reading time" />
<meta name="twitter:data2" content="4 minutes" />
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","@id":"https://bellostrander.com/5-tax-moves-before-you-file/#article","isPartOf":{"@id":"https://bellostrander.com/5-tax-moves-before-you-file/"},"author":{"name":"admin","@id":"https://bellostrander.com/#/schema/person/3f0c1d2e9b8a"},"headline":"5 Tax Moves to Make Before You File","datePublished":"2024-03-12T13:30:22+00:00","dateModified":"2024-03-14T21:02:11+00:00","mainEntityOfPage":{"@id":"https://bellostrander.com/5-tax-moves-before-you-file/"},"wordCount":812,"publisher":{"@id":"https://bellostrander.com/#organization"},"articleSection":["Tax Planning"],"inLanguage":"en-US"},{"@type":"WebPage","@id":"https://bellostrander.com/5-tax-moves-before-you-file/","url":"https://bellostrander.com/5-tax-moves-before-you-file/","name":"5 Tax Moves to Make Before You File - Bell &amp; Ostrander CPAs","isPartOf":{"@id":"https://bellostrander.com/#website"},"datePublished":"2024-03-12T13:30:22+00:00","dateModified":"2024-03-14T21:02:11+00:00","inLanguage":"en-US"},{"@type":"WebSite","@id":"https://bellostrander.com/#website","url":"https://bellostrander.com/","name":"Bell &amp; Ostrander CPAs","publisher":{"@id":"https://bellostrander.com/#organization"},"inLanguage":"en-US"},{"@type":"Organization","@id":"https://bellostrander.com/#organization","name":"Bell &amp; Ostrander CPAs","url":"https://bellostrander.com/"},{"@type":"Person","@id":"https://bellostrander.com/#/schema/person/3f0c1d2e9b8a","name":"admin","image":{"@type":"ImageObject","@id":"https://bellostrander.com/#/schema/person/image/","url":"https://secure.gravatar.com/avatar/0a1b2c3d?s=96&d=mm&r=g","caption":"admin"},"url":"https://bellostrander.com/author/admin/"}]}</script>
<link rel='stylesheet' id='fusion-dynamic-css-css' href='https://bellostrander.com/wp-content/uploads/fusion-styles/7d1e2f.min.css?ver=3.11.7' type='text/css' media='all' />
</head>
<body class="post-template-default single single-post postid-2291 single-format-standard fusion-image-hovers fusion-pagination-sizing fusion-button_type-flat fusion-body ltr fusion-sticky-header no-tablet-sticky-header no-mobile-slidingbar fusion-disable-outline fusion-sub-menu-fade mobile-logo-pos-left layout-wide-mode avada-has-rev-slider-styles fusion-top-header menu-text-align-center">
<div id="boxed-wrapper">
<div id="wrapper" class="fusion-wrapper">
<div id="home" style="position:relative;top:-1px;"></div>
<header class="fusion-header-wrapper"><div class="fusion-header-v1 fusion-logo-alignment fusion-logo-left fusion-sticky-menu-1 fusion-sticky-logo- fusion-mobile-logo-  fusion-mobile-menu-design-modern"><div class="fusion-header"><div class="fusion-row"><div class="fusion-logo" data-margin-top="31px"><a class="fusion-logo-link" href="https://bellostrander.com/"><img src="https://bellostrander.com/wp-content/uploads/2022/06/bo-logo.png" width="220" height="60" alt="Bell &amp; Ostrander CPAs Logo" class="fusion-standard-logo" /></a></div><nav class="fusion-main-menu" aria-label="Main Menu"><ul id="menu-main" class="fusion-menu"><li class="menu-item"><a href="https://bellostrander.com/services/"><span class="menu-text">Services</span></a></li><li class="menu-item"><a href="https://bellostrander.com/our-team/"><span class="menu-text">Our Team</span></a></li><li class="menu-item current_page_parent"><a href="https://bellostrander.com/blog/"><span class="menu-text">Insights</span></a></li><li class="menu-item"><a href="https://bellostrander.com/contact/"><span class="menu-text">Contact</span></a></li></ul></nav></div></div></div></header>
<main id="main" class="clearfix ">
<div class="fusion-row" style="">
<section id="content" style="width: 100%;">
<article id="post-2291" class="post post-2291 type-post status-publish format-standard has-post-thumbnail hentry category-tax-planning">
<div class="fusion-flexslider flexslider fusion-flexslider-loading post-slideshow fusion-post-slideshow"><ul class="slides"><li><img width="1200" height="628" src="https://bellostrander.com/wp-content/uploads/2024/03/tax-moves.jpg" class="attachment-full size-full wp-post-image" alt="Calculator and tax forms on a desk" decoding="async" /></li></ul></div>
<h1 class="entry-title fusion-post-title">5 Tax Moves to Make Before You File</h1>
<div class="post-content">
<div class="fusion-fullwidth fullwidth-box fusion-builder-row-1"><div class="fusion-builder-row fusion-row"><div class="fusion-layout-column fusion_builder_column fusion-builder-column-0 fusion_builder_column_1_1 1_1 fusion-one-full fusion-column-first fusion-column-last"><div class="fusion-column-wrapper">
<div class="fusion-text fusion-text-1">
<p>The tax year is over, but a few of the decisions that shape your bill are still open until the filing deadline. Here are five we walk clients through every March.</p>
<h3>1. Fund last year's IRA</h3>
<p>Contributions to a traditional or Roth IRA for the prior year can be made up to the filing deadline. If you qualify for the deduction, a traditional IRA contribution lowers your taxable income dollar for dollar.</p>
<h3>2. Top up your HSA</h3>
<p>Health savings account contributions follow the same deadline. If you had a high-deductible plan all year and didn't reach the limit through payroll, you can still make up the difference.</p>
<h3>3. Check your estimated payments</h3>
<p>Self-employed clients should compare what they paid in quarterly estimates with what they actually owe. An underpayment penalty is usually small, but it is avoidable.</p>
</div>
<div class="fusion-text fusion-text-2 author-bio">
<h4>About the Author</h4>
<p><img class="alignleft size-thumbnail" src="https://bellostrander.com/wp-content/uploads/2022/06/marcus-bell-150x150.jpg" alt="Marcus Bell" width="150" height="150" /><strong>Marcus Bell, CPA</strong>, is a partner at Bell &amp; Ostrander and leads the firm's individual tax practice. He has prepared returns for families and small business owners in the Lehigh Valley for more than twenty years.</p>
</div>
</div></div></div></div>
</div>
<div class="fusion-meta-info"><div class="fusion-meta-info-wrapper"><span class="vcard rich-snippet-hidden"><span class="fn"><a href="https://bellostrander.com/author/admin/" title="Posts by admin" rel="author">admin</a></span></span><span class="updated rich-snippet-hidden">2024-03-14T16:02:11-05:00</span><span>March 12th, 2024</span><span class="fusion-inline-sep">|</span><a href="https://bellostrander.com/category/tax-planning/" rel="category tag">Tax Planning</a><span class="fusion-inline-sep">|</span><span class="fusion-comments"><a href="https://bellostrander.com/5-tax-moves-before-you-file/#respond">0 Comments</a></span></div></div>
<div class="fusion-sharing-box fusion-theme-sharing-box fusion-single-sharing-box"><h4>Share This Story, Choose Your Platform!</h4></div>
</article>
</section>
</div>
</main>
<div class="fusion-footer"><footer class="fusion-footer-widget-area fusion-widget-area"><div class="fusion-row"><section class="fusion-footer-widget-column widget widget_text"><h4 class="widget-title">Bell &amp; Ostrander CPAs</h4><div class="textwidget"><p>1180 Hamilton Street, Suite 400<br />Allentown, PA 18101<br />(610) 555-0142</p></div></section></div></footer>
<footer id="footer" class="fusion-footer-copyright-area"><div class="fusion-row"><div class="fusion-copyright-content"><div class="fusion-copyright-notice"><div>© Copyright 2024 Bell &amp; Ostrander CPAs | All Rights Reserved</div></div></div></div></footer></div>
</div>
</div>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 03 Squarespace 7.1 pottery studio blog: the account's display name is the
#    business ("Fernhill Pottery Studio"), so itemprop author and the Article
#    JSON-LD name the studio; the author item is hidden in the blog meta.
#    The post opens with an italic credit line "Words by X · Photographs by Y".
# ---------------------------------------------------------------------------
add("squarespace_owner_account_words_by", "Squarespace 7.1",
    "https://www.fernhillpottery.com/journal/glaze-day-winter-celadon",
    T("Glaze Day: Mixing Our Winter Celadon", ["Tamsin Okafor"], "2025-02-10"),
    r'''<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" xmlns:fb="http://www.facebook.com/2008/fbml" lang="en-GB">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1">
<!-- This is Squarespace. --><!-- fernhill-pottery -->
<base href="">
<meta charset="utf-8" />
<title>Glaze Day: Mixing Our Winter Celadon &mdash; Fernhill Pottery Studio</title>
<link rel="canonical" href="https://www.fernhillpottery.com/journal/glaze-day-winter-celadon"/>
<meta property="og:site_name" content="Fernhill Pottery Studio"/>
<meta property="og:title" content="Glaze Day: Mixing Our Winter Celadon &mdash; Fernhill Pottery Studio"/>
<meta property="og:url" content="https://www.fernhillpottery.com/journal/glaze-day-winter-celadon"/>
<meta property="og:type" content="article"/>
<meta property="og:description" content="A day in the glaze room: weighing, sieving and test-firing the pale green celadon we use on our winter mugs."/>
<meta itemprop="name" content="Glaze Day: Mixing Our Winter Celadon &mdash; Fernhill Pottery Studio"/>
<meta itemprop="url" content="https://www.fernhillpottery.com/journal/glaze-day-winter-celadon"/>
<meta itemprop="author" content="Fernhill Pottery Studio"/>
<meta itemprop="datePublished" content="2025-02-10T09:30:00+0000"/>
<meta itemprop="dateModified" content="2025-02-12T14:48:21+0000"/>
<meta itemprop="headline" content="Glaze Day: Mixing Our Winter Celadon"/>
<meta itemprop="publisher" content="Fernhill Pottery Studio"/>
<meta name="twitter:title" content="Glaze Day: Mixing Our Winter Celadon &mdash; Fernhill Pottery Studio"/>
<meta name="twitter:card" content="summary"/>
<meta name="description" content="A day in the glaze room: weighing, sieving and test-firing the pale green celadon we use on our winter mugs." />
<script type="application/ld+json">{"url":"https://www.fernhillpottery.com","name":"Fernhill Pottery Studio","@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"url":"https://www.fernhillpottery.com/journal/glaze-day-winter-celadon","name":"Glaze Day: Mixing Our Winter Celadon","datePublished":"2025-02-10T09:30:00+0000","dateModified":"2025-02-12T14:48:21+0000","headline":"Glaze Day: Mixing Our Winter Celadon","author":"Fernhill Pottery Studio","publisher":{"name":"Fernhill Pottery Studio","logo":{"@type":"ImageObject","url":"https://images.squarespace-cdn.com/content/v1/5f1e2d/logo.png"}},"@context":"http://schema.org","@type":"Article"}</script>
<link rel="stylesheet" type="text/css" href="https://static1.squarespace.com/static/versioned-site-css/5f1e2d/22/5c5a519771c10ba3470d8101/5f1e2d/1547/site.css"/>
</head>
<body id="item-65c8a1" class="header-width-full tweak-blog-item-width-narrow tweak-blog-item-show-author-profile tweak-blog-item-show-date tweak-blog-item-delimiter-dash primary-button-style-solid collection-type-blog-basic-grid view-item" id="collection-5f1e2d">
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header">
<div class="header-inner container--fluid"><div class="header-display-desktop"><div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text"><a href="/" id="site-title">Fernhill Pottery Studio</a></div></div>
<div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list"><div class="header-nav-item header-nav-item--collection"><a href="/shop">Shop</a></div><div class="header-nav-item header-nav-item--collection"><a href="/classes">Classes</a></div><div class="header-nav-item header-nav-item--collection header-nav-item--active"><a href="/journal" aria-current="page">Journal</a></div><div class="header-nav-item header-nav-item--collection"><a href="/visit">Visit</a></div></nav></div></div></div></div></div>
</header>
<main id="page" class="container" role="main">
<article class="sections" id="sections" data-page-sections="65c8a1">
<section class="page-section layout-engine-section">
<div class="content-wrapper"><div class="content"><div class="blog-item-wrapper">
<article class="entry h-entry hentry author-fernhill-pottery-studio post-type-text article-index-null" data-item-id="65c8a1">
<div class="blog-item-top-wrapper">
<div class="blog-item-meta-wrapper"><div class="blog-meta-section"><span class="blog-meta-primary"><time class="dt-published blog-meta-item blog-meta-item--date" datetime="2025-02-10" pubdate data-animation-role="date">February 10, 2025</time></span></div></div>
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">Glaze Day: Mixing Our Winter Celadon</h1></div>
</div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item" id="item-65c8a1"><div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<p class=""><em>Words by Tamsin Okafor · Photographs by Lewis Grant</em></p>
<p class="">Glaze day happens once a month, on a Monday, when the studio is closed to classes and the kilns are cold. It is the least photogenic day of the month and the one that decides how everything else will look.</p>
<p class="">Our winter celadon is a simple recipe: feldspar, silica, whiting, kaolin and a tiny amount of red iron oxide. The colour comes almost entirely from that iron, which is why we weigh it on a jeweller's scale and never on the big bench scale.</p>
<p class="">Everything goes through an 80-mesh sieve twice. Skipping the second pass is how you get the little specks that look charming on one mug and like a mistake on a set of six.</p>
<p class="">Before a new batch goes on real pots we fire three test tiles: one thin, one medium, one thick. This batch came out a shade greener than the last, which we think is the new bag of feldspar. The mugs will be in the shop at the end of the month.</p>
</div></div></div></div></div></div></div></div>
<div class="blog-item-author-profile-wrapper" style="display:none"><a href="/journal?author=5f1e2d0a" class="blog-item-author-profile"><div class="author-name">Fernhill Pottery Studio</div></a></div>
</article>
<section class="item-pagination item-pagination--prev-next" data-item-pagination><a href="/journal/january-kiln-opening" class="item-pagination-link item-pagination-link--prev"><div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">January Kiln Opening</h2></a></section>
</div></div></div>
</section>
</article>
</main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section"><div class="content-wrapper"><div class="sqs-html-content"><p class="">Fernhill Pottery Studio · Unit 4, Mill Yard, Stroud GL5 3AB</p><p class="">Open Tuesday to Saturday, 10–5</p></div></div></section></footer>
</div>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 04 Wix Blog, florist: the post is published from the shop's own Wix
#    profile ("Bloom & Branch": visible writer line, JSON-LD Person). The
#    body opens "Guest post by X, a floral designer ...". The visible date
#    is "Mar 4" without a year (Wix omits the current year); the year is in
#    JSON-LD. Truth: the guest writer the post says wrote it.
# ---------------------------------------------------------------------------
add("wix_guest_post_owner_profile", "Wix Blog",
    "https://www.bloomandbranchflorist.com/post/spring-wedding-flowers-on-a-budget",
    T("Spring Wedding Flowers on a Budget", ["Hannah Lindqvist"], "2025-03-04"),
    r'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset='utf-8'>
<meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport" />
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="generator" content="Wix.com Website Builder"/>
<title>Spring Wedding Flowers on a Budget</title>
<meta name="description" content="Seven ways to get a full, seasonal look for your spring wedding without spending a fortune on flowers."/>
<link rel="canonical" href="https://www.bloomandbranchflorist.com/post/spring-wedding-flowers-on-a-budget"/>
<meta property="og:title" content="Spring Wedding Flowers on a Budget"/>
<meta property="og:description" content="Seven ways to get a full, seasonal look for your spring wedding without spending a fortune on flowers."/>
<meta property="og:url" content="https://www.bloomandbranchflorist.com/post/spring-wedding-flowers-on-a-budget"/>
<meta property="og:site_name" content="Bloom &amp; Branch"/>
<meta property="og:type" content="article"/>
<meta property="article:author" content="Bloom &amp; Branch"/>
<meta property="article:published_time" content="2025-03-04T16:20:11.482Z"/>
<meta property="article:modified_time" content="2025-03-05T09:01:40.117Z"/>
<meta name="twitter:card" content="summary_large_image"/>
<meta name="twitter:title" content="Spring Wedding Flowers on a Budget"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","mainEntityOfPage":{"@type":"WebPage","@id":"https://www.bloomandbranchflorist.com/post/spring-wedding-flowers-on-a-budget"},"headline":"Spring Wedding Flowers on a Budget","description":"Seven ways to get a full, seasonal look for your spring wedding without spending a fortune on flowers.","datePublished":"2025-03-04T16:20:11.482Z","dateModified":"2025-03-05T09:01:40.117Z","author":{"@type":"Person","name":"Bloom & Branch","url":"https://www.bloomandbranchflorist.com/profile/bloomandbranch/profile"},"publisher":{"@type":"Organization","name":"Bloom & Branch","logo":{"@type":"ImageObject","url":"https://static.wixstatic.com/media/b4e1c2_logo.png"}},"image":{"@type":"ImageObject","url":"https://static.wixstatic.com/media/b4e1c2_tulips.jpg","width":1200,"height":800}}</script>
</head>
<body>
<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ"></div>
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header"><div class="_C0cVf"><div id="comp-kx1" class="comp-kx1 wixui-rich-text"><h2 class="font_2 wixui-rich-text__text"><a href="https://www.bloomandbranchflorist.com">Bloom &amp; Branch</a></h2></div>
<nav id="comp-kx2" class="comp-kx2 wixui-horizontal-menu" aria-label="Site"><ul class="_p1Xq8"><li><a href="https://www.bloomandbranchflorist.com/weddings">Weddings</a></li><li><a href="https://www.bloomandbranchflorist.com/shop">Shop</a></li><li><a href="https://www.bloomandbranchflorist.com/blog">Blog</a></li><li><a href="https://www.bloomandbranchflorist.com/contact">Contact</a></li></ul></nav></div></header>
<main id="PAGES_CONTAINER" tabindex="-1">
<div id="SITE_PAGES"><div class="post-page-wrapper">
<article class="blog-post-page-font _5lR7z" data-hook="post">
<div class="post-header" data-hook="post-header">
<div class="post-metadata" data-hook="post-metadata">
<div class="avatar-wrapper"><a href="https://www.bloomandbranchflorist.com/profile/bloomandbranch/profile" data-hook="avatar-image"><img src="https://static.wixstatic.com/media/b4e1c2_avatar.png" alt="Writer's picture" width="32" height="32"></a></div>
<div class="post-metadata__author-and-date"><span class="tQ0Q1A user-name" data-hook="user-name" title="Bloom &amp; Branch">Bloom &amp; Branch</span>
<ul class="post-metadata__list"><li><span class="post-metadata__date time-ago" data-hook="time-ago" title="Mar 4">Mar 4</span></li><li><span class="post-metadata__readTime" data-hook="time-to-read" title="3 min read">3 min read</span></li></ul></div>
</div>
</div>
<div class="post-title" data-hook="post-title"><h1 class="UbhFJ7 blog-post-title-font blog-post-title-color" data-hook="post-title">Spring Wedding Flowers on a Budget</h1></div>
<div class="post-content" data-hook="post-description"><div class="_1bX7p" data-id="content-viewer" data-rce-version="9.6.1">
<p class="mm8Nw _1j-51 roLFQS _1FoOD" dir="auto" id="viewer-a1b2c"><span class="_3zM-5"><strong>Guest post by Hannah Lindqvist</strong>, a floral designer in Asheville who has worked with us on weddings for five seasons.</span></p>
<p class="mm8Nw _1j-51 roLFQS _1FoOD" dir="auto" id="viewer-d3e4f"><span class="_3zM-5">Flowers are often the first line in a wedding budget to get cut, and the first one couples regret cutting. The good news is that spring is the easiest season to make a modest budget look generous.</span></p>
<p class="mm8Nw _1j-51 roLFQS _1FoOD" dir="auto" id="viewer-g5h6i"><span class="_3zM-5">Start with what is in season locally. Tulips, ranunculus, sweet peas and flowering branches are at their cheapest from March to May, and a big armful of cherry or quince branches fills a ceremony arch for a fraction of the cost of roses.</span></p>
<p class="mm8Nw _1j-51 roLFQS _1FoOD" dir="auto" id="viewer-j7k8l"><span class="_3zM-5">Move your arrangements. Ceremony pieces can become reception centrepieces with twenty minutes and one helpful cousin. Ask your florist to design them with that in mind.</span></p>
<p class="mm8Nw _1j-51 roLFQS _1FoOD" dir="auto" id="viewer-m9n0o"><span class="_3zM-5">Finally, spend on what will be photographed up close: the bouquet and the head table. Guests remember the feeling of a room, not the number of stems on table eleven.</span></p>
</div></div>
<div class="post-footer"><ul class="tags" data-hook="post-tags"><li><a href="https://www.bloomandbranchflorist.com/blog/tags/weddings">weddings</a></li><li><a href="https://www.bloomandbranchflorist.com/blog/tags/spring">spring</a></li></ul>
<div class="post-stats" data-hook="post-stats"><span data-hook="views-count">112 views</span><span data-hook="comments-count">0 comments</span></div></div>
</article>
<section class="recent-posts" data-hook="recent-posts"><h3>Recent Posts</h3><a href="/post/how-to-keep-tulips-from-drooping">How to Keep Tulips from Drooping</a> <a href="/post/valentines-day-pre-order-guide">Valentine's Day Pre-Order Guide</a></section>
</div></div>
</main>
<footer id="SITE_FOOTER" class="wixui-footer"><p class="font_8">© 2025 by Bloom &amp; Branch. Proudly created with Wix.com</p></footer>
</div></div>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 05 Webflow SaaS blog: custom-code JSON-LD names the company (Organization)
#    as author. Two-column layout: a left sidebar holds "Author" (name and
#    job title on separate divs) and "Published" label/value pairs. No byline
#    in the article column.
# ---------------------------------------------------------------------------
add("webflow_org_jsonld_sidebar_author_card", "Webflow (SaaS blog, custom-code JSON-LD)",
    "https://www.northbeam.ai/blog/forecasting-churn-with-survival-models",
    T("Forecasting Churn with Survival Models, Not Spreadsheets", ["Kwame Asante-Boateng"], "2025-02-20"),
    r'''<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Thu Feb 20 2025 15:10:42 GMT+0000 (Coordinated Universal Time) -->
<html data-wf-domain="www.northbeam.ai" data-wf-page="64a1f0c2e1" data-wf-site="64a1f0c2d9" lang="en" data-wf-collection="64a1f0c2f3" data-wf-item-slug="forecasting-churn-with-survival-models">
<head>
<meta charset="utf-8"/>
<title>Forecasting Churn with Survival Models, Not Spreadsheets | Northbeam Blog</title>
<meta content="Why a Kaplan-Meier curve tells you more about churn than a monthly cohort table, and how to fit one on your own subscription data." name="description"/>
<meta content="Forecasting Churn with Survival Models, Not Spreadsheets | Northbeam Blog" property="og:title"/>
<meta content="Why a Kaplan-Meier curve tells you more about churn than a monthly cohort table." property="og:description"/>
<meta content="https://cdn.prod.website-files.com/64a1f0c2d9/67b6e3_churn-hero.png" property="og:image"/>
<meta property="og:type" content="website"/>
<meta content="summary_large_image" name="twitter:card"/>
<meta content="width=device-width, initial-scale=1" name="viewport"/>
<meta content="Webflow" name="generator"/>
<link href="https://cdn.prod.website-files.com/64a1f0c2d9/css/northbeam.webflow.shared.4c1e2a.min.css" rel="stylesheet" type="text/css"/>
<link href="https://www.northbeam.ai/blog/forecasting-churn-with-survival-models" rel="canonical"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"Forecasting Churn with Survival Models, Not Spreadsheets","image":"https://cdn.prod.website-files.com/64a1f0c2d9/67b6e3_churn-hero.png","author":{"@type":"Organization","name":"Northbeam","url":"https://www.northbeam.ai"},"publisher":{"@type":"Organization","name":"Northbeam","logo":{"@type":"ImageObject","url":"https://cdn.prod.website-files.com/64a1f0c2d9/logo.svg"}},"datePublished":"2025-02-20","mainEntityOfPage":"https://www.northbeam.ai/blog/forecasting-churn-with-survival-models"}</script>
</head>
<body>
<div data-collapse="medium" data-animation="default" data-duration="400" role="banner" class="navbar w-nav"><div class="nav-container"><a href="/" class="brand w-nav-brand"><img src="https://cdn.prod.website-files.com/64a1f0c2d9/logo.svg" loading="lazy" alt="Northbeam" class="logo"/></a><nav role="navigation" class="nav-menu w-nav-menu"><a href="/product" class="nav-link w-nav-link">Product</a><a href="/customers" class="nav-link w-nav-link">Customers</a><a href="/blog" aria-current="page" class="nav-link w-nav-link w--current">Blog</a><a href="/pricing" class="nav-link w-nav-link">Pricing</a><a href="/signup" class="button-nav w-button">Start free</a></nav></div></div>
<section class="section-blog-post">
<div class="container-blog">
<div class="blog-hero"><a href="/blog-categories/data-science" class="category-pill">Data Science</a><h1 class="heading-blog-post">Forecasting Churn with Survival Models, Not Spreadsheets</h1><p class="paragraph-subtitle">Why a Kaplan-Meier curve tells you more about churn than a monthly cohort table, and how to fit one on your own subscription data.</p></div>
<div class="blog-grid">
<div class="blog-sidebar">
<div class="sidebar-block"><div class="label-small">Author</div><div class="author-card"><img src="https://cdn.prod.website-files.com/64a1f0c2d9/65c0_kwame.jpg" loading="lazy" alt="" class="author-avatar"/><div class="author-details"><div class="author-name">Kwame Asante-Boateng</div><div class="author-role">Head of Data Science</div></div></div></div>
<div class="sidebar-block"><div class="label-small">Published</div><div class="text-meta">February 20, 2025</div></div>
<div class="sidebar-block"><div class="label-small">Reading time</div><div class="text-meta">9 min</div></div>
<div class="sidebar-block"><div class="label-small">Share</div><div class="share-links"><a href="#" class="share-link w-inline-block">LinkedIn</a><a href="#" class="share-link w-inline-block">X</a></div></div>
</div>
<div class="blog-rich-text w-richtext">
<p>Ask a subscription business what its churn rate is and you will usually get a single number: 3.1% a month, say. That number hides almost everything interesting about when and why customers leave.</p>
<h2>The problem with cohort tables</h2>
<p>A cohort table treats each month as a fresh start. Customers who signed up last month and customers who have been around for three years are averaged together, even though their odds of leaving next month are completely different.</p>
<h2>Enter survival analysis</h2>
<p>Survival models were built for exactly this shape of data: a clock starts, and at some point an event might happen. The Kaplan-Meier estimator gives you the probability a customer is still subscribed at each month of tenure, and it handles customers who haven't churned yet without throwing them away.</p>
<p>In our own data the curve drops steeply in the first 60 days and then flattens. That single picture changed where we spend onboarding effort more than a year of cohort tables did.</p>
</div>
</div>
</div>
</section>
<section class="section-cta"><div class="container"><h2 class="heading-cta">See your own churn curve in ten minutes</h2><a href="/signup" class="button w-button">Start free</a></div></section>
<footer class="footer"><div class="container"><div class="footer-grid"><div class="footer-text">© 2025 Northbeam Analytics, Inc.</div><a href="/privacy" class="footer-link">Privacy</a><a href="/terms" class="footer-link">Terms</a></div></div></footer>
<script src="https://d3e54v103j8qbb.cloudfront.net/js/jquery-3.5.1.min.dc5e7f18c8.js?site=64a1f0c2d9" type="text/javascript"></script>
<script src="https://cdn.prod.website-files.com/64a1f0c2d9/js/webflow.a1b2c3.js" type="text/javascript"></script>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 06 Drupal 10 law firm insights: Metatag emits meta author and a
#    Schema.org Metatag Article with the firm (Organization) as author. The
#    visible byline names an attorney followed by her role and practice
#    group after commas.
# ---------------------------------------------------------------------------
add("drupal_lawfirm_meta_firm_byline_role", "Drupal 10 (Metatag + Schema.org Metatag), law firm",
    "https://www.hartleyquinn.com/insights/what-new-non-compete-rules-mean-small-business",
    T("What the New Non-Compete Rules Mean for Your Small Business", ["Rebecca Santos-Whitmore"], "2025-01-28"),
    r'''<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="utf-8" />
<meta name="description" content="Employers in the state can no longer enforce most non-competes against hourly workers. Here is what to review in your employment agreements." />
<meta name="author" content="Hartley Quinn LLP" />
<link rel="canonical" href="https://www.hartleyquinn.com/insights/what-new-non-compete-rules-mean-small-business" />
<meta property="og:site_name" content="Hartley Quinn LLP" />
<meta property="og:type" content="article" />
<meta property="og:url" content="https://www.hartleyquinn.com/insights/what-new-non-compete-rules-mean-small-business" />
<meta property="og:title" content="What the New Non-Compete Rules Mean for Your Small Business" />
<meta property="article:published_time" content="2025-01-28T10:00:00-0500" />
<meta property="article:modified_time" content="2025-02-03T16:45:12-0500" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"What the New Non-Compete Rules Mean for Your Small Business","name":"What the New Non-Compete Rules Mean for Your Small Business","datePublished":"2025-01-28T10:00:00-0500","dateModified":"2025-02-03T16:45:12-0500","author":{"@type":"Organization","name":"Hartley Quinn LLP","url":"https://www.hartleyquinn.com/"},"publisher":{"@type":"Organization","name":"Hartley Quinn LLP","url":"https://www.hartleyquinn.com/"},"mainEntityOfPage":"https://www.hartleyquinn.com/insights/what-new-non-compete-rules-mean-small-business"}]}</script>
<title>What the New Non-Compete Rules Mean for Your Small Business | Hartley Quinn LLP</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Q1w2e3r4.css?delta=0&amp;language=en&amp;theme=hq&amp;include=eJxLz" />
</head>
<body class="path-node page-node-type-insight">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<header role="banner" class="site-header"><div class="region region-header"><a href="/" rel="home" class="site-logo"><img src="/themes/custom/hq/logo.svg" alt="Hartley Quinn LLP" /></a>
<nav role="navigation" aria-labelledby="block-hq-main-menu-menu" id="block-hq-main-menu"><h2 class="visually-hidden" id="block-hq-main-menu-menu">Main navigation</h2><ul class="menu"><li class="menu-item"><a href="/attorneys">Attorneys</a></li><li class="menu-item"><a href="/practice-areas">Practice Areas</a></li><li class="menu-item menu-item--active-trail"><a href="/insights">Insights</a></li><li class="menu-item"><a href="/contact">Contact</a></li></ul></nav></div></header>
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="layout-content">
<div class="region region-content">
<article role="article" about="/insights/what-new-non-compete-rules-mean-small-business" class="node node--type-insight node--view-mode-full">
<div class="insight-header">
<div class="field field--name-field-insight-type field--type-entity-reference field--label-hidden field__item">Legal Update</div>
<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">What the New Non-Compete Rules Mean for Your Small Business</span></h1>
<div class="insight-byline">By <a href="/attorneys/rebecca-santos-whitmore" hreflang="en">Rebecca Santos-Whitmore</a>, Partner, Employment Law Group</div>
<div class="field field--name-field-display-date field--type-datetime field--label-hidden field__item">January 28, 2025</div>
</div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
<p>As of January 1, employers in the state can no longer enforce non-compete agreements against workers paid by the hour or earning less than twice the state minimum wage. Agreements signed before that date are affected too.</p>
<p>For most small businesses, the practical question is not whether to stop using non-competes but what to put in their place. Confidentiality and non-solicitation clauses remain enforceable if they are reasonable in scope.</p>
<h2>What to review now</h2>
<p>Pull every employment agreement and offer-letter template you have used in the last five years. Identify which employees fall under the new thresholds and send them the written notice the law requires by the deadline in the statute.</p>
<p>If you rely on non-competes to protect customer relationships, a well-drafted non-solicitation clause will usually do the job. We recommend having counsel review those clauses before you rely on them.</p>
<p class="disclaimer"><em>This update is for general information only and is not legal advice.</em></p>
</div>
</article>
</div>
</div>
<aside class="layout-sidebar-second" role="complementary"><div class="region region-sidebar-second"><div class="block block-views"><h2>Related Practice Areas</h2><ul><li><a href="/practice-areas/employment-law">Employment Law</a></li><li><a href="/practice-areas/business-formation">Business Formation</a></li></ul></div></div></aside>
</main>
<footer role="contentinfo" class="site-footer"><div class="region region-footer"><p>© 2025 Hartley Quinn LLP · Attorney Advertising · Prior results do not guarantee a similar outcome.</p></div></footer>
</div>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 07 Next.js SaaS blog: BlogPosting JSON-LD author is a Person named
#    "Marketing Team"; __NEXT_DATA__ repeats it. The visible author card
#    shows "Elif Demir | Developer Advocate" as one string. A second JSON-LD
#    block is the app's SoftwareApplication with a G2-style aggregateRating,
#    and a star badge is shown in the CTA: the post is not a review.
# ---------------------------------------------------------------------------
add("nextjs_marketing_team_pipe_role_app_rating", "Next.js (SaaS marketing site, headless CMS)",
    "https://relaywire.dev/blog/webhook-retries-exponential-backoff",
    TR("Webhook Retries Done Right: Exponential Backoff with Jitter", ["Elif Demir"], "2025-02-19",
       None, None, None, None),
    r'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charSet="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>Webhook Retries Done Right: Exponential Backoff with Jitter - Relaywire</title>
<meta name="description" content="Retrying failed webhooks on a fixed interval can take down the receiver. Here is how we schedule retries with exponential backoff and full jitter."/>
<link rel="canonical" href="https://relaywire.dev/blog/webhook-retries-exponential-backoff"/>
<meta property="og:title" content="Webhook Retries Done Right: Exponential Backoff with Jitter"/>
<meta property="og:description" content="Retrying failed webhooks on a fixed interval can take down the receiver."/>
<meta property="og:type" content="article"/>
<meta property="og:url" content="https://relaywire.dev/blog/webhook-retries-exponential-backoff"/>
<meta property="og:image" content="https://relaywire.dev/_next/image?url=%2Fblog%2Fbackoff-og.png&amp;w=1200&amp;q=75"/>
<meta name="twitter:card" content="summary_large_image"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"Webhook Retries Done Right: Exponential Backoff with Jitter","datePublished":"2025-02-19T08:00:00.000Z","dateModified":"2025-02-19T08:00:00.000Z","author":{"@type":"Person","name":"Marketing Team"},"publisher":{"@type":"Organization","name":"Relaywire","logo":{"@type":"ImageObject","url":"https://relaywire.dev/logo.png"}},"image":"https://relaywire.dev/blog/backoff-og.png"}</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"SoftwareApplication","name":"Relaywire","applicationCategory":"DeveloperApplication","operatingSystem":"Web","offers":{"@type":"Offer","price":"0","priceCurrency":"USD"},"aggregateRating":{"@type":"AggregateRating","ratingValue":"4.7","ratingCount":"312","bestRating":"5"}}</script>
<link rel="preload" href="/_next/static/css/8e1f2a3b4c5d6e7f.css" as="style"/>
<link rel="stylesheet" href="/_next/static/css/8e1f2a3b4c5d6e7f.css" data-n-g=""/>
</head>
<body>
<div id="__next">
<header class="Header_header__k2Lx9"><a class="Header_logo__1aB2c" href="/"><svg width="28" height="28" viewBox="0 0 28 28" aria-hidden="true"><circle cx="14" cy="14" r="12"></circle></svg><span>Relaywire</span></a>
<nav class="Header_nav__Zq81p"><a href="/docs">Docs</a><a href="/pricing">Pricing</a><a class="Header_active__9Fh2d" href="/blog">Blog</a><a href="/changelog">Changelog</a><a class="Button_primary__x0Pq1" href="/signup">Get started</a></nav></header>
<main class="Post_main__r4Tn2">
<article class="Post_article__Ab12C">
<div class="Post_meta__e5Fg6"><a class="Tag_tag__h7Ij8" href="/blog/tag/engineering">Engineering</a><span class="Post_dot__kL9mN">·</span><time dateTime="2025-02-19T08:00:00.000Z">Feb 19, 2025</time><span class="Post_dot__kL9mN">·</span><span>7 min read</span></div>
<h1 class="Post_title__oP0qR">Webhook Retries Done Right: Exponential Backoff with Jitter</h1>
<div class="AuthorCard_card__sT1uV"><img alt="" loading="lazy" width="40" height="40" decoding="async" class="AuthorCard_avatar__wX2yZ" src="/_next/image?url=%2Fauthors%2Felif.jpg&amp;w=96&amp;q=75"/><div class="AuthorCard_text__aB3cD"><span class="AuthorCard_name__eF4gH">Elif Demir | Developer Advocate</span></div></div>
<div class="Prose_prose__iJ5kL">
<p>When a webhook delivery fails, the tempting fix is to try again in a minute. If a receiver goes down for ten minutes and you have fifty thousand queued events, a fixed one-minute retry means fifty thousand requests landing at once the moment it comes back.</p>
<h2>Backoff spreads the load out</h2>
<p>Exponential backoff doubles the wait after each failure: 30 seconds, then 1 minute, then 2, then 4. It gives a struggling receiver room to recover instead of hammering it harder.</p>
<h2>Jitter stops the herd</h2>
<p>Backoff alone is not enough. If every event failed at the same moment, they will all retry at the same moment too. Adding full jitter, a random wait between zero and the backoff ceiling, breaks that synchronization.</p>
<p>Since we moved to full jitter, the share of deliveries that succeed on the first retry after an outage went from 61% to 94%.</p>
</div>
</article>
<aside class="Cta_cta__mN6oP"><h2>Reliable webhooks without the plumbing</h2><div class="Cta_rating__qR7sT" aria-label="Rated 4.7 out of 5 on G2"><span>★★★★★</span> 4.7/5 on G2 · 312 reviews</div><a class="Button_primary__x0Pq1" href="/signup">Start for free</a></aside>
</main>
<footer class="Footer_footer__uV8wX"><p>© 2025 Relaywire Inc.</p><a href="/privacy">Privacy</a><a href="/status">Status</a></footer>
</div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"post":{"slug":"webhook-retries-exponential-backoff","title":"Webhook Retries Done Right: Exponential Backoff with Jitter","publishedAt":"2025-02-19T08:00:00.000Z","author":{"name":"Marketing Team"},"authorDisplay":"Elif Demir | Developer Advocate","readingTime":7}},"__N_SSG":true},"page":"/blog/[slug]","query":{"slug":"webhook-retries-exponential-backoff"},"buildId":"p3X9kQ2mZ","isFallback":false,"gsp":true,"scriptLoader":[]}</script>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 08 Shopify (Dawn) coffee roaster journal: Dawn's Article JSON-LD uses the
#    staff account name ("Kettle & Crumb") as author; "show author" is off in
#    the theme. The body opens with an italic "Article by X, Head Roaster".
#    Liquid <time> datetime with a literal Z.
# ---------------------------------------------------------------------------
add("shopify_dawn_article_by_in_body", "Shopify (Dawn theme)",
    "https://kettleandcrumb.com/blogs/journal/why-we-rest-our-espresso-beans",
    T("Why We Rest Our Espresso Beans for Ten Days", ["Rosalind Achebe-Grant"], "2025-01-15"),
    r'''<!doctype html>
<html class="no-js" lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="theme-color" content="">
<link rel="canonical" href="https://kettleandcrumb.com/blogs/journal/why-we-rest-our-espresso-beans">
<title>Why We Rest Our Espresso Beans for Ten Days &ndash; Kettle &amp; Crumb Coffee</title>
<meta name="description" content="Freshly roasted coffee is not always the best coffee. Here is why our espresso blends sit for ten days before they ship.">
<meta property="og:site_name" content="Kettle &amp; Crumb Coffee">
<meta property="og:url" content="https://kettleandcrumb.com/blogs/journal/why-we-rest-our-espresso-beans">
<meta property="og:title" content="Why We Rest Our Espresso Beans for Ten Days">
<meta property="og:type" content="article">
<meta property="og:description" content="Freshly roasted coffee is not always the best coffee. Here is why our espresso blends sit for ten days before they ship.">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:title" content="Why We Rest Our Espresso Beans for Ten Days">
<link href="//kettleandcrumb.com/cdn/shop/t/7/assets/base.css?v=1234567890" rel="stylesheet" type="text/css" media="all" />
<script type="application/ld+json">
{"@context":"http://schema.org/","@type":"Article","articleBody":"Freshly roasted coffee is not always the best coffee...","mainEntityOfPage":{"@type":"WebPage","@id":"https://kettleandcrumb.com/blogs/journal/why-we-rest-our-espresso-beans"},"headline":"Why We Rest Our Espresso Beans for Ten Days","image":{"@type":"ImageObject","url":"https://kettleandcrumb.com/cdn/shop/articles/resting-beans.jpg?v=1736950000&width=1920","width":1920,"height":1280},"datePublished":"2025-01-15T15:00:00Z","dateCreated":"2025-01-13T21:42:08Z","author":{"@type":"Person","name":"Kettle \u0026 Crumb"},"publisher":{"@type":"Organization","name":"Kettle \u0026 Crumb Coffee"}}
</script>
</head>
<body class="gradient">
<a class="skip-to-content-link button visually-hidden" href="#MainContent">Skip to content</a>
<div id="shopify-section-announcement-bar" class="shopify-section"><div class="announcement-bar" role="region" aria-label="Announcement"><p class="announcement-bar__message h5">Free shipping on subscriptions</p></div></div>
<div id="shopify-section-header" class="shopify-section section-header"><sticky-header class="header-wrapper color-background-1 gradient header-wrapper--border-bottom"><header class="header header--middle-left header--mobile-center page-width header--has-menu">
<h1 class="header__heading"><a href="/" class="header__heading-link link link--text focus-inset"><span class="h2">Kettle &amp; Crumb Coffee</span></a></h1>
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list"><li><a href="/collections/coffee" class="header__menu-item list-menu__item link link--text focus-inset"><span>Coffee</span></a></li><li><a href="/collections/brewing" class="header__menu-item list-menu__item link link--text focus-inset"><span>Brewing</span></a></li><li><a href="/blogs/journal" class="header__menu-item list-menu__item link link--text focus-inset" aria-current="page"><span class="header__active-menu-item">Journal</span></a></li></ul></nav>
<div class="header__icons"><a href="/account/login" class="header__icon header__icon--account link focus-inset small-hide"><span class="visually-hidden">Log in</span></a><a href="/cart" class="header__icon header__icon--cart link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Cart</span></a></div>
</header></sticky-header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
<section id="shopify-section-template--1772__main" class="shopify-section section"><article class="article-template" itemscope itemtype="http://schema.org/BlogPosting">
<div class="article-template__hero-container"><div class="article-template__hero-medium media" itemprop="image"><img srcset="//kettleandcrumb.com/cdn/shop/articles/resting-beans.jpg?v=1736950000&amp;width=1100 1100w" src="//kettleandcrumb.com/cdn/shop/articles/resting-beans.jpg?v=1736950000&amp;width=1100" loading="eager" fetchpriority="high" width="1100" height="733" alt=""></div></div>
<header class="page-width page-width--narrow">
<h1 class="article-template__title" itemprop="headline">Why We Rest Our Espresso Beans for Ten Days</h1>
<span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished"><time datetime="2025-01-15T15:00:00Z">January 15, 2025</time></span>
</header>
<div class="article-template__social-sharing page-width page-width--narrow"><share-button class="share-button"><button class="share-button__button hidden">Share</button></share-button></div>
<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">
<p><em>Article by Rosalind Achebe-Grant, Head Roaster</em></p>
<p>Customers sometimes email to ask why the roast date on their espresso bag is a week and a half old. It is on purpose, and it is one of the things we get asked about most.</p>
<p>Freshly roasted beans are full of carbon dioxide. For filter coffee that matters less, but espresso is brewed under nine bars of pressure, and all that gas fights the water. Shots from two-day-old beans gush, taste sour and have a thick but short-lived crema.</p>
<p>We tested our house blend every day from day one to day twenty-one. Shots settled around day seven and tasted best, to our panel, between days ten and sixteen. So that is when we ship.</p>
<p>If you buy our filter roasts, you will notice they ship sooner. That's not an accident either.</p>
</div>
<div class="article-template__back element-margin-top center"><a href="/blogs/journal" class="article-template__link link animate-arrow">Back to Journal</a></div>
</article></section>
</main>
<footer class="footer color-background-1 gradient section-sections--footer-padding"><div class="footer__content-bottom"><div class="footer__copyright caption"><small class="copyright__content">&copy; 2025, <a href="/" title="">Kettle &amp; Crumb Coffee</a></small><small class="copyright__content"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small></div></div></footer>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 09 Drupal 9 nonprofit: no meta author, no JSON-LD. "Posted on 03/04/2025"
#    (US month/day on an en-US .org) under the title. The only byline is an
#    "About the author" block after the body: name, then job title.
# ---------------------------------------------------------------------------
add("drupal_nonprofit_about_author_slash_date", "Drupal 9 (nonprofit, custom theme)",
    "https://www.riverbendfood.org/news/why-we-are-opening-a-second-pantry",
    T("Why We're Opening a Second Pantry on the East Side", ["Tomás Villanueva"], "2025-03-04"),
    r'''<!DOCTYPE html>
<html lang="en-US" dir="ltr">
<head>
<meta charset="utf-8" />
<meta name="Generator" content="Drupal 9 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="canonical" href="https://www.riverbendfood.org/news/why-we-are-opening-a-second-pantry" />
<title>Why We're Opening a Second Pantry on the East Side | Riverbend Food Alliance</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_a8f7e6.css" />
</head>
<body class="path-node page-node-type-blog-post">
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="utility-bar"><a href="/donate" class="btn btn-donate">Donate</a> <a href="/volunteer">Volunteer</a></div>
<header class="site-header"><a href="/" class="site-logo"><img src="/themes/custom/rfa/images/rfa-logo.png" alt="Riverbend Food Alliance home" /></a>
<nav class="main-nav"><ul><li><a href="/get-food">Get Food</a></li><li><a href="/our-work">Our Work</a></li><li><a href="/news" class="is-active">News</a></li><li><a href="/about">About</a></li></ul></nav></header>
<main class="main-content">
<div class="region region-content">
<div class="breadcrumb"><a href="/">Home</a> › <a href="/news">News</a></div>
<article class="node node--type-blog-post node--view-mode-full">
<h1 class="page-title">Why We're Opening a Second Pantry on the East Side</h1>
<div class="post-date">Posted on 03/04/2025</div>
<div class="field field--name-field-image"><img src="/sites/default/files/2025-03/east-side-pantry.jpg" alt="Volunteers stocking shelves at the new pantry site" /></div>
<div class="field field--name-body">
<p>Last year our Main Street pantry served 4,312 households, up 38% from the year before. More than a third of them traveled from east of the river, many by bus, and many with children in tow.</p>
<p>That is why, starting in April, we will open a second pantry in the former credit union building on Harmon Avenue. It will be open Tuesday evenings and Saturday mornings, the two times our neighbors told us work best.</p>
<p>The new site will run as a client-choice pantry, like Main Street: shoppers pick what their family will actually eat instead of receiving a pre-packed box. That cuts waste and, just as importantly, treats people with dignity.</p>
<p>We need about 40 regular volunteers to staff the new site. If you can give three hours a month, please sign up on our volunteer page.</p>
</div>
<div class="about-author">
<h3>About the author</h3>
<img src="/sites/default/files/styles/thumbnail/public/staff/tomas-villanueva.jpg" alt="" />
<p class="author-name">Tomás Villanueva</p>
<p class="author-title">Program Director, Riverbend Food Alliance</p>
<p class="author-bio">Tomás has run the Alliance's pantry programs since 2019. Before that, he managed school meal programs for the county.</p>
</div>
</article>
</div>
</main>
<footer class="site-footer"><div class="footer-cols"><div><h4>Riverbend Food Alliance</h4><p>220 Main Street<br />Riverbend, OH 45701</p></div><div><h4>Stay in touch</h4><p><a href="/newsletter">Sign up for our newsletter</a></p></div></div><p class="copyright">© 2025 Riverbend Food Alliance is a 501(c)(3) nonprofit organization.</p></footer>
</div>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 10 Divi (Theme Builder post template), design agency: post meta is turned
#    off; a sidebar column module shows "Written by" / name / job title and
#    "Published Feb 18, 2025". Recent-posts module below with other titles.
#    No SEO plugin, no JSON-LD.
# ---------------------------------------------------------------------------
add("divi_sidebar_written_by_module", "WordPress/Divi (Theme Builder template)",
    "https://brightlinecreative.co/brand-refresh-vs-rebrand/",
    T("Brand Refresh vs. Rebrand: How to Tell Which One You Need", ["Marisol Quintero-Hale"], "2025-02-18"),
    r'''<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=0" />
<title>Brand Refresh vs. Rebrand: How to Tell Which One You Need | Brightline Creative</title>
<link rel="canonical" href="https://brightlinecreative.co/brand-refresh-vs-rebrand/" />
<link rel='stylesheet' id='divi-style-css' href='https://brightlinecreative.co/wp-content/themes/Divi/style.min.css?ver=4.27.4' type='text/css' media='all' />
<meta name="generator" content="WordPress 6.7.2" />
</head>
<body class="post-template-default single single-post postid-1874 single-format-standard et-tb-has-template et-tb-has-header et-tb-has-body et-tb-has-footer et_pb_button_helper_class et_cover_background et_pb_gutter et_pb_gutters3 et_divi_theme et-db">
<div id="page-container">
<div id="et-boc" class="et-boc">
<header class="et-l et-l--header"><div class="et_builder_inner_content et_pb_gutters3"><div class="et_pb_section et_pb_section_0_tb_header et_section_regular"><div class="et_pb_row et_pb_row_0_tb_header"><div class="et_pb_column et_pb_column_1_4 et_pb_column_0_tb_header"><div class="et_pb_module et_pb_image et_pb_image_0_tb_header"><a href="https://brightlinecreative.co/"><span class="et_pb_image_wrap "><img src="https://brightlinecreative.co/wp-content/uploads/2023/01/brightline-logo.svg" alt="Brightline Creative" title="brightline-logo" /></span></a></div></div><div class="et_pb_column et_pb_column_3_4 et_pb_column_1_tb_header"><div class="et_pb_module et_pb_menu et_pb_menu_0_tb_header"><nav class="et-menu-nav"><ul id="menu-main" class="et-menu nav"><li class="menu-item"><a href="https://brightlinecreative.co/work/">Work</a></li><li class="menu-item"><a href="https://brightlinecreative.co/services/">Services</a></li><li class="menu-item current_page_parent"><a href="https://brightlinecreative.co/blog/">Blog</a></li><li class="menu-item"><a href="https://brightlinecreative.co/contact/">Let's Talk</a></li></ul></nav></div></div></div></div></div></header>
<div id="et-main-area">
<div id="main-content">
<div class="et-l et-l--body"><div class="et_builder_inner_content et_pb_gutters3">
<div class="et_pb_section et_pb_section_0_tb_body et_section_regular"><div class="et_pb_row et_pb_row_0_tb_body"><div class="et_pb_column et_pb_column_4_4 et_pb_column_0_tb_body et-last-child"><div class="et_pb_module et_pb_post_title et_pb_post_title_0_tb_body et_pb_bg_layout_light et_pb_text_align_left"><div class="et_pb_title_container"><h1 class="entry-title">Brand Refresh vs. Rebrand: How to Tell Which One You Need</h1></div></div></div></div></div>
<div class="et_pb_section et_pb_section_1_tb_body et_section_regular"><div class="et_pb_row et_pb_row_1_tb_body">
<div class="et_pb_column et_pb_column_2_3 et_pb_column_1_tb_body"><div class="et_pb_module et_pb_post_content et_pb_post_content_0_tb_body">
<p>Every few years a client calls and says, "We think we need a rebrand." About half the time, what they actually need is a refresh, and the difference is worth tens of thousands of dollars.</p>
<h2>A refresh keeps the equity you've built</h2>
<p>A refresh updates how your brand looks and sounds without changing what it stands for. New typography, a cleaner logo lockup, a modernized color palette, an updated photography style. Customers should recognize you immediately, just looking sharper.</p>
<h2>A rebrand changes the story</h2>
<p>A rebrand is for when the business itself has changed: a merger, a new market, a product line that no longer fits the name. It usually starts with positioning and naming work long before anyone opens a design file.</p>
<p>If you are unsure, ask one question: would your best customers be confused if you changed nothing but the visuals? If the answer is no, you need a refresh.</p>
</div></div>
<div class="et_pb_column et_pb_column_1_3 et_pb_column_2_tb_body et-last-child">
<div class="et_pb_module et_pb_text et_pb_text_0_tb_body sidebar-author et_pb_text_align_left et_pb_bg_layout_light"><div class="et_pb_text_inner"><p class="sidebar-label">Written by</p><h4>Marisol Quintero-Hale</h4><p>Creative Director</p><p class="sidebar-label">Published Feb 18, 2025</p></div></div>
<div class="et_pb_module et_pb_blog_0_tb_body et_pb_blog_grid_wrapper"><h4 class="module-heading">Recent Posts</h4><div class="et_pb_blog_grid clearfix"><article class="et_pb_post clearfix et_pb_blog_item_0_0 post type-post"><h2 class="entry-title"><a href="https://brightlinecreative.co/naming-a-product-line/">Naming a Product Line Without Losing Your Mind</a></h2></article><article class="et_pb_post clearfix et_pb_blog_item_0_1 post type-post"><h2 class="entry-title"><a href="https://brightlinecreative.co/what-a-brand-audit-includes/">What a Brand Audit Actually Includes</a></h2></article></div></div>
</div>
</div></div>
</div></div>
</div>
<footer class="et-l et-l--footer"><div class="et_builder_inner_content et_pb_gutters3"><div class="et_pb_section et_pb_section_0_tb_footer"><div class="et_pb_row"><div class="et_pb_column"><div class="et_pb_module et_pb_text"><div class="et_pb_text_inner"><p>© 2025 Brightline Creative LLC · Denver, CO</p></div></div></div></div></div></div></footer>
</div>
</div>
</div>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 11 Custom React (prerendered) brand journal: hero image whose figcaption
#    is the photo credit "Photo by X", then under the hero "Story by Y" and a
#    bare date "Feb 27, 2025". Only og tags in the head.
# ---------------------------------------------------------------------------
add("react_hero_photo_credit_story_by", "Custom React front end (outdoor brand journal)",
    "https://ridgelinesupply.com/journal/winter-traverse-of-the-sawtooths",
    T("Nine Days on Skis Across the Sawtooths", ["Keisha Abernathy"], "2025-02-27"),
    r'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Nine Days on Skis Across the Sawtooths — Ridgeline Journal</title>
<meta name="description" content="Two friends, one sled each and a route that had never been skied end to end in winter.">
<meta property="og:type" content="article">
<meta property="og:title" content="Nine Days on Skis Across the Sawtooths">
<meta property="og:description" content="Two friends, one sled each and a route that had never been skied end to end in winter.">
<meta property="og:image" content="https://cdn.ridgelinesupply.com/journal/sawtooths/hero-2400.jpg">
<meta property="og:site_name" content="Ridgeline Supply Co.">
<link rel="stylesheet" href="/assets/index-4f9a2c1e.css">
<script type="module" crossorigin src="/assets/index-4f9a2c1e.js"></script>
</head>
<body>
<div id="root">
<div class="app">
<header class="nav"><a class="nav__brand" href="/">Ridgeline Supply Co.</a><nav class="nav__links"><a href="/shop/men">Men</a><a href="/shop/women">Women</a><a href="/shop/gear">Gear</a><a class="is-active" href="/journal">Journal</a></nav><button class="nav__cart" aria-label="Cart (0)">Cart (0)</button></header>
<main>
<article class="story">
<div class="story__intro"><p class="story__kicker">Expeditions</p><h1 class="story__title">Nine Days on Skis Across the Sawtooths</h1><p class="story__dek">Two friends, one sled each and a route that had never been skied end to end in winter.</p></div>
<figure class="story__hero"><img src="https://cdn.ridgelinesupply.com/journal/sawtooths/hero-2400.jpg" alt="Two skiers pulling sleds across a frozen lake below jagged peaks"><figcaption class="story__caption">Photo by Jonah Weiss</figcaption></figure>
<div class="story__credits"><span class="story__credit">Story by Keisha Abernathy</span><span class="story__date">Feb 27, 2025</span></div>
<div class="story__body">
<p>On the second morning the thermometer clipped to my sled read minus twenty-four. Maya was already outside, boiling snow, singing something tuneless to keep her jaw from locking up.</p>
<p>We had planned the route for two winters: 84 miles from the Grandjean trailhead to the Alturas Lake road, crossing four passes and, if the ice held, two long lakes. Nobody we could find had skied it end to end in winter.</p>
<p>The ice held. The fourth pass did not go the way we had drawn it, and we spent most of day six backtracking around a cornice that had looked like a gentle shoulder on the map.</p>
<p>What I remember most is not the cold or the cornice but the silence on the last night, camped on Alturas Lake, when the wind dropped and we could hear the ice ticking under us for hours.</p>
</div>
</article>
<section class="shop-the-story"><h2>Shop the story</h2><ul><li><a href="/shop/gear/expedition-sled-pulk">Expedition Pulk Sled</a></li><li><a href="/shop/men/alpine-down-parka">Alpine Down Parka</a></li></ul></section>
</main>
<footer class="footer"><p>© 2025 Ridgeline Supply Co. Made in Boise, Idaho.</p></footer>
</div>
</div>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 12 Hugo travel blog run by a couple: meta author is the blog name; the post
#    credits "Words by X · Photos by Y" in one line. Date "18 October 2024"
#    inside <time datetime>.
# ---------------------------------------------------------------------------
add("hugo_words_by_photos_by", "Hugo static site (travel blog)",
    "https://slowroadnotes.com/posts/colombia-coffee-region-by-bus/",
    T("The Coffee Region by Bus: Salento, Filandia and the Towns In Between", ["Ana Sofía Restrepo"], "2024-10-18"),
    r'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>The Coffee Region by Bus: Salento, Filandia and the Towns In Between | Slow Road Notes</title>
<meta name="viewport" content="width=device-width,minimum-scale=1">
<meta name="description" content="Skipping the tour vans and riding the local buses through Colombia's Eje Cafetero.">
<meta name="generator" content="Hugo 0.136.5">
<meta name="author" content="Slow Road Notes">
<meta property="og:url" content="https://slowroadnotes.com/posts/colombia-coffee-region-by-bus/">
<meta property="og:site_name" content="Slow Road Notes">
<meta property="og:title" content="The Coffee Region by Bus: Salento, Filandia and the Towns In Between">
<meta property="og:description" content="Skipping the tour vans and riding the local buses through Colombia's Eje Cafetero.">
<meta property="og:locale" content="en">
<meta property="og:type" content="article">
<meta property="article:section" content="posts">
<link rel="stylesheet" href="/css/main.min.3b1c9d.css">
</head>
<body>
<header class="site-header"><a class="site-title" href="/">Slow Road Notes</a><nav><a href="/posts/">Stories</a> <a href="/destinations/">Destinations</a> <a href="/about/">About us</a></nav></header>
<main class="content">
<article class="post">
<header class="post-header">
<h1 class="post-title">The Coffee Region by Bus: Salento, Filandia and the Towns In Between</h1>
<div class="post-meta"><time datetime="2024-10-18">18 October 2024</time> · 8 minute read · <a href="/tags/colombia/">colombia</a></div>
<p class="post-credits">Words by Ana Sofía Restrepo · Photos by Mateo Ruiz</p>
</header>
<div class="post-content">
<p>Every hostel in Salento has a whiteboard advertising a coffee tour, a Cocora Valley jeep and a shuttle to the next town. We ignored all three and spent ten days moving between the towns of the Eje Cafetero on the little green buses the locals use.</p>
<p>The buses leave from a corner of the main square in each town, usually when they are full rather than at any particular time. Nobody minded when we asked the driver twice whether this one went to Filandia.</p>
<p>Filandia turned out to be our favourite: the same painted balconies as Salento with a fraction of the visitors, and a lookout tower on the hill above town where you can see three departments on a clear morning.</p>
<p>If you go, carry small notes. Fares are rarely more than a few thousand pesos, and no driver has change for a fifty.</p>
</div>
</article>
<nav class="post-nav"><a class="prev" href="/posts/bogota-first-48-hours/">← Bogotá: our first 48 hours</a></nav>
</main>
<footer class="site-footer"><p>© 2024 Slow Road Notes · Ana &amp; Mateo</p></footer>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 13 Hand-coded local historical society site: no metadata at all. The
#    byline and date share a plain <p> with no class, separated by <br>; the
#    name has a middle initial.
# ---------------------------------------------------------------------------
add("static_p_noclass_byline_initials", "Hand-coded HTML (local historical society)",
    "https://www.millbrookhistory.org/articles/the-1913-flood.html",
    T("The Flood of 1913 and the Bridge That Held", ["Samuel K. Oduya"], "2025-03-03"),
    r'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>The Flood of 1913 and the Bridge That Held - Millbrook Historical Society</title>
<link rel="stylesheet" href="../style.css">
</head>
<body>
<div id="banner"><a href="../index.html"><img src="../images/mhs-banner.jpg" alt="Millbrook Historical Society, founded 1952"></a></div>
<div id="menu"><a href="../index.html">Home</a> | <a href="../museum.html">Museum</a> | <a href="../articles/index.html">Articles</a> | <a href="../membership.html">Membership</a> | <a href="../contact.html">Contact Us</a></div>
<div id="main">
<h2>The Flood of 1913 and the Bridge That Held</h2>
<p>By Samuel K. Oduya<br>March 3, 2025</p>
<p>On the night of March 25, 1913, after four days of rain, the Millbrook River rose eleven feet in six hours. By morning the lower town was under water, two mills had lost their wheels and every bridge in the county but one had been carried away.</p>
<p>The one that held was the stone arch on Ferry Street, built in 1871 by a mason named Elias Croft. Townspeople had complained for years that it was too narrow for wagons to pass. That week it was the only way across the river for thirty miles.</p>
<p>The society's collection includes a photograph, taken from the Methodist church steeple, that shows the arch with water just two feet below its crown and a line of people crossing with bundles on their heads.</p>
<p>Our spring exhibit, opening April 12, will display that photograph alongside Croft's original drawings for the bridge, which were donated to the society by his great-granddaughter last year.</p>
<hr>
<p><a href="index.html">&laquo; Back to Articles</a></p>
</div>
<div id="footer">Millbrook Historical Society &middot; 14 Ferry Street &middot; Open Saturdays 10-2<br>Page last modified 03/05/2025</div>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 14 University news office (Cascade-built static pages): under the h1 a
#    <p> with the writer's name in <strong> and her office on the next line,
#    then the date. A "Media contact" with another name closes the story.
# ---------------------------------------------------------------------------
add("university_strong_name_media_contact", "University news office (Cascade CMS)",
    "https://news.westbrook.edu/2025/03/nursing-simulation-center-opens.html",
    T("New Simulation Center Gives Nursing Students Hospital-Grade Practice", ["Ingrid Haugen"], "2025-03-05"),
    r'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8"/>
<meta content="width=device-width, initial-scale=1" name="viewport"/>
<title>New Simulation Center Gives Nursing Students Hospital-Grade Practice | Westbrook University News</title>
<meta content="The $6.2 million center includes eight patient rooms, a labor and delivery suite and high-fidelity manikins." name="description"/>
<meta content="New Simulation Center Gives Nursing Students Hospital-Grade Practice" property="og:title"/>
<meta content="article" property="og:type"/>
<meta content="Westbrook University" property="og:site_name"/>
<link href="/_resources/css/news.css" rel="stylesheet"/>
</head>
<body>
<div class="wu-alert-bar"><a href="https://www.westbrook.edu/alerts">Campus alerts</a></div>
<header class="wu-header"><a class="wu-logo" href="https://www.westbrook.edu/"><img alt="Westbrook University" src="/_resources/images/wu-wordmark.svg"/></a><span class="wu-site-name"><a href="/">News</a></span>
<nav class="wu-nav"><a href="/topics/research/">Research</a> <a href="/topics/campus-life/">Campus Life</a> <a href="/topics/athletics/">Athletics</a> <a href="/media-relations/">For Media</a></nav></header>
<main class="wu-main">
<article class="news-story">
<h1>New Simulation Center Gives Nursing Students Hospital-Grade Practice</h1>
<div class="news-meta">
<p><strong>Ingrid Haugen</strong><br/>University Communications</p>
<p>March 5, 2025</p>
</div>
<img alt="Nursing students work with a simulation manikin" class="news-lead-image" src="/2025/03/images/sim-center.jpg"/>
<p>Westbrook University opened its new Clinical Simulation Center on Tuesday, giving nursing students a place to practice everything from routine blood draws to a complicated delivery before they ever set foot in a hospital.</p>
<p>The $6.2 million center, on the second floor of Harlan Hall, includes eight patient rooms, a labor and delivery suite, an intensive care bay and a control room where faculty can watch, record and change a scenario in real time.</p>
<p>"Students can make mistakes here that they could never be allowed to make with a real patient," said Dr. Celeste Amari, dean of the School of Nursing. "Then we sit down together and watch the recording."</p>
<p>About 600 undergraduate and graduate nursing students will use the center each semester. The School of Nursing plans to open it to regional hospitals for staff training next year.</p>
<div class="media-contact"><h2>Media contact</h2><p>Derek Fullerton, Media Relations<br/>dfullerton@westbrook.edu · 555-0187</p></div>
</article>
</main>
<footer class="wu-footer"><p>Westbrook University · 100 College Avenue · Westbrook, ME 04092</p><p>© 2025 Westbrook University</p></footer>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 15 Community news site (WordPress, custom theme, no SEO plugin) publishing
#    reader contributions: "Contributor: Name (City, ST)"; the date is a
#    <time> with no datetime attribute.
# ---------------------------------------------------------------------------
add("community_contributor_location_time_nodatetime", "WordPress (community news site, custom theme)",
    "https://eastsidevoices.org/community/the-corner-store-that-became-a-library/",
    T("The Corner Store That Became a Library", ["Rosa Delgado"], "2025-03-02"),
    r'''<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>The Corner Store That Became a Library &#8211; Eastside Voices</title>
<meta name='robots' content='max-image-preview:large' />
<link rel='stylesheet' id='eastside-style-css' href='https://eastsidevoices.org/wp-content/themes/eastside/style.css?ver=2.3.1' media='all' />
<link rel="canonical" href="https://eastsidevoices.org/community/the-corner-store-that-became-a-library/" />
<meta name="generator" content="WordPress 6.7.2" />
</head>
<body class="post-template-default single single-post postid-5532 single-format-standard">
<header class="masthead"><a class="masthead__name" href="https://eastsidevoices.org/">Eastside Voices</a><p class="masthead__tagline">Stories by and for East Austin</p>
<nav class="masthead__nav"><a href="/news/">News</a> <a href="/community/">Community</a> <a href="/food/">Food</a> <a href="/submit/">Submit a story</a></nav></header>
<div class="wrap">
<main class="main">
<article class="story post-5532">
<p class="story__section"><a href="/community/">Community</a></p>
<h1 class="story__title">The Corner Store That Became a Library</h1>
<div class="story__meta">
<p class="story__contributor">Contributor: Rosa Delgado (Austin, TX)</p>
<p class="story__date"><time>March 2, 2025</time></p>
</div>
<div class="story__content">
<p>For thirty years, the little building at the corner of Chicon and East 12th sold lottery tickets, menudo on Sundays and the best raspa in the neighborhood. When Don Ernesto retired last summer, we all assumed it would become another coffee shop.</p>
<p>Instead, his daughter Marisela turned it into a free lending library. The shelves that held chips and motor oil now hold picture books, paperback novels in English and Spanish, and a whole wall of cookbooks donated by neighbors.</p>
<p>There is no card and no due date. You take a book, you bring one back when you can. On Saturday mornings a retired teacher from down the street reads aloud to whoever shows up.</p>
<p>"My father always said the store was for the neighborhood," Marisela told me. "It still is."</p>
</div>
<p class="story__note"><em>Eastside Voices publishes stories written by community members. Want to share yours? <a href="/submit/">Submit a story</a>.</em></p>
</article>
</main>
<aside class="sidebar"><section class="widget"><h3>Become a contributor</h3><p>We edit lightly and pay $75 for every published story.</p></section><section class="widget"><h3>Most read</h3><ul><li><a href="/news/rosewood-pool-reopening/">Rosewood pool reopening pushed to June</a></li><li><a href="/food/tamale-season-guide/">Our tamale season guide</a></li></ul></section></aside>
</div>
<footer class="footer"><p>© 2025 Eastside Voices, a project of the East Austin Media Collective</p></footer>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 16 Think tank (Drupal): Schema.org Metatag Article names the institute
#    (Organization) as author; visible "By A and B", the second name with a
#    lower-case Dutch particle. "Published: 11 February 2025".
# ---------------------------------------------------------------------------
add("thinktank_by_and_particle_org_jsonld", "Drupal 10 (policy institute)",
    "https://www.coastalfutures.org/analysis/managed-retreat-what-the-buyout-data-show",
    T("Managed Retreat: What Ten Years of Buyout Data Show", ["Amara Nwosu", "Pieter van der Berg"], "2025-02-11"),
    r'''<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8" />
<meta name="description" content="We analyzed 11,400 federally funded home buyouts to see who moves, where they go and how long it takes." />
<link rel="canonical" href="https://www.coastalfutures.org/analysis/managed-retreat-what-the-buyout-data-show" />
<meta property="og:site_name" content="Coastal Futures Institute" />
<meta property="og:type" content="article" />
<meta property="og:title" content="Managed Retreat: What Ten Years of Buyout Data Show" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Article","headline":"Managed Retreat: What Ten Years of Buyout Data Show","description":"We analyzed 11,400 federally funded home buyouts to see who moves, where they go and how long it takes.","author":{"@type":"Organization","@id":"https://www.coastalfutures.org/#org","name":"Coastal Futures Institute"},"publisher":{"@type":"Organization","@id":"https://www.coastalfutures.org/#org","name":"Coastal Futures Institute"}}]}</script>
<title>Managed Retreat: What Ten Years of Buyout Data Show | Coastal Futures Institute</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_cfi.css" />
</head>
<body class="path-node page-node-type-analysis">
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<header class="header"><a class="header__logo" href="/"><img src="/themes/custom/cfi/logo.svg" alt="Coastal Futures Institute" /></a><nav class="header__nav"><ul><li><a href="/research">Research</a></li><li><a href="/analysis" class="is-active">Analysis</a></li><li><a href="/events">Events</a></li><li><a href="/about">About</a></li></ul></nav></header>
<main class="main">
<article class="node node--type-analysis">
<div class="node__eyebrow">Analysis · Climate Adaptation</div>
<h1 class="node__title">Managed Retreat: What Ten Years of Buyout Data Show</h1>
<div class="node__byline">By <a href="/people/amara-nwosu">Amara Nwosu</a> and <a href="/people/pieter-van-der-berg">Pieter van der Berg</a></div>
<div class="node__date">Published: 11 February 2025</div>
<div class="node__body">
<p>Between 2013 and 2023, federal programs funded the purchase and demolition of roughly 11,400 flood-prone homes. We matched those buyouts to property and address records to answer three questions: who takes a buyout, where do they move, and how long does the process take?</p>
<h2>The process is slow</h2>
<p>The median buyout took 4.7 years from the flood that prompted it to the closing on the property. Households that could not afford to wait often repaired and stayed, and some of them flooded again before an offer arrived.</p>
<h2>Most people move close by</h2>
<p>Seven in ten participating households moved less than ten miles away. That is good news for community ties, but it also means many moved to areas with their own, smaller flood risk.</p>
<p>Our full methodology and the county-level data are available on the research page.</p>
</div>
<div class="node__related-people"><h2>Related experts</h2><ul><li><a href="/people/amara-nwosu">Amara Nwosu</a>, Senior Fellow</li><li><a href="/people/pieter-van-der-berg">Pieter van der Berg</a>, Data Analyst</li><li><a href="/people/joanne-okafor">Joanne Okafor</a>, Director of Research</li></ul></div>
</article>
</main>
<footer class="footer"><p>Coastal Futures Institute is an independent, nonpartisan research organization. © 2025</p></footer>
</div>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 17 Research lab blog (Jekyll, academic theme): "By A, B, and C" with an
#    Oxford comma and diacritics; ISO date as the visible date text.
# ---------------------------------------------------------------------------
add("lab_blog_three_authors_oxford_iso", "Jekyll (research lab blog)",
    "https://ecolab.halvorsen.edu/blog/2025/soil-microbes-drought-memory/",
    T("Do Soil Microbes Remember Drought?", ["Lena Hoffmann", "Rajiv Menon", "Chloé Lefèvre"], "2025-02-14"),
    r'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Do Soil Microbes Remember Drought? | Halvorsen Soil Ecology Lab</title>
<meta name="description" content="A rainfall-exclusion experiment suggests soil communities respond faster to a second drought than to the first.">
<link rel="canonical" href="https://ecolab.halvorsen.edu/blog/2025/soil-microbes-drought-memory/">
<link rel="stylesheet" href="/assets/css/main.css">
<link type="application/atom+xml" rel="alternate" href="https://ecolab.halvorsen.edu/feed.xml" title="Halvorsen Soil Ecology Lab">
</head>
<body>
<nav class="navbar"><a class="navbar-brand" href="/">Halvorsen Soil Ecology Lab</a><ul class="navbar-nav"><li><a href="/people/">People</a></li><li><a href="/publications/">Publications</a></li><li class="active"><a href="/blog/">Blog</a></li><li><a href="/join/">Join us</a></li></ul></nav>
<div class="container">
<div class="post">
<header class="post-header">
<h1 class="post-title">Do Soil Microbes Remember Drought?</h1>
<p class="post-meta">2025-02-14 • By Lena Hoffmann, Rajiv Menon, and Chloé Lefèvre</p>
<p class="post-tags"><a href="/blog/category/research-updates/">research updates</a></p>
</header>
<article class="post-content">
<p>Three summers ago we put rain-out shelters over twelve plots at the field station and let them dry out for ten weeks. Last summer we did it again, to the same plots and to twelve that had never been droughted.</p>
<p>The previously droughted soils switched their enzyme activity toward drought-tolerant pathways within days. The naive plots took almost three weeks to make the same shift.</p>
<p>That looks a lot like memory, though we are careful with the word. The simplest explanation is that the first drought filtered the community toward tolerant taxa, which were still dominant two years later.</p>
<p>Chloé is now sequencing samples from both sets of plots to test that idea. The preprint with the enzyme results is linked on our publications page.</p>
</article>
</div>
</div>
<footer class="site-footer"><p>© 2025 Halvorsen Soil Ecology Lab, Department of Biology. Powered by Jekyll.</p></footer>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 18 UK public body blog (GOV.UK-like template): a definition list with
#    "Author:" and "Published:" labels, ordinal date "4th March 2025"; Irish
#    name with an acute accent, apostrophe and hyphen.
# ---------------------------------------------------------------------------
add("uk_agency_dl_author_ordinal", "UK public body blog (GOV.UK-style template)",
    "https://blog.northmoorwater.gov.uk/2025/03/04/reservoir-levels-spring-outlook/",
    T("Reservoir levels and what to expect this spring", ["Siobhán O'Donnell-Reyes"], "2025-03-04"),
    r'''<!DOCTYPE html>
<html lang="en-GB" class="govuk-template">
<head>
<meta charset="utf-8">
<title>Reservoir levels and what to expect this spring - Northmoor Water Authority blog</title>
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta name="theme-color" content="#0b0c0c">
<meta property="og:title" content="Reservoir levels and what to expect this spring">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Northmoor Water Authority blog">
<link rel="stylesheet" href="/assets/govuk-frontend-5.7.1.min.css">
</head>
<body class="govuk-template__body">
<a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>
<header class="govuk-header" data-module="govuk-header"><div class="govuk-header__container govuk-width-container"><div class="govuk-header__logo"><a href="/" class="govuk-header__link govuk-header__link--homepage">Northmoor Water Authority</a></div><div class="govuk-header__content"><a href="/" class="govuk-header__link govuk-header__service-name">Blog</a></div></div></header>
<div class="govuk-width-container">
<nav class="govuk-breadcrumbs" aria-label="Breadcrumb"><ol class="govuk-breadcrumbs__list"><li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/">Home</a></li><li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/category/water-resources/">Water resources</a></li></ol></nav>
<main class="govuk-main-wrapper" id="main-content">
<div class="govuk-grid-row">
<div class="govuk-grid-column-two-thirds">
<h1 class="govuk-heading-xl">Reservoir levels and what to expect this spring</h1>
<dl class="blog-meta">
<dt>Author:</dt><dd><a class="govuk-link" href="/author/siobhan-odonnell-reyes/">Siobhán O'Donnell-Reyes</a></dd>
<dt>Published:</dt><dd>4th March 2025</dd>
<dt>Categories:</dt><dd><a class="govuk-link" href="/category/water-resources/">Water resources</a></dd>
</dl>
<div class="govuk-body blog-content">
<p>After the wettest autumn in our records, you might expect our reservoirs to be full to the brim. They are close: combined storage stood at 91% on Monday, compared with a long-term average of 86% for early March.</p>
<p>That is a comfortable position going into spring, but it does not rule out restrictions later in the year. A dry spring followed by a hot summer can draw levels down quickly, as we saw in 2022.</p>
<p>Over the next few months we will be carrying out maintenance on the outlet tower at Ashby Reservoir. You may see lower water near the dam and more vehicles on the access road; the footpath around the reservoir will stay open.</p>
<p>We publish reservoir levels every week on our website. If you would like to know more about how we plan for dry weather, our drought plan explains the steps we take and when.</p>
</div>
<div class="blog-sharing"><h2 class="govuk-heading-s">Sharing and comments</h2><p class="govuk-body-s">Share this page</p></div>
</div>
<div class="govuk-grid-column-one-third"><aside class="blog-sidebar"><h2 class="govuk-heading-s">Subscribe to this blog</h2><p class="govuk-body-s"><a class="govuk-link" href="/feed/">RSS feed</a></p><h2 class="govuk-heading-s">Recent posts</h2><ul class="govuk-list"><li><a class="govuk-link" href="/2025/02/18/leakage-figures-2024/">Our leakage figures for 2024</a> <span class="govuk-body-s">18th February 2025</span></li><li><a class="govuk-link" href="/2025/01/29/new-treatment-works/">Building the new Hollins treatment works</a> <span class="govuk-body-s">29th January 2025</span></li></ul></aside></div>
</div>
</main>
</div>
<footer class="govuk-footer"><div class="govuk-width-container"><p class="govuk-footer__meta-custom">All content is available under the Open Government Licence v3.0, except where otherwise stated</p><p>© Northmoor Water Authority</p></div></footer>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 19 Genesis child theme, HVAC company blog, no SEO plugin: the post info is
#    customised to plain text "Posted by X on Mar 4, 2025"; no <time>, no
#    JSON-LD. "Schedule service" sidebar.
# ---------------------------------------------------------------------------
add("genesis_posted_by_on_text", "WordPress/Genesis child theme (local business)",
    "https://www.summitairhvac.com/blog/heat-pump-short-cycling/",
    T("Why Is My Heat Pump Short Cycling?", ["Carla Jiménez"], "2025-03-04"),
    r'''<!DOCTYPE html>
<html lang="en-US">
<head >
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>Why Is My Heat Pump Short Cycling? | Summit Air Heating &amp; Cooling</title>
<meta name='robots' content='max-image-preview:large' />
<link rel="canonical" href="https://www.summitairhvac.com/blog/heat-pump-short-cycling/" />
<link rel='stylesheet' id='summit-pro-css' href='https://www.summitairhvac.com/wp-content/themes/summit-pro/style.css?ver=1.2.0' type='text/css' media='all' />
</head>
<body class="post-template-default single single-post postid-611 single-format-standard header-full-width content-sidebar genesis-breadcrumbs-hidden" itemscope itemtype="https://schema.org/WebPage">
<div class="site-container">
<ul class="genesis-skip-link"><li><a href="#genesis-content" class="screen-reader-shortcut"> Skip to main content</a></li></ul>
<header class="site-header" itemscope itemtype="https://schema.org/WPHeader"><div class="wrap"><div class="title-area"><p class="site-title" itemprop="headline"><a href="https://www.summitairhvac.com/">Summit Air Heating &amp; Cooling</a></p></div>
<nav class="nav-primary" aria-label="Main" itemscope itemtype="https://schema.org/SiteNavigationElement"><div class="wrap"><ul id="menu-primary" class="menu genesis-nav-menu menu-primary"><li class="menu-item"><a href="/heating/" itemprop="url"><span itemprop="name">Heating</span></a></li><li class="menu-item"><a href="/cooling/" itemprop="url"><span itemprop="name">Cooling</span></a></li><li class="menu-item"><a href="/blog/" itemprop="url"><span itemprop="name">Blog</span></a></li><li class="menu-item"><a href="/schedule/" itemprop="url"><span itemprop="name">Schedule Service</span></a></li></ul></div></nav></div></header>
<div class="site-inner"><div class="content-sidebar-wrap">
<main class="content" id="genesis-content">
<article class="post-611 post type-post status-publish format-standard category-heat-pumps entry">
<header class="entry-header"><h1 class="entry-title">Why Is My Heat Pump Short Cycling?</h1>
<p class="entry-meta">Posted by Carla Jiménez on Mar 4, 2025 <span class="entry-comments-link"><a href="https://www.summitairhvac.com/blog/heat-pump-short-cycling/#respond">Leave a Comment</a></span></p></header>
<div class="entry-content">
<p>A heat pump that turns on, runs for a couple of minutes and shuts off again is short cycling. Besides making the house uncomfortable, it wears out the compressor and drives up your electric bill.</p>
<h2>The most common causes</h2>
<p>A dirty air filter is the first thing to check. When airflow is restricted, the coil can overheat or freeze and the system shuts itself down to protect itself.</p>
<p>An oversized unit is the second most common cause we see. A system that is too big for the house reaches the thermostat setting so quickly that it never runs a full cycle.</p>
<p>Low refrigerant, a failing thermostat or a thermostat placed next to a supply vent can all cause the same symptom. Those need a technician to diagnose.</p>
</div>
<footer class="entry-footer"><p class="entry-meta"><span class="entry-categories">Filed Under: <a href="https://www.summitairhvac.com/blog/category/heat-pumps/" rel="category tag">Heat Pumps</a></span></p></footer>
</article>
</main>
<aside class="sidebar sidebar-primary widget-area" role="complementary"><section class="widget widget_text"><div class="widget-wrap"><h3 class="widgettitle widget-title">Need service?</h3><div class="textwidget"><p>Call (719) 555-0166 or book online. Same-day appointments available.</p></div></div></section></aside>
</div></div>
<footer class="site-footer"><div class="wrap"><p>Copyright &#x000A9;&nbsp;2025 Summit Air Heating &amp; Cooling · Colorado Springs, CO</p></div></footer>
</div>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 20 Pet food brand content hub (Contentful + Gatsby): byline is a single
#    element "Name — Staff Writer" with no "By"; date "March 04, 2025" in a
#    span. og metas only.
# ---------------------------------------------------------------------------
add("petbrand_emdash_staff_writer", "Gatsby + Contentful (brand content hub)",
    "https://www.tailwisepet.com/learn/how-much-should-my-puppy-eat",
    T("How Much Should My Puppy Eat? A Feeding Chart by Age and Weight", ["Marta Kowalczyk"], "2025-03-04"),
    r'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charSet="utf-8"/>
<meta http-equiv="x-ua-compatible" content="ie=edge"/>
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"/>
<meta name="generator" content="Gatsby 5.13.7"/>
<title data-gatsby-head="true">How Much Should My Puppy Eat? A Feeding Chart by Age and Weight | Tailwise</title>
<meta name="description" content="Use our puppy feeding chart to see how much to feed by age and expected adult weight, and how often." data-gatsby-head="true"/>
<meta property="og:title" content="How Much Should My Puppy Eat? A Feeding Chart by Age and Weight" data-gatsby-head="true"/>
<meta property="og:type" content="article" data-gatsby-head="true"/>
<meta property="og:site_name" content="Tailwise" data-gatsby-head="true"/>
<link rel="stylesheet" href="/styles.8e2f1c.css"/>
</head>
<body>
<div id="___gatsby"><div style="outline:none" tabindex="-1" id="gatsby-focus-wrapper">
<header class="site-header"><a class="site-header__logo" href="/">Tailwise</a><nav class="site-header__nav"><a href="/shop/dog/">Dog</a><a href="/shop/cat/">Cat</a><a aria-current="page" class="active" href="/learn/">Learn</a><a href="/quiz/">Find your food</a></nav></header>
<main>
<article class="article">
<nav class="article__crumbs"><a href="/learn/">Learn</a> / <a href="/learn/puppy/">Puppy</a></nav>
<h1 class="article__title">How Much Should My Puppy Eat? A Feeding Chart by Age and Weight</h1>
<div class="article__meta"><div class="article__byline">Marta Kowalczyk — Staff Writer</div><span class="article__date">March 04, 2025</span><span class="article__read">6 min read</span></div>
<div class="article__body">
<p>Puppies need more calories per pound than adult dogs, but they also have small stomachs. That is why feeding a puppy is less about one big number and more about the right amount, split into the right number of meals.</p>
<h2>How many meals a day?</h2>
<p>Most puppies do well on four meals a day until about three months old, three meals until six months and two meals after that. Toy breeds may need to stay on three meals longer to keep their blood sugar steady.</p>
<h2>How much per day?</h2>
<p>Start with the amount on your food's label for your puppy's current age and expected adult weight, then adjust. You should be able to feel, but not see, your puppy's ribs.</p>
<p>If you are not sure what your puppy's adult weight will be, your veterinarian can estimate it at the next checkup.</p>
</div>
<p class="article__disclaimer">This article is for general information and does not replace advice from your veterinarian.</p>
</article>
<section class="related"><h2>Keep reading</h2><a href="/learn/puppy/crate-training-first-week/">Crate Training: The First Week</a> <a href="/learn/puppy/when-to-switch-to-adult-food/">When to Switch to Adult Dog Food</a></section>
</main>
<footer class="site-footer"><p>© 2025 Tailwise Pet Co.</p></footer>
</div></div>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 21 Cardiology practice (WordPress/Astra + Yoast): the WordPress user who
#    publishes is named after the practice, so the Yoast Person and
#    twitter:data1 say "Heartwell Cardiology". Visible byline "By Dr. Name,
#    MD, FACC" as plain text under the title.
# ---------------------------------------------------------------------------
add("cardiology_credentials_yoast_org", "WordPress/Astra + Yoast (medical practice)",
    "https://heartwellcardiology.com/blog/what-your-cholesterol-numbers-mean/",
    T("What Your Cholesterol Numbers Actually Mean", ["Aisha Rahman"], "2025-02-11"),
    r'''<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>What Your Cholesterol Numbers Actually Mean - Heartwell Cardiology</title>
<meta name="description" content="LDL, HDL, triglycerides and non-HDL cholesterol: what each number on your lipid panel means and which one matters most." />
<link rel="canonical" href="https://heartwellcardiology.com/blog/what-your-cholesterol-numbers-mean/" />
<meta property="og:locale" content="en_US" />
<meta property="og:type" content="article" />
<meta property="og:title" content="What Your Cholesterol Numbers Actually Mean - Heartwell Cardiology" />
<meta property="og:url" content="https://heartwellcardiology.com/blog/what-your-cholesterol-numbers-mean/" />
<meta property="og:site_name" content="Heartwell Cardiology" />
<meta property="article:published_time" content="2025-02-11T15:00:00+00:00" />
<meta name="author" content="Heartwell Cardiology" />
<meta name="twitter:card" content="summary_large_image" />
<meta name="twitter:label1" content="Written by" />
<meta name="twitter:data1" content="Heartwell Cardiology" />
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","@id":"https://heartwellcardiology.com/blog/what-your-cholesterol-numbers-mean/#article","isPartOf":{"@id":"https://heartwellcardiology.com/blog/what-your-cholesterol-numbers-mean/"},"author":{"name":"Heartwell Cardiology","@id":"https://heartwellcardiology.com/#/schema/person/9ab1c2"},"headline":"What Your Cholesterol Numbers Actually Mean","datePublished":"2025-02-11T15:00:00+00:00","mainEntityOfPage":{"@id":"https://heartwellcardiology.com/blog/what-your-cholesterol-numbers-mean/"},"publisher":{"@id":"https://heartwellcardiology.com/#organization"},"inLanguage":"en-US"},{"@type":"WebSite","@id":"https://heartwellcardiology.com/#website","url":"https://heartwellcardiology.com/","name":"Heartwell Cardiology"},{"@type":"Organization","@id":"https://heartwellcardiology.com/#organization","name":"Heartwell Cardiology","url":"https://heartwellcardiology.com/"},{"@type":"Person","@id":"https://heartwellcardiology.com/#/schema/person/9ab1c2","name":"Heartwell Cardiology","url":"https://heartwellcardiology.com/author/heartwell/"}]}</script>
<link rel='stylesheet' id='astra-theme-css-css' href='https://heartwellcardiology.com/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.8.10' media='all' />
</head>
<body itemtype='https://schema.org/Blog' itemscope='itemscope' class="post-template-default single single-post postid-903 single-format-standard ast-single-post ast-blog-single-style-1 ast-right-sidebar">
<div class="hfeed site" id="page">
<header class="site-header header-main-layout-1 ast-primary-menu-enabled" id="masthead"><div class="ast-primary-header-bar"><div class="site-branding ast-site-identity"><span class="site-logo-img"><a href="https://heartwellcardiology.com/" class="custom-logo-link" rel="home"><img width="240" height="64" src="https://heartwellcardiology.com/wp-content/uploads/2023/04/heartwell-logo.png" class="custom-logo" alt="Heartwell Cardiology" /></a></span></div><nav class="main-header-bar-navigation"><ul id="primary-menu" class="main-header-menu"><li class="menu-item"><a href="/our-physicians/" class="menu-link">Our Physicians</a></li><li class="menu-item"><a href="/services/" class="menu-link">Services</a></li><li class="menu-item"><a href="/blog/" class="menu-link">Heart Health Blog</a></li><li class="menu-item"><a href="/request-appointment/" class="menu-link">Request an Appointment</a></li></ul></nav></div></header>
<div id="content" class="site-content"><div class="ast-container">
<div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-903 post type-post status-publish format-standard has-post-thumbnail hentry category-prevention ast-article-single" id="post-903" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<div class="ast-post-format- ast-no-thumb single-layout-1">
<header class="entry-header"><h1 class="entry-title" itemprop="headline">What Your Cholesterol Numbers Actually Mean</h1></header>
<div class="entry-content clear" itemprop="text">
<p class="physician-byline">By Dr. Aisha Rahman, MD, FACC</p>
<p class="post-date-line">February 11, 2025</p>
<p>A standard lipid panel gives you four or five numbers, and patients often leave the office focused on the wrong one. Total cholesterol on its own tells us surprisingly little.</p>
<h2>LDL: the number we treat</h2>
<p>Low-density lipoprotein is the cholesterol that builds up in artery walls. For most adults without heart disease, we like to see it under 100 mg/dL; for patients who have had a heart attack or stent, we aim much lower.</p>
<h2>HDL and triglycerides</h2>
<p>Higher HDL used to be seen as protective on its own, but raising it with medication has not been shown to prevent heart attacks. High triglycerides, on the other hand, are often a sign of insulin resistance and worth addressing with diet and exercise.</p>
<p>If your numbers are borderline, ask whether a coronary calcium scan makes sense for you. It can help decide whether medication is worth starting.</p>
</div>
</div>
</article>
</main></div>
<div class="widget-area secondary" id="secondary"><div class="sidebar-main"><aside class="widget"><h2 class="widget-title">Request an Appointment</h2><p>New patients are seen within two weeks at our Oak Park and Evanston offices.</p></aside></div></div>
</div></div>
<footer class="site-footer" id="colophon"><div class="ast-small-footer"><div class="ast-container"><p>Copyright © 2025 Heartwell Cardiology, S.C. | This blog does not provide medical advice.</p></div></div></footer>
</div>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 22 Hospital health library (Sitecore-style): MedicalWebPage JSON-LD names
#    the health system (Organization) as author and the physician in
#    reviewedBy. Visible "Medically reviewed by Dr., MD" comes first, then
#    "Written by Name, RN". "Published June 10, 2024 · Reviewed March 1,
#    2025". Truth: the writer, and the published day.
# ---------------------------------------------------------------------------
add("hospital_medically_reviewed_written_by", "Hospital health library (Sitecore-style)",
    "https://www.lakesidehealth.org/health-library/articles/managing-gestational-diabetes",
    T("Managing Gestational Diabetes: A Week-by-Week Guide", ["Bethany Kruger"], "2024-06-10"),
    r'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>Managing Gestational Diabetes: A Week-by-Week Guide | Health Library | Lakeside Health</title>
<meta name="description" content="What to expect after a gestational diabetes diagnosis, from glucose testing to meal planning and delivery." />
<meta property="og:title" content="Managing Gestational Diabetes: A Week-by-Week Guide" />
<meta property="og:type" content="article" />
<meta property="og:site_name" content="Lakeside Health" />
<link rel="canonical" href="https://www.lakesidehealth.org/health-library/articles/managing-gestational-diabetes" />
<script type="application/ld+json">{"@context":"https://schema.org","@type":"MedicalWebPage","name":"Managing Gestational Diabetes: A Week-by-Week Guide","headline":"Managing Gestational Diabetes: A Week-by-Week Guide","about":{"@type":"MedicalCondition","name":"Gestational diabetes"},"author":{"@type":"Organization","name":"Lakeside Health","url":"https://www.lakesidehealth.org"},"reviewedBy":{"@type":"Person","name":"Alan Cho, MD","jobTitle":"Maternal-Fetal Medicine"},"lastReviewed":"2025-03-01","datePublished":"2024-06-10","publisher":{"@type":"Organization","name":"Lakeside Health"}}</script>
<link href="/assets/css/lakeside.min.css" rel="stylesheet" />
</head>
<body class="health-library article-page">
<header class="lh-header"><a href="/" class="lh-logo"><img src="/assets/img/lakeside-health-logo.svg" alt="Lakeside Health" /></a>
<nav class="lh-nav"><a href="/find-a-doctor">Find a Doctor</a><a href="/locations">Locations</a><a href="/services">Services</a><a href="/health-library" class="active">Health Library</a><a href="/mychart">MyChart</a></nav></header>
<main class="lh-main">
<div class="lh-breadcrumb"><a href="/health-library">Health Library</a> › <a href="/health-library/pregnancy">Pregnancy</a></div>
<article class="hl-article">
<h1 class="hl-article__title">Managing Gestational Diabetes: A Week-by-Week Guide</h1>
<div class="hl-article__credits">
<div class="hl-credit hl-credit--reviewer"><img src="/-/media/providers/alan-cho.jpg" alt="" /><span>Medically reviewed by <a href="/find-a-doctor/alan-cho">Dr. Alan Cho, MD</a></span></div>
<div class="hl-credit hl-credit--writer"><span>Written by Bethany Kruger, RN</span></div>
<div class="hl-credit hl-credit--dates">Published June 10, 2024 · Reviewed March 1, 2025</div>
</div>
<div class="hl-article__body">
<p>Gestational diabetes is diagnosed in about one in ten pregnancies, usually between 24 and 28 weeks. Hearing the word "diabetes" can be frightening, but most people manage it with changes to what and when they eat.</p>
<h2>The first week after diagnosis</h2>
<p>You will meet with a diabetes educator and learn to check your blood sugar with a finger-stick meter, usually four times a day: when you wake up and one or two hours after each meal.</p>
<h2>Meal planning</h2>
<p>Spreading carbohydrates across three meals and two or three snacks keeps blood sugar steadier than a few large meals. Pairing carbohydrates with protein helps too.</p>
<p>If your numbers stay above target despite diet changes, your care team may add insulin or another medication. That is not a failure; it simply means your body needs more help.</p>
</div>
</article>
<aside class="hl-related"><h2>Related care</h2><ul><li><a href="/services/maternal-fetal-medicine">Maternal-Fetal Medicine</a></li><li><a href="/services/diabetes-education">Diabetes Education</a></li></ul></aside>
</main>
<footer class="lh-footer"><p>© 2025 Lakeside Health. The Health Library is for general information and does not replace medical advice.</p></footer>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 23 Regional health system blog (WordPress/Kadence, no SEO plugin): only
#    the organisation signs, "By the Cedar Valley Health Team", beside a
#    physician reviewer. Truth: the team label as shown (without the "the"
#    that belongs to the "By the ..." phrasing); the reviewer is not the
#    author. Date "Jan 22, 2025" text plus a <time datetime>.
# ---------------------------------------------------------------------------
add("health_team_label_reviewer", "WordPress/Kadence (health system blog)",
    "https://www.cedarvalleyhealth.org/blog/flu-or-covid-how-to-tell/",
    T("Flu or COVID? How to Tell the Difference This Winter", ["Cedar Valley Health Team"], "2025-01-22"),
    r'''<!doctype html>
<html lang="en-US" class="no-js">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1">
<title>Flu or COVID? How to Tell the Difference This Winter &#8211; Cedar Valley Health</title>
<meta name='robots' content='max-image-preview:large' />
<link rel="canonical" href="https://www.cedarvalleyhealth.org/blog/flu-or-covid-how-to-tell/" />
<link rel='stylesheet' id='kadence-global-css' href='https://www.cedarvalleyhealth.org/wp-content/themes/kadence/assets/css/global.min.css?ver=1.2.9' media='all' />
</head>
<body class="post-template-default single single-post postid-3120 single-format-standard wp-embed-responsive content-title-style-normal content-width-narrow content-style-unboxed">
<div id="wrapper" class="site wp-site-blocks">
<header id="masthead" class="site-header" role="banner"><div class="site-header-inner-wrap"><div class="site-branding branding-layout-standard"><a class="brand has-logo-image" href="https://www.cedarvalleyhealth.org/" rel="home"><img width="200" height="56" src="https://www.cedarvalleyhealth.org/wp-content/uploads/cvh-logo.svg" class="custom-logo" alt="Cedar Valley Health" /></a></div>
<nav id="site-navigation" class="main-navigation header-navigation" aria-label="Primary Navigation"><div class="primary-menu-container header-menu-container"><ul id="primary-menu" class="menu"><li class="menu-item"><a href="/find-care/">Find Care</a></li><li class="menu-item"><a href="/urgent-care/">Urgent Care</a></li><li class="menu-item current-menu-ancestor"><a href="/blog/">Health &amp; Wellness</a></li><li class="menu-item"><a href="/pay-my-bill/">Pay My Bill</a></li></ul></div></nav></div></header>
<div id="inner-wrap" class="wrap hfeed kt-clear">
<div id="primary" class="content-area"><div class="content-container site-container"><main id="main" class="site-main" role="main"><div class="content-wrap">
<article id="post-3120" class="entry content-bg single-entry post-3120 post type-post status-publish format-standard category-infectious-disease">
<div class="entry-content-wrap">
<header class="entry-header post-title title-align-inherit title-tablet-align-inherit title-mobile-align-inherit">
<div class="entry-taxonomies"><span class="category-links term-links category-style-normal"><a href="https://www.cedarvalleyhealth.org/blog/category/infectious-disease/" rel="tag">Infectious Disease</a></span></div>
<h1 class="entry-title">Flu or COVID? How to Tell the Difference This Winter</h1>
<div class="entry-meta entry-meta-divider-dot">
<span class="posted-by"><span class="meta-label">By</span> the Cedar Valley Health Team</span>
<span class="posted-on"><time class="entry-date published" datetime="2025-01-22T11:00:00-06:00">Jan 22, 2025</time></span>
<span class="reviewed-by">Medically reviewed by Naomi Feld, MD, Infectious Disease</span>
</div>
</header>
<div class="entry-content single-content">
<p>Flu, COVID-19 and RSV are all circulating this winter, and their early symptoms overlap almost completely: fever, cough, sore throat, aches and fatigue.</p>
<h2>Symptoms that point one way or the other</h2>
<p>Flu tends to come on suddenly, often within a few hours. COVID-19 more often starts gradually and is more likely to cause a loss of taste or smell, although that is less common with recent variants than it was in 2020.</p>
<h2>When to test</h2>
<p>A home COVID test is most reliable a few days after symptoms start. If you are at higher risk of complications, call your primary care office early: antiviral treatment for both flu and COVID works best in the first 48 hours.</p>
<p>Go to the emergency department for trouble breathing, chest pain, confusion or blue-tinged lips.</p>
</div>
</div>
</article>
</div></main></div></div>
</div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-footer-wrap"><p>&copy; 2025 Cedar Valley Health. This content is for informational purposes and is not a substitute for professional medical advice.</p></div></footer>
</div>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 24 Family clinic health library (Drupal): only a reviewer is shown
#    ("Reviewed by: Name, MD"), with "Published" and "Last reviewed" dates.
#    No writer is named anywhere, no meta author, no JSON-LD author.
#    Truth authors []: a reader asked who wrote the page would say it does
#    not say; reviewing is not writing, and reporting the reviewer as author
#    would misattribute the text. Date: the published day, not the review.
# ---------------------------------------------------------------------------
add("health_reviewer_only", "Drupal 10 (family clinic health library)",
    "https://www.brooklinefamilyclinic.com/health-library/iron-deficiency-in-teens",
    T("Iron Deficiency in Teens: Signs, Causes and Treatment", [], "2024-09-09"),
    r'''<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8" />
<meta name="description" content="Teenagers, especially girls who menstruate and athletes, are at higher risk of iron deficiency. Learn the signs and how it is treated." />
<link rel="canonical" href="https://www.brooklinefamilyclinic.com/health-library/iron-deficiency-in-teens" />
<meta property="og:site_name" content="Brookline Family Clinic" />
<meta property="og:type" content="article" />
<meta property="og:title" content="Iron Deficiency in Teens: Signs, Causes and Treatment" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>Iron Deficiency in Teens: Signs, Causes and Treatment | Brookline Family Clinic</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_bfc.css" />
</head>
<body class="path-node page-node-type-health-article">
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<header class="header"><a href="/" class="logo"><img src="/themes/custom/bfc/logo.png" alt="Brookline Family Clinic" /></a><nav><ul class="menu"><li><a href="/providers">Providers</a></li><li><a href="/services">Services</a></li><li><a href="/health-library" class="is-active">Health Library</a></li><li><a href="/patient-portal">Patient Portal</a></li></ul></nav><a class="btn-call" href="tel:+16175550123">(617) 555-0123</a></header>
<main class="main">
<article class="node node--type-health-article">
<h1 class="page-title">Iron Deficiency in Teens: Signs, Causes and Treatment</h1>
<div class="article-review-box">
<div class="field field--name-field-reviewer field--label-inline"><div class="field__label">Reviewed by</div><div class="field__item"><a href="/providers/omar-haddad">Omar Haddad, MD</a></div></div>
<div class="field field--name-field-published field--label-inline"><div class="field__label">Published</div><div class="field__item">September 9, 2024</div></div>
<div class="field field--name-field-last-reviewed field--label-inline"><div class="field__label">Last reviewed</div><div class="field__item">March 3, 2025</div></div>
</div>
<div class="field field--name-body">
<p>Iron deficiency is one of the most common nutritional problems in teenagers. Growth spurts increase the body's need for iron, and teens who menstruate lose iron every month.</p>
<h2>Signs to watch for</h2>
<p>Tiredness that does not improve with sleep, shortness of breath during sports, frequent headaches, pale skin and cravings for ice are all possible signs. Many teens have no obvious symptoms at all.</p>
<h2>How it is diagnosed and treated</h2>
<p>A simple blood test measures hemoglobin and ferritin, the body's iron stores. Treatment usually means an iron supplement taken every other day for three months, along with iron-rich foods.</p>
<p>Talk to your child's provider before starting supplements. Too much iron can be harmful.</p>
</div>
</article>
</main>
<footer class="footer"><p>© 2025 Brookline Family Clinic. Health Library content is for education only and is not a substitute for medical care.</p></footer>
</div>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 25 Physical therapy clinic (Next.js): JSON-LD carries only dateModified
#    (the last update) and the clinic as author. Visible credits: "Written
#    by Name, PT, DPT · Reviewed by Dr. Other", then "Published: Jan 12, 2023
#    · Last updated: Mar 4, 2025". Truth: the writer, the published day.
# ---------------------------------------------------------------------------
add("physio_datemodified_only_published_visible", "Next.js (physical therapy clinic)",
    "https://stridephysio.com/resources/plantar-fasciitis-stretches",
    T("7 Stretches for Plantar Fasciitis That Actually Help", ["Jordan Ellis-Park"], "2023-01-12"),
    r'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charSet="utf-8"/>
<meta name="viewport" content="width=device-width"/>
<title>7 Stretches for Plantar Fasciitis That Actually Help | Stride Physical Therapy</title>
<meta name="description" content="Heel pain first thing in the morning? These seven stretches, done daily, are what we prescribe most often for plantar fasciitis."/>
<meta property="og:title" content="7 Stretches for Plantar Fasciitis That Actually Help"/>
<meta property="og:type" content="article"/>
<meta property="og:site_name" content="Stride Physical Therapy"/>
<link rel="canonical" href="https://stridephysio.com/resources/plantar-fasciitis-stretches"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"7 Stretches for Plantar Fasciitis That Actually Help","dateModified":"2025-03-04T17:20:00.000Z","author":{"@type":"Organization","name":"Stride Physical Therapy"},"publisher":{"@type":"Organization","name":"Stride Physical Therapy"}}</script>
<link rel="stylesheet" href="/_next/static/css/a1b2c3d4e5f6.css"/>
</head>
<body>
<div id="__next">
<header class="header"><a class="header-logo" href="/">Stride Physical Therapy</a><nav><a href="/conditions">Conditions</a><a href="/locations">Locations</a><a class="active" href="/resources">Resources</a><a class="btn" href="/book">Book an evaluation</a></nav></header>
<main class="resource">
<article>
<h1 class="resource-title">7 Stretches for Plantar Fasciitis That Actually Help</h1>
<div class="resource-credits"><span>Written by <a href="/team/jordan-ellis-park">Jordan Ellis-Park, PT, DPT</a></span><span class="sep">·</span><span>Reviewed by <a href="/team/sam-whitford">Dr. Sam Whitford</a></span></div>
<div class="resource-dates"><span>Published: Jan 12, 2023</span><span class="sep">·</span><span>Last updated: Mar 4, 2025</span></div>
<div class="resource-body">
<p>Plantar fasciitis pain is usually worst with the first few steps in the morning or after sitting for a while. The plantar fascia tightens overnight, and those first steps stretch it suddenly.</p>
<h2>1. Towel stretch before you get up</h2>
<p>Before getting out of bed, loop a towel around the ball of your foot and gently pull your toes toward you for 30 seconds. Repeat three times on each side.</p>
<h2>2. Calf stretch against a wall</h2>
<p>Tight calves pull on the heel and increase strain on the fascia. Stand facing a wall with one foot back, heel down, and lean forward until you feel the stretch in your calf.</p>
<p>If your pain has lasted more than six weeks despite daily stretching, a physical therapist can assess your gait and footwear and add strengthening work.</p>
</div>
</article>
</main>
<footer class="footer"><p>© 2025 Stride Physical Therapy · Portland, OR</p></footer>
</div>
<script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"slug":"plantar-fasciitis-stretches","updatedAt":"2025-03-04T17:20:00.000Z"}},"page":"/resources/[slug]","buildId":"Qw8rT1","isFallback":false,"gsp":true}</script>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 26 State agency newsroom (Drupal): a press release with no byline. The
#    date is "For Immediate Release: March 4, 2025". A "Media Contact" with a
#    person's name and title closes the release; the contact is not the
#    author. Truth authors []: nobody signs; the agency is the issuer, shown
#    only as the site itself.
# ---------------------------------------------------------------------------
add("state_agency_release_contact_not_author", "Drupal (state agency newsroom)",
    "https://firemarshal.example-state.gov/news/burn-ban-expands-14-counties",
    T("State Fire Marshal urges caution as burn ban expands to 14 counties", [], "2025-03-04"),
    r'''<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta property="og:title" content="State Fire Marshal urges caution as burn ban expands to 14 counties" />
<meta property="og:type" content="article" />
<meta property="og:site_name" content="Office of the State Fire Marshal" />
<title>State Fire Marshal urges caution as burn ban expands to 14 counties | Office of the State Fire Marshal</title>
<link rel="stylesheet" media="all" href="/themes/custom/statetheme/css/style.css" />
</head>
<body class="path-node page-node-type-news-release">
<div class="gov-banner"><p>An official website of the State. <a href="#how">Here's how you know</a></p></div>
<header class="site-header"><a href="/" class="agency-logo"><img src="/themes/custom/statetheme/images/osfm-seal.png" alt="" /><span>Office of the State Fire Marshal</span></a>
<nav class="main-nav"><ul><li><a href="/fire-prevention">Fire Prevention</a></li><li><a href="/inspections">Inspections</a></li><li><a href="/news" class="is-active">News</a></li><li><a href="/about">About</a></li></ul></nav></header>
<main class="main">
<article class="node node--type-news-release">
<p class="release-type">News Release</p>
<h1 class="page-title">State Fire Marshal urges caution as burn ban expands to 14 counties</h1>
<p class="release-date"><strong>For Immediate Release:</strong> March 4, 2025</p>
<div class="field--name-body">
<p>CAPITAL CITY — The Office of the State Fire Marshal today expanded the outdoor burn ban to 14 counties as dry conditions and gusty winds continue across the eastern half of the state.</p>
<p>The ban prohibits burning of yard waste, brush piles and trash, as well as the use of fireworks and sky lanterns. Gas and charcoal grills are still permitted when used away from dry vegetation.</p>
<p>"More than 80 percent of the wildfires we respond to in early spring are caused by people," the State Fire Marshal said. "A single spark from a burn pile can travel a long way in this wind."</p>
<p>Violations can result in fines of up to $1,000. A county-by-county map of current restrictions is available on the agency website and is updated daily at 9 a.m.</p>
<p class="end-mark">###</p>
</div>
<div class="media-contact"><h2>Media Contact</h2><p>Lauren Meyers, Public Information Officer<br />lauren.meyers@osfm.example-state.gov<br />(555) 555-0110</p></div>
</article>
</main>
<footer class="site-footer"><p>Office of the State Fire Marshal · 400 Capitol Avenue · Capital City</p><p><a href="/accessibility">Accessibility</a> · <a href="/privacy">Privacy Policy</a></p></footer>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 27 Medium-like publishing platform: <title> "Headline | by Name |
#    Publication | Platform"; the visible date is relative ("3 days ago").
#    The absolute day is only in JSON-LD and article:published_time, and
#    that is the truth (a relative date is never the truth).
# ---------------------------------------------------------------------------
add("medium_like_relative_date", "Medium-like platform (custom React, SSR)",
    "https://inkwell.pub/data-folk/how-we-cut-our-query-latency-in-half-7f3a9c21b0de",
    T("How We Cut Our Query Latency in Half", ["Rohan Mehta"], "2025-02-25"),
    r'''<!doctype html>
<html lang="en">
<head>
<title>How We Cut Our Query Latency in Half | by Rohan Mehta | Data Folk | Inkwell</title>
<meta data-rh="true" charset="utf-8"/>
<meta data-rh="true" name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1,maximum-scale=1"/>
<meta data-rh="true" name="description" content="Three changes to our Postgres setup took p95 latency from 480ms to 210ms. None of them was adding hardware."/>
<meta data-rh="true" property="og:type" content="article"/>
<meta data-rh="true" property="og:title" content="How We Cut Our Query Latency in Half"/>
<meta data-rh="true" property="og:description" content="Three changes to our Postgres setup took p95 latency from 480ms to 210ms."/>
<meta data-rh="true" property="og:url" content="https://inkwell.pub/data-folk/how-we-cut-our-query-latency-in-half-7f3a9c21b0de"/>
<meta data-rh="true" property="article:published_time" content="2025-02-25T17:42:18.551Z"/>
<meta data-rh="true" name="author" content="Rohan Mehta"/>
<meta data-rh="true" property="article:author" content="https://inkwell.pub/@rohanmehta"/>
<meta data-rh="true" name="twitter:card" content="summary_large_image"/>
<meta data-rh="true" name="twitter:label1" content="Reading time"/>
<meta data-rh="true" name="twitter:data1" content="6 min read"/>
<link data-rh="true" rel="canonical" href="https://inkwell.pub/data-folk/how-we-cut-our-query-latency-in-half-7f3a9c21b0de"/>
<script data-rh="true" type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","image":["https://cdn.inkwell.pub/max/1200/1*q8Zt.png"],"url":"https://inkwell.pub/data-folk/how-we-cut-our-query-latency-in-half-7f3a9c21b0de","dateCreated":"2025-02-25T17:42:18.551Z","datePublished":"2025-02-25T17:42:18.551Z","dateModified":"2025-02-26T08:03:51.112Z","headline":"How We Cut Our Query Latency in Half","name":"How We Cut Our Query Latency in Half","description":"Three changes to our Postgres setup took p95 latency from 480ms to 210ms.","identifier":"7f3a9c21b0de","author":{"@type":"Person","name":"Rohan Mehta","url":"https://inkwell.pub/@rohanmehta"},"creator":["Rohan Mehta"],"publisher":{"@type":"Organization","name":"Data Folk","url":"https://inkwell.pub/data-folk"},"mainEntityOfPage":"https://inkwell.pub/data-folk/how-we-cut-our-query-latency-in-half-7f3a9c21b0de"}</script>
</head>
<body>
<div id="root"><div class="a b c">
<div class="d e"><nav class="f g"><a href="https://inkwell.pub/" aria-label="Homepage" class="h"><span>Inkwell</span></a><div class="i"><a href="https://inkwell.pub/new-story">Write</a><a href="https://inkwell.pub/m/signin">Sign in</a></div></nav></div>
<div class="j"><a href="https://inkwell.pub/data-folk" class="k">Data Folk</a></div>
<article><div class="l"><section class="m">
<div><h1 id="8a1f" class="pw-post-title n o p" data-testid="storyTitle">How We Cut Our Query Latency in Half</h1></div>
<div class="q"><div class="r"><a href="https://inkwell.pub/@rohanmehta" rel="noopener follow"><img alt="Rohan Mehta" class="s" src="https://cdn.inkwell.pub/fit/c/44/44/1*rm.jpeg" width="44" height="44"></a></div>
<div class="t"><div class="u"><span class="v"><a class="w" data-testid="authorName" href="https://inkwell.pub/@rohanmehta" rel="noopener follow">Rohan Mehta</a></span><span class="x"> · <button class="y">Follow</button></span></div>
<div class="z"><span>Published in <a href="https://inkwell.pub/data-folk" class="w" rel="noopener follow">Data Folk</a></span><span class="aa"> · </span><span data-testid="storyReadTime">6 min read</span><span class="aa"> · </span><span data-testid="storyPublishDate">3 days ago</span></div></div></div>
<p id="1b2c" class="pw-post-body-paragraph">Six months ago our dashboard API had a p95 latency of 480 milliseconds. Customers noticed, our on-call engineers noticed, and the first suggestion in every meeting was a bigger database server.</p>
<p id="3d4e" class="pw-post-body-paragraph">We didn't buy one. Instead we made three changes, and p95 is now 210 milliseconds on the same hardware.</p>
<h2 id="5f6a" class="pw-post-body-heading">1. Connection pooling in the right place</h2>
<p id="7b8c" class="pw-post-body-paragraph">Each API pod opened its own pool of twenty connections. With forty pods, Postgres was juggling eight hundred connections, most of them idle. Moving to a single PgBouncer pool in transaction mode cut that to sixty.</p>
<h2 id="9d0e" class="pw-post-body-heading">2. Partial indexes for the hot path</h2>
<p id="af12" class="pw-post-body-paragraph">Ninety percent of dashboard queries filter on active accounts in the last thirty days. A partial index on exactly that condition is a fraction of the size of the full index and fits comfortably in memory.</p>
</section></div></article>
<div class="ab"><h2>More from Data Folk</h2><a href="https://inkwell.pub/data-folk/the-case-for-boring-data-pipelines-2b1d">The Case for Boring Data Pipelines</a></div>
</div></div>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 28 Local paper republishing a nonprofit partner's story (Creative
#    Commons): the CMS's JSON-LD author is the republishing paper
#    (Organization). Visible "By Name, Partner Outlet", a republishing note
#    at the end. Same-day republication.
# ---------------------------------------------------------------------------
add("republished_partner_story_org_jsonld", "Custom CMS (local weekly, republished partner story)",
    "https://www.tricountycourier.com/news/state/rural-hospitals-labor-delivery-closures/article_5e2c8a10.html",
    T("Rural hospitals keep closing their maternity wards. Here's where women are giving birth instead.", ["Ellen Vásquez"], "2025-03-03"),
    r'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Rural hospitals keep closing their maternity wards. Here's where women are giving birth instead. | State News | tricountycourier.com</title>
<meta name="description" content="Seven rural hospitals in the state have stopped delivering babies since 2020.">
<meta property="og:title" content="Rural hospitals keep closing their maternity wards. Here's where women are giving birth instead.">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Tri-County Courier">
<link rel="canonical" href="https://prairieledger.org/2025/03/03/rural-hospitals-labor-delivery-closures/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Rural hospitals keep closing their maternity wards. Here's where women are giving birth instead.","datePublished":"2025-03-03T12:30:00-06:00","author":{"@type":"Organization","name":"Tri-County Courier"},"publisher":{"@type":"Organization","name":"Tri-County Courier","logo":{"@type":"ImageObject","url":"https://www.tricountycourier.com/content/logo.png"}}}</script>
<link rel="stylesheet" href="/shared-content/art/tncms/templates/css/site.css">
</head>
<body class="asset-article">
<header id="site-header"><a class="logo" href="/"><img src="/content/logo.png" alt="Tri-County Courier"></a><nav><a href="/news/local/">Local</a> <a href="/news/state/">State</a> <a href="/sports/">Sports</a> <a href="/obituaries/">Obituaries</a> <a href="/eedition/">E-Edition</a></nav></header>
<main id="main-page-container">
<article class="asset">
<header class="asset-header"><p class="asset-kicker"><a href="/news/state/">State News</a></p>
<h1 class="headline"><span class="asset-headline">Rural hospitals keep closing their maternity wards. Here's where women are giving birth instead.</span></h1>
<div class="meta"><span class="asset-byline">By Ellen Vásquez, Prairie Ledger</span> <span class="asset-date">March 3, 2025</span></div></header>
<div class="asset-body" itemprop="articleBody">
<p>When the labor and delivery unit at Carver County Memorial closed in 2022, the nearest place to give birth for most of the county became a hospital 71 miles away.</p>
<p>It was not unusual. Seven rural hospitals in the state have stopped delivering babies since 2020, according to a Prairie Ledger analysis of state licensing records, and three more have told regulators they are considering it.</p>
<p>Hospital administrators point to the same problems: too few births to keep a unit staffed around the clock, difficulty recruiting obstetricians and nurses, and Medicaid payments that don't cover the cost of a delivery.</p>
<p>For expectant mothers, the closures mean longer drives, more planned inductions and, in a handful of cases each year, babies born in cars or in emergency rooms with no obstetric staff.</p>
<p class="republish-note"><em>This story was originally published by Prairie Ledger, a nonprofit newsroom covering rural life, and is republished here under a Creative Commons license.</em></p>
</div>
</article>
</main>
<footer id="site-footer"><p>© 2025 Tri-County Courier, 118 W. Main St.</p></footer>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 29 Quilting blog (WordPress, custom child theme): dates removed from the
#    template for "evergreen" content, no SEO plugin. The only date is the
#    /YYYY/MM/DD/ permalink. Byline "by X" in a span; sidebar archive list.
# ---------------------------------------------------------------------------
add("wp_url_date_only", "WordPress (craft blog, dates hidden)",
    "https://threadandthimble.blog/2024/11/08/beginner-quilt-binding/",
    T("Quilt Binding for Beginners: The Machine-Only Method", ["Marnie Holt"], "2024-11-08"),
    r'''<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Quilt Binding for Beginners: The Machine-Only Method | Thread &amp; Thimble</title>
<link rel="canonical" href="https://threadandthimble.blog/2024/11/08/beginner-quilt-binding/" />
<link rel='stylesheet' id='thimble-child-css' href='https://threadandthimble.blog/wp-content/themes/thimble-child/style.css?ver=1.0.3' media='all' />
<meta name="generator" content="WordPress 6.6.2" />
</head>
<body class="post-template-default single single-post postid-2044 single-format-standard">
<div id="page">
<header class="header"><p class="blog-name"><a href="https://threadandthimble.blog/">Thread &amp; Thimble</a></p><p class="blog-tagline">Quilting, mending and slow stitching</p>
<nav class="menu"><a href="/patterns/">Free Patterns</a> <a href="/tutorials/">Tutorials</a> <a href="/shop/">Shop</a> <a href="/about/">About</a></nav></header>
<div class="container">
<main class="main">
<article class="post-2044 post type-post status-publish format-standard category-tutorials">
<h1 class="post-title">Quilt Binding for Beginners: The Machine-Only Method</h1>
<div class="post-byline"><span class="meta-author">by Marnie Holt</span> <span class="meta-cat">in <a href="https://threadandthimble.blog/category/tutorials/">Tutorials</a></span></div>
<div class="post-body">
<p>Binding is the step where a lot of first quilts stall. The quilting is done, the end is in sight, and then there is a strip of fabric that apparently has to be hand-stitched around the whole thing.</p>
<p>It doesn't. This is the machine-only method I teach in my beginner classes, and it gives a neat, durable binding in an evening.</p>
<h2>Cut and join your strips</h2>
<p>Cut strips 2.5 inches wide across the width of your fabric. Join them end to end with diagonal seams, which spread the bulk out, and press the seams open. Then press the whole strip in half lengthwise, wrong sides together.</p>
<h2>Sew to the back first</h2>
<p>The trick is to sew the binding to the back of the quilt, fold it to the front and topstitch it down from the front, where you can see exactly where your stitches land.</p>
</div>
</article>
</main>
<aside class="sidebar"><section class="widget"><h3>Hi, I'm Marnie!</h3><p>I've been quilting for 22 years and teaching for ten.</p></section><section class="widget widget_archive"><h3>Archives</h3><ul><li><a href="https://threadandthimble.blog/2025/02/">February 2025</a></li><li><a href="https://threadandthimble.blog/2025/01/">January 2025</a></li><li><a href="https://threadandthimble.blog/2024/12/">December 2024</a></li><li><a href="https://threadandthimble.blog/2024/11/">November 2024</a></li></ul></section></aside>
</div>
<footer class="footer"><p>© 2025 Thread &amp; Thimble · Some links are affiliate links.</p></footer>
</div>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 30 Trail nonprofit on an old WordPress theme (Twenty Ten-derived): the h1
#    holds only the logo image, the post title is an h2.entry-title. Twenty
#    Ten entry-meta "Posted on <date> by <author>".
# ---------------------------------------------------------------------------
add("h1_logo_h2_post_title", "WordPress (Twenty Ten-derived theme, nonprofit)",
    "https://greenwaytrails.org/2024/11/volunteer-trail-day-recap/",
    T("Volunteer Trail Day Recap: 3 Miles of New Tread on the Ridge Loop", ["Gary Lindholm"], "2024-11-14"),
    r'''<!DOCTYPE html>
<html dir="ltr" lang="en-US">
<head>
<meta charset="UTF-8" />
<title>Volunteer Trail Day Recap: 3 Miles of New Tread on the Ridge Loop | Greenway Trails Coalition</title>
<link rel="profile" href="http://gmpg.org/xfn/11" />
<link rel="stylesheet" type="text/css" media="all" href="https://greenwaytrails.org/wp-content/themes/greenway/style.css" />
<link rel="pingback" href="https://greenwaytrails.org/xmlrpc.php" />
<meta name="generator" content="WordPress 6.4.5" />
</head>
<body class="post-template-default single single-post postid-812 single-format-standard">
<div id="wrapper" class="hfeed">
<div id="header"><div id="masthead"><div id="branding" role="banner">
<h1 id="site-title"><span><a href="https://greenwaytrails.org/" title="Greenway Trails Coalition" rel="home"><img src="https://greenwaytrails.org/wp-content/uploads/2016/03/gtc-logo.png" width="320" height="90" alt="Greenway Trails Coalition" /></a></span></h1>
<div id="site-description">Building and caring for trails since 1998</div>
</div>
<div id="access" role="navigation"><div class="menu-header"><ul id="menu-main" class="menu"><li class="menu-item"><a href="https://greenwaytrails.org/trails/">Trails</a></li><li class="menu-item"><a href="https://greenwaytrails.org/volunteer/">Volunteer</a></li><li class="menu-item"><a href="https://greenwaytrails.org/news/">News</a></li><li class="menu-item"><a href="https://greenwaytrails.org/donate/">Donate</a></li></ul></div></div>
</div></div>
<div id="main">
<div id="container"><div id="content" role="main">
<div id="nav-above" class="navigation"><div class="nav-previous"><a href="https://greenwaytrails.org/2024/10/fall-membership-drive/" rel="prev"><span class="meta-nav">&larr;</span> Fall membership drive</a></div></div>
<div id="post-812" class="post-812 post type-post status-publish format-standard hentry category-volunteer-news">
<h2 class="entry-title">Volunteer Trail Day Recap: 3 Miles of New Tread on the Ridge Loop</h2>
<div class="entry-meta"><span class="meta-prep meta-prep-author">Posted on</span> <a href="https://greenwaytrails.org/2024/11/volunteer-trail-day-recap/" title="9:12 am" rel="bookmark"><span class="entry-date">November 14, 2024</span></a> <span class="meta-sep">by</span> <span class="author vcard"><a class="url fn n" href="https://greenwaytrails.org/author/glindholm/" title="View all posts by Gary Lindholm">Gary Lindholm</a></span></div>
<div class="entry-content">
<p>Sixty-two volunteers turned out on a cold Saturday morning to finish the new section of the Ridge Loop, and by three o'clock we had three miles of brand-new tread where there had only been pin flags and brush.</p>
<p>Crews split into four groups. The sawyers went ahead clearing downed timber, the grubbing crews cut the bench, and a finishing crew followed behind to shape drainage dips every fifty feet.</p>
<p>Special thanks to the Scout troop from Lakeview, who carried every one of the rock steps up the switchbacks by hand, and to Mill Creek Bakery for the cinnamon rolls.</p>
<p>The new section will stay closed until spring to let the tread settle. Our next work day is on the calendar for April.</p>
</div>
<div class="entry-utility">This entry was posted in <a href="https://greenwaytrails.org/category/volunteer-news/" rel="category tag">Volunteer News</a>. Bookmark the <a href="https://greenwaytrails.org/2024/11/volunteer-trail-day-recap/" rel="bookmark">permalink</a>.</div>
</div>
</div></div>
<div id="primary" class="widget-area" role="complementary"><ul class="xoxo"><li id="text-3" class="widget-container widget_text"><h3 class="widget-title">Upcoming Work Days</h3><div class="textwidget"><p>April 12 &#8211; Ridge Loop opening<br />May 10 &#8211; Creek crossing repairs</p></div></li></ul></div>
</div>
<div id="footer" role="contentinfo"><div id="colophon"><div id="site-info"><a href="https://greenwaytrails.org/" rel="home">Greenway Trails Coalition</a></div></div></div>
</div>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 31 Digital agency (Webflow): the h1 contains an eyebrow span "Case Study";
#    og:title is a shorter social title; <title> adds a "Case Study:" prefix
#    and the agency suffix. Byline "Article by X"; date "04 Mar 2025".
# ---------------------------------------------------------------------------
add("agency_h1_kicker_og_differs_article_by", "Webflow (digital agency)",
    "https://www.pixelmint.studio/insights/regional-bank-mobile-app-rebuild",
    T("How a Regional Bank Rebuilt Its Mobile App in 14 Weeks", ["Hugo Laurent-Smith"], "2025-03-04"),
    r'''<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com -->
<html data-wf-domain="www.pixelmint.studio" data-wf-page="65f0a1b2c3" data-wf-site="65f0a1b2a1" lang="en">
<head>
<meta charset="utf-8"/>
<title>Case Study: How a Regional Bank Rebuilt Its Mobile App in 14 Weeks | Pixelmint</title>
<meta content="A design sprint, a component library and two-week releases: how we helped Harbor State Bank replace a seven-year-old app." name="description"/>
<meta content="Case Study: Regional Bank Mobile App | Pixelmint" property="og:title"/>
<meta content="A design sprint, a component library and two-week releases." property="og:description"/>
<meta content="Case Study: Regional Bank Mobile App | Pixelmint" property="twitter:title"/>
<meta property="og:type" content="website"/>
<meta content="summary_large_image" name="twitter:card"/>
<meta content="width=device-width, initial-scale=1" name="viewport"/>
<meta content="Webflow" name="generator"/>
<link href="https://cdn.prod.website-files.com/65f0a1b2a1/css/pixelmint.webflow.shared.9e8d7c.min.css" rel="stylesheet" type="text/css"/>
</head>
<body class="body-dark">
<div class="navbar w-nav" role="banner"><a href="/" class="brand w-nav-brand"><img src="https://cdn.prod.website-files.com/65f0a1b2a1/pixelmint-logo.svg" alt="Pixelmint"/></a><nav class="nav-menu w-nav-menu" role="navigation"><a href="/work" class="nav-link w-nav-link">Work</a><a href="/services" class="nav-link w-nav-link">Services</a><a href="/insights" class="nav-link w-nav-link w--current">Insights</a><a href="/contact" class="nav-button w-button">Start a project</a></nav></div>
<main class="main-wrapper">
<section class="section-insight-hero"><div class="container-medium">
<h1 class="heading-xl"><span class="eyebrow-text">Case Study</span> How a Regional Bank Rebuilt Its Mobile App in 14 Weeks</h1>
<div class="insight-meta-row"><div class="text-meta">Article by Hugo Laurent-Smith</div><div class="meta-divider"></div><div class="text-meta">04 Mar 2025</div><div class="meta-divider"></div><div class="text-meta">Product Design</div></div>
</div></section>
<section class="section-insight-body"><div class="container-small"><div class="rich-text w-richtext">
<p>Harbor State Bank's mobile app was seven years old, built by a vendor that no longer existed, and rated 2.1 stars in the App Store. The bank gave us fourteen weeks to replace it before its core banking migration.</p>
<h2>Week 1–2: a design sprint with the people who answer the phones</h2>
<p>We started with the call center. Their logs showed that a third of all calls were about three things the old app made hard: finding a routing number, disputing a card charge and resetting a password.</p>
<h2>Week 3–6: a component library before screens</h2>
<p>Instead of designing screens one by one, we built a small component library in Figma and code at the same time. That let the bank's two in-house developers ship features alongside our team from week seven.</p>
<p>The new app launched on schedule. Ninety days later it was rated 4.6 stars, and calls about the three problem tasks had fallen by 41 percent.</p>
</div></div></section>
<section class="section-cta"><div class="container-medium"><h2 class="heading-l">Have an app that needs a second life?</h2><a href="/contact" class="button w-button">Let's talk</a></div></section>
</main>
<footer class="footer"><div class="container-large"><div class="footer-text">© 2025 Pixelmint Studio LLC · Chicago &amp; Lisbon</div></div></footer>
<script src="https://cdn.prod.website-files.com/65f0a1b2a1/js/webflow.7a6b5c.js" type="text/javascript"></script>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 32 BigCommerce (Cornerstone) store blog: <title> starts with the store's
#    blog name ("Store Blog | Post title"). Cornerstone's "Posted by X on
#    Oct 28th 2024" names the store itself (the blog author field is the
#    store name). Truth: that label, as the only signature shown.
# ---------------------------------------------------------------------------
add("bigcommerce_title_prefix_posted_by_company", "BigCommerce (Cornerstone theme)",
    "https://www.tidewatermarine.com/blog/winterizing-your-outboard-step-by-step/",
    T("Winterizing Your Outboard: A Step-by-Step Guide", ["Tidewater Marine Supply"], "2024-10-28"),
    r'''<!DOCTYPE html>
<html class="no-js" lang="en">
<head>
<title>Tidewater Marine Supply Blog | Winterizing Your Outboard: A Step-by-Step Guide</title>
<meta property="og:title" content="Winterizing Your Outboard: A Step-by-Step Guide" /><meta property="og:type" content="article" /><meta property="og:url" content="https://www.tidewatermarine.com/blog/winterizing-your-outboard-step-by-step/" /><meta property="og:site_name" content="Tidewater Marine Supply" />
<meta name="keywords" content="outboard, winterizing, fogging oil, fuel stabilizer">
<meta name="description" content="Fuel stabilizer, fogging oil, lower unit oil and a flush: everything you need to put your outboard away for winter.">
<link rel='canonical' href='https://www.tidewatermarine.com/blog/winterizing-your-outboard-step-by-step/' />
<meta name="platform" content="bigcommerce.stencil" />
<meta name="viewport" content="width=device-width, initial-scale=1">
<link data-stencil-stylesheet href="https://cdn11.bigcommerce.com/s-a1b2c3/stencil/00000000-1111/e/22222222/css/theme-33333333.css" rel="stylesheet">
</head>
<body>
<header class="header" role="banner"><div class="header-logo header-logo--center"><a href="https://www.tidewatermarine.com/" class="header-logo__link" data-header-logo-link><span class="header-logo-text">Tidewater Marine Supply</span></a></div>
<div class="navPages-container" id="menu" data-menu><nav class="navPages"><ul class="navPages-list"><li class="navPages-item"><a class="navPages-action" href="https://www.tidewatermarine.com/engines-parts/">Engines &amp; Parts</a></li><li class="navPages-item"><a class="navPages-action" href="https://www.tidewatermarine.com/electronics/">Electronics</a></li><li class="navPages-item"><a class="navPages-action" href="https://www.tidewatermarine.com/safety/">Safety</a></li><li class="navPages-item"><a class="navPages-action activePage" href="https://www.tidewatermarine.com/blog/">Blog</a></li></ul></nav></div></header>
<main class="body" id="main-content" role="main" data-currency-code="USD">
<div class="container">
<nav aria-label="Breadcrumb"><ol class="breadcrumbs"><li class="breadcrumb "><a class="breadcrumb-label" href="https://www.tidewatermarine.com/"><span>Home</span></a></li><li class="breadcrumb "><a class="breadcrumb-label" href="https://www.tidewatermarine.com/blog/"><span>Blog</span></a></li></ol></nav>
<article class="blog">
<div class="blog-post-figure"><figure class="blog-thumbnail"><img src="https://cdn11.bigcommerce.com/s-a1b2c3/images/stencil/1280w/uploaded_images/outboard-winterize.jpg" alt="Outboard engine on a stand in a garage"></figure></div>
<div class="blog-post-body">
<header class="blog-header"><h1 class="blog-title">Winterizing Your Outboard: A Step-by-Step Guide</h1>
<p class="blog-date">Posted by Tidewater Marine Supply on Oct 28th 2024</p></header>
<div class="blog-post">
<p>A few hours of work in the fall saves you a spring morning at the ramp pulling the cowling off an engine that won't start. Here is the checklist our service counter hands out every October.</p>
<h3>1. Stabilize the fuel</h3>
<p>Add marine fuel stabilizer to the tank at the ratio on the bottle, then run the engine for ten minutes so treated fuel reaches the carburetor or injectors.</p>
<h3>2. Flush and fog</h3>
<p>Flush the cooling system with fresh water using muffs or a flush port. While the engine is still running, spray fogging oil into the air intake until it stalls, which coats the cylinders against corrosion.</p>
<h3>3. Change the lower unit oil</h3>
<p>Milky gear oil means water has got past a seal. Better to find that out now than after it freezes and cracks the housing.</p>
</div>
<ul class="tags"><li class="tag"><a href="https://www.tidewatermarine.com/blog/tag/maintenance">maintenance</a></li></ul>
</div>
</article>
</div>
</main>
<footer class="footer" role="contentinfo"><div class="container"><p class="powered-by">&copy; 2024 Tidewater Marine Supply. Norfolk, VA</p></div></footer>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 33 Ghost (Casper) climate newsletter with three authors: Ghost's JSON-LD
#    and twitter:data1 name only the primary author; the visible byline lists
#    all three in Casper's author list, comma-separated, with no "and".
# ---------------------------------------------------------------------------
add("ghost_three_authors_jsonld_primary", "Ghost 5 (Casper theme)",
    "https://thethaw.news/permafrost-roads-alaska/",
    T("The Roads Are Sinking: Permafrost Thaw and Alaska's Highway Budget", ["Nora Eklund", "Bashir Rahimi", "Wen Li"], "2025-02-24"),
    r'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>The Roads Are Sinking: Permafrost Thaw and Alaska's Highway Budget</title>
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=2c1a0e9f3b">
<meta name="description" content="Thawing ground is buckling highways faster than the state can repave them.">
<link rel="canonical" href="https://thethaw.news/permafrost-roads-alaska/">
<meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="The Thaw">
<meta property="og:type" content="article">
<meta property="og:title" content="The Roads Are Sinking: Permafrost Thaw and Alaska's Highway Budget">
<meta property="og:description" content="Thawing ground is buckling highways faster than the state can repave them.">
<meta property="og:url" content="https://thethaw.news/permafrost-roads-alaska/">
<meta property="article:published_time" content="2025-02-24T15:00:00.000Z">
<meta property="article:modified_time" content="2025-02-24T19:12:40.000Z">
<meta property="article:tag" content="Arctic">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:title" content="The Roads Are Sinking: Permafrost Thaw and Alaska's Highway Budget">
<meta name="twitter:label1" content="Written by">
<meta name="twitter:data1" content="Nora Eklund">
<meta name="twitter:label2" content="Filed under">
<meta name="twitter:data2" content="Arctic">
<script type="application/ld+json">
{
    "@context": "https://schema.org",
    "@type": "Article",
    "publisher": {"@type": "Organization", "name": "The Thaw", "url": "https://thethaw.news/", "logo": {"@type": "ImageObject", "url": "https://thethaw.news/content/images/2024/05/thaw-logo.png"}},
    "author": {"@type": "Person", "name": "Nora Eklund", "url": "https://thethaw.news/author/nora/", "sameAs": []},
    "headline": "The Roads Are Sinking: Permafrost Thaw and Alaska's Highway Budget",
    "url": "https://thethaw.news/permafrost-roads-alaska/",
    "datePublished": "2025-02-24T15:00:00.000Z",
    "dateModified": "2025-02-24T19:12:40.000Z",
    "keywords": "Arctic",
    "description": "Thawing ground is buckling highways faster than the state can repave them.",
    "mainEntityOfPage": "https://thethaw.news/permafrost-roads-alaska/"
}
</script>
<meta name="generator" content="Ghost 5.105">
</head>
<body class="post-template tag-arctic is-head-left-logo has-cover">
<div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="https://thethaw.news">The Thaw</a></div><nav class="gh-head-menu"><ul class="nav"><li class="nav-home"><a href="https://thethaw.news/">Home</a></li><li class="nav-arctic"><a href="https://thethaw.news/tag/arctic/">Arctic</a></li><li class="nav-about"><a href="https://thethaw.news/about/">About</a></li></ul></nav><div class="gh-head-actions"><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content">
<main id="site-main" class="site-main">
<article class="article post tag-arctic">
<header class="article-header gh-canvas">
<div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/arctic/">Arctic</a></span></div>
<h1 class="article-title">The Roads Are Sinking: Permafrost Thaw and Alaska's Highway Budget</h1>
<p class="article-excerpt">Thawing ground is buckling highways faster than the state can repave them.</p>
<div class="article-byline">
<section class="article-byline-content">
<ul class="author-list">
<li class="author-list-item"><a href="/author/nora/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2024/05/nora.jpg" alt="Nora Eklund"></a></li>
<li class="author-list-item"><a href="/author/bashir/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2024/05/bashir.jpg" alt="Bashir Rahimi"></a></li>
<li class="author-list-item"><a href="/author/wen/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2024/05/wen.jpg" alt="Wen Li"></a></li>
</ul>
<div class="article-byline-meta">
<h4 class="author-name"><a href="/author/nora/">Nora Eklund</a>, <a href="/author/bashir/">Bashir Rahimi</a>, <a href="/author/wen/">Wen Li</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2025-02-24">Feb 24, 2025</time><span class="byline-reading-time"><span class="bull">&bull;</span> 8 min read</span></div>
</div>
</section>
</div>
</header>
<section class="gh-content gh-canvas">
<p>On the Dalton Highway north of the Yukon River, road crews have a name for the dips that open up each summer: drunk road. The asphalt sags and rolls as the frozen ground beneath it thaws and collapses.</p>
<p>The state's transportation department now spends an estimated $38 million a year on damage linked to permafrost thaw, according to figures it shared with The Thaw, more than double what it spent a decade ago.</p>
<h2>Repaving is a temporary fix</h2>
<p>Engineers can insulate the roadbed, add air-cooled embankments or install thermosyphons that pull heat out of the ground. All of those work, and all of them cost several times more per mile than ordinary repaving.</p>
<p>For now, most damaged sections get patched and leveled, knowing they will sink again.</p>
</section>
</article>
</main>
</div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://thethaw.news">The Thaw</a> &copy; 2025</section><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer>
</div>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 34 Docusaurus open-source project blog: two authors in the avatar header
#    (name in itemprop=name, role in avatar__subtitle), <time itemprop=
#    datePublished>. Second name has a Danish ø.
# ---------------------------------------------------------------------------
add("docusaurus_two_authors", "Docusaurus 3 (open-source project blog)",
    "https://quarkline.dev/blog/2025/03/04/quarkline-3",
    T("Quarkline 3.0: Faster Builds and a New Plugin API", ["Mei Tanaka", "Jonas Øberg"], "2025-03-04"),
    r'''<!doctype html>
<html lang="en" dir="ltr" class="blog-wrapper blog-post-page plugin-blog plugin-id-default" data-has-hydrated="false">
<head>
<meta charset="UTF-8">
<meta name="generator" content="Docusaurus v3.7.0">
<title data-rh="true">Quarkline 3.0: Faster Builds and a New Plugin API | Quarkline</title>
<meta data-rh="true" name="viewport" content="width=device-width,initial-scale=1">
<meta data-rh="true" property="og:title" content="Quarkline 3.0: Faster Builds and a New Plugin API | Quarkline">
<meta data-rh="true" name="description" content="Quarkline 3.0 is out, with incremental builds, a stable plugin API and a new config format.">
<meta data-rh="true" property="og:type" content="article">
<meta data-rh="true" property="article:published_time" content="2025-03-04T00:00:00.000Z">
<meta data-rh="true" property="article:author" content="https://github.com/meitanaka,https://github.com/joberg">
<meta data-rh="true" property="article:tag" content="release">
<link data-rh="true" rel="canonical" href="https://quarkline.dev/blog/2025/03/04/quarkline-3">
<link rel="stylesheet" href="/assets/css/styles.5a4b3c2d.css">
</head>
<body class="navigation-with-keyboard">
<div id="__docusaurus"><div role="region" aria-label="Skip to main content"><a class="skipToContent_fXgn" href="#__docusaurus_skipToContent_fallback">Skip to main content</a></div>
<nav aria-label="Main" class="navbar navbar--fixed-top"><div class="navbar__inner"><div class="navbar__items"><a class="navbar__brand" href="/"><div class="navbar__logo"><img src="/img/logo.svg" alt="Quarkline Logo" class="themedComponent_mlkZ themedComponent--light_NVdE"></div><b class="navbar__title text--truncate">Quarkline</b></a><a class="navbar__item navbar__link" href="/docs/intro">Docs</a><a aria-current="page" class="navbar__item navbar__link navbar__link--active" href="/blog">Blog</a></div><div class="navbar__items navbar__items--right"><a href="https://github.com/quarkline/quarkline" target="_blank" rel="noopener noreferrer" class="navbar__item navbar__link">GitHub</a></div></div></nav>
<div id="__docusaurus_skipToContent_fallback" class="main-wrapper mainWrapper_z2l0">
<div class="container margin-vert--lg"><div class="row">
<aside class="col col--3"><nav class="sidebar_re4s thin-scrollbar" aria-label="Blog recent posts navigation"><div class="sidebarItemTitle_pO2u margin-bottom--md">Recent posts</div><ul class="sidebarItemList_Yudw clean-list"><li class="sidebarItem__DBe"><a aria-current="page" class="sidebarItemLink_mo7H sidebarItemLinkActive_I1ZP" href="/blog/2025/03/04/quarkline-3">Quarkline 3.0: Faster Builds and a New Plugin API</a></li><li class="sidebarItem__DBe"><a class="sidebarItemLink_mo7H" href="/blog/2025/01/20/roadmap-2025">Our 2025 roadmap</a></li></ul></nav></aside>
<main class="col col--7">
<article itemprop="blogPost" itemscope="" itemtype="https://schema.org/BlogPosting">
<meta itemprop="description" content="Quarkline 3.0 is out, with incremental builds, a stable plugin API and a new config format.">
<header><h1 class="title_f1Hy" itemprop="headline">Quarkline 3.0: Faster Builds and a New Plugin API</h1>
<div class="container_mt6G margin-vert--md"><time datetime="2025-03-04T00:00:00.000Z" itemprop="datePublished">March 4, 2025</time> · <!-- -->5 min read</div>
<div class="margin-top--md margin-bottom--sm row">
<div class="col col--6 authorCol_Hf19"><div class="avatar margin-bottom--sm" itemprop="author" itemscope="" itemtype="https://schema.org/Person"><a href="https://github.com/meitanaka" target="_blank" rel="noopener noreferrer" class="avatar__photo-link"><img class="avatar__photo" src="https://github.com/meitanaka.png" alt="Mei Tanaka" itemprop="image"></a><div class="avatar__intro"><div class="avatar__name"><a href="https://github.com/meitanaka" target="_blank" rel="noopener noreferrer" itemprop="url"><span itemprop="name">Mei Tanaka</span></a></div><small class="avatar__subtitle" itemprop="description">Core maintainer</small></div></div></div>
<div class="col col--6 authorCol_Hf19"><div class="avatar margin-bottom--sm" itemprop="author" itemscope="" itemtype="https://schema.org/Person"><a href="https://github.com/joberg" target="_blank" rel="noopener noreferrer" class="avatar__photo-link"><img class="avatar__photo" src="https://github.com/joberg.png" alt="Jonas Øberg" itemprop="image"></a><div class="avatar__intro"><div class="avatar__name"><a href="https://github.com/joberg" target="_blank" rel="noopener noreferrer" itemprop="url"><span itemprop="name">Jonas Øberg</span></a></div><small class="avatar__subtitle" itemprop="description">Release manager</small></div></div></div>
</div></header>
<div id="__blog-post-container" class="markdown" itemprop="articleBody">
<p>Quarkline 3.0 is available today. It is the biggest release since the project started, and the first one with a plugin API we are prepared to keep stable.</p>
<h2 class="anchor anchorWithStickyNavbar_LWe7" id="incremental-builds">Incremental builds<a href="#incremental-builds" class="hash-link" aria-label="Direct link to Incremental builds" title="Direct link to Incremental builds">​</a></h2>
<p>Quarkline now records a content hash for every module and rebuilds only what changed. On our own monorepo, a one-line change went from a 94-second rebuild to 6 seconds.</p>
<h2 class="anchor anchorWithStickyNavbar_LWe7" id="plugin-api">A stable plugin API<a href="#plugin-api" class="hash-link" aria-label="Direct link to A stable plugin API" title="Direct link to A stable plugin API">​</a></h2>
<p>Plugins written against the 3.x API will keep working for the whole 3.x series. The migration guide covers the handful of hooks that were renamed from the 2.x experimental API.</p>
<p>Thank you to the 112 contributors who landed changes in this release.</p>
</div>
<footer class="row docusaurus-mt-lg blogPostFooterDetailsFull_mRVl"><div class="col"><b>Tags:</b><ul class="tags_jXut padding--none margin-left--sm"><li class="tag_QGVx"><a class="tag_zVej tagRegular_sFm0" href="/blog/tags/release">release</a></li></ul></div></footer>
</article>
<nav class="pagination-nav docusaurus-mt-lg" aria-label="Blog post page navigation"><a class="pagination-nav__link pagination-nav__link--next" href="/blog/2025/01/20/roadmap-2025"><div class="pagination-nav__sublabel">Older post</div><div class="pagination-nav__label">Our 2025 roadmap</div></a></nav>
</main>
</div></div>
</div>
<footer class="footer footer--dark"><div class="container container-fluid"><div class="footer__bottom text--center"><div class="footer__copyright">Copyright © 2025 The Quarkline Authors. Built with Docusaurus.</div></div></div></footer>
</div>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 35 Roofing company (WordPress/Elementor Pro + Yoast): Yoast names the
#    uploading account "webmaster" as author; the Elementor Post Info widget
#    shows the real writer and a <time> without datetime.
# ---------------------------------------------------------------------------
add("elementor_post_info_yoast_webmaster", "WordPress/Elementor Pro (Hello theme) + Yoast",
    "https://www.coastlineroofingfl.com/metal-roof-vs-shingles-florida/",
    T("Metal Roof vs. Shingles in Florida: What Holds Up Better in a Hurricane?", ["Jamal Taylor-Brooks"], "2025-02-06"),
    r'''<!doctype html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Metal Roof vs. Shingles in Florida: What Holds Up Better in a Hurricane? - Coastline Roofing</title>
<meta name="description" content="Wind ratings, insurance discounts and cost over 30 years: how metal roofs and architectural shingles compare on the Gulf Coast." />
<link rel="canonical" href="https://www.coastlineroofingfl.com/metal-roof-vs-shingles-florida/" />
<meta property="og:locale" content="en_US" />
<meta property="og:type" content="article" />
<meta property="og:title" content="Metal Roof vs. Shingles in Florida: What Holds Up Better in a Hurricane? - Coastline Roofing" />
<meta property="og:site_name" content="Coastline Roofing" />
<meta property="article:published_time" content="2025-02-06T14:05:33+00:00" />
<meta name="author" content="webmaster" />
<meta name="twitter:label1" content="Written by" />
<meta name="twitter:data1" content="webmaster" />
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","@id":"https://www.coastlineroofingfl.com/metal-roof-vs-shingles-florida/#article","author":{"name":"webmaster","@id":"https://www.coastlineroofingfl.com/#/schema/person/51ab"},"headline":"Metal Roof vs. Shingles in Florida: What Holds Up Better in a Hurricane?","datePublished":"2025-02-06T14:05:33+00:00","publisher":{"@id":"https://www.coastlineroofingfl.com/#organization"},"inLanguage":"en-US"},{"@type":"Organization","@id":"https://www.coastlineroofingfl.com/#organization","name":"Coastline Roofing","url":"https://www.coastlineroofingfl.com/"},{"@type":"Person","@id":"https://www.coastlineroofingfl.com/#/schema/person/51ab","name":"webmaster","url":"https://www.coastlineroofingfl.com/author/webmaster/"}]}</script>
<link rel='stylesheet' id='elementor-frontend-css' href='https://www.coastlineroofingfl.com/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.27.3' media='all' />
</head>
<body class="post-template-default single single-post postid-1460 single-format-standard elementor-default elementor-template-full-width elementor-kit-6 elementor-page-1512">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div data-elementor-type="header" data-elementor-id="19" class="elementor elementor-19 elementor-location-header"><div class="elementor-element e-flex e-con-boxed e-con e-parent"><div class="e-con-inner"><div class="elementor-element elementor-widget elementor-widget-theme-site-logo elementor-widget-image"><div class="elementor-widget-container"><a href="https://www.coastlineroofingfl.com"><img width="260" height="70" src="https://www.coastlineroofingfl.com/wp-content/uploads/2024/02/coastline-logo.png" alt="Coastline Roofing" /></a></div></div><div class="elementor-element elementor-widget elementor-widget-nav-menu"><div class="elementor-widget-container"><nav class="elementor-nav-menu--main elementor-nav-menu__container"><ul id="menu-1-a1" class="elementor-nav-menu"><li class="menu-item"><a href="/residential-roofing/" class="elementor-item">Residential</a></li><li class="menu-item"><a href="/commercial-roofing/" class="elementor-item">Commercial</a></li><li class="menu-item"><a href="/blog/" class="elementor-item">Blog</a></li><li class="menu-item"><a href="/free-estimate/" class="elementor-item">Free Estimate</a></li></ul></nav></div></div></div></div></div>
<div data-elementor-type="single-post" data-elementor-id="1512" class="elementor elementor-1512 elementor-location-single post-1460 post type-post status-publish format-standard has-post-thumbnail hentry category-roofing-tips">
<div class="elementor-element e-flex e-con-boxed e-con e-parent"><div class="e-con-inner">
<div class="elementor-element elementor-widget elementor-widget-theme-post-title elementor-page-title elementor-widget-heading"><div class="elementor-widget-container"><h1 class="elementor-heading-title elementor-size-default">Metal Roof vs. Shingles in Florida: What Holds Up Better in a Hurricane?</h1></div></div>
<div class="elementor-element elementor-widget elementor-widget-post-info"><div class="elementor-widget-container">
<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">
<li class="elementor-icon-list-item elementor-repeater-item-7a1b2c3 elementor-inline-item" itemprop="author"><a href="https://www.coastlineroofingfl.com/author/webmaster/"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="far fa-user-circle"></i></span><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-custom">Jamal Taylor-Brooks</span></a></li>
<li class="elementor-icon-list-item elementor-repeater-item-8d4e5f6 elementor-inline-item" itemprop="datePublished"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-calendar"></i></span><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-date"><time>February 6, 2025</time></span></li>
<li class="elementor-icon-list-item elementor-repeater-item-9a7b8c9 elementor-inline-item" itemprop="about"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-tags"></i></span><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-terms"><span class="elementor-post-info__terms-list"><a href="https://www.coastlineroofingfl.com/category/roofing-tips/" class="elementor-post-info__terms-list-item">Roofing Tips</a></span></span></li>
</ul>
</div></div>
<div class="elementor-element elementor-widget elementor-widget-theme-post-content"><div class="elementor-widget-container">
<p>After every hurricane season, we get the same question from homeowners between Tampa and Fort Myers: should I replace my shingle roof with metal? The honest answer depends on your budget, your insurer and how long you plan to stay in the house.</p>
<h2>Wind ratings</h2>
<p>Modern architectural shingles installed to the Florida Building Code are rated for winds of 130 to 150 mph. Standing-seam metal roofs are commonly rated to 160 mph or more, and they don't have tabs that can lift and peel.</p>
<h2>Cost over thirty years</h2>
<p>Metal typically costs two to three times as much up front. But a shingle roof in our climate lasts 15 to 20 years, while metal can last 40 or more, so over three decades the gap narrows considerably.</p>
<p>Ask your insurance agent about wind mitigation credits before you decide. For some homeowners the premium discount alone covers a large part of the difference.</p>
</div></div>
</div></div>
</div>
<div data-elementor-type="footer" data-elementor-id="23" class="elementor elementor-23 elementor-location-footer"><div class="elementor-element e-con"><div class="elementor-widget-container"><p>© 2025 Coastline Roofing LLC · State Certified Roofing Contractor CCC1334455</p></div></div></div>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 36 Law firm client alert (custom .NET CMS): no byline under the title; the
#    right column lists "Authors" with job titles on their own lines. The
#    date is a US firm's dotted month.day.year "02.12.2025".
# ---------------------------------------------------------------------------
add("lawfirm_alert_authors_sidebar_dotted_us", "Custom CMS (US law firm client alerts)",
    "https://www.nakamurawhitcombe.com/insights/client-alerts/dol-independent-contractor-guidance",
    T("Labor Department Issues New Guidance on Independent Contractor Status", ["Priscilla Nakamura", "Ethan J. Whitcombe"], "2025-02-12"),
    r'''<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Labor Department Issues New Guidance on Independent Contractor Status | Insights | Nakamura Whitcombe LLP</title>
<meta name="description" content="What the Department of Labor's new guidance means for companies that rely on independent contractors.">
<meta property="og:title" content="Labor Department Issues New Guidance on Independent Contractor Status">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Nakamura Whitcombe LLP">
<link rel="stylesheet" href="/Content/css/site.min.css?v=5.2.1">
</head>
<body class="insight-detail">
<header class="site-header"><div class="container"><a class="logo" href="/"><img src="/Content/images/nw-logo.svg" alt="Nakamura Whitcombe LLP"></a>
<nav class="primary-nav"><ul><li><a href="/professionals">Professionals</a></li><li><a href="/capabilities">Capabilities</a></li><li class="active"><a href="/insights">Insights</a></li><li><a href="/offices">Offices</a></li><li><a href="/careers">Careers</a></li></ul></nav></div></header>
<main class="container">
<div class="row">
<div class="col-md-8 insight-main">
<div class="insight-type">Client Alert</div>
<h1 class="insight-title">Labor Department Issues New Guidance on Independent Contractor Status</h1>
<div class="insight-date">02.12.2025</div>
<div class="insight-body">
<p>On February 10, the U.S. Department of Labor issued new guidance on how it will evaluate whether a worker is an employee or an independent contractor under the Fair Labor Standards Act.</p>
<p>The guidance returns to a six-factor "economic reality" test and states that no single factor is decisive. Investigators will look at the worker's opportunity for profit or loss, the permanence of the relationship, and the degree of control the company exercises, among other factors.</p>
<p>Companies that reclassified workers as contractors in the last two years should review those decisions against the new guidance. Misclassification can expose employers to back wages, liquidated damages and penalties.</p>
<p>We are advising clients to audit their contractor agreements and, where the relationship looks more like employment, to consider voluntary reclassification before an investigation begins.</p>
</div>
</div>
<aside class="col-md-4 insight-sidebar">
<div class="sidebar-block authors"><h2>Authors</h2>
<div class="professional-card"><a href="/professionals/priscilla-nakamura"><img src="/Content/images/people/pnakamura.jpg" alt=""></a><div class="card-text"><a class="name" href="/professionals/priscilla-nakamura">Priscilla Nakamura</a><div class="title">Partner</div><div class="office">Chicago</div></div></div>
<div class="professional-card"><a href="/professionals/ethan-whitcombe"><img src="/Content/images/people/ewhitcombe.jpg" alt=""></a><div class="card-text"><a class="name" href="/professionals/ethan-whitcombe">Ethan J. Whitcombe</a><div class="title">Associate</div><div class="office">Chicago</div></div></div>
</div>
<div class="sidebar-block capabilities"><h2>Related Capabilities</h2><ul><li><a href="/capabilities/labor-employment">Labor &amp; Employment</a></li><li><a href="/capabilities/wage-hour">Wage &amp; Hour</a></li></ul></div>
</aside>
</div>
</main>
<footer class="site-footer"><div class="container"><p>© 2025 Nakamura Whitcombe LLP. Attorney Advertising. This alert is not legal advice.</p></div></footer>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 37 Personal site of one person (hand-rolled Astro build): no byline on the
#    post; the site name in the header, the <title> suffix, the sidebar
#    "Hi, I'm ..." and the footer copyright are all the owner's name. A reader
#    takes the owner as the author.
# ---------------------------------------------------------------------------
add("personal_site_owner_name_only", "Astro (personal site)",
    "https://hollisgrant.com/writing/why-i-left-big-tech-to-build-furniture/",
    T("Why I Left Big Tech to Build Furniture", ["Hollis Grant"], "2025-01-19"),
    r'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<link rel="icon" type="image/svg+xml" href="/favicon.svg">
<meta name="generator" content="Astro v5.1.1">
<title>Why I Left Big Tech to Build Furniture — Hollis Grant</title>
<meta name="description" content="After eleven years as a product manager, I quit to make chairs. Two years in, here's what I've learned.">
<meta property="og:title" content="Why I Left Big Tech to Build Furniture">
<meta property="og:type" content="article">
<link rel="alternate" type="application/rss+xml" title="Hollis Grant" href="/rss.xml">
<link rel="stylesheet" href="/_astro/index.Bq9xW2.css">
</head>
<body>
<header class="site-header"><a class="site-name" href="/">Hollis Grant</a><nav><a href="/writing/">Writing</a><a href="/furniture/">Furniture</a><a href="/about/">About</a></nav></header>
<div class="layout">
<main>
<article class="prose">
<h1>Why I Left Big Tech to Build Furniture</h1>
<p class="post-date">January 19, 2025</p>
<p>Two years ago this month I handed in my badge after eleven years as a product manager. People assumed I had another job lined up. I had a half-finished Windsor chair in my garage and about fourteen months of savings.</p>
<p>The first thing I learned is that making a chair is slower than I imagined and selling one is slower still. My first year I sold nine pieces. This year I am on track for thirty, with a waiting list for the rocking chair.</p>
<p>The second thing I learned is that I had underestimated how much of my old job was transferable. Talking to customers, figuring out what they actually want, saying no to the features that would make a thing worse: it turns out that is most of designing furniture, too.</p>
<p>I don't regret it. I do wish I had kept better records of my hours in the first year, because I have no idea what those early chairs actually cost me.</p>
</article>
</main>
<aside class="sidebar"><img src="/images/hollis-workshop.jpg" alt="Hollis in the workshop"><p>Hi, I'm Hollis. I build chairs and tables by hand in a barn in central Vermont, and write here about the work and the business of it.</p><p><a href="/newsletter/">Get new posts by email</a></p></aside>
</div>
<footer class="site-footer"><p>© 2025 Hollis Grant</p></footer>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 38 Software comparison site (WordPress + schema plugin): the Article and
#    the Review in JSON-LD both name the site (Organization) as author; the
#    visible byline is "Reviewed by Name, Senior Software Analyst" (in a
#    review, the reviewer IS the author) next to a "Fact-checked by" credit.
#    Review of a SoftwareApplication, 4.5 out of 5.
# ---------------------------------------------------------------------------
add("review_software_reviewed_by_org_jsonld", "WordPress + schema plugin (software comparison site)",
    "https://www.saascompass.com/reviews/taskflow/",
    TR("Taskflow Review 2025: Pros, Cons and Pricing", ["Natalie Osei"], "2025-03-04",
       4.5, 5, "Taskflow", "SoftwareApplication"),
    r'''<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Taskflow Review 2025: Pros, Cons and Pricing | SaaSCompass</title>
<meta name="description" content="We tested Taskflow for six weeks with a 14-person team. Here's what it does well, where it falls short and what it really costs." />
<link rel="canonical" href="https://www.saascompass.com/reviews/taskflow/" />
<meta property="og:type" content="article" />
<meta property="og:title" content="Taskflow Review 2025: Pros, Cons and Pricing" />
<meta property="og:site_name" content="SaaSCompass" />
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"Article","@id":"https://www.saascompass.com/reviews/taskflow/#article","headline":"Taskflow Review 2025: Pros, Cons and Pricing","datePublished":"2025-03-04T12:00:00+00:00","author":{"@type":"Organization","name":"SaaSCompass Editorial"},"publisher":{"@type":"Organization","name":"SaaSCompass"}},{"@type":"Review","@id":"https://www.saascompass.com/reviews/taskflow/#review","name":"Taskflow Review","itemReviewed":{"@type":"SoftwareApplication","name":"Taskflow","applicationCategory":"BusinessApplication","operatingSystem":"Web, iOS, Android","offers":{"@type":"Offer","price":"9.00","priceCurrency":"USD"}},"reviewRating":{"@type":"Rating","ratingValue":"4.5","bestRating":"5","worstRating":"1"},"author":{"@type":"Organization","name":"SaaSCompass"},"datePublished":"2025-03-04"}]}</script>
<link rel='stylesheet' id='compass-css' href='https://www.saascompass.com/wp-content/themes/compass/style.css?ver=3.1' media='all' />
</head>
<body class="post-template-default single single-review">
<header class="site-header"><a class="site-logo" href="/">SaaSCompass</a><nav><a href="/reviews/">Reviews</a> <a href="/compare/">Compare</a> <a href="/best/">Best Of</a> <a href="/about/how-we-test/">How We Test</a></nav></header>
<main class="review-page">
<article class="review">
<p class="disclosure">We may earn a commission when you buy through links on our site. <a href="/about/disclosure/">Learn more</a></p>
<h1 class="review-title">Taskflow Review 2025: Pros, Cons and Pricing</h1>
<div class="review-credits"><div class="credit"><img src="/wp-content/uploads/authors/natalie-osei.jpg" alt=""><span>Reviewed by <a href="/team/natalie-osei/">Natalie Osei</a>, Senior Software Analyst</span></div><div class="credit"><span>Fact-checked by <a href="/team/ben-carter/">Ben Carter</a></span></div><div class="credit-date">Published Mar 4, 2025</div></div>
<div class="verdict-box"><div class="score"><span class="score-value">4.5</span><span class="score-max">/5</span></div><div class="verdict-text"><strong>Our verdict:</strong> the easiest project tool we tested for small teams, with a few gaps in reporting.</div><a class="btn-cta" href="/go/taskflow/" rel="sponsored nofollow">Visit Taskflow</a></div>
<div class="review-body">
<p>Taskflow is a project management tool aimed at teams of five to fifty. We used it for six weeks to run a real product launch with a 14-person team spread across three time zones.</p>
<h2>What we liked</h2>
<p>Setup took under an hour. The board, list and timeline views all work from the same tasks, so nobody has to keep two tools in sync. The mobile apps are the best we've tested in this price range.</p>
<h2>What could be better</h2>
<p>Reporting is thin. You get a burndown chart and a workload view, but nothing you could hand to a client without exporting to a spreadsheet first.</p>
<h2>Pricing</h2>
<p>The free plan covers up to five users. Paid plans start at $9 per user per month, billed annually.</p>
</div>
</article>
<aside class="user-reviews"><h2>User reviews</h2><p>Average user rating: 4.2 from 86 reviews</p></aside>
</main>
<footer class="site-footer"><p>© 2025 SaaSCompass Media LLC</p></footer>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 39 Personal food blog (WordPress/Kadence + WP Review plugin): the Review
#    JSON-LD is of a Restaurant with an 8/10 score; visible "Score: 8/10".
#    Byline "Posted by X on January 30, 2025".
# ---------------------------------------------------------------------------
add("review_restaurant_food_blog", "WordPress/Kadence + WP Review (food blog)",
    "https://thehungrycommute.com/osteria-lume-review/",
    TR("Osteria Lume Review: Handmade Pasta Worth the Wait", ["Lydia Fairweather"], "2025-01-30",
       8, 10, "Osteria Lume", "Restaurant"),
    r'''<!doctype html>
<html lang="en-US" class="no-js">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1">
<title>Osteria Lume Review: Handmade Pasta Worth the Wait &#8211; The Hungry Commute</title>
<meta name='robots' content='max-image-preview:large' />
<link rel="canonical" href="https://thehungrycommute.com/osteria-lume-review/" />
<script type="application/ld+json">{"@context":"http://schema.org","@type":"Review","name":"Osteria Lume Review: Handmade Pasta Worth the Wait","author":{"@type":"Person","name":"Lydia Fairweather"},"datePublished":"2025-01-30","reviewBody":"Handmade pasta, a short menu and a line out the door.","itemReviewed":{"@type":"Restaurant","name":"Osteria Lume","address":{"@type":"PostalAddress","streetAddress":"2210 Grand Ave","addressLocality":"Oakland","addressRegion":"CA"},"servesCuisine":"Italian","priceRange":"$$"},"reviewRating":{"@type":"Rating","ratingValue":8,"bestRating":10,"worstRating":0}}</script>
<link rel='stylesheet' id='wp_review-style-css' href='https://thehungrycommute.com/wp-content/plugins/wp-review/public/css/wp-review.css?ver=5.3.5' media='all' />
</head>
<body class="post-template-default single single-post postid-733 single-format-standard">
<div id="wrapper" class="site wp-site-blocks">
<header id="masthead" class="site-header"><div class="site-branding"><a class="brand" href="https://thehungrycommute.com/" rel="home"><p class="site-title">The Hungry Commute</p></a><p class="site-description">Eating my way along the BART lines</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li class="menu-item"><a href="/category/reviews/">Reviews</a></li><li class="menu-item"><a href="/category/guides/">Guides</a></li><li class="menu-item"><a href="/about/">About</a></li></ul></nav></header>
<div id="inner-wrap" class="wrap hfeed kt-clear"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-733" class="entry content-bg single-entry post-733 post type-post status-publish format-standard category-reviews">
<header class="entry-header">
<h1 class="entry-title">Osteria Lume Review: Handmade Pasta Worth the Wait</h1>
<div class="entry-meta">Posted by <span class="author vcard"><a class="url fn n" href="https://thehungrycommute.com/author/lydia/">Lydia Fairweather</a></span> on <span class="posted-on">January 30, 2025</span></div>
</header>
<div class="entry-content single-content">
<p>Osteria Lume doesn't take reservations, and on a Friday the line reaches the corner by six. I went three times, twice on weeknights, and it is worth the wait at least on a Tuesday.</p>
<p>The menu is short: four antipasti, five pastas, two mains. The pastas are the reason to come. The tajarin with brown butter and sage is as delicate as anything I've eaten in the Bay Area, and the pici cacio e pepe is thick, chewy and generously peppered.</p>
<p>The mains are less exciting. A pork chop on my second visit was overcooked, and the desserts feel like an afterthought.</p>
<p>Service is warm but stretched thin on busy nights. Go early, order two pastas per person and skip the mains.</p>
<div id="review" class="review-wrapper wp-review-733 wp-review-point-type"><div class="review-heading"><h5 class="review-title">Osteria Lume</h5></div><ul class="review-list"><li><span>Food</span><div class="review-point"><span>9/10</span></div></li><li><span>Service</span><div class="review-point"><span>7/10</span></div></li><li><span>Value</span><div class="review-point"><span>8/10</span></div></li></ul><div class="review-total-wrapper"><span class="review-total-box">Score: 8/10</span></div></div>
</div>
</article>
</main></div></div>
<footer id="colophon" class="site-footer"><div class="site-footer-wrap"><p>&copy; 2025 The Hungry Commute. I pay for all my meals.</p></div></footer>
</div>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 40 Photography gear blog (Jekyll) with schema.org microdata Review at the
#    article level: itemReviewed Product, reviewRating 4 of 5 (shown as
#    stars and "4 out of 5"), author Person, datePublished on <time>.
# ---------------------------------------------------------------------------
add("review_camera_microdata", "Jekyll (photography blog, microdata Review)",
    "https://shutterandgrain.net/reviews/lumera-x50/",
    TR("Lumera X-50 Review: A Rangefinder-Style Camera for Street Shooters", ["Arjun Nair"], "2025-02-03",
       4, 5, "Lumera X-50", "Product"),
    r'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Lumera X-50 Review: A Rangefinder-Style Camera for Street Shooters · Shutter &amp; Grain</title>
<meta name="description" content="Small, quiet and fast to focus, the Lumera X-50 is a superb street camera with one big flaw: the battery.">
<meta property="og:title" content="Lumera X-50 Review: A Rangefinder-Style Camera for Street Shooters">
<meta property="og:type" content="article">
<link rel="stylesheet" href="/assets/main.css">
</head>
<body>
<header class="site-header"><a class="site-title" href="/">Shutter &amp; Grain</a><nav class="site-nav"><a href="/reviews/">Reviews</a> <a href="/essays/">Essays</a> <a href="/about/">About</a></nav></header>
<main class="page-content">
<article class="post" itemscope itemtype="https://schema.org/Review">
<header class="post-header">
<h1 class="post-title" itemprop="name">Lumera X-50 Review: A Rangefinder-Style Camera for Street Shooters</h1>
<p class="post-meta"><time datetime="2025-02-03T10:00:00+00:00" itemprop="datePublished">Feb 3, 2025</time> • <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Arjun Nair</span></span></p>
</header>
<div class="review-summary" itemprop="itemReviewed" itemscope itemtype="https://schema.org/Product"><meta itemprop="name" content="Lumera X-50"><meta itemprop="brand" content="Lumera"><p><strong>Camera:</strong> Lumera X-50 · 26MP APS-C · 23mm f/2 fixed lens</p></div>
<div class="rating" itemprop="reviewRating" itemscope itemtype="https://schema.org/Rating"><meta itemprop="worstRating" content="1"><span class="stars" aria-hidden="true">★★★★☆</span> <span itemprop="ratingValue">4</span> out of <span itemprop="bestRating">5</span></div>
<div class="post-content" itemprop="reviewBody">
<p>I carried the X-50 every day for a month, mostly around the markets and tram stops of Lisbon. It is the first camera in a long time that I forgot I was carrying.</p>
<p>The fixed 23mm lens is sharp wide open and focuses almost instantly. The leaf shutter is close to silent, which matters more than any spec sheet number when you are a metre from a stranger.</p>
<p>The battery is the problem. I averaged about 250 shots per charge, and the camera drains noticeably even when switched off. Carry two spares.</p>
<p>If you shoot street or travel and can live with the battery, this is the most enjoyable camera I've reviewed in years.</p>
</div>
</article>
</main>
<footer class="site-footer"><p>© 2025 Shutter &amp; Grain. Review samples are returned to the manufacturer.</p></footer>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 41 Spanish dental clinic (WordPress/Astra + Yoast): the publishing user is
#    named after the clinic (Yoast Person, twitter:data1). No byline under
#    the title; an author box after the content: "Escrito por Dra. Name"
#    then "Odontóloga · nº de colegiada ...". "4 de marzo de 2025".
# ---------------------------------------------------------------------------
add("es_clinica_dra_escrito_por_box", "WordPress/Astra + Yoast (Spanish dental clinic)",
    "https://www.clinicasonrisanorte.es/blog/cada-cuanto-cambiar-cepillo-de-dientes/",
    T("¿Cada cuánto hay que cambiar el cepillo de dientes?", ["Lucía Fernández Ibarra"], "2025-03-04"),
    r'''<!DOCTYPE html>
<html lang="es">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>¿Cada cuánto hay que cambiar el cepillo de dientes? - Clínica Dental Sonrisa Norte</title>
<meta name="description" content="La recomendación general es cada tres meses, pero hay situaciones en las que conviene hacerlo antes. Te lo explicamos." />
<link rel="canonical" href="https://www.clinicasonrisanorte.es/blog/cada-cuanto-cambiar-cepillo-de-dientes/" />
<meta property="og:locale" content="es_ES" />
<meta property="og:type" content="article" />
<meta property="og:title" content="¿Cada cuánto hay que cambiar el cepillo de dientes? - Clínica Dental Sonrisa Norte" />
<meta property="og:site_name" content="Clínica Dental Sonrisa Norte" />
<meta property="article:published_time" content="2025-03-04T08:30:00+00:00" />
<meta name="author" content="Clínica Dental Sonrisa Norte" />
<meta name="twitter:label1" content="Escrito por" />
<meta name="twitter:data1" content="Clínica Dental Sonrisa Norte" />
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","@id":"https://www.clinicasonrisanorte.es/blog/cada-cuanto-cambiar-cepillo-de-dientes/#article","author":{"name":"Clínica Dental Sonrisa Norte","@id":"https://www.clinicasonrisanorte.es/#/schema/person/c4d5"},"headline":"¿Cada cuánto hay que cambiar el cepillo de dientes?","datePublished":"2025-03-04T08:30:00+00:00","publisher":{"@id":"https://www.clinicasonrisanorte.es/#organization"},"inLanguage":"es"},{"@type":"Organization","@id":"https://www.clinicasonrisanorte.es/#organization","name":"Clínica Dental Sonrisa Norte"},{"@type":"Person","@id":"https://www.clinicasonrisanorte.es/#/schema/person/c4d5","name":"Clínica Dental Sonrisa Norte"}]}</script>
<link rel='stylesheet' id='astra-theme-css-css' href='https://www.clinicasonrisanorte.es/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.8.10' media='all' />
</head>
<body class="post-template-default single single-post postid-418 single-format-standard ast-single-post ast-no-sidebar">
<div class="hfeed site" id="page">
<header class="site-header" id="masthead"><div class="site-branding"><a href="https://www.clinicasonrisanorte.es/" class="custom-logo-link" rel="home"><img src="https://www.clinicasonrisanorte.es/wp-content/uploads/logo-sonrisa-norte.png" alt="Clínica Dental Sonrisa Norte" /></a></div>
<nav class="main-header-bar-navigation"><ul class="main-header-menu"><li class="menu-item"><a href="/tratamientos/">Tratamientos</a></li><li class="menu-item"><a href="/equipo/">Equipo</a></li><li class="menu-item"><a href="/blog/">Blog</a></li><li class="menu-item"><a href="/pide-cita/">Pide cita</a></li></ul></nav></header>
<div id="content" class="site-content"><div class="ast-container"><div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="post-418 post type-post status-publish format-standard hentry category-higiene-dental ast-article-single" id="post-418">
<header class="entry-header"><h1 class="entry-title">¿Cada cuánto hay que cambiar el cepillo de dientes?</h1>
<div class="entry-meta"><span class="posted-on">4 de marzo de 2025</span> / <span class="cat-links"><a href="/category/higiene-dental/" rel="category tag">Higiene dental</a></span></div></header>
<div class="entry-content clear">
<p>La recomendación general de los dentistas es cambiar el cepillo de dientes cada tres meses. A partir de ese momento las cerdas se abren, pierden rigidez y limpian mucho peor la placa bacteriana.</p>
<p>Sin embargo, hay situaciones en las que conviene cambiarlo antes: después de un resfriado, una gripe o una infección de garganta, o si las cerdas ya están deformadas aunque no hayan pasado tres meses.</p>
<p>En el caso de los cepillos eléctricos, la norma es la misma para el cabezal. Muchos modelos incluyen cerdas indicadoras que pierden el color cuando toca sustituirlo.</p>
<p>Y un último consejo: guarda el cepillo en vertical y al aire, nunca en un estuche cerrado mientras esté húmedo.</p>
</div>
<div class="autor-box">
<img src="https://www.clinicasonrisanorte.es/wp-content/uploads/equipo/lucia-fernandez.jpg" alt="" />
<div class="autor-box__texto"><p class="autor-box__nombre">Escrito por <strong>Dra. Lucía Fernández Ibarra</strong></p><p class="autor-box__cargo">Odontóloga · nº de colegiada 28/4512</p></div>
</div>
</article>
</main></div></div></div>
<footer class="site-footer"><p>© 2025 Clínica Dental Sonrisa Norte · Calle de Bravo Murillo 214, Madrid</p></footer>
</div>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 42 Spanish SaaS blog (HubSpot CMS): theme JSON-LD author is the company
#    (Organization) and carries no date. Visible "Autor: Name" label and an
#    abbreviated Spanish date "4 mar. 2025".
# ---------------------------------------------------------------------------
add("es_hubspot_autor_label_abbrev_month", "HubSpot CMS (Spanish SaaS blog)",
    "https://blog.facturaagil.es/verifactu-que-cambia-para-autonomos",
    T("Verifactu: qué cambia para los autónomos y cuándo entra en vigor", ["Jorge Ibáñez"], "2025-03-04"),
    r'''<!DOCTYPE html>
<html lang="es">
<head>
<meta charset="utf-8">
<title>Verifactu: qué cambia para los autónomos y cuándo entra en vigor</title>
<meta name="description" content="El nuevo sistema de facturación verificable obliga a usar software certificado. Te contamos los plazos y qué tienes que hacer.">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="Verifactu: qué cambia para los autónomos y cuándo entra en vigor">
<meta property="og:type" content="article">
<meta property="og:url" content="https://blog.facturaagil.es/verifactu-que-cambia-para-autonomos">
<link rel="canonical" href="https://blog.facturaagil.es/verifactu-que-cambia-para-autonomos">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"Verifactu: qué cambia para los autónomos y cuándo entra en vigor","author":{"@type":"Organization","name":"Factura Ágil"},"publisher":{"@type":"Organization","name":"Factura Ágil"},"mainEntityOfPage":"https://blog.facturaagil.es/verifactu-que-cambia-para-autonomos"}</script>
<meta name="generator" content="HubSpot">
</head>
<body>
<div class="body-wrapper hs-content-id-18800112233 hs-blog-post hs-blog-id-7700112233">
<header class="header"><a class="header__logo" href="https://www.facturaagil.es"><img src="https://blog.facturaagil.es/hubfs/logo-factura-agil.svg" alt="Factura Ágil"></a>
<nav class="header__menu"><ul><li><a href="https://www.facturaagil.es/funcionalidades">Funcionalidades</a></li><li><a href="https://www.facturaagil.es/precios">Precios</a></li><li><a href="https://blog.facturaagil.es">Blog</a></li><li><a href="https://www.facturaagil.es/prueba-gratis">Prueba gratis</a></li></ul></nav></header>
<main id="main-content" class="body-container-wrapper">
<article class="blog-post">
<div class="blog-post__category"><a href="https://blog.facturaagil.es/tag/fiscalidad">Fiscalidad</a></div>
<h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text">Verifactu: qué cambia para los autónomos y cuándo entra en vigor</span></h1>
<div class="blog-post__meta"><span class="blog-post__author">Autor: <a href="https://blog.facturaagil.es/author/jorge-ibanez">Jorge Ibáñez</a></span><span class="blog-post__sep">|</span><span class="blog-post__date">4 mar. 2025</span></div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text">
<p>Verifactu es el nombre del nuevo sistema de la Agencia Tributaria para que las facturas emitidas con programas informáticos no se puedan alterar después de crearlas. Cada factura llevará un código QR y una huella que la vincula a la anterior.</p>
<p>Para los autónomos, el cambio más importante es que ya no valdrá cualquier programa de facturación: tendrá que cumplir el reglamento y, en la práctica, estar certificado por su fabricante.</p>
<h2>¿Qué tengo que hacer?</h2>
<p>Si facturas con una hoja de cálculo o un procesador de textos, no tendrás que cambiar nada, porque el reglamento solo afecta a los programas de facturación. Si usas un programa, comprueba con tu proveedor que tendrá la versión adaptada antes de la fecha límite.</p>
<p>En Factura Ágil la actualización será automática y sin coste para todos los planes.</p>
</span></div>
</article>
<section class="blog-related-posts"><h2>Artículos relacionados</h2><a href="https://blog.facturaagil.es/modelo-303-guia">Modelo 303: guía paso a paso</a></section>
</main>
<footer class="footer"><p>© 2025 Factura Ágil S.L.</p></footer>
</div>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 43 French agency blog (Webflow): "Mis à jour le 12 mars 2025" is printed
#    before "Publié le 3 février 2025"; "Rédigé par X". No JSON-LD, no
#    article metas.
# ---------------------------------------------------------------------------
add("fr_webflow_redige_par_mis_a_jour_first", "Webflow (French digital agency)",
    "https://www.agence-cap-nord.fr/blog/refonte-site-seo-migration",
    T("Refonte de site : comment ne pas perdre son référencement", ["Margaux Lefort"], "2025-02-03"),
    r'''<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com -->
<html data-wf-domain="www.agence-cap-nord.fr" data-wf-page="66a0b1c2d3" data-wf-site="66a0b1c2a0" lang="fr">
<head>
<meta charset="utf-8"/>
<title>Refonte de site : comment ne pas perdre son référencement | Cap Nord</title>
<meta content="Redirections 301, plan de migration, suivi des positions : notre méthode pour une refonte sans chute de trafic." name="description"/>
<meta content="Refonte de site : comment ne pas perdre son référencement | Cap Nord" property="og:title"/>
<meta property="og:type" content="website"/>
<meta content="width=device-width, initial-scale=1" name="viewport"/>
<meta content="Webflow" name="generator"/>
<link href="https://cdn.prod.website-files.com/66a0b1c2a0/css/cap-nord.webflow.shared.1a2b3c.min.css" rel="stylesheet" type="text/css"/>
</head>
<body>
<div class="navbar w-nav" role="banner"><a href="/" class="brand w-nav-brand"><img src="https://cdn.prod.website-files.com/66a0b1c2a0/cap-nord-logo.svg" alt="Cap Nord"/></a><nav class="nav-menu w-nav-menu" role="navigation"><a href="/expertises" class="nav-link w-nav-link">Expertises</a><a href="/realisations" class="nav-link w-nav-link">Réalisations</a><a href="/blog" class="nav-link w-nav-link w--current">Blog</a><a href="/contact" class="nav-button w-button">Contact</a></nav></div>
<main class="main">
<section class="section-article-hero"><div class="container">
<div class="article-tag">SEO</div>
<h1 class="article-h1">Refonte de site : comment ne pas perdre son référencement</h1>
<div class="article-info"><div class="article-info-item">Mis à jour le 12 mars 2025</div><div class="article-info-item">Publié le 3 février 2025</div><div class="article-info-item">Rédigé par Margaux Lefort</div><div class="article-info-item">Lecture : 7 min</div></div>
</div></section>
<section class="section-article-body"><div class="container-small"><div class="rich-text w-richtext">
<p>Une refonte de site est souvent l’occasion de tout changer : le design, l’arborescence, les URL, le CMS. C’est aussi le moment où l’on voit le plus de sites perdre la moitié de leur trafic organique du jour au lendemain.</p>
<h2>Cartographier les URL existantes</h2>
<p>Avant de toucher à quoi que ce soit, exportez toutes les URL qui reçoivent du trafic ou des liens. Chacune doit avoir une destination dans le nouveau site, ou une bonne raison de disparaître.</p>
<h2>Des redirections 301, page par page</h2>
<p>Rediriger toutes les anciennes pages vers la page d’accueil est la pire solution. Chaque ancienne URL doit pointer vers la page la plus proche dans la nouvelle structure.</p>
<p>Enfin, suivez vos positions et la Search Console pendant au moins trois mois après la mise en ligne : les problèmes apparaissent rarement la première semaine.</p>
</div></div></section>
</main>
<footer class="footer"><div class="container"><div class="footer-text">© 2025 Cap Nord · Agence web à Lille</div></div></footer>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 44 French culture magazine (Ghost): the post is published by the staff
#    user "Rédaction Lignes Claires" (Ghost JSON-LD Person, visible author
#    name). The body opens with the credit "Texte : X — Photos : Y".
#    Truth: the writer credited for the text.
# ---------------------------------------------------------------------------
add("fr_ghost_texte_photos_redaction_account", "Ghost 5 (French culture magazine)",
    "https://lignesclaires.fr/atelier-de-reliure-belleville/",
    T("À Belleville, le dernier atelier de reliure d’art du quartier", ["Théo Marchetti"], "2025-02-21"),
    r'''<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>À Belleville, le dernier atelier de reliure d’art du quartier</title>
<meta name="description" content="Depuis 1987, Annick Roussel relie à la main carnets, thèses et livres anciens dans une cour de la rue Ramponeau.">
<link rel="canonical" href="https://lignesclaires.fr/atelier-de-reliure-belleville/">
<meta property="og:site_name" content="Lignes Claires">
<meta property="og:type" content="article">
<meta property="og:title" content="À Belleville, le dernier atelier de reliure d’art du quartier">
<meta property="article:published_time" content="2025-02-21T08:00:00.000Z">
<meta name="twitter:label1" content="Written by">
<meta name="twitter:data1" content="Rédaction Lignes Claires">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","publisher":{"@type":"Organization","name":"Lignes Claires","url":"https://lignesclaires.fr/"},"author":{"@type":"Person","name":"Rédaction Lignes Claires","url":"https://lignesclaires.fr/author/redaction/"},"headline":"À Belleville, le dernier atelier de reliure d’art du quartier","url":"https://lignesclaires.fr/atelier-de-reliure-belleville/","datePublished":"2025-02-21T08:00:00.000Z","dateModified":"2025-02-21T10:31:02.000Z"}</script>
<meta name="generator" content="Ghost 5.105">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=77aa">
</head>
<body class="post-template tag-metiers">
<div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="https://lignesclaires.fr">Lignes Claires</a></div><nav class="gh-head-menu"><ul class="nav"><li><a href="https://lignesclaires.fr/tag/metiers/">Métiers</a></li><li><a href="https://lignesclaires.fr/tag/quartiers/">Quartiers</a></li><li><a href="https://lignesclaires.fr/a-propos/">À propos</a></li></ul></nav><div class="gh-head-actions"><a class="gh-head-button" href="#/portal/signup" data-portal="signup">S’abonner</a></div></div></header>
<main id="site-main" class="site-main">
<article class="article post tag-metiers">
<header class="article-header gh-canvas">
<div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/metiers/">Métiers</a></span></div>
<h1 class="article-title">À Belleville, le dernier atelier de reliure d’art du quartier</h1>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list"><li class="author-list-item"><a href="/author/redaction/" class="author-avatar"><img class="author-profile-image" src="/content/images/2024/01/lc-logo.png" alt="Rédaction Lignes Claires"></a></li></ul>
<div class="article-byline-meta"><h4 class="author-name"><a href="/author/redaction/">Rédaction Lignes Claires</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2025-02-21">21 févr. 2025</time><span class="byline-reading-time"><span class="bull">&bull;</span> 5 min de lecture</span></div></div></section></div>
</header>
<section class="gh-content gh-canvas">
<p><strong>Texte : Théo Marchetti — Photos : Inès Benali</strong></p>
<p>Au fond d’une cour pavée de la rue Ramponeau, une enseigne peinte à la main indique encore « Reliure – Dorure ». Derrière la vitrine, Annick Roussel coud un cahier à la main, comme elle le fait depuis 1987.</p>
<p>Les clients ont changé. Les éditeurs et les notaires d’autrefois ont laissé la place à des étudiants qui font relier leur thèse, à des collectionneurs et à beaucoup de particuliers qui apportent le carnet de recettes d’une grand-mère.</p>
<p>« On me demande souvent si le métier va disparaître, dit-elle. Tant qu’il y aura des livres qu’on aime trop pour les laisser s’abîmer, non. »</p>
</section>
</article>
</main>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://lignesclaires.fr">Lignes Claires</a> &copy; 2025</section></div></footer>
</div>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 45 German dermatology practice (TYPO3): "Autorin: Dr. med. Name,
#    Fachärztin für Dermatologie"; "Veröffentlicht: 04.03.2025 · Zuletzt
#    aktualisiert: 10.03.2025". No article metas, no JSON-LD.
# ---------------------------------------------------------------------------
add("de_praxis_dr_med_autorin_dotted", "TYPO3 (German medical practice)",
    "https://www.hautarztpraxis-vogt.de/ratgeber/sonnenschutz-im-fruehjahr",
    T("Sonnenschutz im Frühjahr: Warum schon die Märzsonne zählt", ["Katharina Vogt"], "2025-03-04"),
    r'''<!DOCTYPE html>
<html lang="de-DE">
<head>
<meta charset="utf-8">
<!--
	This website is powered by TYPO3 - inspiring people to share!
	TYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.
-->
<title>Sonnenschutz im Frühjahr: Warum schon die Märzsonne zählt | Hautarztpraxis Dr. Vogt</title>
<meta name="generator" content="TYPO3 CMS" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name="description" content="Die UV-Strahlung im März wird oft unterschätzt. Worauf Sie bei Sonnenschutz im Frühjahr achten sollten." />
<meta property="og:title" content="Sonnenschutz im Frühjahr: Warum schon die Märzsonne zählt" />
<meta property="og:type" content="article" />
<link rel="stylesheet" href="/typo3temp/assets/compressed/merged-7f8e9d.css" media="all">
</head>
<body id="p42">
<header class="header"><a class="header__logo" href="/"><img src="/fileadmin/templates/img/logo-praxis-vogt.svg" alt="Hautarztpraxis Dr. Vogt"></a>
<nav class="header__nav"><ul><li><a href="/praxis">Praxis</a></li><li><a href="/leistungen">Leistungen</a></li><li class="active"><a href="/ratgeber">Ratgeber</a></li><li><a href="/termine">Termin buchen</a></li></ul></nav></header>
<main id="content">
<div id="c118" class="frame frame-default frame-type-news_newsdetail">
<div class="news news-single">
<div class="article" itemscope="itemscope" itemtype="http://schema.org/Article">
<div class="header"><h1 itemprop="headline">Sonnenschutz im Frühjahr: Warum schon die Märzsonne zählt</h1></div>
<div class="footer"><p><span class="news-list-author">Autorin: Dr. med. Katharina Vogt, Fachärztin für Dermatologie</span></p>
<p><span class="news-list-date">Veröffentlicht: 04.03.2025</span> · <span class="news-list-date-updated">Zuletzt aktualisiert: 10.03.2025</span></p></div>
<div class="news-text-wrap" itemprop="articleBody">
<p>Viele Menschen denken beim Thema Sonnenschutz erst an den Sommerurlaub. Dabei erreicht der UV-Index in Deutschland schon im März an klaren Tagen Werte von 3 bis 4 – genug, um ungeschützte Haut nach dem Winter zu schädigen.</p>
<p>Nach den dunklen Monaten ist die Haut an Sonne nicht gewöhnt. Besonders Gesicht, Ohren und Handrücken sind bei Spaziergängen und beim Sport im Freien ungeschützt.</p>
<p>Wir empfehlen ab März eine Tagespflege mit Lichtschutzfaktor 30 oder höher, bei Aufenthalten in den Bergen oder am Wasser Lichtschutzfaktor 50.</p>
<p>Lassen Sie auffällige oder neue Muttermale einmal im Jahr kontrollieren. Gesetzlich Versicherte haben ab 35 alle zwei Jahre Anspruch auf ein kostenloses Hautkrebs-Screening.</p>
</div>
</div>
</div>
</div>
</main>
<footer class="footer-main"><p>Hautarztpraxis Dr. Vogt · Kaiserstraße 41 · 76133 Karlsruhe</p><p><a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a></p></footer>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 46 German law firm (WordPress, custom theme): the theme prints meta author
#    with the firm name. "Geschrieben am 7. Februar 2025" under the title; the
#    author is named only after the article: "Ein Beitrag von Rechtsanwalt
#    Name, Fachanwalt für Arbeitsrecht".
# ---------------------------------------------------------------------------
add("de_kanzlei_beitrag_von_rechtsanwalt", "WordPress (German law firm, custom theme)",
    "https://www.kanzlei-brenner-voss.de/arbeitsrecht/abmahnung-richtig-reagieren/",
    T("Abmahnung vom Arbeitgeber: So reagieren Sie richtig", ["Tobias Brenner"], "2025-02-07"),
    r'''<!DOCTYPE html>
<html lang="de-DE">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Abmahnung vom Arbeitgeber: So reagieren Sie richtig &#8211; Kanzlei Brenner &amp; Voss</title>
<meta name="author" content="Kanzlei Brenner &amp; Voss">
<meta name="description" content="Eine Abmahnung ist kein Grund zur Panik, aber auch kein Papier für die Schublade. Was Arbeitnehmer jetzt tun sollten.">
<link rel="canonical" href="https://www.kanzlei-brenner-voss.de/arbeitsrecht/abmahnung-richtig-reagieren/" />
<link rel='stylesheet' id='bv-theme-css' href='https://www.kanzlei-brenner-voss.de/wp-content/themes/bv/style.css?ver=2.0' media='all' />
<meta name="generator" content="WordPress 6.7.2" />
</head>
<body class="post-template-default single single-post postid-377 single-format-standard">
<header class="kopf"><a class="kopf__logo" href="/">Kanzlei Brenner &amp; Voss</a><p class="kopf__claim">Rechtsanwälte · Fachanwälte für Arbeitsrecht</p>
<nav class="kopf__nav"><a href="/kanzlei/">Kanzlei</a> <a href="/arbeitsrecht/">Arbeitsrecht</a> <a href="/erbrecht/">Erbrecht</a> <a href="/kontakt/">Kontakt</a></nav></header>
<main class="inhalt">
<article class="beitrag">
<h1 class="beitrag__titel">Abmahnung vom Arbeitgeber: So reagieren Sie richtig</h1>
<p class="beitrag__datum">Geschrieben am 7. Februar 2025</p>
<div class="beitrag__text">
<p>Eine Abmahnung ist die gelbe Karte im Arbeitsrecht. Der Arbeitgeber rügt ein konkretes Fehlverhalten und droht für den Wiederholungsfall die Kündigung an. Viele Arbeitnehmer legen das Schreiben erschrocken in die Schublade – oder reagieren vorschnell mit einer wütenden E-Mail.</p>
<p>Beides ist keine gute Idee. Prüfen Sie zunächst in Ruhe, ob der Vorwurf zutrifft und ob das beanstandete Verhalten genau genug beschrieben ist. Pauschale Vorwürfe wie „mangelnde Arbeitsleistung“ reichen nicht aus.</p>
<p>Sie haben das Recht, eine Gegendarstellung zur Personalakte zu geben. Ist die Abmahnung offensichtlich unberechtigt, können Sie auch ihre Entfernung aus der Personalakte verlangen, notfalls vor dem Arbeitsgericht.</p>
<p>Lassen Sie sich beraten, bevor Sie handeln. Eine unbedachte Reaktion kann später in einem Kündigungsschutzverfahren gegen Sie verwendet werden.</p>
</div>
<div class="beitrag__autor"><p>Ein Beitrag von Rechtsanwalt Tobias Brenner, Fachanwalt für Arbeitsrecht</p></div>
</article>
<aside class="seitenleiste"><h3>Erstberatung</h3><p>Rufen Sie uns an: 0221 555 0190</p></aside>
</main>
<footer class="fuss"><p>© 2025 Kanzlei Brenner &amp; Voss · Köln</p><p><a href="/impressum/">Impressum</a> · <a href="/datenschutz/">Datenschutz</a></p></footer>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 47 Brazilian SaaS blog (Next.js): JSON-LD author is the company's team
#    (Organization) and carries no date. Visible "Escrito por X" and
#    "Publicado em 04/03/2025 · Atualizado em 11/03/2025" (day first).
# ---------------------------------------------------------------------------
add("pt_br_next_escrito_por_ddmm", "Next.js (Brazilian SaaS blog)",
    "https://contafacil.com.br/blog/mei-como-emitir-nota-fiscal-de-servico",
    T("MEI: como emitir nota fiscal de serviço pelo emissor nacional", ["Beatriz Nogueira"], "2025-03-04"),
    r'''<!DOCTYPE html>
<html lang="pt-BR">
<head>
<meta charSet="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>MEI: como emitir nota fiscal de serviço pelo emissor nacional | Blog Contafácil</title>
<meta name="description" content="Passo a passo para o MEI emitir NFS-e pelo emissor nacional, com os erros mais comuns e como evitá-los."/>
<meta property="og:title" content="MEI: como emitir nota fiscal de serviço pelo emissor nacional"/>
<meta property="og:type" content="article"/>
<meta property="og:locale" content="pt_BR"/>
<link rel="canonical" href="https://contafacil.com.br/blog/mei-como-emitir-nota-fiscal-de-servico"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","headline":"MEI: como emitir nota fiscal de serviço pelo emissor nacional","author":{"@type":"Organization","name":"Equipe Contafácil"},"publisher":{"@type":"Organization","name":"Contafácil"}}</script>
<link rel="stylesheet" href="/_next/static/css/0f1e2d3c4b5a.css"/>
</head>
<body>
<div id="__next">
<header class="topo"><a class="topo-logo" href="/">Contafácil</a><nav><a href="/planos">Planos</a><a href="/para-mei">Para MEI</a><a class="ativo" href="/blog">Blog</a><a class="botao" href="/cadastro">Teste grátis</a></nav></header>
<main class="post">
<article>
<a class="post-categoria" href="/blog/categoria/mei">MEI</a>
<h1 class="post-titulo">MEI: como emitir nota fiscal de serviço pelo emissor nacional</h1>
<div class="post-autor"><img src="/autores/beatriz-nogueira.jpg" alt="" width="40" height="40"/><div><span class="post-autor-nome">Escrito por Beatriz Nogueira</span><span class="post-autor-cargo">Contadora</span></div></div>
<p class="post-datas">Publicado em 04/03/2025 · Atualizado em 11/03/2025</p>
<div class="post-conteudo">
<p>Desde que o emissor nacional de NFS-e passou a ser obrigatório para o MEI, muita gente ficou em dúvida sobre como emitir a nota de serviço sem depender do sistema da prefeitura.</p>
<h2>Antes de começar</h2>
<p>Você vai precisar de uma conta gov.br nível prata ou ouro e do código do serviço que presta, que aparece no seu Certificado da Condição de Microempreendedor Individual.</p>
<h2>Passo a passo</h2>
<p>Acesse o emissor nacional, entre com a conta gov.br e clique em "Emitir NFS-e". Preencha os dados do tomador, escolha o código do serviço e informe o valor. Confira tudo antes de emitir, porque o cancelamento tem prazo.</p>
<p>O erro mais comum é escolher um código de serviço diferente do que consta no seu cadastro. Nesse caso, a nota é rejeitada.</p>
</div>
</article>
</main>
<footer class="rodape"><p>© 2025 Contafácil Tecnologia Ltda. · São Paulo</p></footer>
</div>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 48 Portuguese university news (Liferay-style): "Texto: X | Fotografia: Y"
#    credit line and an abbreviated pt-PT date "12 fev 2025".
# ---------------------------------------------------------------------------
add("pt_pt_university_texto_fotografia", "Liferay-style portal (Portuguese university news)",
    "https://www.ubl.pt/noticias/-/asset_publisher/noticias/content/investigadores-criam-betao-com-cortica",
    T("Investigadores criam betão mais leve com resíduos de cortiça", ["Inês Carvalho"], "2025-02-12"),
    r'''<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="pt-PT">
<head>
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>Investigadores criam betão mais leve com resíduos de cortiça - Notícias - Universidade da Beira Litoral</title>
<meta property="og:title" content="Investigadores criam betão mais leve com resíduos de cortiça" />
<meta property="og:type" content="website" />
<meta property="og:site_name" content="Universidade da Beira Litoral" />
<link href="/o/ubl-theme/css/main.css?browserId=other&amp;languageId=pt_PT" rel="stylesheet" type="text/css" />
</head>
<body class="controls-visible yui3-skin-sam signed-out public-page site">
<header id="banner" role="banner"><div id="heading"><a class="logo custom-logo" href="https://www.ubl.pt/" title="Ir para Universidade da Beira Litoral"><img alt="Universidade da Beira Litoral" src="/o/ubl-theme/images/logo-ubl.svg" /></a></div>
<nav class="sort-pages modify-pages" id="navigation" role="navigation"><ul aria-label="Páginas do Site" role="menubar"><li><a href="/estudar">Estudar</a></li><li><a href="/investigar">Investigar</a></li><li class="selected"><a href="/noticias">Notícias</a></li><li><a href="/contactos">Contactos</a></li></ul></nav></header>
<section id="content">
<div class="portlet-boundary portlet-boundary_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_"><div class="portlet-content"><div class="asset-full-content">
<div class="noticia-detalhe">
<p class="noticia-categoria">Investigação</p>
<h2 class="header-title"><span>Investigadores criam betão mais leve com resíduos de cortiça</span></h2>
<p class="noticia-data">12 fev 2025</p>
<div class="journal-content-article">
<p class="creditos">Texto: Inês Carvalho | Fotografia: Rui Pacheco</p>
<p>Uma equipa do Departamento de Engenharia Civil desenvolveu um betão até 30% mais leve que o convencional, substituindo parte dos agregados por granulado de cortiça proveniente de resíduos da indústria rolheira.</p>
<p>O material mantém resistência suficiente para paredes e lajes de edifícios de pequeno porte e tem um comportamento térmico e acústico superior ao do betão tradicional, segundo os ensaios realizados no laboratório da universidade.</p>
<p>«A cortiça que usamos seria queimada ou iria para aterro», explica a coordenadora do projeto, Helena Matos. «Estamos a dar-lhe uma segunda vida num setor com uma pegada de carbono enorme.»</p>
<p>O projeto conta com a colaboração de duas empresas da região e prevê construir um protótipo de habitação no campus até ao final do ano.</p>
</div>
</div>
</div></div></div>
</section>
<footer id="footer" role="contentinfo"><p>© 2025 Universidade da Beira Litoral · Campus de Santiago, Aveiro</p></footer>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 49 Italian recipe blog (WordPress + Yoast + WP Recipe Maker): Yoast's
#    Article author is the blog account "redazione"; WPRM's Recipe names the
#    cook and has readers' aggregateRating 4.8 (128 votes). Visible "Ricetta
#    di X" and "4 marzo 2025". Not a review: no rating.
# ---------------------------------------------------------------------------
add("it_recipe_ricetta_di_aggregate_none", "WordPress/Yoast + WP Recipe Maker (Italian recipe blog)",
    "https://www.cucinadicasamia.it/pasta-e-ceci-alla-romana/",
    TR("Pasta e ceci alla romana", ["Giulia Bernardi"], "2025-03-04", None, None, None, None),
    r'''<!DOCTYPE html>
<html lang="it-IT">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Pasta e ceci alla romana - Cucina di Casa Mia</title>
<meta name="description" content="La pasta e ceci alla romana, cremosa, con rosmarino e un filo d&#039;olio: la ricetta della tradizione passo passo." />
<link rel="canonical" href="https://www.cucinadicasamia.it/pasta-e-ceci-alla-romana/" />
<meta property="og:locale" content="it_IT" />
<meta property="og:type" content="article" />
<meta property="og:title" content="Pasta e ceci alla romana - Cucina di Casa Mia" />
<meta property="og:site_name" content="Cucina di Casa Mia" />
<meta property="article:published_time" content="2025-03-04T07:00:00+00:00" />
<meta name="author" content="redazione" />
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","@id":"https://www.cucinadicasamia.it/pasta-e-ceci-alla-romana/#article","author":{"name":"redazione","@id":"https://www.cucinadicasamia.it/#/schema/person/e1f2"},"headline":"Pasta e ceci alla romana","datePublished":"2025-03-04T07:00:00+00:00","publisher":{"@id":"https://www.cucinadicasamia.it/#organization"},"inLanguage":"it-IT"},{"@type":"Person","@id":"https://www.cucinadicasamia.it/#/schema/person/e1f2","name":"redazione"},{"@type":"Recipe","name":"Pasta e ceci alla romana","author":{"@type":"Person","name":"Giulia Bernardi"},"description":"La pasta e ceci alla romana, cremosa, con rosmarino.","datePublished":"2025-03-04T07:00:00+00:00","recipeYield":["4"],"prepTime":"PT10M","cookTime":"PT40M","recipeCategory":["Primi piatti"],"recipeCuisine":["Italiana"],"aggregateRating":{"@type":"AggregateRating","ratingValue":"4.8","ratingCount":"128"},"@id":"https://www.cucinadicasamia.it/pasta-e-ceci-alla-romana/#recipe","isPartOf":{"@id":"https://www.cucinadicasamia.it/pasta-e-ceci-alla-romana/#article"}}]}</script>
<link rel='stylesheet' id='wprm-public-css' href='https://www.cucinadicasamia.it/wp-content/plugins/wp-recipe-maker/dist/public-modern.css?ver=9.7.0' media='all' />
</head>
<body class="post-template-default single single-post postid-1290 single-format-standard">
<header class="site-header"><p class="site-title"><a href="https://www.cucinadicasamia.it/">Cucina di Casa Mia</a></p><nav><a href="/primi-piatti/">Primi</a> <a href="/secondi/">Secondi</a> <a href="/dolci/">Dolci</a> <a href="/chi-sono/">Chi sono</a></nav></header>
<main class="content">
<article class="post-1290 post type-post status-publish format-standard hentry category-primi-piatti">
<header class="entry-header"><h1 class="entry-title">Pasta e ceci alla romana</h1>
<p class="entry-meta">Ricetta di <a href="/chi-sono/">Giulia Bernardi</a> · <span class="entry-date">4 marzo 2025</span></p>
<a href="#recipe" class="wprm-recipe-jump wprm-recipe-link">Vai alla ricetta</a></header>
<div class="entry-content">
<p>La pasta e ceci è uno di quei piatti che a Roma si mangiava il venerdì, quando la carne non si toccava. È povera, velocissima se usate i ceci già cotti, e più buona il giorno dopo.</p>
<p>Il segreto è frullare una parte dei ceci: il brodo diventa cremoso senza bisogno di panna. E non dimenticate il rosmarino, da togliere prima di servire.</p>
<div id="recipe" class="wprm-recipe-container" data-recipe-id="1291"><div class="wprm-recipe wprm-recipe-template-modern">
<h2 class="wprm-recipe-name wprm-block-text-bold">Pasta e ceci alla romana</h2>
<div class="wprm-recipe-rating"><span class="wprm-rating-stars">★★★★★</span> <span class="wprm-recipe-rating-details">4.8 da 128 voti</span></div>
<div class="wprm-recipe-meta-container"><span>Preparazione: 10 minuti</span> · <span>Cottura: 40 minuti</span> · <span>Porzioni: 4</span></div>
<h3 class="wprm-recipe-header">Ingredienti</h3><ul class="wprm-recipe-ingredients"><li>500 g di ceci cotti</li><li>200 g di ditalini</li><li>1 spicchio d'aglio</li><li>1 rametto di rosmarino</li><li>2 cucchiai di concentrato di pomodoro</li></ul>
</div></div>
</div>
</article>
</main>
<footer class="site-footer"><p>© 2025 Cucina di Casa Mia di Giulia Bernardi · P.IVA 01234567890</p></footer>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 50 Italian restaurant guide (custom CMS): Review JSON-LD of a Restaurant,
#    8 out of 10, author Person. Visible "di Name" byline, "Pubblicato il 27
#    febbraio 2025", and the score "Voto: 8/10".
# ---------------------------------------------------------------------------
add("it_recensione_ristorante_voto", "Custom CMS (Italian restaurant guide)",
    "https://www.forchettaerrante.it/recensioni/bologna/trattoria-da-nilde",
    TR("Trattoria Da Nilde, a Bologna i tortellini come una volta", ["Paolo Ferri"], "2025-02-27",
       8, 10, "Trattoria Da Nilde", "Restaurant"),
    r'''<!DOCTYPE html>
<html lang="it">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Trattoria Da Nilde, a Bologna i tortellini come una volta | Recensione | Forchetta Errante</title>
<meta name="description" content="Tortellini in brodo, tagliatelle al ragù e un carrello dei bolliti da applauso in una trattoria di via del Pratello.">
<meta property="og:title" content="Trattoria Da Nilde, a Bologna i tortellini come una volta">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Forchetta Errante">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Review","name":"Trattoria Da Nilde, a Bologna i tortellini come una volta","datePublished":"2025-02-27","inLanguage":"it","author":{"@type":"Person","name":"Paolo Ferri"},"publisher":{"@type":"Organization","name":"Forchetta Errante"},"itemReviewed":{"@type":"Restaurant","name":"Trattoria Da Nilde","servesCuisine":"Emiliana","priceRange":"€€","address":{"@type":"PostalAddress","streetAddress":"Via del Pratello 61","addressLocality":"Bologna","postalCode":"40122","addressCountry":"IT"}},"reviewRating":{"@type":"Rating","ratingValue":"8","bestRating":"10","worstRating":"1"}}</script>
<link rel="stylesheet" href="/static/css/fe.min.css">
</head>
<body>
<header class="fe-header"><a class="fe-logo" href="/">Forchetta Errante</a><nav><a href="/recensioni/">Recensioni</a> <a href="/guide/">Guide</a> <a href="/citta/bologna/">Bologna</a> <a href="/citta/milano/">Milano</a></nav></header>
<main class="fe-main">
<article class="fe-recensione">
<p class="fe-occhiello">Recensione · Bologna</p>
<h1 class="fe-titolo">Trattoria Da Nilde, a Bologna i tortellini come una volta</h1>
<div class="fe-firma">di <a href="/autori/paolo-ferri/">Paolo Ferri</a></div>
<div class="fe-data">Pubblicato il 27 febbraio 2025</div>
<div class="fe-scheda"><p><strong>Trattoria Da Nilde</strong> · Via del Pratello 61, Bologna · Chiuso il lunedì · Prezzo medio 40 €</p><p class="fe-voto">Voto: <span>8/10</span></p></div>
<div class="fe-testo">
<p>In via del Pratello, tra un'osteria per studenti e l'altra, Da Nilde è una di quelle trattorie che sembrano non essere cambiate dagli anni Settanta. Le tovaglie a quadri, la foto della fondatrice sopra la cassa, il menu scritto a mano.</p>
<p>I tortellini in brodo sono il motivo per venire: piccoli, chiusi a mano ogni mattina, in un brodo di cappone limpido e profondo. Le tagliatelle al ragù non sono da meno, con un sugo lungo e poco pomodoro, come deve essere.</p>
<p>Il carrello dei bolliti, nei giorni in cui c'è, merita da solo la visita. Meno convincenti i dolci, e il servizio nelle sere piene può essere lento.</p>
</div>
</article>
</main>
<footer class="fe-footer"><p>© 2025 Forchetta Errante · Le recensioni sono pagate dalla redazione.</p></footer>
</body>
</html>''')


assert len(PAGES) == 50, len(PAGES)
assert len({p["name"] for p in PAGES}) == 50
