"""Probe how each language's copy reads the world's countries by their names in that language.

Why: a language file turns CLDR's country names on for its copy (``"country_names": true``
under ``"geo"``); without it a country's own-language name is not the country, and a town
abroad that bears the word takes it ("DANMARK (Ritzau) -" -> Denmark, South Carolina). This
counts, for every Babel country name (``Locale.territories``, two-letter codes) of each
language, whether the country is read, from text we make ourselves (no shared copy):

- ``caps``: the name as a wire dateline, all capitals, with the language's agency;
- ``title``: the name as a paper's dateline in title case, with a dash;
- ``mention``/``opening``: the name in a sentence of the language, inside it and opening it;
- ``other-dl``/``other``: (look-alikes) the name as a dateline and a mention in English,
  German, French and Spanish copy, where a language's names must not move a town or a word;
- ``word``: (look-alikes) the name lowercase inside a sentence of its own language, where a
  name that is a word must not become a place.

Each probe is right (the country), wrong (another place) or none (nothing read); ``--dump``
writes every probe's reading so two trees' readings can be compared (``--diff A B``).

Run from the repository root: ``PYTHONPATH=$PWD .venv/bin/python tools/probe_country_names.py
[--langs pl,cs] [--dump out.json]``; ``... --diff before.json after.json``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from babel import Locale

from parsing.languages import LANGUAGES

# language -> (agency credit, dateline body, a frame with the name inside, one opening with it)
FRAMES: dict[str, tuple[str, str, str, str]] = {
    "pl": (
        "PAP",
        "Rząd przedstawił w poniedziałek nowy projekt ustawy podatkowej, poinformowało "
        "ministerstwo.",
        "Według ministerstwa {n} to ważny partner handlowy, a rozmowy będą kontynuowane.",
        "{n} to ważny partner handlowy, poinformowało w poniedziałek ministerstwo.",
    ),
    "cs": (
        "ČTK",
        "Vláda v pondělí představila nový návrh daňového zákona, uvedlo ministerstvo.",
        "Podle ministerstva je {n} důležitým obchodním partnerem a jednání budou pokračovat.",
        "{n} je důležitým obchodním partnerem, uvedlo v pondělí ministerstvo.",
    ),
    "sk": (
        "TASR",
        "Vláda v pondelok predstavila nový návrh daňového zákona, uviedlo ministerstvo.",
        "Podľa ministerstva je {n} dôležitým obchodným partnerom a rokovania budú pokračovať.",
        "{n} je dôležitým obchodným partnerom, uviedlo v pondelok ministerstvo.",
    ),
    "hr": (
        "Hina",
        "Vlada je u ponedjeljak predstavila novi prijedlog poreznog zakona, priopćilo je "
        "ministarstvo.",
        "Prema ministarstvu, {n} je važan trgovinski partner i pregovori će se nastaviti.",
        "{n} je važan trgovinski partner, priopćilo je u ponedjeljak ministarstvo.",
    ),
    "sr": (
        "Tanjug",
        "Vlada je u ponedeljak predstavila novi predlog poreskog zakona, saopštilo je "
        "ministarstvo.",
        "Prema rečima ministarstva, {n} je važan trgovinski partner i pregovori će se nastaviti.",
        "{n} je važan trgovinski partner, saopštilo je u ponedeljak ministarstvo.",
    ),
    "sv": (
        "TT",
        "Regeringen presenterade på måndagen ett nytt förslag om skatter, meddelade departementet.",
        "Enligt departementet är {n} en viktig handelspartner och samtalen fortsätter.",
        "{n} är en viktig handelspartner, meddelade departementet på måndagen.",
    ),
    "da": (
        "Ritzau",
        "Regeringen har mandag fremlagt et nyt forslag om skatter, oplyser ministeriet.",
        "Ifølge ministeriet er {n} en vigtig handelspartner, og forhandlingerne fortsætter.",
        "{n} er en vigtig handelspartner, oplyser ministeriet mandag.",
    ),
    "no": (
        "NTB",
        "Regjeringen la mandag fram et nytt forslag om skatter, opplyser departementet.",
        "Ifølge departementet er {n} en viktig handelspartner, og forhandlingene fortsetter.",
        "{n} er en viktig handelspartner, opplyser departementet mandag.",
    ),
    "ro": (
        "Agerpres",
        "Guvernul a prezentat luni un nou proiect de lege privind impozitele, a anunțat "
        "ministerul.",
        "Potrivit ministerului, {n} este un partener comercial important, iar negocierile "
        "continuă.",
        "{n} este un partener comercial important, a anunțat luni ministerul.",
    ),
    "tr": (
        "AA",
        "Hükümet pazartesi günü vergilerle ilgili yeni bir yasa tasarısı sundu, bakanlık açıkladı.",
        "Bakanlığa göre {n} önemli bir ticaret ortağı ve görüşmeler sürecek.",
        "{n} önemli bir ticaret ortağı, bakanlık pazartesi günü açıkladı.",
    ),
    "hu": (
        "MTI",
        "A kormány hétfőn új adótörvény-javaslatot terjesztett elő, közölte a minisztérium.",
        "A minisztérium szerint {n} fontos kereskedelmi partner, és a tárgyalások folytatódnak.",
        "{n} fontos kereskedelmi partner, közölte hétfőn a minisztérium.",
    ),
    "fi": (
        "STT",
        "Hallitus esitteli maanantaina uuden veroja koskevan lakiesityksen, kertoi ministeriö.",
        "Ministeriön mukaan {n} on tärkeä kauppakumppani, ja neuvottelut jatkuvat.",
        "{n} on tärkeä kauppakumppani, kertoi ministeriö maanantaina.",
    ),
    "ca": (
        "ACN",
        "El govern ha presentat aquest dilluns un nou projecte de llei sobre impostos, ha "
        "informat el ministeri.",
        "Segons el ministeri, {n} és un soci comercial important i les negociacions continuaran.",
        "{n} és un soci comercial important, ha informat aquest dilluns el ministeri.",
    ),
}
# (look-alikes) copy of languages that read country names already: agency, body, a frame
OTHERS: dict[str, tuple[str, str, str]] = {
    "en": (
        "Reuters",
        "The government on Monday presented a new tax bill, the ministry said.",
        "According to the ministry, {n} is an important trading partner and talks will go on.",
    ),
    "de": (
        "dpa",
        "Die Regierung hat am Montag einen neuen Gesetzentwurf vorgelegt, so das Ministerium.",
        "Nach Angaben des Ministeriums ist {n} ein wichtiger Handelspartner.",
    ),
    "fr": (
        "AFP",
        "Le gouvernement a présenté lundi un nouveau projet de loi, a indiqué le ministère.",
        "Selon le ministère, {n} est un partenaire commercial important.",
    ),
    "es": (
        "EFE",
        "El Gobierno presentó este lunes un nuevo proyecto de ley, informó el ministerio.",
        "Según el ministerio, {n} es un socio comercial importante.",
    ),
}


def country_names(lang: str) -> dict[str, str]:
    """name -> code: every two-letter territory of ``lang``'s CLDR locales, its own last."""
    out: dict[str, str] = {}
    for loc in reversed(LANGUAGES[lang].locales):
        for cc, name in Locale.parse(loc).territories.items():
            if len(cc) == 2 and cc.isalpha():
                out[name] = cc
    return out


