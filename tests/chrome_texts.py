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


def assert_removed_at_either_end(line: str, rule: str) -> None:
    """The line closing, then opening, a text of article paragraphs goes, named by its rule."""
    from pipeline import chrome

    for lines in ([ARTICLE, ARTICLE_2, ARTICLE_3, line], [line, ARTICLE, ARTICLE_2, ARTICLE_3]):
        out, removed = chrome.filter_text("\n".join(lines))
        assert line not in out.splitlines()
        assert [r.rule for r in removed] == [rule]
        assert ARTICLE in out and ARTICLE_3 in out


def assert_kept_anywhere(line: str) -> None:
    """The line stays, and nothing is removed, inside a text and at either of its ends."""
    from pipeline import chrome

    for lines in ([ARTICLE, line, ARTICLE_2, ARTICLE_3], [line, ARTICLE, ARTICLE_2], [ARTICLE, ARTICLE_2, line]):
        out, removed = chrome.filter_text("\n".join(lines))
        assert line in out.splitlines(), removed
        assert removed == []
