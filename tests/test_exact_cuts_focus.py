"""Cheaper ways to the same answers in ``geo.focus`` (issue 15): each cut is compared with the
way it replaces, on briefs written here in the styles of the copy and generated briefs."""

from __future__ import annotations

import dataclasses

import pytest

from benchmarks.corpus import briefs
from geo import focus
from geo.focus import Focus, _choose, _locatives, choose_focus
from geo.location import Location
from geo.mentions import find_mentions

GENERATED = list(briefs(80, 46))
_NAIROBI = Location(
    "NAIROBI", "Nairobi", -1.28333, 36.81667, "KE", "05", 184745, "city", 0.9, "dateline"
)


# a dateline and no place read in the text: ``_choose`` answers before it finds the lead, unless
# a capital noun is in the text (``_with_capitals`` may read a capital there)
_NO_MENTION_BRIEFS = [
    "NAIROBI (Reuters) - The central bank held its key rate on Tuesday, citing inflation.",
    "BERLIN (dpa) - Die Regierung hat am Montag ein neues Gesetz beschlossen.",
    "PARIS (AFP) - Le gouvernement a présenté mardi son projet de budget.",
    "MADRID (EFE) - El Gobierno aprobó este martes la reforma de las pensiones.",
    "ROMA (ANSA) - Il governo ha approvato oggi il decreto sulle bollette.",
    "LJUBLJANA - Vlada je v četrtek sprejela nov zakon o davkih.",
    "NAIROBI - Gunmen stormed a hotel in the Somali capital late on Sunday.",
    "WIEN - In der ukrainischen Hauptstadt heulten am Morgen die Sirenen.",
    "NAIROBI - Chinese capital has poured into mines this year.",
    "",
]


@pytest.mark.parametrize("lang", [None, "en", "de", "fr"])
def test_a_dateline_and_no_mention_answer_as_the_full_path(lang):
    """With no mention, ``_choose`` answers as it does when it reads the lead: a key of a space
    (in every brief here, never in a capital noun) turns the shortcut off and reads the lead
    the full way, where a capital noun may add a capital read from its adjective."""
    dl = _NAIROBI
    locs = _locatives(lang)
    full = dataclasses.replace(locs, capital_keys=(*locs.capital_keys, " "))
    shortcut = 0
    for text in _NO_MENTION_BRIEFS + GENERATED:
        body = text.find(" - ") + 3 if " - " in text else 0
        for places in (None, ("NAIROBI", "MOGADISHU")):
            got = _choose([], dl, text, body, locs, None, places)
            assert got == _choose([], dl, text, body, full, None, places), text
            if not any(k in text for k in locs.capital_keys):
                shortcut += 1
                assert got == Focus(dl, "dateline", None)
    assert shortcut > 100


# a start outside the text: the full way may fail there ("After" opens a clause it reads from a
# slice that is empty, a start past the engine's bounds), and the shortcut answers as it does
_OPENER_LEAD = (
    "After a week of talks in the north, the central bank held its key rate on Tuesday, they said."
)


@pytest.mark.parametrize(
    ("text", "body_start"),
    [
        (_OPENER_LEAD, -3),
        (_OPENER_LEAD, -60),
        (_OPENER_LEAD, 2**70),
        (_OPENER_LEAD, len(_OPENER_LEAD)),
        (_OPENER_LEAD, len(_OPENER_LEAD) + 5),
        (_OPENER_LEAD, True),
        ("NAIROBI - The central bank held its key rate on Tuesday.", -3),
        ("NAIROBI - The central bank held its key rate on Tuesday.", 2**70),
        ("NAIROBI - The central bank held its key rate on Tuesday.", 10),
    ],
)
def test_a_start_outside_the_text_answers_as_the_full_path(monkeypatch, text, body_start):
    dl = _NAIROBI
    got = choose_focus([], dl, text, body_start=body_start, lang="en")
    plain = focus._locatives
    monkeypatch.setattr(
        focus,
        "_locatives",
        # a key of a space, in every text here: the full way
        lambda lang: dataclasses.replace(
            plain(lang), capital_keys=(*plain(lang).capital_keys, " ")
        ),
    )
    assert got == choose_focus([], dl, text, body_start=body_start, lang="en")


def test_the_dateline_s_own_place_is_read_after_a_located_one():
    """The lead's own mention of the dateline's place is read by ``_located`` even when another
    place is located before it, as the full loop always did: a mention past the engine's
    bounds fails there ("focus failed"), not skipped into a lead focus."""
    dl = _NAIROBI
    text = "NAIROBI - Clashes erupted in Mombasa and in Nairobi on Tuesday, police said."
    ms = find_mentions(text, "en", dateline=dl)
    other = next(m for m in ms if m.place == "Mombasa")
    own = next(m for m in ms if m.place == "Nairobi")
    assert choose_focus([other, own], dl, text, body_start=10, lang="en").mention == other
    bad = dataclasses.replace(own, end=2**70)
    got = choose_focus([other, bad], dl, text, body_start=10, lang="en")
    assert got == Focus(dl, "dateline (focus failed: OverflowError)", None)