def probes(lang: str, names: dict[str, str]) -> list[tuple[str, str, str, str, str]]:
    """(kind, name, code, text, the name as written in it) for each probe of ``names``."""
    agency, body, inside, opening = FRAMES[lang]
    out = []
    for n, cc in names.items():
        out.append(("caps", n, cc, f"{n.upper()} ({agency}) - {body}", n.upper()))
        out.append(("title", n, cc, f"{n} – {body}", n))
        out.append(("mention", n, cc, inside.format(n=n), n))
        out.append(("opening", n, cc, opening.format(n=n), n))
        for o_agency, o_body, o_inside in OTHERS.values():
            out.append(("other-dl", n, cc, f"{n.upper()} ({o_agency}) - {o_body}", n.upper()))
            out.append(("other", n, cc, o_inside.format(n=n), n))
        out.append(("word", n, cc, inside.format(n=n.lower()), n.lower()))
    return out


def reading(rec: dict, text: str, written: str, dateline: bool) -> tuple[str, str]:
    """(country code or "", kind/precision or "") of what ``written`` was read as."""
    if dateline:
        if rec.get("place") and rec.get("country_code"):
            return rec["country_code"], rec.get("precision") or ""
        return "", ""
    at = text.find(written)
    for m in rec.get("mentions") or ():
        if m["start"] < at + len(written) and at < m["end"]:
            return m.get("country_code") or "", m.get("kind") or ""
    return "", ""


