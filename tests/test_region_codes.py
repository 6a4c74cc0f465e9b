"""A region code several countries use ("SC": South Carolina and Santa Catarina; "D.C."): the
place's own readings decide which region it is; for a place the gazetteer does not know, the
text's language or the agency's home; with neither, the code's region as before (the US state),
never the larger region only because it is larger. Texts written for these tests."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from geo.location import PlaceQuery
from pipeline.extract import locate, read_briefs

CAPTURED = datetime(2026, 12, 5, 16, 0, tzinfo=timezone(timedelta(hours=1)))

# text, language, dateline place, country, region, precision
CASES = [
    (
        "Porto Alegre (RS) – A prefeitura decretou situação de emergência por causa da chuva.",
        "pt",
        "Porto Alegre",
        "BR",
        "Rio Grande do Sul",
        "city",
    ),
    (
        "Florianópolis (SC) – A Defesa Civil emitiu um alerta de temporal para o litoral.",
        "pt",
        "Florianópolis",
        "BR",
        "Santa Catarina",
        "city",
    ),
    (
        "UNKNOWNVILLE, SC – A Defesa Civil emitiu um alerta de temporal para a região.",
        "pt",
        "UNKNOWNVILLE",
        "BR",
        "Santa Catarina",
        "region",
    ),
    (
        "UNKNOWNVILLE, SC – Sheriff's deputies said a man was arrested after a chase.",
        "en",
        "UNKNOWNVILLE",
        "US",
        "South Carolina",
        "region",
    ),
    (
        "Florianópolis, SC – Firefighters rescued dozens of people from flooded homes.",
        "en",
        "Florianópolis",
        "BR",
        "Santa Catarina",
        "city",
    ),
    (
        "Columbia, SC – The state Senate passed the budget late on Thursday.",
        "en",
        "Columbia",
        "US",
        "South Carolina",
        "city",
    ),
    (
        "Bogotá, D.C. – La Alcaldía anunció el cierre de varias vías por obras.",
        "es",
        "Bogotá",
        "CO",
        "Bogota D.C.",
        "city",
    ),
    (
        "Washington, D.C. – La Casa Blanca anunció nuevas sanciones comerciales.",
        "es",
        "Washington",
        "US",
        "District of Columbia",
        "city",
    ),
]


def _brief(text: str):
    briefs = [b for b in read_briefs(text, captured_at=CAPTURED) if b.dateline is not None]
    assert briefs, f"no dateline in {text!r}"
    return briefs[0]


@pytest.mark.parametrize(("text", "lang", "place", "cc", "admin1", "precision"), CASES)
def test_region_code_of_several_countries(resolver, text, lang, place, cc, admin1, precision):
    brief = _brief(text)
    assert brief.dateline.place == place, brief.dateline
    brief.lang = lang
    loc = locate(brief, resolver.resolve, text)
    assert loc is not None and loc.resolved, loc and loc.reason
    assert (loc.country_code, loc.admin1, loc.precision) == (cc, admin1, precision), loc.reason
    assert "unknown" not in loc.reason, loc.reason


def test_language_or_agency_decides_an_unknown_place(resolver):
    def where(lang, agencies=()):
        loc = resolver.resolve(PlaceQuery("Unknownville", "SC", "", lang, agencies))
        return loc.country_code, loc.admin1

    # the same query in another language is another answer (the kept answers are per language)
    assert where("pt") == ("BR", "Santa Catarina")
    assert where("en") == ("US", "South Carolina")
    assert where(None) == ("US", "South Carolina")  # neither: as before, not the larger
    assert where("es") == ("US", "South Carolina")  # Spanish: of neither country
    assert where(None, ("LUSA",)) == ("US", "South Carolina")  # Portugal's agency: not Brazil's
    spanish = resolver.resolve(PlaceQuery("Unknownville", "D.C.", "", "es", ()))
    assert (spanish.country_code, spanish.admin1) == ("CO", "Bogota D.C.")


def test_code_only_brazil_has_in_other_copy_stays_unknown(resolver):
    # "RS" is only Brazil's: in English copy a place it does not fit reads as before, the
    # qualifier unknown; in Portuguese it is Rio Grande do Sul's region, as "Roscoe, S.D."
    en = resolver.resolve(PlaceQuery("Paris", "RS", "", "en", ()))
    assert en.country_code == "FR" and 'qualifier "RS" unknown' in en.reason, en.reason
    pt = resolver.resolve(PlaceQuery("Paris", "RS", "", "pt", ()))
    assert (pt.country_code, pt.admin1, pt.precision) == ("BR", "Rio Grande do Sul", "region")
    unknown = resolver.resolve(PlaceQuery("Unknownville", "RS", "", "en", ()))
    assert not unknown.resolved and unknown.reason == "Unknownville: not in the gazetteer"
