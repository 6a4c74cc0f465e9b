"""A single story whose paragraphs open with clocks (its own timeline, a schedule, a transcript's
stamps, a race's splits) stays one brief: its dateline's place, agencies and text are not cut
into placeless entries as a live page's are. Written blind for review16, in the web set's
languages; the live pages of tests/test_dateline_pages.py open their briefs under clocks."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from pipeline.extract import read_briefs

CAPTURED = datetime(2026, 12, 6, 18, 0, tzinfo=timezone(timedelta(hours=1)))

# name, text, (place, agencies) of its one brief, the words its last paragraph opens with
STORIES = [
    (
        "de-uhr-paragraphs",
        "BERLIN (dpa) - Bei einem Brand in einem Wohnhaus sind drei Menschen verletzt worden.\n\n"
        "14:32 Uhr: Die Feuerwehr wurde alarmiert, wie ein Sprecher sagte.\n\n"
        "14:50 Uhr: Die ersten Einsatzkräfte holten zwei Bewohner aus dem dritten Stock.\n\n"
        "Die Ursache des Feuers ist noch unklar.",
        ("BERLIN", ("dpa",)),
        "Die Ursache",
    ),
    (
        "en-clock-dash-timeline",
        "WASHINGTON (Reuters) - The Senate passed the spending bill late on Friday. Here is "
        "how the day unfolded:\n\n"
        "09:00 - Senators met behind closed doors.\n\n"
        "13:30 - Party leaders announced a deal.\n\n"
        "22:45 - The final vote was held, 68-31.",
        ("WASHINGTON", ("Reuters",)),
        "22:45 - The final vote",
    ),
    (
        "en-transcript-stamps",
        "LONDON (Reuters) - Britain's prime minister defended his budget on Wednesday.\n\n"
        "00:15 - Prime minister: We have made the right choices.\n"
        "00:42 - Opposition leader: The country cannot afford this.\n\n"
        "The debate continues on Thursday.",
        ("LONDON", ("Reuters",)),
        "The debate",
    ),
    (
        "en-race-splits",
        "TOKYO (AP) - A Kenyan runner won the marathon on Sunday.\n\n"
        "1:02 - Halfway split\n"
        "2:04 - Finish time\n\n"
        "She broke the course record.",
        ("TOKYO", ("AP",)),
        "She broke",
    ),
    (
        "it-ore-cronaca",
        "MILANO (ANSA) - Un incendio è divampato nella notte in un capannone.\n\n"
        "Ore 2.10 - I vigili del fuoco sono intervenuti con sei squadre.\n\n"
        "Ore 4.30 - Le fiamme sono state domate.\n\n"
        "Nessun ferito, secondo la questura.",
        ("MILANO", ("ANSA",)),
        "Nessun ferito",
    ),
    (
        "fr-16h05-chronologie",
        "LYON (AFP) - Un train a déraillé samedi près de la gare sans faire de blessé.\n\n"
        "16h05 - Le train quitte la gare avec 200 passagers.\n\n"
        "16h12 - Deux wagons sortent des rails.",
        ("LYON", ("AFP",)),
        "16h12 - Deux wagons",
    ),
    (
        "es-cronologia-efe",
        "SEVILLA, 5 dic (EFE).- El Gobierno andaluz aprobó este sábado el plan de vivienda.\n\n"
        "10.00 - Reunión del Consejo de Gobierno.\n\n"
        "12.30 - Rueda de prensa de la portavoz.\n\n"
        "El plan entrará en vigor en enero.",
        ("SEVILLA", ("EFE",)),
        "El plan",
    ),
    (
        "pt-votacao",
        "LISBOA (Lusa) - O Governo aprovou hoje o Orçamento do Estado.\n\n"
        "14:00 - O primeiro-ministro chegou à Assembleia.\n\n"
        "15:30 - A votação começou.",
        ("LISBOA", ("Lusa",)),
        "15:30 - A votação",
    ),
    (
        "de-fahrplan",
        "MÜNCHEN (dpa) - Wegen des Streiks fahren am Montag nur wenige Züge.\n\n"
        "Ersatzfahrplan:\n"
        "06:15 - München Hbf ab\n"
        "08:15 - München Hbf ab\n\n"
        "Die Bahn bat Fahrgäste, auf Reisen zu verzichten.",
        ("MÜNCHEN", ("dpa",)),
        "Die Bahn",
    ),
    (
        "nl-klok-regels",
        "ROTTERDAM (ANP) - In de haven is zondag een schip aan de grond gelopen.\n\n"
        "14.32\n"
        "De waterpolitie is ter plaatse.\n\n"
        "15.10\n"
        "Een sleepboot heeft het schip vrijgetrokken.",
        ("ROTTERDAM", ("ANP",)),
        "Een sleepboot",
    ),
    (
        "sl-ob-uri",
        "LJUBLJANA (STA) - Vlada je v četrtek sprejela nov zakon o davkih.\n\n"
        "10.00 - Seja vlade se je začela.\n\n"
        "12.30 - Minister je predstavil zakon.",
        ("LJUBLJANA", ("STA",)),
        "12.30 - Minister",
    ),
]


@pytest.mark.parametrize(("name", "text", "dateline", "last"), STORIES)
def test_story_with_clocked_paragraphs_stays_one_brief(name, text, dateline, last):
    for captured in (CAPTURED, None):
        (brief,) = read_briefs(text, captured_at=captured)
        assert (brief.dateline.place, tuple(brief.dateline.agencies)) == dateline
        assert brief.text.rsplit("\n", 1)[-1].startswith(last)
        assert brief.time_basis != "meta"  # no clock of its timeline is its time
