"""The page's words in English and Dutch, kept as data so a translator edits one table.

``t(lang, key, **values)`` looks a string up and fills ``{placeholders}``; an unknown language
falls back to English, and a key missing in Dutch falls back to the English text, so a page never
shows a raw key because one translation lags behind.
"""

from __future__ import annotations

LANGUAGES: dict[str, str] = {"en": "English", "nl": "Nederlands"}
DEFAULT_LANGUAGE = "en"

STRINGS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Wiremap",
        "tagline": "News-wire briefs on a map, by place and time.",
        "language": "Interface language",
        "settings": "Settings",
        "timezone": "Your timezone",
        "online_tiles": "Online map tiles (loads tiles from the internet)",
        "auto_refresh": "Auto-refresh when new copy arrives",
        "time": "Time",
        "window": "Time window ({tz})",
        "presets": "Show the last",
        "preset_all": "all",
        "play": "Play",
        "step": "Step ▶",
        "play_help": "Moves the window forward one window length; Play repeats it every 2 s.",
        "undated_title": "Events with unknown time ({n})",
        "no_times": "No event has a known time.",
        "filters": "Filters",
        "agency": "Agency",
        "country": "Country",
        "lang_filter": "Language of the copy",
        "search": "Search",
        "search_help": "Headline, text, dateline and place; case and accents do not matter.",
        "clear": "Clear filters",
        "choose": "All",
        "legend": "Age at the end of the window",
        "legend_live": "Age now",
        "legend_size": "Bigger marker: more briefs at the place.",
        "age_1h": "< 1 h",
        "age_6h": "1–6 h",
        "age_24h": "6–24 h",
        "age_7d": "1–7 days",
        "age_old": "older",
        "age_unknown": "time unknown",
        "aggregated": (
            "{n} events: too many to draw one by one, so the map shows hexagons with counts. "
            "Click a hexagon or narrow the filters to see markers again."
        ),
        "area_clear": "Whole world",
        "hex_tooltip": "{count} events",
        "unselect": "Close",
        "timeline": "Events per {unit}",
        "unit_10min": "10 minutes",
        "unit_hour": "hour",
        "unit_6h": "6 hours",
        "unit_day": "day",
        "in_window": "in the window",
        "outside": "outside the window",
        "table": "Events",
        "table_place": "Events at {place}",
        "table_newest": "The newest {n} of {total} events; narrow the filters to see others.",
        "search_loading": "Reading every event's text for the search (once)…",
        "col_time": "Time",
        "col_dateline": "Dateline",
        "col_headline": "Headline",
        "col_place": "Place",
        "col_country": "Country",
        "col_agencies": "Agencies",
        "col_lang": "Language",
        "download_csv": "Download CSV",
        "download_geojson": "Download GeoJSON",
        "share": (
            "Share this view: copy the address bar, it holds the filters, window and selection."
        ),
        "add": "Add copy",
        "add_text": "Paste wire copy",
        "add_files": "Or upload .txt / .html files",
        "captured": "Captured at ({tz})",
        "captured_help": (
            "When the copy was taken from its page: ages like '2 hours ago' count from it."
        ),
        "add_button": "Add",
        "added_none": "No brief found in the copy.",
        "add_failed": "Could not read {name}: {error}",
        "add_empty": "Paste some text or choose a file first.",
        "kept_session": "Kept for this session only (no store is configured).",
        "store_failed": (
            "Could not store the new events: {error}. They are shown for this session only, "
            "and your text is still in the box: press Add to try again."
        ),
        "no_data": "No events yet. Add copy below, or run `wiremap ingest`.",
        "load_failed": "Could not load the events: {error}",
        "time_unknown": "time unknown",
        "no_dateline": "no dateline",
        "no_agency": "no agency",
        "located": "Located: {reason}",
        "not_located": "Not located: {reason}",
        "source": "Source",
        "where": "Place events",
        "where_filed": "Where filed",
        "where_happened": "Where it happened",
        "where_help": (
            "Where filed: the dateline's place. Where it happened: the place the brief is about "
            "(a brief without one stays at its dateline). A line joins the two where they differ."
        ),
        "places_named": "Places named: {places}",
        "no_places_named": "No places named in the text.",
        "happened_at": "Where it happened: {place} ({reason})",
        "kind_sea": "sea",
        "kind_area": "region",
        "legend_line": "Line: from the dateline to where it happened.",
        "live": "Live",
        "live_help": (
            "The window is anchored at the current time and moves with it; new copy shows within "
            "seconds."
        ),
        "live_on": "live, {time}",
        "shown_of_one": "1 of {total} events",
        "shown_of": "{n} of {total} events",
        "undated_count_one": "1 without a known time",
        "undated_count": "{n} without a known time",
        "undated_toggle_one": "Show undated events (1)",
        "undated_toggle": "Show undated events ({n})",
        "new_count_one": "1 new: mark as seen",
        "new_count": "{n} new: mark as seen",
        "mark_seen": (
            "Events first seen after your last look are ringed on the map and marked NEW in the "
            "feed."
        ),
        "new_badge": "NEW",
        "feed_title_one": "Latest: 1 brief in the window",
        "feed_title": "Latest: {n} briefs in the window",
        "feed_empty": "Nothing in this window matches the filters.",
        "story_more_one": "Also from 1 more source:",
        "story_more": "Also from {n} more sources:",
        "fly_help": "Show this place on the map and read its briefs",
        "place_briefs_one": "{place}: 1 brief",
        "place_briefs": "{place}: {n} briefs",
        "place_outside": (
            "No brief at this place in the window and filters. Close it or widen the window."
        ),
        "nothing_matches": "No event matches these filters and window.",
        "cluster_tooltip": "{places} places, {count} briefs: click to zoom in",
        "zoom_in": "Zoom in",
        "zoom_out": "Zoom out",
        "fit_all": "Fit all",
        "tiles_offline": (
            "Online map tiles cannot be reached (no network?): showing the bundled map."
        ),
        "actions": "⋯",
        "hide": "Hide",
        "delete": "Delete",
        "fix_target": "Correct the location: place name or LAT,LON",
        "fix_help": (
            "Kept as a geocoding correction (like `wiremap geocode --fix`): later copy from this "
            "dateline place goes there too."
        ),
        "fix_country": "Country (ISO code, optional)",
        "fix_button": "Correct",
        "fixed": "{place} now resolves to {where}; {n} stored events moved.",
        "fixed_later": (
            "{place} now resolves to {where} for copy added from now on (this source is read-only)."
        ),
        "fix_failed": "Could not correct the location: {error}",
        "hidden": "Hidden: {headline}",
        "deleted": "Deleted: {headline}",
        "show_hidden": "Show hidden events",
        "added_one": "Added 1 new event.",
        "added": "Added {n} new events.",
        "already_stored_one": "1 brief was already stored: nothing new.",
        "already_stored": "{n} briefs were already stored: nothing new.",
        "add_unplaced_one": (
            "1 brief has no dateline and names no place: not stored (tick the box to keep it)."
        ),
        "add_unplaced": (
            "{n} briefs have no dateline and name no place: not stored (tick the box to keep them)."
        ),
        "keep_unplaced": "Keep briefs without a dateline or place",
    },
    "nl": {
        "title": "Wiremap",
        "tagline": "Persberichten op de kaart, naar plaats en tijd.",
        "language": "Taal van de interface",
        "settings": "Instellingen",
        "timezone": "Uw tijdzone",
        "online_tiles": "Online kaarttegels (laadt tegels van internet)",
        "auto_refresh": "Automatisch verversen bij nieuwe berichten",
        "time": "Tijd",
        "window": "Tijdvenster ({tz})",
        "presets": "Toon de laatste",
        "preset_all": "alles",
        "play": "Afspelen",
        "step": "Stap ▶",
        "play_help": "Schuift het venster één vensterlengte op; Afspelen herhaalt dat elke 2 s.",
        "undated_title": "Berichten met onbekende tijd ({n})",
        "no_times": "Geen enkel bericht heeft een bekende tijd.",
        "filters": "Filters",
        "agency": "Persbureau",
        "country": "Land",
        "lang_filter": "Taal van het bericht",
        "search": "Zoeken",
        "search_help": "Kop, tekst, dateline en plaats; hoofdletters en accenten tellen niet.",
        "clear": "Filters wissen",
        "choose": "Alle",
        "legend": "Leeftijd aan het eind van het venster",
        "legend_live": "Leeftijd nu",
        "legend_size": "Grotere stip: meer berichten uit die plaats.",
        "age_1h": "< 1 uur",
        "age_6h": "1–6 uur",
        "age_24h": "6–24 uur",
        "age_7d": "1–7 dagen",
        "age_old": "ouder",
        "age_unknown": "tijd onbekend",
        "aggregated": (
            "{n} berichten: te veel om los te tekenen, dus de kaart toont zeshoeken met aantallen. "
            "Klik op een zeshoek of verfijn de filters om weer stippen te zien."
        ),
        "area_clear": "Hele wereld",
        "hex_tooltip": "{count} berichten",
        "unselect": "Sluiten",
        "timeline": "Berichten per {unit}",
        "unit_10min": "10 minuten",
        "unit_hour": "uur",
        "unit_6h": "6 uur",
        "unit_day": "dag",
        "in_window": "in het venster",
        "outside": "buiten het venster",
        "table": "Berichten",
        "table_place": "Berichten uit {place}",
        "table_newest": "De nieuwste {n} van {total} berichten; verfijn de filters.",
        "search_loading": "De tekst van elk bericht wordt gelezen voor het zoeken (eenmalig)…",
        "col_time": "Tijd",
        "col_dateline": "Dateline",
        "col_headline": "Kop",
        "col_place": "Plaats",
        "col_country": "Land",
        "col_agencies": "Persbureaus",
        "col_lang": "Taal",
        "download_csv": "CSV downloaden",
        "download_geojson": "GeoJSON downloaden",
        "share": (
            "Deel deze weergave: kopieer de adresbalk, daarin staan filters, venster en selectie."
        ),
        "add": "Berichten toevoegen",
        "add_text": "Plak persberichten",
        "add_files": "Of upload .txt- / .html-bestanden",
        "captured": "Vastgelegd om ({tz})",
        "captured_help": (
            "Wanneer de tekst van de pagina is gehaald: '2 uur geleden' telt vanaf dit moment."
        ),
        "add_button": "Toevoegen",
        "added_none": "Geen bericht gevonden in de tekst.",
        "add_failed": "Kon {name} niet lezen: {error}",
        "add_empty": "Plak eerst tekst of kies een bestand.",
        "kept_session": "Alleen voor deze sessie bewaard (er is geen opslag ingesteld).",
        "store_failed": (
            "Kon de nieuwe berichten niet opslaan: {error}. Ze zijn alleen in deze sessie te "
            "zien, en de tekst staat nog in het vak: druk op Toevoegen om het opnieuw te proberen."
        ),
        "no_data": "Nog geen berichten. Voeg hieronder tekst toe, of gebruik `wiremap ingest`.",
        "load_failed": "Kon de berichten niet laden: {error}",
        "time_unknown": "tijd onbekend",
        "no_dateline": "geen dateline",
        "no_agency": "geen persbureau",
        "located": "Gelokaliseerd: {reason}",
        "not_located": "Niet gelokaliseerd: {reason}",
        "source": "Bron",
        "where": "Plaats berichten",
        "where_filed": "Waar gemeld",
        "where_happened": "Waar het gebeurde",
        "where_help": (
            "Waar gemeld: de plaats in de dateline. Waar het gebeurde: de plaats waar het bericht "
            "over gaat (een bericht zonder zo'n plaats blijft bij de dateline). Een lijn verbindt "
            "de twee als ze verschillen."
        ),
        "places_named": "Genoemde plaatsen: {places}",
        "no_places_named": "Geen plaatsen genoemd in de tekst.",
        "happened_at": "Waar het gebeurde: {place} ({reason})",
        "kind_sea": "zee",
        "kind_area": "gebied",
        "legend_line": "Lijn: van de dateline naar waar het gebeurde.",
        "live": "Live",
        "live_help": (
            "Het venster hangt aan de huidige tijd en schuift mee; nieuwe berichten verschijnen "
            "binnen seconden."
        ),
        "live_on": "live, {time}",
        "shown_of_one": "1 van {total} berichten",
        "shown_of": "{n} van {total} berichten",
        "undated_count_one": "1 zonder bekende tijd",
        "undated_count": "{n} zonder bekende tijd",
        "undated_toggle_one": "Toon berichten zonder tijd (1)",
        "undated_toggle": "Toon berichten zonder tijd ({n})",
        "new_count_one": "1 nieuw: markeer als gezien",
        "new_count": "{n} nieuw: markeer als gezien",
        "mark_seen": (
            "Berichten die na uw laatste blik binnenkwamen hebben een ring op de kaart en NIEUW "
            "in de lijst."
        ),
        "new_badge": "NIEUW",
        "feed_title_one": "Laatste: 1 bericht in het venster",
        "feed_title": "Laatste: {n} berichten in het venster",
        "feed_empty": "Niets in dit venster past bij de filters.",
        "story_more_one": "Ook van 1 andere bron:",
        "story_more": "Ook van {n} andere bronnen:",
        "fly_help": "Toon deze plaats op de kaart en lees de berichten",
        "place_briefs_one": "{place}: 1 bericht",
        "place_briefs": "{place}: {n} berichten",
        "place_outside": (
            "Geen bericht uit deze plaats in dit venster en deze filters. Sluit of verruim het "
            "venster."
        ),
        "nothing_matches": "Geen bericht past bij deze filters en dit venster.",
        "cluster_tooltip": "{places} plaatsen, {count} berichten: klik om in te zoomen",
        "zoom_in": "Inzoomen",
        "zoom_out": "Uitzoomen",
        "fit_all": "Alles tonen",
        "tiles_offline": (
            "Online kaarttegels zijn niet bereikbaar (geen netwerk?): de meegeleverde kaart wordt"
            " getoond."
        ),
        "actions": "⋯",
        "hide": "Verbergen",
        "delete": "Verwijderen",
        "fix_target": "Corrigeer de plaats: naam of LAT,LON",
        "fix_help": (
            "Bewaard als geocodeercorrectie (zoals `wiremap geocode --fix`): latere berichten uit"
            " deze plaats komen daar ook terecht."
        ),
        "fix_country": "Land (ISO-code, optioneel)",
        "fix_button": "Corrigeren",
        "fixed": "{place} wordt nu {where}; {n} opgeslagen berichten verplaatst.",
        "fixed_later": (
            "{place} wordt nu {where} voor berichten die vanaf nu worden toegevoegd (deze bron is"
            " alleen-lezen)."
        ),
        "fix_failed": "Kon de plaats niet corrigeren: {error}",
        "hidden": "Verborgen: {headline}",
        "deleted": "Verwijderd: {headline}",
        "show_hidden": "Toon verborgen berichten",
        "added_one": "1 nieuw bericht toegevoegd.",
        "added": "{n} nieuwe berichten toegevoegd.",
        "already_stored_one": "1 bericht was al opgeslagen: niets nieuws.",
        "already_stored": "{n} berichten waren al opgeslagen: niets nieuws.",
        "add_unplaced_one": (
            "1 bericht heeft geen dateline en noemt geen plaats: niet opgeslagen (vink het vakje "
            "aan om het te bewaren)."
        ),
        "add_unplaced": (
            "{n} berichten hebben geen dateline en noemen geen plaats: niet opgeslagen (vink het "
            "vakje aan om ze te bewaren)."
        ),
        "keep_unplaced": "Bewaar berichten zonder dateline of plaats",
    },
}


