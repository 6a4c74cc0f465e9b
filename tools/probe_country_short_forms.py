"""Probe how each language's copy reads the short forms and initialisms it writes for countries.

Why: a country's short forms were one flat, language-blind list (``country_aliases``); the
papers of each language write their own ("SAD" Croatian and Serbian, "EUA" Portuguese, "ZEA"
Polish, "Usa" Italian), which read as a town abroad or nothing ("SAD" was Sad, India), while the
same letters are a word or a name in other copy ("sad" English, "Eau" French). The candidates
are enumerated by a rule from CLDR's names (``initialisms``: the first letters of a multi-word
name's words, Babel's ``Locale.territories``; Babel keeps no alt="short"/"variant" names) and
checked by hand into ``geo/data/places.json`` ``country_short_forms_by_language``. This counts,
for every reviewed form of each language, from text we make ourselves (no shared copy):

- ``caps``: the form as a wire dateline in capitals with the language's agency;
- ``title``: the form as written as a paper's dateline, with a dash;
- ``mention``/``opening``: the form as written in a sentence of the language, inside and first;
- (look-alikes, which must not become the country) ``word``: the form lower-cased in its own
  language's sentence ("sad" is Croatian for "now"); ``titled``: an initialism in title case
  opening its language's sentence ("Sad je ..."); ``o-word``, ``o-head``, ``o-name``: the form
  in English, German, French, Spanish, Italian, Dutch and Portuguese copy as a word, in a
  headline in capitals and as a person's surname (unless that language writes the form too).

Each probe is right (the country), wrong (another place) or none (nothing read).

Run from the repository root: ``PYTHONPATH=$PWD .venv/bin/python
tools/probe_country_short_forms.py [--dump out.json]``; ``... --diff before.json after.json``;
``--candidates`` prints the rule's initialisms of each language for review.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

from babel import Locale

from parsing.languages import LANGUAGES
from tools.probe_country_names import FRAMES, reading, verdict

# languages the country_names probe has no frame for: agency, dateline body, inside, opening
MORE_FRAMES: dict[str, tuple[str, str, str, str]] = {
    "sl": (
        "STA",
        "Vlada je v ponedeljek predstavila nov predlog davčnega zakona, so sporočili z "
        "ministrstva.",
        "Po navedbah ministrstva so {n} pomemben trgovinski partner, pogovori se bodo nadaljevali.",
        "{n} so pomemben trgovinski partner, so v ponedeljek sporočili z ministrstva.",
    ),
    "fr": (
        "AFP",
        "Le gouvernement a présenté lundi un nouveau projet de loi fiscale, a indiqué le "
        "ministère.",
        "Selon le ministère, les {n} restent un partenaire commercial important.",
        "{n} : le ministère a annoncé lundi de nouvelles négociations commerciales.",
    ),
    "es": (
        "EFE",
        "El Gobierno presentó este lunes un nuevo proyecto de ley fiscal, informó el ministerio.",
        "Según el ministerio, {n} sigue siendo un socio comercial importante.",
        "{n} sigue siendo un socio comercial importante, informó el lunes el ministerio.",
    ),
    "it": (
        "ANSA",
        "Il governo ha presentato lunedì un nuovo disegno di legge fiscale, ha reso noto il "
        "ministero.",
        "Secondo il ministero, gli {n} restano un partner commerciale importante.",
        "{n}, il ministero ha annunciato lunedì nuovi negoziati commerciali.",
    ),
    "de": (
        "dpa",
        "Die Regierung hat am Montag einen neuen Gesetzentwurf vorgelegt, teilte das Ministerium "
        "mit.",
        "Nach Angaben des Ministeriums bleiben die {n} ein wichtiger Handelspartner.",
        "{n} bleiben ein wichtiger Handelspartner, teilte das Ministerium am Montag mit.",
    ),
    "nl": (
        "ANP",
        "De regering heeft maandag een nieuw belastingwetsvoorstel gepresenteerd, meldt het "
        "ministerie.",
        "Volgens het ministerie blijven de {n} een belangrijke handelspartner.",
        "{n} blijven een belangrijke handelspartner, meldde het ministerie maandag.",
    ),
    "pt": (
        "Lusa",
        "O Governo apresentou na segunda-feira uma nova proposta de lei fiscal, informou o "
        "ministério.",
        "Segundo o ministério, os {n} continuam a ser um parceiro comercial importante.",
        "{n} continuam a ser um parceiro comercial importante, informou o ministério.",
    ),
}
ALL_FRAMES = {**FRAMES, **MORE_FRAMES}
# (look-alikes) other copy: a sentence with the form as a word, a headline, a person's surname
LOOKALIKE: dict[str, tuple[str, str, str]] = {
    "en": (
        "It was a {w} day for the club, the coach said after the match.",
        "{W} NEWS FOR THE CLUB AS COACH RESIGNS",
        "Maria {n}, the club's coach, said the team would play on Sunday.",
    ),
    "de": (
        "Es war ein {w} Tag für den Verein, sagte der Trainer nach dem Spiel.",
        "{W} NACHRICHTEN FÜR DEN VEREIN",
        "Maria {n}, die Trainerin des Vereins, sagte, das Team spiele am Sonntag.",
    ),
    "fr": (
        "Ce fut une journée {w} pour le club, a déclaré l'entraîneur après le match.",
        "{W} : LE CLUB ANNONCE LE DÉPART DE SON ENTRAÎNEUR",
        "Maria {n}, l'entraîneuse du club, a déclaré que l'équipe jouerait dimanche.",
    ),
    "es": (
        "Fue un día {w} para el club, dijo el entrenador tras el partido.",
        "{W}: EL CLUB ANUNCIA LA SALIDA DE SU ENTRENADOR",
        "María {n}, la entrenadora del club, dijo que el equipo jugará el domingo.",
    ),
    "it": (
        "È stata una giornata {w} per il club, ha detto l'allenatore dopo la partita.",
        "{W}: IL CLUB ANNUNCIA L'ADDIO DELL'ALLENATORE",
        "Maria {n}, l'allenatrice del club, ha detto che la squadra giocherà domenica.",
    ),
    "nl": (
        "Het was een {w} dag voor de club, zei de trainer na de wedstrijd.",
        "{W}: CLUB MAAKT VERTREK VAN TRAINER BEKEND",
        "Maria {n}, de trainer van de club, zei dat het team zondag speelt.",
    ),
    "pt": (
        "Foi um dia {w} para o clube, disse o treinador depois do jogo.",
        "{W}: CLUBE ANUNCIA SAÍDA DO TREINADOR",
        "Maria {n}, a treinadora do clube, disse que a equipa joga no domingo.",
    ),
}
KINDS = ("caps", "title", "mention", "opening", "word", "titled", "o-word", "o-head", "o-name")


def initialisms(name: str) -> str:
    """The first letters of a multi-word name's words, in capitals, a lower-case word of three
    letters or fewer skipped ("République démocratique du Congo" -> "RDC"); "" for one word."""
    words = re.findall(r"\w+", name)
    if len(words) < 2:
        return ""
    return "".join(w[0].upper() for w in words if len(w) > 3 or w[0].isupper())


def candidates() -> None:
    """Each language's rule-made initialisms of 3 letters or more, for review."""
    for code, lang in LANGUAGES.items():
        if not lang.locales:
            continue
        terr = Locale.parse(lang.locales[0]).territories
        row = sorted(
            f"{ini}={cc}"
            for cc, n in terr.items()
            if len(cc) == 2 and cc.isalpha() and len(ini := initialisms(n)) >= 3
        )
        print(code, " ".join(row))


