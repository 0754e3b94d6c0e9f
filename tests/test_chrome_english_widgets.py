"""English widget and banner lines that a probe of realistic site chrome found surviving.

The lines were written from what review, news, recipe and company sites print (app banners,
star-rating widgets, breadcrumbs, consent buttons, paywall meters, podcast and audio players,
Jetpack share buttons, sign-up confirmations); none comes from a benchmark page.
"""

from __future__ import annotations

import pytest

from pipeline import chrome

from chrome_texts import ARTICLE, ARTICLE_2, ARTICLE_3

# (line, rule): each line as a site prints it, with its emoji, arrows and curly apostrophes.
CASES = [
    ("Log in or create a free account to keep reading.", "account-prompt"),
    ("Remember me", "login-prompt"),
    ("Welcome back! Sign in to access your dashboard.", "account-prompt"),
    ("New to The Reel Report? Create a free account.", "account-prompt"),
    ("Create an account to save your favorite recipes ❤️", "account-prompt"),
    ("We and our partners store and/or access information on a device, such as cookies, and process personal data.", "cookie-notice"),
    ("Got it! 🍪", "consent-button"),
    ("Accept | Decline | Preferences", "consent-button"),
    ("This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.", "privacy-link"),
    ("Your information will be used in accordance with our Privacy Policy.", "privacy-link"),
    ("Sign up for The Morning Brief, our daily newsletter.", "newsletter-prompt"),
    ("Don't miss a thing! Get our top stories sent straight to your inbox.", "newsletter-prompt"),
    ("No spam, ever. Unsubscribe anytime.", "newsletter-prompt"),
    ("The Download: your daily dose of tech news. Sign up ➜", "subscribe-button"),
    ("Subscribe to The Margin Notes", "subscribe-button"),
    ("You're all set! Check your inbox to confirm your subscription.", "widget-message"),
    ("Success! You're on the list.", "widget-message"),
    ("Almost there! Please check your email to confirm.", "widget-message"),
    ("Oops! Something went wrong. Please try again.", "widget-message"),
    ("Share on X (formerly Twitter)", "share-prompt"),
    ("Share this: Facebook | X | LinkedIn | Email", "share-prompt"),
    ("Link copied to clipboard!", "share-widget"),
    ("Pin it for later! 📌", "follow-prompt"),
    ("Share this story, choose your platform!", "share-prompt"),
    ("Click to share on Reddit (Opens in new window)", "share-prompt"),
    ("Facebook Twitter Pinterest LinkedIn Email", "share-prompt"),
    ("Follow", "follow-prompt"),
    ("Follow this author to get email alerts when new stories are published.", "follow-prompt"),
    ("Follow topics and authors from this story to see more like this in your personalized homepage feed.", "follow-prompt"),
    ("Add us as a preferred source on Google", "follow-prompt"),
    ("Added to your collection", "collection-widget"),
    ("+ Add to list", "collection-widget"),
    ("Add to My Games", "collection-widget"),
    ("Save to Recipe Box", "collection-widget"),
    ("Saved!", "widget-message"),
    ("Keep reading ↓", "read-more-teaser"),
    ("What to read next", "read-more-teaser"),
    ("Check out: Our picks for the best mechanical keyboards", "read-more-teaser"),
    ("Promoted Stories", "ad-continue"),
    ("Content by Taboola", "ad-continue"),
    ("Recommended by Outbrain", "ad-continue"),
    ("Advertisement - Scroll to continue", "ad-continue"),
    ("📷 Courtesy of the artist", "photo-credit"),
    ("Screenshot by Gadget Glance", "photo-credit"),
    ("Photo illustration by Sam Lee / Byteline", "photo-credit"),
    ("This material may not be published, broadcast, rewritten, or redistributed.", "copyright-line"),
    ("Proudly powered by WordPress", "site-label"),
    ("Sam has been writing about video games since 2009. When he's not playing, he's probably baking bread.", "author-bio"),
    ("More articles by Alex Rivera", "read-more-teaser"),
    ("View all posts by Priya Nair", "read-more-teaser"),
    ("Medically reviewed by Hannah Lee, MD", "byline"),
    ("Updated: June 3, 2024 at 9:12 a.m. ET", "date-line"),
    ("Published 3 hours ago", "meta-label"),
    ("⏱ 4 minute read", "reading-time"),
    ("Estimated reading time: 3 minutes", "reading-time"),
    ("Tagged with: #productivity #remote-work", "tag-line"),
    ("Posted in Uncategorized", "meta-label"),
    ("Our editors independently select every product we review.", "affiliate-notice"),
    ("$29.99 at Amazon", "shop-button"),
    ("Comments are closed.", "comment-form"),
    ("You've reached your limit of free articles this month.", "paywall-prompt"),
    ("Already a subscriber? Log in", "account-prompt"),
    ("Unlock unlimited access for just $1 a week.", "paywall-prompt"),
    ("Keep reading with a 7-day free trial", "paywall-prompt"),
    ("Get the Reel Report app on iOS and Android", "app-prompt"),
    ("Open in app", "app-prompt"),
    ("Available on the App Store", "app-prompt"),
    ("GET IT ON Google Play", "app-prompt"),
    ("Read this story in the app →", "app-prompt"),
    ("Get the best experience in our app 📱", "app-prompt"),
    ("Listen to this article · 7:42 min", "embed-notice"),
    ("This audio is auto-generated. Please let us know if you have feedback.", "embed-notice"),
    ("Click to play video", "embed-notice"),
    ("Subscribe to the podcast on Apple Podcasts, Spotify, or wherever you listen.", "embed-notice"),
    ("Home » Reviews » TV", "breadcrumb"),
    ("Home / Tech / Smartphones", "breadcrumb"),
    ("Movies > Reviews", "breadcrumb"),
    ("Home › Recipes › Breakfast", "breadcrumb"),
    ("Editor's note: This post was originally published in March 2021 and has been updated for freshness and accuracy.", "syndication-credit"),
    ("Email this article", "share-prompt"),
    ("★★★★★ 4.8 from 312 votes", "rating-widget"),
    ("Click on a star to rate it!", "rating-widget"),
    ("No votes so far! Be the first to rate this post.", "rating-widget"),
    ("Average rating 4.6 / 5. Vote count: 128", "rating-widget"),
    ("Rate this game", "rating-widget"),
    ("Was this helpful?", "feedback-widget"),
    ("Did you find this page useful?", "feedback-widget"),
    ("Report an error", "feedback-widget"),
    ("Back to top ↑", "site-label"),
    ("« Previous Post", "read-more-teaser"),
    ("Next: 5 Ways to Speed Up Your Mac →", "pagination"),
    ("1 2 3 … 10 Next »", "pagination"),
    ("Continue to page 3", "pagination"),
]