def language(code: str | None) -> str:
    """A supported interface language for ``code`` (e.g. from ``?lang=``), English otherwise."""
    code = (code or "").strip().lower()[:2]
    return code if code in STRINGS else DEFAULT_LANGUAGE


def t(lang: str, key: str, **values: object) -> str:
    """The string ``key`` in ``lang`` with ``values`` filled in."""
    text = STRINGS.get(language(lang), {}).get(key) or STRINGS[DEFAULT_LANGUAGE][key]
    return text.format(**values) if values else text


def tn(lang: str, key: str, n: int, **values: object) -> str:
    """``key`` for a count: ``key_one`` when ``n`` is 1 (both languages here have two forms),
    with ``{n}`` filled in as a grouped number."""
    return t(lang, f"{key}_one" if n == 1 else key, n=f"{n:,}", **values)


# The geocoder's reasons are English (``geo`` knows nothing of pages); the page translates the
# few fixed phrases in them. Place names and the rest stay as the geocoder wrote them.
REASON_PHRASES: dict[str, tuple[tuple[str, str], ...]] = {
    "nl": (
        (r"\(only match\)", "(enige treffer)"),
        (r"\(reviewed reading\)", "(nagekeken lezing)"),
        (r"\(largest of (\d+) places of that name\)", r"(grootste van \1 plaatsen met die naam)"),
        (r": not in the gazetteer", ": niet in het gazetteer"),
        (r"user correction", "correctie van de gebruiker"),
        (r"\(country\)", "(land)"),
        (r"\(region\)", "(regio)"),
        (r"\bno dateline found\b", "geen dateline gevonden"),
        (r"\bthe dateline names no place\b", "de dateline noemt geen plaats"),
    ),
}


def reason_text(lang: str, reason: str) -> str:
    """A location reason with its fixed phrases in ``lang``."""
    import re

    for pattern, words in REASON_PHRASES.get(language(lang), ()):
        reason = re.sub(pattern, words, reason)
    return reason
