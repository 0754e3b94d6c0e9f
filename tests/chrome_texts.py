"""Article paragraphs the chrome tests wrap in page chrome: plain review prose, no chrome words."""

ARTICLE = (
    "The new phone arrives with a brighter screen, a larger battery and a camera that finally "
    "handles low light well. We spent two weeks with it on trains, in cafés and at concerts, and "
    "it rarely left us hunting for a charger before the end of the day."
)
ARTICLE_2 = (
    "Performance is where the price shows: apps open at once, games hold a steady frame rate and "
    "the phone stays cool under load. The speakers are loud enough for a podcast in the kitchen, "
    "though music lacks bass, and the haptics feel precise rather than buzzy."
)
ARTICLE_3 = (
    "Should you buy it? If your current phone is more than three years old, the upgrade is easy to "
    "recommend; owners of last year's model will notice the battery life and little else, so they "
    "can safely wait for the next generation and its rumoured redesign."
)