@pytest.mark.parametrize("line, rule", CASES)
def test_chrome_line_at_either_end_is_removed_with_its_rule(line, rule):
    for lines in ([ARTICLE, ARTICLE_2, ARTICLE_3, line], [line, ARTICLE, ARTICLE_2, ARTICLE_3]):
        out, removed = chrome.filter_text("\n".join(lines))
        assert line not in out.splitlines()
        assert [r.rule for r in removed] == [rule]
        assert ARTICLE in out and ARTICLE_3 in out


# Sentences of reviews and news stories that use the same words (cookies, passwords, apps,
# ratings, sharing, copyright, "written by"): prose, not a widget's label, at the edges too.
PROSE = [
    "The detective finds a tin of homemade cookies on the victim's kitchen table, which becomes the episode's central clue.",
    "Players must log in to the game's servers at least once before offline mode becomes available, a restriction many fans have criticized.",
    "The company confirmed that hackers had obtained hashed passwords for roughly 2 million accounts.",
    "Security experts recommend using a password manager rather than reusing the same password across sites.",
    "Subscribers to the premium tier will get access to the film a week before its theatrical release.",
    "The newsletter, which she started in 2019, now has more than 200,000 paid subscribers.",
    "Viewers can share clips directly to Instagram from within the app, a feature the streamer rolled out last month.",
    "The lawsuit alleges that the company violated users' privacy by tracking them across websites without consent.",
    "Fans who sign up for the beta before March will receive an exclusive in-game skin.",
    "The director's comments at the press conference sparked a backlash online.",
    "In the second act, Don pitches an advertisement for a cigarette brand that becomes the show's defining scene.",
    "The museum's collection includes more than 3,000 works by Impressionist painters.",
    "The spring collection leans heavily on pastel tones and oversized tailoring.",
    "The sequel is only loosely related to the original film, sharing just one recurring character.",
    "Kids who read more for pleasure tend to score higher on vocabulary tests, the study found.",
    "The photo, taken by a bystander, quickly went viral.",
    "The band is being sued for copyright infringement over claims that the song borrows its chorus melody.",
    "Google announced Tuesday that Chrome will phase out third-party cookies for all users by the end of the year.",
    "Follow the on-screen instructions to pair the earbuds with your phone, which took us less than a minute.",
    "The app's redesign makes it easier to find downloaded episodes, though the search function remains sluggish.",
    "Add the chocolate chips and fold gently until just combined, then chill the cookie dough for at least an hour.",
    "Once you've logged in, the dashboard shows a summary of your recent activity and pending invoices.",
    "Apple now lets users share passwords with trusted contacts through a shared group in the Passwords app.",
    "The platform will begin charging creators a 10% fee on subscription revenue starting in June.",
    "The episode's twist is best left unspoiled, so we won't share it here.",
    "The phone's camera app now includes a dedicated portrait mode for pets.",
    "According to the company's privacy policy, voice recordings are stored for up to 18 months.",
    "More than 10,000 people signed up for the waitlist within the first day.",
    "Comments from the CEO during the earnings call suggested layoffs were not off the table.",
    "The campaign's first television advertisement aired during the Super Bowl.",
    "She posted a photo of the set on Instagram, teasing the show's return.",
    "Following the success of the first season, the network ordered two more.",
    "Users will need to re-enter their login credentials after the update.",
    "The studio has not commented on reports that the film's budget exceeded $200 million.",
    "The company's newsletter platform competes directly with Substack and Beehiiv.",
    "Related research has found similar effects in older adults.",
    "The court ruled that the photographs were protected by copyright even though they had been posted publicly.",
    "Unlike its predecessor, the sequel doesn't require you to create an account or sign in to play offline.",
    "Her collection of short stories was shortlisted for the Booker Prize.",
    "Sponsored by a local bakery, the festival drew more than 5,000 visitors.",
    "Advertisement revenue fell 12% year over year, the company said in its quarterly report.",
    "The show's creators said they had been following fan theories closely since the premiere.",
    "To reset the router, hold down the button on the back for ten seconds until the lights flash.",
    "Copyright law in the United States generally protects works for the life of the author plus 70 years.",
    "Cookie Monster makes a surprise cameo in the film's final scene.",
    "The update also fixes a bug that caused the app to crash when users tried to share photos.",
    "Privacy advocates have raised concerns about the doorbell's facial recognition feature.",
    "Those who subscribe annually save about 20% compared with the monthly plan.",
    "The video, which has been viewed more than 4 million times, shows the officer approaching the car.",
    "Updated graphics and a smoother frame rate make the remaster worth revisiting.",
    "Print media has struggled to adapt to the shift toward mobile readers.",
    "Was this the best episode of the season? It's certainly the most ambitious.",
    "Skip to the final chapter and you'll miss the book's most satisfying character arc.",
    "The menu at the new restaurant changes weekly based on what's in season.",
    "In the film's opening scene, a cheerful voice says “Thanks for signing up!” just before the simulation glitches.",
    "Tagging friends in photos will now require their approval, the company said.",
    "The author, a former Navy pilot, draws on her own experience in the novel's flight sequences.",
    "Written by Taylor Sheridan, the series stars Kevin Costner as a Montana rancher.",
    "Back to the Future remains one of the most rewatchable films of the 1980s.",
    "The login screen now supports passkeys, which replace passwords with biometric authentication.",
    "Download speeds averaged 250 Mbps in our testing, well above the carrier's advertised figure.",
    "Listen closely and you'll hear a callback to the first film's theme in the final scene.",
    "The streaming service lost 1 million subscribers in the quarter after raising prices.",
    "Share prices fell 8% after the announcement.",
    "The comments section of the original video became a gathering place for grieving fans.",
    "A spokesperson for the company declined to comment.",
    "Correction: An earlier version of this article misstated the year the studio was founded. It was 1998, not 1996.",
    "The photographer, who asked not to be named, said she had been covering the protests for weeks.",
    "Save the leftover sauce in an airtight container for up to five days.",
    "Email remains the most effective marketing channel for small businesses, according to the survey.",
    "The game lets you follow one of three characters, each with a different ending.",
    "Next, add the onions and cook until translucent, about five minutes.",
    "Home prices in the region rose 6% last year.",
    "Photo mode returns with new filters and the ability to hide the HUD entirely.",
    "All rights to the franchise reverted to the original creator in 2021.",
    "The privacy settings are buried three menus deep, which makes them hard to find.",
    "Cookies and cream remains the brand's best-selling flavor.",
    "Rate hikes by the central bank have cooled the housing market considerably.",
    "The app store listing was quietly updated to remove any mention of the subscription fee.",
    "Follow-up testing showed the battery held 92% of its capacity after 500 charge cycles.",
]


@pytest.mark.parametrize("line", PROSE)
def test_article_sentence_with_the_same_words_is_kept_anywhere(line):
    for lines in ([ARTICLE, line, ARTICLE_2, ARTICLE_3], [line, ARTICLE, ARTICLE_2], [ARTICLE, ARTICLE_2, line]):
        out, removed = chrome.filter_text("\n".join(lines))
        assert line in out.splitlines()
        assert removed == []


@pytest.mark.parametrize("line", ["★★★★☆", "⭐⭐⭐⭐", "→", "📷"])
def test_a_line_of_only_symbols_is_left_to_the_article(line):
    # a review's star verdict: stripping symbols leaves nothing for a rule to match
    assert chrome.match_line(line) is None


def test_page_numbers_need_spaces_between_them():
    assert chrome.match_line("1 2 3 … 10 Next »") == "pagination"
    assert chrome.match_line("3078") is None and chrome.match_line("2024") is None
