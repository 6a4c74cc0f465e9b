"""The copy's own words read as places (``geo.mentions``' ``language_words`` and
``addressed_before``).

A closed-class word of the copy's language that the gazetteer also names ("Para" for Pará,
"NADA" for Nada in China, "Solo" for Surakarta, "Seul" for Seoul) is that word where it is
written as one: at a sentence's start, after list markup, in a headline in title case or in
capitals. A locative before it ("em Para"), a region word and "of", or its country after it
makes it the place again; the place's own spelling ("Pará") is never the word, nor is a
capitalised word inside a sentence ("el gobernador de Para", "der Bürgermeister von Waren").
The word for "republic" alone is the state, no town ("Procuradoria-Geral da República").

A plain preposition after a word that makes its object the one addressed ("una lettera a
Bianco", "bedankte sich bei Hahn") introduces a person, not a small town: the small town so
introduced ("a Cherasco", "bei Puderbach") still reads, and so does a town after a preposition
of place ("ereignete sich in Puderbach", "dijo en Ortega", "liegt bei Puderbach"). The briefs
are written for this test.
"""

from __future__ import annotations

import pytest

from geo.mentions import find_mentions

# (language, text, the word that must not be read as a place)
NOT_PLACES = [
    ("es", "Hechos clave: <ul><li>Para el analista, es momento de esperar.</li></ul>", "Para"),
    ("es", "EL DISPOSITIVO QUE NO HACE NADA PARA NADIE\nEl aparato se vende en línea.", "NADA"),
    ("es", "Solo el gobierno puede decidir sobre el plan, dijo el ministro.", "Solo"),
    ("es", "El Gobierno Dice Que Nada Cambiará\nEl ministro no quiso comentar.", "Nada"),
    ("pt", "Para o analista, é hora de esperar. O mercado está calmo.", "Para"),
    ("pt", "GOVERNO DIZ QUE NADA VAI MUDAR\nO ministro não quis comentar.", "NADA"),
    ("it", "Solo il governo può decidere sul piano, ha detto il ministro.", "Solo"),
    ("it", "Ora il governo deve decidere sul piano, ha detto il ministro.", "Ora"),
    ("fr", "Seul le gouvernement peut décider, a dit le ministre lundi.", "Seul"),
    ("de", "Waren die Pläne bekannt? Der Minister wollte sich nicht äußern.", "Waren"),
    ("nl", "Haar plan werd maandag gepresenteerd, zei de minister.", "Haar"),
    ("en", "Much of the plan is unchanged, the minister said on Monday.", "Much"),
    ("pt", "Os delatores falaram à Procuradoria-Geral da República ontem.", "República"),
    ("it", "Lo ha detto il procuratore della Repubblica in una conferenza stampa.", "Repubblica"),
    ("fr", "Le procureur de la République a ouvert une enquête lundi.", "République"),
    # the one addressed after a plain preposition: a person, not a small town
    ("it", "Il ministro ha inviato una lettera a Bianco per chiedere chiarimenti.", "Bianco"),
    ("it", "Il sindaco ha scritto a Pellegrini ieri sera.", "Pellegrini"),
    ("de", "Der Minister bedankte sich bei Hahn für die Hilfe.", "Hahn"),
    ("de", "Der Minister entschuldigte sich bei Hahn für den Fehler.", "Hahn"),
    ("fr", "Le ministre a écrit à Bailly pour demander des explications.", "Bailly"),
    ("fr", "Le ministre a écrit à Chauvin pour demander des explications.", "Chauvin"),
    ("es", "El presidente confía en Ortega para dirigir el ministerio.", "Ortega"),
]

# (language, text, the place as written, its country): what still reads
PLACES = [
    ("pt", "A polícia prendeu dois homens em Para na segunda-feira.", "Para", "BR"),
    ("pt", "A polícia prendeu dois homens no Pará na segunda-feira.", "Pará", "BR"),
    ("es", "Los Turistas Visitaron Como, Italia\nEl lunes llegaron dos mil.", "Como", "IT"),
    ("es", "La policía detuvo a dos hombres en Este el lunes.", "Este", "IT"),
    ("de", "Die Polizei nahm am Montag in Waren zwei Männer fest.", "Waren", "DE"),
    ("nl", "De politie heeft maandag in Haar twee mannen aangehouden.", "Haar", "DE"),
    ("en", "Police arrested two men in Como, Italy, on Monday.", "Como", "IT"),
    ("es", "Dos hombres fueron detenidos en República Dominicana.", "República Dominicana", "DO"),
    ("it", "Il presidente è arrivato nella Repubblica Ceca lunedì.", "Repubblica Ceca", "CZ"),
    ("it", "Un incidente a Bianco ieri sera ha ferito due persone.", "Bianco", "IT"),
    ("it", "Un incidente a Cherasco ieri sera ha ferito due persone.", "Cherasco", "IT"),
    ("de", "Die Polizei hat bei Hahn einen Mann festgenommen.", "Hahn", "DE"),
    ("fr", "La police a arrêté un homme à Bailly hier.", "Bailly", "FR"),
    ("es", "La policía detuvo a un hombre en Ortega ayer.", "Ortega", "CO"),
    # the word capitalised inside a sentence is a name, not the word
    ("es", "El gobernador de Para anunció nuevas medidas contra la deforestación.", "Para", "BR"),
    ("pt", "O estado do Para registrou chuvas fortes na segunda-feira.", "Para", "BR"),
    ("es", "El alcalde de Este dijo el lunes que el museo reabrirá.", "Este", "IT"),
    ("de", "Der Bürgermeister von Waren sagte am Montag, das Fest finde statt.", "Waren", "DE"),
    ("de", "Viele Urlauber fahren im Sommer nach Waren an der Müritz.", "Waren", "DE"),
    ("nl", "De burgemeester van Haar zei maandag dat het feest doorgaat.", "Haar", "DE"),
    # a preposition of place after a word of the list: where, not to whom
    ("de", "Der Unfall ereignete sich in Puderbach am Montagabend.", "Puderbach", "DE"),
    ("de", "Das Lager befindet sich bei Puderbach im Westerwald.", "Puderbach", "DE"),
    ("de", "Das Dorf liegt bei Puderbach im Westerwald.", "Puderbach", "DE"),
    ("es", "El presidente dijo en Ortega que habrá más inversión.", "Ortega", "CO"),
    ("es", "El ministro escribió desde Ortega una carta al Congreso.", "Ortega", "CO"),
    ("it", "Il ministro ha spiegato in Cherasco, durante un convegno, il piano.", "Cherasco", "IT"),
    ("fr", "Le ministre a répondu depuis Bailly aux questions des journalistes.", "Bailly", "FR"),
]


@pytest.mark.parametrize(("lang", "text", "word"), NOT_PLACES)
def test_the_copys_own_word_is_no_place(lang, text, word):
    got = [m.place for m in find_mentions(text, lang)]
    assert word not in got, got


@pytest.mark.parametrize(("lang", "text", "place", "cc"), PLACES)
def test_the_place_so_named_still_reads(lang, text, place, cc):
    got = [(m.place, m.location.country_code) for m in find_mentions(text, lang)]
    assert (place, cc) in got, got
