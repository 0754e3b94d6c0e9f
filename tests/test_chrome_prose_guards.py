"""Article sentences that the chrome rules once removed: an adversarial probe of 300 lines.

Written against the rules to find where they eat prose: news about cookies, passwords and
paywalls, how-to paths ("Home > Settings > Privacy"), recipe and review info, sports sign-offs.
"""

from __future__ import annotations

import pytest

from pipeline import chrome

from chrome_texts import ARTICLE, ARTICLE_2, ARTICLE_3

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
]


@pytest.mark.parametrize("line", ANYWHERE)
def test_sentence_is_kept_at_the_edges_and_inside(line):
    for lines in ([ARTICLE, line, ARTICLE_2, ARTICLE_3], [line, ARTICLE, ARTICLE_2], [ARTICLE, ARTICLE_2, line]):
        out, removed = chrome.filter_text("\n".join(lines))
        assert line in out.splitlines(), removed


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
