"""A text with no dateline still gets the time its page states: an age alone on its line or
after a stamp word, against the capture time, else a stamp line under its headline. An age
inside a sentence, ages that differ, or a stamp far below the top give nothing (never "now")."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from parsing.page import parse_page

NOW = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)

DE = "Die Polizei hat am Montag drei Männer festgenommen, die einen Laden überfallen haben sollen."
EN = "Police on Monday arrested three men suspected of robbing a shop in the town centre."
NL = "De politie heeft maandag drie mannen aangehouden die een winkel zouden hebben overvallen."
SL = "Policija je v ponedeljek prijela tri moške, osumljene ropa v trgovini v središču mesta."
PT = "A polícia deteve na segunda-feira três homens suspeitos de assaltar uma loja no centro."

READ = [
    # (text, lang, published_at, basis, time_text)
    (
        f"Raubüberfall in der Innenstadt\nvor 2 Stunden\n{DE}",
        "de",
        "2026-12-05T10:00",
        "age",
        "vor 2 Stunden",
    ),
    (
        f"Raubüberfall in der Innenstadt\nVeröffentlicht vor 3 Stunden\n{DE}",
        "de",
        "2026-12-05T09:00",
        "age",
        "vor 3 Stunden",
    ),
    (f"{DE}\nvor 20 Minuten", "de", "2026-12-05T11:40", "age", "vor 20 Minuten"),
    (
        f"Three held after shop robbery\nUpdated 2 hours ago\n{EN}",
        "en",
        "2026-12-05T10:00",
        "age",
        "2 hours ago",
    ),
    (
        f"Three held after shop robbery\n45 minutes ago\n{EN}",
        "en",
        "2026-12-05T11:15",
        "age",
        "45 minutes ago",
    ),
    (
        f"Drie mannen aangehouden na overval\n2 uur geleden\n{NL}",
        "nl",
        "2026-12-05T10:00",
        "age",
        "2 uur geleden",
    ),
    (
        f"Trije moški prijeti po ropu\nObjavljeno pred 2 urama\n{SL}",
        "sl",
        "2026-12-05T10:00",
        "age",
        "pred 2 urama",
    ),
    (
        f"Três detidos após assalto\nAtualizado há 2 horas\n{PT}",
        "pt",
        "2026-12-05T10:00",
        "age",
        "há 2 horas",
    ),
    # a stamp line under the headline (and a byline): the date, day precision with no zone
    (
        f"Raubüberfall in der Innenstadt\nStand: 05.12.2026 10:32 Uhr\n{DE}",
        "de",
        "2026-12-05T00:00",
        "meta",
        "Stand: 05.12.2026 10:32 Uhr",
    ),
    (
        f"Three held after shop robbery\nBy Jane Doe\nPublished December 4, 2026\n{EN}",
        "en",
        "2026-12-04T00:00",
        "meta",
        "Published December 4, 2026",
    ),
    # an age under a comment below the article is the comment's, not the page's
    (
        f"Three held\n2 hours ago\n{EN}\n{EN}\n{EN}\n{EN}\nComments\nJohn Smith\n5 minutes ago\n"
        "Terrible news.",
        "en",
        "2026-12-05T10:00",
        "age",
        "2 hours ago",
    ),
    # blank lines between a page's head lines do not push its age out of the head
    (
        f"Three held\n\nA robbery in the centre.\n\nBy Jane Doe\n\nUpdated 2 hours ago\n\n"
        f"{EN}\n\n{EN}",
        "en",
        "2026-12-05T10:00",
        "age",
        "2 hours ago",
    ),
    # a date under a headline with its clock is a stamp
    (
        f"Três detidos após assalto\n5 de dezembro de 2026, 10:32\n{PT}",
        "pt",
        "2026-12-05T00:00",
        "meta",
        "5 de dezembro de 2026, 10:32",
    ),
    # the same age twice (a page that repeats its stamp) is still one age
    (f"Three held\n2 hours ago\n{EN}\n2 hours ago", "en", "2026-12-05T10:00", "age", "2 hours ago"),
]


@pytest.mark.parametrize(("text", "lang", "when", "basis", "said"), READ)
def test_a_text_with_no_dateline_takes_its_pages_time(text, lang, when, basis, said):
    (brief,) = parse_page(text, captured_at=NOW, captured_at_basis="given", lang=lang)
    assert brief.dateline is None
    assert brief.published_at is not None
    assert brief.published_at.isoformat().startswith(when)
    assert brief.time_basis == basis
    assert brief.time_text == said


NOT_READ = [
    # an age inside a sentence is when something happened, not when the text was written
    (f"{NL} De mannen werden 2 uur geleden nog gezien.", "nl"),
    (f"{EN} Witnesses saw them 2 hours ago near the station.", "en"),
    # two ages that differ: a list of items, whose age is whose is unknown
    (f"Three held\n2 hours ago\n{EN}\nFire in the harbour\n5 hours ago\n{EN}", "en"),
    # an age alone on its line below the article with lines after it: a comment's
    (
        f"Three held\n{EN}\n{EN}\n{EN}\n{EN}\nComments\nJohn Smith\n2 hours ago\nTerrible news.",
        "en",
    ),
    # a stamp far below the top is another item's, or a footer
    (f"Three held\n{EN}\n{EN}\n{EN}\n{EN}\n{EN}\n{EN}\nPublished December 4, 2026", "en"),
    # one line: a sentence, not a stamp
    (EN, "en"),
    # a date alone under a headline, with no clock and no stamp word, may be what it is about
    (f"Festa della Liberazione\n25 aprile 1945\n{EN}", "it"),
    (f"The day the wall fell\n9 November 1989\n{EN}", "en"),
    # a headline that opens with a figure is no stamp
    (f"3 held after shop robbery in the centre\n{EN}", "en"),
]


@pytest.mark.parametrize(("text", "lang"), NOT_READ)
def test_no_time_is_guessed_for_a_text_with_no_dateline(text, lang):
    (brief,) = parse_page(text, captured_at=NOW, captured_at_basis="given", lang=lang)
    assert brief.dateline is None
    assert brief.published_at is None
    assert brief.time_basis is None


def test_an_age_with_no_capture_time_keeps_its_words_but_no_time():
    (brief,) = parse_page(f"Three held\n2 hours ago\n{EN}", lang="en")
    assert brief.time_text == "2 hours ago"
    assert brief.published_at is None and brief.time_basis is None