_LOCATIVE_LANGS = [None, "en", "de", "fr", "es", "it", "nl", "pt", "sl"]


def _locative_vocabulary(locs) -> list[str]:
    """Words that steer ``_locative_in``: the language's locatives, particles and their verbs of
    spreading, the words it skips or does not count, adjectives, nouns a name qualifies,
    possessives and capitalised names, with words no rule knows."""
    w = focus.words()
    spread = [x for phrase in locs.spread_to for x in phrase.split()]
    picks = [*locs.words, *locs.particles, *spread, *w["reflexives"], *w["spread_unreal"]]
    picks += [*w["locative_skip"], *w["whole_before"], *w["qualified_nouns"], *w["match_verbs"]]
    picks += ["Russia's", "Bank", "West", "Somali", "ukrainischen", "duramente", "Côte"]
    picks += ["Paris-based", "l'Italia", "a--b", "2-0", "x", "Ⅻ", "½", "über", "ÉTAT", "police"]
    return sorted(set(picks))


def _whole_window(text: str, start: int, locs):
    """The reading ``_locative_at`` replaced: the words of the whole LOCATIVE_CHARS before."""
    window = text[max(0, start - focus.LOCATIVE_CHARS) : start]
    return focus._locative_in(focus._WORDS.findall(window), 0, locs)


@pytest.mark.parametrize("lang", _LOCATIVE_LANGS)
def test_the_locative_read_near_first_is_the_whole_window_s(lang):
    """``_locative_at`` reads the last LOCATIVE_NEAR characters' words first: its answer is the
    one of the whole window's words (``_locative_in`` with no floor), on random runs of the
    words that steer it, cut anywhere, and on texts that are empty, short, all blanks or huge."""
    import random

    locs = _locatives(lang)
    vocab = _locative_vocabulary(locs)
    seps = [" ", " ", " ", ", ", "-", "'", "  ", "\n", ". ", " 12 ", "’", "—"]
    rng = random.Random(5100 + len(vocab))

    texts = ["", "in", " in ", "x" * 200, " " * 100, "in the " * 4000 + "Paris"]
    # no word in the last LOCATIVE_NEAR characters, a locative before them
    texts += ["in " + " " * 40, "in the " + "12, " * 12, "Ministers met in " + "— " * 20]
    for _ in range(1500):
        n = rng.randint(1, 24)
        texts.append("".join(rng.choice(vocab) + rng.choice(seps) for _ in range(n)))
    seen = {"more": 0, "near": 0}
    for text in texts:
        ends = {len(text), rng.randint(0, len(text)), rng.randint(0, len(text))}
        for start in ends:
            got = focus._locative_at(text, start, locs)
            assert got == _whole_window(text, start, locs), (text, start)
            near = start - focus.LOCATIVE_NEAR
            words = focus._WORDS.findall(text[near:start]) if near > 0 else []
            answer = focus._locative_in(words, 1, locs) if near > 0 else focus._MORE
            seen["more" if answer is focus._MORE else "near"] += 1
    # both ways are taken: the near read decides some, the whole window the others
    assert seen["more"] > 100 and seen["near"] > 100, seen


def test_the_locative_read_near_first_reads_a_spreading_verb_s_words_whole():
    """A particle's reading (``_spread_to``) looks three words back: its verb, a reflexive and a
    word that says the event has not (yet) reached the place ("has not spread to", "não se
    espalhou para"). Near first, any of them may be the word the near window's start cuts, or lie
    before it: the answer must still be the whole window's. Every spreading phrase of every
    language, with and without a reflexive and a word of doubt, followed by blanks of each kind
    and of every length, so the near window's start falls on every character of the phrase."""
    locs = _locatives(None)
    w = focus.words()
    doubts = ["", *sorted(w["spread_unreal"])[:: max(1, len(w["spread_unreal"]) // 4)]]
    reflexives = ["", *sorted(w["reflexives"])]
    blanks = [" ", "\u00a0", "\t", "\n"]
    seen = {"spread": 0, "more": 0}
    for phrase in sorted(locs.spread_to):
        *head, particle = phrase.split()
        verb = "-".join(head)  # "alastrou se a": "alastrou-se a", one word as copy writes it
        for doubt in doubts:
            for reflexive in reflexives:
                said = " ".join(x for x in ("Officials", doubt, reflexive, verb, particle) if x)
                for n in range(1, focus.LOCATIVE_NEAR + 2):
                    text = f"The storm, {said}" + blanks[n % len(blanks)] * n
                    start = len(text)
                    whole = _whole_window(text, start, locs)
                    assert focus._locative_at(text, start, locs) == whole, (text, start)
                    near = focus._WORDS.findall(text[start - focus.LOCATIVE_NEAR : start])
                    seen["more"] += focus._locative_in(near, 1, locs) is focus._MORE
                    seen["spread"] += whole is not None
    # the phrase is read as one of spreading (not all: "will spread to"), and the near window
    # often leaves it to the whole one
    assert seen["spread"] > 5000 and seen["more"] > 5000, seen
