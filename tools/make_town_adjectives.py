"""Regenerate geo/data/town_adjectives.json: the town adjectives of the languages that write
them in lower case after their noun ("la police lyonnaise", "la polizia milanese", "la policía
madrileña", "a prefeitura curitibana"), each with the town it names.

Why: French, Italian, Spanish and Portuguese copy names a town by its adjective as often as by
its name, and how an adjective is made from a name is regular only in part (Lyon -> lyonnais,
Lille -> lillois, Paris -> parisien; Milano -> milanese, Roma -> romano, Trieste -> triestino;
Barcelona -> barcelonés, Málaga -> malagueño, Sevilla -> sevillano; Curitiba -> curitibano,
Recife -> recifense). So every regular derivation is tried and only the forms the language
really writes are kept.

How: for each language whose file gives ``town_adjectives.stems`` and ``.suffixes``, the towns
of its press countries with ``geo.mentions.TOWN_ADJECTIVE_POP`` people (by their GeoNames name
and the names the language file gives them), their name (or its first word before a link word:
"Aix-en-Provence") cut by each stem rule and given each suffix. A candidate (its masculine
singular) is kept only when
- the language's word list (``wordfreq``, "large") has it: a derivation no one writes is dropped;
- it, and each of its forms (gender, number), is rarer there than its town's name: an adjective
  more frequent than the name it comes from is another word ("latino" beside Latina,
  "ciudadano" beside Ciudad, "regina", the feminine of Reggio's "regino" ...);
- the name it is made from is no generic place word of the language ("ciudad", "ville"), and
  neither it nor any of its forms is a closed-class word of the language (``language_words``).
Then all its forms (gender, number) name the town; a form several towns make names the biggest.

Run from the repository root, with ``wordfreq`` installed (the ``tools`` extra of
pyproject.toml, a tool-only dependency, not the app's nor the tests': ``.venv/bin/pip install
-e '.[tools]'``): ``.venv/bin/python tools/make_town_adjectives.py``; commit the table it
writes. It prints, per language and suffix, how many candidates were made, written and kept,
and the collisions.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT)]
OUTPUT = ROOT / "geo" / "data" / "town_adjectives.json"
# an adjective names its town only if it is this much rarer (zipf) than the town's name: the
# adjective of a name that is also a word is that word's ("serrano", "natalino", "latino")
MARGIN = 0.5
# the first word of a longer name ("Mar del Plata", "Campo di Marte") makes no adjective when it
# is this common a word: its adjective is the word's ("marino", "campano")
COMMON_PART = 4.0
# a shorter name makes no adjective: GeoNames' alternate names hold codes and clipped forms
# ("mil", "ver", "for"), whose derivations are words ("militano", "verano", "forense")
MIN_NAME = 4
# a form two towns make is the bigger's only if it is this many times bigger
SAME_SIZE = 3


def main() -> None:
    import wordfreq

    from geo import gazetteer
    from geo.fold import fold
    from geo.gazetteer import CITY, COUNTRY, REGION
    from geo.mentions import TOWN_ADJECTIVE_POP, _short_town_name, language_words, town_names_land
    from parsing.languages import LANGUAGES, with_data

    g = gazetteer.load()
    out: dict[str, dict[str, int]] = {}
    for lang in with_data("geo", "town_adjectives"):
        spec = lang.geo["town_adjectives"]
        if "suffixes" not in spec:
            continue  # de, nl: made from the names as the index is built (``endings``)
        key = lang.code
        geo = LANGUAGES[key].geo
        area = frozenset(geo["press_countries"])
        links = frozenset(fold(w) for w in geo.get("name_links", ()))
        generic = frozenset(fold(w) for w in geo.get("generic_place_words", ()))
        closed = language_words(key)[0]
        written: dict[str, tuple[str, float]] = {}  # folded word -> its commonest spelling
        for w in wordfreq.iter_wordlist(key, "large"):
            f = fold(w)
            if f not in written:
                written[f] = (w, wordfreq.zipf_frequency(w, key, "large"))
        towns = {
            i
            for i in range(len(g))
            if g.kind[i] == CITY and g.cc[i] in area and g.pop[i] >= TOWN_ADJECTIVE_POP
        }
        # each town by every name of it the language writes (GeoNames' name and alternate
        # names that its word list has: Milano, Roma, Lisboa), and the file's "names"
        names: dict[int, set[str]] = defaultdict(set)
        # (not an alternate name that is also a land's, "Bahia" for Salvador: its adjective is
        # the land's; nor one that starts with another letter than the town's name, a name of
        # another kind: "Baia" for Salvador, whose "baiana" is Bahia's)
        for name, v in g.names.items():
            ps = (v,) if isinstance(v, int) else v
            if name in written and all(g.kind[p >> 1] not in (REGION, COUNTRY) for p in ps):
                for p in ps:
                    if p >> 1 in towns and fold(g.name[p >> 1])[:1] == name[:1]:
                        names[p >> 1].add(name)
        for i in towns:
            names[i].add(fold(g.name[i]))
        for w in spec.get("names", ()):
            for p in g.postings(fold(w)):
                if p >> 1 in towns:
                    names[p >> 1].add(fold(w))
        stems = [(fold(a), fold(b)) for a, b in spec["stems"]]
        suffixes = [(a, forms) for a, forms in spec["suffixes"]]
        makers: dict[str, set[int]] = defaultdict(set)  # form -> the towns that make it
        own_of: dict[str, set[int]] = defaultdict(set)  # ... by their own name
        stats: Counter = Counter()
        dropped: dict[str, list[str]] = defaultdict(list)
        kept: list[str] = []
        for i in towns:
            primary = {fold(g.name[i]), *(fold(w) for w in spec.get("names", ()))}
            # how often the town is named: by the commonest of its names
            town_freq = max(wordfreq.zipf_frequency(n, key, "large") for n in names[i])
            for full in sorted(names[i]):
                own = full in primary
                short = _short_town_name(full.replace("-", " "), links)
                if short is None or short in closed or len(short) < MIN_NAME:
                    continue
                if town_names_land(g, short, i, towns):
                    dropped["a land's name"].append(f"{short} ({full})")
                    continue
                part = short != full
                common = written.get(short, ("", 0.0))[1]
                if short in generic or part and common >= COMMON_PART:
                    dropped["name's word is a common word"].append(f"{short} ({full})")
                    continue
                name_freq = max(common, town_freq)
                for end, repl in stems:
                    if not short.endswith(end) or len(short) - len(end) < 3:
                        continue
                    stem = short[: len(short) - len(end)] + repl
                    for base, forms in suffixes:
                        cand = stem + fold(base)
                        stats[base, "made"] += 1
                        spelt, f = written.get(cand, ("", 0.0))
                        if not f:
                            continue
                        stats[base, "written"] += 1
                        if not spelt.endswith(base):
                            stats[base, "another word"] += 1
                            dropped["written otherwise"].append(f"{spelt} ({full})")
                            continue
                        if f > name_freq - MARGIN:
                            stats[base, "commoner"] += 1
                            dropped["not rarer than its town"].append(f"{spelt} ({full})")
                            continue
                        mine = [stem + fold(x) for x in forms]
                        # every form, not only the masculine singular: a feminine or plural
                        # that is a commoner word is that word's ("regina" of "regino")
                        if any(written.get(m, ("", 0.0))[1] > name_freq - MARGIN for m in mine):
                            stats[base, "commoner"] += 1
                            dropped["a form not rarer than its town"].append(f"{spelt} ({full})")
                            continue
                        if any(m in closed for m in mine):
                            stats[base, "closed"] += 1
                            dropped["closed-class word"].append(f"{spelt} ({full})")
                            continue
                        if own:
                            own_of.update((m, own_of[m] | {i}) for m in mine)
                        stats[base, "kept"] += 1
                        kept.append(f"{spelt} ({full})")
                        for m in mine:
                            makers[m].add(i)
        # a form towns of about the same size make is none's ("valenciano": Valencia in
        # Venezuela and in Spain); else the biggest town's, by its own name before another's
        # (GeoNames gives Tijuana "Zaragoza" too)
        table = {}
        for m, made in makers.items():
            first, *rest = sorted(made, key=lambda i: (i not in own_of[m], -g.pop[i]))
            rest = [r for r in rest if (r in own_of[m]) == (first in own_of[m])]
            if any(g.pop[r] * SAME_SIZE > g.pop[first] for r in rest):
                dropped["several towns' form"].append(m)
                continue
            table[m] = first
        out[key] = {m: g.gid[i] for m, i in sorted(table.items())}
        print(f"== {key}: {len(towns)} towns of {TOWN_ADJECTIVE_POP}+, {len(table)} forms")
        for base, _ in suffixes:
            row = {
                k: stats[base, k]
                for k in ("made", "written", "another word", "commoner", "closed", "kept")
            }
            print(f"  -{base}: {row}")
        for why, words in dropped.items():
            print(f"  dropped, {why} ({len(words)}): {', '.join(words)}")
        print(f"  kept ({len(kept)}): {', '.join(kept)}")
    OUTPUT.write_text(json.dumps(out, ensure_ascii=False, indent=0, sort_keys=True) + "\n", "utf-8")


if __name__ == "__main__":
    main()
