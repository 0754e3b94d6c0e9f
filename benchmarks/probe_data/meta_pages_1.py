"""Metadata probe suite 1: 50 hand-written article pages in the markup real CMSs/themes emit.

Written from what real sites ship (no benchmark page, site or sentence).
Each entry: name, cms, url, html, truth {"title", "authors": [...], "date": "YYYY-MM-DD"}.
Truth = what a human reader of the page takes as headline / byline / publication day
(the day as the page shows it locally; the published date, not an "Updated" date).
All sites and people are invented.
"""

PAGES = []


def add(name, cms, url, truth, html):
    PAGES.append({"name": name, "cms": cms, "url": url, "html": html.strip() + "\n", "truth": truth})


def T(title, authors, date):
    return {"title": title, "authors": list(authors), "date": date}


# ---------------------------------------------------------------------------
# 01 GeneratePress + Yoast (modern Yoast: author ref carries name + @id).
#    GP prints the hidden "updated" <time> before the published one.
# ---------------------------------------------------------------------------
add("gp_yoast_tents", "WordPress/GeneratePress+Yoast",
    "https://www.trailsidegearlab.com/best-ultralight-tents-thru-hikers/",
    T("The Best Ultralight Tents for Thru-Hikers, Tested on the Colorado Trail", ["Marta Quillfeather"], "2024-05-14"),
    r'''<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>The Best Ultralight Tents for Thru-Hikers, Tested on the Colorado Trail - Trailside Gear Lab</title>
<meta name="description" content="We carried nine shelters for 486 miles and slept in every one of them through hail, wind and one very long night at Cataract Lake.">
<link rel="canonical" href="https://www.trailsidegearlab.com/best-ultralight-tents-thru-hikers/">
<meta property="og:locale" content="en_US">
<meta property="og:type" content="article">
<meta property="og:title" content="The Best Ultralight Tents for Thru-Hikers, Tested on the Colorado Trail - Trailside Gear Lab">
<meta property="og:description" content="We carried nine shelters for 486 miles and slept in every one of them.">
<meta property="og:url" content="https://www.trailsidegearlab.com/best-ultralight-tents-thru-hikers/">
<meta property="og:site_name" content="Trailside Gear Lab">
<meta property="article:published_time" content="2024-05-14T08:12:33+00:00">
<meta property="article:modified_time" content="2024-06-01T17:40:02+00:00">
<meta property="og:image" content="https://www.trailsidegearlab.com/wp-content/uploads/2024/05/tents-hero.jpg">
<meta name="author" content="Marta Quillfeather">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:label1" content="Written by">
<meta name="twitter:data1" content="Marta Quillfeather">
<meta name="twitter:label2" content="Est. reading time">
<meta name="twitter:data2" content="11 minutes">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","@id":"https://www.trailsidegearlab.com/best-ultralight-tents-thru-hikers/#article","isPartOf":{"@id":"https://www.trailsidegearlab.com/best-ultralight-tents-thru-hikers/"},"author":{"name":"Marta Quillfeather","@id":"https://www.trailsidegearlab.com/#/schema/person/4f1c2a9e0b7d55e1a3c8"},"headline":"The Best Ultralight Tents for Thru-Hikers, Tested on the Colorado Trail","datePublished":"2024-05-14T08:12:33+00:00","dateModified":"2024-06-01T17:40:02+00:00","mainEntityOfPage":{"@id":"https://www.trailsidegearlab.com/best-ultralight-tents-thru-hikers/"},"wordCount":2140,"commentCount":2,"publisher":{"@id":"https://www.trailsidegearlab.com/#organization"},"image":{"@id":"https://www.trailsidegearlab.com/best-ultralight-tents-thru-hikers/#primaryimage"},"thumbnailUrl":"https://www.trailsidegearlab.com/wp-content/uploads/2024/05/tents-hero.jpg","articleSection":["Shelters"],"inLanguage":"en-US","potentialAction":[{"@type":"CommentAction","name":"Comment","target":["https://www.trailsidegearlab.com/best-ultralight-tents-thru-hikers/#respond"]}]},{"@type":"WebPage","@id":"https://www.trailsidegearlab.com/best-ultralight-tents-thru-hikers/","url":"https://www.trailsidegearlab.com/best-ultralight-tents-thru-hikers/","name":"The Best Ultralight Tents for Thru-Hikers, Tested on the Colorado Trail - Trailside Gear Lab","isPartOf":{"@id":"https://www.trailsidegearlab.com/#website"},"datePublished":"2024-05-14T08:12:33+00:00","dateModified":"2024-06-01T17:40:02+00:00","breadcrumb":{"@id":"https://www.trailsidegearlab.com/best-ultralight-tents-thru-hikers/#breadcrumb"},"inLanguage":"en-US"},{"@type":"BreadcrumbList","@id":"https://www.trailsidegearlab.com/best-ultralight-tents-thru-hikers/#breadcrumb","itemListElement":[{"@type":"ListItem","position":1,"name":"Home","item":"https://www.trailsidegearlab.com/"},{"@type":"ListItem","position":2,"name":"The Best Ultralight Tents for Thru-Hikers, Tested on the Colorado Trail"}]},{"@type":"WebSite","@id":"https://www.trailsidegearlab.com/#website","url":"https://www.trailsidegearlab.com/","name":"Trailside Gear Lab","publisher":{"@id":"https://www.trailsidegearlab.com/#organization"},"inLanguage":"en-US"},{"@type":"Organization","@id":"https://www.trailsidegearlab.com/#organization","name":"Trailside Gear Lab","url":"https://www.trailsidegearlab.com/"},{"@type":"Person","@id":"https://www.trailsidegearlab.com/#/schema/person/4f1c2a9e0b7d55e1a3c8","name":"Marta Quillfeather","image":{"@type":"ImageObject","inLanguage":"en-US","@id":"https://www.trailsidegearlab.com/#/schema/person/image/","url":"https://secure.gravatar.com/avatar/8d1f?s=96&d=mm&r=g","caption":"Marta Quillfeather"},"description":"Marta has hiked the CDT, the CT twice and most of the Sierra High Route.","url":"https://www.trailsidegearlab.com/author/marta/"}]}</script>
<link rel='stylesheet' id='generate-style-css' href='https://www.trailsidegearlab.com/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.4.0' media='all' />
</head>
<body class="post-template-default single single-post postid-4821 single-format-standard wp-embed-responsive right-sidebar nav-float-right separate-containers header-aligned-left dropdown-hover featured-image-active" itemtype="https://schema.org/Blog" itemscope>
<a class="screen-reader-text skip-link" href="#content" title="Skip to content">Skip to content</a>
<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope>
<div class="inside-header grid-container">
<div class="site-branding"><p class="main-title" itemprop="headline"><a href="https://www.trailsidegearlab.com/" rel="home">Trailside Gear Lab</a></p></div>
<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary" itemtype="https://schema.org/SiteNavigationElement" itemscope>
<div class="inside-navigation grid-container"><ul id="menu-primary" class="menu sf-menu"><li class="menu-item"><a href="https://www.trailsidegearlab.com/category/shelters/">Shelters</a></li><li class="menu-item"><a href="https://www.trailsidegearlab.com/category/packs/">Packs</a></li><li class="menu-item"><a href="https://www.trailsidegearlab.com/category/sleep-systems/">Sleep Systems</a></li><li class="menu-item"><a href="https://www.trailsidegearlab.com/about/">About</a></li></ul></div>
</nav>
</div>
</header>
<div class="site grid-container container hfeed" id="page">
<div class="site-content" id="content">
<div class="content-area" id="primary">
<main class="site-main" id="main">
<article id="post-4821" class="post-4821 post type-post status-publish format-standard has-post-thumbnail hentry category-shelters" itemtype="https://schema.org/CreativeWork" itemscope>
<div class="inside-article">
<header class="entry-header">
<h1 class="entry-title" itemprop="headline">The Best Ultralight Tents for Thru-Hikers, Tested on the Colorado Trail</h1>
<div class="entry-meta">
<span class="posted-on"><time class="updated" datetime="2024-06-01T17:40:02+00:00" itemprop="dateModified">June 1, 2024</time><time class="entry-date published" datetime="2024-05-14T08:12:33+00:00" itemprop="datePublished">May 14, 2024</time></span> <span class="byline">by <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><a class="url fn n" href="https://www.trailsidegearlab.com/author/marta/" title="View all posts by Marta Quillfeather" rel="author" itemprop="url"><span class="author-name" itemprop="name">Marta Quillfeather</span></a></span></span>
</div>
</header>
<div class="featured-image page-header-image-single grid-container grid-parent"><img width="1200" height="675" src="https://www.trailsidegearlab.com/wp-content/uploads/2024/05/tents-hero.jpg" class="attachment-full size-full wp-post-image" alt="Nine tents pitched in a row below a ridge" itemprop="image" decoding="async"></div>
<div class="entry-content" itemprop="text">
<p><em>This post contains affiliate links. If you buy through them we may earn a commission, which keeps the lab running.</em></p>
<p>Every spring our inbox fills with the same question: which tent should I carry on a long trail? Last summer we decided to stop guessing. We carried nine shelters for 486 miles on the Colorado Trail, rotating them every three nights, and slept in every one of them through afternoon hail, forty-mile-an-hour gusts on the Collegiate West and one very long night at Cataract Lake.</p>
<p>What we learned is that the lightest tent is rarely the best one for a thru-hike. Trekking-pole shelters save weight, but they punish sloppy pitching on hard, rocky tent pads, and several of the single-wall designs we tested collected enough condensation by dawn to soak a down quilt.</p>
<h2 class="wp-block-heading">How we tested</h2>
<p>Each shelter was weighed on the same scale with stakes and stuff sacks, pitched by three testers of different heights, and scored for livability, weather protection, ease of pitch and packed size. We logged overnight low temperatures and relative humidity with a small data logger clipped to the ridgeline.</p>
<h2 class="wp-block-heading">Best overall: Alder Ridge Solo 1</h2>
<p>The Alder Ridge Solo 1 was the shelter our testers reached for when the forecast looked ugly. At 24 ounces it is not the lightest here, but the steep walls shed hail, the vestibule swallows a full-size pack and the silpoly fly barely sagged overnight.</p>
<p>If you mostly hike in dry, high country and you are disciplined about site selection, a trekking-pole shelter will save you half a pound. For everyone else, a semi-freestanding tent with a real bathtub floor is worth the weight.</p>
</div>
<footer class="entry-meta" aria-label="Entry meta">
<span class="cat-links"><span class="screen-reader-text">Categories </span><a href="https://www.trailsidegearlab.com/category/shelters/" rel="category tag">Shelters</a></span>
<nav id="nav-below" class="post-navigation" aria-label="Posts"><div class="nav-previous"><span class="prev"><a href="https://www.trailsidegearlab.com/quilt-vs-sleeping-bag/" rel="prev">Quilt vs. Sleeping Bag: What We Carry Now</a></span></div></nav>
</footer>
</div>
</article>
<div class="comments-area">
<div id="comments">
<h3 class="comments-title">2 thoughts on &ldquo;The Best Ultralight Tents for Thru-Hikers, Tested on the Colorado Trail&rdquo;</h3>
<ol class="comment-list">
<li id="comment-1190" class="comment even thread-even depth-1"><article class="comment-body" id="div-comment-1190" itemtype="https://schema.org/Comment" itemscope>
<footer class="comment-meta" aria-label="Comment meta"><img alt='' src='https://secure.gravatar.com/avatar/11?s=50' class='avatar avatar-50 photo' height='50' width='50'><div class="comment-author-info"><div class="comment-author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><cite itemprop="name" class="fn">Dale Hutchins</cite></div><div class="entry-meta comment-metadata"><a href="https://www.trailsidegearlab.com/best-ultralight-tents-thru-hikers/#comment-1190"><time datetime="2024-06-03T07:14:22+00:00" itemprop="datePublished">June 3, 2024 at 7:14 am</time></a></div></div></footer>
<div class="comment-content" itemprop="text"><p>Great write-up. I carried the Solo 1 on the CT last year and agree about the vestibule.</p></div>
</article></li>
<li id="comment-1193" class="comment odd alt thread-odd depth-1"><article class="comment-body" id="div-comment-1193" itemtype="https://schema.org/Comment" itemscope>
<footer class="comment-meta" aria-label="Comment meta"><div class="comment-author-info"><div class="comment-author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><cite itemprop="name" class="fn">Priscilla N.</cite></div><div class="entry-meta comment-metadata"><a href="#comment-1193"><time datetime="2024-06-04T19:02:10+00:00" itemprop="datePublished">June 4, 2024 at 7:02 pm</time></a></div></div></footer>
<div class="comment-content" itemprop="text"><p>Any thoughts on the two-person version for couples?</p></div>
</article></li>
</ol>
</div>
</div>
</main>
</div>
<div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar">
<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul><li><a href="https://www.trailsidegearlab.com/quilt-vs-sleeping-bag/">Quilt vs. Sleeping Bag: What We Carry Now</a></li><li><a href="https://www.trailsidegearlab.com/best-trekking-poles/">The Best Trekking Poles of 2024</a></li></ul></aside>
</div></div>
</div>
</div>
<div class="site-footer"><footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope><div class="inside-site-info grid-container"><div class="copyright-bar"><span class="copyright">&copy; 2025 Trailside Gear Lab</span> &bull; Built with <a href="https://generatepress.com" itemprop="url">GeneratePress</a></div></div></footer></div>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 02 Astra, no SEO plugin: dates exist only as text inside .posted-on.
# ---------------------------------------------------------------------------
add("astra_textdate_sourdough", "WordPress/Astra (no SEO plugin)",
    "https://highcountryhearth.com/sourdough-at-altitude/",
    T("Sourdough at 8,000 Feet: What Changes and What Doesn't", ["Benedikt Aasland"], "2025-03-03"),
    r'''<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>Sourdough at 8,000 Feet: What Changes and What Doesn&#8217;t &#8211; High Country Hearth</title>
<meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="High Country Hearth &raquo; Feed" href="https://highcountryhearth.com/feed/" />
<link rel='stylesheet' id='astra-theme-css-css' href='https://highcountryhearth.com/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4' media='all' />
<link rel="canonical" href="https://highcountryhearth.com/sourdough-at-altitude/" />
<meta name="generator" content="WordPress 6.7.2" />
</head>
<body itemtype='https://schema.org/Blog' itemscope='itemscope' class="post-template-default single single-post postid-311 single-format-standard ast-desktop ast-separate-container ast-right-sidebar astra-4.6.4">
<a class="skip-link screen-reader-text" href="#content" role="link" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page">
<header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline ast-hide-custom-menu-mobile ast-builder-menu-toggle-icon ast-mobile-header-inline" id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead">
<div id="ast-desktop-header" data-toggle-type="dropdown"><div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item" data-section="section-primary-header-builder"><div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container">
<div class="site-branding ast-site-identity" itemtype="https://schema.org/Organization" itemscope="itemscope"><span class="site-title" itemprop="name"><a href="https://highcountryhearth.com/" rel="home" itemprop="url">High Country Hearth</a></span><p class="site-description" itemprop="description">Baking and cooking above the clouds</p></div>
<nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item" id="primary-site-navigation-desktop" aria-label="Site Navigation: Main" itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope"><ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border stack-on-mobile"><li class="menu-item"><a href="https://highcountryhearth.com/" class="menu-link">Home</a></li><li class="menu-item"><a href="https://highcountryhearth.com/category/bread/" class="menu-link">Bread</a></li><li class="menu-item"><a href="https://highcountryhearth.com/category/high-altitude/" class="menu-link">High Altitude</a></li></ul></nav>
</div></div></div></div>
</header>
<div id="content" class="site-content">
<div class="ast-container">
<div id="primary" class="content-area primary">
<main id="main" class="site-main">
<article class="post-311 post type-post status-publish format-standard hentry category-bread category-high-altitude ast-article-single" id="post-311" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<div class="ast-post-format- single-layout-1 ast-no-date-box">
<header class="entry-header ast-no-thumbnail">
<h1 class="entry-title" itemprop="headline">Sourdough at 8,000 Feet: What Changes and What Doesn&#8217;t</h1>
<div class="entry-meta"><span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope="itemscope" itemprop="author"> <a title="View all posts by Benedikt Aasland" href="https://highcountryhearth.com/author/benedikt/" rel="author" class="url fn n" itemprop="url"> <span class="author-name" itemprop="name">Benedikt Aasland</span> </a> </span> / <span class="posted-on"><span class="published" itemprop="datePublished"> March 3, 2025 </span><span class="updated" itemprop="dateModified"> March 5, 2025</span></span> / <span class="ast-taxonomy-container cat-links default"><a href="https://highcountryhearth.com/category/bread/" rel="category tag">Bread</a></span></div>
</header>
<div class="entry-content clear" itemprop="text">
<p>When we moved from the coast to a cabin at 8,000 feet, my starter went feral. It doubled in three hours instead of six, smelled of nail-polish remover by dinner, and the first loaves I baked rose like champions and then collapsed in the oven like deflated soufflés.</p>
<p>The physics is simple enough. Lower air pressure lets the gas in the dough expand faster, water boils at about 197 degrees Fahrenheit instead of 212, and the air is so dry that flour here absorbs noticeably more water than the bag expects.</p>
<h2 class="wp-block-heading">Feed more, and feed cooler</h2>
<p>I now feed my starter at a 1:5:5 ratio with water straight from the tap, which in winter is barely above 50 degrees. That slows fermentation enough that the starter peaks when I actually want to mix, rather than while I am asleep.</p>
<h2 class="wp-block-heading">Cut the bulk short</h2>
<p>At sea level I let bulk fermentation run until the dough had grown by about 75 percent. Up here I stop at 50 percent. The dough keeps rising in the oven, and a little restraint in the bowl is the difference between an open crumb and a pancake.</p>
<p>What hasn't changed? Good flour, a hot Dutch oven and patience. Those still matter more than any altitude adjustment.</p>
</div>
</div>
</article>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a href="https://highcountryhearth.com/green-chile-stew/" rel="prev"><span class="ast-post-nav">&larr; Previous Post</span></a></div></div></nav>
<div id="comments" class="comments-area comment-form-position-below"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment</h3></div></div>
</main>
</div>
<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope"><div class="sidebar-main"><aside id="block-3" class="widget widget_block widget_recent_entries"><ul class="wp-block-latest-posts__list wp-block-latest-posts"><li><a class="wp-block-latest-posts__post-title" href="https://highcountryhearth.com/green-chile-stew/">Green Chile Stew for Cold Nights</a><time datetime="2025-02-18T16:20:11-07:00" class="wp-block-latest-posts__post-date">February 18, 2025</time></li><li><a class="wp-block-latest-posts__post-title" href="https://highcountryhearth.com/boiling-point-pasta/">Why Pasta Takes Longer Up Here</a><time datetime="2025-01-30T09:00:00-07:00" class="wp-block-latest-posts__post-date">January 30, 2025</time></li></ul></aside></div></div>
</div>
</div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope"><div class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-full ast-builder-grid-row-tablet-full ast-builder-grid-row-mobile-full ast-footer-row-stack ast-footer-row-tablet-stack ast-footer-row-mobile-stack" data-section="section-below-footer-builder"><div class="ast-footer-copyright"><p>Copyright &copy; 2025 High Country Hearth | Powered by <a href="https://wpastra.com/" rel="nofollow noopener" target="_blank">Astra WordPress Theme</a></p></div></div></footer>
</div>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 03 Kadence + Rank Math. Local time 21:45 -07:00 (04:45 UTC next day).
# ---------------------------------------------------------------------------
add("kadence_rankmath_latenight", "WordPress/Kadence+Rank Math",
    "https://desertwirenews.com/tucson-council-water-vote/",
    T("Tucson Council Delays Vote on Groundwater Fees After Packed Hearing", ["Theo Castellanos"], "2024-11-02"),
    r'''<!doctype html>
<html lang="en-US" class="no-js" itemtype="https://schema.org/Blog" itemscope>
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1">
<title>Tucson Council Delays Vote on Groundwater Fees After Packed Hearing - Desert Wire</title>
<meta name="description" content="More than 200 residents signed up to speak before the council voted 5-2 to postpone the fee schedule until December."/>
<meta name="robots" content="follow, index, max-snippet:-1, max-video-preview:-1, max-image-preview:large"/>
<link rel="canonical" href="https://desertwirenews.com/tucson-council-water-vote/" />
<meta property="og:locale" content="en_US" />
<meta property="og:type" content="article" />
<meta property="og:title" content="Tucson Council Delays Vote on Groundwater Fees After Packed Hearing - Desert Wire" />
<meta property="og:url" content="https://desertwirenews.com/tucson-council-water-vote/" />
<meta property="og:site_name" content="Desert Wire" />
<meta property="article:section" content="Local" />
<meta property="og:updated_time" content="2024-11-03T08:15:40-07:00" />
<meta property="article:published_time" content="2024-11-02T21:45:00-07:00" />
<meta property="article:modified_time" content="2024-11-03T08:15:40-07:00" />
<meta name="twitter:card" content="summary_large_image" />
<meta name="twitter:label1" content="Written by" />
<meta name="twitter:data1" content="Theo Castellanos" />
<meta name="twitter:label2" content="Time to read" />
<meta name="twitter:data2" content="3 minutes" />
<script type="application/ld+json" class="rank-math-schema">{"@context":"https://schema.org","@graph":[{"@type":["NewsMediaOrganization","Organization"],"@id":"https://desertwirenews.com/#organization","name":"Desert Wire","url":"https://desertwirenews.com"},{"@type":"WebSite","@id":"https://desertwirenews.com/#website","url":"https://desertwirenews.com","name":"Desert Wire","publisher":{"@id":"https://desertwirenews.com/#organization"},"inLanguage":"en-US"},{"@type":"WebPage","@id":"https://desertwirenews.com/tucson-council-water-vote/#webpage","url":"https://desertwirenews.com/tucson-council-water-vote/","name":"Tucson Council Delays Vote on Groundwater Fees After Packed Hearing - Desert Wire","datePublished":"2024-11-02T21:45:00-07:00","dateModified":"2024-11-03T08:15:40-07:00","isPartOf":{"@id":"https://desertwirenews.com/#website"},"inLanguage":"en-US"},{"@type":"Person","@id":"https://desertwirenews.com/author/tcastellanos/","name":"Theo Castellanos","url":"https://desertwirenews.com/author/tcastellanos/","image":{"@type":"ImageObject","@id":"https://secure.gravatar.com/avatar/aa?s=96&amp;d=mm&amp;r=g","url":"https://secure.gravatar.com/avatar/aa?s=96&amp;d=mm&amp;r=g","caption":"Theo Castellanos","inLanguage":"en-US"},"worksFor":{"@id":"https://desertwirenews.com/#organization"}},{"@type":"NewsArticle","headline":"Tucson Council Delays Vote on Groundwater Fees After Packed Hearing - Desert Wire","datePublished":"2024-11-02T21:45:00-07:00","dateModified":"2024-11-03T08:15:40-07:00","articleSection":"Local","author":{"@id":"https://desertwirenews.com/author/tcastellanos/","name":"Theo Castellanos"},"publisher":{"@id":"https://desertwirenews.com/#organization"},"description":"More than 200 residents signed up to speak before the council voted 5-2 to postpone the fee schedule until December.","name":"Tucson Council Delays Vote on Groundwater Fees After Packed Hearing - Desert Wire","@id":"https://desertwirenews.com/tucson-council-water-vote/#richSnippet","isPartOf":{"@id":"https://desertwirenews.com/tucson-council-water-vote/#webpage"},"inLanguage":"en-US","mainEntityOfPage":{"@id":"https://desertwirenews.com/tucson-council-water-vote/#webpage"}}]}</script>
</head>
<body class="post-template-default single single-post postid-20931 single-format-standard wp-custom-logo wp-embed-responsive title-above content-width-normal content-style-unboxed content-vertical-padding-show non-transparent-header mobile-non-transparent-header kadence-elementor-colors">
<div id="wrapper" class="site wp-site-blocks">
<a class="skip-link screen-reader-text scroll-ignore" href="#main">Skip to content</a>
<header id="masthead" class="site-header" role="banner" itemtype="https://schema.org/WPHeader" itemscope>
<div id="main-header" class="site-header-wrap"><div class="site-header-inner-wrap"><div class="site-header-upper-wrap"><div class="site-header-upper-inner-wrap"><div class="site-main-header-wrap site-header-row-container site-header-focus-item site-header-row-layout-standard" data-section="kadence_customizer_header_main"><div class="site-header-row-container-inner"><div class="site-container"><div class="site-main-header-inner-wrap site-header-row site-header-row-has-sides site-header-row-no-center">
<div class="site-header-main-section-left site-header-section site-header-section-left"><div class="site-header-item site-header-focus-item" data-section="title_tagline"><div class="site-branding branding-layout-standard site-brand-logo-only"><a class="brand has-logo-image" href="https://desertwirenews.com/" rel="home"><img width="300" height="60" src="https://desertwirenews.com/wp-content/uploads/2023/02/desertwire-logo.png" class="custom-logo" alt="Desert Wire" decoding="async" /></a></div></div></div>
<div class="site-header-main-section-right site-header-section site-header-section-right"><div class="site-header-item site-header-focus-item site-header-item-main-navigation header-navigation-layout-stretch-false header-navigation-layout-fill-stretch-false" data-section="kadence_customizer_primary_navigation"><nav id="site-navigation" class="main-navigation header-navigation nav--toggle-sub header-navigation-style-standard header-navigation-dropdown-animation-none" role="navigation" aria-label="Primary Navigation"><div class="primary-menu-container header-menu-container"><ul id="primary-menu" class="menu"><li class="menu-item"><a href="https://desertwirenews.com/local/">Local</a></li><li class="menu-item"><a href="https://desertwirenews.com/water/">Water</a></li><li class="menu-item"><a href="https://desertwirenews.com/politics/">Politics</a></li></ul></div></nav></div></div>
</div></div></div></div></div></div></div></div>
</header>
<div id="inner-wrap" class="wrap hfeed kt-clear">
<section role="banner" class="entry-hero post-hero-section entry-hero-layout-standard"><div class="entry-hero-container-inner"><div class="hero-section-overlay"></div><div class="hero-container site-container"><header class="entry-header post-title title-align-inherit title-tablet-align-inherit title-mobile-align-inherit">
<nav id="kadence-breadcrumbs" aria-label="Breadcrumbs" class="kadence-breadcrumbs"><div class="kadence-breadcrumb-container"><span><a href="https://desertwirenews.com/" itemprop="url" class="kadence-bc-home"><span>Home</span></a></span> <span class="bc-delimiter">/</span> <span><a href="https://desertwirenews.com/local/" itemprop="url"><span>Local</span></a></span></div></nav>
<h1 class="entry-title">Tucson Council Delays Vote on Groundwater Fees After Packed Hearing</h1>
<div class="entry-meta entry-meta-divider-dot">
<span class="posted-by"><span class="meta-label">By</span><span class="author vcard"><a class="url fn n" href="https://desertwirenews.com/author/tcastellanos/">Theo Castellanos</a></span></span>
<span class="posted-on"><time class="entry-date published" datetime="2024-11-02T21:45:00-07:00">November 2, 2024</time><time class="updated" datetime="2024-11-03T08:15:40-07:00">November 3, 2024</time></span>
</div>
</header></div></div></section>
<div id="primary" class="content-area"><div class="content-container site-container"><main id="main" class="site-main" role="main"><div class="content-wrap">
<article id="post-20931" class="entry content-bg single-entry post-20931 post type-post status-publish format-standard hentry category-local">
<div class="entry-content-wrap"><div class="entry-content single-content">
<p>TUCSON &mdash; The Tucson City Council on Saturday night postponed a vote on a new schedule of groundwater extraction fees after more than 200 residents signed up to speak at a hearing that ran past 9 p.m.</p>
<p>Council members voted 5-2 to send the proposal back to staff for changes and set a new vote for Dec. 10. The fee schedule would charge large agricultural and industrial pumpers within city limits on a sliding scale for every acre-foot drawn above a baseline.</p>
<p>Supporters, many of them members of neighborhood associations on the city's south side, said the fees were long overdue as the water table has dropped more than 100 feet in parts of the basin since the 1940s. Opponents, including two pecan growers and a representative of a semiconductor supplier, said the baseline was set too low and would drive employers to unincorporated Pima County.</p>
<p>&ldquo;We are not against paying our share,&rdquo; said Ruben Acosta, who farms 300 acres near the Santa Cruz River. &ldquo;We are against a number somebody picked out of the air.&rdquo;</p>
<p>City water director Alana Whitmore said staff would return with a revised baseline and a phase-in period. The council's two dissenting members said they were ready to vote Saturday.</p>
</div></div>
</article>
<div class="entry-related alignfull entry-related-style-wide"><div class="entry-related-inner content-container site-container"><div class="entry-related-inner-content alignwide"><h2 class="entry-related-title">Similar Posts</h2><div class="entry-related-carousel kadence-slide-init splide"><div class="splide__track"><ul class="splide__list"><li class="entry-list-item carousel-item splide__slide"><article class="entry content-bg loop-entry post-20877 post type-post"><div class="entry-content-wrap"><header class="entry-header"><h3 class="entry-title"><a href="https://desertwirenews.com/cap-shortage-tier/" rel="bookmark">What the CAP Shortage Tier Means for Your Bill</a></h3><div class="entry-meta entry-meta-divider-dot"><span class="posted-by"><span class="meta-label">By</span><span class="author vcard"><a class="url fn n" href="https://desertwirenews.com/author/lnguyen/">Lina Nguyen</a></span></span><span class="posted-on"><time class="entry-date published" datetime="2024-10-29T06:00:00-07:00">October 29, 2024</time></span></div></header></div></article></li></ul></div></div></div></div></div>
</div></main></div></div>
</div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-footer-wrap"><div class="site-bottom-footer-wrap site-footer-row-container site-footer-focus-item site-footer-row-layout-standard site-footer-row-tablet-layout-default site-footer-row-mobile-layout-default" data-section="kadence_customizer_footer_bottom"><div class="site-footer-row-container-inner"><div class="site-container"><div class="footer-html inner-link-style-normal"><div class="footer-html-inner"><p>&copy; 2024 Desert Wire. All rights reserved.</p></div></div></div></div></div></div></footer>
</div>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 04 Newspaper (tagDiv). Top bar shows *today's* date before the article;
#    sidebar/related modules carry other bylines and dates.
# ---------------------------------------------------------------------------
add("tagdiv_newspaper_cricket", "WordPress/Newspaper (tagDiv)",
    "https://coastalpavilion.in/sports/kochi-tuskers-academy-u19-title/",
    T("Kochi Academy Wins First Under-19 State Title in a Last-Over Finish", ["Ravi Menon"], "2023-08-19"),
    r'''<!doctype html >
<html lang="en-US">
<head>
<title>Kochi Academy Wins First Under-19 State Title in a Last-Over Finish | Coastal Pavilion</title>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta property="og:image" content="https://coastalpavilion.in/wp-content/uploads/2023/08/u19-final.jpg" />
<meta name="author" content="Ravi Menon">
<link rel="canonical" href="https://coastalpavilion.in/sports/kochi-tuskers-academy-u19-title/" />
<meta property="og:locale" content="en_US" />
<meta property="og:type" content="article" />
<meta property="og:title" content="Kochi Academy Wins First Under-19 State Title in a Last-Over Finish | Coastal Pavilion" />
<meta property="og:site_name" content="Coastal Pavilion" />
<link rel='stylesheet' id='td-theme-css' href='https://coastalpavilion.in/wp-content/themes/Newspaper/style.css?ver=12.6.1' type='text/css' media='all' />
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"item":{"@type":"WebSite","@id":"https://coastalpavilion.in/","name":"Home"}},{"@type":"ListItem","position":2,"item":{"@type":"WebPage","@id":"https://coastalpavilion.in/category/sports/","name":"Sports"}},{"@type":"ListItem","position":3,"item":{"@type":"WebPage","@id":"https://coastalpavilion.in/sports/kochi-tuskers-academy-u19-title/","name":"Kochi Academy Wins First Under-19 State Title in a Last-Over Finish"}}]}</script>
</head>
<body class="post-template-default single single-post postid-88412 single-format-standard td-standard-pack global-block-template-1 single_template_2 td-full-layout" itemscope="itemscope" itemtype="https://schema.org/WebPage">
<div class="td-scroll-up"><i class="td-icon-menu-up"></i></div>
<div id="td-outer-wrap" class="td-theme-wrap">
<div class="tdc-header-wrap ">
<div class="td-header-wrap td-header-style-1 ">
<div class="td-header-top-menu-full td-container-wrap "><div class="td-container td-header-row td-header-top-menu"><div class="top-bar-style-1"><div class="td-header-sp-top-menu"><div class="td_data_time"><div>Tuesday, March 4, 2025</div></div><div class="menu-top-container"><ul id="menu-top-menu" class="top-header-menu"><li class="menu-item"><a href="https://coastalpavilion.in/about/">About</a></li><li class="menu-item"><a href="https://coastalpavilion.in/contact/">Contact</a></li></ul></div></div></div></div></div>
<div class="td-banner-wrap-full td-logo-wrap-full td-container-wrap "><div class="td-container td-header-row td-header-header"><div class="td-header-sp-logo"><a class="td-main-logo" href="https://coastalpavilion.in/"><img class="td-retina-data" src="https://coastalpavilion.in/wp-content/uploads/2022/01/logo.png" alt="Coastal Pavilion"/><span class="td-visual-hidden">Coastal Pavilion</span></a></div></div></div>
<div class="td-header-menu-wrap-full td-container-wrap "><div class="td-header-menu-wrap td-header-gradient "><div class="td-container td-header-row td-header-main-menu"><div id="td-header-menu" role="navigation"><div class="menu-main-menu-container"><ul id="menu-main-menu-1" class="sf-menu"><li class="menu-item"><a href="https://coastalpavilion.in/">Home</a></li><li class="menu-item"><a href="https://coastalpavilion.in/category/sports/">Sports</a></li><li class="menu-item"><a href="https://coastalpavilion.in/category/kerala/">Kerala</a></li><li class="menu-item"><a href="https://coastalpavilion.in/category/business/">Business</a></li></ul></div></div></div></div></div>
</div>
</div>
<div class="td-main-content-wrap td-container-wrap">
<div class="td-container td-post-template-2">
<article id="post-88412" class="post-88412 post type-post status-publish format-standard has-post-thumbnail category-sports" >
<div class="td-pb-row"><div class="td-pb-span12"><div class="td-post-header">
<div class="td-crumb-container"><div class="entry-crumbs"><span><a title="" class="entry-crumb" href="https://coastalpavilion.in/">Home</a></span> <i class="td-icon-right td-bread-sep"></i> <span><a title="View all posts in Sports" class="entry-crumb" href="https://coastalpavilion.in/category/sports/">Sports</a></span></div></div>
<ul class="td-category"><li class="entry-category"><a href="https://coastalpavilion.in/category/sports/">Sports</a></li></ul>
<header class="td-post-title">
<h1 class="entry-title">Kochi Academy Wins First Under-19 State Title in a Last-Over Finish</h1>
<p class="td-post-sub-title">A 17-year-old left-arm spinner defended nine runs off the final over at the Maharaja's College Ground</p>
<div class="td-module-meta-info">
<div class="td-post-author-name"><div class="td-author-by">By</div> <a href="https://coastalpavilion.in/author/ravimenon/">Ravi Menon</a><div class="td-author-line"> - </div> </div>
<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2023-08-19T14:20:11+00:00" >August 19, 2023</time></span>
<div class="td-post-comments"><a href="https://coastalpavilion.in/sports/kochi-tuskers-academy-u19-title/#respond"><i class="td-icon-comments"></i>0</a></div>
<div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-88412">1342</span></div>
</div>
</header>
</div></div></div>
<div class="td-pb-row">
<div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">
<div class="td-post-content tagdiv-type">
<div class="td-post-featured-image"><figure><img width="696" height="392" class="entry-thumb" src="https://coastalpavilion.in/wp-content/uploads/2023/08/u19-final-696x392.jpg" alt="" title="u19-final"/><figcaption class="wp-caption-text">Players celebrate after the final wicket. Photo: Special Arrangement</figcaption></figure></div>
<p>Kochi Cricket Academy won its first Kerala under-19 state title on Saturday, beating Thrissur District by three runs in a final that came down to the last ball at the Maharaja's College Ground.</p>
<p>Needing nine runs off the final over, Thrissur's tail-enders scrambled five off the first four deliveries before left-arm spinner Adarsh Pillai bowled Jithin Varghese with a delivery that drifted in and straightened. The last man was run out going for a second run that was never there.</p>
<p>&ldquo;I told him to bowl his stock ball and trust the field,&rdquo; said academy coach Sunil Mathew, a former Ranji Trophy wicketkeeper. &ldquo;He is 17. He did exactly that.&rdquo;</p>
<p>Batting first, Kochi recovered from 41 for four to post 187, thanks largely to a patient 72 from opener Nikhil Joseph. Thrissur were cruising at 150 for three before Pillai's spell of three for 19 turned the game.</p>
<p>The win qualifies the academy for the South Zone inter-state tournament in Bengaluru next month.</p>
</div>
<footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li><li><a href="https://coastalpavilion.in/tag/cricket/">cricket</a></li><li><a href="https://coastalpavilion.in/tag/under-19/">under-19</a></li></ul></div>
<div class="td-author-name vcard author" style="display: none"><span class="fn"><a href="https://coastalpavilion.in/author/ravimenon/">Ravi Menon</a></span></div></footer>
<div class="td_block_wrap td_block_related_posts tdi_3 td_with_ajax_pagination td-pb-border-top td_block_template_1"><h4 class="td-related-title td-block-title"><a id="tdi_4" class="td-related-left td-cur-simple-item" data-td_filter_value="" data-td_block_id="tdi_3" href="#">RELATED ARTICLES</a></h4><div id=tdi_3 class="td_block_inner"><div class="td-related-row"><div class="td-related-span4"><div class="td_module_related_posts td-animation-stack td_mod_related_posts"><div class="item-details"><h3 class="entry-title td-module-title"><a href="https://coastalpavilion.in/sports/blasters-preseason-durand/" rel="bookmark" title="Blasters name young squad for Durand Cup">Blasters name young squad for Durand Cup</a></h3></div></div></div></div></div></div>
</div></div>
<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar">
<div class="td_block_wrap td_block_7 td_block_widget tdi_5 td-pb-border-top td_block_template_1 td-column-1"><div class="td-block-title-wrap"><h4 class="block-title td-block-title"><span class="td-pulldown-size">Latest</span></h4></div><div id=tdi_5 class="td_block_inner">
<div class="td-block-span12"><div class="td_module_6 td_module_wrap td-animation-stack"><div class="item-details"><h3 class="entry-title td-module-title"><a href="https://coastalpavilion.in/kerala/monsoon-deficit-august/" rel="bookmark">Monsoon deficit widens to 44 per cent in August</a></h3><div class="td-module-meta-info"><span class="td-post-author-name"><a href="https://coastalpavilion.in/author/anjalik/">Anjali Krishnan</a> <span>-</span> </span><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2023-08-21T09:40:00+00:00" >August 21, 2023</time></span></div></div></div></div>
<div class="td-block-span12"><div class="td_module_6 td_module_wrap td-animation-stack"><div class="item-details"><h3 class="entry-title td-module-title"><a href="https://coastalpavilion.in/business/cochin-port-cargo/" rel="bookmark">Cochin Port cargo up 11 per cent in first quarter</a></h3><div class="td-module-meta-info"><span class="td-post-author-name"><a href="https://coastalpavilion.in/author/desk/">News Desk</a> <span>-</span> </span><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2023-08-20T12:05:00+00:00" >August 20, 2023</time></span></div></div></div></div>
</div></div>
</div></div>
</div>
</article>
</div>
</div>
<div class="td-sub-footer-container td-container-wrap "><div class="td-container"><div class="td-pb-row"><div class="td-pb-span td-sub-footer-copy">&copy; Coastal Pavilion 2023. All rights reserved.</div></div></div></div>
</div>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 05 Jannah (TieLabs): visible date is relative ("2 weeks ago"); real date in
#    Yoast meta and Jannah's own escaped-slash JSON-LD.
# ---------------------------------------------------------------------------
add("jannah_relative_date", "WordPress/Jannah+Yoast",
    "https://accraledger.com/business/cocoa-farmgate-price-2025/",
    T("Ghana Raises Cocoa Farmgate Price by 45 Percent as Smuggling Fears Grow", ["Kwame Asante"], "2025-02-11"),
    r'''<!DOCTYPE html>
<html lang="en-US" class="" data-skin="light">
<head>
<meta charset="UTF-8" />
<link rel="profile" href="https://gmpg.org/xfn/11" />
<title>Ghana Raises Cocoa Farmgate Price by 45 Percent as Smuggling Fears Grow - Accra Ledger</title>
<meta name="description" content="The Cocoa Board said the new price of GH¢49,600 per tonne would take effect immediately." />
<link rel="canonical" href="https://accraledger.com/business/cocoa-farmgate-price-2025/" />
<meta property="og:locale" content="en_US" />
<meta property="og:type" content="article" />
<meta property="og:title" content="Ghana Raises Cocoa Farmgate Price by 45 Percent as Smuggling Fears Grow - Accra Ledger" />
<meta property="og:url" content="https://accraledger.com/business/cocoa-farmgate-price-2025/" />
<meta property="og:site_name" content="Accra Ledger" />
<meta property="article:publisher" content="https://www.facebook.com/accraledger" />
<meta property="article:published_time" content="2025-02-11T09:03:27+00:00" />
<meta property="article:modified_time" content="2025-02-11T15:48:02+00:00" />
<meta name="author" content="Kwame Asante" />
<meta name="twitter:label1" content="Written by" />
<meta name="twitter:data1" content="Kwame Asante" />
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","@id":"https://accraledger.com/business/cocoa-farmgate-price-2025/#article","isPartOf":{"@id":"https://accraledger.com/business/cocoa-farmgate-price-2025/"},"author":{"name":"Kwame Asante","@id":"https://accraledger.com/#/schema/person/0c1d"},"headline":"Ghana Raises Cocoa Farmgate Price by 45 Percent as Smuggling Fears Grow","datePublished":"2025-02-11T09:03:27+00:00","dateModified":"2025-02-11T15:48:02+00:00","publisher":{"@id":"https://accraledger.com/#organization"},"inLanguage":"en-US"},{"@type":"Person","@id":"https://accraledger.com/#/schema/person/0c1d","name":"Kwame Asante","url":"https://accraledger.com/author/kasante/"}]}</script>
<link rel='stylesheet' id='tie-css-base-css' href='https://accraledger.com/wp-content/themes/jannah/assets/css/base.min.css?ver=7.1.0' type='text/css' media='all' />
</head>
<body id="tie-body" class="post-template-default single single-post postid-55120 single-format-standard wrapper-has-shadow block-head-1 magazine1 is-thumb-overlay-disabled is-desktop is-header-layout-3 sidebar-right has-sidebar post-layout-1 narrow-title-narrow-media has-mobile-share hide_share_post_top hide_share_post_bottom">
<div class="background-overlay">
<div id="tie-container" class="site tie-container">
<div id="tie-wrapper">
<header id="theme-header" class="theme-header header-layout-3 main-nav-dark main-nav-default-dark main-nav-below no-stream-item top-nav-active top-nav-light top-nav-default-light top-nav-above has-shadow has-normal-width-logo mobile-header-default">
<nav id="top-nav" class="has-date-breaking-components top-nav header-nav has-breaking-news" aria-label="Secondary Navigation"><div class="container"><div class="topbar-wrapper"><div class="topbar-today-date tie-icon">Tuesday, February 25, 2025</div><div class="tie-alignleft"><div class="breaking controls-is-active"><span class="breaking-title"><span class="tie-icon-bolt breaking-icon" aria-hidden="true"></span><span class="breaking-title-text">Breaking News</span></span><ul id="breaking-news-in-header" class="breaking-news" data-type="reveal"><li class="news-item"><a href="https://accraledger.com/politics/budget-reading-date/">Finance minister sets March date for budget reading</a></li></ul></div></div></div></div></nav>
<div class="container header-container"><div class="tie-row logo-row"><div class="logo-wrapper"><div class="tie-col-md-4 logo-container clearfix"><div id="logo" class="image-logo" ><a title="Accra Ledger" href="https://accraledger.com/"><picture class="tie-logo-default tie-logo-picture"><img class="tie-logo-img-default tie-logo-img" src="https://accraledger.com/wp-content/uploads/2022/06/logo.png" alt="Accra Ledger" width="300" height="49" /></picture></a></div></div></div></div></div>
<div class="main-nav-wrapper"><nav id="main-nav" class="main-nav header-nav" aria-label="Primary Navigation"><div class="container"><div class="main-menu-wrapper"><div id="menu-components-wrap"><div class="main-menu main-menu-wrap tie-alignleft"><div id="main-nav-menu" class="main-menu header-menu"><ul id="menu-main" class="menu"><li class="menu-item"><a href="https://accraledger.com/">Home</a></li><li class="menu-item"><a href="https://accraledger.com/category/business/">Business</a></li><li class="menu-item"><a href="https://accraledger.com/category/politics/">Politics</a></li></ul></div></div></div></div></div></nav></div>
</header>
<div id="content" class="site-content container"><div id="main-content-row" class="tie-row main-content-row">
<div class="main-content tie-col-md-8 tie-col-xs-12" role="main">
<article id="the-post" class="container-wrapper post-content tie-standard">
<header class="entry-header-outer">
<nav id="breadcrumb"><a href="https://accraledger.com/"><span class="tie-icon-home" aria-hidden="true"></span> Home</a><em class="delimiter">/</em><a href="https://accraledger.com/category/business/">Business</a><em class="delimiter">/</em><span class="current">Ghana Raises Cocoa Farmgate Price by 45 Percent as Smuggling Fears Grow</span></nav>
<div class="entry-header">
<span class="post-cat-wrap"><a class="post-cat tie-cat-4" href="https://accraledger.com/category/business/">Business</a></span>
<h1 class="post-title entry-title">Ghana Raises Cocoa Farmgate Price by 45 Percent as Smuggling Fears Grow</h1>
<div id="single-post-meta" class="post-meta clearfix"><span class="author-meta single-author with-avatars"><span class="meta-item meta-author-wrapper meta-author-3"><span class="meta-author-avatar"><a href="https://accraledger.com/author/kasante/"><img alt='Photo of Kwame Asante' src='https://secure.gravatar.com/avatar/3b?s=140&#038;d=mm&#038;r=g' class='avatar avatar-140 photo' height='140' width='140' decoding='async'/></a></span><span class="meta-author"><a href="https://accraledger.com/author/kasante/" class="author-name tie-icon" title="Kwame Asante">Kwame Asante</a></span></span></span><span class="date meta-item tie-icon">2 weeks ago</span><div class="tie-alignright"><span class="meta-comment tie-icon meta-item fa-before">0</span><span class="meta-views meta-item "><span class="tie-icon-fire" aria-hidden="true"></span> 2,418 </span><span class="meta-reading-time meta-item"><span class="tie-icon-bookmark" aria-hidden="true"></span> 2 minutes read</span></div></div>
</div>
</header>
<div class="entry-content entry clearfix">
<p>Ghana has raised the price it guarantees cocoa farmers by 45 percent for the rest of the 2024/25 season, the Ghana Cocoa Board said on Tuesday, as the government tries to stop beans being smuggled into neighbouring countries where prices are higher.</p>
<p>The new farmgate price of GH&cent;49,600 per tonne, or GH&cent;3,100 per 64-kilogramme bag, takes effect immediately, the board said in a statement.</p>
<p>Farmers' groups in the Western North and Ashanti regions had warned for months that the previous price left them earning far less than growers across the border, and district officials have reported a rise in the number of trucks intercepted near border crossings.</p>
<p>&ldquo;This is a good step, but it has come late for many of us who already sold our main-crop beans,&rdquo; said Akosua Mensah, who chairs a cooperative of 340 farmers near Sefwi Wiawso.</p>
<p>Ghana is the world's second-largest cocoa producer after C&ocirc;te d'Ivoire. Output has fallen sharply over the past two seasons because of disease, ageing trees and illegal gold mining on farmland.</p>
</div>
<div class="post-bottom-meta post-bottom-tags post-tags-modern"><div class="post-bottom-meta-title"><span class="tie-icon-tags" aria-hidden="true"></span> Tags</div><span class="tagcloud"><a href="https://accraledger.com/tag/cocobod/" rel="tag">COCOBOD</a> <a href="https://accraledger.com/tag/cocoa/" rel="tag">cocoa</a></span></div>
</article>
<div class="about-author container-wrapper about-author-3"><div class="author-avatar"><a href="https://accraledger.com/author/kasante/"><img alt='Photo of Kwame Asante' src='https://secure.gravatar.com/avatar/3b?s=180' class='avatar avatar-180 photo' height='180' width='180'/></a></div><div class="author-info"><h3 class="author-name"><a href="https://accraledger.com/author/kasante/">Kwame Asante</a></h3><div class="author-bio">Kwame covers agriculture, commodities and the cedi for the Accra Ledger.</div></div></div>
<div id="related-posts" class="container-wrapper has-extra-post"><div class="mag-box-title the-global-title"><h3>Related Articles</h3></div><div class="related-posts-list"><div class="related-item tie-standard"><h3 class="post-title"><a href="https://accraledger.com/business/cedi-january-slide/">Cedi slides 3 percent in January as import demand picks up</a></h3><div class="post-meta clearfix"><span class="date meta-item tie-icon">4 weeks ago</span></div></div></div></div>
</div>
<aside class="sidebar tie-col-md-4 tie-col-xs-12 normal-side is-sticky" aria-label="Primary Sidebar"><div class="theiaStickySidebar"><div id="posts-list-widget-2" class="container-wrapper widget posts-list"><div class="widget-title the-global-title"><div class="the-subtitle">Popular</div></div><div class="widget-posts-list-wrapper"><div class="widget-posts-list-container"><ul class="posts-list-items widget-posts-wrapper"><li class="widget-single-post-item widget-post-list tie-standard"><div class="post-widget-body "><a class="post-title the-subtitle" href="https://accraledger.com/politics/budget-reading-date/">Finance minister sets March date for budget reading</a><div class="post-meta"><span class="date meta-item tie-icon">5 days ago</span></div></div></li></ul></div></div></div></div></aside>
</div></div>
<footer id="footer" class="site-footer dark-skin dark-widgetized-area"><div id="site-info" class="site-info site-info-layout-2"><div class="container"><div class="tie-row"><div class="tie-col-md-12"><div class="copyright-text copyright-text-first">&copy; Copyright 2025, All Rights Reserved &nbsp;|&nbsp; Accra Ledger</div></div></div></div></div></footer>
</div></div></div>
<script type="application/ld+json">{"@context":"http:\/\/schema.org","@type":"NewsArticle","dateCreated":"2025-02-11T09:03:27+00:00","datePublished":"2025-02-11T09:03:27+00:00","dateModified":"2025-02-11T15:48:02+00:00","headline":"Ghana Raises Cocoa Farmgate Price by 45 Percent as Smuggling Fears Grow","name":"Ghana Raises Cocoa Farmgate Price by 45 Percent as Smuggling Fears Grow","keywords":"cocoa,COCOBOD","url":"https:\/\/accraledger.com\/business\/cocoa-farmgate-price-2025\/","description":"Ghana has raised the price it guarantees cocoa farmers by 45 percent for the rest of the 2024\/25 season, the Ghana Cocoa Board said on Tuesday","copyrightYear":"2025","articleSection":"Business","articleBody":"Ghana has raised the price it guarantees cocoa farmers by 45 percent for the rest of the 2024\/25 season...","publisher":{"@id":"#Publisher","@type":"Organization","name":"Accra Ledger","logo":{"@type":"ImageObject","url":"https:\/\/accraledger.com\/wp-content\/uploads\/2022\/06\/logo.png"}},"sourceOrganization":{"@id":"#Publisher"},"copyrightHolder":{"@id":"#Publisher"},"mainEntityOfPage":{"@type":"WebPage","@id":"https:\/\/accraledger.com\/business\/cocoa-farmgate-price-2025\/"},"author":{"@type":"Person","name":"Kwame Asante","url":"https:\/\/accraledger.com\/author\/kasante\/"}}</script>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 06 Divi: "by X | Jan 7, 2025 | Category" post-meta, no JSON-LD, no meta dates.
# ---------------------------------------------------------------------------
add("divi_postmeta_garden", "WordPress/Divi",
    "https://fairbrothergardens.co/blog/winter-pruning-roses/",
    T("Winter Pruning Roses: A Step-by-Step Guide for Zone 6", ["Leona Fairbrother"], "2025-01-07"),
    r'''<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<link rel="pingback" href="https://fairbrothergardens.co/xmlrpc.php" />
<title>Winter Pruning Roses: A Step-by-Step Guide for Zone 6 | Fairbrother Gardens</title>
<meta name='robots' content='max-image-preview:large' />
<link rel='stylesheet' id='divi-style-css' href='https://fairbrothergardens.co/wp-content/themes/Divi/style.min.css?ver=4.24.2' type='text/css' media='all' />
<meta name="generator" content="WordPress 6.6.1" />
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=0" />
</head>
<body class="post-template-default single single-post postid-1402 single-format-standard et_pb_button_helper_class et_fixed_nav et_show_nav et_primary_nav_dropdown_animation_fade et_secondary_nav_dropdown_animation_fade et_header_style_left et_pb_footer_columns4 et_cover_background et_pb_gutter et_pb_gutters3 et_right_sidebar et_divi_theme et-db">
<div id="page-container">
<header id="main-header" data-height-onload="66"><div class="container clearfix et_menu_container"><div class="logo_container"><span class="logo_helper"></span><a href="https://fairbrothergardens.co/"><img src="https://fairbrothergardens.co/wp-content/uploads/2021/03/fg-logo.png" width="240" height="80" alt="Fairbrother Gardens" id="logo" data-height-percentage="54" /></a></div>
<div id="et-top-navigation" data-height="66" data-fixed-height="40"><nav id="top-menu-nav"><ul id="top-menu" class="nav"><li class="menu-item"><a href="https://fairbrothergardens.co/services/">Services</a></li><li class="menu-item"><a href="https://fairbrothergardens.co/blog/">Blog</a></li><li class="menu-item"><a href="https://fairbrothergardens.co/contact/">Contact</a></li></ul></nav></div></div></header>
<div id="et-main-area">
<div id="main-content"><div class="container"><div id="content-area" class="clearfix"><div id="left-area">
<article id="post-1402" class="et_pb_post post-1402 post type-post status-publish format-standard has-post-thumbnail hentry category-garden-design">
<div class="et_post_meta_wrapper">
<h1 class="entry-title">Winter Pruning Roses: A Step-by-Step Guide for Zone 6</h1>
<p class="post-meta"> by <span class="author vcard"><a href="https://fairbrothergardens.co/author/leona/" title="Posts by Leona Fairbrother" rel="author">Leona Fairbrother</a></span> | <span class="published">Jan 7, 2025</span> | <a href="https://fairbrothergardens.co/category/garden-design/" rel="category tag">Garden Design</a> | <span class="comments-number"><a href="https://fairbrothergardens.co/blog/winter-pruning-roses/#respond">0 comments</a></span></p>
<img src="https://fairbrothergardens.co/wp-content/uploads/2025/01/pruning-roses-1080x675.jpg" alt="" class="" width="1080" height="675" />
</div>
<div class="entry-content">
<p>Most of our clients prune their roses too early. A warm week in January tempts everyone outside with the secateurs, and then a hard February freeze kills back every fresh cut. In Zone 6, the right moment is usually when the forsythia starts to bloom, which here in the Lehigh Valley lands somewhere in the second half of March.</p>
<p>That said, there is plenty you can do in winter. Clearing away diseased leaves, cutting out dead canes and tying in climbers before the spring winds arrive all make the main pruning job faster and safer for the plant.</p>
<h2>What you will need</h2>
<p>Sharp bypass pruners, a pair of loppers for canes thicker than a pencil, thick gloves and a bucket of diluted bleach or rubbing alcohol to wipe your blades between plants. Blunt anvil pruners crush the stem and invite canker.</p>
<h2>Step one: remove the three Ds</h2>
<p>Start with anything dead, damaged or diseased. Dead canes are brown or black all the way through; cut them right back to the crown. Damaged canes should be cut to a quarter inch above an outward-facing bud below the damage.</p>
<p>Next month we will cover hard pruning for hybrid teas and the gentler approach shrub and English roses prefer.</p>
</div>
<div class="et_post_meta_wrapper"><section id="comment-wrap"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title"><span>Submit a Comment</span></h3></div></section></div>
</article>
</div>
<div id="sidebar"><div id="recent-posts-2" class="et_pb_widget widget_recent_entries"><h4 class="widgettitle">Recent Posts</h4><ul><li><a href="https://fairbrothergardens.co/blog/native-hedges/">Native Hedges That Beat Boxwood Blight</a></li><li><a href="https://fairbrothergardens.co/blog/fall-bulb-planting/">Fall Bulb Planting, Done Right</a></li></ul></div></div>
</div></div></div>
<footer id="main-footer"><div id="footer-bottom"><div class="container clearfix"><div id="footer-info">Designed by <a href="https://www.elegantthemes.com" title="Premium WordPress Themes">Elegant Themes</a> | Powered by <a href="https://www.wordpress.org">WordPress</a></div></div></div></footer>
</div>
</div>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 07 Genesis framework microdata; byline carries a credential ("RD").
# ---------------------------------------------------------------------------
add("genesis_microdata_rd", "WordPress/Genesis (microdata)",
    "https://plateandpulse.com/fiber-gap-explained/",
    T("The Fiber Gap: Why Most Adults Eat Half of What They Need", ["Hannah Okafor"], "2022-10-10"),
    r'''<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>The Fiber Gap: Why Most Adults Eat Half of What They Need</title>
<meta name="description" content="Fewer than one in ten adults reach the recommended fiber intake. A dietitian explains the easy swaps." />
<link rel="canonical" href="https://plateandpulse.com/fiber-gap-explained/" />
<link rel='stylesheet' id='genesis-sample-css' href='https://plateandpulse.com/wp-content/themes/genesis-sample/style.css?ver=3.4.1' type='text/css' media='all' />
</head>
<body class="post-template-default single single-post postid-902 single-format-standard wp-embed-responsive header-full-width content-sidebar genesis-breadcrumbs-hidden genesis-footer-widgets-hidden" itemscope itemtype="https://schema.org/WebPage">
<div class="site-container">
<ul class="genesis-skip-link"><li><a href="#genesis-content" class="screen-reader-shortcut"> Skip to main content</a></li></ul>
<header class="site-header" itemscope itemtype="https://schema.org/WPHeader"><div class="wrap"><div class="title-area"><p class="site-title" itemprop="headline"><a href="https://plateandpulse.com/">Plate &amp; Pulse</a></p><p class="site-description" itemprop="description">Evidence-based nutrition, minus the hype</p></div>
<nav class="nav-primary" aria-label="Main" itemscope itemtype="https://schema.org/SiteNavigationElement"><div class="wrap"><ul id="menu-header-menu" class="menu genesis-nav-menu menu-primary"><li class="menu-item"><a href="https://plateandpulse.com/recipes/" itemprop="url"><span itemprop="name">Recipes</span></a></li><li class="menu-item"><a href="https://plateandpulse.com/nutrition/" itemprop="url"><span itemprop="name">Nutrition</span></a></li></ul></div></nav></div></header>
<div class="site-inner"><div class="content-sidebar-wrap"><main class="content" id="genesis-content">
<article class="post-902 post type-post status-publish format-standard category-nutrition entry" aria-label="The Fiber Gap: Why Most Adults Eat Half of What They Need" itemscope itemtype="https://schema.org/CreativeWork">
<header class="entry-header"><h1 class="entry-title" itemprop="headline">The Fiber Gap: Why Most Adults Eat Half of What They Need</h1>
<p class="entry-meta"><time class="entry-time" itemprop="datePublished" datetime="2022-10-10T06:30:00-04:00">October 10, 2022</time> by <span class="entry-author" itemprop="author" itemscope itemtype="https://schema.org/Person"><a href="https://plateandpulse.com/author/hannah/" class="entry-author-link" rel="author" itemprop="url"><span class="entry-author-name" itemprop="name">Hannah Okafor, RD</span></a></span> <span class="entry-comments-link"><a href="https://plateandpulse.com/fiber-gap-explained/#comments">4 Comments</a></span> </p></header>
<div class="entry-content" itemprop="text">
<p>If there is one nutrient almost everyone could use more of, it is fiber. Adults are advised to eat between 25 and 38 grams a day, depending on age and sex. Surveys consistently find that the average adult eats around 15.</p>
<p>That gap matters. Higher fiber intake is linked with lower rates of heart disease, type 2 diabetes and colorectal cancer, and it is one of the most reliable ways to feel full on fewer calories.</p>
<h2 class="wp-block-heading">Where the fiber went</h2>
<p>Most of the fiber in a plant lives in its skin, seeds and bran, which are exactly the parts that processing removes. White bread, white rice and juice all started out as fiber-rich foods.</p>
<h2 class="wp-block-heading">Three easy swaps</h2>
<p>Swap half the white rice in a recipe for lentils. Keep a bag of frozen raspberries for breakfast; a cup has eight grams. And eat your potatoes with the skins on.</p>
<p>Increase slowly, over two or three weeks, and drink more water as you go. Your gut bacteria need time to adjust.</p>
</div>
<footer class="entry-footer"><p class="entry-meta"><span class="entry-categories">Filed Under: <a href="https://plateandpulse.com/category/nutrition/" rel="category tag">Nutrition</a></span></p></footer>
</article>
<h2 class="screen-reader-text">Reader Interactions</h2>
<div class="entry-comments" id="comments"><h3>Comments</h3><ol class="comment-list"><li class="comment even thread-even depth-1" id="comment-77"><article id="article-comment-77" itemprop="comment" itemscope itemtype="https://schema.org/Comment"><header class="comment-header"><p class="comment-author" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="comment-author-name" itemprop="name">Gloria</span> <span class="says">says</span></p><p class="comment-meta"><time class="comment-time" datetime="2022-10-11T14:03:00-04:00" itemprop="datePublished"><a class="comment-time-link" href="#comment-77" itemprop="url">October 11, 2022 at 2:03 pm</a></time></p></header><div class="comment-content" itemprop="text"><p>The raspberry tip is great, thank you!</p></div></article></li></ol></div>
</main>
<aside class="sidebar sidebar-primary widget-area" role="complementary" aria-label="Primary Sidebar" itemscope itemtype="https://schema.org/WPSideBar"><section id="text-2" class="widget widget_text"><div class="widget-wrap"><h3 class="widgettitle widget-title">About Hannah</h3><div class="textwidget"><p>Hannah Okafor is a registered dietitian in Columbus, Ohio.</p></div></div></section></aside>
</div></div>
<footer class="site-footer" itemscope itemtype="https://schema.org/WPFooter"><div class="wrap"><p>Copyright &#x000A9;&nbsp;2025 &middot; Plate &amp; Pulse &middot; <a href="https://wordpress.org/">WordPress</a> &middot; <a rel="nofollow" href="https://plateandpulse.com/wp-login.php">Log in</a></p></div></footer>
</div>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 08 Twenty Twenty-One + older Yoast: Article.author is an @id reference only;
#    the byline sits in the entry footer below the text.
# ---------------------------------------------------------------------------
add("tt1_yoast_idref", "WordPress/Twenty Twenty-One+Yoast (id-only author)",
    "https://brandtonbikes.net/2021/06/22/gravel-tire-pressure/",
    T("Gravel Tire Pressure: A Field Test With a Cheap Gauge", ["Ellis Brandt"], "2021-06-22"),
    r'''<!doctype html>
<html lang="en-US" >
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>Gravel Tire Pressure: A Field Test With a Cheap Gauge - Brandt on Bikes</title>
<meta name="robots" content="index, follow, max-snippet:-1, max-image-preview:large, max-video-preview:-1" />
<link rel="canonical" href="https://brandtonbikes.net/2021/06/22/gravel-tire-pressure/" />
<meta property="og:locale" content="en_US" />
<meta property="og:type" content="article" />
<meta property="og:title" content="Gravel Tire Pressure: A Field Test With a Cheap Gauge - Brandt on Bikes" />
<meta property="og:url" content="https://brandtonbikes.net/2021/06/22/gravel-tire-pressure/" />
<meta property="og:site_name" content="Brandt on Bikes" />
<meta property="article:published_time" content="2021-06-22T15:04:51+00:00" />
<meta name="twitter:card" content="summary_large_image" />
<meta name="twitter:label1" content="Written by">
<meta name="twitter:data1" content="Ellis Brandt">
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","@id":"https://brandtonbikes.net/#website","url":"https://brandtonbikes.net/","name":"Brandt on Bikes","description":"Riding, wrenching, rambling","inLanguage":"en-US"},{"@type":"WebPage","@id":"https://brandtonbikes.net/2021/06/22/gravel-tire-pressure/#webpage","url":"https://brandtonbikes.net/2021/06/22/gravel-tire-pressure/","name":"Gravel Tire Pressure: A Field Test With a Cheap Gauge - Brandt on Bikes","isPartOf":{"@id":"https://brandtonbikes.net/#website"},"datePublished":"2021-06-22T15:04:51+00:00","dateModified":"2021-06-22T15:04:51+00:00","author":{"@id":"https://brandtonbikes.net/#/schema/person/9a8b7c6d5e4f"},"inLanguage":"en-US"},{"@type":"Person","@id":"https://brandtonbikes.net/#/schema/person/9a8b7c6d5e4f","name":"Ellis Brandt","image":{"@type":"ImageObject","@id":"https://brandtonbikes.net/#personlogo","inLanguage":"en-US","url":"https://secure.gravatar.com/avatar/e1?s=96&d=mm&r=g","caption":"Ellis Brandt"}}]}</script>
<link rel='stylesheet' id='twenty-twenty-one-style-css' href='https://brandtonbikes.net/wp-content/themes/twentytwentyone/style.css?ver=1.3' media='all' />
</head>
<body class="post-template-default single single-post postid-233 single-format-standard wp-embed-responsive is-light-theme no-js singular has-main-navigation">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header has-title-and-tagline has-menu" role="banner">
<div class="site-branding"><p class="site-title"><a href="https://brandtonbikes.net/">Brandt on Bikes</a></p><p class="site-description">Riding, wrenching, rambling</p></div>
<nav id="site-navigation" class="primary-navigation" role="navigation" aria-label="Primary menu"><div class="primary-menu-container"><ul id="primary-menu-list" class="menu-wrapper"><li class="menu-item"><a href="https://brandtonbikes.net/">Home</a></li><li class="menu-item"><a href="https://brandtonbikes.net/about/">About</a></li></ul></div></nav>
</header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main" role="main">
<article id="post-233" class="post-233 post type-post status-publish format-standard hentry category-gear entry">
<header class="entry-header alignwide"><h1 class="entry-title">Gravel Tire Pressure: A Field Test With a Cheap Gauge</h1></header>
<div class="entry-content">
<p>I have been running my 45mm gravel tires at whatever felt right when I squeezed them, which, it turns out, was about 38 psi. That is far too hard for the chunky fire roads around here, and a $12 digital gauge proved it.</p>
<p>Over three weekends I rode the same 14-mile loop at 38, 32, 28 and 24 psi, timing the two gravel climbs and the long washboard descent. Tubeless, same bike, same coffee beforehand.</p>
<p>The surprise was the climbs. At 28 psi I was about 40 seconds faster on the steeper one, mostly because the rear tire stopped skipping on loose rock. On the washboard, lower was more comfortable all the way down, but at 24 psi I burped the rear tire on a water bar and that was the end of that experiment.</p>
<p>My takeaway: buy a gauge, start lower than you think, and go down two psi at a time until something feels vague in the corners. Then add two back.</p>
</div>
<footer class="entry-footer default-max-width"><div class="posted-by"><span class="posted-on">Published <time class="entry-date published updated" datetime="2021-06-22T15:04:51+00:00">June 22, 2021</time></span><span class="byline">By <a href="https://brandtonbikes.net/author/ellis/" rel="author">Ellis Brandt</a></span></div><div class="post-taxonomies"><span class="cat-links">Categorized as <a href="https://brandtonbikes.net/category/gear/" rel="category tag">Gear</a></span></div></footer>
</article>
<nav class="navigation post-navigation" role="navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links"><div class="nav-previous"><a href="https://brandtonbikes.net/2021/05/30/chain-wax/" rel="prev"><p class="meta-nav">Previous post</p><p class="post-title">Hot Waxing a Chain, Six Months In</p></a></div></div></nav>
</main></div></div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-info"><div class="site-name"><a href="https://brandtonbikes.net/">Brandt on Bikes</a></div><div class="powered-by">Proudly powered by <a href="https://wordpress.org/">WordPress</a>.</div></div></footer>
</div>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 09 Arc XP (Washington Post-like). Two authors. 22:30 EST local = 03:30Z next day;
#    JSON-LD and article:published_time are UTC.
# ---------------------------------------------------------------------------
add("arcxp_wapo_late", "Arc XP (Fusion)",
    "https://www.capitolsentinel.com/politics/2025/02/17/senate-budget-deal-stopgap/",
    T("Senate leaders reach late-night deal to avert shutdown, send stopgap to House", ["Naomi Hartwell", "Julian Pérez"], "2025-02-17"),
    r'''<!DOCTYPE html><html lang="en"><head><meta charSet="UTF-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>Senate leaders reach late-night deal to avert shutdown, send stopgap to House - The Capitol Sentinel</title>
<link rel="canonical" href="https://www.capitolsentinel.com/politics/2025/02/17/senate-budget-deal-stopgap/"/>
<meta name="description" content="The agreement would fund the government through March 28 and includes disaster aid for Western wildfires."/>
<meta property="og:title" content="Senate leaders reach late-night deal to avert shutdown, send stopgap to House"/>
<meta property="og:type" content="article"/>
<meta property="og:site_name" content="The Capitol Sentinel"/>
<meta property="article:published_time" content="2025-02-18T03:30:12.345Z"/>
<meta property="article:modified_time" content="2025-02-18T05:02:40.118Z"/>
<meta property="article:section" content="Politics"/>
<meta name="twitter:title" content="Senate leaders reach late-night deal to avert shutdown, send stopgap to House"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Senate leaders reach late-night deal to avert shutdown, send stopgap to House","description":"The agreement would fund the government through March 28 and includes disaster aid for Western wildfires.","url":"https://www.capitolsentinel.com/politics/2025/02/17/senate-budget-deal-stopgap/","datePublished":"2025-02-18T03:30:12.345Z","dateModified":"2025-02-18T05:02:40.118Z","isAccessibleForFree":false,"hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,"cssSelector":".paywall"},"author":[{"@type":"Person","name":"Naomi Hartwell","url":"https://www.capitolsentinel.com/people/naomi-hartwell/"},{"@type":"Person","name":"Julian Pérez","url":"https://www.capitolsentinel.com/people/julian-perez/"}],"publisher":{"@type":"NewsMediaOrganization","name":"The Capitol Sentinel","logo":{"@type":"ImageObject","url":"https://www.capitolsentinel.com/logo.png"}},"isPartOf":{"@type":["CreativeWork","Product"],"name":"The Capitol Sentinel","productID":"capitolsentinel.com:basic"}}</script>
</head><body><div id="fusion-app" class="layout"><div class="grid-layout">
<header class="dn-ns" data-qa="site-header"><nav aria-label="sections"><a href="/" data-qa="sc-logo">The Capitol Sentinel</a><ul><li><a href="/politics/">Politics</a></li><li><a href="/world/">World</a></li><li><a href="/business/">Business</a></li><li><a href="/opinions/">Opinions</a></li></ul><a data-qa="sc-sign-in" href="/subscribe/">Subscribe</a></nav></header>
<main data-qa="main"><article class="grid-center" data-qa="main-content">
<div class="hide-for-print" data-qa="headline-kicker"><a href="/politics/" data-qa="kicker">Politics</a></div>
<h1 data-qa="headline" id="main-content" class="wpds-c-iiQaMf wpds-c-iiQaMf-igUpeQe-css"><span data-qa="headline-text">Senate leaders reach late-night deal to avert shutdown, send stopgap to House</span></h1>
<h2 data-qa="subheadline" class="wpds-c-fyTgRJ">The agreement would fund the government through March 28 and includes disaster aid for Western wildfires</h2>
<div class="wpds-c-dkVUBb" data-qa="article-meta"><div data-qa="author-byline" class="wpds-c-cNdzuP"><span class="wpds-c-eTtlPa">By</span> <span data-qa="author-name" class="wpds-c-btEBqB"><a data-qa="author-name" href="https://www.capitolsentinel.com/people/naomi-hartwell/" rel="author" class="wpds-c-knSWeD">Naomi Hartwell</a></span> and <span data-qa="author-name" class="wpds-c-btEBqB"><a data-qa="author-name" href="https://www.capitolsentinel.com/people/julian-perez/" rel="author" class="wpds-c-knSWeD">Julian Pérez</a></span></div>
<div class="wpds-c-iKQyrV" data-qa="timestamp"><span data-testid="display-date" class="wpds-c-iKQyrV">February 17, 2025 at 10:30 p.m. EST</span></div></div>
<div class="meteredContent grid-center paywall"><div class="article-body grid-center grid-body" data-qa="article-body">
<p data-el="text" class="wpds-c-cYdRxM">Senate leaders reached an agreement late Monday to keep the government funded through March 28, clearing the way for a vote Tuesday on a stopgap bill that would also send about $9 billion in disaster aid to states hit by last summer's wildfires.</p>
<p data-el="text" class="wpds-c-cYdRxM">The deal, announced on the Senate floor shortly after 10 p.m., came after a weekend of negotiations between the chamber's two top leaders and a group of Western-state senators who had threatened to block any bill that did not include wildfire money.</p>
<p data-el="text" class="wpds-c-cYdRxM">&ldquo;Nobody got everything they wanted, which is usually how you know it's a real agreement,&rdquo; one senior Senate aide said, speaking on the condition of anonymity to describe private talks.</p>
<p data-el="text" class="wpds-c-cYdRxM">The House is expected to take up the measure later in the week. Several members of the House Freedom Caucus said Monday they would oppose any stopgap that did not include spending cuts, and the speaker will likely need Democratic votes to pass it.</p>
<p data-el="text" class="wpds-c-cYdRxM">Funding for most federal agencies expires at 12:01 a.m. Saturday.</p>
</div></div>
<div data-qa="article-footer"><div class="bio-container" data-qa="author-bio"><p><a href="https://www.capitolsentinel.com/people/naomi-hartwell/">Naomi Hartwell</a> covers Congress for The Capitol Sentinel. <a href="https://www.capitolsentinel.com/people/julian-perez/">Julian Pérez</a> is a congressional reporter.</p></div></div>
</article>
<aside data-qa="right-rail"><div data-qa="most-read"><h2>Most Read Politics</h2><ol><li><a href="/politics/2025/02/16/governors-medicaid-letter/">Governors press Congress on Medicaid changes</a></li><li><a href="/politics/2025/02/15/supreme-court-tariff-case/">Supreme Court agrees to hear tariff case</a></li></ol></div></aside>
</main>
<footer data-qa="site-footer"><p>&copy; 1996-2025 The Capitol Sentinel</p></footer>
</div></div></body></html>''')


# ---------------------------------------------------------------------------
# 10 WordPress VIP (TechCrunch-like): Parse.ly + Yoast; time shown with PDT.
# ---------------------------------------------------------------------------
add("wpvip_parsely_tech", "WordPress VIP (Parse.ly+Yoast)",
    "https://www.circuitbeat.com/2024/09/12/ledgerloop-series-b/",
    T("LedgerLoop raises $42M to automate month-end close for mid-size companies", ["Imani Castellano"], "2024-09-12"),
    r'''<!doctype html>
<html lang="en-US">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>LedgerLoop raises $42M to automate month-end close for mid-size companies | CircuitBeat</title>
<meta name="description" content="The Austin-based startup says its software cuts the typical close from nine days to three." />
<link rel="canonical" href="https://www.circuitbeat.com/2024/09/12/ledgerloop-series-b/" />
<meta property="og:type" content="article" />
<meta property="og:title" content="LedgerLoop raises $42M to automate month-end close for mid-size companies | CircuitBeat" />
<meta property="og:site_name" content="CircuitBeat" />
<meta property="article:published_time" content="2024-09-12T23:05:44+00:00" />
<meta property="article:modified_time" content="2024-09-13T01:17:09+00:00" />
<meta name="author" content="Imani Castellano" />
<meta name="parsely-title" content="LedgerLoop raises $42M to automate month-end close for mid-size companies" />
<meta name="parsely-link" content="https://www.circuitbeat.com/2024/09/12/ledgerloop-series-b/" />
<meta name="parsely-type" content="post" />
<meta name="parsely-image-url" content="https://www.circuitbeat.com/wp-content/uploads/2024/09/ledgerloop.jpg" />
<meta name="parsely-pub-date" content="2024-09-12T23:05:44Z" />
<meta name="parsely-section" content="Fintech" />
<meta name="parsely-tags" content="Fundraising,Fintech,startups" />
<meta name="parsely-author" content="Imani Castellano" />
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","@id":"https://www.circuitbeat.com/2024/09/12/ledgerloop-series-b/#article","isPartOf":{"@id":"https://www.circuitbeat.com/2024/09/12/ledgerloop-series-b/"},"author":[{"@id":"https://www.circuitbeat.com/#/schema/person/f00d"}],"headline":"LedgerLoop raises $42M to automate month-end close for mid-size companies","datePublished":"2024-09-12T23:05:44+00:00","dateModified":"2024-09-13T01:17:09+00:00","publisher":{"@id":"https://www.circuitbeat.com/#organization"},"articleSection":["Fintech","Fundraising"],"inLanguage":"en-US"},{"@type":"Person","@id":"https://www.circuitbeat.com/#/schema/person/f00d","name":"Imani Castellano","url":"https://www.circuitbeat.com/author/imani-castellano/"}]}</script>
</head>
<body class="post-template-default single single-post postid-2849001 single-format-standard">
<div class="wp-site-blocks">
<header class="wp-block-template-part site-header"><div class="wp-block-group"><a class="site-logo" href="https://www.circuitbeat.com/">CircuitBeat</a><nav class="wp-block-navigation"><ul class="wp-block-navigation__container"><li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="/category/startups/">Startups</a></li><li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="/category/fintech/">Fintech</a></li><li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="/events/">Events</a></li></ul></nav></div></header>
<main class="wp-block-group template-content">
<div class="article-hero article-hero--image-and-text">
<div class="article-hero__content">
<div class="article-hero__category"><a class="is-taxonomy-category wp-block-tenup-post-primary-term" href="https://www.circuitbeat.com/category/fintech/">Fintech</a></div>
<h1 class="article-hero__title wp-block-post-title">LedgerLoop raises $42M to automate month-end close for mid-size companies</h1>
<div class="article-hero__authors"><div class="wp-block-tc23-author-card-name"><a class="wp-block-tc23-author-card-name__link" href="https://www.circuitbeat.com/author/imani-castellano/">Imani Castellano</a></div></div>
<div class="article-hero__date"><div class="wp-block-post-date"><time datetime="2024-09-12T16:05:44-07:00">4:05 PM PDT &middot; September 12, 2024</time></div></div>
</div>
<figure class="article-hero__image"><img src="https://www.circuitbeat.com/wp-content/uploads/2024/09/ledgerloop.jpg?w=1024" alt="LedgerLoop co-founders" /><figcaption>Image Credits: LedgerLoop</figcaption></figure>
</div>
<div class="entry-content wp-block-post-content is-layout-constrained">
<p id="speakable-summary" class="wp-block-paragraph">LedgerLoop, a startup that automates the tedious reconciliation work accountants do at the end of each month, has raised $42 million in a Series B round led by Harrow Peak Ventures.</p>
<p class="wp-block-paragraph">The Austin-based company says its software, which connects to a customer's bank feeds, payroll provider and ERP, cuts the typical month-end close at a mid-size business from nine working days to three. It charges by the number of entities a customer consolidates.</p>
<p class="wp-block-paragraph">&ldquo;Every controller we talk to has a spreadsheet that only one person understands,&rdquo; co-founder and CEO Dana Whitcombe told CircuitBeat. &ldquo;We are trying to retire that spreadsheet.&rdquo;</p>
<p class="wp-block-paragraph">The company has about 310 customers and 85 employees, and plans to use the new money to build out support for multi-currency consolidation, a top request from customers with subsidiaries in Europe and Latin America.</p>
<p class="wp-block-paragraph">Existing investors Fieldstone Capital and Oriel Partners also participated. LedgerLoop has now raised $61 million in total.</p>
</div>
<div class="wp-block-tc23-more-from"><h2>More from Fintech</h2><ul><li><a href="/2024/09/11/payroll-api/">Payroll API startup Remitly Labs lands seed round</a> <span class="byline">Marcus Oyelaran</span> <time datetime="2024-09-11T10:00:00-07:00">Sep 11, 2024</time></li></ul></div>
</main>
<footer class="wp-block-template-part site-footer"><p>&copy; 2024 CircuitBeat Media. All rights reserved.</p></footer>
</div>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 11 Brightspot (public radio-like): two authors, "Published ... CST".
# ---------------------------------------------------------------------------
add("brightspot_pubradio", "Brightspot",
    "https://www.kxrbpublicradio.org/news/2025-03-03/prairie-hospital-closure",
    T("Rural hospital in Haskell County to close its emergency room this spring", ["Oren Falk", "Mia Tran"], "2025-03-03"),
    r'''<!DOCTYPE html>
<html class="ArticlePage" lang="en">
<head>
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Rural hospital in Haskell County to close its emergency room this spring | KXRB Public Radio</title>
<meta property="og:title" content="Rural hospital in Haskell County to close its emergency room this spring">
<meta property="og:url" content="https://www.kxrbpublicradio.org/news/2025-03-03/prairie-hospital-closure">
<meta property="og:type" content="article">
<meta property="og:site_name" content="KXRB Public Radio">
<meta property="article:published_time" content="2025-03-03T12:15:00">
<meta property="article:modified_time" content="2025-03-03T17:40:00">
<meta property="article:section" content="Health">
<meta name="brightspot.contentId" content="0000018f-2c1d-d4a1-a9ff-6d5f3e1b0000">
<meta name="brightspot-dataLayer" content="{&quot;author&quot;:&quot;Oren Falk, Mia Tran&quot;,&quot;pageContentType&quot;:&quot;news-story&quot;,&quot;publishedDate&quot;:&quot;2025-03-03&quot;}">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","author":[{"@type":"Person","name":"Oren Falk","url":"https://www.kxrbpublicradio.org/people/oren-falk"},{"@type":"Person","name":"Mia Tran","url":"https://www.kxrbpublicradio.org/people/mia-tran"}],"dateModified":"2025-03-03T11:40:00-06:00","datePublished":"2025-03-03T06:15:00-06:00","headline":"Rural hospital in Haskell County to close its emergency room this spring","mainEntityOfPage":{"@type":"WebPage","@id":"https://www.kxrbpublicradio.org/news/2025-03-03/prairie-hospital-closure"},"publisher":{"@type":"Organization","name":"KXRB Public Radio"}}</script>
</head>
<body class="Page-body">
<header class="Page-header"><div class="Page-header-bar"><a class="Page-header-logo" href="https://www.kxrbpublicradio.org" aria-label="home page"><img class="PageLogo-image" src="https://www.kxrbpublicradio.org/logo.svg" alt="KXRB Public Radio"></a><nav class="NavigationItem"><a href="/news">News</a><a href="/schedule">Schedule</a><a class="Page-header-donate" href="/donate">Donate</a></nav></div><div class="PlayerNowPlaying"><span class="NowPlaying-title">All Things Considered</span></div></header>
<main class="Page-main">
<div class="ArticlePage-breadcrumbs"><a class="ArticlePage-breadcrumbs-link" href="/health">Health</a></div>
<div class="ArticlePage-headline"><h1 class="headline">Rural hospital in Haskell County to close its emergency room this spring</h1></div>
<div class="ArticlePage-byline"><div class="ArticlePage-authors"><div class="ArticlePage-authorInfo"><div class="ArticlePage-authorName"><span class="ArticlePage-authorBy">By</span> <a class="Link" href="https://www.kxrbpublicradio.org/people/oren-falk">Oren Falk</a>,</div></div><div class="ArticlePage-authorInfo"><div class="ArticlePage-authorName"><a class="Link" href="https://www.kxrbpublicradio.org/people/mia-tran">Mia Tran</a></div></div></div>
<div class="ArticlePage-datePublished-wrap"><div class="ArticlePage-datePublished">Published March 3, 2025 at 6:15 AM CST</div></div></div>
<div class="ArticlePage-lead"><figure class="Figure"><img class="Image" alt="Haskell County Memorial Hospital" src="https://www.kxrbpublicradio.org/img/haskell.jpg"><div class="Figure-credit">Oren Falk / KXRB</div></figure></div>
<div class="ArticlePage-articleBody"><div class="RichTextArticleBody RichTextBody">
<p>The only hospital in Haskell County will stop offering emergency care on May 1, its board announced Friday, leaving residents of the county's western half more than an hour's drive from the nearest emergency room.</p>
<p>Haskell County Memorial will convert to a "rural emergency hospital" under a federal designation that pays facilities to keep basic outpatient services but requires them to end inpatient care. The board said the hospital lost $2.3 million last year.</p>
<p>"We have been running this place on fumes for five years," board chair Lorna Gibbs said. "This keeps the doors open. The alternative was closing the doors."</p>
<p>County commissioners said they would ask the state to help fund a second ambulance crew. The county's single crew already averages 70 minutes per transport to the regional trauma center in Wichita Falls.</p>
</div></div>
<div class="ArticlePage-tags"><a class="ArticlePage-tags-link" href="/tags/rural-health">Rural health</a></div>
<div class="ArticlePage-authorBio"><div class="AuthorBiography"><a href="https://www.kxrbpublicradio.org/people/oren-falk">Oren Falk</a> is KXRB's health reporter.</div><div class="AuthorBiography"><a href="https://www.kxrbpublicradio.org/people/mia-tran">Mia Tran</a> is a reporter and weekend host.</div></div>
</main>
<footer class="Page-footer"><p>&copy; 2025 KXRB Public Radio</p></footer>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 12 Chorus (Vox Media-like).
# ---------------------------------------------------------------------------
add("chorus_vox_explainer", "Chorus (Vox Media)",
    "https://www.pivotline.com/2021/6/11/22527461/heat-dome-explained-pacific-northwest",
    T("What a heat dome is, and why the Pacific Northwest is bracing for one", ["Sadie Lindqvist"], "2021-06-11"),
    r'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Heat dome explained: what the Pacific Northwest should expect - Pivotline</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:title" content="What a heat dome is, and why the Pacific Northwest is bracing for one">
<meta property="og:site_name" content="Pivotline">
<meta property="og:type" content="article">
<meta property="article:published_time" content="2021-06-11T07:00:00-04:00">
<meta property="article:modified_time" content="2021-06-11T07:00:00-04:00">
<meta name="author" content="Sadie Lindqvist">
<meta name="parsely-author" content="Sadie Lindqvist">
<meta name="parsely-pub-date" content="2021-06-11T11:00:00Z">
<script type="application/ld+json">[{"@context":"http://schema.org","@type":"NewsArticle","mainEntityOfPage":"https://www.pivotline.com/2021/6/11/22527461/heat-dome-explained-pacific-northwest","url":"https://www.pivotline.com/2021/6/11/22527461/heat-dome-explained-pacific-northwest","headline":"What a heat dome is, and why the Pacific Northwest is bracing for one","description":"A stalled ridge of high pressure could push Portland and Seattle past 100 degrees.","speakable":{"@type":"SpeakableSpecification","xpath":["/html/head/title","/html/head/meta[@name='description']/@content"]},"datePublished":"2021-06-11T07:00:00-04:00","dateModified":"2021-06-11T07:00:00-04:00","author":[{"@type":"Person","name":"Sadie Lindqvist","url":"https://www.pivotline.com/authors/sadie-lindqvist"}],"publisher":{"@type":"Organization","name":"Pivotline","logo":{"@type":"ImageObject","url":"https://cdn.pivotline.com/logo.png","width":250,"height":50}}}]</script>
</head>
<body class="entry-template">
<header class="c-global-header"><div class="c-global-header__logo"><a href="https://www.pivotline.com/">Pivotline</a></div><nav class="c-global-header__nav"><ul><li><a href="/explainers">Explainers</a></li><li><a href="/climate">Climate</a></li><li><a href="/politics">Politics</a></li></ul></nav></header>
<main id="content" class="l-root l-reskin">
<div class="l-segment l-main-content"><article class="l-col__main">
<div class="c-entry-hero c-entry-hero--default">
<ul class="c-entry-hero__breadcrumbs"><li><a href="/climate">Climate</a></li></ul>
<h1 class="c-page-title">What a heat dome is, and why the Pacific Northwest is bracing for one</h1>
<h2 class="c-entry-summary p-dek">A stalled ridge of high pressure could push Portland and Seattle past 100 degrees.</h2>
<div class="c-byline" data-cdata="{&quot;timezone&quot;:&quot;America/New_York&quot;}">
<span class="c-byline__item"><span class="c-byline__author-name">By</span> <a href="https://www.pivotline.com/authors/sadie-lindqvist"><span class="c-byline__author-name">Sadie Lindqvist</span></a><span class="c-byline__item"><a class="c-byline__twitter-handle" href="https://twitter.com/sadielq">@sadielq</a></span></span>
<span class="c-byline__item"><time class="c-byline__item" data-ui="timestamp" datetime="2021-06-11T07:00:00-04:00">Jun 11, 2021, 7:00am EDT</time></span>
</div>
</div>
<div class="c-entry-content ">
<p id="Ab1cDe">Forecasters across the Pacific Northwest are warning of a potentially historic stretch of heat starting next week, and you are going to hear one phrase a lot: heat dome.</p>
<p id="Fg2hIj">A heat dome forms when a strong ridge of high pressure parks over a region for days. Air beneath it sinks, and sinking air warms as it compresses. The ridge also blocks the cooler marine air and storms that would normally break up a hot spell.</p>
<h3 id="Kl3mNo">Why this one is unusual</h3>
<p id="Pq4rSt">Heat domes are common over Texas or the Southwest in summer. What has meteorologists worried is where this one is setting up, over a region where fewer than half of homes have air conditioning and where June normal highs are in the low 70s.</p>
<p id="Uv5wXy">Some forecast models show Portland topping 105 degrees, which would break the city's all-time record. Even a few degrees short of that would be dangerous, especially overnight, when temperatures may stay in the 70s.</p>
<p id="Za6bCd">Public health officials recommend checking on elderly neighbors, finding the nearest cooling center before it gets hot and never leaving children or pets in parked cars.</p>
</div>
</article>
<aside class="l-col__sidebar"><div class="c-rock-list"><h2 class="c-rock-list__title">Most Read</h2><ol><li><a href="/2021/6/10/infrastructure-deal-explained">The bipartisan infrastructure deal, explained</a></li></ol></div></aside>
</div>
</main>
<footer class="c-footer"><p>&copy; 2021 Pivotline Media. All Rights Reserved.</p></footer>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 13 Gannett-like: two authors, affiliation line, dates in aria-label.
# ---------------------------------------------------------------------------
add("gannett_twoauthors", "Gannett (gnt_ templates)",
    "https://www.lakeshoretribune.com/story/news/local/2024/01/15/ice-fishing-rescue-green-bay/72201944007/",
    T("Ice anglers rescued after floe breaks away on Green Bay, officials say", ["Bryce Hollander", "Tamsin Achebe"], "2024-01-15"),
    r'''<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>Ice anglers rescued after floe breaks away on Green Bay, officials say</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Nineteen people were brought to shore by airboat Sunday after a sheet of ice separated near Dyckesville.">
<link rel="canonical" href="https://www.lakeshoretribune.com/story/news/local/2024/01/15/ice-fishing-rescue-green-bay/72201944007/">
<meta property="og:title" content="Ice anglers rescued after floe breaks away on Green Bay, officials say">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Lakeshore Tribune">
<meta property="article:published_time" content="2024-01-15T10:02:00Z">
<meta property="article:modified_time" content="2024-01-16T14:40:00Z">
<meta name="author" content="Bryce Hollander">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"Ice anglers rescued after floe breaks away on Green Bay, officials say","articleSection":"local","author":[{"@type":"Person","name":"Bryce Hollander"},{"@type":"Person","name":"Tamsin Achebe"}],"dateModified":"2024-01-16T14:40:00Z","datePublished":"2024-01-15T10:02:00Z","image":{"@type":"ImageObject","url":"https://www.lakeshoretribune.com/gcdn/presto/2024/01/14/ice.jpg"},"mainEntityOfPage":{"@type":"WebPage","@id":"https://www.lakeshoretribune.com/story/news/local/2024/01/15/ice-fishing-rescue-green-bay/72201944007/"},"publisher":{"@type":"Organization","name":"Lakeshore Tribune","logo":{"@type":"ImageObject","url":"https://www.gannett-cdn.com/logo.png"}}}</script>
</head>
<body class="gnt_pr">
<header class="gnt_n"><a class="gnt_n_logo" href="/" aria-label="Lakeshore Tribune logo">Lakeshore Tribune</a><nav class="gnt_n_mn"><a class="gnt_n_mn_l" href="/news/">News</a><a class="gnt_n_mn_l" href="/sports/">Sports</a><a class="gnt_n_mn_l" href="/entertainment/">Entertainment</a><a class="gnt_n_mn_l" href="/obituaries/">Obituaries</a></nav><a class="gnt_n_us_a" href="/subscribe/">Subscribe</a></header>
<main class="gnt_cw">
<article class="gnt_pr">
<div class="gnt_ar_hl_w"><h1 class="gnt_ar_hl" elementtiming="ar-headline">Ice anglers rescued after floe breaks away on Green Bay, officials say</h1></div>
<div class="gnt_ar_by"><a class="gnt_ar_by_a gnt_ar_by_a__fi" href="https://www.lakeshoretribune.com/staff/2648201001/bryce-hollander/">Bryce Hollander</a><div class="gnt_ar_by_j">Lakeshore Tribune</div><a class="gnt_ar_by_a" href="https://www.lakeshoretribune.com/staff/2648201002/tamsin-achebe/">Tamsin Achebe</a><div class="gnt_ar_by_j">USA TODAY NETWORK - Wisconsin</div></div>
<div class="gnt_ar_dt" aria-label="Published: 4:02 AM CST January 15, 2024 Updated: 8:40 AM CST January 16, 2024">Published 4:02 a.m. CT Jan. 15, 2024 <span class="gnt_ar_dt_upd">Updated 8:40 a.m. CT Jan. 16, 2024</span></div>
<div class="gnt_ar_b">
<figure class="gnt_em gnt_em_img"><img class="gnt_em_img_i" src="https://www.lakeshoretribune.com/gcdn/presto/2024/01/14/ice.jpg" alt="Airboat on Green Bay ice"><figcaption class="gnt_em_cp" data-c-caption="Rescuers on Green Bay" data-c-credit="Bryce Hollander/Lakeshore Tribune"></figcaption></figure>
<p class="gnt_ar_b_p">DYCKESVILLE &ndash; Nineteen people were brought back to shore by airboat Sunday afternoon after a large sheet of ice they had been fishing on separated from shore and drifted into open water on Green Bay, the Brown County Sheriff's Office said.</p>
<p class="gnt_ar_b_p">No one was injured. The ice floe, estimated at about a half-mile wide, broke away around 1:30 p.m. as winds from the southeast picked up to about 20 mph, the sheriff's office said.</p>
<p class="gnt_ar_b_p">&ldquo;This happens almost every winter, and every winter people tell us they had no idea it could happen to them,&rdquo; Lt. Karen Wojcik said. &ldquo;Conditions on the bay change by the hour.&rdquo;</p>
<p class="gnt_ar_b_p">Rescuers from three fire departments and the U.S. Coast Guard used two airboats to ferry anglers to shore in groups of four and five. Several abandoned shanties, ATVs and a pickup truck remained on the ice floe Sunday night.</p>
<p class="gnt_ar_b_p">Officials urged anglers to check ice reports, carry ice picks and avoid areas near pressure ridges.</p>
<p class="gnt_ar_b_p"><em>Contact Bryce Hollander at bhollander@lakeshoretribune.com. Follow him on X @brycehollander.</em></p>
</div>
</article>
<aside class="gnt_rr"><div class="gnt_m_flm"><h2>Most Popular</h2><a class="gnt_m_flm_a" href="/story/news/2024/01/14/snowstorm-totals/">Snow totals: How much fell in your town</a></div></aside>
</main>
<footer class="gnt_f"><p>&copy; 2024 www.lakeshoretribune.com. All rights reserved.</p></footer>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 14 Guardian-like: two rel=author links inside the contributor <address>.
# ---------------------------------------------------------------------------
add("guardian_contributors", "Guardian-like (DCR)",
    "https://www.theharbourpost.co.uk/environment/2025/mar/06/peat-bog-restoration-yorkshire-carbon",
    T("Yorkshire moors restoration stores more carbon than expected, study finds", ["Rosalind Achterberg", "Tomás Riordan"], "2025-03-06"),
    r'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Yorkshire moors restoration stores more carbon than expected, study finds | Environment | The Harbour Post</title>
<meta name="description" content="Rewetted peatland on the North York Moors absorbed carbon within five years, researchers say">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<link rel="canonical" href="https://www.theharbourpost.co.uk/environment/2025/mar/06/peat-bog-restoration-yorkshire-carbon">
<meta property="og:url" content="https://www.theharbourpost.co.uk/environment/2025/mar/06/peat-bog-restoration-yorkshire-carbon">
<meta property="article:author" content="https://www.theharbourpost.co.uk/profile/rosalind-achterberg">
<meta property="article:author" content="https://www.theharbourpost.co.uk/profile/tomas-riordan">
<meta property="og:type" content="article">
<meta property="og:title" content="Yorkshire moors restoration stores more carbon than expected, study finds">
<meta property="article:published_time" content="2025-03-06T17:30:45.000Z">
<meta property="article:modified_time" content="2025-03-06T19:02:11.000Z">
<meta property="article:section" content="Environment">
<meta name="author" content="Rosalind Achterberg, Tomás Riordan">
<script type="application/ld+json">[{"@type":"NewsArticle","@context":"https://schema.org","@id":"https://www.theharbourpost.co.uk/environment/2025/mar/06/peat-bog-restoration-yorkshire-carbon","publisher":{"@type":"Organization","name":"The Harbour Post","logo":{"@type":"ImageObject","url":"https://uploads.harbourpost.co.uk/logo.png","width":300,"height":60}},"isAccessibleForFree":true,"isPartOf":{"@type":["CreativeWork","Product"],"name":"The Harbour Post","productID":"theharbourpost.co.uk:basic"},"image":["https://i.hpimg.co.uk/img/media/peat.jpg"],"author":[{"@type":"Person","name":"Rosalind Achterberg","sameAs":"https://www.theharbourpost.co.uk/profile/rosalind-achterberg"},{"@type":"Person","name":"Tomás Riordan","sameAs":"https://www.theharbourpost.co.uk/profile/tomas-riordan"}],"datePublished":"2025-03-06T17:30:45.000Z","headline":"Yorkshire moors restoration stores more carbon than expected, study finds","dateModified":"2025-03-06T19:02:11.000Z","mainEntityOfPage":"https://www.theharbourpost.co.uk/environment/2025/mar/06/peat-bog-restoration-yorkshire-carbon"},{"@type":"WebPage","@context":"https://schema.org","@id":"https://www.theharbourpost.co.uk/environment/2025/mar/06/peat-bog-restoration-yorkshire-carbon","potentialAction":{"@type":"ViewAction","target":"android-app://com.harbourpost/https/www.theharbourpost.co.uk/environment/2025/mar/06/peat-bog-restoration-yorkshire-carbon"}}]</script>
</head>
<body>
<header data-component="nav"><a href="https://www.theharbourpost.co.uk" data-link-name="nav3 : logo"><span class="dcr-1ifgs2x">The Harbour Post - Back to home</span></a><nav><ul><li><a href="/uk">News</a></li><li><a href="/commentisfree">Opinion</a></li><li><a href="/uk/sport">Sport</a></li><li><a href="/uk/culture">Culture</a></li></ul></nav></header>
<main data-layout="StandardLayout">
<article class="dcr-1dh2ph5">
<div data-gu-name="title"><div class="dcr-1bk5tlb"><a href="https://www.theharbourpost.co.uk/environment/peatlands" class="dcr-1n6p8jx"><span>Peatlands</span></a></div></div>
<div data-gu-name="headline"><div class="dcr-1yqf6fl"><h1 class="dcr-1ah8ouh">Yorkshire moors restoration stores more carbon than expected, study finds</h1></div></div>
<div data-gu-name="standfirst"><div class="dcr-1jyhwy7"><p>Rewetted peatland on the North York Moors began absorbing carbon within five years, researchers say</p></div></div>
<div data-gu-name="meta" class="dcr-1bz4ihx">
<address aria-label="Contributor info" data-component="meta-byline" data-link-name="byline"><div class="dcr-1vj2cyf"><a rel="author" class="dcr-ywdbim" data-link-name="auto tag link" href="https://www.theharbourpost.co.uk/profile/rosalind-achterberg">Rosalind Achterberg</a> and <a rel="author" class="dcr-ywdbim" data-link-name="auto tag link" href="https://www.theharbourpost.co.uk/profile/tomas-riordan">Tomás Riordan</a></div></address>
<div class="dcr-1fn9u4x"><details class="dcr-1u8e9fy"><summary class="dcr-1ybxn6r"><span class="dcr-u0h1qy">Thu 6 Mar 2025 17.30 GMT</span></summary><span class="dcr-u0h1qy">Last modified on Thu 6 Mar 2025 19.02 GMT</span></details></div>
<div class="dcr-1cho2fm"><div class="dcr-1kqj0r3" data-component="share"><a href="mailto:?subject=Yorkshire%20moors">Share</a></div></div>
</div>
<div data-gu-name="body" class="article-body-commercial-selector article-body-viewer-selector dcr-1qvd3m6">
<p class="dcr-4cudl2">Rewetting drained peat bogs on the North York Moors has turned them from a source of carbon emissions back into a carbon sink far faster than scientists had expected, according to a study.</p>
<p class="dcr-4cudl2">Researchers from the University of Leeds measured greenhouse gas fluxes over 11 restored sites for six years. They found that within five years of ditches being blocked, the water table had risen close to the surface and the bogs were absorbing more carbon dioxide than they released.</p>
<p class="dcr-4cudl2">&ldquo;We assumed we'd be waiting decades,&rdquo; said Dr Imogen Walsh, the study's lead author. &ldquo;The sphagnum came back within two growing seasons, and once the moss is back, the system starts to look after itself.&rdquo;</p>
<p class="dcr-4cudl2">The UK's peatlands store about 3bn tonnes of carbon, but about 80% have been damaged by drainage, burning, overgrazing or forestry. Damaged peat releases an estimated 23m tonnes of CO2-equivalent every year.</p>
<p class="dcr-4cudl2">The government has committed to restoring 280,000 hectares of peatland in England by 2050, but campaigners say the pace of restoration is far too slow.</p>
</div>
<div data-print-layout="hide" class="dcr-1r94quw"><div class="submeta"><span class="submeta__label">Explore more on these topics</span><ul><li><a href="/environment/peatlands">Peatlands</a></li><li><a href="/environment/climate-crisis">Climate crisis</a></li></ul></div></div>
</article>
<section data-component="more-on-this-story"><h2>More on this story</h2><ul><li><a href="/environment/2025/feb/12/heather-burning-ban"><span>Ban on heather burning to be extended to all deep peat</span></a><time datetime="2025-02-12T12:00:00.000Z">12 Feb 2025</time></li></ul></section>
</main>
<footer data-component="footer"><p>&copy; 2025 The Harbour Post Media Group or its affiliated companies. All rights reserved.</p></footer>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 15 BBC-like: no byline; JSON-LD author is the news organisation.
# ---------------------------------------------------------------------------
add("bbc_like_nobyline", "BBC-like (no bylines policy)",
    "https://www.nbnnews.co.uk/news/articles/c2kq8v4m7z1o",
    T("Train operator fined £2.1m over signalling failures", [], "2025-01-21"),
    r'''<!DOCTYPE html>
<html lang="en-GB" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Train operator fined £2.1m over signalling failures - NBN News</title>
<meta name="description" content="The regulator said the failures caused more than 3,000 hours of delays across the network last year.">
<meta property="og:title" content="Train operator fined £2.1m over signalling failures">
<meta property="og:type" content="article">
<meta property="og:site_name" content="NBN News">
<meta property="og:url" content="https://www.nbnnews.co.uk/news/articles/c2kq8v4m7z1o">
<link rel="canonical" href="https://www.nbnnews.co.uk/news/articles/c2kq8v4m7z1o">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"ReportageNewsArticle","url":"https://www.nbnnews.co.uk/news/articles/c2kq8v4m7z1o","publisher":{"@type":"NewsMediaOrganization","name":"NBN News","publishingPrinciples":"https://www.nbnnews.co.uk/news/help-41670342","logo":{"@type":"ImageObject","url":"https://www.nbnnews.co.uk/logo.png"}},"datePublished":"2025-01-21T14:03:11.000Z","dateModified":"2025-01-21T16:40:27.000Z","description":"The regulator said the failures caused more than 3,000 hours of delays across the network last year.","headline":"Train operator fined £2.1m over signalling failures","image":{"@type":"ImageObject","width":1024,"height":576,"url":"https://ichef.nbnimg.co.uk/news/1024/train.jpg"},"thumbnailUrl":"https://ichef.nbnimg.co.uk/news/1024/train.jpg","mainEntityOfPage":"https://www.nbnnews.co.uk/news/articles/c2kq8v4m7z1o","author":{"@type":"NewsMediaOrganization","name":"NBN News","noBylinesPolicy":"https://www.nbnnews.co.uk/news/help-41670342#authorexpectations","logo":{"@type":"ImageObject","url":"https://www.nbnnews.co.uk/logo.png"}}}</script>
</head>
<body>
<header class="sc-e2fdd6e1-0"><nav aria-label="NBN"><a href="https://www.nbnnews.co.uk" data-testid="nbn-logo">NBN</a><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav></header>
<div id="main-wrapper"><main id="main-content" data-testid="main-content">
<article>
<div data-component="headline-block" class="sc-18fde0d6-0"><h1 id="main-heading" type="headline" tabindex="-1" class="sc-518485e5-0">Train operator fined £2.1m over signalling failures</h1></div>
<div data-component="byline-block" class="sc-18fde0d6-0"><div data-testid="byline-new" class="sc-b42e7a8f-0"><div class="sc-b42e7a8f-1"><time datetime="2025-01-21T14:03:11.000Z" class="sc-2b5e3b35-2">21 January 2025</time></div></div></div>
<figure><div data-component="image-block"><img alt="A train at a platform" src="https://ichef.nbnimg.co.uk/news/480/train.jpg"><span class="sc-a34861b-1">Getty Images</span></div></figure>
<div data-component="text-block" class="sc-18fde0d6-0"><p class="sc-eb7bd5f6-0">A train operator has been fined £2.1m by the rail regulator after repeated signalling failures caused thousands of hours of delays for passengers.</p></div>
<div data-component="text-block" class="sc-18fde0d6-0"><p class="sc-eb7bd5f6-0">The Office of Rail Standards said faults on the route between Leeds and Manchester accounted for more than 3,000 hours of delays in the 12 months to September.</p></div>
<div data-component="text-block" class="sc-18fde0d6-0"><p class="sc-eb7bd5f6-0">In a statement, the company said it accepted the findings and had already invested £40m in upgrading equipment on the line.</p></div>
<div data-component="text-block" class="sc-18fde0d6-0"><p class="sc-eb7bd5f6-0">Passenger groups welcomed the fine but said the money should go towards compensation for travellers rather than the Treasury.</p></div>
<div data-component="text-block" class="sc-18fde0d6-0"><p class="sc-eb7bd5f6-0">The regulator said it would continue to monitor performance on the route closely over the coming year.</p></div>
</article>
<section data-component="related-content"><h2>Related</h2><ul><li><a href="/news/articles/c9x7"><span>Rail fares to rise by 4.6% in March</span></a><time datetime="2024-12-04T09:00:00.000Z">4 Dec 2024</time></li></ul></section>
</main></div>
<footer><p>Copyright 2025 NBN. All rights reserved.</p></footer>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 16 NYT-like: three authors "By A, B and C"; <time> local -05:00 on Mar 4,
#    JSON-LD and article:published_time in UTC (Mar 5).
# ---------------------------------------------------------------------------
add("nyt_like_three_authors", "NYT-like",
    "https://www.hudsoncourier.com/2025/03/04/nyregion/congestion-toll-revenue.html",
    T("Congestion Toll Brought In $48 Million in Its First Month, M.T.A. Says", ["Adaeze Nwosu", "Gregory Lintz", "Pilar Zamora"], "2025-03-04"),
    r'''<!DOCTYPE html>
<html lang="en" class="story nytapp-vi-article" xmlns:og="http://opengraphprotocol.org/schema/">
<head>
<meta charSet="utf-8"/>
<title>Congestion Toll Brought In $48 Million in Its First Month, M.T.A. Says - The Hudson Courier</title>
<meta data-rh="true" name="description" content="Traffic into Manhattan below 60th Street fell about 8 percent, and transit ridership rose, according to the agency."/>
<meta data-rh="true" property="og:url" content="https://www.hudsoncourier.com/2025/03/04/nyregion/congestion-toll-revenue.html"/>
<meta data-rh="true" property="og:type" content="article"/>
<meta data-rh="true" property="og:title" content="Congestion Toll Brought In $48 Million in Its First Month, M.T.A. Says"/>
<meta data-rh="true" property="article:published_time" content="2025-03-05T03:15:32.000Z"/>
<meta data-rh="true" property="article:modified_time" content="2025-03-05T04:20:05.000Z"/>
<meta data-rh="true" property="article:section" content="New York"/>
<meta data-rh="true" name="byl" content="By Adaeze Nwosu, Gregory Lintz and Pilar Zamora"/>
<meta data-rh="true" name="pdate" content="20250304"/>
<meta data-rh="true" name="articleid" content="100000009921344"/>
<script data-rh="true" type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","description":"Traffic into Manhattan below 60th Street fell about 8 percent, and transit ridership rose, according to the agency.","image":[{"@context":"https://schema.org","@type":"ImageObject","url":"https://static01.hcimg.com/images/2025/03/04/congestion.jpg","height":1366,"width":2048}],"mainEntityOfPage":"https://www.hudsoncourier.com/2025/03/04/nyregion/congestion-toll-revenue.html","url":"https://www.hudsoncourier.com/2025/03/04/nyregion/congestion-toll-revenue.html","inLanguage":"en","author":[{"@context":"https://schema.org","@type":"Person","url":"https://www.hudsoncourier.com/by/adaeze-nwosu","name":"Adaeze Nwosu"},{"@context":"https://schema.org","@type":"Person","url":"https://www.hudsoncourier.com/by/gregory-lintz","name":"Gregory Lintz"},{"@context":"https://schema.org","@type":"Person","url":"https://www.hudsoncourier.com/by/pilar-zamora","name":"Pilar Zamora"}],"dateModified":"2025-03-05T04:20:05.000Z","datePublished":"2025-03-05T03:15:32.000Z","headline":"Congestion Toll Brought In $48 Million in Its First Month, M.T.A. Says","alternativeHeadline":"Congestion Toll Brought In $48 Million in First Month","publisher":{"@id":"https://www.hudsoncourier.com/#publisher"},"copyrightHolder":{"@id":"https://www.hudsoncourier.com/#publisher"},"sourceOrganization":{"@id":"https://www.hudsoncourier.com/#publisher"},"copyrightYear":2025,"isAccessibleForFree":false,"hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,"cssSelector":".meteredContent"},"isPartOf":{"@type":["CreativeWork","Product"],"name":"The Hudson Courier","productID":"hudsoncourier.com:basic"}}</script>
</head>
<body>
<div id="app"><div class="css-1u1ba4l">
<header class="css-ahe4g0 e1m0pzr40"><section class="css-1qvppqt"><a class="css-1ij8bja" href="/" data-testid="masthead-mini-nameplate" aria-label="The Hudson Courier Logo. Click to visit the homepage">The Hudson Courier</a></section><nav class="css-1f4pkn0"><ul><li><a href="/section/nyregion">New York</a></li><li><a href="/section/politics">Politics</a></li><li><a href="/section/business">Business</a></li></ul></nav></header>
<main id="site-content"><div class="css-1ymq9e5">
<article id="story" class="meteredContent css-1ja6r4i">
<header class="css-1xhns7h e1h9rw200">
<div class="css-1vkm6nb ehdk2mb0"><h1 id="link-6e2b5e5d" class="css-88wicj e1h9rw200" data-testid="headline">Congestion Toll Brought In $48 Million in Its First Month, M.T.A. Says</h1></div>
<p id="article-summary" class="css-79rysd e1wiw3jv0">Traffic into Manhattan below 60th Street fell about 8 percent, and transit ridership rose, according to the agency.</p>
<div class="css-1jyfxno e1jsehar0"><div class="css-1vgrlyq"><div class="css-3kguan"><p data-testid="byline" class="css-aknsld e1jsehar1"><span class="byline-prefix">By </span><span class="css-1baulvz"><a href="https://www.hudsoncourier.com/by/adaeze-nwosu" class="css-n8ff4n e1jsehar0">Adaeze Nwosu</a></span>, <span class="css-1baulvz"><a href="https://www.hudsoncourier.com/by/gregory-lintz" class="css-n8ff4n e1jsehar0">Gregory Lintz</a></span> and <span class="css-1baulvz last-byline"><a href="https://www.hudsoncourier.com/by/pilar-zamora" class="css-n8ff4n e1jsehar0">Pilar Zamora</a></span></p></div></div>
<ul class="css-sfyvlv"><li><time class="css-3vhj2p e16638kd0" datetime="2025-03-04T22:15:32-05:00"><span class="css-wbfi1d">March 4, 2025</span><span class="css-1kupc7a">Updated 11:20 p.m. ET</span></time></li></ul></div>
</header>
<section name="articleBody" class="meteredContent css-1r7ky0e">
<div class="css-s99gbd StoryBodyCompanionColumn"><div class="css-53u6y8"><p class="css-at9mc1 evys1bk0">New York's congestion toll brought in about $48 million in its first month, transit officials said on Tuesday, roughly in line with projections that the program would raise $500 million in its first year.</p>
<p class="css-at9mc1 evys1bk0">Traffic entering the tolling zone in Manhattan below 60th Street fell by about 8 percent compared with the same period a year earlier, according to data released by the Metropolitan Transportation Authority, with the largest drops in the morning rush.</p>
<p class="css-at9mc1 evys1bk0">Subway ridership rose about 5 percent on weekdays, and express bus ridership from the outer boroughs and New Jersey rose more than 10 percent, the agency said.</p></div></div>
<div class="css-s99gbd StoryBodyCompanionColumn"><div class="css-53u6y8"><p class="css-at9mc1 evys1bk0">&ldquo;The numbers are early, but they are pointing in the direction we hoped,&rdquo; the authority's chief executive said at a board meeting.</p>
<p class="css-at9mc1 evys1bk0">Critics, including several suburban elected officials, said the figures did not capture the cost to commuters and small businesses, and a federal lawsuit challenging the toll is still pending.</p></div></div>
</section>
<div class="bottom-of-article"><div class="css-1l5ww2e"><p class="css-1t0z4nb">A version of this article appears in print on March 5, 2025, Section A, Page 19 of the New York edition with the headline: Toll Raises $48 Million In First Month.</p></div></div>
</article>
</div></main>
<footer role="contentinfo" class="css-1e1s8k7"><p>&copy; 2025 The Hudson Courier Company</p></footer>
</div></div>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 17 Reuters-like: "By A and B" on top; reporting/editing credits at the end.
# ---------------------------------------------------------------------------
add("reuters_like_credits", "Reuters-like",
    "https://www.meridianwire.com/world/africa/kenya-tea-auction-prices-2025-02-10/",
    T("Kenyan tea prices hit two-year high as drought cuts output", ["Amara Kipchumba", "Lars Eriksen"], "2025-02-10"),
    r'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Kenyan tea prices hit two-year high as drought cuts output | Meridian Wire</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Average prices at the Mombasa auction rose to $3.41 per kg, the highest since early 2023.">
<meta property="og:title" content="Kenyan tea prices hit two-year high as drought cuts output">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Meridian Wire">
<meta property="og:article:published_time" content="2025-02-10T17:42:18Z">
<meta name="article:published_time" content="2025-02-10T17:42:18Z">
<meta name="article:modified_time" content="2025-02-10T19:05:50Z">
<meta name="article:author" content="Amara Kipchumba">
<meta name="article:author" content="Lars Eriksen">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","headline":"Kenyan tea prices hit two-year high as drought cuts output","url":"https://www.meridianwire.com/world/africa/kenya-tea-auction-prices-2025-02-10/","dateCreated":"2025-02-10T17:39:02Z","datePublished":"2025-02-10T17:42:18Z","dateModified":"2025-02-10T19:05:50Z","author":[{"@type":"Person","name":"Amara Kipchumba","url":"https://www.meridianwire.com/authors/amara-kipchumba/"},{"@type":"Person","name":"Lars Eriksen","url":"https://www.meridianwire.com/authors/lars-eriksen/"}],"publisher":{"@type":"Organization","name":"Meridian Wire","logo":{"@type":"ImageObject","url":"https://www.meridianwire.com/logo.png"}},"articleSection":"Africa"}</script>
</head>
<body>
<div id="fusion-app">
<header class="site-header__container__1xZg4"><nav aria-label="Main"><a class="site-header__logo__2Ga5E" href="/">Meridian Wire</a><ul class="site-header__nav__3Nq1M"><li><a href="/world/">World</a></li><li><a href="/business/">Business</a></li><li><a href="/markets/">Markets</a></li></ul></nav></header>
<main id="main-content" class="regular-article-layout__main__1tvDS">
<article class="article__container__2Xhdn">
<header class="article-header__container__1zA1N">
<nav aria-label="Tags" class="article-header__tags__3AfcW"><ul><li><a href="/world/africa/">Africa</a></li></ul></nav>
<div class="article-header__heading__15OpQ"><h1 data-testid="Heading" class="text__text__1FZLe text__dark-grey__3Ml43 text__medium__1kbOh text__heading_2__1K_hh heading__base__2T28j heading__heading_2__3Fcw5">Kenyan tea prices hit two-year high as drought cuts output</h1></div>
<div class="article-header__info__1r6sS"><div class="info-content__author-date__1Epi_"><div data-testid="AuthorByline" class="author-bylines__author-byline__1nvD7"><span class="text__text__1FZLe">By </span><a class="text__text__1FZLe text__inherit-color__3208F link__link__3Ji6W link__underline_on_hover__2zGL4" href="/authors/amara-kipchumba/">Amara Kipchumba</a><span> and </span><a class="text__text__1FZLe link__link__3Ji6W" href="/authors/lars-eriksen/">Lars Eriksen</a></div>
<time datetime="2025-02-10T17:42:18Z" data-testid="Body" class="text__text__1FZLe date-line__date__23Ge-"><span class="date-line__date___kNbY">February 10, 2025</span><span class="date-line__date___kNbY">5:42 PM GMT</span><span class="date-line__date___kNbY">Updated 2 hours ago</span></time></div></div>
</header>
<div class="article-body__container__3ypuX">
<div class="article-body__content__17Yit">
<p data-testid="paragraph-0" class="text__text__1FZLe article-body__element__2p5pI">NAIROBI, Feb 10 (Meridian Wire) - Average tea prices at Kenya's weekly Mombasa auction rose to their highest level in two years on Monday, brokers said, as a prolonged dry spell in the country's main growing regions cut output.</p>
<p data-testid="paragraph-1" class="text__text__1FZLe article-body__element__2p5pI">Prices averaged $3.41 per kg, up from $3.18 a week earlier and the highest since February 2023, according to data from the East African Tea Trade Association.</p>
<p data-testid="paragraph-2" class="text__text__1FZLe article-body__element__2p5pI">Kenya is the world's largest exporter of black tea, and the crop is one of the country's biggest sources of foreign exchange alongside tourism and diaspora remittances.</p>
<p data-testid="paragraph-3" class="text__text__1FZLe article-body__element__2p5pI">&ldquo;Leaf volumes are down sharply in the west of the Rift, and buyers from Pakistan and Egypt are competing for what is available,&rdquo; said a Mombasa-based broker who asked not to be named.</p>
<p data-testid="paragraph-4" class="text__text__1FZLe article-body__element__2p5pI">The Kenya Meteorological Department has forecast below-average rainfall through March.</p>
<p data-testid="paragraph-5" class="text__text__1FZLe article-body__element__2p5pI">Reporting by Amara Kipchumba in Nairobi; Additional reporting by Wanjiru Gathogo in Kericho; Writing by Lars Eriksen; Editing by Fiona Ashdown</p>
</div>
<p class="text__text__1FZLe trust-badge__text__2A0f8"><a href="/info-pages/principles/">Our Standards: The Meridian Wire Trust Principles.</a></p>
</div>
</article>
<aside class="regular-article-layout__right-rail__2uEvP"><div class="media-story-card__body__3tRWy"><h3>Markets</h3><a href="/markets/commodities/coffee-futures-2025-02-10/">Arabica futures slip from record as Brazil rains help crop</a><time datetime="2025-02-10T15:11:00Z">February 10, 2025</time></div></aside>
</main>
<footer class="site-footer__container__1EaUy"><p>All quotes delayed a minimum of 15 minutes. &copy; 2025 Meridian Wire. All rights reserved</p></footer>
</div>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 18 BLOX (TownNews) local paper running an AP story:
#    "By MARIA OKONKWO Associated Press" in byline, meta and JSON-LD.
# ---------------------------------------------------------------------------
add("blox_ap_syndicated", "BLOX CMS (TownNews) / AP syndication",
    "https://www.riverbendcourier.com/news/nation/heat-wave-power-grid-texas/article_3b1f0e6a-48c1-11ef-9a2b-6f5e8d7c1a20.html",
    T("Texas grid operator asks for conservation as heat wave sets demand record", ["Maria Okonkwo"], "2024-07-22"),
    r'''<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Texas grid operator asks for conservation as heat wave sets demand record | Nation | riverbendcourier.com</title>
<meta name="description" content="The state's grid operator asked Texans to cut power use Monday evening as demand topped 86,000 megawatts.">
<meta name="author" content="By MARIA OKONKWO Associated Press">
<meta name="keywords" content="ap, weather, heat, power">
<meta property="og:type" content="article">
<meta property="og:title" content="Texas grid operator asks for conservation as heat wave sets demand record">
<meta property="og:site_name" content="Riverbend Courier">
<meta property="article:published_time" content="2024-07-22T19:14:00-05:00">
<meta property="article:modified_time" content="2024-07-22T21:30:12-05:00">
<meta property="article:section" content="Nation">
<meta property="article:author" content="By MARIA OKONKWO Associated Press">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","url":"https://www.riverbendcourier.com/news/nation/heat-wave-power-grid-texas/article_3b1f0e6a-48c1-11ef-9a2b-6f5e8d7c1a20.html","mainEntityOfPage":"https://www.riverbendcourier.com/news/nation/heat-wave-power-grid-texas/article_3b1f0e6a-48c1-11ef-9a2b-6f5e8d7c1a20.html","headline":"Texas grid operator asks for conservation as heat wave sets demand record","datePublished":"2024-07-22T19:14:00-05:00","dateModified":"2024-07-22T21:30:12-05:00","author":[{"@type":"Person","name":"By MARIA OKONKWO Associated Press"}],"publisher":{"@type":"Organization","name":"Riverbend Courier","logo":{"@type":"ImageObject","url":"https://bloximages.newyork1.vip.townnews.com/riverbendcourier.com/content/tncms/custom/image/logo.png"}}}</script>
</head>
<body class="fixed-header fixed-header-xs app-asset-article">
<div id="site-container">
<header id="site-navbar-container" class="tnt-section-nation"><nav class="navbar navbar-default"><a class="navbar-brand" href="/">Riverbend Courier</a><ul class="nav navbar-nav"><li><a href="/news/local/">Local</a></li><li><a href="/news/nation/">Nation</a></li><li><a href="/sports/">Sports</a></li><li><a href="/obituaries/">Obituaries</a></li><li><a href="/eedition/">E-Edition</a></li></ul></nav></header>
<div id="main-page-container"><section id="main-page"><div class="row"><div class="col-lg-8 col-md-8 asset-column">
<article class="asset-article" itemscope itemtype="http://schema.org/NewsArticle" id="article_3b1f0e6a-48c1-11ef-9a2b-6f5e8d7c1a20">
<header class="asset-header"><div class="asset-kicker"><span class="kicker">AP</span></div>
<h1 class="headline"><span class="tnt-headline " itemprop="headline">Texas grid operator asks for conservation as heat wave sets demand record</span></h1>
<div class="meta"><span class="tnt-byline"><ul class="list-inline"><li><span itemprop="author" class="tnt-byline">By MARIA OKONKWO Associated Press</span></li></ul></span>
<ul class="list-inline"><li><time datetime="2024-07-22T19:14:00-05:00" class="tnt-date asset-date text-muted">Jul 22, 2024</time></li><li class="hidden-print"><span class="asset-date text-muted">Updated <time datetime="2024-07-22T21:30:12-05:00" class="tnt-date">Jul 22, 2024</time></span></li></ul></div>
</header>
<div class="asset-content subscriber-premium" itemprop="articleBody"><div id="article-body" class="asset-body">
<p>AUSTIN, Texas (AP) &mdash; The operator of Texas' power grid asked residents and businesses to voluntarily cut their electricity use Monday evening as a heat wave pushed demand to a new record of more than 86,000 megawatts.</p>
<p>The Electric Reliability Council of Texas said it did not expect rolling outages but that reserves would be tight between 7 p.m. and 9 p.m., when solar output falls off while air conditioners are still running hard.</p>
<p>Temperatures topped 105 degrees in Dallas and San Antonio for a third straight day, and the National Weather Service extended excessive heat warnings for much of central and north Texas through Thursday.</p>
<p>Grid officials credited new battery storage, which has grown rapidly in the state over the past two years, with helping cover the evening peak.</p>
<p>Copyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.</p>
</div></div>
</article>
</div>
<aside class="col-lg-4 col-md-4"><div class="tnt-block-asset-list"><h3>Most Popular</h3><ul><li><a href="/news/local/county-fair-results/">County fair results: 4-H livestock winners</a> <span class="tnt-byline">By Ed Quiroga Staff Writer</span> <time datetime="2024-07-20T16:00:00-05:00">Jul 20, 2024</time></li></ul></div></aside>
</div></section></div>
<footer id="site-footer-container"><p>&copy; Copyright 2024 Riverbend Courier, 400 Levee St, Riverbend, MO | Terms of Use | Privacy Policy</p><p>Powered by BLOX Content Management System from TownNews.com.</p></footer>
</div>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 19 Nexstar local TV (WP VIP): posted 23:10 CST on New Year's Eve,
#    Yoast-style article:published_time in UTC (Jan 1).
# ---------------------------------------------------------------------------
add("nexstar_newyearseve", "Nexstar local TV (WordPress VIP)",
    "https://www.kplt8.com/news/local-news/fireworks-grass-fire-north-county/",
    T("Fireworks spark grass fire north of town on New Year's Eve; no injuries reported", ["Carmen Delacroix", "Wes Tillman"], "2024-12-31"),
    r'''<!doctype html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Fireworks spark grass fire north of town on New Year&#039;s Eve; no injuries reported | KPLT 8</title>
<meta name="description" content="Crews from three departments responded to a grass fire along County Road 14 shortly before 11 p.m." />
<meta property="og:type" content="article" />
<meta property="og:title" content="Fireworks spark grass fire north of town on New Year&#039;s Eve; no injuries reported" />
<meta property="og:site_name" content="KPLT 8" />
<meta property="article:published_time" content="2025-01-01T05:10:00+00:00" />
<meta property="article:modified_time" content="2025-01-01T14:02:33+00:00" />
<meta name="parsely-title" content="Fireworks spark grass fire north of town on New Year's Eve; no injuries reported" />
<meta name="parsely-pub-date" content="2025-01-01T05:10:00Z" />
<meta name="parsely-author" content="Carmen Delacroix" />
<meta name="parsely-author" content="Wes Tillman" />
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Fireworks spark grass fire north of town on New Year's Eve; no injuries reported","datePublished":"2025-01-01T05:10:00+00:00","dateModified":"2025-01-01T14:02:33+00:00","author":[{"@type":"Person","name":"Carmen Delacroix","url":"https://www.kplt8.com/author/carmen-delacroix/"},{"@type":"Person","name":"Wes Tillman","url":"https://www.kplt8.com/author/wes-tillman/"}],"publisher":{"@type":"Organization","name":"KPLT 8"}}</script>
</head>
<body class="post-template-default single single-post">
<header class="site-header"><div class="site-header__top"><a class="site-header__logo" href="https://www.kplt8.com">KPLT 8</a><div class="site-header__weather"><span class="weather-temp">28&deg;</span></div></div><nav class="site-nav"><ul><li><a href="/news/">News</a></li><li><a href="/weather/">Weather</a></li><li><a href="/sports/">Sports</a></li><li><a href="/watch-live/">Watch Live</a></li></ul></nav></header>
<main id="main" class="site-main">
<article class="article article--post">
<header class="article-header">
<div class="article-header__primary-term"><a href="/news/local-news/">Local News</a></div>
<h1 class="article-title">Fireworks spark grass fire north of town on New Year&#8217;s Eve; no injuries reported</h1>
<div class="article-meta">
<p class="article-authors">by: <a href="https://www.kplt8.com/author/carmen-delacroix/" rel="author">Carmen Delacroix</a>, <a href="https://www.kplt8.com/author/wes-tillman/" rel="author">Wes Tillman</a></p>
<p class="article-dates"><span class="article-date">Posted: <time datetime="2024-12-31T23:10:00-06:00">Dec 31, 2024 / 11:10 PM CST</time></span> <span class="article-date">Updated: <time datetime="2025-01-01T08:02:33-06:00">Jan 1, 2025 / 08:02 AM CST</time></span></p>
</div>
<div class="article-share"><a class="social-share-link" href="#">SHARE</a></div>
</header>
<div class="article-content rich-text">
<p>NORTH COUNTY (KPLT) &mdash; Fireworks sparked a grass fire that burned about 40 acres north of town late Tuesday, fire officials said.</p>
<p>Crews from three volunteer departments were called to County Road 14 shortly before 11 p.m. and had the fire contained about an hour later, Chief Dale Rensing said. No homes were damaged and no one was hurt.</p>
<p>The county has been under a burn ban since mid-December because of dry conditions, and commissioners had asked residents to use fireworks only in cleared areas and keep water nearby.</p>
<p>&ldquo;It only takes one bottle rocket in that dry grass,&rdquo; Rensing said. &ldquo;We were lucky the wind laid down.&rdquo;</p>
<p>Copyright 2025 Nexstar Media Inc. All rights reserved. This material may not be published, broadcast, rewritten, or redistributed.</p>
</div>
</article>
<aside class="sidebar"><section class="widget widget--most-popular"><h2 class="widget__title">Trending Stories</h2><ol><li><a href="/news/local-news/new-years-first-baby/">Meet the county's first baby of 2025</a></li></ol></section></aside>
</main>
<footer class="site-footer"><p>&copy; 1998 - 2025 Nexstar Media Inc. | All Rights Reserved.</p></footer>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 20 Sinclair-like local TV: station staff byline; ordinal date text in PST;
#    JSON-LD in UTC (next day).
# ---------------------------------------------------------------------------
add("sinclair_staff_ordinal", "Sinclair-like local TV",
    "https://wkrb7.com/news/local/school-board-recall-petition-signatures",
    T("Recall petition against two school board members falls short of signatures", ["WKRB Staff"], "2025-03-07"),
    r'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Recall petition against two school board members falls short of signatures</title>
<meta name="description" content="The county clerk said organizers were about 1,100 valid signatures short.">
<meta property="og:title" content="Recall petition against two school board members falls short of signatures">
<meta property="og:type" content="article">
<meta property="og:site_name" content="WKRB">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","mainEntityOfPage":{"@type":"WebPage","@id":"https://wkrb7.com/news/local/school-board-recall-petition-signatures"},"headline":"Recall petition against two school board members falls short of signatures","datePublished":"2025-03-08T02:52:00Z","dateModified":"2025-03-08T02:52:00Z","author":{"@type":"Person","name":"WKRB Staff"},"publisher":{"@type":"Organization","name":"WKRB","logo":{"@type":"ImageObject","url":"https://wkrb7.com/resources/logo.png"}}}</script>
</head>
<body>
<div id="root"><div class="index-module_container__1Hc6">
<header class="SiteHeader-module_header__3Wk1"><a class="SiteHeader-module_logo__2yX7" href="/">WKRB 7</a><nav class="SiteHeader-module_nav__1cT2"><a href="/news">News</a><a href="/weather">Weather</a><a href="/sports">Sports</a><a href="/live">Watch</a></nav></header>
<main class="index-module_main__3sEf">
<article class="Article-module_article__2Jk9">
<div class="Article-module_categoryTag__3p1A"><a href="/news/local">Local</a></div>
<h1 class="index-module_storyTitle__1IcN">Recall petition against two school board members falls short of signatures</h1>
<div class="Article-module_byline__2lS9"><div class="Article-module_author__1x3P">by <span>WKRB Staff</span></div><div class="Article-module_timestamp__3hGk"><span>Fri, March 7th 2025, 6:52 PM PST</span></div></div>
<div class="Article-module_body__1XdR">
<p>A petition to recall two members of the Cedar Valley School Board did not collect enough valid signatures to force a special election, the county clerk's office said Friday.</p>
<p>Organizers submitted just over 6,200 signatures in February, but after review about 4,300 were found to be valid, roughly 1,100 short of the number required, Clerk Teresa Morrow said.</p>
<p>The recall effort began last fall after the board voted to close two elementary schools and consolidate students at a new campus on the east side of the district.</p>
<p>Organizers said they would consider a legal challenge to the clerk's review. The two board members did not respond to requests for comment Friday.</p>
</div>
</article>
<section class="TopStories-module_section__2Sl0"><h2>Top Stories</h2><ul><li><a href="/news/local/bridge-closure-river-road">River Road bridge closing for repairs starting Monday</a><span>Thu, March 6th 2025</span></li></ul></section>
</main>
<footer class="SiteFooter-module_footer__1Pa3"><p>&copy; 2025 Sinclair, Inc.</p></footer>
</div></div>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 21 Substack: <title> "Headline - by Name - Publication"; byline-wrapper.
# ---------------------------------------------------------------------------
add("substack_post", "Substack",
    "https://theslowledger.substack.com/p/the-quiet-death-of-the-savings-account",
    T("The quiet death of the savings account", ["Corwin Abernathy"], "2025-01-09"),
    r'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=0, viewport-fit=cover">
<title data-rh="true">The quiet death of the savings account - by Corwin Abernathy</title>
<meta data-rh="true" name="theme-color" content="#ffffff"/>
<meta data-rh="true" property="og:type" content="article"/>
<meta data-rh="true" property="og:title" content="The quiet death of the savings account"/>
<meta data-rh="true" name="twitter:title" content="The quiet death of the savings account"/>
<meta data-rh="true" name="description" content="Why the money in your bank is earning less than it did in 1985, and what replaced it"/>
<meta data-rh="true" property="og:description" content="Why the money in your bank is earning less than it did in 1985, and what replaced it"/>
<meta data-rh="true" name="author" content="Corwin Abernathy"/>
<meta data-rh="true" property="og:url" content="https://theslowledger.substack.com/p/the-quiet-death-of-the-savings-account"/>
<link data-rh="true" rel="canonical" href="https://theslowledger.substack.com/p/the-quiet-death-of-the-savings-account"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","url":"https://theslowledger.substack.com/p/the-quiet-death-of-the-savings-account","mainEntityOfPage":"https://theslowledger.substack.com/p/the-quiet-death-of-the-savings-account","headline":"The quiet death of the savings account","description":"Why the money in your bank is earning less than it did in 1985, and what replaced it","image":[{"@type":"ImageObject","url":"https://substackcdn.com/image/fetch/w_1200,h_600,c_fill/savings.jpg"}],"datePublished":"2025-01-09T12:31:05+00:00","dateModified":"2025-01-09T12:31:05+00:00","isAccessibleForFree":true,"author":[{"@type":"Person","name":"Corwin Abernathy","url":"https://substack.com/@corwinabernathy","description":"Former bank examiner. Writes about money, slowly.","identifier":"user:48211907","image":{"@type":"ImageObject","contentUrl":"https://substackcdn.com/image/fetch/w_1456,c_limit/avatar.jpg","thumbnailUrl":"https://substackcdn.com/image/fetch/w_128,h_128,c_limit/avatar.jpg"}}],"publisher":{"@type":"Organization","name":"The Slow Ledger","url":"https://theslowledger.substack.com","description":"A newsletter about money for people who dislike newsletters about money.","interactionStatistic":{"@type":"InteractionCounter","name":"Subscribers","interactionType":"https://schema.org/SubscribeAction","userInteractionCount":12000},"identifier":"pub:1123456","logo":{"@type":"ImageObject","url":"https://substackcdn.com/image/fetch/logo.png","contentUrl":"https://substackcdn.com/image/fetch/logo.png","thumbnailUrl":"https://substackcdn.com/image/fetch/w_128/logo.png"},"image":{"@type":"ImageObject","url":"https://substackcdn.com/image/fetch/logo.png"},"sameAs":["https://twitter.com/slowledger"]}}</script>
</head>
<body class="pc-root">
<div id="entry"><div id="main" class="main typography use-theme-bg">
<div class="main-menu" role="navigation"><div class="topbar-content"><a href="/" class="navbar-title-link">The Slow Ledger</a><div class="navbar-buttons"><button class="button primary subscribe-btn">Subscribe</button><button class="button sign-in-link">Sign in</button></div></div></div>
<div class="container"><div class="single-post-container"><div class="container"><div class="single-post"><div class="post-header">
<article class="typography newsletter-post post">
<div class="post-header">
<h1 dir="auto" class="post-title published title-X77sOw">The quiet death of the savings account</h1>
<h3 dir="auto" class="subtitle subtitle-HEEcLo">Why the money in your bank is earning less than it did in 1985, and what replaced it</h3>
<div class="pencraft pc-display-flex pc-gap-16 pc-paddingTop-16 pc-paddingBottom-16 pc-justifyContent-space-between pc-alignItems-center flex-grow-rzmknG border-top-detail-themed pc-borderColor-detail pc-borderTop-solid pc-borderBottom-solid byline-wrapper pc-reset">
<div class="pencraft pc-display-flex pc-gap-12 pc-alignItems-center pc-reset"><div class="pencraft pc-display-flex pc-flexDirection-row pc-reset"><a href="https://substack.com/@corwinabernathy" aria-label="View Corwin Abernathy's profile" class="pencraft pc-reset"><div class="pencraft pc-display-flex pc-width-36 pc-height-36 pc-justifyContent-center pc-alignItems-center pc-position-relative pc-reset"><picture><img src="https://substackcdn.com/image/fetch/w_80,h_80,c_fill/avatar.jpg" width="36" height="36" alt="" class="pencraft pc-reset img-OACg1c"></picture></div></a></div>
<div class="pencraft pc-display-flex pc-flexDirection-column pc-reset"><div class="pencraft pc-reset color-pub-primary-text-NyXPlw line-height-20-t4M0El font-text-qe4AeH size-13-hZTUKr weight-medium-fw81nC transform-uppercase-yKDgcq reset-IxiVJZ meta-EgzBVA"><span class="pencraft pc-reset decoration-hover-underline-ClDVps reset-IxiVJZ"><a href="https://substack.com/@corwinabernathy" class="pencraft pc-reset decoration-hover-underline-ClDVps reset-IxiVJZ">Corwin Abernathy</a></span></div>
<div class="pencraft pc-display-flex pc-gap-4 pc-reset"><div class="pencraft pc-reset color-pub-secondary-text-hGQ02T line-height-20-t4M0El font-text-qe4AeH size-13-hZTUKr weight-regular-mUq6Gb reset-IxiVJZ">Jan 09, 2025</div></div></div></div>
<div class="pencraft pc-display-flex pc-gap-12 pc-reset"><button class="like-button-container post-ufi-button"><div class="label">214</div></button><button class="post-ufi-button"><div class="label">38</div></button></div>
</div>
</div>
<div class="available-content"><div dir="auto" class="body markup">
<p>When my grandmother opened a passbook savings account in 1985, it paid 5.5 percent. She did not think of this as investing. It was simply where money went to wait.</p>
<p>Today the average savings account at a large bank pays well under one percent, even after the Federal Reserve's rate increases of the past few years. The money is still waiting. It is just no longer being paid to wait.</p>
<h2 class="header-anchor-post">Where the interest went</h2>
<p>Banks did not stop earning interest on deposits. They stopped sharing it. When rates rose in 2022 and 2023, the spread between what banks earned on reserves and what they paid savers widened to levels we had not seen in decades.</p>
<p>Meanwhile, the customers most likely to move their money, the ones who read newsletters like this one, moved it: to high-yield online accounts, money market funds and Treasury bills. The ones who stayed are, by and large, the ones least able to afford the difference.</p>
<p>Next week: why money market funds now hold more than $6 trillion, and whether that should worry anyone.</p>
<p class="button-wrapper" data-attrs="{&quot;url&quot;:&quot;https://theslowledger.substack.com/subscribe&quot;}"><a class="button primary" href="https://theslowledger.substack.com/subscribe"><span>Subscribe now</span></a></p>
</div></div>
</article>
</div></div></div></div></div>
<div class="footer-wrap publication-footer"><div class="footer"><div class="container"><div class="footer-blurbs"><div class="footer-copyright-blurb">&copy; 2025 Corwin Abernathy</div><div class="footer-substack-blurb"><a href="https://substack.com/signup" class="footer-substack-cta">Start writing</a></div></div></div></div></div>
</div></div>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 22 Medium: title "Headline | by Name | Publication | Medium".
# ---------------------------------------------------------------------------
add("medium_post", "Medium",
    "https://medium.com/data-engineering-notes/why-we-moved-our-dbt-models-out-of-the-warehouse-9f2c1a7b3e44",
    T("Why We Moved Our dbt Tests Out of the Warehouse", ["Yuki Tanabe-Ross"], "2023-04-12"),
    r'''<!doctype html><html lang="en"><head><title data-rh="true">Why We Moved Our dbt Tests Out of the Warehouse | by Yuki Tanabe-Ross | Data Engineering Notes | Medium</title><meta data-rh="true" charset="utf-8"/><meta data-rh="true" name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1,maximum-scale=1"/><meta data-rh="true" name="theme-color" content="#000000"/><meta data-rh="true" property="og:site_name" content="Medium"/><meta data-rh="true" property="og:type" content="article"/><meta data-rh="true" property="article:published_time" content="2023-04-12T18:22:41.118Z"/><meta data-rh="true" name="title" content="Why We Moved Our dbt Tests Out of the Warehouse | by Yuki Tanabe-Ross | Data Engineering Notes | Medium"/><meta data-rh="true" property="og:title" content="Why We Moved Our dbt Tests Out of the Warehouse"/><meta data-rh="true" property="og:description" content="Our test suite was costing more than the models it tested."/><meta data-rh="true" name="description" content="Our test suite was costing more than the models it tested. Here is what we did about it."/><meta data-rh="true" property="og:url" content="https://medium.com/data-engineering-notes/why-we-moved-our-dbt-models-out-of-the-warehouse-9f2c1a7b3e44"/><meta data-rh="true" property="article:author" content="https://medium.com/@yukitr"/><meta data-rh="true" name="author" content="Yuki Tanabe-Ross"/><meta data-rh="true" name="robots" content="index,noarchive,follow,max-image-preview:large"/><meta data-rh="true" name="referrer" content="unsafe-url"/><meta data-rh="true" name="twitter:label1" content="Reading time"/><meta data-rh="true" name="twitter:data1" content="7 min read"/><link data-rh="true" rel="author" href="https://medium.com/@yukitr"/><link data-rh="true" rel="canonical" href="https://medium.com/data-engineering-notes/why-we-moved-our-dbt-models-out-of-the-warehouse-9f2c1a7b3e44"/><script data-rh="true" type="application/ld+json">{"@context":"http:\u002F\u002Fschema.org","@type":"NewsArticle","image":["https:\u002F\u002Fmiro.medium.com\u002Fv2\u002Fresize:fit:1200\u002F1*dbt.png"],"url":"https:\u002F\u002Fmedium.com\u002Fdata-engineering-notes\u002Fwhy-we-moved-our-dbt-models-out-of-the-warehouse-9f2c1a7b3e44","dateCreated":"2023-04-12T18:22:41.118Z","datePublished":"2023-04-12T18:22:41.118Z","dateModified":"2023-04-13T09:01:12.530Z","headline":"Why We Moved Our dbt Tests Out of the Warehouse - Data Engineering Notes - Medium","name":"Why We Moved Our dbt Tests Out of the Warehouse - Data Engineering Notes - Medium","description":"Our test suite was costing more than the models it tested.","identifier":"9f2c1a7b3e44","author":{"@type":"Person","name":"Yuki Tanabe-Ross","url":"https:\u002F\u002Fmedium.com\u002F@yukitr"},"creator":["Yuki Tanabe-Ross"],"publisher":{"@type":"Organization","name":"Data Engineering Notes","url":"https:\u002F\u002Fmedium.com\u002Fdata-engineering-notes","logo":{"@type":"ImageObject","width":209,"height":60,"url":"https:\u002F\u002Fmiro.medium.com\u002Fv2\u002Fresize:fit:418\u002Flogo.png"}},"mainEntityOfPage":"https:\u002F\u002Fmedium.com\u002Fdata-engineering-notes\u002Fwhy-we-moved-our-dbt-models-out-of-the-warehouse-9f2c1a7b3e44","isAccessibleForFree":true}</script></head><body><div id="root"><div class="a b c"><div class="d e f g h i j k"><div class="l"><div class="ab ca"><a data-testid="headerMediumLogo" href="https://medium.com/?source=post_page---top_nav_layout_nav" aria-label="Homepage">Medium</a><div class="ay"><a data-testid="headerWriteButton" href="https://medium.com/new-story">Write</a><a href="https://medium.com/m/signin">Sign in</a></div></div></div></div>
<div class="l"><article><div class="l"><div class="l"><section><div><div class="gn go gp gq gr"></div><div class="ab ca"><div class="ch bg fe ff fg fh">
<div><h1 id="2c4b" class="pw-post-title gs gt gu bf gv gw gx gy gz ha hb hc hd he hf hg hh hi hj hk hl hm hn ho hp hq bk" data-testid="storyTitle" data-selectable-paragraph="">Why We Moved Our dbt Tests Out of the Warehouse</h1></div>
<div><h2 id="8f1e" class="pw-subtitle-paragraph hr gt gu bf b hs ht hu hv hw hx hy hz ia ib ic id ie if ig ih ii ij ik cp dx">Our test suite was costing more than the models it tested</h2></div>
<div class="il im in io ip"><div class="speechify-ignore ab cp"><div class="speechify-ignore bh l"><div class="iq ir is it iu ab"><div><div class="ab iv"><div><div class="bm" aria-hidden="false"><a href="/@yukitr?source=post_page---byline--9f2c1a7b3e44" rel="noopener follow"><div class="l iw ix by iy iz"><img alt="Yuki Tanabe-Ross" class="l fb by dd de cx" src="https://miro.medium.com/v2/resize:fill:88:88/avatar.jpeg" width="44" height="44" loading="lazy" data-testid="authorPhoto"/></div></a></div></div></div></div>
<div class="bn bh l"><div class="ab"><div style="flex:1"><span class="bf b bg z bk"><div class="ja ab q"><div class="ab q jb"><div class="ab q"><div><div class="bm" aria-hidden="false"><p class="bf b jc jd bk"><a class="af ag ah ai aj ak al am an ao ap aq ar je" data-testid="authorName" href="/@yukitr?source=post_page---byline--9f2c1a7b3e44" rel="noopener follow">Yuki Tanabe-Ross</a></p></div></div></div><span class="jf jg" aria-hidden="true"><span class="bf b bg z dx">&middot;</span></span><p class="bf b jc jd dx"><button class="jh ji ah ai aj ak al am an ao ap aq ar jj jk jl" disabled="">Follow</button></p></div></div></span></div></div>
<div class="l"><span class="bf b bg z dx"><div class="ab cn jm jn jo"><div class="jp jq ab"><div class="bf b bg z dx ab jr">Published in<div class="bm" aria-hidden="false"><a class="af ag ah ai aj ak al am an ao ap aq ar je ab q" data-testid="publicationName" href="https://medium.com/data-engineering-notes?source=post_page---byline--9f2c1a7b3e44" rel="noopener follow"><p class="bf b bg z js jt ju jv jw jx jy jz bk">Data Engineering Notes</p></a></div></div></div><div class="h k"><span class="jf jg" aria-hidden="true"><span class="bf b bg z dx">&middot;</span></span></div><span data-testid="storyReadTime">7 min read</span><div class="ka kb l" aria-hidden="true"><span class="l" aria-hidden="true"><span class="bf b bg z dx">&middot;</span></span></div><span data-testid="storyPublishDate">Apr 12, 2023</span></div></span></div></div></div></div></div></div>
<p id="a1b2" class="pw-post-body-paragraph mr ms gu mt b mu mv mw mx my mz na nb nc nd ne nf ng nh ni nj nk nl nm nn no gn bk" data-selectable-paragraph="">Last quarter our analytics team noticed something embarrassing in the warehouse bill: the nightly dbt test run was costing more than the models it was testing. About 1,400 tests, most of them not_null and unique checks on wide tables, were scanning terabytes of data every night.</p>
<p id="c3d4" class="pw-post-body-paragraph mr ms gu mt b mu mv mw mx my mz na nb nc nd ne nf ng nh ni nj nk nl nm nn no gn bk" data-selectable-paragraph="">We did not want to test less. We wanted to test smarter. So we moved the cheap structural checks into the ingestion layer, where the data is small and already in memory, and kept only the tests that genuinely need the warehouse: relationships across models, freshness and a handful of business rules.</p>
<p id="e5f6" class="pw-post-body-paragraph mr ms gu mt b mu mv mw mx my mz na nb nc nd ne nf ng nh ni nj nk nl nm nn no gn bk" data-selectable-paragraph="">The result: the nightly test run dropped from 46 minutes to 9, and the bill for it by about 80 percent. We also catch most bad rows hours earlier, before they land in a model anyone queries.</p>
<p id="g7h8" class="pw-post-body-paragraph mr ms gu mt b mu mv mw mx my mz na nb nc nd ne nf ng nh ni nj nk nl nm nn no gn bk" data-selectable-paragraph="">The trade-off is that our tests now live in two places. In the rest of this post I will walk through how we keep them in sync, and the two mistakes we made along the way.</p>
</div></div></section></div></div></div></article>
<div class="ab ca"><div class="ch bg fe ff fg fh"><div class="pw-more-medium-articles"><h2>Recommended from Medium</h2><div><a href="/@someone/another-story-1a2b">Stop Using SELECT * in Production</a><span>Mar 30, 2023</span></div></div></div></div>
</div></div></div></body></html>''')


# ---------------------------------------------------------------------------
# 23 Ghost (Casper): two authors visible, JSON-LD lists only the primary one.
# ---------------------------------------------------------------------------
add("ghost_casper_twoauthors", "Ghost (Casper theme)",
    "https://fieldnotes.offgridlabs.org/solar-batteries-in-cold-climates/",
    T("What We Learned Running Solar Batteries Through a Minnesota Winter", ["Felix Omondi", "Ingrid Solvang"], "2024-10-07"),
    r'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>What We Learned Running Solar Batteries Through a Minnesota Winter</title>
<meta name="HandheldFriendly" content="True">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=1f2e3d4c5b">
<meta name="description" content="Four LiFePO4 banks, three enclosures, one very cold January.">
<link rel="canonical" href="https://fieldnotes.offgridlabs.org/solar-batteries-in-cold-climates/">
<meta name="referrer" content="no-referrer-when-downgrade">
<meta property="og:site_name" content="Off-Grid Labs Field Notes">
<meta property="og:type" content="article">
<meta property="og:title" content="What We Learned Running Solar Batteries Through a Minnesota Winter">
<meta property="og:description" content="Four LiFePO4 banks, three enclosures, one very cold January.">
<meta property="og:url" content="https://fieldnotes.offgridlabs.org/solar-batteries-in-cold-climates/">
<meta property="article:published_time" content="2024-10-07T14:30:00.000Z">
<meta property="article:modified_time" content="2024-10-08T09:12:44.000Z">
<meta property="article:tag" content="Batteries">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:title" content="What We Learned Running Solar Batteries Through a Minnesota Winter">
<meta name="twitter:label1" content="Written by">
<meta name="twitter:data1" content="Felix Omondi">
<meta name="twitter:label2" content="Filed under">
<meta name="twitter:data2" content="Batteries">
<script type="application/ld+json">
{
    "@context": "https://schema.org",
    "@type": "Article",
    "publisher": {
        "@type": "Organization",
        "name": "Off-Grid Labs Field Notes",
        "url": "https://fieldnotes.offgridlabs.org/",
        "logo": {
            "@type": "ImageObject",
            "url": "https://fieldnotes.offgridlabs.org/content/images/2023/02/logo.png"
        }
    },
    "author": {
        "@type": "Person",
        "name": "Felix Omondi",
        "image": {
            "@type": "ImageObject",
            "url": "https://fieldnotes.offgridlabs.org/content/images/2023/02/felix.jpg",
            "width": 400,
            "height": 400
        },
        "url": "https://fieldnotes.offgridlabs.org/author/felix/",
        "sameAs": []
    },
    "headline": "What We Learned Running Solar Batteries Through a Minnesota Winter",
    "url": "https://fieldnotes.offgridlabs.org/solar-batteries-in-cold-climates/",
    "datePublished": "2024-10-07T14:30:00.000Z",
    "dateModified": "2024-10-08T09:12:44.000Z",
    "keywords": "Batteries, Solar",
    "description": "Four LiFePO4 banks, three enclosures, one very cold January.",
    "mainEntityOfPage": "https://fieldnotes.offgridlabs.org/solar-batteries-in-cold-climates/"
}
</script>
<meta name="generator" content="Ghost 5.96">
</head>
<body class="post-template tag-batteries tag-solar is-head-left-logo has-cover">
<div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="https://fieldnotes.offgridlabs.org">Off-Grid Labs Field Notes</a></div><nav class="gh-head-menu"><ul class="nav"><li class="nav-home"><a href="https://fieldnotes.offgridlabs.org/">Home</a></li><li class="nav-about"><a href="https://fieldnotes.offgridlabs.org/about/">About</a></li></ul></nav><div class="gh-head-actions"><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content">
<main id="site-main" class="site-main">
<article class="article post tag-batteries tag-solar ">
<header class="article-header gh-canvas">
<div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/batteries/">Batteries</a></span></div>
<h1 class="article-title">What We Learned Running Solar Batteries Through a Minnesota Winter</h1>
<p class="article-excerpt">Four LiFePO4 banks, three enclosures, one very cold January.</p>
<div class="article-byline">
<section class="article-byline-content">
<ul class="author-list instapaper_ignore">
<li class="author-list-item"><a href="/author/felix/" class="author-avatar" aria-label="Read more of Felix Omondi"><img class="author-profile-image" src="/content/images/size/w100/2023/02/felix.jpg" alt="Felix Omondi" /></a></li>
<li class="author-list-item"><a href="/author/ingrid/" class="author-avatar" aria-label="Read more of Ingrid Solvang"><img class="author-profile-image" src="/content/images/size/w100/2023/02/ingrid.jpg" alt="Ingrid Solvang" /></a></li>
</ul>
<div class="article-byline-meta">
<h4 class="author-name"><a href="/author/felix/">Felix Omondi</a>, <a href="/author/ingrid/">Ingrid Solvang</a></h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="2024-10-07">Oct 7, 2024</time><span class="byline-reading-time"><span class="bull">&bull;</span> 6 min read</span></div>
</div>
</section>
</div>
<figure class="article-image"><img srcset="/content/images/size/w300/2024/10/batteries.jpg 300w, /content/images/size/w600/2024/10/batteries.jpg 600w" sizes="(min-width: 1400px) 1400px, 92vw" src="/content/images/size/w2000/2024/10/batteries.jpg" alt="Battery enclosures in snow" /></figure>
</header>
<section class="gh-content gh-canvas">
<p>Lithium iron phosphate batteries have become the default for off-grid solar, and for good reason: they last thousands of cycles, they tolerate deep discharge and they do not catch fire the way other lithium chemistries can. They also have one well-known weakness. You cannot charge them below freezing.</p>
<p>Last winter we set up four identical 5 kWh banks at a test site outside Bemidji, each in a different enclosure: an uninsulated steel box, a foam-lined box, a foam-lined box with a 60-watt heating pad, and a buried enclosure about four feet down.</p>
<h2 id="what-happened">What happened</h2>
<p>The uninsulated bank refused to charge on 41 of 90 days. The foam-lined box did better than we expected, losing only 12 days, because the battery's own discharge heat kept it just above freezing most nights. The heated enclosure never missed a charge, but the heating pad consumed about 9 percent of the energy the panels produced in January.</p>
<p>The buried enclosure was the surprise winner: it stayed between 3 and 7 degrees Celsius all winter with no heating at all.</p>
</section>
</article>
</main>
<aside class="read-more-wrap outer"><div class="read-more inner"><article class="post-card post"><a class="post-card-image-link" href="/charge-controller-shootout/"><img class="post-card-image" src="/content/images/2024/08/mppt.jpg" alt="" /></a><div class="post-card-content"><a class="post-card-content-link" href="/charge-controller-shootout/"><header class="post-card-header"><h2 class="post-card-title">MPPT Charge Controller Shootout</h2></header></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="2024-08-19">Aug 19, 2024</time></footer></div></article></div></aside>
</div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="https://fieldnotes.offgridlabs.org">Off-Grid Labs Field Notes</a> &copy; 2024</section><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer>
</div>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 24 Squarespace 7.1 blog: visible date lacks the year; JSON-LD author is a
#    plain string; offset without colon (-0700); title with em dash suffix.
# ---------------------------------------------------------------------------
add("squarespace_blog", "Squarespace 7.1",
    "https://www.fernhollowceramics.com/journal/glaze-testing-cone-6",
    T("How I Test a New Glaze at Cone 6", ["Juniper Hale"], "2023-05-17"),
    r'''<!doctype html>
<html xmlns:og="http://opengraphprotocol.org/schema/" xmlns:fb="http://www.facebook.com/2008/fbml" lang="en-US">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1">
<base href="">
<meta charset="utf-8" />
<title>How I Test a New Glaze at Cone 6 &mdash; Fernhollow Ceramics</title>
<link rel="canonical" href="https://www.fernhollowceramics.com/journal/glaze-testing-cone-6"/>
<meta property="og:site_name" content="Fernhollow Ceramics"/>
<meta property="og:title" content="How I Test a New Glaze at Cone 6 &mdash; Fernhollow Ceramics"/>
<meta property="og:latitude" content="45.5230622"/>
<meta property="og:url" content="https://www.fernhollowceramics.com/journal/glaze-testing-cone-6"/>
<meta property="og:type" content="article"/>
<meta property="og:description" content="Test tiles, line blends and the notebook I wish I'd started ten years ago."/>
<meta itemprop="name" content="How I Test a New Glaze at Cone 6 &mdash; Fernhollow Ceramics"/>
<meta itemprop="url" content="https://www.fernhollowceramics.com/journal/glaze-testing-cone-6"/>
<meta itemprop="author" content="Fernhollow Ceramics"/>
<meta itemprop="datePublished" content="2023-05-17T09:00:00-0700"/>
<meta itemprop="dateModified" content="2023-05-19T12:41:07-0700"/>
<meta itemprop="headline" content="How I Test a New Glaze at Cone 6"/>
<meta itemprop="publisher" content="Fernhollow Ceramics"/>
<meta name="twitter:title" content="How I Test a New Glaze at Cone 6 &mdash; Fernhollow Ceramics"/>
<meta name="twitter:card" content="summary"/>
<meta name="description" content="Test tiles, line blends and the notebook I wish I'd started ten years ago." />
<script type="application/ld+json">{"url":"https://www.fernhollowceramics.com","name":"Fernhollow Ceramics","@context":"http://schema.org","@type":"WebSite"}</script>
<script type="application/ld+json">{"url":"https://www.fernhollowceramics.com/journal/glaze-testing-cone-6","name":"How I Test a New Glaze at Cone 6","datePublished":"2023-05-17T09:00:00-0700","dateModified":"2023-05-19T12:41:07-0700","headline":"How I Test a New Glaze at Cone 6","author":"Juniper Hale","publisher":{"name":"Fernhollow Ceramics","logo":{"@type":"ImageObject","url":"https://images.squarespace-cdn.com/content/v1/logo.png"},"@context":"http://schema.org","@type":"Organization"},"@context":"http://schema.org","@type":"Article"}</script>
<script type="application/ld+json">{"legalName":"Fernhollow Ceramics","address":"","email":"hello@fernhollowceramics.com","telephone":"","sameAs":["https://www.instagram.com/fernhollowceramics"],"@context":"http://schema.org","@type":"Organization"}</script>
</head>
<body id="item-646d0a1b2c3d4e5f60718293" class="primary-button-style-solid primary-button-shape-pill header-width-full collection-type-blog-basic-grid collection-layout-default view-item">
<div id="siteWrapper" class="clearfix site-wrapper">
<header data-test="header" id="header" class="header theme-col--primary" data-section-theme="" data-controller="Header"><div class="header-announcement-bar-wrapper"><div class="header-inner container--fluid header-layout--with-commerce"><div class="header-display-desktop"><div class="header-title-nav-wrapper"><div class="header-title" data-animation-role="header-element"><div class="header-title-text"><a href="/" id="site-title">Fernhollow Ceramics</a></div></div><div class="header-nav"><div class="header-nav-wrapper"><nav class="header-nav-list"><div class="header-nav-item header-nav-item--collection"><a href="/shop">Shop</a></div><div class="header-nav-item header-nav-item--collection header-nav-item--active"><a href="/journal" aria-current="page">Journal</a></div><div class="header-nav-item header-nav-item--collection"><a href="/classes">Classes</a></div></nav></div></div></div></div></div></div></header>
<main id="page" class="container" role="main">
<article class="sections" id="sections" data-page-sections="646d0a1b2c3d4e5f60718294">
<section data-test="page-section" class="page-section layout-engine-section background-width--full-bleed section-height--medium content-width--wide horizontal-alignment--center vertical-alignment--middle">
<div class="content-wrapper"><div class="content"><div class="blog-item-wrapper">
<article class="entry h-entry BlogItem hentry category-glazes author-juniper-hale post-type-text article-index-1" data-item-id="646d0a1b2c3d4e5f60718293">
<div class="blog-item-top-wrapper">
<div class="blog-item-title"><h1 class="entry-title entry-title--large p-name" data-content-field="title">How I Test a New Glaze at Cone 6</h1></div>
<div class="blog-item-meta-wrapper"><div class="blog-meta-item blog-meta-item--author"><a href="/journal?author=5f1a2b3c4d5e6f7081920314" class="blog-author">Juniper Hale</a></div><time class="dt-published blog-meta-item blog-meta-item--date" datetime="2023-05-17" pubdate data-content-field="published-on">May 17</time></div>
</div>
<div class="blog-item-content-wrapper"><div class="blog-item-content e-content" data-layout-label="Post Body" data-type="item" data-updated-on="1684525267000" id="item-646d0a1b2c3d4e5f60718293"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item"><div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><div class="sqs-html-content">
<p class="">Every glaze I sell started life as a row of test tiles on the bottom shelf of my kiln. Most of them never made it any further. Over the years I have settled on a routine that tells me, in two firings, whether a recipe is worth pursuing.</p>
<p class="">First, I mix a 300-gram batch and dip three tiles: one thin, one medium, one thick. Glazes that look great at one thickness and crawl or run at another are not going to survive a production schedule.</p>
<p class="">Second, I fire the tiles in two places in the kiln, top and bottom, because my kiln runs almost half a cone hotter at the top. A glaze that only works in one spot is a glaze that will frustrate me forever.</p>
<p class="">Finally, I write everything down. Date, recipe, specific gravity, firing schedule, where the tile sat. The notebook is boring. The notebook is also the most valuable thing in my studio.</p>
</div></div></div></div></div></div></div></div>
<div class="blog-item-author-profile-wrapper"><a href="/journal?author=5f1a2b3c4d5e6f7081920314" class="blog-item-author-profile"><div class="author-name">Juniper Hale</div></a></div>
</article>
<section class="item-pagination item-pagination--prev-next" data-item-pagination><a href="/journal/studio-kiln-upgrade" class="item-pagination-link item-pagination-link--prev"><div class="item-pagination-prev-next">Previous</div><h2 class="item-pagination-title">Upgrading the Studio Kiln</h2></a></section>
</div></div></div>
</section>
</article>
</main>
<footer class="sections" id="footer-sections" data-footer-sections><section class="page-section"><div class="content"><p>&copy; 2023 Fernhollow Ceramics &middot; Portland, Oregon</p></div></section></footer>
</div>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 25 Wix blog: data-hook spans; JSON-LD BlogPosting.
# ---------------------------------------------------------------------------
add("wix_blog", "Wix Blog",
    "https://www.carrowyoga.com/post/why-your-hamstrings-feel-tight",
    T("Why Your Hamstrings Feel Tight (It's Probably Not Your Hamstrings)", ["Delphine Carrow"], "2024-03-03"),
    r'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset='utf-8'>
<meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport" />
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="generator" content="Wix.com Website Builder"/>
<title>Why Your Hamstrings Feel Tight (It's Probably Not Your Hamstrings)</title>
<meta name="description" content="A yoga teacher's look at why stretching alone rarely fixes that tight feeling behind your thighs."/>
<link rel="canonical" href="https://www.carrowyoga.com/post/why-your-hamstrings-feel-tight"/>
<meta property="og:title" content="Why Your Hamstrings Feel Tight (It's Probably Not Your Hamstrings)"/>
<meta property="og:url" content="https://www.carrowyoga.com/post/why-your-hamstrings-feel-tight"/>
<meta property="og:site_name" content="Carrow Yoga"/>
<meta property="og:type" content="article"/>
<meta property="article:author" content="Delphine Carrow"/>
<meta property="article:published_time" content="2024-03-03T14:12:00.123Z"/>
<meta property="article:modified_time" content="2024-03-04T08:20:11.456Z"/>
<meta name="twitter:card" content="summary_large_image"/>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"BlogPosting","mainEntityOfPage":{"@type":"WebPage","@id":"https://www.carrowyoga.com/post/why-your-hamstrings-feel-tight"},"headline":"Why Your Hamstrings Feel Tight (It's Probably Not Your Hamstrings)","description":"A yoga teacher's look at why stretching alone rarely fixes that tight feeling behind your thighs.","image":{"@type":"ImageObject","url":"https://static.wixstatic.com/media/hamstrings.jpg","width":1200,"height":800},"datePublished":"2024-03-03T14:12:00.123Z","dateModified":"2024-03-04T08:20:11.456Z","author":{"@type":"Person","name":"Delphine Carrow","url":"https://www.carrowyoga.com/profile/delphine/profile"},"publisher":{"@type":"Organization","name":"Carrow Yoga","logo":{"@type":"ImageObject","url":"https://static.wixstatic.com/media/logo.png"}},"interactionStatistic":[{"@type":"InteractionCounter","interactionType":"https://schema.org/LikeAction","userInteractionCount":12},{"@type":"InteractionCounter","interactionType":"https://schema.org/CommentAction","userInteractionCount":3}]}</script>
</head>
<body>
<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="site-root"><div id="masterPage" class="mesh-layout">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div id="comp-kx1a" class="comp-kx1a wixui-rich-text" data-testid="richTextElement"><p class="font_0 wixui-rich-text__text"><a href="https://www.carrowyoga.com">CARROW YOGA</a></p></div><nav id="comp-kx1b" aria-label="Site" class="wixui-dropdown-menu"><ul><li><a data-testid="linkElement" href="https://www.carrowyoga.com/classes">Classes</a></li><li><a data-testid="linkElement" href="https://www.carrowyoga.com/blog">Blog</a></li><li><a data-testid="linkElement" href="https://www.carrowyoga.com/book-online">Book Online</a></li></ul></nav></div></header>
<main id="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES"><div class="comp-lbx9"><div data-hook="post-page">
<article class="blog-post-page-font" data-hook="post">
<div class="post-metadata-wrapper"><div data-hook="post-list-item__metadata" class="post-metadata">
<div data-hook="avatar-image"><img src="https://static.wixstatic.com/media/avatar.jpg" alt="Writer's picture" width="32" height="32"/></div>
<div class="user-name-container"><span data-hook="user-name" class="tQ0Q1A user-name dlINDG" title="Delphine Carrow">Delphine Carrow</span></div>
<ul class="post-metadata__list"><li><span data-hook="time-ago" class="post-metadata__date time-ago" title="Mar 3, 2024">Mar 3, 2024</span></li><li><span data-hook="time-to-read" class="post-metadata__readTime" title="4 min read">4 min read</span></li></ul>
</div></div>
<div data-hook="post-title"><h1 class="blog-post-title-font blog-post-title-color post-title" data-hook="post-title">Why Your Hamstrings Feel Tight (It&#x27;s Probably Not Your Hamstrings)</h1></div>
<div data-hook="post-description"><div class="post-content__body" data-id="content-viewer"><div class="rich-content-viewer">
<p class="MmZ7Q" dir="auto"><span>Almost every new student who walks into my studio tells me the same thing: &ldquo;My hamstrings are so tight.&rdquo; And almost every one of them has been stretching those hamstrings for years, with very little to show for it.</span></p>
<p class="MmZ7Q" dir="auto"><span>Here is the thing. That feeling of tightness is often not a short muscle at all. It is your nervous system protecting a muscle it does not trust to be strong at the end of its range.</span></p>
<h2 class="blog-post-title-font" dir="auto"><span>Strength at length</span></h2>
<p class="MmZ7Q" dir="auto"><span>The fastest way I know to change that feeling is to load the hamstrings in a lengthened position: slow single-leg deadlifts, supported forward folds where you press the heels into the floor, and bridges with the feet walked far away from the hips.</span></p>
<p class="MmZ7Q" dir="auto"><span>Give it six weeks, twice a week. Then see how your forward fold feels.</span></p>
</div></div></div>
<div data-hook="post-footer"><ul class="tag-list"><li><a href="https://www.carrowyoga.com/blog/tags/anatomy">anatomy</a></li></ul></div>
</article>
<section data-hook="recent-posts"><h2>Recent Posts</h2><div data-hook="post-list-item"><h3><a href="https://www.carrowyoga.com/post/breathing-for-sleep">Three Breathing Drills for Better Sleep</a></h3><span data-hook="time-ago">Feb 14, 2024</span></div></section>
</div></div></div></main>
<footer id="SITE_FOOTER" class="wixui-footer"><p class="font_9">&copy;2024 by Carrow Yoga. Proudly created with Wix.com</p></footer>
</div></div></div></div>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 26 HubSpot CMS blog: "datetime" in HubL's "YYYY-MM-DD HH:MM:SS" form.
# ---------------------------------------------------------------------------
add("hubspot_blog", "HubSpot CMS",
    "https://blog.quarrytrack.io/inventory-shrinkage-warehouse-audit",
    T("5 Signs Your Warehouse Needs a Cycle-Count Audit", ["Grant Whitfield"], "2024-04-22"),
    r'''<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>5 Signs Your Warehouse Needs a Cycle-Count Audit</title>
<link rel="shortcut icon" href="https://blog.quarrytrack.io/hubfs/favicon.png">
<meta name="description" content="Shrinkage, phantom stock and angry pickers: how to tell it's time to audit your counts.">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:description" content="Shrinkage, phantom stock and angry pickers: how to tell it's time to audit your counts.">
<meta property="og:title" content="5 Signs Your Warehouse Needs a Cycle-Count Audit">
<meta name="twitter:description" content="Shrinkage, phantom stock and angry pickers: how to tell it's time to audit your counts.">
<meta name="twitter:title" content="5 Signs Your Warehouse Needs a Cycle-Count Audit">
<link rel="canonical" href="https://blog.quarrytrack.io/inventory-shrinkage-warehouse-audit">
<meta property="og:url" content="https://blog.quarrytrack.io/inventory-shrinkage-warehouse-audit">
<meta name="twitter:card" content="summary_large_image">
<meta property="og:type" content="article">
<link rel="alternate" type="application/rss+xml" href="https://blog.quarrytrack.io/rss.xml">
<meta name="twitter:domain" content="blog.quarrytrack.io">
<meta http-equiv="content-language" content="en">
<link rel="stylesheet" href="https://blog.quarrytrack.io/hubfs/hub_generated/template_assets/1/blog.min.css">
</head>
<body class="   hs-content-id-168220394512 hs-blog-post hs-blog-id-9988776655">
<div class="body-wrapper   hs-content-id-168220394512 hs-blog-post hs-blog-id-9988776655">
<header class="header"><div class="header__container content-wrapper"><div class="header__logo"><a href="https://www.quarrytrack.io"><img class="hs-image-widget" src="https://blog.quarrytrack.io/hubfs/logo.svg" alt="QuarryTrack"></a></div><nav class="header__menu" aria-label="Main menu"><ul class="menu__wrapper no-list"><li class="menu__item"><a class="menu__link" href="https://www.quarrytrack.io/product">Product</a></li><li class="menu__item"><a class="menu__link" href="https://www.quarrytrack.io/pricing">Pricing</a></li><li class="menu__item menu__item--active"><a class="menu__link" href="https://blog.quarrytrack.io">Blog</a></li></ul></nav><a class="button header__button" href="https://www.quarrytrack.io/demo">Book a demo</a></div></header>
<main id="main-content" class="body-container-wrapper">
<div class="body-container body-container--blog-post">
<div class="content-wrapper">
<article class="blog-post">
<h1><span id="hs_cos_wrapper_name" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_text" data-hs-cos-general-type="meta_field" data-hs-cos-type="text">5 Signs Your Warehouse Needs a Cycle-Count Audit</span></h1>
<div class="blog-post__meta">
<a href="https://blog.quarrytrack.io/author/grant-whitfield" class="blog-post__author-name">Grant Whitfield</a>
<time datetime="2024-04-22 13:00:00" class="blog-post__timestamp">Apr 22, 2024 1:00:00 PM</time>
</div>
<div class="blog-post__body"><span id="hs_cos_wrapper_post_body" class="hs_cos_wrapper hs_cos_wrapper_meta_field hs_cos_wrapper_type_rich_text" data-hs-cos-general-type="meta_field" data-hs-cos-type="rich_text">
<p>Most warehouses don't decide to audit their inventory counts. They get pushed into it, usually by a quarter-end write-down that nobody can explain.</p>
<!--more-->
<p>After working with more than 200 distribution centers, we see the same warning signs again and again. If you recognize three or more of these, it is time to schedule a cycle-count audit.</p>
<h2>1. Pickers are finding empty bins the system says are full</h2>
<p>Phantom inventory is the most common and most expensive problem we see. Every empty bin a picker walks to is wasted labor and, often, a missed shipment.</p>
<h2>2. Your adjustments are all going one direction</h2>
<p>Random counting errors should roughly cancel out. If your adjustments are consistently negative, you have shrinkage, a receiving problem or both.</p>
<h2>3. Nobody trusts the system</h2>
<p>When supervisors keep their own spreadsheets, the WMS has already lost. Rebuilding that trust starts with showing people a count that matches the shelf.</p>
</span></div>
<div class="blog-post__tags"><svg></svg><a class="blog-post__tag-link" href="https://blog.quarrytrack.io/tag/inventory-management">Inventory Management</a></div>
</article>
<section class="blog-related-posts"><div class="content-wrapper"><h2>Related posts</h2><div class="blog-related-posts__list"><div class="blog-related-posts__post"><a class="blog-related-posts__title-link" href="https://blog.quarrytrack.io/abc-analysis-explained"><h3 class="blog-related-posts__title">ABC Analysis, Explained for Humans</h3></a><p class="blog-related-posts__meta">Written by Priya Dasgupta, March 28, 2024</p></div></div></div></section>
</div>
</div>
</main>
<footer class="footer"><div class="footer__container content-wrapper"><p class="footer__copyright">&copy; 2024 QuarryTrack, Inc.</p></div></footer>
</div>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 27 Webflow CMS template: class soup, no semantic markup or metadata for
#    author/date, "Written by" label in a separate div.
# ---------------------------------------------------------------------------
add("webflow_classsoup", "Webflow",
    "https://www.northpilot.ai/blog/how-we-cut-onboarding-time-in-half",
    T("How We Cut Customer Onboarding Time in Half", ["Marisol Vance"], "2025-01-28"),
    r'''<!DOCTYPE html><!-- This site was created in Webflow. https://webflow.com --><!-- Last Published: Tue Feb 04 2025 18:20:41 GMT+0000 (Coordinated Universal Time) --><html data-wf-domain="www.northpilot.ai" data-wf-page="65a1b2c3d4e5f60718293a4b" data-wf-site="65a1b2c3d4e5f60718293a40" lang="en" data-wf-collection="65a1b2c3d4e5f60718293a55" data-wf-item-slug="how-we-cut-onboarding-time-in-half"><head><meta charset="utf-8"/><title>How We Cut Customer Onboarding Time in Half | NorthPilot Blog</title><meta content="Templates, a kickoff checklist and one uncomfortable conversation." name="description"/><meta content="How We Cut Customer Onboarding Time in Half | NorthPilot Blog" property="og:title"/><meta content="Templates, a kickoff checklist and one uncomfortable conversation." property="og:description"/><meta content="https://cdn.prod.website-files.com/65a1/onboarding.png" property="og:image"/><meta property="og:type" content="website"/><meta content="summary_large_image" name="twitter:card"/><meta content="width=device-width, initial-scale=1" name="viewport"/><meta content="Webflow" name="generator"/><link href="https://cdn.prod.website-files.com/65a1/css/northpilot.webflow.shared.css" rel="stylesheet" type="text/css"/><link href="https://www.northpilot.ai/blog/how-we-cut-onboarding-time-in-half" rel="canonical"/></head><body><div class="page-wrapper"><div data-animation="default" data-collapse="medium" data-duration="400" data-easing="ease" data-easing2="ease" role="banner" class="navbar w-nav"><div class="nav-container"><a href="/" class="brand w-nav-brand"><img src="https://cdn.prod.website-files.com/65a1/logo.svg" loading="lazy" alt="NorthPilot" class="logo"/></a><nav role="navigation" class="nav-menu w-nav-menu"><a href="/product" class="nav-link w-nav-link">Product</a><a href="/customers" class="nav-link w-nav-link">Customers</a><a href="/blog" class="nav-link w-nav-link w--current">Blog</a></nav><a href="/demo" class="button-primary w-button">Get a demo</a></div></div>
<main class="main-wrapper"><section class="section-blog-post-header"><div class="padding-global"><div class="container-medium"><div class="blog-post-header-wrap">
<a href="/blog-categories/customer-success" class="blog-category-tag">Customer Success</a>
<h1 class="heading-style-h1">How We Cut Customer Onboarding Time in Half</h1>
<p class="text-size-medium">Templates, a kickoff checklist and one uncomfortable conversation.</p>
<div class="blog-post-author-wrap"><img src="https://cdn.prod.website-files.com/65a1/marisol.jpg" loading="lazy" alt="" class="blog-post-author-image"/><div class="blog-post-author-text"><div class="text-block-12">Written by</div><div class="text-weight-semibold">Marisol Vance</div></div><div class="blog-post-date-wrap"><div class="text-block-13">Published on</div><div class="text-weight-semibold">January 28, 2025</div></div><div class="blog-post-date-wrap"><div class="text-block-13">Read time</div><div class="text-weight-semibold">5 min</div></div></div>
</div></div></div></section>
<section class="section-blog-post-content"><div class="padding-global"><div class="container-small"><div class="text-rich-text w-richtext">
<p>A year ago, a new NorthPilot customer waited an average of 41 days between signing a contract and running their first live workflow. Last quarter that number was 19.</p>
<p>None of what we changed was clever. Most of it was simply writing down what our best onboarding managers already did, and then making everyone else do it too.</p>
<h2>A kickoff call with an agenda the customer sees first</h2>
<p>We now send the agenda 48 hours before the first call, with the three decisions we need the customer to make. Those decisions used to take two weeks of email. Now they mostly happen in the first hour.</p>
<h2>Templates for the first three workflows</h2>
<p>Almost every customer starts with the same three automations. We built them as templates with blanks for the customer's own field names, and the first workflow now goes live in days instead of weeks.</p>
<h2>The uncomfortable conversation</h2>
<p>Some customers were not ready: no admin assigned, no data owner, no time. We now say so at kickoff and pause the project rather than letting it drift. Paradoxically, that made those customers move faster.</p>
</div></div></div></section>
<section class="section-more-posts"><div class="padding-global"><div class="container-large"><h2 class="heading-style-h3">More from the blog</h2><div class="w-dyn-list"><div role="list" class="blog-list w-dyn-items"><div role="listitem" class="w-dyn-item"><a href="/blog/soc-2-type-2" class="blog-card w-inline-block"><div class="heading-style-h5">What We Learned From Our First SOC 2 Type II Audit</div><div class="blog-card-meta"><div>Dan Okereke</div><div>December 12, 2024</div></div></a></div></div></div></div></div></section>
</main>
<footer class="footer"><div class="padding-global"><div class="footer-bottom"><div class="text-size-small">&copy; 2025 NorthPilot, Inc. All rights reserved.</div></div></div></footer></div></body></html>''')


# ---------------------------------------------------------------------------
# 28 Shopify (Debut): "article__author", Liquid-built datetime with a literal Z.
# ---------------------------------------------------------------------------
add("shopify_debut_blog", "Shopify (Debut theme)",
    "https://wrenandwick.com/blogs/journal/how-to-make-your-candle-burn-evenly",
    T("How to Make Your Candle Burn Evenly (and Stop Tunneling)", ["Wren Calloway"], "2024-08-05"),
    r'''<!doctype html>
<html class="no-js" lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="theme-color" content="#3a3a3a">
<link rel="canonical" href="https://wrenandwick.com/blogs/journal/how-to-make-your-candle-burn-evenly">
<title>How to Make Your Candle Burn Evenly (and Stop Tunneling) &ndash; Wren &amp; Wick</title>
<meta name="description" content="The first burn sets the memory ring. Here's how long to let it go, and how to rescue a candle that's already tunneled.">
<meta property="og:site_name" content="Wren &amp; Wick">
<meta property="og:url" content="https://wrenandwick.com/blogs/journal/how-to-make-your-candle-burn-evenly">
<meta property="og:title" content="How to Make Your Candle Burn Evenly (and Stop Tunneling)">
<meta property="og:type" content="article">
<meta property="og:description" content="The first burn sets the memory ring. Here's how long to let it go, and how to rescue a candle that's already tunneled.">
<meta name="twitter:card" content="summary_large_image">
<link href="//wrenandwick.com/cdn/shop/t/3/assets/theme.scss.css?v=1" rel="stylesheet" type="text/css" media="all" />
<script>var Shopify = Shopify || {};Shopify.shop = "wren-and-wick.myshopify.com";Shopify.theme = {"name":"Debut","id":120034983,"theme_store_id":796,"role":"main"};</script>
</head>
<body class="template-article">
<a class="in-page-link visually-hidden skip-link" href="#MainContent">Skip to content</a>
<div id="shopify-section-announcement-bar" class="shopify-section"><div class="announcement-bar" role="region" aria-label="Announcement"><p class="announcement-bar__message">Free shipping on orders over $50</p></div></div>
<div id="shopify-section-header" class="shopify-section"><header class="site-header border-bottom logo--left" role="banner"><div class="grid grid--no-gutters grid--table site-header__mobile-nav"><div class="grid__item medium-up--one-quarter logo-align--left"><div class="h2 site-header__logo"><a href="/" class="site-header__logo-image"><img class="js lazyload" src="//wrenandwick.com/cdn/shop/files/logo_95x.png" alt="Wren &amp; Wick"></a></div></div><nav class="grid__item medium-up--one-half small--hide" id="AccessibleNav" role="navigation"><ul class="site-nav list--inline " id="SiteNav"><li><a href="/collections/all" class="site-nav__link site-nav__link--main"><span class="site-nav__label">Shop</span></a></li><li><a href="/blogs/journal" class="site-nav__link site-nav__link--main site-nav__link--active"><span class="site-nav__label">Journal</span></a></li><li><a href="/pages/about" class="site-nav__link site-nav__link--main"><span class="site-nav__label">Our Story</span></a></li></ul></nav></div></header></div>
<div class="page-container" id="PageContainer"><main class="main-content js-focus-hidden" id="MainContent" role="main" tabindex="-1">
<div id="shopify-section-article-template" class="shopify-section"><article class="article" role="article" itemscope itemtype="http://schema.org/Article">
<div class="article__featured-image-wrapper ratio-container" data-image-loading-animation><img class="article__featured-image lazyload" src="//wrenandwick.com/cdn/shop/articles/candle_300x300.jpg" alt="A candle with an even melt pool"></div>
<div class="page-width"><div class="grid"><div class="grid__item medium-up--five-sixths medium-up--push-one-twelfth">
<header class="section-header text-center">
<h1 class="article__title">How to Make Your Candle Burn Evenly (and Stop Tunneling)</h1>
<span class="article__author">by Wren Calloway</span>
<span class="article__date"><time datetime="2024-08-05T23:40:00Z">August 5, 2024</time></span>
</header>
<div class="rte article__content">
<p>If your candle has burned a narrow hole straight down the middle, leaving a thick wall of wax around the edge, you have met tunneling. It is the most common complaint we hear, and it almost always comes down to the very first burn.</p>
<p>Wax has a memory. On the first burn, the melt pool should reach all the way to the edge of the jar. For our 8-ounce candles that takes about two and a half to three hours. Blow it out after 45 minutes and the next burn will stop at that same ring, and the one after that, and the one after that.</p>
<p><strong>Already tunneled?</strong> Wrap a sheet of aluminum foil around the top of the jar, leaving an opening in the middle, and light the candle. The foil reflects heat back onto the outer wax and usually levels things out within an hour or two.</p>
<p>And trim your wick to about a quarter inch before every burn. A long wick makes a big, sooty flame and burns unevenly.</p>
</div>
<ul class="list--inline tags tags--article text-center"><li><a href="/blogs/journal/tagged/candle-care">Candle care</a></li></ul>
<div class="social-sharing"><a target="_blank" href="//www.facebook.com/sharer.php?u=https://wrenandwick.com/blogs/journal/how-to-make-your-candle-burn-evenly" class="btn btn--small btn--share share-facebook"><span class="share-title" aria-hidden="true">Share</span></a></div>
</div></div></div>
</article></div>
<div class="text-center return-link-wrapper page-width"><a href="/blogs/journal" class="btn btn--secondary btn--has-icon-before return-link">Back to Journal</a></div>
</main>
<div id="shopify-section-footer" class="shopify-section"><footer class="site-footer" role="contentinfo"><div class="page-width"><div class="grid__item small--hide one-half site-footer-item-center-vertically"><small class="site-footer__copyright-content">&copy; 2025, <a href="/" title="">Wren &amp; Wick</a></small><small class="site-footer__copyright-content site-footer__copyright-content--powered-by"><a target="_blank" rel="nofollow" href="https://www.shopify.com?utm_campaign=poweredby">Powered by Shopify</a></small></div></div></footer></div>
</div>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 29 Blogger (classic "Simple"-style template): "Site: Post" title, h3 post title,
#    date header in text, abbr.published with ISO title.
# ---------------------------------------------------------------------------
add("blogger_classic", "Blogger",
    "https://tidewaterbirding.blogspot.com/2019/11/snow-buntings-at-sandbridge.html",
    T("Snow Buntings at Sandbridge", ["Harold Penwright"], "2019-11-17"),
    r'''<!DOCTYPE html>
<html class='v2' dir='ltr' lang='en' xmlns='http://www.w3.org/1999/xhtml' xmlns:b='http://www.google.com/2005/gml/b' xmlns:data='http://www.google.com/2005/gml/data' xmlns:expr='http://www.google.com/2005/gml/expr'>
<head>
<meta content='width=1100' name='viewport'/>
<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>
<meta content='blogger' name='generator'/>
<link href='https://tidewaterbirding.blogspot.com/favicon.ico' rel='icon' type='image/x-icon'/>
<link href='https://tidewaterbirding.blogspot.com/2019/11/snow-buntings-at-sandbridge.html' rel='canonical'/>
<link rel="alternate" type="application/atom+xml" title="Tidewater Birding Notes - Atom" href="https://tidewaterbirding.blogspot.com/feeds/posts/default" />
<meta content='https://tidewaterbirding.blogspot.com/2019/11/snow-buntings-at-sandbridge.html' property='og:url'/>
<meta content='Snow Buntings at Sandbridge' property='og:title'/>
<meta content='Three snow buntings feeding in the wrack line just south of the Little Island fishing pier.' property='og:description'/>
<title>Tidewater Birding Notes: Snow Buntings at Sandbridge</title>
</head>
<body class='loading variant-simplysimple'>
<div class='content'><div class='content-outer'><div class='content-cap-top cap-top'></div><div class='content-inner'>
<header><div class='header-outer'><div class='header-inner'><div class='section' id='header'><div class='widget Header' data-version='1' id='Header1'><div id='header-inner'><div class='titlewrapper'><h1 class='title'><a href='https://tidewaterbirding.blogspot.com/'>Tidewater Birding Notes</a></h1></div><div class='descriptionwrapper'><p class='description'><span>Birds, beaches and marshes of coastal Virginia</span></p></div></div></div></div></div></div></header>
<div class='tabs-outer'><div class='tabs-inner'><div class='section' id='crosscol'><div class='widget PageList' data-version='1' id='PageList1'><div class='widget-content'><ul><li><a href='https://tidewaterbirding.blogspot.com/'>Home</a></li><li><a href='https://tidewaterbirding.blogspot.com/p/hotspots.html'>Hotspots</a></li></ul></div></div></div></div></div>
<div class='main-outer'><div class='main-inner columns-fix-width'><div class='columns-inner'><div class='column-center-outer'><div class='column-center-inner'><div class='main section' id='main'><div class='widget Blog' data-version='1' id='Blog1'><div class='blog-posts hfeed'>
<div class="date-outer">
<h2 class='date-header'><span>Sunday, November 17, 2019</span></h2>
<div class="date-posts">
<div class='post-outer'>
<div class='post hentry uncustomized-post-template' itemprop='blogPost' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>
<meta content='https://blogger.googleusercontent.com/img/b/R29v/bunting.jpg' itemprop='image_url'/>
<meta content='8123456789012345678' itemprop='blogId'/>
<meta content='2233445566778899001' itemprop='postId'/>
<a name='2233445566778899001'></a>
<h3 class='post-title entry-title' itemprop='name'>Snow Buntings at Sandbridge</h3>
<div class='post-header'><div class='post-header-line-1'></div></div>
<div class='post-body entry-content' id='post-body-2233445566778899001' itemprop='description articleBody'>
<div class="separator" style="clear: both; text-align: center;"><a href="https://blogger.googleusercontent.com/img/b/R29v/s1600/bunting.jpg" style="margin-left: 1em; margin-right: 1em;"><img border="0" data-original-height="900" data-original-width="1200" height="300" src="https://blogger.googleusercontent.com/img/b/R29v/s400/bunting.jpg" width="400" /></a></div>
Three snow buntings were feeding in the wrack line just south of the Little Island fishing pier this morning, my first in Virginia Beach since the winter of 2014. They were remarkably tame, working the seaweed and dried eelgrass for seeds and letting me sit on the sand about thirty feet away.<br />
<br />
Snow buntings breed in the high Arctic and only a handful reach coastal Virginia most winters. Look for them on the upper beach with horned larks, usually after a few days of strong north winds. They are easy to overlook when they sit still, as the brown and white winter plumage blends perfectly with the sand.<br />
<br />
Also at the pier: a dozen northern gannets offshore, two red-throated loons and a single late royal tern.<br />
<div style='clear: both;'></div>
</div>
<div class='post-footer'><div class='post-footer-line post-footer-line-1'>
<span class='post-author vcard'>Posted by <span class='fn' itemprop='author' itemscope='itemscope' itemtype='http://schema.org/Person'><meta content='https://www.blogger.com/profile/01234567890123456789' itemprop='url'/><a class='g-profile' href='https://www.blogger.com/profile/01234567890123456789' rel='author' title='author profile'><span itemprop='name'>Harold Penwright</span></a></span></span>
<span class='post-timestamp'>at <meta content='https://tidewaterbirding.blogspot.com/2019/11/snow-buntings-at-sandbridge.html' itemprop='url'/><a class='timestamp-link' href='https://tidewaterbirding.blogspot.com/2019/11/snow-buntings-at-sandbridge.html' rel='bookmark' title='permanent link'><abbr class='published' itemprop='datePublished' title='2019-11-17T09:14:00-05:00'>9:14&#8239;AM</abbr></a></span>
<span class='post-comment-link'></span>
</div><div class='post-footer-line post-footer-line-2'><span class='post-labels'>Labels: <a href='https://tidewaterbirding.blogspot.com/search/label/Sandbridge' rel='tag'>Sandbridge</a>, <a href='https://tidewaterbirding.blogspot.com/search/label/winter%20finches' rel='tag'>winter finches</a></span></div></div>
</div>
<div class='comments' id='comments'><a name='comments'></a><h4>2 comments:</h4><div class='comments-content'><div class='comment-thread'><ol><li class='comment' id='c111'><div class='comment-block'><div class='comment-header'><cite class='user'><a href='https://www.blogger.com/profile/999' rel='nofollow'>Marge Dillard</a></cite><span class='icon user '></span><span class='datetime secondary-text'><a rel='nofollow' href='https://tidewaterbirding.blogspot.com/2019/11/snow-buntings-at-sandbridge.html?showComment=1574027820000#c111'>November 17, 2019 at 4:57&#8239;PM</a></span></div><p class='comment-content'>Went this afternoon and they were still there. Thanks Harold!</p></div></li></ol></div></div></div>
</div>
</div></div>
</div></div></div></div></div>
<div class='column-right-outer'><div class='column-right-inner'><aside><div class='sidebar section' id='sidebar-right-1'><div class='widget BlogArchive' data-version='1' id='BlogArchive1'><h2>Blog Archive</h2><div class='widget-content'><ul class='hierarchy'><li class='archivedate expanded'><a class='post-count-link' href='https://tidewaterbirding.blogspot.com/2019/'>2019</a><span class='post-count' dir='ltr'>(23)</span></li></ul></div></div><div class='widget Profile' data-version='1' id='Profile1'><h2>About Me</h2><div class='widget-content'><dl class='profile-datablock'><dt class='profile-data'><a class='profile-name-link g-profile' href='https://www.blogger.com/profile/01234567890123456789' rel='author'>Harold Penwright</a></dt></dl></div></div></div></aside></div></div>
</div></div></div>
<footer><div class='footer-outer'><div class='footer-inner'><div class='widget Attribution' data-version='1' id='Attribution1'><div class='widget-content' style='text-align: center;'>Simple theme. Powered by <a href='https://www.blogger.com' target='_blank'>Blogger</a>.</div></div></div></div></footer>
</div></div></div>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 30 Healthline-like: "Medically reviewed by X, MD — Written by Y — Updated on".
#    Only the updated date is visible; JSON-LD datePublished is older.
# ---------------------------------------------------------------------------
add("health_reviewed_by_updated", "Health publisher (Healthline-like)",
    "https://www.vitalsignpost.com/health/magnesium-for-sleep",
    T("Does Magnesium Help You Sleep? What the Research Says", ["Beatrix Holloway"], "2021-08-16"),
    r'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Magnesium for Sleep: Does It Work? What the Research Says</title>
<meta name="description" content="Magnesium is a popular sleep supplement. Here's what studies actually show, plus dosage and safety.">
<meta property="og:title" content="Does Magnesium Help You Sleep? What the Research Says">
<meta property="og:type" content="article">
<meta property="og:site_name" content="VitalSign Post">
<meta property="article:modified_time" content="2025-03-03T00:00:00Z">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"MedicalWebPage","@id":"https://www.vitalsignpost.com/health/magnesium-for-sleep#webpage","url":"https://www.vitalsignpost.com/health/magnesium-for-sleep","name":"Magnesium for Sleep: Does It Work? What the Research Says","lastReviewed":"2025-03-03","reviewedBy":{"@type":"Person","name":"Samuel Adeyemi, MD","url":"https://www.vitalsignpost.com/reviewers/samuel-adeyemi-md","jobTitle":"Board-certified internist"}},{"@type":"Article","@id":"https://www.vitalsignpost.com/health/magnesium-for-sleep#article","headline":"Does Magnesium Help You Sleep? What the Research Says","datePublished":"2021-08-16T00:00:00Z","dateModified":"2025-03-03T00:00:00Z","author":[{"@type":"Person","name":"Beatrix Holloway","url":"https://www.vitalsignpost.com/authors/beatrix-holloway"}],"publisher":{"@type":"Organization","name":"VitalSign Post","logo":{"@type":"ImageObject","url":"https://www.vitalsignpost.com/logo.png"}},"mainEntityOfPage":{"@id":"https://www.vitalsignpost.com/health/magnesium-for-sleep#webpage"}}]}</script>
</head>
<body>
<header class="css-hdr01"><a class="css-logo" href="/">VitalSign Post</a><nav class="css-nav"><a href="/health">Health Conditions</a><a href="/nutrition">Nutrition</a><a href="/sleep">Sleep</a><a href="/newsletter">Newsletters</a></nav></header>
<main class="css-main">
<article class="article-body css-d2znx6">
<div class="css-1avyp1d"><h1 class="css-6jxmuv">Does Magnesium Help You Sleep? What the Research Says</h1></div>
<div class="css-1xj2x7g" data-testid="byline"><div class="css-reviewer"><span>Medically reviewed by </span><a class="css-1l6x1yh" href="/reviewers/samuel-adeyemi-md">Samuel Adeyemi, MD</a></div><span class="css-sep"> &mdash; </span><div class="css-author"><span>Written by </span><a class="css-1l6x1yh" href="/authors/beatrix-holloway">Beatrix Holloway</a></div><span class="css-sep"> &mdash; </span><span class="css-1i0ypeq">Updated on March 3, 2025</span></div>
<div class="css-z468a2"><p><strong>Magnesium may modestly improve sleep in older adults and people who are low in magnesium, but evidence in healthy adults is limited.</strong></p></div>
<div class="css-0"><p>Magnesium is involved in hundreds of processes in the body, including the regulation of neurotransmitters that calm the nervous system. That has made it one of the most popular supplements for people who struggle to fall or stay asleep.</p>
<h2>What does the research say?</h2>
<p>A small number of clinical trials have found that magnesium supplements improved sleep quality, particularly in older adults. One 2012 study of 46 older adults found that 500 mg of magnesium daily for eight weeks improved measures of insomnia compared with a placebo.</p>
<p>However, reviews of the research note that most studies are small, short and involve people who were deficient in magnesium to begin with. There is little evidence that magnesium helps people who already get enough from their diet.</p>
<h2>Is it safe?</h2>
<p>Magnesium from food is safe for most people. Supplements can cause diarrhea, nausea and cramping at high doses. People with kidney disease should talk with a doctor before taking magnesium supplements.</p></div>
<div class="css-sources"><h3>How we reviewed this article:</h3><p>Our experts continually monitor the health and wellness space, and we update our articles when new information becomes available.</p><ul class="css-history"><li>Current Version<br>Mar 3, 2025<br>Written By<br>Beatrix Holloway<br>Edited By<br>Nadia Friel<br>Medically Reviewed By<br>Samuel Adeyemi, MD</li><li>Aug 16, 2021<br>Written By<br>Beatrix Holloway</li></ul></div>
</article>
</main>
<footer class="css-ftr"><p>&copy; 2025 VitalSign Post Media. All rights reserved. Our website services, content, and products are for informational purposes only.</p></footer>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 31 WebMD-like: "Written by Y" and "Medically Reviewed by X, MD on <date>";
#    the only visible date is the review date; JSON-LD has the publish date.
# ---------------------------------------------------------------------------
add("webmd_like_review_date", "Health publisher (WebMD-like)",
    "https://www.clinicpath.com/allergies/what-is-oral-allergy-syndrome",
    T("What Is Oral Allergy Syndrome?", ["Noor Haddad"], "2023-11-20"),
    r'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Oral Allergy Syndrome: Symptoms, Triggers, and Treatment</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="Oral allergy syndrome causes an itchy mouth after eating certain raw fruits and vegetables. Learn about triggers and treatment.">
<meta property="og:title" content="What Is Oral Allergy Syndrome?">
<meta property="og:type" content="article">
<meta property="og:site_name" content="ClinicPath">
<meta name="author" content="Noor Haddad">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"MedicalWebPage","name":"What Is Oral Allergy Syndrome?","headline":"What Is Oral Allergy Syndrome?","url":"https://www.clinicpath.com/allergies/what-is-oral-allergy-syndrome","datePublished":"2023-11-20T00:00:00Z","dateModified":"2025-03-03T00:00:00Z","lastReviewed":"2025-03-03T00:00:00Z","author":{"@type":"Person","name":"Noor Haddad","url":"https://www.clinicpath.com/authors/noor-haddad"},"reviewedBy":{"@type":"Person","name":"Carl Mendes, MD","url":"https://www.clinicpath.com/reviewers/carl-mendes"},"publisher":{"@type":"Organization","name":"ClinicPath"},"about":{"@type":"MedicalCondition","name":"Oral allergy syndrome"}}</script>
</head>
<body class="article-page">
<header class="global-header"><a class="logo" href="/">ClinicPath</a><nav><ul><li><a href="/conditions">Conditions</a></li><li><a href="/drugs">Drugs &amp; Supplements</a></li><li><a href="/living-healthy">Living Healthy</a></li></ul></nav></header>
<main id="main">
<div class="article-page-wrapper">
<nav class="breadcrumbs"><a href="/">ClinicPath</a> &rsaquo; <a href="/allergies">Allergies</a> &rsaquo; <span>Reference</span></nav>
<article class="article">
<header class="article__header"><h1 class="article__title">What Is Oral Allergy Syndrome?</h1>
<div class="article-info"><div class="author"><span class="label">Written by </span><a class="person" href="/authors/noor-haddad">Noor Haddad</a></div><div class="reviewer"><span class="label">Medically Reviewed by </span><a class="person" href="/reviewers/carl-mendes">Carl Mendes, MD</a><span class="review-date"> on March 03, 2025</span></div></div>
<div class="toc"><h2>In this article</h2><ul><li><a href="#symptoms">Symptoms</a></li><li><a href="#triggers">Triggers</a></li><li><a href="#treatment">Treatment</a></li></ul></div>
</header>
<div class="article__body">
<p>Oral allergy syndrome (OAS), also called pollen-food allergy syndrome, is a reaction that causes your mouth, lips, or throat to itch or tingle after you eat certain raw fruits, vegetables, or nuts.</p>
<p>It happens because proteins in these foods look a lot like proteins in pollen. If you're allergic to pollen, your immune system can mistake the food protein for the pollen protein and react.</p>
<h2 id="symptoms">Symptoms</h2>
<p>Symptoms usually start within minutes of eating the food and include itching or tingling of the mouth, lips, tongue, and throat, and mild swelling. They tend to fade quickly once you stop eating or swallow the food.</p>
<h2 id="triggers">Triggers</h2>
<p>People with birch pollen allergy often react to apples, cherries, pears, carrots, and almonds. Ragweed allergy is linked with melons, bananas, and zucchini. Cooking the food usually breaks down the protein, so many people can eat apple pie even if raw apples bother them.</p>
<h2 id="treatment">Treatment</h2>
<p>Avoiding the raw form of trigger foods is the main treatment. Talk to your doctor if you ever have trouble breathing or swallowing after eating, as that may be a more serious allergy.</p>
</div>
<div class="sources"><h3>Sources</h3><p>American Academy of Allergy, Asthma &amp; Immunology. Oral allergy syndrome.</p><p class="copyright">&copy; 2025 ClinicPath, LLC. All rights reserved.</p></div>
</article>
</div>
</main>
<footer class="global-footer"><p>ClinicPath does not provide medical advice, diagnosis or treatment.</p></footer>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 32 Food blog (Feast plugin on Genesis + Yoast + WP Recipe Maker):
#    "Published: ... · Modified: ... by Name"; Recipe node with author; comments.
# ---------------------------------------------------------------------------
add("foodblog_feast_wprm", "WordPress/Feast+Yoast+WPRM",
    "https://www.rosasweeknightkitchen.com/one-pan-lemon-orzo/",
    T("One-Pan Lemon Orzo with Spinach and Feta", ["Rosa Benedetti"], "2024-01-12"),
    r'''<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>One-Pan Lemon Orzo with Spinach and Feta - Rosa's Weeknight Kitchen</title>
<meta name="description" content="Creamy without cream, ready in 25 minutes, and only one pan to wash." />
<link rel="canonical" href="https://www.rosasweeknightkitchen.com/one-pan-lemon-orzo/" />
<meta property="og:type" content="article" />
<meta property="og:title" content="One-Pan Lemon Orzo with Spinach and Feta" />
<meta property="og:site_name" content="Rosa&#039;s Weeknight Kitchen" />
<meta property="article:published_time" content="2024-01-12T14:00:00+00:00" />
<meta property="article:modified_time" content="2025-03-01T16:22:09+00:00" />
<meta name="author" content="Rosa Benedetti" />
<meta name="twitter:label1" content="Written by" />
<meta name="twitter:data1" content="Rosa Benedetti" />
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"Article","@id":"https://www.rosasweeknightkitchen.com/one-pan-lemon-orzo/#article","isPartOf":{"@id":"https://www.rosasweeknightkitchen.com/one-pan-lemon-orzo/"},"author":{"name":"Rosa Benedetti","@id":"https://www.rosasweeknightkitchen.com/#/schema/person/7e1a"},"headline":"One-Pan Lemon Orzo with Spinach and Feta","datePublished":"2024-01-12T14:00:00+00:00","dateModified":"2025-03-01T16:22:09+00:00","wordCount":1180,"commentCount":3,"publisher":{"@id":"https://www.rosasweeknightkitchen.com/#organization"},"articleSection":["Pasta","Vegetarian"],"inLanguage":"en-US"},{"@type":"WebPage","@id":"https://www.rosasweeknightkitchen.com/one-pan-lemon-orzo/","url":"https://www.rosasweeknightkitchen.com/one-pan-lemon-orzo/","name":"One-Pan Lemon Orzo with Spinach and Feta - Rosa's Weeknight Kitchen","datePublished":"2024-01-12T14:00:00+00:00","dateModified":"2025-03-01T16:22:09+00:00","inLanguage":"en-US"},{"@type":"Person","@id":"https://www.rosasweeknightkitchen.com/#/schema/person/7e1a","name":"Rosa Benedetti","url":"https://www.rosasweeknightkitchen.com/about/"},{"@type":"Recipe","name":"One-Pan Lemon Orzo with Spinach and Feta","author":{"@id":"https://www.rosasweeknightkitchen.com/#/schema/person/7e1a"},"description":"Creamy without cream, ready in 25 minutes.","datePublished":"2024-01-12T14:00:00+00:00","image":["https://www.rosasweeknightkitchen.com/wp-content/uploads/2024/01/orzo.jpg"],"recipeYield":["4"],"prepTime":"PT5M","cookTime":"PT20M","totalTime":"PT25M","recipeIngredient":["2 tablespoons olive oil","1 cup orzo","3 cups vegetable broth","1 lemon","4 cups baby spinach","4 ounces feta"],"aggregateRating":{"@type":"AggregateRating","ratingValue":"4.86","ratingCount":"37"},"@id":"https://www.rosasweeknightkitchen.com/one-pan-lemon-orzo/#recipe","isPartOf":{"@id":"https://www.rosasweeknightkitchen.com/one-pan-lemon-orzo/#article"},"mainEntityOfPage":"https://www.rosasweeknightkitchen.com/one-pan-lemon-orzo/"}]}</script>
</head>
<body class="post-template-default single single-post postid-8891 single-format-standard feast-plugin wp-embed-responsive header-full-width content-sidebar genesis-breadcrumbs-visible" itemscope itemtype="https://schema.org/WebPage">
<div class="site-container">
<header class="site-header" itemscope itemtype="https://schema.org/WPHeader"><div class="wrap"><div class="title-area"><p class="site-title" itemprop="headline"><a href="https://www.rosasweeknightkitchen.com/">Rosa's Weeknight Kitchen</a></p></div><nav class="nav-primary" aria-label="Main" itemscope itemtype="https://schema.org/SiteNavigationElement"><ul id="menu-primary" class="menu genesis-nav-menu menu-primary"><li class="menu-item"><a href="/recipes/"><span itemprop="name">Recipes</span></a></li><li class="menu-item"><a href="/about/"><span itemprop="name">About</span></a></li></ul></nav></div></header>
<div class="site-inner"><div class="content-sidebar-wrap"><main class="content" id="genesis-content">
<div class="breadcrumb"><span><span><a href="https://www.rosasweeknightkitchen.com/">Home</a></span> &raquo; <span><a href="https://www.rosasweeknightkitchen.com/category/pasta/">Pasta</a></span> &raquo; <span class="breadcrumb_last" aria-current="page">One-Pan Lemon Orzo with Spinach and Feta</span></span></div>
<article class="post-8891 post type-post status-publish format-standard has-post-thumbnail category-pasta category-vegetarian entry" aria-label="One-Pan Lemon Orzo with Spinach and Feta" itemscope itemtype="https://schema.org/CreativeWork">
<header class="entry-header"><h1 class="entry-title" itemprop="headline">One-Pan Lemon Orzo with Spinach and Feta</h1>
<p class="entry-meta">Published: <time class="entry-time" itemprop="datePublished" datetime="2024-01-12T09:00:00-05:00">Jan 12, 2024</time> &middot; Modified: <time class="entry-modified-time" itemprop="dateModified" datetime="2025-03-01T11:22:09-05:00">Mar 1, 2025</time> by <span class="entry-author" itemprop="author" itemscope itemtype="https://schema.org/Person"><a href="https://www.rosasweeknightkitchen.com/about/" class="entry-author-link" rel="author" itemprop="url"><span class="entry-author-name" itemprop="name">Rosa Benedetti</span></a></span> &middot; This post may contain affiliate links &middot; <span class="entry-comments-link"><a href="#comments">3 Comments</a></span></p>
<div class="wprm-recipe-snippet wprm-block-text-normal"><a href="#recipe" data-recipe="8893" class="wprm-recipe-jump wprm-recipe-link wprm-jump-to-recipe-shortcode wprm-block-text-normal">Jump to Recipe</a> <a href="https://www.rosasweeknightkitchen.com/wprm_print/one-pan-lemon-orzo" class="wprm-recipe-print wprm-recipe-link">Print Recipe</a></div>
</header>
<div class="entry-content" itemprop="text">
<p>This is the dinner I make when I have no plan and no energy. Orzo toasted in olive oil, simmered in broth right in the pan until the starch turns the liquid silky, then finished with a fistful of spinach, lemon and crumbled feta. It tastes like it has cream in it. It does not.</p>
<h2 class="wp-block-heading">Why toast the orzo?</h2>
<p>Two minutes in hot oil gives the pasta a nutty flavor and helps it hold its shape, so it ends up creamy rather than mushy.</p>
<h2 class="wp-block-heading">Can I make it ahead?</h2>
<p>You can, but add a splash of broth when reheating, because orzo keeps soaking up liquid in the fridge.</p>
<div id="recipe"></div><div id="wprm-recipe-container-8893" class="wprm-recipe-container" data-recipe-id="8893"><div class="wprm-recipe wprm-recipe-template-feast"><h2 class="wprm-recipe-name wprm-block-text-bold">One-Pan Lemon Orzo with Spinach and Feta</h2><div class="wprm-recipe-meta-container"><span class="wprm-recipe-details-label">Author: </span><span class="wprm-recipe-details wprm-recipe-author wprm-block-text-normal">Rosa Benedetti</span></div><div class="wprm-recipe-ingredients-container"><h3 class="wprm-recipe-header">Ingredients</h3><ul class="wprm-recipe-ingredients"><li class="wprm-recipe-ingredient">2 tablespoons olive oil</li><li class="wprm-recipe-ingredient">1 cup orzo</li><li class="wprm-recipe-ingredient">3 cups vegetable broth</li><li class="wprm-recipe-ingredient">1 lemon, zested and juiced</li><li class="wprm-recipe-ingredient">4 cups baby spinach</li><li class="wprm-recipe-ingredient">4 ounces feta, crumbled</li></ul></div></div></div>
</div>
</article>
<h2 class="screen-reader-text">Reader Interactions</h2>
<div class="entry-comments" id="comments"><h3>Comments</h3><ol class="comment-list"><li class="comment" id="comment-4410"><article itemprop="comment" itemscope itemtype="https://schema.org/Comment"><header class="comment-header"><p class="comment-author" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="comment-author-name" itemprop="name">Janelle M.</span> <span class="says">says</span></p><p class="comment-meta"><time class="comment-time" datetime="2025-02-27T18:44:00-05:00" itemprop="datePublished"><a class="comment-time-link" href="#comment-4410" itemprop="url">February 27, 2025 at 6:44 pm</a></time></p></header><div class="comment-content" itemprop="text"><p>&#9733;&#9733;&#9733;&#9733;&#9733;<br>Made this twice this week. Added chickpeas the second time.</p></div></article></li></ol></div>
</main>
<aside class="sidebar sidebar-primary widget-area" role="complementary" aria-label="Primary Sidebar"><section class="widget"><div class="widget-wrap"><h3 class="widgettitle widget-title">Hi, I'm Rosa!</h3><p>I write quick vegetarian dinners for busy people.</p></div></section></aside>
</div></div>
<footer class="site-footer" itemscope itemtype="https://schema.org/WPFooter"><div class="wrap"><p>Copyright &copy; 2025 Rosa's Weeknight Kitchen &middot; Privacy Policy</p></div></footer>
</div>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 33 Trade magazine (Drupal): byline with role "By Jane Doe, Senior Editor".
# ---------------------------------------------------------------------------
add("trade_mag_role_byline", "Drupal 9 trade publication",
    "https://www.coldchainquarterly.com/article/21451120/reefer-container-shortage-eases",
    T("Reefer Container Shortage Eases as New Builds Hit the Water", ["Priya Raman"], "2024-06-27"),
    r'''<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8" />
<meta name="Generator" content="Drupal 9 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>Reefer Container Shortage Eases as New Builds Hit the Water | Cold Chain Quarterly</title>
<link rel="canonical" href="https://www.coldchainquarterly.com/article/21451120/reefer-container-shortage-eases" />
<meta name="description" content="Lessors delivered a record number of refrigerated boxes in the first half, pushing spot rates down." />
<meta property="og:site_name" content="Cold Chain Quarterly" />
<meta property="og:type" content="article" />
<meta property="og:title" content="Reefer Container Shortage Eases as New Builds Hit the Water" />
<meta property="article:published_time" content="2024-06-27T10:30:00-04:00" />
<meta property="article:section" content="Ocean Shipping" />
</head>
<body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<header class="site-header"><div class="region region-header"><div id="block-sitebranding" class="block block-system block-system-branding-block"><a href="/" rel="home" class="site-logo">Cold Chain Quarterly</a></div><nav role="navigation" aria-labelledby="block-mainnavigation-menu" id="block-mainnavigation" class="block block-menu navigation menu--main"><ul class="menu"><li class="menu-item"><a href="/ocean-shipping">Ocean Shipping</a></li><li class="menu-item"><a href="/warehousing">Warehousing</a></li><li class="menu-item"><a href="/technology">Technology</a></li><li class="menu-item"><a href="/magazine">Magazine</a></li></ul></nav></div></header>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content">
<article role="article" class="node node--type-article node--view-mode-full">
<div class="node__header">
<div class="field field--name-field-section field--type-entity-reference"><a href="/ocean-shipping" hreflang="en">Ocean Shipping</a></div>
<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">Reefer Container Shortage Eases as New Builds Hit the Water</span></h1>
<div class="field field--name-field-deck field--type-string-long"><p>Lessors delivered a record number of refrigerated boxes in the first half, pushing spot rates down.</p></div>
<div class="node__meta"><div class="article-byline">By <a href="/staff/priya-raman">Priya Raman</a>, Senior Editor</div><div class="article-date">June 27, 2024</div></div>
</div>
<div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
<p>After two years of tight supply, shippers of chilled and frozen cargo are finally finding it easier to book refrigerated containers, as container lessors and carriers take delivery of a record number of new boxes.</p>
<p>About 210,000 twenty-foot-equivalent units of new reefer capacity were delivered in the first six months of the year, according to an industry tally, more than in all of 2022. Spot rates for reefer moves from South America to northern Europe have fallen by roughly a quarter since January.</p>
<p>&ldquo;Availability in Santos and Callao is the best we have seen since before the pandemic,&rdquo; said one freight forwarder who handles fruit exports. &ldquo;Six months ago we were begging for equipment.&rdquo;</p>
<p>Analysts caution that the relief may be uneven. Many of the new boxes have been positioned in Asia, and inland depots in the U.S. Midwest still report shortages during peak meat export season.</p>
</div></div>
<div class="field field--name-field-author-bio"><p><em>Priya Raman is senior editor at Cold Chain Quarterly, covering ocean and air freight. Reach her at praman@coldchainquarterly.com.</em></p></div>
</article>
<div class="views-element-container block block-views"><h2>Latest in Ocean Shipping</h2><div class="view-content"><div class="views-row"><a href="/article/21450998/port-of-savannah-reefer-plugs">Savannah adds 1,200 reefer plugs</a><span class="date">June 25, 2024</span></div></div></div>
</div></main>
<footer role="contentinfo" class="site-footer"><p>&copy; 2024 Endeavor Cold Chain Media. All rights reserved.</p></footer>
</div>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 34 Small-town paper, hand-rolled CMS: byline on two lines, US-style date
#    "04/09/2025" (April 9) only in text. No metadata at all.
# ---------------------------------------------------------------------------
add("smalltown_usdate", "Custom legacy CMS (small newspaper)",
    "https://www.millbrookgazette.com/news/2025/04/09/story_4418.php",
    T("Millbrook Village Board Approves New Well After Two-Year Debate", ["Tom Ferris"], "2025-04-09"),
    r'''<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Millbrook Gazette - Millbrook Village Board Approves New Well After Two-Year Debate</title>
<link rel="stylesheet" type="text/css" href="/css/style.css">
</head>
<body bgcolor="#ffffff">
<table width="960" border="0" cellspacing="0" cellpadding="0" align="center" id="container">
<tr><td colspan="2" id="masthead"><a href="/"><img src="/images/masthead.gif" alt="The Millbrook Gazette - Serving Millbrook and Dutchess Hollow since 1887" width="960" height="110" border="0"></a></td></tr>
<tr><td colspan="2" id="navbar"><a href="/">Home</a> | <a href="/news/">News</a> | <a href="/sports/">Sports</a> | <a href="/obits/">Obituaries</a> | <a href="/classifieds/">Classifieds</a> | <a href="/subscribe/">Subscribe</a></td></tr>
<tr>
<td width="660" valign="top" id="content">
<div class="story">
<div class="headline">Millbrook Village Board Approves New Well After Two-Year Debate</div>
<div class="byline">By Tom Ferris<br>Staff Writer</div>
<div class="dateline">Posted 04/09/2025</div>
<p>MILLBROOK &mdash; After more than two years of public hearings, engineering studies and one failed test boring, the Millbrook Village Board voted 4-1 Tuesday night to move ahead with a new municipal well on land off Shunpike Road.</p>
<p>The $2.8 million project will be paid for with a combination of a state drinking water grant and a 30-year bond. Village officials said the average household water bill would rise by about $6 a quarter once the bond payments begin.</p>
<p>Trustee Ann Keegan cast the lone no vote, saying she remained concerned about the well's proximity to a former dry cleaning business. The village engineer said testing last fall found no contamination at the site.</p>
<p>The village's two existing wells, drilled in 1958 and 1971, have struggled to keep up with demand during dry summers. Residents were asked to limit lawn watering for 41 days last August.</p>
<p>Construction could begin as early as this fall, Mayor Frank DiNapoli said.</p>
<p class="copyright">Copyright &copy; 2025 The Millbrook Gazette. All rights reserved.</p>
</div>
</td>
<td width="300" valign="top" id="sidebar">
<div class="box"><div class="boxhead">This Week's Headlines</div>
<ul><li><a href="/news/2025/04/08/story_4415.php">Bulldogs win season opener</a> <span class="small">04/08/2025</span></li><li><a href="/news/2025/04/07/story_4410.php">Library book sale this weekend</a> <span class="small">04/07/2025</span></li></ul></div>
<div class="box"><div class="boxhead">Weather</div><p>Today: 52&deg; Partly cloudy</p></div>
</td>
</tr>
<tr><td colspan="2" id="footer">The Millbrook Gazette &middot; 12 Front St., Millbrook &middot; (555) 555-0142</td></tr>
</table>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 35 Corporate newsroom: no visible byline; author and date only in meta tags.
# ---------------------------------------------------------------------------
add("corporate_newsroom_meta_only", "Corporate newsroom (custom)",
    "https://newsroom.halvorsenfoods.com/stories/2024/halvorsen-opens-minnesota-plant",
    T("Halvorsen Foods Opens $180 Million Plant in Mankato, Adding 400 Jobs", ["Lydia Marchetti"], "2024-06-19"),
    r'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Halvorsen Foods Opens $180 Million Plant in Mankato, Adding 400 Jobs | Halvorsen Newsroom</title>
<meta name="description" content="The facility will produce frozen vegetables and plant-based meals for the Upper Midwest.">
<meta name="author" content="Lydia Marchetti">
<meta property="og:title" content="Halvorsen Foods Opens $180 Million Plant in Mankato, Adding 400 Jobs">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Halvorsen Newsroom">
<meta property="article:published_time" content="2024-06-19T13:00:00+00:00">
<meta property="article:section" content="Company News">
</head>
<body class="newsroom story">
<header class="nr-header"><a class="nr-logo" href="https://newsroom.halvorsenfoods.com/">Halvorsen <span>Newsroom</span></a><nav class="nr-nav"><a href="/stories">Stories</a><a href="/press-releases">Press Releases</a><a href="/media-contacts">Media Contacts</a><a href="https://www.halvorsenfoods.com">Halvorsen.com</a></nav></header>
<main class="nr-main">
<article class="nr-story">
<div class="nr-story__eyebrow">Company News</div>
<h1 class="nr-story__title">Halvorsen Foods Opens $180 Million Plant in Mankato, Adding 400 Jobs</h1>
<p class="nr-story__dek">The facility will produce frozen vegetables and plant-based meals for the Upper Midwest.</p>
<div class="nr-story__share"><a href="#" class="share-linkedin">Share on LinkedIn</a> <a href="#" class="share-x">Share on X</a></div>
<figure class="nr-story__hero"><img src="/media/mankato-plant.jpg" alt="Halvorsen Mankato plant ribbon cutting"><figcaption>Employees and community leaders at the ribbon cutting.</figcaption></figure>
<div class="nr-story__body">
<p>Halvorsen Foods today opened its new production facility in Mankato, Minnesota, a $180 million investment that will employ about 400 people when fully staffed.</p>
<p>The 310,000-square-foot plant will process vegetables sourced from growers within 150 miles and produce the company's line of frozen plant-based meals. It is the company's first new plant in more than a decade.</p>
<p>"Mankato gives us access to great growers, a skilled workforce and the rail lines we need to reach our customers," said chief operating officer Daniel Rusk. "We are proud to be part of this community."</p>
<p>The plant was designed to use about 30 percent less water per pound of product than the company's older facilities, and rooftop solar will supply roughly a fifth of its electricity.</p>
<p>Hiring for production, maintenance and quality roles is ongoing at halvorsenfoods.com/careers.</p>
</div>
<aside class="nr-story__contacts"><h2>Media contact</h2><p>Corporate Communications<br>media@halvorsenfoods.com</p></aside>
</article>
<section class="nr-related"><h2>More stories</h2><ul><li><a href="/stories/2024/halvorsen-q1-results">Halvorsen reports first-quarter results</a> <span>May 2, 2024</span></li></ul></section>
</main>
<footer class="nr-footer"><p>&copy; 2024 Halvorsen Foods, Inc.</p></footer>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 36 Sports site where the byline is rendered client-side: only Parse.ly metas
#    (two parsely-author tags) and the legacy parsely-page JSON carry truth.
# ---------------------------------------------------------------------------
add("parsely_only_jsbyline", "Custom React site (Parse.ly metas only)",
    "https://www.backcourtdaily.com/nba/2024/11/trade-deadline-big-board",
    T("Trade deadline big board: The 30 players most likely to move", ["Callum Reyes", "Anika Bhatt"], "2024-11-21"),
    r'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>Trade deadline big board: The 30 players most likely to move - Backcourt Daily</title>
<meta name="description" content="From disgruntled stars to expiring contracts, ranking the names to watch before Feb. 6.">
<meta property="og:title" content="Trade deadline big board: The 30 players most likely to move">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Backcourt Daily">
<meta name="parsely-title" content="Trade deadline big board: The 30 players most likely to move">
<meta name="parsely-link" content="https://www.backcourtdaily.com/nba/2024/11/trade-deadline-big-board">
<meta name="parsely-type" content="post">
<meta name="parsely-pub-date" content="2024-11-21T15:00:00Z">
<meta name="parsely-section" content="NBA">
<meta name="parsely-author" content="Callum Reyes">
<meta name="parsely-author" content="Anika Bhatt">
<meta name="parsely-tags" content="trade deadline,rankings">
<meta name="parsely-page" content='{"title":"Trade deadline big board: The 30 players most likely to move","link":"https://www.backcourtdaily.com/nba/2024/11/trade-deadline-big-board","type":"post","authors":["Callum Reyes","Anika Bhatt"],"pub_date":"2024-11-21T15:00:00Z","section":"NBA","tags":["trade deadline","rankings"]}'>
<link rel="preload" href="/static/js/main.8c1f2e.js" as="script">
</head>
<body>
<div id="__next">
<header class="Header_header__a1B2c"><a href="/" class="Header_logo__d3E4f">Backcourt Daily</a><nav class="Header_nav__g5H6i"><a href="/nba">NBA</a><a href="/college">College</a><a href="/podcasts">Podcasts</a></nav></header>
<main class="Layout_main__j7K8l">
<article class="Article_article__m9N0o">
<div class="Article_kicker__p1Q2r">NBA</div>
<h1 class="Article_headline__s3T4u">Trade deadline big board: The 30 players most likely to move</h1>
<div class="Article_byline__v5W6x" data-component="byline" data-loading="true"><div class="Skeleton_line__y7Z8a"></div></div>
<div class="Article_body__b9C0d">
<p>The trade deadline is still 11 weeks away, but front offices around the league are already working the phones. Teams that started slowly are deciding whether to buy or sell, and a handful of stars on expiring contracts are quietly making it known they would welcome a change of scenery.</p>
<p>We talked to executives, scouts and agents to build our first big board of the season: the 30 players most likely to be traded before Feb. 6, ranked by the probability of a deal rather than by talent.</p>
<h2>1. The disgruntled All-Star</h2>
<p>No situation has more smoke than this one. His team is 4-11, he has two years left on his deal and, according to two people with knowledge of the conversations, his camp has already floated a list of preferred destinations.</p>
<h2>2. The expiring veteran center</h2>
<p>A rebuilding team paying a 31-year-old center $28 million in the last year of his contract is a trade waiting to happen. Several contenders have checked in about his availability.</p>
<p>The rest of the list, from 3 to 30, is below.</p>
</div>
</article>
<aside class="Rail_rail__e1F2g"><h2>Trending</h2><ol><li><a href="/nba/2024/11/power-rankings-week-4">Power Rankings, Week 4</a></li></ol></aside>
</main>
<footer class="Footer_footer__h3I4j"><p>&copy; 2024 Backcourt Daily</p></footer>
</div>
<script src="/static/js/main.8c1f2e.js" async></script>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 37 Lifestyle site with Sailthru metas; visible byline has no "By".
# ---------------------------------------------------------------------------
add("sailthru_lifestyle", "Custom CMS (Sailthru metas)",
    "https://www.thehomebodyedit.com/design/small-entryway-ideas",
    T("11 Small Entryway Ideas That Make a Big First Impression", ["Kelsey Ortiz"], "2024-02-08"),
    r'''<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>11 Small Entryway Ideas That Make a Big First Impression | The Homebody Edit</title>
<meta name="description" content="Designers share how to squeeze storage, light and personality into a tiny foyer.">
<meta property="og:title" content="11 Small Entryway Ideas That Make a Big First Impression">
<meta property="og:type" content="article">
<meta property="og:site_name" content="The Homebody Edit">
<meta name="sailthru.title" content="11 Small Entryway Ideas That Make a Big First Impression">
<meta name="sailthru.author" content="Kelsey Ortiz">
<meta name="sailthru.date" content="2024-02-08 14:00:00">
<meta name="sailthru.tags" content="design,small-spaces,entryway">
<meta name="sailthru.image.full" content="https://www.thehomebodyedit.com/img/entryway.jpg">
</head>
<body class="article-template">
<header class="site-header"><div class="site-header__inner"><a class="site-header__logo" href="/">The Homebody Edit</a><nav class="site-header__nav"><a href="/design">Design</a><a href="/shopping">Shopping</a><a href="/organizing">Organizing</a><a href="/real-estate">Real Estate</a></nav></div></header>
<main class="article-main">
<article class="article">
<header class="article-header">
<a class="article-header__rubric" href="/design">Design</a>
<h1 class="article-header__title">11 Small Entryway Ideas That Make a Big First Impression</h1>
<p class="article-header__dek">Designers share how to squeeze storage, light and personality into a tiny foyer.</p>
<div class="article-header__meta"><span class="byline"><a class="byline__name" href="/contributors/kelsey-ortiz">Kelsey Ortiz</a></span><span class="meta-divider">&bull;</span><span class="article-header__date">Feb. 8, 2024</span></div>
<p class="affiliate-disclosure">We independently select these products&mdash;if you buy from one of our links, we may earn a commission.</p>
</header>
<div class="article-body">
<p>The entryway is the first thing you see when you come home and the first thing guests see when they arrive. It is also, in most apartments and starter homes, a few square feet of floor between the door and everything else.</p>
<h2>1. Go vertical with a slim console</h2>
<p>A console table just 10 inches deep gives you a landing spot for keys and mail without blocking the path. Look for one with a lower shelf for a basket of shoes.</p>
<h2>2. Hang a mirror to double the light</h2>
<p>&ldquo;A mirror opposite or beside the door is the cheapest way to make a dark entry feel twice as big,&rdquo; says interior designer Maya Thornquist. Go as large as the wall allows.</p>
<h2>3. Swap a bench for a storage ottoman</h2>
<p>An ottoman with a lift-off top hides hats, gloves and dog leashes, and gives you somewhere to sit while you pull on boots.</p>
<p>Keep scrolling for eight more ideas, from peel-and-stick wallpaper to a pegboard that grows with your family.</p>
</div>
</article>
<section class="recirc"><h2>Read Next</h2><div class="recirc__item"><a href="/organizing/closet-declutter-weekend">How to Declutter Your Closet in One Weekend</a><span class="recirc__byline">Jess Amato</span><span class="recirc__date">Feb. 6, 2024</span></div></section>
</main>
<footer class="site-footer"><p>&copy; 2024 Homebody Media Group. All rights reserved.</p></footer>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 38 University news (Drupal) with Dublin Core metas: DC.creator is
#    "Last, First"; Drupal's default date format "Thu, 09/14/2023 - 10:22".
# ---------------------------------------------------------------------------
add("drupal_university_dc", "Drupal university news (Dublin Core)",
    "https://news.eastbrook.edu/2023/09/14/coral-larvae-sound-study",
    T("Coral Larvae Follow the Sound of Healthy Reefs, Eastbrook Study Finds", ["Théo Moreau"], "2023-09-14"),
    r'''<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  foaf: http://xmlns.com/foaf/0.1/  og: http://ogp.me/ns#  schema: http://schema.org/">
<head>
<meta charset="utf-8" />
<title>Coral Larvae Follow the Sound of Healthy Reefs, Eastbrook Study Finds | Eastbrook University News</title>
<meta name="description" content="Playing recordings of healthy reefs doubled larval settlement in field trials off Belize." />
<link rel="schema.DC" href="http://purl.org/dc/elements/1.1/" />
<meta name="DC.title" content="Coral Larvae Follow the Sound of Healthy Reefs, Eastbrook Study Finds" />
<meta name="DC.creator" content="Moreau, Théo" />
<meta name="DC.date.issued" content="2023-09-14" />
<meta name="DC.publisher" content="Eastbrook University Office of Communications" />
<meta name="DC.type" content="Text" />
<meta name="DC.language" content="en" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="canonical" href="https://news.eastbrook.edu/2023/09/14/coral-larvae-sound-study" />
</head>
<body class="path-node page-node-type-news-article">
<a href="#main-content" class="visually-hidden focusable">Skip to main content</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="eb-global-bar"><a href="https://www.eastbrook.edu">Eastbrook University</a> <a href="https://www.eastbrook.edu/apply">Apply</a> <a href="https://www.eastbrook.edu/give">Give</a></div>
<header role="banner" class="eb-header"><div class="region region-header"><a href="/" class="site-name">Eastbrook News</a><nav class="eb-main-nav"><ul class="menu"><li><a href="/research">Research</a></li><li><a href="/campus-life">Campus Life</a></li><li><a href="/for-media">For Media</a></li></ul></nav></div></header>
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="region region-content">
<article data-history-node-id="18822" role="article" about="/2023/09/14/coral-larvae-sound-study" typeof="schema:Article" class="node node--type-news-article node--view-mode-full">
<h1 class="page-title"><span property="schema:name" class="field field--name-title field--type-string field--label-hidden">Coral Larvae Follow the Sound of Healthy Reefs, Eastbrook Study Finds</span></h1>
<div class="node__meta">
<div class="field field--name-field-news-byline field--type-string field--label-hidden field__item">By Théo Moreau</div>
<span property="schema:dateCreated" content="2023-09-14T14:22:00+00:00" class="field field--name-created field--type-created field--label-hidden">Thu, 09/14/2023 - 10:22</span>
</div>
<div class="node__content">
<div class="field field--name-field-subhead field--type-string"><p>Playing recordings of healthy reefs doubled larval settlement in field trials off Belize</p></div>
<div property="schema:text" class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
<p>Young corals looking for a place to settle appear to listen for the crackle and hum of a healthy reef, and marine scientists at Eastbrook University say that could help restore damaged reefs faster.</p>
<p>In field trials on degraded patches of reef off the coast of Belize, underwater speakers playing recordings from healthy reefs roughly doubled the number of coral larvae that settled on nearby tiles, compared with tiles next to silent speakers.</p>
<p>"A healthy reef is a noisy place: snapping shrimp, grunting fish, waves," said Professor Lucia Ferraro, who led the study. "A dying reef goes quiet. It seems the larvae can tell the difference."</p>
<p>The study, published this week in the journal Marine Ecology Progress, was funded by the National Science Foundation. The team plans to test whether the effect holds for other coral species next summer.</p>
</div>
<div class="field field--name-field-media-contact"><h2>Media contact</h2><p>Théo Moreau, Office of Communications, tmoreau@eastbrook.edu</p></div>
</div>
</article>
</div>
</main>
<footer class="eb-footer"><p>&copy; 2023 Eastbrook University. All rights reserved.</p></footer>
</div>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 39 Australian news site with microdata only; datePublished at 06:45 +10:00
#    (previous day in UTC); visible date in Australian order.
# ---------------------------------------------------------------------------
add("au_microdata_offset", "Custom CMS (schema.org microdata only)",
    "https://www.southerntablelandsnews.com.au/story/8801244/council-votes-to-keep-pool-open/",
    T("Council votes to keep Braidwood pool open for another season", ["Georgia Pemberton"], "2022-04-05"),
    r'''<!DOCTYPE html>
<html lang="en-AU">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Council votes to keep Braidwood pool open for another season | Southern Tablelands News</title>
<meta name="description" content="Councillors backed a $140,000 repair bill after more than 900 residents signed a petition.">
<meta property="og:title" content="Council votes to keep Braidwood pool open for another season">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Southern Tablelands News">
</head>
<body>
<header class="masthead"><a class="masthead__logo" href="/">Southern Tablelands News</a><nav class="masthead__nav"><a href="/news/">News</a><a href="/sport/">Sport</a><a href="/community/">Community</a><a href="/notices/">Notices</a></nav></header>
<main class="page">
<article itemscope itemtype="http://schema.org/NewsArticle" class="story">
<meta itemprop="datePublished" content="2022-04-05T06:45:00+10:00">
<meta itemprop="dateModified" content="2022-04-05T11:02:00+10:00">
<div itemprop="publisher" itemscope itemtype="http://schema.org/Organization"><meta itemprop="name" content="Southern Tablelands News"></div>
<h1 itemprop="headline" class="story__headline">Council votes to keep Braidwood pool open for another season</h1>
<div class="story__meta"><div class="story__byline" itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Georgia Pemberton</span></div><div class="story__date">5 April 2022</div></div>
<div class="story__body" itemprop="articleBody">
<p>Braidwood's 60-year-old swimming pool will open for at least one more summer after councillors voted on Monday night to fund urgent repairs.</p>
<p>Council staff had recommended closing the pool after an engineering report found cracks in the main tank and a failing filtration system. The repairs are expected to cost about $140,000.</p>
<p>More than 900 residents signed a petition to keep the pool open, and about 60 people packed the public gallery for the vote.</p>
<p>"For a lot of kids in this town, this is the only place they'll learn to swim," said Margaret Hills, who started the petition. "The river isn't a substitute."</p>
<p>Councillors also asked staff to prepare a report on the cost of replacing the pool entirely within five years.</p>
</div>
</article>
<aside class="sidebar"><h2>Most viewed</h2><ol><li><a href="/story/8800111/highway-roadworks/">Kings Highway roadworks to start next week</a></li></ol></aside>
</main>
<footer class="footer"><p>&copy; 2022 Southern Tablelands News</p></footer>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 40 Newswire/aggregator: author exists only in JSON-LD; page shows none.
# ---------------------------------------------------------------------------
add("jsonld_only_author", "Custom news aggregator (JSON-LD only)",
    "https://www.plainsagwire.com/markets/2025/01/14/wheat-futures-drought-outlook",
    T("Wheat futures climb as Plains drought outlook worsens", ["Dustin Kowalczyk"], "2025-01-14"),
    r'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Wheat futures climb as Plains drought outlook worsens</title>
<meta name="description" content="Hard red winter wheat rose 2.4% on Tuesday after forecasters extended drought outlooks through March.">
<meta property="og:title" content="Wheat futures climb as Plains drought outlook worsens">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Plains Ag Wire">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Wheat futures climb as Plains drought outlook worsens","description":"Hard red winter wheat rose 2.4% on Tuesday after forecasters extended drought outlooks through March.","datePublished":"2025-01-14T16:48:00-06:00","dateModified":"2025-01-14T16:48:00-06:00","author":{"@type":"Person","name":"Dustin Kowalczyk","jobTitle":"Markets Reporter"},"publisher":{"@type":"Organization","name":"Plains Ag Wire","logo":{"@type":"ImageObject","url":"https://www.plainsagwire.com/logo.png"}},"mainEntityOfPage":"https://www.plainsagwire.com/markets/2025/01/14/wheat-futures-drought-outlook"}</script>
</head>
<body>
<header class="pw-header"><a class="pw-logo" href="/">Plains Ag Wire</a><nav><a href="/markets/">Markets</a><a href="/weather/">Weather</a><a href="/policy/">Policy</a><a href="/livestock/">Livestock</a></nav><div class="pw-ticker"><span>KC HRW Mar 25: 5.71 +0.13</span><span>Corn Mar 25: 4.58 +0.02</span></div></header>
<main class="pw-main">
<article class="pw-article">
<h1 class="pw-article__title">Wheat futures climb as Plains drought outlook worsens</h1>
<div class="pw-article__meta"><span class="pw-article__section">Markets</span></div>
<div class="pw-article__body">
<p>Hard red winter wheat futures rose 2.4% on Tuesday after federal forecasters extended their drought outlook for the southern and central Plains through the end of March.</p>
<p>The March contract in Kansas City settled at $5.71 a bushel, its highest close in six weeks. Chicago soft red winter wheat followed, gaining about 1.8%.</p>
<p>About 44% of the U.S. winter wheat area was in drought as of last week, up from 31% a month earlier, with the driest conditions in western Kansas, eastern Colorado and the Oklahoma Panhandle.</p>
<p>"The crop went into dormancy in decent shape, but it needs moisture before green-up," one Kansas grain merchandiser said. "The market is starting to price that risk."</p>
<p>Corn and soybean futures were little changed ahead of Friday's crop reports.</p>
</div>
</article>
<section class="pw-latest"><h2>Latest</h2><ul><li><a href="/livestock/2025/01/14/cattle-on-feed">Cattle on feed seen down 2% from a year ago</a> <time datetime="2025-01-14T12:10:00-06:00">Jan 14</time></li></ul></section>
</main>
<footer class="pw-footer"><p>&copy; 2025 Plains Ag Wire. Market data delayed at least 10 minutes.</p></footer>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 41 WordPress news theme: "By <a rel=author>Name</a> | Posted on <time>";
#    JSON-LD (schema plugin) lists the *publication* as author (Organization).
# ---------------------------------------------------------------------------
add("wp_org_author_jsonld", "WordPress (schema plugin, Organization author)",
    "https://harborcityledger.com/2025/03/03/ferry-terminal-contract-awarded/",
    T("City awards $64 million ferry terminal contract to Portland firm", ["Marcus Bell"], "2025-03-03"),
    r'''<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>City awards $64 million ferry terminal contract to Portland firm &#8211; Harbor City Ledger</title>
<meta name="description" content="The council approved the contract 6-1 despite concerns about cost overruns on the pier project.">
<meta property="og:type" content="article">
<meta property="og:title" content="City awards $64 million ferry terminal contract to Portland firm">
<meta property="og:site_name" content="Harbor City Ledger">
<script type="application/ld+json" class="saswp-schema-markup-output">[{"@context":"https://schema.org/","@type":"NewsArticle","@id":"https://harborcityledger.com/2025/03/03/ferry-terminal-contract-awarded/#newsarticle","url":"https://harborcityledger.com/2025/03/03/ferry-terminal-contract-awarded/","headline":"City awards $64 million ferry terminal contract to Portland firm","mainEntityOfPage":"https://harborcityledger.com/2025/03/03/ferry-terminal-contract-awarded/","datePublished":"2025-03-03T16:12:40-08:00","dateModified":"2025-03-03T18:01:15-08:00","description":"The council approved the contract 6-1 despite concerns about cost overruns on the pier project.","articleSection":"City Hall","keywords":"ferry, waterfront, city council","name":"City awards $64 million ferry terminal contract to Portland firm","inLanguage":"en-US","author":{"@type":"Organization","name":"Harbor City Ledger","url":"https://harborcityledger.com"},"publisher":{"@type":"Organization","name":"Harbor City Ledger","url":"https://harborcityledger.com","logo":{"@type":"ImageObject","url":"https://harborcityledger.com/wp-content/uploads/2022/05/hcl-logo.png","width":600,"height":60}}}]</script>
<link rel='stylesheet' id='hcl-theme-css' href='https://harborcityledger.com/wp-content/themes/hcl-2022/style.css?ver=2.3.1' media='all' />
</head>
<body class="post-template-default single single-post postid-31007 single-format-standard">
<div id="page" class="site">
<header id="masthead" class="site-header"><div class="site-branding"><a href="https://harborcityledger.com/" class="custom-logo-link" rel="home"><img src="https://harborcityledger.com/wp-content/uploads/2022/05/hcl-logo.png" class="custom-logo" alt="Harbor City Ledger"></a></div><nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li><a href="/category/city-hall/">City Hall</a></li><li><a href="/category/schools/">Schools</a></li><li><a href="/category/business/">Business</a></li><li><a href="/donate/">Donate</a></li></ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-31007" class="post-31007 post type-post status-publish format-standard hentry category-city-hall">
<header class="entry-header">
<span class="cat-links"><a href="/category/city-hall/" rel="category tag">City Hall</a></span>
<h1 class="entry-title">City awards $64 million ferry terminal contract to Portland firm</h1>
<div class="entry-meta">By <a href="https://harborcityledger.com/author/mbell/" rel="author">Marcus Bell</a> | Posted on <time class="entry-date published" datetime="2025-03-03T16:12:40-08:00">March 3, 2025</time></div>
</header>
<div class="entry-content">
<p>The city council on Monday awarded a $64 million contract to build a new passenger ferry terminal on the downtown waterfront to Stellwagen Marine Builders of Portland, Oregon.</p>
<p>The 6-1 vote came after nearly two hours of discussion, much of it about cost overruns on the city's last major waterfront project, the Pier 9 rebuild, which finished two years late and about 40 percent over budget.</p>
<p>Council member Renata Ibarra, who cast the lone no vote, said the contract did not include strong enough penalties for delays. City engineer Paul Okafor said the contract included a $12,000-per-day liquidated damages clause after the completion deadline.</p>
<p>Construction is scheduled to begin this summer, with the terminal opening in spring 2027. Ferry service will continue from the temporary float during construction.</p>
</div>
<footer class="entry-footer"><div class="author-box"><h3>About the author</h3><p><a href="https://harborcityledger.com/author/mbell/">Marcus Bell</a> covers City Hall and the waterfront. He can be reached at mbell@harborcityledger.com.</p></div></footer>
</article>
<nav class="navigation post-navigation" aria-label="Posts"><div class="nav-links"><div class="nav-previous"><a href="https://harborcityledger.com/2025/03/02/school-bond-forum/" rel="prev">School bond forum draws questions about portable classrooms</a></div></div></nav>
</main></div></div>
<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2025 Harbor City Ledger, a nonprofit newsroom.</div></footer>
</div>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 42 Newspack (WordPress) local nonprofit: staff byline as a WP user.
# ---------------------------------------------------------------------------
add("newspack_staff_byline", "WordPress/Newspack+Yoast",
    "https://pinecrestherald.org/2024/09/30/road-closures-festival-weekend/",
    T("Road closures planned for Pinecrest Harvest Festival weekend", ["Pinecrest Herald Staff"], "2024-09-30"),
    r'''<!doctype html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Road closures planned for Pinecrest Harvest Festival weekend - Pinecrest Herald</title>
<meta property="og:type" content="article" />
<meta property="og:title" content="Road closures planned for Pinecrest Harvest Festival weekend" />
<meta property="og:site_name" content="Pinecrest Herald" />
<meta property="article:published_time" content="2024-09-30T21:05:00+00:00" />
<meta name="author" content="Pinecrest Herald Staff" />
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","@id":"https://pinecrestherald.org/2024/09/30/road-closures-festival-weekend/#article","author":{"name":"Pinecrest Herald Staff","@id":"https://pinecrestherald.org/#/schema/person/5d5d"},"headline":"Road closures planned for Pinecrest Harvest Festival weekend","datePublished":"2024-09-30T21:05:00+00:00","dateModified":"2024-09-30T21:05:00+00:00","publisher":{"@id":"https://pinecrestherald.org/#organization"},"inLanguage":"en-US"},{"@type":"Person","@id":"https://pinecrestherald.org/#/schema/person/5d5d","name":"Pinecrest Herald Staff","url":"https://pinecrestherald.org/author/staff/"}]}</script>
</head>
<body class="post-template-default single single-post postid-7720 single-format-standard newspack-front-page h-nsub h-db h-ll h-dh single-featured-image-default">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<header id="masthead" class="site-header hide-header-search"><div class="middle-header-contain"><div class="wrapper"><div class="site-branding"><p class="site-title"><a href="https://pinecrestherald.org/" rel="home">Pinecrest Herald</a></p><p class="site-description">Independent, nonprofit news for Pinecrest County</p></div><nav class="main-navigation nav1 dd-menu" aria-label="Top Menu"><ul id="menu-primary" class="main-menu"><li class="menu-item"><a href="/category/news/">News</a></li><li class="menu-item"><a href="/category/community/">Community</a></li><li class="menu-item"><a href="/support/">Support Us</a></li></ul></nav></div></div></header>
<div id="content" class="site-content">
<section id="primary" class="content-area category-community"><main id="main" class="site-main">
<header class="entry-header">
<span class="cat-links"><span class="screen-reader-text">Posted in</span><a href="https://pinecrestherald.org/category/community/" rel="category tag">Community</a></span>
<h1 class="entry-title">Road closures planned for Pinecrest Harvest Festival weekend</h1>
<div class="entry-subhead"><div class="entry-meta"><span class="author-avatar"><img alt='' src='https://secure.gravatar.com/avatar/0?s=80' class='avatar avatar-80 photo' height='80' width='80'></span><span class="byline"><span class="author-prefix">By</span> <span class="author vcard"><a class="url fn n" href="https://pinecrestherald.org/author/staff/">Pinecrest Herald Staff</a></span></span><span class="posted-on"><time class="entry-date published" datetime="2024-09-30T17:05:00-04:00">September 30, 2024</time><time class="updated" datetime="2024-09-30T17:05:00-04:00">September 30, 2024</time></span></div></div>
</header>
<div class="main-content">
<article id="post-7720" class="post-7720 post type-post status-publish format-standard category-community entry">
<div class="entry-content">
<p>Main Street will be closed to traffic between Elm and Third streets from 6 a.m. Saturday until 8 p.m. Sunday for the annual Pinecrest Harvest Festival, county officials said Monday.</p>
<p>Detours will route traffic along Cedar Avenue. Parking will be available at the fairgrounds, with free shuttles running every 15 minutes from 9 a.m. to 7 p.m. both days.</p>
<p>The festival typically draws about 20,000 visitors. Organizers say this year's event will include more than 120 vendors, a farmers market and the return of the pumpkin weigh-off, which was canceled last year because of rain.</p>
<p>Residents on Main Street who need vehicle access during the closure can request a permit from the sheriff's office.</p>
<p><em>Have a news tip? Email news@pinecrestherald.org.</em></p>
</div>
</article>
</div>
</main></section>
</div>
<footer id="colophon" class="site-footer"><div class="site-info"><div class="wrapper site-info-contain"><span class="copyright">&copy; 2024 Pinecrest Herald.</span> <a class="imprint" href="https://newspack.com/">Proudly powered by Newspack by WordPress.com</a></div></div></footer>
</div>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 43 AP News-like: uppercase bylines; only "Updated" shown (bsp-timestamp with
#    epoch millis); JSON-LD datePublished is the previous day (local ET).
# ---------------------------------------------------------------------------
add("apnews_like_updated", "AP News-like (Brightspot)",
    "https://apnews.example-wire.org/article/flooding-kentucky-rescues-2a7f9c1e0b3d4e5f",
    T("Floodwaters rise across Kentucky as rescuers pull dozens from homes", ["Samira Haddock", "Peter Voskuijlen"], "2025-02-28"),
    r'''<!DOCTYPE html>
<html class="Page" lang="en">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Floodwaters rise across Kentucky as rescuers pull dozens from homes | Wire Press</title>
<meta property="og:title" content="Floodwaters rise across Kentucky as rescuers pull dozens from homes">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Wire Press">
<meta property="article:published_time" content="2025-02-28T23:55:00Z">
<meta property="article:modified_time" content="2025-03-01T20:42:00Z">
<meta name="brightspot.contentId" content="00000195-4a1e-dd2c-a7ff-7f7e5bd40000">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","author":[{"@type":"Person","name":"SAMIRA HADDOCK","url":"https://apnews.example-wire.org/author/samira-haddock"},{"@type":"Person","name":"PETER VOSKUIJLEN","url":"https://apnews.example-wire.org/author/peter-voskuijlen"}],"dateModified":"2025-03-01T20:42:00Z","datePublished":"2025-02-28T23:55:00Z","headline":"Floodwaters rise across Kentucky as rescuers pull dozens from homes","publisher":{"@type":"Organization","name":"Wire Press"},"mainEntityOfPage":{"@type":"WebPage","@id":"https://apnews.example-wire.org/article/flooding-kentucky-rescues-2a7f9c1e0b3d4e5f"}}</script>
</head>
<body class="Page-body">
<bsp-header class="Page-header"><div class="Page-header-bar"><a class="Page-header-logo" href="https://apnews.example-wire.org" aria-label="home page">Wire Press</a><nav class="Page-header-navigation"><ul><li><a class="Link" href="/world-news">World</a></li><li><a class="Link" href="/us-news">U.S.</a></li><li><a class="Link" href="/politics">Politics</a></li><li><a class="Link" href="/sports">Sports</a></li></ul></nav></div></bsp-header>
<main class="Page-main">
<div class="Page-content"><div class="Page-breadcrumbs"><a class="Link" href="/us-news">U.S. News</a></div>
<div class="Page-headline"><h1 class="Page-headline">Floodwaters rise across Kentucky as rescuers pull dozens from homes</h1></div>
<div class="Page-byline"><div class="Page-authors"><span class="Link">By </span><a class="Link" href="https://apnews.example-wire.org/author/samira-haddock">SAMIRA HADDOCK</a> and <a class="Link" href="https://apnews.example-wire.org/author/peter-voskuijlen">PETER VOSKUIJLEN</a></div><div class="Page-dateModified"><bsp-timestamp data-timestamp="1740861720000"><span data-date="">Updated 3:42 PM EST, March 1, 2025</span></bsp-timestamp></div></div>
<div class="Page-leadMedia"><figure class="Figure"><img class="Image" src="https://dims.example-wire.org/flood.jpg" alt="Rescuers in a boat"><figcaption class="Figure-caption">A rescue crew moves through floodwater in Hazard, Ky., Saturday. (AP Photo/Wade Corliss)</figcaption></figure></div>
<div class="RichTextStoryBody RichTextBody">
<p>HAZARD, Ky. (AP) &mdash; Floodwaters rose across eastern Kentucky on Saturday after a night of torrential rain, forcing rescuers to pull dozens of people from homes and cars as rivers spilled into towns still recovering from deadly flooding three years ago.</p>
<p>The North Fork of the Kentucky River was expected to crest more than 8 feet above flood stage in Hazard late Saturday, the National Weather Service said. Some areas received more than 5 inches of rain in 12 hours.</p>
<p>Gov. Andy Pruitt declared a state of emergency and said National Guard troops had been sent to four counties. At least 14 roads were closed by high water or mudslides.</p>
<p>&ldquo;We&rsquo;re asking folks to stay off the roads,&rdquo; Pruitt said. &ldquo;If you come to water over the road, turn around.&rdquo;</p>
<p>___</p>
<p>Associated Press writer Joel Amstutz in Louisville contributed to this report.</p>
</div>
</div>
<div class="Page-moreOn"><h2>More on flooding</h2><ul><li><a class="Link" href="/article/west-virginia-flood-2025">West Virginia braces for more rain</a><bsp-timestamp data-timestamp="1740797400000"><span>February 28, 2025</span></bsp-timestamp></li></ul></div>
</main>
<footer class="Page-footer"><p>Copyright 2025 Wire Press. All rights reserved.</p></footer>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 44 UK charity site (Umbraco-style): "Words by" byline, date only as text
#    in British order.
# ---------------------------------------------------------------------------
add("uk_charity_wordsby", "Umbraco (UK charity)",
    "https://www.highlandriverstrust.org.uk/news/salmon-redd-counts-2025",
    T("Salmon redd counts on the River Spean are the best in a decade", ["Fiona McAllister"], "2025-03-03"),
    r'''<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>Salmon redd counts on the River Spean are the best in a decade - Highland Rivers Trust</title>
<meta name="description" content="Volunteers recorded 212 redds this winter, up from 87 five years ago." />
<meta property="og:title" content="Salmon redd counts on the River Spean are the best in a decade" />
<meta property="og:type" content="website" />
<meta property="og:site_name" content="Highland Rivers Trust" />
</head>
<body class="news-article-page">
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header"><div class="container"><a class="site-header__logo" href="/"><img src="/media/logo.svg" alt="Highland Rivers Trust" /></a><nav class="site-nav" aria-label="Main"><ul><li><a href="/what-we-do">What we do</a></li><li><a href="/get-involved">Get involved</a></li><li><a href="/news">News</a></li><li><a class="btn btn--donate" href="/donate">Donate</a></li></ul></nav></div></header>
<main id="main">
<nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li aria-current="page">Salmon redd counts on the River Spean are the best in a decade</li></ol></nav>
<section class="article-hero"><div class="container"><span class="tag">Conservation</span><h1 class="article-hero__title">Salmon redd counts on the River Spean are the best in a decade</h1><div class="article-hero__meta"><p class="article-author">Words by Fiona McAllister</p><p class="article-date">3 March 2025</p></div></div></section>
<section class="rich-text"><div class="container container--narrow">
<p>Volunteers walking the River Spean this winter counted 212 salmon redds, the gravel nests where female salmon lay their eggs. That is the highest number since our annual survey began in 2014, and more than double the 87 recorded five years ago.</p>
<p>The rise follows the removal of a redundant weir near Spean Bridge in 2021, which opened up around 6 kilometres of spawning habitat that had been largely inaccessible to fish for more than a century.</p>
<p>"It is hugely encouraging," said our senior fisheries officer, Calum Grant. "We always hoped the fish would find the new gravels, but we did not expect them to move in so quickly."</p>
<p>The numbers are a bright spot at a difficult time for Atlantic salmon, which was moved to the endangered category in Great Britain last year. Survival at sea remains poor, and our work on the river can only do so much.</p>
<p>Thank you to the 38 volunteers who braved sleet and high water to complete the survey. If you would like to join next winter's count, please get in touch.</p>
</div></section>
<section class="related-news"><div class="container"><h2>Related news</h2><div class="card"><a href="/news/riverwoods-planting-day"><h3>Riverwoods planting day: 4,000 trees in one weekend</h3></a><p class="card__date">17 February 2025</p></div></div></section>
</main>
<footer class="site-footer"><div class="container"><p>Highland Rivers Trust is a registered Scottish charity, SC012345. &copy; 2025</p></div></footer>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 45 Old WordPress (Kubrick-era theme): site name in <h1>, post title in <h2>,
#    ordinal date "August 12th, 2016", author in the post footer.
# ---------------------------------------------------------------------------
add("old_wp_kubrick_h2title", "WordPress (2008-era Kubrick-derived theme)",
    "http://www.gideonmarsh.net/2016/08/12/restoring-a-1962-seth-thomas-clock/",
    T("Restoring a 1962 Seth Thomas Mantel Clock", ["Gideon Marsh"], "2016-08-12"),
    r'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" dir="ltr" lang="en-US">
<head profile="http://gmpg.org/xfn/11">
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>Restoring a 1962 Seth Thomas Mantel Clock &raquo; Tick Tock Workshop</title>
<link rel="stylesheet" href="http://www.gideonmarsh.net/wp-content/themes/default/style.css" type="text/css" media="screen" />
<link rel="alternate" type="application/rss+xml" title="Tick Tock Workshop RSS Feed" href="http://www.gideonmarsh.net/feed/" />
<meta name="generator" content="WordPress 4.5.3" />
</head>
<body>
<div id="page">
<div id="header" role="banner"><div id="headerimg"><h1><a href="http://www.gideonmarsh.net/">Tick Tock Workshop</a></h1><div class="description">Old clocks, patient hands</div></div></div>
<hr />
<div id="content" class="widecolumn" role="main">
<div class="navigation"><div class="alignleft">&laquo; <a href="http://www.gideonmarsh.net/2016/07/28/cleaning-a-hermle-movement/" rel="prev">Cleaning a Hermle Movement</a></div><div class="alignright"></div></div>
<div class="post-612 post type-post status-publish format-standard hentry category-restorations" id="post-612">
<h2>Restoring a 1962 Seth Thomas Mantel Clock</h2>
<small>August 12th, 2016</small>
<div class="entry">
<p>This one came to me from a neighbour whose father bought it as a wedding present in 1962. It had not run in about twenty years, and the case had been stored in a damp garage for most of them.</p>
<p>The movement is a Seth Thomas A403, a common eight-day time-and-strike. Once it was out of the case the problem was obvious: the mainsprings were gummed solid with old oil and the strike side had a bent pivot on the third wheel.</p>
<p>I let down the springs, took the plates apart and cleaned everything in an ultrasonic bath, then pegged out every pivot hole. The bent pivot straightened with gentle heat and a pair of brass-jawed pliers. Two bushings were worn oval and got replaced.</p>
<p>After reassembly and a week on the test stand it was keeping time within about a minute a week, which is very good for a clock of this age. The case cleaned up with naphtha and a coat of paste wax. My neighbour tells me it now chimes on the hour in the same spot on the mantel where it sat when she was a girl.</p>
</div>
<p class="postmetadata alt"><small>This entry was posted on Friday, August 12th, 2016 at 7:41 pm and is filed under <a href="http://www.gideonmarsh.net/category/restorations/" rel="category tag">Restorations</a>. You can follow any responses to this entry through the <a href="http://www.gideonmarsh.net/2016/08/12/restoring-a-1962-seth-thomas-clock/feed/">RSS 2.0</a> feed.</small></p>
<p class="postmetadata">Posted in <a href="http://www.gideonmarsh.net/category/restorations/" rel="category tag">Restorations</a> by Gideon Marsh | <a href="http://www.gideonmarsh.net/2016/08/12/restoring-a-1962-seth-thomas-clock/#comments">3 Comments &#187;</a></p>
</div>
<h3 id="comments">3 Responses to &#8220;Restoring a 1962 Seth Thomas Mantel Clock&#8221;</h3>
<ol class="commentlist">
<li class="comment even thread-even depth-1" id="li-comment-201"><div id="comment-201"><div class="comment-author vcard"><cite class="fn">Walt Brennan</cite> <span class="says">says:</span></div><div class="comment-meta commentmetadata"><a href="#comment-201">August 13, 2016 at 9:02 am</a></div><p>Lovely work. The A403 is a tough little movement.</p></div></li>
</ol>
</div>
<div id="sidebar" role="complementary"><ul><li><h2>Archives</h2><ul><li><a href="http://www.gideonmarsh.net/2016/08/">August 2016</a></li><li><a href="http://www.gideonmarsh.net/2016/07/">July 2016</a></li></ul></li></ul></div>
<hr />
<div id="footer" role="contentinfo"><p>Tick Tock Workshop is proudly powered by <a href="http://wordpress.org/">WordPress</a><br /><a href="http://www.gideonmarsh.net/feed/">Entries (RSS)</a> and <a href="http://www.gideonmarsh.net/comments/feed/">Comments (RSS)</a>.</p></div>
</div>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 46 WordPress + Co-Authors Plus + Yoast: three authors, author array of @ids.
# ---------------------------------------------------------------------------
add("wp_coauthors_three", "WordPress/Co-Authors Plus+Yoast",
    "https://thebaywatchdog.org/2024/10/02/housing-authority-audit-findings/",
    T("Audit finds housing authority left 300 units vacant while waitlist grew", ["Lucía Ferrer", "Ben Okoro", "Hattie Crane"], "2024-10-02"),
    r'''<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Audit finds housing authority left 300 units vacant while waitlist grew | The Bay Watchdog</title>
<meta property="og:type" content="article" />
<meta property="og:title" content="Audit finds housing authority left 300 units vacant while waitlist grew" />
<meta property="og:site_name" content="The Bay Watchdog" />
<meta property="article:published_time" content="2024-10-02T10:00:00+00:00" />
<meta property="article:modified_time" content="2024-10-02T18:33:00+00:00" />
<meta name="author" content="Lucía Ferrer, Ben Okoro, Hattie Crane" />
<meta name="twitter:label1" content="Written by" />
<meta name="twitter:data1" content="Lucía Ferrer, Ben Okoro, Hattie Crane" />
<script type="application/ld+json" class="yoast-schema-graph">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","@id":"https://thebaywatchdog.org/2024/10/02/housing-authority-audit-findings/#article","isPartOf":{"@id":"https://thebaywatchdog.org/2024/10/02/housing-authority-audit-findings/"},"author":[{"@id":"https://thebaywatchdog.org/#/schema/person/a1"},{"@id":"https://thebaywatchdog.org/#/schema/person/b2"},{"@id":"https://thebaywatchdog.org/#/schema/person/c3"}],"headline":"Audit finds housing authority left 300 units vacant while waitlist grew","datePublished":"2024-10-02T10:00:00+00:00","dateModified":"2024-10-02T18:33:00+00:00","publisher":{"@id":"https://thebaywatchdog.org/#organization"},"inLanguage":"en-US"},{"@type":"Person","@id":"https://thebaywatchdog.org/#/schema/person/a1","name":"Lucía Ferrer","url":"https://thebaywatchdog.org/author/lferrer/"},{"@type":"Person","@id":"https://thebaywatchdog.org/#/schema/person/b2","name":"Ben Okoro","url":"https://thebaywatchdog.org/author/bokoro/"},{"@type":"Person","@id":"https://thebaywatchdog.org/#/schema/person/c3","name":"Hattie Crane","url":"https://thebaywatchdog.org/author/hcrane/"},{"@type":"Organization","@id":"https://thebaywatchdog.org/#organization","name":"The Bay Watchdog"}]}</script>
</head>
<body class="post-template-default single single-post postid-12090">
<div id="page" class="site">
<header id="masthead" class="site-header"><p class="site-title"><a href="https://thebaywatchdog.org/" rel="home">The Bay Watchdog</a></p><nav id="site-navigation" class="main-navigation"><ul class="menu"><li><a href="/investigations/">Investigations</a></li><li><a href="/housing/">Housing</a></li><li><a href="/donate/">Donate</a></li></ul></nav></header>
<main id="main" class="site-main">
<article id="post-12090" class="post-12090 post type-post status-publish format-standard hentry category-housing">
<header class="entry-header">
<h1 class="entry-title">Audit finds housing authority left 300 units vacant while waitlist grew</h1>
<div class="entry-meta"><span class="byline">By <a href="https://thebaywatchdog.org/author/lferrer/" title="Posts by Lucía Ferrer" class="author url fn" rel="author">Lucía Ferrer</a>, <a href="https://thebaywatchdog.org/author/bokoro/" title="Posts by Ben Okoro" class="author url fn" rel="author">Ben Okoro</a> and <a href="https://thebaywatchdog.org/author/hcrane/" title="Posts by Hattie Crane" class="author url fn" rel="author">Hattie Crane</a></span> <span class="posted-on">Published <time class="entry-date published" datetime="2024-10-02T06:00:00-04:00">Oct. 2, 2024</time></span></div>
</header>
<div class="entry-content">
<p>The county housing authority kept more than 300 public housing units empty for a year or longer while its waitlist swelled past 9,000 families, according to a state audit released Wednesday.</p>
<p>Auditors found that units sat vacant for an average of 14 months between tenants, more than ten times the federal target of 20 days. Some needed only minor repairs, such as new flooring or appliances, the audit said.</p>
<p>The Bay Watchdog first reported on the vacancies last year, after tenants and advocates documented boarded-up apartments across three of the authority's largest complexes.</p>
<p>In a written response included in the audit, the authority's executive director said the agency had hired additional maintenance staff and expected to reduce vacancies by half within 12 months.</p>
</div>
<footer class="entry-footer"><div class="coauthors-bios"><p><strong>Lucía Ferrer</strong> is an investigative reporter. <strong>Ben Okoro</strong> is a data reporter. <strong>Hattie Crane</strong> covers housing.</p></div></footer>
</article>
</main>
<footer id="colophon" class="site-footer"><p>&copy; 2024 The Bay Watchdog. Nonprofit news.</p></footer>
</div>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 47 CNET-like product guide: "Written by A / Edited by B"; only the Updated
#    date is shown near the headline; JSON-LD datePublished months earlier.
# ---------------------------------------------------------------------------
add("tech_review_updated_editedby", "Tech review site (CNET-like)",
    "https://www.gadgetbench.com/tech/home-entertainment/best-soundbar/",
    T("Best Soundbar for 2025: Tested and Ranked", ["Soren Whitlock"], "2024-11-19"),
    r'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Best Soundbar for 2025: Tested and Ranked - GadgetBench</title>
<meta name="description" content="We tested 27 soundbars in a real living room. These are the ones worth buying.">
<meta property="og:title" content="Best Soundbar for 2025: Tested and Ranked">
<meta property="og:type" content="article">
<meta property="og:site_name" content="GadgetBench">
<meta property="article:published_time" content="2024-11-19T13:00:00-08:00">
<meta property="article:modified_time" content="2025-02-27T14:14:00-08:00">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Best Soundbar for 2025: Tested and Ranked","datePublished":"2024-11-19T13:00:00-08:00","dateModified":"2025-02-27T14:14:00-08:00","author":[{"@type":"Person","name":"Soren Whitlock","url":"https://www.gadgetbench.com/profiles/soren-whitlock/","jobTitle":"Senior Editor"}],"editor":[{"@type":"Person","name":"Jun Park"}],"publisher":{"@type":"Organization","name":"GadgetBench"}}</script>
</head>
<body>
<header class="c-siteHeader"><a class="c-siteHeader_logo" href="/">GadgetBench</a><nav class="c-siteHeader_nav"><a href="/tech/">Tech</a><a href="/deals/">Deals</a><a href="/home/">Home</a><a href="/reviews/">Reviews</a></nav></header>
<main class="g-outer-spacing-top-large">
<article class="c-pageArticle">
<div class="c-head">
<div class="c-breadCrumbs"><a href="/tech/">Tech</a> <span>/</span> <a href="/tech/home-entertainment/">Home Entertainment</a></div>
<h1 class="c-head_title g-text-xxxlarge">Best Soundbar for 2025: Tested and Ranked</h1>
<p class="c-head_dek">We tested 27 soundbars in a real living room. These are the ones worth buying.</p>
<div class="c-globalAuthor">
<div class="c-globalAuthor_meta"><span class="c-globalAuthor_metaItem">Updated <time datetime="2025-02-27T14:14:00-08:00">Feb. 27, 2025 2:14 p.m. PT</time></span></div>
<div class="c-globalAuthor_writers"><div class="c-globalAuthor_writerLine"><span class="c-globalAuthor_label">Written by </span><a class="c-globalAuthor_link" href="/profiles/soren-whitlock/">Soren Whitlock</a></div><div class="c-globalAuthor_writerLine"><span class="c-globalAuthor_label">Edited by </span><a class="c-globalAuthor_link" href="/profiles/jun-park/">Jun Park</a></div></div>
</div>
<div class="c-affiliateDisclosure"><p>Our expert, award-winning staff selects the products we cover and rigorously researches and tests our top picks. If you buy through our links, we may get a commission.</p></div>
</div>
<div class="c-pageArticle_content">
<p>A good soundbar is the single biggest upgrade you can make to a modern flat-screen TV. Thin TVs simply do not have room for speakers that can make dialogue clear or give an action movie any weight.</p>
<p>Over the past three years we have tested 27 soundbars in the same living room, with the same TV and the same playlist of movie scenes, music and sports. We score each one for dialogue clarity, bass, surround effect, ease of setup and value.</p>
<h2>Best soundbar overall: Calder Arc 5</h2>
<p>The Calder Arc 5 is the soundbar I recommend to most people. It makes voices crisp even at low volume, its built-in subwoofer is surprisingly punchy, and it connects to almost any TV with a single HDMI cable.</p>
<h2>Best budget soundbar: Vireo Mini 2</h2>
<p>For under $150, the Vireo Mini 2 is remarkably good. It will not shake the room, but it is a huge improvement over TV speakers and it is small enough to fit under most stands.</p>
</div>
</article>
<section class="c-relatedContent"><h2>More Home Entertainment</h2><div class="c-storyCard"><a href="/tech/home-entertainment/best-tv/">Best TV for 2025</a><span class="c-storyCard_meta">Ty Marlowe &middot; Feb. 20, 2025</span></div></section>
</main>
<footer class="c-siteFooter"><p>&copy; 2025 GadgetBench, a Red Ventures-style company. All rights reserved.</p></footer>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 48 Forbes-like contributor network: name with "Contributor" role line;
#    "Published ... Updated ..." line.
# ---------------------------------------------------------------------------
add("forbes_like_contributor", "Forbes-like contributor network",
    "https://www.capitalcurrents.com/sites/jordanvale/2025/03/03/why-midsize-banks-are-buying-credit-unions/",
    T("Why Midsize Banks Are Suddenly Buying Credit Unions", ["Jordan Vale"], "2025-03-03"),
    r'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Why Midsize Banks Are Suddenly Buying Credit Unions</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="A record number of credit unions agreed to sell to banks last year. Here's what is driving it.">
<meta property="og:title" content="Why Midsize Banks Are Suddenly Buying Credit Unions">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Capital Currents">
<meta name="author" content="Jordan Vale">
<meta property="article:published_time" content="2025-03-03T07:30:00-05:00">
<meta property="article:modified_time" content="2025-03-04T11:02:00-05:00">
<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle","mainEntityOfPage":"https://www.capitalcurrents.com/sites/jordanvale/2025/03/03/why-midsize-banks-are-buying-credit-unions/","headline":"Why Midsize Banks Are Suddenly Buying Credit Unions","datePublished":"2025-03-03T07:30:00-05:00","dateModified":"2025-03-04T11:02:00-05:00","author":{"@type":"Person","name":"Jordan Vale","url":"https://www.capitalcurrents.com/sites/jordanvale/","description":"I write about community banking, fintech and the plumbing of money."},"publisher":{"@type":"Organization","name":"Capital Currents","logo":{"@type":"ImageObject","url":"https://www.capitalcurrents.com/logo.png"}},"articleSection":"Banking & Insurance"}</script>
</head>
<body class="article-body-container">
<header class="header"><a class="header__logo" href="/">Capital Currents</a><nav class="header__nav"><a href="/billionaires/">Billionaires</a><a href="/innovation/">Innovation</a><a href="/money/">Money</a><a href="/leadership/">Leadership</a></nav><a class="header__subscribe" href="/subscribe/">Subscribe</a></header>
<main>
<article class="article-body fs-article fs-responsive-text current-article">
<div class="top-contrib-block"><div class="contrib-byline-author"><a class="contrib-link--name remove-underline" href="https://www.capitalcurrents.com/sites/jordanvale/">Jordan Vale</a><div class="contrib-byline-type">Contributor</div><div class="contrib-byline-bio">I write about community banking, fintech and the plumbing of money.</div></div><button class="follow-button">Follow</button></div>
<h1 class="fs-headline speakable-headline font-base font-size">Why Midsize Banks Are Suddenly Buying Credit Unions</h1>
<div class="metrics-bar"><div class="content-data metrics-text"><time>Mar 03, 2025, 07:30am EST</time></div><div class="content-data metrics-text"><span class="update">Updated Mar 04, 2025, 11:02am EST</span></div></div>
<div class="article-body-container fs-article"><div class="article-body fs-article">
<p>For decades, the flow went one way. Credit unions, which pay no federal income tax, grew by buying community banks. Last year a record 24 credit unions agreed instead to sell themselves to banks, and the pace has picked up in 2025.</p>
<p>The logic for buyers is straightforward. Credit unions tend to have cheap, loyal deposits and low-risk loan books, exactly what midsize banks lost in the deposit flight of 2023.</p>
<p>For the credit unions, the decision is more complicated. Members, who technically own the institution, must vote to approve a sale, and some of the deals have been criticized for rewarding executives with lucrative jobs at the acquiring bank.</p>
<p>Regulators at the National Credit Union Administration have signaled they will look more closely at these conversions, including the disclosures members receive before they vote.</p>
</div></div>
<div class="article-footer"><div class="fs-author-group-wrapper"><div class="fs-author-name"><a href="https://www.capitalcurrents.com/sites/jordanvale/">Jordan Vale</a></div><p class="contrib-bio">I have covered community banks since 2009. Opinions expressed by Capital Currents Contributors are their own.</p></div></div>
</article>
<aside class="right-rail"><h3>More From Capital Currents</h3><ul><li><a href="/sites/someoneelse/2025/03/02/rate-cut-odds/">Rate-cut odds shift after jobs report</a></li></ul></aside>
</main>
<footer class="footer"><p>&copy; 2025 Capital Currents Media LLC. All Rights Reserved.</p></footer>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 49 German news site (Spiegel-like): kicker inside <h1>, "Von A und B",
#    "03.03.2025, 14.20 Uhr"; date also in <meta name="date">.
# ---------------------------------------------------------------------------
add("german_news_von_und", "German news site (Spiegel-like)",
    "https://www.nordrundschau.de/wirtschaft/windkraft-ausbau-norddeutschland-rekord-a-4f2e9c1b",
    T("Norddeutschland baut so viele Windräder wie seit zehn Jahren nicht", ["Annegret Vollmer", "Jonas Keller"], "2025-03-03"),
    r'''<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Windkraft: Norddeutschland baut so viele Windräder wie seit zehn Jahren nicht - Nord-Rundschau</title>
<meta name="description" content="Schleswig-Holstein und Niedersachsen genehmigten 2024 mehr Anlagen als je zuvor. Doch beim Netzausbau hakt es.">
<meta name="author" content="Nord-Rundschau, Hamburg, Germany">
<meta name="date" content="2025-03-03T14:20:00+01:00">
<meta name="last-modified" content="2025-03-03T16:05:12+01:00">
<meta property="og:title" content="Windkraft: Norddeutschland baut so viele Windräder wie seit zehn Jahren nicht">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Nord-Rundschau">
<meta property="og:locale" content="de_DE">
</head>
<body>
<header data-area="navigation"><a href="https://www.nordrundschau.de/" title="Nord-Rundschau">Nord-Rundschau</a><nav><ul><li><a href="/politik/">Politik</a></li><li><a href="/wirtschaft/">Wirtschaft</a></li><li><a href="/panorama/">Panorama</a></li><li><a href="/sport/">Sport</a></li></ul></nav><a href="/abo/">Abo</a></header>
<main id="Inhalt">
<article aria-label="Norddeutschland baut so viele Windräder wie seit zehn Jahren nicht">
<header data-area="intro">
<h1 class="leading-tight"><span class="block text-primary-base font-sansUI font-bold text-base mb-12">Windkraft</span><span class="align-middle">Norddeutschland baut so viele Windräder wie seit zehn Jahren nicht</span></h1>
<div class="RichText leading-loose lg:text-xl md:text-xl sm:text-l lg:mb-32 md:mb-32 sm:mb-24"><strong>Schleswig-Holstein und Niedersachsen genehmigten 2024 mehr Anlagen als je zuvor. Doch beim Netzausbau hakt es.</strong></div>
<div class="font-sansUI text-shade-dark text-s"><div data-area="author">Von <a href="/impressum/autor-annegret-vollmer/" title="Annegret Vollmer">Annegret Vollmer</a> und <a href="/impressum/autor-jonas-keller/" title="Jonas Keller">Jonas Keller</a></div><div data-area="timestamp"><time datetime="2025-03-03 14:20:00" class="timeformat">03.03.2025, 14.20 Uhr</time></div></div>
</header>
<section data-area="body">
<div class="RichText RichText--iconLinks"><p>Der Ausbau der Windkraft an Land hat in Norddeutschland im vergangenen Jahr einen deutlichen Sprung gemacht. Schleswig-Holstein und Niedersachsen genehmigten zusammen mehr als 900 neue Anlagen, so viele wie seit zehn Jahren nicht.</p></div>
<div class="RichText RichText--iconLinks"><p>Grund sind vor allem schnellere Genehmigungsverfahren, die Bund und Länder in den vergangenen zwei Jahren auf den Weg gebracht haben. Die durchschnittliche Verfahrensdauer sank in Niedersachsen von rund 24 auf 17 Monate.</p></div>
<div class="RichText RichText--iconLinks"><p>&bdquo;Die Richtung stimmt endlich&ldquo;, sagte ein Sprecher des Landesverbands Erneuerbare Energien. Zugleich warnte er, dass der Netzausbau nicht Schritt halte: Schon heute müssen Windparks an windreichen Tagen regelmäßig abgeregelt werden, weil der Strom nicht abtransportiert werden kann.</p></div>
<div class="RichText RichText--iconLinks"><p>Die Netzbetreiber verweisen auf die neuen Stromautobahnen in Richtung Süden, die ab 2027 schrittweise in Betrieb gehen sollen.</p></div>
</section>
</article>
<section data-area="related"><h2>Mehr zum Thema</h2><ul><li><a href="/wirtschaft/offshore-ausschreibung-a-1b2c">Offshore-Ausschreibung: Keine Gebote für zwei Flächen</a> <time datetime="2025-02-26 09:12:00">26.02.2025</time></li></ul></section>
</main>
<footer><p>&copy; Nord-Rundschau GmbH &amp; Co. KG</p></footer>
</body>
</html>''')


# ---------------------------------------------------------------------------
# 50 French news site (Le Monde-like): "Par A et B", "Publié le ... à 23 h 05,
#    modifié le ..."; article:published_time in UTC is the same day.
# ---------------------------------------------------------------------------
add("french_news_par_et", "French news site (Le Monde-like)",
    "https://www.lejournaldulittoral.fr/economie/article/2025/02/12/peche-a-la-sardine-quotas_6547711_3234.html",
    T("Pêche à la sardine : les quotas réduits de 20 % dans le golfe de Gascogne", ["Claire Dubois", "Hugo Martin"], "2025-02-12"),
    r'''<!DOCTYPE html>
<html lang="fr" prefix="og: http://ogp.me/ns#">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Pêche à la sardine : les quotas réduits de 20 % dans le golfe de Gascogne</title>
<meta name="description" content="Les pêcheurs bretons et vendéens dénoncent une décision prise « sans concertation ».">
<meta property="og:title" content="Pêche à la sardine : les quotas réduits de 20 % dans le golfe de Gascogne">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Le Journal du Littoral">
<meta property="og:locale" content="fr_FR">
<meta property="article:published_time" content="2025-02-12T22:05:00+00:00">
<meta property="article:modified_time" content="2025-02-13T07:10:00+00:00">
<meta property="article:section" content="Économie">
</head>
<body class="article article--content">
<header class="Header"><a class="Header__logo" href="/">Le Journal du Littoral</a><nav class="Nav"><ul><li><a href="/politique/">Politique</a></li><li><a href="/economie/">Économie</a></li><li><a href="/planete/">Planète</a></li><li><a href="/abonnement/">S’abonner</a></li></ul></nav></header>
<main class="zone zone--article">
<section class="article__wrapper">
<ul class="breadcrumb"><li><a href="/economie/">Économie</a></li><li><a href="/economie/peche/">Pêche</a></li></ul>
<h1 class="article__title">Pêche à la sardine : les quotas réduits de 20 % dans le golfe de Gascogne</h1>
<p class="article__desc">Les pêcheurs bretons et vendéens dénoncent une décision prise « sans concertation » et redoutent des faillites dans les petits ports.</p>
<section class="meta meta__publisher"><span class="meta__author-wrapper">Par <a class="article__author-link" href="/signataires/claire-dubois/">Claire Dubois</a> et <a class="article__author-link" href="/signataires/hugo-martin/">Hugo Martin</a></span><span class="meta__date meta__date--header">Publié le 12 février 2025 à 23h05, modifié le 13 février 2025 à 08h10</span><span class="meta__reading-time"><span class="sr-only">Temps de </span>Lecture 3 min.</span></section>
<article class="article__content">
<p class="article__paragraph">Les quotas de pêche à la sardine dans le golfe de Gascogne seront réduits de 20 % en 2025, a annoncé mercredi 12 février le ministère chargé de la mer, à l’issue d’une réunion avec les organisations de producteurs qui s’est achevée tard dans la soirée.</p>
<p class="article__paragraph">La décision s’appuie sur un avis scientifique faisant état d’un recul marqué de la biomasse de sardines adultes depuis trois ans, ainsi que d’une diminution de la taille moyenne des poissons débarqués.</p>
<p class="article__paragraph">« On nous demande de faire des efforts chaque année, mais personne ne nous dit comment payer les bateaux », a réagi le président d’une organisation de producteurs de Saint-Gilles-Croix-de-Vie, qui estime qu’une quinzaine de navires pourraient être menacés.</p>
<p class="article__paragraph">Le ministère a promis un dispositif d’aide temporaire pour les armements les plus touchés, dont le montant doit être précisé d’ici à la fin du mois.</p>
</article>
</section>
<aside class="aside__iso"><h2>Lire aussi</h2><ul><li><a href="/planete/article/2025/02/10/chalutage-aires-marines_6547001_3244.html">Chalutage de fond : Bruxelles met la France en demeure</a></li></ul></aside>
</main>
<footer class="Footer"><p>© Le Journal du Littoral - reproduction interdite</p></footer>
</body>
</html>''')


assert len(PAGES) == 50, len(PAGES)
assert len({p["name"] for p in PAGES}) == 50
