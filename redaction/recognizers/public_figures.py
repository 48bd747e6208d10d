"""Persons of history whose full names a city's texts cite: press releases, local history, the
people streets, schools and squares are named after ("Anne-Frank-Gesamtschule", "nach Sophie
Scholl benannt"). Their names are no personal data of a citizen.

Written from common knowledge: German and world history, literature, music and science, and
the industrialists and figures of the Ruhr's history. Only a full name counts, and not after a
title ("Frau Anne Frank" is a citizen). A surname alone counts where the text names the figure
in full, or where it is rare enough to name the figure anyway (``UNMISTAKABLE_SURNAMES``);
other surnames alone stay redacted, since living families bear them too. A listed name that a
label, a family or neighbour's word, a salutation or a closing found is a citizen's (see
``_without_public_figures`` in the redactor).
"""

from __future__ import annotations

import functools
import re

_FIGURES = """
Johann Wolfgang von Goethe | Friedrich Schiller | Friedrich von Schiller | Heinrich Heine
Gotthold Ephraim Lessing | Annette von Droste-Hülshoff | Thomas Mann | Heinrich Mann
Bertolt Brecht | Heinrich Böll | Günter Grass | Hermann Hesse | Theodor Fontane | Erich Kästner
Jacob Grimm | Wilhelm Grimm | Brüder Grimm | Friedrich Hölderlin | E. T. A. Hoffmann
Martin Luther | Philipp Melanchthon | Johannes Gutenberg | Hildegard von Bingen
Otto von Bismarck | Kaiser Wilhelm | Friedrich der Große | Friedrich Ebert | Gustav Stresemann
Walther Rathenau | Rosa Luxemburg | Karl Liebknecht | Karl Marx | Friedrich Engels
Konrad Adenauer | Theodor Heuss | Ludwig Erhard | Kurt Schumacher | Willy Brandt | Helmut Schmidt
Helmut Kohl | Richard von Weizsäcker | Johannes Rau | Gustav Heinemann | Hans Böckler
Sophie Scholl | Hans Scholl | Geschwister Scholl | Claus Schenk Graf von Stauffenberg
Claus von Stauffenberg | Dietrich Bonhoeffer | Edith Stein | Anne Frank | Janusz Korczak
Oskar Schindler | Elisabeth Selbert | Marie Juchacz | Clara Zetkin | Bertha von Suttner
Immanuel Kant | Georg Wilhelm Friedrich Hegel | Arthur Schopenhauer | Friedrich Nietzsche
Alexander von Humboldt | Wilhelm von Humboldt | Albert Einstein | Max Planck | Robert Koch
Wilhelm Conrad Röntgen | Carl Friedrich Gauß | Gottfried Wilhelm Leibniz | Lise Meitner
Rudolf Diesel | Carl Benz | Gottlieb Daimler | Werner von Siemens | Heinrich Hertz
Johann Sebastian Bach | Ludwig van Beethoven | Wolfgang Amadeus Mozart | Georg Friedrich Händel
Johannes Brahms | Robert Schumann | Clara Schumann | Richard Wagner | Felix Mendelssohn Bartholdy
Franz Liszt | Franz Schubert | Albrecht Dürer | Lucas Cranach | Caspar David Friedrich
Martin Luther King | Mahatma Gandhi | Nelson Mandela | Mutter Teresa | Napoleon Bonaparte
Alfred Krupp | Alfried Krupp | Alfried Krupp von Bohlen und Halbach | Friedrich Krupp
Bertha Krupp | Gustav Krupp von Bohlen und Halbach | August Thyssen | Fritz Thyssen
Hugo Stinnes | Mathias Stinnes | Franz Haniel | Friedrich Grillo | Louis Baare | Emil Kirdorf
Friedrich Harkort | Carl Arnold Kortum | Otto Ruer | Leopold Hoesch | Wilhelm Lehmbruck
"""

PUBLIC_FIGURES: frozenset[str] = frozenset(
    " ".join(name.split()) for line in _FIGURES.splitlines() for name in line.split("|")
) - {""}


# Surnames that name the person of history even alone: rare as citizens' names, and a text
# that uses them alone ("Goethe für Eilige", "Beethoven und Brahms") speaks of the figure.
# A title before one still makes a citizen ("Herr Goethe").
UNMISTAKABLE_SURNAMES: frozenset[str] = frozenset(
    (
        "Goethe",
        "Beethoven",
        "Brahms",
        "Mozart",
        "Mendelssohn",
        "Bismarck",
        "Händel",
        "Hölderlin",
        "Nietzsche",
        "Schopenhauer",
        "Gutenberg",
        "Melanchthon",
        "Adenauer",
        "Stresemann",
        "Rathenau",
        "Bonhoeffer",
        "Stauffenberg",
        "Humboldt",
        "Einstein",
        "Röntgen",
        "Leibniz",
        "Dürer",
        "Cranach",
        "Napoleon",
        "Gandhi",
        "Mandela",
        "Krupp",
        "Thyssen",
        "Stinnes",
        "Haniel",
        "Kortum",
        "Lehmbruck",
        "Liszt",
        "Droste-Hülshoff",
        "Kästner",
        "Fontane",
    )
)


def is_public_figure(name: str) -> bool:
    """``name`` (as written, blanks and line breaks collapsed) is a listed person of history."""
    return " ".join(name.split()) in PUBLIC_FIGURES


@functools.cache
def _mentions() -> re.Pattern[str]:
    # Longest first, so "Alfried Krupp von Bohlen und Halbach" is one mention, not "Alfried
    # Krupp"; blanks may be line breaks.
    names = sorted(PUBLIC_FIGURES, key=len, reverse=True)
    body = "|".join(r"\s+".join(re.escape(word) for word in name.split()) for name in names)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w])")


def figure_mentions(text: str) -> list[tuple[int, int]]:
    """Where ``text`` names a listed person of history in full."""
    return [m.span() for m in _mentions().finditer(text)]
