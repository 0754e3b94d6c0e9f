"""HTML probe suite 1: 40 chrome blocks as real plugins and CMSs ship them.

Written from what real sites ship (no benchmark page, site or sentence): the server-rendered
HTML, or the rendered DOM a headless crawl would capture.  Data only: BLOCKS is a list of dicts
with name, position, phrases (visible strings that must not survive cleaning) and html.

Positions (benchmarks/probe_pages.py builds the page around them):
  before_article   between the site header/nav and <article>
  article_head     inside <article><header>, before the <h1>
  inside_top       first child of div.entry-content, before paragraph 1
  inside_after_p1  inside div.entry-content, after paragraph 1
  inside_mid       inside div.entry-content, after paragraph 3
  inside_end       inside div.entry-content, after the last paragraph
  article_foot     inside <article>, after div.entry-content (footer.entry-footer area)
  after_article    after </article>, before the site footer
  body_end         last thing in <body>, after the site footer
"""

BLOCKS = [
    # ------------------------------------------------------------------ consent
    {
        "name": "onetrust_banner",
        "position": "body_end",
        "phrases": ["We use cookies and similar technologies to personalise content and ads",
                    "Accept All Cookies", "Cookie Settings"],
        "html": r'''
<div id="onetrust-consent-sdk"><div class="onetrust-pc-dark-filter ot-hide ot-fade-in"></div><div id="onetrust-banner-sdk" class="otFlat ot-wo-title vertical-align-content" tabindex="0" role="region" aria-label="Cookie banner"><div role="dialog" aria-modal="true" aria-describedby="onetrust-policy-text" aria-label="Privacy"><div class="ot-sdk-container"><div class="ot-sdk-row"><div id="onetrust-group-container" class="ot-sdk-eight ot-sdk-columns"><div class="banner_logo"></div><div id="onetrust-policy"><p id="onetrust-policy-text">We use cookies and similar technologies to personalise content and ads, to provide social media features and to analyse our traffic. We also share information about your use of our site with our social media, advertising and analytics partners. <a class="ot-cookie-policy-link" href="https://example.org/cookie-policy/" aria-label="More information about your privacy, opens in a new tab" rel="noopener" target="_blank">Cookie Policy</a></p></div></div><div id="onetrust-button-group-parent" class="ot-sdk-three ot-sdk-columns"><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Cookie Settings</button> <button id="onetrust-reject-all-handler">Reject All</button> <button id="onetrust-accept-btn-handler">Accept All Cookies</button></div></div></div></div><div id="onetrust-close-btn-container"></div></div></div></div>
''',
    },
    {
        "name": "cookiebot_dialog",
        "position": "body_end",
        "phrases": ["This website uses cookies",
                    "who may combine it with other information that you've provided to them"],
        "html": r'''
<div id="CybotCookiebotDialog" name="CybotCookiebotDialog" role="dialog" aria-modal="true" aria-labelledby="CybotCookiebotDialogBodyContentTitle" tabindex="-1" lang="en" dir="ltr" ng-non-bindable="" data-template="popup" class="CybotCookiebotDialogActive CybotEdge" style="display: flex;"><div class="CybotCookiebotDialogContentWrapper"><header id="CybotCookiebotDialogHeader" class="CybotCookiebotScrollContainer"><div class="CybotCookiebotDialogHeaderLogosWrapper"><div id="CybotCookiebotDialogHeaderLogo"></div><a id="CybotCookiebotDialogPoweredbyCybot" href="https://www.cookiebot.com/en/what-is-behind-powered-by-cookiebot/" target="_blank" rel="noopener nofollow" aria-label="Cookiebot - opens in a new window"><span class="CybotCookiebotDialogPoweredbyText">Powered by Cookiebot</span></a></div></header><nav id="CybotCookiebotDialogNav" class="CybotCookiebotScrollContainer"><ul id="CybotCookiebotDialogNavList" class="CybotCookiebotDialogNavItems" role="tablist"><li id="CybotCookiebotDialogNavListItemConsent" class="CybotCookiebotDialogNavItem" role="none"><a id="CybotCookiebotDialogNavDeclaration" class="CybotCookiebotDialogNavItemLink CybotCookiebotDialogActive" href="#" role="tab" aria-selected="true">Consent</a></li><li class="CybotCookiebotDialogNavItem" role="none"><a id="CybotCookiebotDialogNavDetails" class="CybotCookiebotDialogNavItemLink" href="#" role="tab" aria-selected="false">Details</a></li><li class="CybotCookiebotDialogNavItem" role="none"><a id="CybotCookiebotDialogNavAbout" class="CybotCookiebotDialogNavItemLink" href="#" role="tab" aria-selected="false">About</a></li></ul></nav><div id="CybotCookiebotDialogTabContent"><div id="CybotCookiebotDialogTabContentDetails" class="CybotCookiebotDialogTabPanel" role="tabpanel" aria-labelledby="CybotCookiebotDialogNavDeclaration" lang="en"><div id="CybotCookiebotDialogBody" class="CybotCookiebotScrollContainer"><div id="CybotCookiebotDialogBodyContent"><h2 id="CybotCookiebotDialogBodyContentTitle" lang="en" role="heading" aria-level="2">This website uses cookies</h2><div id="CybotCookiebotDialogBodyContentText" lang="en">We use cookies to personalise content and ads, to provide social media features and to analyse our traffic. We also share information about your use of our site with our social media, advertising and analytics partners who may combine it with other information that you've provided to them or that they've collected from your use of their services.</div></div></div></div></div><div id="CybotCookiebotDialogFooter" class="CybotCookiebotScrollContainer"><div id="CybotCookiebotDialogBodyButtonsWrapper"><button id="CybotCookiebotDialogBodyButtonDecline" class="CybotCookiebotDialogBodyButton" tabindex="0" lang="en">Deny</button><button id="CybotCookiebotDialogBodyLevelButtonCustomize" class="CybotCookiebotDialogBodyButton" tabindex="0" lang="en">Customize</button><button id="CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll" class="CybotCookiebotDialogBodyButton" tabindex="0" lang="en">Allow all</button></div></div></div></div>
''',
    },
    {
        "name": "quantcast_choice",
        "position": "body_end",
        "phrases": ["We value your privacy",
                    "We and our partners store and/or access information on a device",
                    "MORE OPTIONS"],
        "html": r'''
<div id="qc-cmp2-container" data-nosnippet=""><div class="qc-cmp2-main"><div class="qc-cmp-cleanslate css-rbwcyi"><div id="qc-cmp2-ui" role="dialog" aria-label="qc-cmp2-ui" aria-modal="true" tabindex="0" class=" css-1k8ve7j"><div class="qc-cmp2-summary-section"><div class="qc-cmp2-consent-info"><h2 class=" css-rqvx5l">We value your privacy</h2><div class="qc-cmp2-summary-info"><div><p>We and our partners store and/or access information on a device, such as cookies and process personal data, such as unique identifiers and standard information sent by a device for personalised advertising and content, advertising and content measurement, audience research and services development.</p><p>With your permission we and our partners may use precise geolocation data and identification through device scanning. You may click to consent to our and our 1468 partners' processing as described above. Alternatively you may access more detailed information and change your preferences before consenting or to refuse consenting.</p></div></div></div></div><div class="qc-cmp2-footer qc-cmp2-footer-overlay qc-cmp2-footer-scrolled"><div class="qc-cmp2-summary-buttons"><button mode="secondary" size="large" class=" css-47sehv"><span>MORE OPTIONS</span></button><button mode="primary" size="large" class=" css-47sehv"><span>AGREE</span></button></div></div></div></div></div></div>
''',
    },
    {
        "name": "cookieyes_banner",
        "position": "body_end",
        "phrases": ["We use cookies to enhance your browsing experience",
                    "you consent to our use of cookies"],
        "html": r'''
<div class="cky-consent-container cky-box-bottom-left" tabindex="0" aria-label="We value your privacy" role="region"><div class="cky-consent-bar" data-cky-tag="notice" style="background-color:#FFFFFF;border-color:#f4f4f4"><div class="cky-notice"><p class="cky-title" role="heading" aria-level="1" data-cky-tag="title" style="color:#212121">We value your privacy</p><div class="cky-notice-group"><div class="cky-notice-des" data-cky-tag="description" style="color:#212121"><p>We use cookies to enhance your browsing experience, serve personalized ads or content, and analyze our traffic. By clicking "Accept All", you consent to our use of cookies.</p></div><div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons"><button class="cky-btn cky-btn-customize" aria-label="Customize" data-cky-tag="settings-button">Customize</button> <button class="cky-btn cky-btn-reject" aria-label="Reject All" data-cky-tag="reject-button">Reject All</button> <button class="cky-btn cky-btn-accept" aria-label="Accept All" data-cky-tag="accept-button">Accept All</button></div></div></div></div></div>
<div class="cky-modal" tabindex="-1"><div class="cky-preference-center" data-cky-tag="detail"><div class="cky-preference-header"><span class="cky-preference-title" role="heading" aria-level="1" data-cky-tag="detail-title">Customize Consent Preferences</span><button class="cky-btn-close" aria-label="Close" data-cky-tag="detail-close"><img src="https://cdn-cookieyes.com/assets/images/close.svg" alt="Close"></button></div><div class="cky-preference-body-wrapper"><div class="cky-preference-content-wrapper" data-cky-tag="detail-description"><p>We use cookies to help you navigate efficiently and perform certain functions. You will find detailed information about all cookies under each consent category below.</p></div></div></div></div>
''',
    },
    {
        "name": "didomi_notice",
        "position": "body_end",
        "phrases": ["Agree and close", "Disagree and close",
                    "store and access non-sensitive information from your device"],
        "html": r'''
<div id="didomi-host" data-nosnippet="true" aria-hidden="false"><div tabindex="-1" dir="ltr" class="didomi-popup-open-ios"><div class="didomi-popup-backdrop didomi-notice-popup didomi-popup__backdrop"><div class="didomi-popup-container didomi-popup-notice didomi-popup-notice-with-data-processing"><div class="didomi-popup__dialog" role="dialog" aria-modal="true" aria-labelledby="didomi-notice-title" aria-describedby="didomi-notice-description"><div id="didomi-notice" class="didomi-popup-view"><div class="didomi-popup-notice-logo-container"><img class="didomi-popup-notice-logo" src="https://sdk.privacy-center.org/assets/logo.png" alt="Logo"></div><h1 id="didomi-notice-title" class="didomi-popup-notice-title">Welcome</h1><div class="didomi-popup-notice-text" id="didomi-notice-description"><div class="didomi-popup-notice-text-data-processing">We and our <a href="javascript:Didomi.preferences.show('vendors')" role="button">852 partners</a> store and access non-sensitive information from your device, like cookies or a unique device identifier, and process personal data like IP addresses and cookie identifiers, for data processing like displaying personalized ads, measuring preferences of our visitors, etc. You can change your preferences at any time in our Privacy Policy on this website.</div></div><div class="didomi-popup-notice-buttons"><button id="didomi-notice-learn-more-button" class="didomi-components-button didomi-button didomi-button-standard didomi-components-button--color" aria-label="Learn More: Configure your choices"><span>Learn More →</span></button><button id="didomi-notice-disagree-button" class="didomi-components-button didomi-button didomi-dismiss-button didomi-components-button--color didomi-button-highlight" aria-label="Disagree and close: Disagree to our data processing and close"><span>Disagree and close</span></button><button id="didomi-notice-agree-button" class="didomi-components-button didomi-button didomi-dismiss-button didomi-components-button--color didomi-button-highlight highlight-button" aria-label="Agree and close: Agree to our data processing and close"><span>Agree and close</span></button></div></div></div></div></div></div></div>
''',
    },
    {
        "name": "complianz_banner",
        "position": "body_end",
        "phrases": ["Manage Cookie Consent",
                    "To provide the best experiences, we use technologies like cookies",
                    "strictly necessary for the legitimate purpose of enabling the use"],
        "html": r'''
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 bottom-right-view-preferences optin cmplz-bottom-right cmplz-categories-type-view-preferences" aria-modal="true" data-nosnippet="true" role="dialog" aria-live="polite" aria-labelledby="cmplz-header-1-optin" aria-describedby="cmplz-message-1-optin"><div class="cmplz-header"><div class="cmplz-logo"></div><div class="cmplz-title" id="cmplz-header-1-optin">Manage Cookie Consent</div><div class="cmplz-close" tabindex="0" role="button" aria-label="Close dialog"><svg aria-hidden="true" focusable="false" data-prefix="fas" data-icon="times" class="svg-inline--fa fa-times fa-w-11" role="img" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 352 512"><path fill="currentColor" d="M242.72 256l100.07-100.07"></path></svg></div></div><div class="cmplz-divider cmplz-divider-header"></div><div class="cmplz-body"><div class="cmplz-message" id="cmplz-message-1-optin">To provide the best experiences, we use technologies like cookies to store and/or access device information. Consenting to these technologies will allow us to process data such as browsing behavior or unique IDs on this site. Not consenting or withdrawing consent, may adversely affect certain features and functions.</div><div class="cmplz-categories"><details class="cmplz-category cmplz-functional"><summary><span class="cmplz-category-header"><span class="cmplz-category-title">Functional</span><span class="cmplz-always-active"><span class="cmplz-banner-checkbox"><input type="checkbox" id="cmplz-functional-optin" data-category="cmplz_functional" class="cmplz-consent-checkbox cmplz-functional" size="40" value="1"><label class="cmplz-label" for="cmplz-functional-optin" tabindex="0"><span class="screen-reader-text">Functional</span></label></span>Always active</span><span class="cmplz-icon cmplz-open"></span></span></summary><div class="cmplz-description"><span class="cmplz-description-functional">The technical storage or access is strictly necessary for the legitimate purpose of enabling the use of a specific service explicitly requested by the subscriber or user, or for the sole purpose of carrying out the transmission of a communication over an electronic communications network.</span></div></details><details class="cmplz-category cmplz-statistics"><summary><span class="cmplz-category-header"><span class="cmplz-category-title">Statistics</span><span class="cmplz-banner-checkbox"><input type="checkbox" id="cmplz-statistics-optin" data-category="cmplz_statistics" class="cmplz-consent-checkbox cmplz-statistics" size="40" value="1"><label class="cmplz-label" for="cmplz-statistics-optin" tabindex="0"><span class="screen-reader-text">Statistics</span></label></span><span class="cmplz-icon cmplz-open"></span></span></summary><div class="cmplz-description"><span class="cmplz-description-statistics">The technical storage or access that is used exclusively for statistical purposes.</span></div></details></div></div><div class="cmplz-links cmplz-information"><a class="cmplz-link cmplz-manage-options cookie-statement" href="#" data-relative_url="#cmplz-manage-consent-container">Manage options</a><a class="cmplz-link cmplz-manage-third-parties cookie-statement" href="#" data-relative_url="#cmplz-cookies-overview">Manage services</a></div><div class="cmplz-divider cmplz-footer"></div><div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">Accept</button><button class="cmplz-btn cmplz-deny">Deny</button><button class="cmplz-btn cmplz-view-preferences">View preferences</button><button class="cmplz-btn cmplz-save-preferences">Save preferences</button><a class="cmplz-btn cmplz-manage-options tcf cookie-statement" href="#" data-relative_url="#cmplz-manage-consent-container">View preferences</a></div><div class="cmplz-links cmplz-documents"><ul><li><a class="cmplz-link cookie-statement" href="https://example.org/cookie-policy-eu/" data-relative_url="">Cookie Policy</a></li><li><a class="cmplz-link privacy-statement" href="https://example.org/privacy-statement/" data-relative_url="">Privacy Statement</a></li></ul></div></div></div>
''',
    },
    # ------------------------------------------------------------------ newsletter / lead capture
    {
        "name": "mailchimp_embed",
        "position": "inside_mid",
        "phrases": ["Subscribe to our weekly watchlist", "indicates required"],
        "html": r'''
<!-- Begin Mailchimp Signup Form -->
<div id="mc_embed_shell"><div id="mc_embed_signup"><form action="https://example.us21.list-manage.com/subscribe/post?u=3f1e2a9c8b7d6e5f4a3b2c1d0&amp;id=9c8b7a6d5e&amp;f_id=00a1b2e1f0" method="post" id="mc-embedded-subscribe-form" name="mc-embedded-subscribe-form" class="validate" target="_blank"><div id="mc_embed_signup_scroll"><h2>Subscribe to our weekly watchlist</h2><div class="indicates-required"><span class="asterisk">*</span> indicates required</div><div class="mc-field-group"><label for="mce-EMAIL">Email Address <span class="asterisk">*</span></label><input type="email" name="EMAIL" class="required email" id="mce-EMAIL" required="" value=""></div><div id="mce-responses" class="clear foot"><div class="response" id="mce-error-response" style="display: none;"></div><div class="response" id="mce-success-response" style="display: none;"></div></div><div aria-hidden="true" style="position: absolute; left: -5000px;"><input type="text" name="b_3f1e2a9c8b7d6e5f4a3b2c1d0_9c8b7a6d5e" tabindex="-1" value=""></div><div class="optionalParent"><div class="clear foot"><input type="submit" name="subscribe" id="mc-embedded-subscribe" class="button" value="Subscribe"><p style="margin: 0px auto;"><a href="http://eepurl.com/iExYzA" title="Mailchimp - email marketing made easy and fun"><span style="display: inline-block; background-color: transparent; border-radius: 4px;"><img class="refferal_badge" src="https://digitalasset.intuit.com/render/content/dam/intuit/mc-fe/en_us/images/intuit-mc-rewards-text-dark.svg" alt="Intuit Mailchimp" style="width: 220px; height: 40px; display: flex; padding: 2px 0px; justify-content: center; align-items: center;"></span></a></p></div></div></div></form></div><script type="text/javascript" src="//s3.amazonaws.com/downloads.mailchimp.com/js/mc-validate.js"></script><script type="text/javascript">(function($) {window.fnames = new Array(); window.ftypes = new Array();fnames[0]='EMAIL';ftypes[0]='email';}(jQuery));var $mcj = jQuery.noConflict(true);</script></div>
<!--End mc_embed_signup-->
''',
    },
    {
        "name": "convertkit_inline",
        "position": "inside_end",
        "phrases": ["Join the Newsletter", "Subscribe to get our latest content by email",
                    "We won't send you spam. Unsubscribe at any time."],
        "html": r'''
<form action="https://app.convertkit.com/forms/5123456/subscriptions" class="seva-form formkit-form" method="post" data-sv-form="5123456" data-uid="a1b2c3d4e5" data-format="inline" data-version="5" data-options="{&quot;settings&quot;:{&quot;after_subscribe&quot;:{&quot;action&quot;:&quot;message&quot;,&quot;success_message&quot;:&quot;Success! Now check your email to confirm your subscription.&quot;}}}" min-width="400 500 600 700 800"><div data-style="clean"><div class="formkit-header" data-element="header" style="color: rgb(77, 77, 77); font-size: 27px; font-weight: 700;"><h2>Join the Newsletter</h2></div><div data-element="subheader" class="formkit-subheader" style="color: rgb(104, 104, 104); font-size: 18px;"><p>Subscribe to get our latest content by email.</p></div><ul class="formkit-alert formkit-alert-error" data-element="errors" data-group="alert"></ul><div data-element="fields" data-stacked="false" class="seva-fields formkit-fields"><div class="formkit-field"><input class="formkit-input" name="email_address" aria-label="Email Address" placeholder="Email Address" required="" type="email" style="color: rgb(0, 0, 0); border-color: rgb(227, 227, 227); border-radius: 4px; font-weight: 400;"></div><button data-element="submit" class="formkit-submit formkit-submit" style="color: rgb(255, 255, 255); background-color: rgb(22, 119, 190); border-radius: 4px; font-weight: 400;"><div class="formkit-spinner"><div></div><div></div><div></div></div><span class="">Subscribe</span></button></div><div class="formkit-guarantee" data-element="guarantee" style="color: rgb(77, 77, 77); font-size: 13px; font-weight: 400;"><p>We won't send you spam. Unsubscribe at any time.</p></div><div class="formkit-powered-by-convertkit-container"><a href="https://convertkit.com/features/forms?utm_campaign=poweredby&amp;utm_content=form&amp;utm_medium=referral&amp;utm_source=dynamic" data-element="powered-by" class="formkit-powered-by-convertkit" data-variant="dark" target="_blank" rel="nofollow">Built with ConvertKit</a></div></div></form>
''',
    },
    {
        "name": "substack_subscribe_widget",
        "position": "inside_mid",
        "phrases": ["Subscribe for free to receive new posts and support my work",
                    "Thanks for reading The Screenline Dispatch!"],
        "html": r'''
<div class="subscription-widget-wrap-editor" data-attrs="{&quot;url&quot;:&quot;https://screenline.substack.com/subscribe?&quot;,&quot;text&quot;:&quot;Subscribe&quot;,&quot;language&quot;:&quot;en&quot;}" data-component-name="SubscribeWidgetToDOM"><div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">Thanks for reading The Screenline Dispatch! Subscribe for free to receive new posts and support my work.</p></div><form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email…" tabindex="-1"><input type="submit" class="button primary" value="Subscribe"><div class="fake-input-wrapper"><div class="fake-input"></div><div class="fake-button"></div></div></form></div></div>
''',
    },
    {
        "name": "klaviyo_flyout",
        "position": "body_end",
        "phrases": ["Get 10% off your first order",
                    "Sign up for exclusive offers, original stories, events and more."],
        "html": r'''
<div class="needsclick kl-private-reset-css-Xuajs1" role="dialog" aria-modal="true" aria-label="POPUP Form" style="position: fixed; bottom: 0px; right: 0px; z-index: 90000;"><div class="needsclick kl-private-reset-css-Xuajs1"><div class="needsclick klaviyo-form klaviyo-form-version-cid_1 kl-private-reset-css-Xuajs1" data-testid="POPUP"><form novalidate="" class="needsclick klaviyo-form klaviyo-form-version-cid_1 go2050913009" data-testid="klaviyo-form-XyZ12a" action="#"><div class="needsclick go1872081059 kl-private-reset-css-Xuajs1" data-testid="form-row"><div class="needsclick kl-private-reset-css-Xuajs1" data-testid="form-component"><div class="needsclick go1512290022 kl-private-reset-css-Xuajs1"><div><p style="text-align: center;"><span style="font-family: Arial; font-weight: 700; font-size: 28px; color: rgb(0, 0, 0);">Get 10% off your first order</span></p></div></div></div></div><div class="needsclick go1872081059 kl-private-reset-css-Xuajs1" data-testid="form-row"><div class="needsclick kl-private-reset-css-Xuajs1" data-testid="form-component"><div class="needsclick go1512290022 kl-private-reset-css-Xuajs1"><div><p style="text-align: center;"><span style="font-family: Arial; font-size: 16px; color: rgb(0, 0, 0);">Sign up for exclusive offers, original stories, events and more.</span></p></div></div></div></div><div class="needsclick go1872081059 kl-private-reset-css-Xuajs1" data-testid="form-row"><div class="needsclick kl-private-reset-css-Xuajs1" data-testid="form-component"><input class="needsclick go3911713373 kl-private-reset-css-Xuajs1" type="email" autocomplete="email" name="email" id="email_76093" placeholder="Email" aria-label="Email" aria-required="true" aria-invalid="false" value=""></div></div><div class="needsclick go1872081059 kl-private-reset-css-Xuajs1" data-testid="form-row"><div class="needsclick kl-private-reset-css-Xuajs1" data-testid="form-component"><button type="button" class="needsclick go4047853526 kl-private-reset-css-Xuajs1">SUBSCRIBE</button></div></div><div class="needsclick go1872081059 kl-private-reset-css-Xuajs1" data-testid="form-row"><div class="needsclick kl-private-reset-css-Xuajs1" data-testid="form-component"><button type="button" class="needsclick go1400838468 kl-private-reset-css-Xuajs1">No thanks</button></div></div><input type="submit" tabindex="-1" value="Submit" style="display: none;"></form></div><button class="needsclick klaviyo-close-form go1632949049 kl-private-reset-css-Xuajs1" aria-label="Close dialog" type="button"><svg width="20" height="20" aria-hidden="true"><path d="M6 6L14 14M6 14L14 6"></path></svg></button></div></div>
''',
    },
    {
        "name": "hubspot_form",
        "position": "after_article",
        "phrases": ["needs the contact information you provide to us to contact you about our products and services",
                    "You may unsubscribe from these communications at any time"],
        "html": r'''
<div class="hbspt-form" id="hbspt-form-6f1c2d3e-4a5b-6c7d-8e9f-0a1b2c3d4e5f" data-hs-forms-root="true"><form novalidate="" accept-charset="UTF-8" action="https://forms.hsforms.com/submissions/v3/public/submit/formsnext/multipart/4412345/8d2e6c1a-7b3f-4e5d-9a0c-1f2e3d4c5b6a" enctype="multipart/form-data" id="hsForm_8d2e6c1a-7b3f-4e5d-9a0c-1f2e3d4c5b6a" method="POST" class="hs-form-private hsForm_8d2e6c1a-7b3f-4e5d-9a0c-1f2e3d4c5b6a hs-form-8d2e6c1a-7b3f-4e5d-9a0c-1f2e3d4c5b6a hs-form-8d2e6c1a-7b3f-4e5d-9a0c-1f2e3d4c5b6a_6f1c2d3e hs-form stacked hs-custom-form" target="target_iframe_8d2e6c1a-7b3f-4e5d-9a0c-1f2e3d4c5b6a" data-instance-id="6f1c2d3e-4a5b-6c7d-8e9f-0a1b2c3d4e5f" data-form-id="8d2e6c1a-7b3f-4e5d-9a0c-1f2e3d4c5b6a" data-portal-id="4412345" data-hs-cf-bound="true"><div class="hs_email hs-email hs-fieldtype-text field hs-form-field"><label id="label-email-8d2e6c1a" class="" placeholder="Enter your Email" for="email-8d2e6c1a"><span>Email</span><span class="hs-form-required">*</span></label><legend class="hs-field-desc" style="display: none;"></legend><div class="input"><input id="email-8d2e6c1a" name="email" required="" placeholder="" type="email" class="hs-input" inputmode="email" autocomplete="email" value=""></div></div><div class="hs_firstname hs-firstname hs-fieldtype-text field hs-form-field"><label id="label-firstname-8d2e6c1a" class="" placeholder="Enter your First name" for="firstname-8d2e6c1a"><span>First name</span></label><legend class="hs-field-desc" style="display: none;"></legend><div class="input"><input id="firstname-8d2e6c1a" name="firstname" placeholder="" type="text" class="hs-input" inputmode="text" autocomplete="given-name" value=""></div></div><div class="legal-consent-container"><div class="hs-richtext"><p>The Screenline needs the contact information you provide to us to contact you about our products and services. You may unsubscribe from these communications at any time. For information on how to unsubscribe, as well as our privacy practices and commitment to protecting your privacy, please review our <a href="https://example.org/privacy/" target="_blank">Privacy Policy</a>.</p></div></div><div class="hs_submit hs-submit"><div class="hs-field-desc" style="display: none;"></div><div class="actions"><input type="submit" class="hs-button primary large" value="Submit"></div></div><input name="hs_context" type="hidden" value="{&quot;embedAtTimestamp&quot;:&quot;1718000000000&quot;,&quot;formDefinitionUpdatedAt&quot;:&quot;1717000000000&quot;}"><iframe name="target_iframe_8d2e6c1a-7b3f-4e5d-9a0c-1f2e3d4c5b6a" style="display: none;"></iframe></form></div>
''',
    },
    {
        "name": "optinmonster_popup",
        "position": "body_end",
        "phrases": ["Wait! Before you go...", "No thanks, I don't like free stuff",
                    "YES! SEND ME THE GUIDE"],
        "html": r'''
<div id="om-fk3nqx8vbzmtuo2hq1ef-holder" class="om-holder om-clearfix om-popup-fk3nqx8vbzmtuo2hq1ef om-popup-holder" data-om-campaign="fk3nqx8vbzmtuo2hq1ef" role="dialog" aria-modal="true" aria-label="Popup" style="display: block;"><div class="Campaign CampaignType--popup Campaign--css fk3nqx8vbzmtuo2hq1ef-CampaignType--popup" data-viewport="desktop"><div class="Campaign__canvas"><div class="Campaign__content"><div class="Campaign__innerWrapper"><div class="Close--inside"><button class="Close Close--light" aria-label="Close the popup" data-om-action="close"><svg viewBox="0 0 20 20"><path d="M11.8 10l5.8-5.8"></path></svg></button></div><div class="Row Row--1"><div class="Column Column--1"><div class="Element Element--text Text--1"><div class="Element__content"><p class="Text"><span style="font-size: 32px;"><strong>Wait! Before you go...</strong></span></p></div></div><div class="Element Element--text Text--2"><div class="Element__content"><p class="Text">Grab our free streaming guide: every new release worth your evening, sorted by service and delivered each Friday.</p></div></div><form class="Element Element--form Form--1" data-om-form=""><div class="Element Element--input Input--1"><input type="email" class="Input__field" name="email" placeholder="Enter your email address here..." aria-label="Email" required=""></div><button class="Element Element--button Button--1" type="submit" data-om-action="optin"><span class="Button__text">YES! SEND ME THE GUIDE</span></button></form><div class="Element Element--button Button--2"><button class="Button__link" data-om-action="close">No thanks, I don't like free stuff</button></div><div class="Element Element--text Text--3"><div class="Element__content"><p class="Text"><span style="font-size: 11px;">We respect your privacy. Unsubscribe at any time.</span></p></div></div></div></div></div></div></div></div><div class="om-brand"><a class="om-brand-link" href="https://optinmonster.com/powered-by/?utm_source=poweredby&amp;utm_medium=link" target="_blank" rel="nofollow noopener">Powered by OptinMonster</a></div></div>
''',
    },
    {
        "name": "jetpack_subscribe_modal",
        "position": "body_end",
        "phrases": ["Discover more from The Screenline",
                    "Subscribe now to keep reading and get access to the full archive.",
                    "Continue reading"],
        "html": r'''
<div class="jetpack-subscribe-modal"><div class="jetpack-subscribe-modal__modal-content"><div class="wp-block-group has-border-color" style="border-color:#dddddd;border-width:1px;margin-top:0;margin-bottom:0;padding-top:32px;padding-right:32px;padding-bottom:32px;padding-left:32px"><div class="wp-block-group__inner-container is-layout-constrained wp-block-group-is-layout-constrained"><h2 class="wp-block-heading has-text-align-center" style="margin-top:4px;margin-bottom:10px;font-size:26px;font-style:normal;font-weight:600">Discover more from The Screenline</h2><p class="has-text-align-center" style="margin-top:4px;margin-bottom:0px;font-size:15px">Subscribe now to keep reading and get access to the full archive.</p><div class="wp-block-jetpack-subscriptions__supports-newline is-style-compact wp-block-jetpack-subscriptions__use-newline wp-block-jetpack-subscriptions"><div class="wp-block-jetpack-subscriptions__container is-not-subscriber"><form action="https://wordpress.com/email-subscriptions" method="post" accept-charset="utf-8" data-blog="214567890" data-post_access_level="everybody" data-subscriber_email="" id="subscribe-blog"><div class="wp-block-jetpack-subscriptions__form-elements"><p id="subscribe-email"><label id="subscribe-field-label" for="subscribe-field" class="screen-reader-text">Type your email…</label><input required="required" type="email" name="email" autocomplete="email" class="no-border-radius" style="font-size: 16px;padding: 15px 23px 15px 23px;border-radius: 0px;border-width: 1px;" placeholder="Type your email…" value="" id="subscribe-field" title="Please fill in this field."></p><p id="subscribe-submit"><input type="hidden" name="action" value="subscribe"><input type="hidden" name="blog_id" value="214567890"><input type="hidden" name="source" value="https://example.org/reviews/"><input type="hidden" name="sub-type" value="jetpack_subscribe_modal"><input type="hidden" name="app_source" value="subscribe-modal"><input type="hidden" name="redirect_fragment" value="subscribe-blog"><button type="submit" class="wp-block-button__link no-border-radius" style="font-size: 16px;padding: 15px 23px 15px 23px;margin: 0; margin-left: 10px;border-radius: 0px;border-width: 1px;" name="jetpack_subscriptions_widget">Subscribe</button></p></div></form></div></div><p class="has-text-align-center jetpack-subscribe-modal__close" style="margin-top:20px;font-size:14px"><a href="#">Continue reading</a></p></div></div></div></div>
''',
    },
    # ------------------------------------------------------------------ share bars
    {
        "name": "addtoany_bottom",
        "position": "inside_end",
        "phrases": ["Share this:"],
        "html": r'''
<div class="addtoany_share_save_container addtoany_content addtoany_content_bottom"><div class="addtoany_header">Share this:</div><div class="a2a_kit a2a_kit_size_32 addtoany_list" data-a2a-url="https://example.org/reviews/" data-a2a-title="Review"><a class="a2a_button_facebook" href="https://www.addtoany.com/add_to/facebook?linkurl=https%3A%2F%2Fexample.org%2Freviews%2F&amp;linkname=Review" title="Facebook" rel="nofollow noopener" target="_blank"></a><a class="a2a_button_x" href="https://www.addtoany.com/add_to/x?linkurl=https%3A%2F%2Fexample.org%2Freviews%2F&amp;linkname=Review" title="X" rel="nofollow noopener" target="_blank"></a><a class="a2a_button_reddit" href="https://www.addtoany.com/add_to/reddit?linkurl=https%3A%2F%2Fexample.org%2Freviews%2F&amp;linkname=Review" title="Reddit" rel="nofollow noopener" target="_blank"></a><a class="a2a_button_email" href="https://www.addtoany.com/add_to/email?linkurl=https%3A%2F%2Fexample.org%2Freviews%2F&amp;linkname=Review" title="Email" rel="nofollow noopener" target="_blank"></a><a class="a2a_dd addtoany_share_save addtoany_share" href="https://www.addtoany.com/share"></a></div></div>
''',
    },
    {
        "name": "sharethis_inline",
        "position": "inside_top",
        "phrases": ["Tweet", "Shares"],
        "html": r'''
<div class="sharethis-inline-share-buttons st-left st-has-labels st-inline-share-buttons st-animated" id="st-1"><div class="st-total"><span class="st-label">1.2k</span><span class="st-shares">Shares</span></div><div class="st-btn st-first" data-network="facebook" style="display: inline-block;"><img alt="facebook sharing button" src="https://platform-cdn.sharethis.com/img/facebook.svg"><span class="st-label">Share</span></div><div class="st-btn" data-network="twitter" style="display: inline-block;"><img alt="twitter sharing button" src="https://platform-cdn.sharethis.com/img/twitter.svg"><span class="st-label">Tweet</span></div><div class="st-btn" data-network="pinterest" style="display: inline-block;"><img alt="pinterest sharing button" src="https://platform-cdn.sharethis.com/img/pinterest.svg"><span class="st-label">Pin</span></div><div class="st-btn st-last" data-network="email" style="display: inline-block;"><img alt="email sharing button" src="https://platform-cdn.sharethis.com/img/email.svg"><span class="st-label">Email</span></div></div>
''',
    },
    {
        "name": "social_warfare_panel",
        "position": "inside_top",
        "phrases": ["Tweet", "Shares"],
        "html": r'''
<div class="swp_social_panel swp_horizontal_panel swp_flat_fresh swp_default_full_color swp_other_full_color swp_individual_full_color scale-100 scale-full_width" data-min-width="1100" data-float-color="#ffffff" data-float="bottom" data-float-mobile="bottom" data-transition="slide" data-post-id="4821"><div class="nc_tweetContainer swp_share_button swp_facebook" data-network="facebook"><a class="nc_tweet swp_share_link" rel="nofollow noreferrer noopener" target="_blank" href="https://www.facebook.com/share.php?u=https%3A%2F%2Fexample.org%2F%3Fp%3D4821" data-link="https://www.facebook.com/share.php?u=https%3A%2F%2Fexample.org%2F%3Fp%3D4821"><span class="swp_count swp_hide"><span class="iconFiller"><span class="spaceManWilly"><i class="sw swp_facebook_icon"></i><span class="swp_share">Share</span></span></span></span></a></div><div class="nc_tweetContainer swp_share_button swp_twitter" data-network="twitter"><a class="nc_tweet swp_share_link" rel="nofollow noreferrer noopener" target="_blank" href="https://twitter.com/intent/tweet?text=Review&amp;url=https%3A%2F%2Fexample.org%2F%3Fp%3D4821" data-link="https://twitter.com/intent/tweet?text=Review&amp;url=https%3A%2F%2Fexample.org%2F%3Fp%3D4821"><span class="swp_count swp_hide"><span class="iconFiller"><span class="spaceManWilly"><i class="sw swp_twitter_icon"></i><span class="swp_share">Tweet</span></span></span></span></a></div><div class="nc_tweetContainer swp_share_button swp_pinterest" data-network="pinterest"><a rel="nofollow noreferrer noopener" class="nc_tweet swp_share_link noPop" href="https://pinterest.com/pin/create/button/?url=https%3A%2F%2Fexample.org%2F%3Fp%3D4821" onclick="event.preventDefault();"><span class="swp_count swp_hide"><span class="iconFiller"><span class="spaceManWilly"><i class="sw swp_pinterest_icon"></i><span class="swp_share">Pin</span></span></span></span></a></div><div class="nc_tweetContainer swp_share_button total_shares total_sharesalt"><span class="swp_count ">312 <span class="swp_label">Shares</span></span></div></div>
''',
    },
    {
        "name": "jetpack_sharedaddy_likes",
        "position": "inside_end",
        "phrases": ["Share this:", "Like this:", "Loading..."],
        "html": r'''
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Share this:</h3><div class="sd-content"><ul><li class="share-twitter"><a rel="nofollow noopener noreferrer" data-shared="sharing-twitter-4821" class="share-twitter sd-button share-icon" href="https://example.org/reviews/?share=twitter" target="_blank" aria-labelledby="sharing-twitter-4821"><span id="sharing-twitter-4821" hidden>Click to share on X (Opens in new window)</span><span>X</span></a></li><li class="share-facebook"><a rel="nofollow noopener noreferrer" data-shared="sharing-facebook-4821" class="share-facebook sd-button share-icon" href="https://example.org/reviews/?share=facebook" target="_blank" aria-labelledby="sharing-facebook-4821"><span id="sharing-facebook-4821" hidden>Click to share on Facebook (Opens in new window)</span><span>Facebook</span></a></li><li class="share-reddit"><a rel="nofollow noopener noreferrer" data-shared="" class="share-reddit sd-button share-icon" href="https://example.org/reviews/?share=reddit" target="_blank" title="Click to share on Reddit"><span>Reddit</span></a></li><li class="share-email"><a rel="nofollow noopener noreferrer" data-shared="" class="share-email sd-button share-icon" href="mailto:?subject=%5BShared%20Post%5D%20Review&amp;body=https%3A%2F%2Fexample.org%2Freviews%2F&amp;share=email" target="_blank" title="Click to email a link to a friend"><span>Email</span></a></li><li class="share-end"></li></ul></div></div></div><div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded" id="like-post-wrapper-214567890-4821-66a1b2c3d4e5f" data-src="https://widgets.wp.com/likes/#blog_id=214567890&amp;post_id=4821&amp;origin=example.org&amp;obj_id=214567890-4821-66a1b2c3d4e5f" data-name="like-post-frame-214567890-4821-66a1b2c3d4e5f" data-title="Like or Reblog"><h3 class="sd-title">Like this:</h3><div class="likes-widget-placeholder post-likes-widget-placeholder" style="height: 55px;"><span class="button"><span>Like</span></span> <span class="loading">Loading...</span></div><span class="sd-text-color"></span><a class="sd-link-color"></a></div>
''',
    },
    # ------------------------------------------------------------------ related / recommendations
    {
        "name": "jetpack_related_posts",
        "position": "inside_end",
        "phrases": ["Peter Keane is back on the run",
                    "'The Harbour Line' Season 2 Review: A Slicker, Emptier Thriller",
                    'In "TV Reviews"'],
        "html": r'''
<div id="jp-relatedposts" class="jp-relatedposts" style="display: block;"><h3 class="jp-relatedposts-headline"><em>Related</em></h3><div class="jp-relatedposts-items jp-relatedposts-items-visual jp-relatedposts-grid"><div class="jp-relatedposts-post jp-relatedposts-post0 jp-relatedposts-post-thumbs" data-post-id="4702" data-post-format="false"><a class="jp-relatedposts-post-a" href="https://example.org/reviews/the-harbour-line-season-2/" title="'The Harbour Line' Season 2 Review: A Slicker, Emptier Thriller" rel="nofollow" data-origin="4821" data-position="0"><img class="jp-relatedposts-post-img" loading="lazy" src="https://i0.wp.com/example.org/wp-content/uploads/2025/03/harbour-line.jpg?resize=350%2C200&amp;ssl=1" width="350" height="200" alt="'The Harbour Line' Season 2 Review" /></a><h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="https://example.org/reviews/the-harbour-line-season-2/" title="'The Harbour Line' Season 2 Review: A Slicker, Emptier Thriller" rel="nofollow" data-origin="4821" data-position="0">'The Harbour Line' Season 2 Review: A Slicker, Emptier Thriller</a></h4><p class="jp-relatedposts-post-excerpt">Peter Keane is back on the run, and the show has learned all the wrong lessons from its first season.</p><p class="jp-relatedposts-post-date" style="display: block;">March 3, 2025</p><p class="jp-relatedposts-post-context">In "TV Reviews"</p></div><div class="jp-relatedposts-post jp-relatedposts-post1 jp-relatedposts-post-thumbs" data-post-id="4655" data-post-format="false"><a class="jp-relatedposts-post-a" href="https://example.org/reviews/glasswater/" title="'Glasswater' Is the Best Thing Apple Has Made in Years" rel="nofollow" data-origin="4821" data-position="1"><img class="jp-relatedposts-post-img" loading="lazy" src="https://i0.wp.com/example.org/wp-content/uploads/2025/02/glasswater.jpg?resize=350%2C200&amp;ssl=1" width="350" height="200" alt="Glasswater" /></a><h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="https://example.org/reviews/glasswater/" title="'Glasswater' Is the Best Thing Apple Has Made in Years" rel="nofollow" data-origin="4821" data-position="1">'Glasswater' Is the Best Thing Apple Has Made in Years</a></h4><p class="jp-relatedposts-post-excerpt">A quiet, patient mystery that trusts its audience to keep up.</p><p class="jp-relatedposts-post-date" style="display: block;">February 18, 2025</p><p class="jp-relatedposts-post-context">In "TV Reviews"</p></div></div></div>
''',
    },
    {
        "name": "yarpp_list",
        "position": "inside_end",
        "phrases": ["Related posts:", "Every Kestrel Films Release of 2024, Ranked"],
        "html": r'''
<div class='yarpp yarpp-related yarpp-related-website yarpp-template-list'>
<!-- YARPP List -->
<h3>Related posts:</h3><ol>
<li><a href="https://example.org/features/kestrel-films-2024-ranked/" rel="bookmark" title="Every Kestrel Films Release of 2024, Ranked">Every Kestrel Films Release of 2024, Ranked</a></li>
<li><a href="https://example.org/reviews/the-lamplighter/" rel="bookmark" title="'The Lamplighter' Review: A Ghost Story With No Ghosts">'The Lamplighter' Review: A Ghost Story With No Ghosts</a></li>
<li><a href="https://example.org/reviews/salt-and-iron/" rel="bookmark" title="'Salt and Iron' Is a Sea Epic That Forgot Its Compass">'Salt and Iron' Is a Sea Epic That Forgot Its Compass</a></li>
</ol>
</div>
''',
    },
    {
        "name": "taboola_below_article",
        "position": "after_article",
        "phrases": ["You May Like", "Surgeon Reveals: This Simple Trick Tightens Skin Overnight",
                    "Sponsored Links"],
        "html": r'''
<div id="taboola-below-article-thumbnails" class="trc_related_container trc_spotlight_widget tbl-feed-container" data-placement-name="Below Article Thumbnails"><div class="trc_rbox_container"><div><div id="trc_wrapper_7512_ab" class="trc_rbox thumbnails-feed-a trc-content-sponsored"><div class="trc_rbox_header trc_rbox_border_elm"><div class="trc_header_ext"><div class="logoDiv link-attribution"><a class="trc_attribution_position_after" href="https://popup.taboola.com/en/?template=colorbox&amp;utm_source=screenline&amp;utm_medium=referral&amp;utm_content=thumbnails-feed-a:Below%20Article%20Thumbnails:" rel="nofollow" target="_blank"><span class="trc_logos_v_align">&nbsp;</span><span class="attribution-disclosure-link-sponsored">Sponsored Links</span></a></div></div><span class="trc_rbox_header_span">You May Like</span></div><div id="outside_rbox_7512" class="trc_rbox_outer"><div id="rbox-t2v_7512" class="trc_rbox_div trc_rbox_border_elm"><div id="internal_trc_7512"><div class="videoCube trc_spotlight_item origin-default thumbnail_top syndicatedItem textItem videoCube_1_child trc-first-recommendation" data-item-id="~~V1~~-738211~~abc" data-item-title="Surgeon Reveals: This Simple Trick Tightens Skin Overnight" data-item-thumb="https://images.taboola.com/taboola/image/fetch/f_jpg%2Cq_auto/abc.jpg" data-item-syndicated="true"><a title="Surgeon Reveals: This Simple Trick Tightens Skin Overnight" href="https://trc.taboola.com/screenline/log/3/click?pi=%2Freviews%2F&amp;ri=abc" class="item-thumbnail-href" rel="nofollow sponsored" target="_blank"><div class="thumbBlock_holder"><span class="thumbBlock" style="background-image: url(&quot;https://images.taboola.com/abc.jpg&quot;);"></span></div></a><a title="Surgeon Reveals: This Simple Trick Tightens Skin Overnight" href="https://trc.taboola.com/screenline/log/3/click?pi=%2Freviews%2F&amp;ri=abc" class="item-label-href" rel="nofollow sponsored" target="_blank"><span class="video-label-box trc-main-label"><span class="video-label video-title trc_ellipsis">Surgeon Reveals: This Simple Trick Tightens Skin Overnight</span></span><span class="branding">Health Gazette</span></a></div><div class="videoCube trc_spotlight_item origin-default thumbnail_top syndicatedItem textItem videoCube_2_child" data-item-id="~~V1~~-912201~~def" data-item-title="The New Crossover Everyone Is Talking About (See Prices)" data-item-syndicated="true"><a title="The New Crossover Everyone Is Talking About (See Prices)" href="https://trc.taboola.com/screenline/log/3/click?ri=def" class="item-label-href" rel="nofollow sponsored" target="_blank"><span class="video-label-box trc-main-label"><span class="video-label video-title trc_ellipsis">The New Crossover Everyone Is Talking About (See Prices)</span></span><span class="branding">SUV Deals | Search Ads</span></a></div></div></div></div></div></div></div></div>
''',
    },
    {
        "name": "outbrain_ar1",
        "position": "after_article",
        "phrases": ["Retirees Are Ditching Their Cars for This Genius Alternative",
                    "Recommended by"],
        "html": r'''
<div class="OUTBRAIN" data-src="https://example.org/reviews/" data-widget-id="AR_1" data-ob-template="Screenline" data-ob-mark="true" data-browser="chrome" data-os="linux" data-dynload="" data-idx="0" id="outbrain_widget_0"><div class="ob-widget ob-feed-layout AR_1" data-dynamic-truncate="true"><div class="ob-widget-section ob-first"><div class="ob-widget-header"><span class="ob_what"><a class="ob_what" href="https://www.outbrain.com/what-is/" onmousedown="" rel="nofollow" target="_blank">Recommended by<span class="ob_logo" title="Outbrain"></span></a></span></div><div class="ob-widget-items-container"><div class="ob-dynamic-rec-container ob-recIdx-0 ob-p"><a class="ob-dynamic-rec-link" href="https://paid.outbrain.com/network/redir?p=abc&amp;c=123&amp;v=3" target="_blank" rel="nofollow" onmousedown=""><div class="ob-rec-image-container"><div class="ob-image-ratio"></div><img class="ob-rec-image ob-show" src="https://images.outbrainimg.com/transform/v3/abc.jpg" alt="Retirees Are Ditching Their Cars for This Genius Alternative" title="Retirees Are Ditching Their Cars for This Genius Alternative"></div><div class="ob-rec-text-container"><div class="ob-rec-source">Wealth Daily Digest</div><span class="ob-unit ob-rec-text" title="Retirees Are Ditching Their Cars for This Genius Alternative">Retirees Are Ditching Their Cars for This Genius Alternative</span></div></a></div><div class="ob-dynamic-rec-container ob-recIdx-1 ob-o"><a class="ob-dynamic-rec-link" href="https://example.org/features/best-sci-fi-shows/" target="_blank" onmousedown=""><div class="ob-rec-text-container"><span class="ob-unit ob-rec-text" title="The 25 Best Sci-Fi Shows Streaming Right Now">The 25 Best Sci-Fi Shows Streaming Right Now</span></div></a></div></div></div></div></div>
''',
    },
    # ------------------------------------------------------------------ auth dialogs
    {
        "name": "bootstrap_login_modal",
        "position": "body_end",
        "phrases": ["Sign in to your account", "Forgot password?", "Don't have an account?"],
        "html": r'''
<div class="modal fade" id="loginModal" tabindex="-1" role="dialog" aria-labelledby="loginModalLabel" aria-hidden="true"><div class="modal-dialog modal-dialog-centered" role="document"><div class="modal-content"><div class="modal-header"><h5 class="modal-title" id="loginModalLabel">Sign in to your account</h5><button type="button" class="close" data-dismiss="modal" aria-label="Close"><span aria-hidden="true">&times;</span></button></div><div class="modal-body"><form id="login-form" name="loginform" method="post" action="https://example.org/wp-login.php"><div class="form-group"><label for="user_login">Username or Email Address</label><input type="text" class="form-control" id="user_login" name="log" autocomplete="username"></div><div class="form-group"><label for="user_pass">Password</label><input type="password" class="form-control" id="user_pass" name="pwd" autocomplete="current-password"></div><div class="form-check"><input type="checkbox" class="form-check-input" id="rememberme" name="rememberme" value="forever"><label class="form-check-label" for="rememberme">Remember Me</label></div><button type="submit" class="btn btn-primary btn-block" name="wp-submit">Log In</button><input type="hidden" name="redirect_to" value="https://example.org/reviews/"></form><p class="text-center mt-3"><a href="https://example.org/wp-login.php?action=lostpassword">Forgot password?</a></p><p class="text-center">Don't have an account? <a href="#" data-toggle="modal" data-target="#registerModal" data-dismiss="modal">Sign up</a></p></div></div></div></div>
''',
    },
    {
        "name": "magnific_password_reset",
        "position": "body_end",
        "phrases": ["Reset your password",
                    "Enter the email address associated with your account and we'll send you a link to reset your password.",
                    "Back to sign in"],
        "html": r'''
<div id="password-reset-popup" class="auth-popup white-popup mfp-hide" role="dialog" aria-modal="true" aria-labelledby="password-reset-title"><div class="auth-popup__inner"><h2 id="password-reset-title" class="auth-popup__title">Reset your password</h2><p class="auth-popup__intro">Enter the email address associated with your account and we'll send you a link to reset your password.</p><form class="auth-form auth-form--lostpassword" method="post" action="https://example.org/my-account/lost-password/"><p class="form-row form-row-wide"><label for="user_login_reset">Email address&nbsp;<span class="required" aria-hidden="true">*</span></label><input class="input-text" type="text" name="user_login" id="user_login_reset" autocomplete="username" required aria-required="true"></p><input type="hidden" name="wc_reset_password" value="true"><input type="hidden" id="woocommerce-lost-password-nonce" name="woocommerce-lost-password-nonce" value="2f8a9c1b3d"><p class="form-row"><button type="submit" class="button auth-form__submit" value="Reset password">Send reset link</button></p></form><p class="auth-popup__switch"><a href="#login-popup" class="open-popup-link">Back to sign in</a></p></div><button title="Close (Esc)" type="button" class="mfp-close">×</button></div>
''',
    },
    # ------------------------------------------------------------------ comments
    {
        "name": "disqus_thread",
        "position": "after_article",
        "phrases": ["Please enable JavaScript to view the", "comments powered by Disqus."],
        "html": r'''
<div id="comments" class="comments-area"><div id="disqus_thread"><iframe id="dsq-app3342" name="dsq-app3342" allowtransparency="true" frameborder="0" scrolling="no" tabindex="0" title="Disqus" width="100%" src="https://disqus.com/embed/comments/?base=default&amp;f=screenline&amp;t_i=4821%20https%3A%2F%2Fexample.org%2F%3Fp%3D4821&amp;t_u=https%3A%2F%2Fexample.org%2Freviews%2F&amp;s_o=default#version=8a1b2c3d" style="width: 1px !important; min-width: 100% !important; border: none !important; overflow: hidden !important; height: 2140px !important;" horizontalscrolling="no" verticalscrolling="no"></iframe></div></div>
<noscript>Please enable JavaScript to view the <a href="https://disqus.com/?ref_noscript" rel="nofollow">comments powered by Disqus.</a></noscript>
''',
    },
    {
        "name": "wpdiscuz_comments",
        "position": "after_article",
        "phrases": ["I thought the ambiguity was the whole point",
                    "View all comments", "new follow-up comments"],
        "html": r'''
<div class="wpdiscuz_top_clearing"></div><div id="comments" class="comments-area"><div id="respond" style="width: 0;height: 0;clear: both;margin: 0;padding: 0;"></div><div id="wpdcom" class="wpdiscuz_unauth wpd-default wpd-layout-2 wpd-comments-open"><div class="wc_social_plugin_wrapper"></div><div class="wpd-form-wrap"><div class="wpd-form-head"><div class="wpd-sbs-toggle"><i class="far fa-envelope"></i> <span class="wpd-sbs-title">Subscribe</span> <i class="fas fa-caret-down"></i></div><div class="wpd-auth"><div class="wpd-login"><a rel="nofollow" href="https://example.org/wp-login.php?redirect_to=https%3A%2F%2Fexample.org%2Freviews%2F"><i class="fas fa-sign-in-alt"></i> Login</a></div></div></div><div class="wpdiscuz-subscribe-bar wpdiscuz-hidden"><form action="https://example.org/wp-admin/admin-ajax.php?action=wpdAddSubscription" method="post" id="wpdiscuz-subscribe-form"><div class="wpdiscuz-subscribe-form-intro">Notify of </div><div class="wpdiscuz-subscribe-form-option" style="width:40%;"><select class="wpdiscuz_select" name="wpdiscuzSubscriptionType"><option value="post">new follow-up comments</option><option value="all_comment">new replies to my comments</option></select></div><div class="wpdiscuz-item wpdiscuz-subscribe-form-email"><input class="email" type="email" name="wpdiscuzSubscriptionEmail" required="required" value="" placeholder="Email"></div><div class="wpdiscuz-subscribe-form-button"><input id="wpdiscuz_subscription_button" class="wpd-prim-button wpd_not_clicked" type="submit" value="&rsaquo;" name="wpdiscuz_subscription_button"></div></form></div><div class="wpd-form wpd-form-wrapper wpd-main-form-wrapper" id="wpd-main-form-wrapper-0_0"><form method="post" enctype="multipart/form-data" data-uploading="false" class="wpd_comm_form wpd_main_comm_form"><div class="wpd-field-comment"><div class="wpdiscuz-item wc-field-textarea"><div class="wpdiscuz-textarea-wrap"><div class="wpd-avatar"><img alt="guest" src="https://secure.gravatar.com/avatar/?s=56&amp;d=mm&amp;r=g" class="avatar avatar-56 photo avatar-default" height="56" width="56" loading="lazy" decoding="async"></div><div id="wpd-editor-wraper-0_0"><div id="wpd-editor-char-counter-0_0" class="wpd-editor-char-counter"></div><label style="display: none;" for="wc-textarea-0_0">Label</label><textarea id="wc-textarea-0_0" name="wc_comment" class="wc_comment wpd-field" placeholder="Join the discussion"></textarea><div id="wpd-editor-0_0"></div></div></div></div></div><div class="wpd-form-foot"><div class="wpdiscuz-textarea-foot"><div class="wpdiscuz-button-actions"></div></div><div class="wpd-form-row"><div class="wpd-form-col-left"><div class="wpdiscuz-item wc_name-wrapper wpd-has-icon"><div class="wpd-field-icon"><i class="fas fa-user"></i></div><input id="wc_name-0_0" value="" required="required" aria-required="true" class="wc_name wpd-field" type="text" name="wc_name" placeholder="Name*" maxlength="50" pattern=".{3,50}" title=""><label for="wc_name-0_0" class="wpdlb">Name*</label></div><div class="wpdiscuz-item wc_email-wrapper wpd-has-icon"><div class="wpd-field-icon"><i class="fas fa-at"></i></div><input id="wc_email-0_0" value="" required="required" aria-required="true" class="wc_email wpd-field" type="email" name="wc_email" placeholder="Email*"><label for="wc_email-0_0" class="wpdlb">Email*</label></div></div><div class="wpd-form-col-right"><div class="wc-field-submit"><input id="wpd-field-submit-0_0" class="wc_comm_submit wpd_not_clicked wpd-prim-button" type="submit" name="submit" value="Post Comment" aria-label="Post Comment"></div></div><div class="clearfix"></div></div></div></form></div></div><div id="wpd-threads" class="wpd-thread-wrapper"><div class="wpd-thread-head"><div class="wpd-thread-info" data-comments-count="2"><span class="wpdtc" title="2">2</span> Comments</div><div class="wpd-space"></div><div class="wpd-thread-filter"><div class="wpd-filter wpdf-reacted wpd_not_clicked" wpd-tooltip="Most reacted comment"><i class="fas fa-bolt"></i></div><div class="wpd-filter wpdf-hottest wpd_not_clicked" wpd-tooltip="Hottest comment thread"><i class="fas fa-fire"></i></div></div></div><div class="wpd-comment-info-bar"><div class="wpd-current-view"><i class="fas fa-quote-left"></i> Inline Feedbacks</div><div class="wpd-filter-view-all">View all comments</div></div><div class="wpd-thread-list"><div id="wpd-comm-1021_0" class="comment even thread-even depth-1 wpd-comment wpd_comment_level-1"><div class="wpd-comment-wrap wpd-blog-guest"><div class="wpd-comment-left"><div class="wpd-avatar"><img alt="marcus_h" src="https://secure.gravatar.com/avatar/0a1b?s=64&amp;d=mm&amp;r=g" class="avatar avatar-64 photo" height="64" width="64" loading="lazy"></div></div><div id="comment-1021" class="wpd-comment-right"><div class="wpd-comment-header"><div class="wpd-comment-author">marcus_h</div><div class="wpd-comment-date" title="March 12, 2025 9:14 am"><i class="far fa-clock" aria-hidden="true"></i> 1 year ago</div><div class="wpd-space"></div><div class="wpd-comment-link wpd-hidden"><span wpd-tooltip="Comment Link" wpd-tooltip-position="left"><i class="fas fa-link" aria-hidden="true" data-wpd-clipboard="https://example.org/reviews/#comment-1021"></i></span></div></div><div class="wpd-comment-text"><p>Totally disagree about the finale, I thought the ambiguity was the whole point. Nobody in that town gets a clean ending, why should the audience?</p></div><div class="wpd-comment-footer"><div class="wpd-vote"><div class="wpd-vote-up wpd_not_clicked"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M1 21h4V9H1v12z"></path></svg></div><div class="wpd-vote-result" title="4">4</div><div class="wpd-vote-down wpd_not_clicked"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M15 3H6v12z"></path></svg></div></div><div class="wpd-reply-button"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M10 9V5l-7 7 7 7v-4.1z"></path></svg><span>Reply</span></div><div class="wpd-space"></div></div></div></div></div><div id="wpd-comm-1024_0" class="comment odd alt thread-odd thread-alt depth-1 wpd-comment wpd_comment_level-1"><div class="wpd-comment-wrap wpd-blog-guest"><div id="comment-1024" class="wpd-comment-right"><div class="wpd-comment-header"><div class="wpd-comment-author">Lena K.</div><div class="wpd-comment-date" title="March 13, 2025 6:02 pm"><i class="far fa-clock" aria-hidden="true"></i> 1 year ago</div></div><div class="wpd-comment-text"><p>Great review. The score alone is worth the subscription for me, I have had it on repeat all week.</p></div><div class="wpd-comment-footer"><div class="wpd-reply-button"><span>Reply</span></div></div></div></div></div></div></div></div></div>
''',
    },
    # ------------------------------------------------------------------ author boxes
    {
        "name": "simple_author_box",
        "position": "inside_end",
        "phrases": ["has covered television since the DVD box-set era",
                    "too many unwatched Criterion discs"],
        "html": r'''
<div class="saboxplugin-wrap" itemtype="http://schema.org/Person" itemscope itemprop="author"><div class="saboxplugin-tab"><div class="saboxplugin-gravatar"><img src="https://example.org/wp-content/uploads/2023/05/dana-whitfield-150x150.jpg" width="100" height="100" alt="Dana Whitfield" itemprop="image"></div><div class="saboxplugin-authorname"><a href="https://example.org/author/dana/" class="vcard author" rel="author"><span class="fn">Dana Whitfield</span></a></div><div class="saboxplugin-desc"><div itemprop="description"><p>Dana Whitfield is a senior critic who has covered television since the DVD box-set era. She lives in Chicago with two cats and too many unwatched Criterion discs.</p></div></div><div class="clearfix"></div><div class="saboxplugin-socials "><a title="Twitter" target="_self" href="https://twitter.com/danawhit" rel="nofollow noopener" class="saboxplugin-icon-grey"><svg aria-hidden="true" class="sab-twitter" role="img" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><path fill="currentColor" d="M459.37 151.716"></path></svg><span class="screen-reader-text">Twitter</span></a><a title="Instagram" target="_self" href="https://instagram.com/danawhit" rel="nofollow noopener" class="saboxplugin-icon-grey"><svg aria-hidden="true" class="sab-instagram" role="img" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 448 512"><path fill="currentColor" d="M224.1 141c-63.6"></path></svg><span class="screen-reader-text">Instagram</span></a></div></div></div>
''',
    },
    {
        "name": "molongui_author_box",
        "position": "after_article",
        "phrases": ["tests headphones, speakers and turntables for a living",
                    "spent a decade repairing amplifiers in Leeds"],
        "html": r'''
<div class="m-a-box " data-box-layout="slim" data-box-position="below" data-multiauthor="false" data-author-id="3" data-author-type="user" data-author-archived=""><div class="m-a-box-container"><div class="m-a-box-tab m-a-box-content m-a-box-profile" data-profile-layout="layout-1" data-author-ref="user-3" itemscope itemid="https://example.org/author/raj/" itemtype="https://schema.org/Person"><div class="m-a-box-content-top"></div><div class="m-a-box-content-middle"><div class="m-a-box-item m-a-box-avatar" data-source="local"><a class="m-a-box-avatar-url" href="https://example.org/author/raj/"><img alt="" src="https://secure.gravatar.com/avatar/5c6d?s=150&amp;d=mp&amp;r=g" class="avatar avatar-150 photo" height="150" width="150" itemprop="image"></a></div><div class="m-a-box-item m-a-box-data"><div class="m-a-box-name m-a-box-title"><h5 itemprop="name"><a class="m-a-box-name-url " href="https://example.org/author/raj/" itemprop="url"> Raj Menon</a></h5></div><div class="m-a-box-bio" itemprop="description"><p>Raj Menon tests headphones, speakers and turntables for a living, and has opinions about all of them. Before joining The Screenline he spent a decade repairing amplifiers in Leeds.</p></div><div class="m-a-box-meta"><a class="m-a-box-profile-url" href="https://example.org/author/raj/">+ posts</a></div></div></div><div class="m-a-box-content-bottom"></div></div></div></div>
''',
    },
    # ------------------------------------------------------------------ misc widgets
    {
        "name": "watchlist_collection_widget",
        "position": "inside_top",
        "phrases": ["Add to Watchlist", "Add to Collection",
                    "Sign in to sync your watchlist across devices."],
        "html": r'''
<aside class="title-card watchlist-widget" data-component="WatchlistButton" data-title-id="tt21823606" data-tracking-category="watchlist"><div class="title-card__meta"><span class="title-card__label">Where to watch</span><span class="title-card__provider">Streaming now</span></div><div class="title-card__actions"><button type="button" class="btn btn--watchlist" aria-pressed="false" aria-label="Add to Watchlist" data-action="watchlist-add"><svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16"><path d="M8 1v14M1 8h14"></path></svg><span>Add to Watchlist</span></button><button type="button" class="btn btn--collection" data-action="collection-add" aria-haspopup="dialog" aria-controls="collection-picker"><span>Add to Collection</span></button></div><p class="title-card__hint">Sign in to sync your watchlist across devices.</p></aside>
''',
    },
    {
        "name": "smartbanner_app_download",
        "position": "before_article",
        "phrases": ["FREE - On the App Store", "Screenline Media LLC"],
        "html": r'''
<div class="smartbanner smartbanner--ios js_smartbanner" role="region" aria-label="Download our app"><a href="javascript:void();" class="smartbanner__exit js_smartbanner__exit" aria-label="Close"></a><div class="smartbanner__icon" style="background-image: url(https://example.org/wp-content/uploads/app-icon-180.png);"></div><div class="smartbanner__info"><div><div class="smartbanner__info__title">The Screenline: Reviews</div><div class="smartbanner__info__author">Screenline Media LLC</div><div class="smartbanner__info__price">FREE - On the App Store</div></div></div><a href="https://apps.apple.com/us/app/the-screenline/id1487654321" target="_blank" class="smartbanner__button js_smartbanner__button" rel="noopener" aria-label="VIEW"><span class="smartbanner__button__label">VIEW</span></a></div>
''',
    },
    {
        "name": "piano_meter_inline",
        "position": "inside_mid",
        "phrases": ["You've read 3 of 4 free articles this month",
                    "Subscribe now for unlimited access", "Already a subscriber?"],
        "html": r'''
<div id="piano-inline-offer" class="piano-container piano-inline" data-piano-position="inline"><div class="tp-container-inner"><div class="pn-boilerplate pn-template pn-template--meter" data-offer-id="OF8A1B2C3D4E" data-template-id="OTK9Z8Y7X6W5"><div class="pn-template__body"><h2 class="pn-title">You've read 3 of 4 free articles this month</h2><p class="pn-subtitle">Subscribe now for unlimited access to reviews, recaps and our weekly streaming guide. Just $1 for your first month.</p><div class="pn-actions"><button type="button" class="pn-btn pn-btn--primary" external-event="subscribe" data-tp-action="checkout" data-term-id="TMEXAMPLE01">Subscribe Now</button></div><p class="pn-login">Already a subscriber? <button type="button" class="pn-link" actionlogin="">Sign in</button></p></div></div></div></div>
''',
    },
    {
        "name": "gpt_ad_labelled",
        "position": "inside_mid",
        "phrases": ["Advertisement"],
        "html": r'''
<div class="ad-wrapper ad-wrapper--inarticle" data-ad-position="inarticle_1" aria-hidden="true"><div class="ad-label">Advertisement</div><div id="div-gpt-ad-1681234567890-0" class="gpt-ad" data-ad-unit="/21812345678/screenline/reviews/inarticle_1" data-sizes="[[300,250],[336,280],'fluid']" style="min-width: 300px; min-height: 250px;"><script>googletag.cmd.push(function() { googletag.display('div-gpt-ad-1681234567890-0'); });</script></div></div>
''',
    },
    {
        "name": "wordads_inline",
        "position": "inside_mid",
        "phrases": ["Advertisements", "Report this ad"],
        "html": r'''
<div class="wpcnt"><div class="wpa wpmrec"><span class="wpa-about">Advertisements</span><div class="u"><div style="padding-bottom:15px;width:300px;height:265px;float:left;margin-right:5px;margin-top:0px"><div id="atatags-26942-66a1b2c3d4e5f"><script type="text/javascript">__ATA.cmd.push(function() { __ATA.initVideoSlot('atatags-26942-66a1b2c3d4e5f', { sectionId: '26942', format: 'inread' }); });</script></div></div></div><div class="wpa-notice wpa-report"><a class="wpa-report-link" href="#" data-report-ad="true">Report this ad</a></div></div></div>
''',
    },
    {
        "name": "yoast_breadcrumbs",
        "position": "article_head",
        "phrases": ["Home » Reviews »"],
        "html": r'''
<p id="breadcrumbs" class="yoast-breadcrumbs"><span><span><a href="https://example.org/">Home</a></span> » <span><a href="https://example.org/reviews/">Reviews</a></span> » <span class="breadcrumb_last" aria-current="page">This Review</span></span></p>
''',
    },
    {
        "name": "easy_toc",
        "position": "inside_after_p1",
        "phrases": ["Table of Contents", "Where It Stumbles", "Is It Worth Watching?"],
        "html": r'''
<div id="ez-toc-container" class="ez-toc-v2_0_69_1 counter-hierarchy ez-toc-counter ez-toc-grey ez-toc-container-direction"><div class="ez-toc-title-container"><p class="ez-toc-title" style="cursor:inherit">Table of Contents</p><span class="ez-toc-title-toggle"><a href="#" class="ez-toc-pull-right ez-toc-btn ez-toc-btn-xs ez-toc-btn-default ez-toc-toggle" aria-label="Toggle Table of Content"><span class="ez-toc-js-icon-con"><span class=""><span class="eztoc-hide" style="display:none;">Toggle</span><span class="ez-toc-icon-toggle-span"><svg style="fill: #999;color:#999" xmlns="http://www.w3.org/2000/svg" class="list-377408" width="20px" height="20px" viewBox="0 0 24 24" fill="none"><path d="M6 6H4v2h2V6zm14 0H8v2h12V6z" fill="currentColor"></path></svg></span></span></span></a></span></div><nav><ul class="ez-toc-list ez-toc-list-level-1 "><li class="ez-toc-page-1 ez-toc-heading-level-2"><a class="ez-toc-link ez-toc-heading-1" href="#The_Setup" title="The Setup">The Setup</a></li><li class="ez-toc-page-1 ez-toc-heading-level-2"><a class="ez-toc-link ez-toc-heading-2" href="#What_Works" title="What Works">What Works</a></li><li class="ez-toc-page-1 ez-toc-heading-level-2"><a class="ez-toc-link ez-toc-heading-3" href="#Where_It_Stumbles" title="Where It Stumbles">Where It Stumbles</a></li><li class="ez-toc-page-1 ez-toc-heading-level-2"><a class="ez-toc-link ez-toc-heading-4" href="#Is_It_Worth_Watching" title="Is It Worth Watching?">Is It Worth Watching?</a></li></ul></nav></div>
''',
    },
    {
        "name": "rank_math_toc_block",
        "position": "inside_after_p1",
        "phrases": ["Table of Contents", "Sound Quality and Tuning", "Battery Life and Charging"],
        "html": r'''
<div class="wp-block-rank-math-toc-block" id="rank-math-toc"><h2>Table of Contents</h2><nav><ul><li><a href="#design-and-comfort">Design and Comfort</a></li><li><a href="#sound-quality-and-tuning">Sound Quality and Tuning</a></li><li><a href="#noise-cancelling">Noise Cancelling</a></li><li><a href="#battery-life-and-charging">Battery Life and Charging</a></li><li><a href="#verdict">Verdict</a></li></ul></nav></div>
''',
    },
    {
        "name": "in_site_teaser_lines",
        "position": "inside_mid",
        "phrases": ["In The Screenline", "Every Mike Flanagan Series, Ranked From Scary to Scariest",
                    "The 12 Best Thrillers on Netflix This Month"],
        "html": r'''
<p><strong>In The Screenline</strong> | <a href="https://example.org/features/mike-flanagan-series-ranked/">Every Mike Flanagan Series, Ranked From Scary to Scariest</a></p>
<p><strong>In The Screenline</strong> | <a href="https://example.org/lists/best-thrillers-netflix/">The 12 Best Thrillers on Netflix This Month</a></p>
''',
    },
    {
        "name": "reading_time_wp",
        "position": "inside_top",
        "phrases": ["Reading Time:"],
        "html": r'''
<span class="span-reading-time rt-reading-time" style="display: block;"><span class="rt-label rt-prefix">Reading Time: </span> <span class="rt-time"> 6</span> <span class="rt-label rt-postfix">minutes</span></span>
''',
    },
    {
        "name": "entry_footer_cats_tags",
        "position": "article_foot",
        "phrases": ["Posted in", "Tagged", "prestige drama"],
        "html": r'''
<footer class="entry-footer"><span class="cat-links"><span class="screen-reader-text">Categories </span>Posted in <a href="https://example.org/category/reviews/" rel="category tag">Reviews</a>, <a href="https://example.org/category/tv/" rel="category tag">TV</a></span><span class="tags-links"><span class="screen-reader-text">Tags </span>Tagged <a href="https://example.org/tag/prestige-drama/" rel="tag">prestige drama</a>, <a href="https://example.org/tag/streaming/" rel="tag">streaming</a>, <a href="https://example.org/tag/season-premiere/" rel="tag">season premiere</a></span></footer>
''',
    },
    {
        "name": "helpful_feedback",
        "position": "inside_end",
        "phrases": ["Was this post helpful?", "Thank you for your feedback!"],
        "html": r'''
<div class="helpful helpful-theme-modern" data-helpful="1" data-helpful-post="4821"><div class="helpful-header"><h3 class="helpful-headline">Was this post helpful?</h3></div><div class="helpful-controls"><div><button class="helpful-button helpful-pro" type="button" data-value="pro" data-post="4821" role="button">Yes <span class="helpful-counter">12</span></button></div><div><button class="helpful-button helpful-contra" type="button" data-value="contra" data-post="4821" role="button">No <span class="helpful-counter">1</span></button></div></div><div class="helpful-footer"></div><div class="helpful-content helpful-hide" data-feedback="1"><p>Thank you for your feedback!</p></div></div>
''',
    },
    {
        "name": "sticky_footer_bar",
        "position": "body_end",
        "phrases": ["the five things worth watching this weekend", "Get it free"],
        "html": r'''
<div class="sticky-footer-bar is-visible" id="sticky-footer-bar" role="complementary" aria-label="Newsletter promotion" data-dismissible="true" data-cookie="sfb_dismissed"><div class="sticky-footer-bar__inner container"><p class="sticky-footer-bar__text"><strong>New:</strong> The Screenline Weekly, the five things worth watching this weekend, in your inbox every Thursday.</p><a class="sticky-footer-bar__cta button button--small" href="https://example.org/newsletter/?utm_source=sticky_footer">Get it free</a><button class="sticky-footer-bar__close" aria-label="Dismiss" type="button"><span aria-hidden="true">×</span></button></div></div>
''',
    },
]
