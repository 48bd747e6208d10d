"""Districts and quarters of the Ruhr's cities, the places a bus stop, a statistics table or a
press release of the city names ("Sodingen", "Eving", "Altenessen", "Buer-Hassel").

Wiktionary, which gives the redactor its places, knows the towns but few of their districts, so
the name model and the rules took "Aplerbeck" or "Weitmar Kirche" for a person. The list is
written from the cities' published district names (Stadtbezirke and Stadtteile) of Bochum,
Dortmund, Essen, Gelsenkirchen, Herne, Duisburg, Oberhausen, Mülheim an der Ruhr, Bottrop,
Hagen, Witten, Hattingen, Castrop-Rauxel, Recklinghausen, Herten, Gladbeck and Marl.

Districts that are common surnames, first names or everyday words ("Horst", "Steele",
"Rosenberg", "Wanne", "Werden") are not listed; ``noun_lexicon.is_district`` would also leave
out one the name stocks knew. Many listed districts are surnames too ("Hassel", "Brackel"), so
the name model's filter drops a lone district only where a place's cue stands before it or no
verb follows it ("in Karnap", "4  Eving  39.122"), not "Hassel hat …": recall comes first. A
district is personal data where a person lives there; the residence rules find it by their
cues, not by this list.

A city outside the Ruhr adds its own districts with a file (``RATHAUS_REDACTION__DISTRICTS_FILE``,
read by ``read_districts``, made known by ``use_city_districts``): one name per line, ``#`` starts
a comment. The list is process-wide, like the analyzer that reads it.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from pathlib import Path

from core.errors import ConfigurationError

_DISTRICTS = """
Wattenscheid Höntrop Eppendorf Leithe Günnigfeld Sevinghausen Hordel Riemke Gerthe Harpen
Kornharpen Altenbochum Laer Langendreer Somborn Querenburg Stiepel Wiemelhausen Brenschede
Weitmar Ehrenfeld Griesenbruch Stahlhausen Goldhamme Hustadt Kruppwerke Kirchharpen Eving
Scharnhorst Brackel Aplerbeck Hörde Hombruch Lütgendortmund Huckarde Mengede Husen Kurl
Lanstrop Derne Brechten Lindenhorst Kirchlinde Dorstfeld Barop Eichlinghofen Persebeck
Kirchhörde Lücklemberg Syburg Wellinghofen Berghofen Sölderholz Körne Wambel Benninghofen
Löttringhausen Menglinghausen Bövinghausen Westerfilde Groppenbruch Bodelschwingh Jungferntal
Oespel Kirchderne Deusen Wischlingen Brünninghausen Hacheney Ellinghausen Altenessen Katernberg
Karnap Rüttenscheid Bredeney Kettwig Borbeck Frohnhausen Holsterhausen Frillendorf Huttrop
Bergerhausen Rellinghausen Heisingen Kupferdreh Burgaltendorf Überruhr Freisenbruch Schonnebeck
Vogelheim Bergeborbeck Bochold Gerschede Frintrop Bedingrade Haarzopf Fulerum Margarethenhöhe
Schuir Fischlaken Byfang Südviertel Nordviertel Ostviertel Westviertel Südostviertel Altendorf
Buer Hassel Resse Ückendorf Rotthausen Schalke Bulmke-Hüllen Scholven Beckhausen Sutum
Sodingen Börnig Horsthausen Baukau Wanne-Eickel Röhlinghausen Crange Bickern Elpeshof
Pöppinghausen Strünkede Marxloh Hamborn Meiderich Ruhrort Rheinhausen Homberg Walsum Hochfeld
Duissern Wanheimerort Wanheim-Angerhausen Huckingen Bruckhausen Obermarxloh Röttgersbach
Neumühl Aldenrade Fahrn Vierlinden Overbruch Baerl Rumeln-Kaldenhausen Hüttenheim Ungelsheim
Mündelheim Großenbaum Wedau Bissingheim Rheinhausen-Mitte Hochemmerich Bergheim Friemersheim
Alt-Homberg Hochheide Beeckerwerth Untermeiderich Mittelmeiderich Obermeiderich Alt-Walsum
Sterkrade Alstaden Lirich Schmachtendorf Königshardt Klosterhardt Buschhausen Biefang
Barmingholten Walsumermark Rothebusch Styrum Dümpten Saarn Speldorf Raadt Selbeck
Mintard Winkhausen Kirchhellen Fuhlenbrock Batenbrock Welheim Vonderort Grafenwald
Hohenlimburg Eilpe Wehringhausen Eppenhausen Hengstey Berchum Garenfeld Delstern
Priorei Rummenohl Elsey Letmathe Annen Heven Herbede Bommern Rüdinghausen Düren Vormholz
Durchholz Niederwenigern Oberwenigern Bredenscheid Winz-Baak Elfringhausen Habinghorst Ickern
Henrichenburg Rauxel Frohlinde Merklinde Deininghausen Obercastrop Bladenhorst Behringhausen
Becklem Hillerheide Hochlarmark Suderwich Speckhorn König-Ludwig Röllinghausen Grullbad
Stuckenbusch Hochlar Bertlich Scherlebeck Langenbochum Paschenberg Backum Herten-Mitte Zweckel
Rentfort Butendorf Ellinghorst Schultendorf Rosenhügel Sinsen Lenkerbeck Polsum Hamm-Bossendorf
Alt-Marl
"""

DISTRICTS: frozenset[str] = frozenset(word.lower() for word in _DISTRICTS.split())

# A word of a district's name: letters, with hyphens, apostrophes or dots between ("Wanne-Eickel",
# "St.-Tönis", "Am"); a line of several words ("Weitmar Mark") lists each word of three letters
# or more.
_NAME = re.compile(r"[^\W\d_]+(?:[.'’-]{1,2}[^\W\d_]+)*\.?")
_MIN_WORD = 3
_MAX_NAMES = 20_000

_city: frozenset[str] = frozenset()
_city_lock = threading.Lock()


def read_districts(path: Path) -> frozenset[str]:
    """The district names in a UTF-8 text file, lower-cased: one district per line, blank lines
    and ``#`` comments ignored. A line of several words lists each of them. Raises
    ``ConfigurationError`` naming the file and line for anything that is not a name."""
    try:
        raw = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigurationError(f"cannot read district list {path}: {exc}") from exc
    names: set[str] = set()
    for number, line in enumerate(raw.splitlines(), start=1):
        words = line.split("#", 1)[0].split()
        for word in words:
            if _NAME.fullmatch(word) is None:
                raise ConfigurationError(
                    f"district list {path}, line {number}: {word!r} is not a district's name "
                    "(letters, with hyphens, apostrophes or dots between)"
                )
        if words and sum(c.isalpha() for c in "".join(words)) < _MIN_WORD:
            raise ConfigurationError(
                f"district list {path}, line {number}: {' '.join(words)!r} is too short for a "
                "district's name"
            )
        names.update(word.lower() for word in words if len(word) >= _MIN_WORD)
    if len(names) > _MAX_NAMES:
        raise ConfigurationError(
            f"district list {path} names {len(names)} districts, more than {_MAX_NAMES}: "
            "is it a list of districts?"
        )
    return frozenset(names)


def use_city_districts(names: Iterable[str]) -> None:
    """Make a city's own districts known next to the Ruhr's (replacing an earlier call's)."""
    global _city
    with _city_lock:
        _city = frozenset(name.lower() for name in names)


def listed(lower: str) -> bool:
    """``lower`` (lower-cased) is a district of the Ruhr's or of the city's own list."""
    return lower in DISTRICTS or lower in _city