def forms() -> dict[str, dict[str, str]]:
    """The reviewed short forms: language -> form as written -> country code."""
    data = json.loads(Path("geo/data/places.json").read_text("utf-8"))
    return data["country_short_forms_by_language"]


def probes(lang: str, form: str, cc: str) -> list[tuple[str, str, str]]:
    """(kind, text, the form as written in it) for each probe of one form of ``lang``."""
    agency, body, inside, opening = ALL_FRAMES[lang]
    up = form.upper()
    out = [
        ("caps", f"{up} ({agency}) - {body}", up),
        ("title", f"{form} – {body}", form),
        ("mention", inside.format(n=form), form),
        ("opening", opening.format(n=form), form),
        ("word", inside.format(n=form.lower()), form.lower()),
    ]
    if form.isupper():
        titled = form.capitalize()
        out.append(("titled", opening.format(n=titled), titled))
    writes = {o for o, fs in forms().items() for f in fs if f.upper() == up}
    for other, (word, head, person) in LOOKALIKE.items():
        if other in writes:
            continue
        out.append(("o-word", word.format(w=form.lower()), form.lower()))
        out.append(("o-head", head.format(W=up), up))
        titled = form if not form.isupper() else form.capitalize()
        out.append(("o-name", person.format(n=titled), titled))
    return out


def run() -> dict[str, list]:
    """Every probe: lang -> [kind, form, code, read code, read kind]."""
    from pipeline.extract import extract_text

    out: dict[str, list] = {}
    for lang, fs in forms().items():
        rows = []
        for form, cc in fs.items():
            for kind, text, written in probes(lang, form, cc):
                recs = extract_text(text, mentions=True)
                rec = recs[0] if recs else {}
                got, how = reading(rec, text, written, kind in ("caps", "title"))
                rows.append([kind, form, cc, got, how])
        out[lang] = rows
    return out


def report(data: dict[str, list]) -> None:
    """Per probe kind over all languages, and per language for the forms' own copy."""
    total: dict[str, Counter] = {k: Counter() for k in KINDS}
    print("lang " + " ".join(f"{k:>10}" for k in KINDS[:4]) + "   (right/wrong/none)")
    for lang, rows in data.items():
        per: dict[str, Counter] = {k: Counter() for k in KINDS}
        for row in rows:
            per[row[0]][verdict(row)] += 1
            total[row[0]][verdict(row)] += 1
        cells = (f"{c['right']}/{c['wrong']}/{c['none']}" for c in list(per.values())[:4])
        print(f"{lang:4} " + " ".join(f"{c:>10}" for c in cells))
    for k, c in total.items():
        print(f"all {k:8} right {c['right']:4} wrong {c['wrong']:4} none {c['none']:4}")


def diff(a: dict[str, list], b: dict[str, list]) -> None:
    """Every probe whose reading moved, listed."""
    moved: Counter = Counter()
    for lang in b:
        for ra, rb in zip(a.get(lang, ()), b[lang], strict=False):
            if ra != rb:
                moved[ra[0]] += 1
                print(f"  {lang} {ra[0]:8} {ra[1]!r} ({ra[2]}): {ra[3:]} -> {rb[3:]}")
    print("moved:", dict(moved))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dump")
    ap.add_argument("--diff", nargs=2)
    ap.add_argument("--candidates", action="store_true")
    args = ap.parse_args()
    if args.candidates:
        candidates()
        return
    if args.diff:
        a, b = (json.loads(Path(p).read_text("utf-8")) for p in args.diff)
        diff(a, b)
        report(b)
        return
    data = run()
    report(data)
    if args.dump:
        Path(args.dump).write_text(json.dumps(data, ensure_ascii=False), "utf-8")


if __name__ == "__main__":
    sys.exit(main())
