"""A town is introduced as each language introduces it: by its offices and people before "of"
("the mayor of Coesfeld", "la police de Coesfeld", "il sindaco di Potenza", "der Bürgermeister
von Gelnhausen", ``town_offices``), and in Portuguese by "em" ("feridos em Potenza",
``cue_locatives_add``). Such a town, of 10,000 people or more, whose towns of that name lie in
one country, is read without its country named, as after "in". A person, a month, a body that
is named ("Tribunal de Contas", "Polizia di Stato") or a word that is no office stays no place,
and a big city stays the city it was. Briefs written for this."""

from __future__ import annotations

import pytest
from papers_read import places_read as read

# lang, text, the town as written, its country
INTRODUCED = [
    ("en", "The mayor of Coesfeld said on Friday that two people were hurt.", "Coesfeld", "DE"),
    ("en", "The inhabitants of Gelnhausen were asked to save water.", "Gelnhausen", "DE"),
    ("en", "Residents of Paiporta said the water rose within minutes.", "Paiporta", "ES"),
    ("de", "Der Bürgermeister von Potenza teilte am Freitag mit, die Schulen blieben zu.",
     "Potenza", "IT"),
    ("de", "Die Feuerwehr von Paiporta rückte am Freitag aus.", "Paiporta", "ES"),
    ("nl", "De burgemeester van Coesfeld meldde vrijdag dat twee mensen gewond raakten.",
     "Coesfeld", "DE"),
    ("nl", "De politie van Potenza meldde vrijdag een inbraak.", "Potenza", "IT"),
    ("fr", "La police de Coesfeld a indiqué vendredi que deux personnes ont été blessées.",
     "Coesfeld", "DE"),
    ("fr", "Le parquet de Potenza a ouvert une enquête vendredi.", "Potenza", "IT"),
    ("fr", "Les habitants de Gelnhausen ont été invités à rester chez eux.", "Gelnhausen", "DE"),
    ("es", "La policía de Coesfeld informó el viernes de que dos personas resultaron heridas.",
     "Coesfeld", "DE"),
    ("es", "El alcalde de Potenza anunció el viernes el cierre de las escuelas.", "Potenza", "IT"),
    ("it", "La polizia di Coesfeld ha riferito venerdì che due persone sono rimaste ferite.",
     "Coesfeld", "DE"),
    ("it", "Il sindaco di Paiporta ha annunciato venerdì tre giorni di lutto.", "Paiporta", "ES"),
    ("pt", "A polícia de Coesfeld informou na sexta-feira que duas pessoas ficaram feridas.",
     "Coesfeld", "DE"),
    ("pt", "Os moradores de Paiporta foram retirados na sexta-feira.", "Paiporta", "ES"),
    ("pt", "Duas pessoas ficaram feridas na sexta-feira em Potenza, segundo a polícia.",
     "Potenza", "IT"),
    ("pt", "Um incêndio destruiu na quarta-feira uma fábrica em Gelnhausen.", "Gelnhausen", "DE"),
    # a big city stays the city it was, where a speech verb follows it too
    ("en", "The mayor of London said on Friday that the Tube would reopen.", "London", "GB"),
    ("it", "Il sindaco di Londra ha parlato venerdì.", "Londra", "GB"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "place", "cc"), INTRODUCED)
def test_a_town_introduced_by_its_offices_or_by_em_is_read(resolver, lang, text, place, cc):
    assert (place, cc) in read(resolver, text, lang)


# lang, text: no place is named (a person, a month, a named body, a word that is no office)
NO_PLACE = [
    ("en", "The mayor of Casterbridge is a novel by Thomas Hardy."),
    ("en", "The police of Putin arrested dozens of protesters."),
    ("fr", "La police de Macron a réprimé les manifestants samedi."),
    ("fr", "La police de caractères du document a changé."),
    ("fr", "Le tribunal de Grande Instance a statué mardi."),
    ("es", "La policía de Maduro detuvo a dos opositores."),
    ("es", "El Tribunal de Cuentas publicó su informe."),
    ("es", "La Policía de Investigaciones detuvo a un hombre."),
    ("it", "La polizia di Stato ha arrestato due persone."),
    ("it", "Il tribunale di Sorveglianza ha respinto la richiesta."),
    ("it", "La procura di Gennaio è chiusa."),
    ("pt", "O Tribunal de Contas publicou o relatório."),
    ("pt", "O eleitor votou em Lula no domingo."),
    ("pt", "Muitos votaram em Bolsonaro em 2018."),
    ("pt", "Ele acredita em Deus e na família."),
    ("pt", "O clube apostou em Neymar."),
    ("de", "Die Polizei von Erdogan nahm Dutzende fest."),
    ("de", "Die Einwohner von Atlantis sind eine Legende."),
    ("nl", "De politie van Poetin arresteerde betogers."),
    ("nl", "De burgemeester van Duckstad is een stripfiguur."),
    # a month's or a person's name that reaches a town only by another's spelling (review28)
    ("it", "Il sindaco di Maggio ha parlato a lungo."),
    ("es", "La policía de Agosto detuvo a dos hombres."),
]


@pytest.mark.parametrize(("lang", "text"), NO_PLACE)
def test_a_person_or_a_thing_after_an_office_is_no_town(resolver, lang, text):
    assert read(resolver, text, lang) == []