def run(langs: list[str]) -> dict[str, list]:
    """Every probe of ``langs``: lang -> [kind, name, code, read code, read kind]."""
    from pipeline.extract import extract_text

    out: dict[str, list] = {}
    for lang in langs:
        rows = []
        for kind, n, cc, text, written in probes(lang, country_names(lang)):
            recs = extract_text(text, mentions=True)
            rec = recs[0] if recs else {}
            got, how = reading(rec, text, written, kind in ("caps", "title", "other-dl"))
            rows.append([kind, n, cc, got, how])
        out[lang] = rows
    return out


def verdict(row: list) -> str:
    """right (the country), wrong (another place) or none."""
    kind, _, cc, got, how = row
    if not got:
        return "none"
    return "right" if got == cc and how == "country" else "wrong"


def report(data: dict[str, list]) -> None:
    """Per language and probe kind: right / wrong / none."""
    kinds = ("caps", "title", "mention", "opening", "other-dl", "other", "word")
    print("lang " + " ".join(f"{k:>16}" for k in kinds) + "   (right/wrong/none)")
    total: dict[str, Counter] = {k: Counter() for k in kinds}
    for lang, rows in data.items():
        per: dict[str, Counter] = {k: Counter() for k in kinds}
        for row in rows:
            per[row[0]][verdict(row)] += 1
            total[row[0]][verdict(row)] += 1
        cells = (f"{c['right']}/{c['wrong']}/{c['none']}" for c in per.values())
        print(f"{lang:4} " + " ".join(f"{c:>16}" for c in cells))
    cells = (f"{c['right']}/{c['wrong']}/{c['none']}" for c in total.values())
    print("all  " + " ".join(f"{c:>16}" for c in cells))


def diff(a: dict[str, list], b: dict[str, list]) -> None:
    """The probes whose reading moved, per kind, with each look-alike that moved listed."""
    moved: Counter = Counter()
    for lang in a:
        for ra, rb in zip(a[lang], b.get(lang, ()), strict=False):
            if ra != rb:
                moved[ra[0]] += 1
                if ra[0] in ("other", "other-dl", "word"):
                    print(f"  {lang} {ra[0]:8} {ra[1]!r} ({ra[2]}): {ra[3:]} -> {rb[3:]}")
    print("moved:", dict(moved))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--langs", default=",".join(FRAMES))
    ap.add_argument("--dump")
    ap.add_argument("--diff", nargs=2)
    args = ap.parse_args()
    if args.diff:
        a, b = (json.loads(Path(p).read_text("utf-8")) for p in args.diff)
        diff(a, b)
        report(b)
        return
    data = run(args.langs.split(","))
    report(data)
    if args.dump:
        Path(args.dump).write_text(json.dumps(data, ensure_ascii=False), "utf-8")


if __name__ == "__main__":
    sys.exit(main())
