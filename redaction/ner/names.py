"""Name stocks for the synthetic letters: the names people in a German city office write.

First names and surnames come from Faker's locale data (German, Austrian, Turkish, Polish,
Ukrainian, Russian, Italian, Vietnamese, Croatian, Romanian, Greek, English) and, where Faker has
none in Latin script or too few, from the short lists below (Arabic, Kurdish/Persian, Albanian,
more Turkish and Vietnamese). Cyrillic and Greek names are transliterated the way they appear on
passports and German forms.
"""

from __future__ import annotations

import importlib
import random
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass

# Arabic names as they are written in German letters (no standard transliteration: variants
# such as Mohammed/Muhammad both occur, on purpose).
_ARABIC_MALE = """
Ahmad Ahmed Mohammed Muhammad Mohamed Mahmoud Mahmud Omar Umar Ali Hassan Hussein Husein Khaled
Khalid Karim Kareem Youssef Yusuf Ibrahim Ismail Mustafa Abdullah Abdulrahman Abdel Tarek Tariq
Samir Nabil Walid Rami Bilal Hamza Anas Amir Amer Fadi Majid Nasser Sami Ziad Adnan Bassam Jamal
Jihad Marwan Mazen Nizar Osama Riad Saleh Salim Tamer Wael Yasin Yassin Zaid Faris Ayman Hani Imad
Jamil Kamal Loay Moussa Nour Rashid Said Sharif Suleiman Taha Yahya Zakaria Firas Ghassan Haitham
"""
_ARABIC_FEMALE = """
Fatima Fatma Aisha Aischa Amina Mariam Maryam Noor Nour Layla Leila Rania Samira Yasmin Yasmina
Zeynab Zainab Huda Hanan Hiba Lina Dalia Dina Rasha Rim Reem Salma Sara Sarah Suha Wafa Lubna
Nadia Nadja Amal Asma Basma Dunja Ghada Iman Jamila Khadija Latifa Maha Mona Nisrin Rabia Rukaya
Safa Shirin Souad Tamara Widad Yara Zahra Hala Hadil Aya Alaa Manal Najwa Nawal Raghad Ruba
"""
_ARABIC_SURNAMES = """
Al-Masri Al-Hassan Al-Ahmad Al-Khatib Al-Sayed Al-Hussein Al-Ali Al-Rashid Al-Najjar Al-Omari
El-Sayed El-Zein Abou-Chaker Abu-Khalil Haddad Hamdan Khalil Nasser Saleh Mansour Darwish Farah
Haidar Hamadeh Ibrahim Issa Jaber Kassem Khoury Mahmoud Mansour Mustafa Nassar Qasim Rahman Rizk
Sabbagh Saad Shaheen Suleiman Taha Yassin Youssef Zaher Othman Abdallah Abdelaziz Barakat Chahine
Dabbagh Fakhoury Ghanem Hijazi Homsi Halabi Jabbour Karam Kanaan Laham Masri Mouawad Nasrallah
Obeid Qassem Sarkis Shami Tabbara Wehbe Zoabi Alsaadi Alkhatib Almasri Abboud Aziz Bakri Hussein
"""
_KURDISH_PERSIAN_MALE = """
Azad Baran Dilshad Hiwa Kawa Rebin Serhat Shoresh Daniyar Reza Farhad Dariush Kian Arash Behnam
Mehdi Omid Payam Babak Navid
"""
_KURDISH_PERSIAN_FEMALE = """
Berivan Dilan Evin Hevi Jiyan Roza Sherin Zilan Leyla Nasrin Parisa Shirin Mahsa Neda Roya
Soraya Yasaman Taraneh Golnar Niloufar
"""
_KURDISH_PERSIAN_SURNAMES = """
Ahmadi Rezaei Hosseini Mohammadi Karimi Rahimi Moradi Jafari Sadeghi Ghorbani Tehrani Barzani
Talabani Zebari Hawrami Bakir Celik Doski Khoshnaw Mirza Amini Kazemi Safavi Naderi Soltani
"""
_ALBANIAN_MALE = """
Arben Besnik Driton Fatmir Gentian Ilir Kujtim Labinot Mentor Shkelzen Valon Visar Agron Blerim
Erion
"""
_ALBANIAN_FEMALE = """
Albana Blerta Drita Elira Fjolla Gentiana Jehona Lindita Mimoza Teuta Vjosa Arta Besarta Donika
Shqipe
"""
_ALBANIAN_SURNAMES = """
Berisha Krasniqi Gashi Hoxha Kelmendi Morina Shala Rexhepi Bytyqi Hyseni Zeqiri Sopjani Kastrati
Haziri Mustafa Osmani Dervishi Lleshi Topalli Ramadani
"""
_TURKISH_SURNAMES = """
Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan Çetin
Kara Koç Kurt Özkan Şimşek Polat Özcan Korkmaz Çakır Erdoğan Yavuz Can Acar Şen Aktaş Güler
Yalçın Güneş Bozkurt Bulut Keskin Ünal Turan Gül Özer Işık Kaplan Avcı Sarı Tekin Taş Köse Yüksel
Ateş Aksoy Ekinci Karakaya Uçar Tuna Altun Güven Duman Kocabaş Akın Başaran Coşkun Erdem Sönmez
Karaca Bayram Uysal Türkmen Kandemir Akgül Gündoğdu Kahraman Karataş Toprak Ayhan Balcı Akbulut
Yilmaz Oeztuerk Yildirim Cetin Dogan Ozdemir Aydin Simsek Cakir Erdogan Guler Gunes
"""
_VIETNAMESE_SURNAMES = """
Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Nguyen Tran Le Pham Hoang
Vu Dang Do Ngo Duong Ly Truong Dinh Mai Trinh
"""
_VIETNAMESE_MIDDLE = "Văn Thị Hữu Đức Quang Minh Ngọc Thanh Thu Hoài Xuân Van Thi Duc Thanh Ngoc"
_VIETNAMESE_GIVEN_MALE = """
An Anh Bảo Bình Cường Dũng Duy Hải Hiếu Hòa Hùng Huy Khang Khoa Long Lâm Minh Nam Phát Phong
Phúc Quân Sơn Tài Tâm Thắng Thành Tiến Toàn Trung Tuấn Tùng Việt Vinh Hung Dung Tuan Thang Cuong
"""
_VIETNAMESE_GIVEN_FEMALE = """
Anh Châu Chi Diệp Dung Giang Hà Hạnh Hằng Hiền Hoa Hồng Hương Huyền Lan Linh Loan Mai My Nga
Ngân Nhung Oanh Phương Quyên Thảo Thủy Trang Trâm Uyên Vân Vy Yến Huong Thao Trang Phuong
"""
_GREEK_EXTRA = """
Papadopoulos Georgiou Nikolaidis Dimitriou Konstantinidis Christodoulou Papadakis Vlachos
Economou Alexiou Karamanlis Oikonomou Pappas Stavrou
"""
_GERMAN_EXTRA = """
Müller Schmidt Schneider Fischer Weber Meyer Meier Wagner Becker Schulz Hoffmann Schäfer Koch
Bauer Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hofmann Hartmann Lange
Schmitt Werner Schmitz Krause Meier Lehmann Schmid Schulze Maier Köhler Herrmann König Walter
Mayer Huber Kaiser Fuchs Peters Lang Scholz Möller Weiß Jung Hahn Schubert Vogel Friedrich Keller
Günther Frank Berger Winkler Roth Beck Lorenz Baumann Franke Albrecht Schuster Simon Ludwig Böhm
Winter Kraus Martin Schumacher Krämer Vogt Stein Jäger Otto Sommer Groß Seidel Heinrich Brandt
Haas Schreiber Graf Schulte Dietrich Ziegler Kuhn Kühn Pohl Engel Horn Busch Bergmann Thomas Voigt
Sauer Arnold Wolff Pfeiffer Brinkmann Kuhlmann Ostermann Bäumer Weißkopf Rensing Terhorst Hülsmann
Overbeck Kötter Schulte-Bräuker Große-Wilde Tenbrock Wiesmann Niehaus Hüttemann Brüggemann
"""
_GERMAN_PARTICLES = ("von", "von der", "van", "van der", "de", "zu", "vom", "ter")


def _words(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(text.split()))


_CYRILLIC = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "h",
    "ґ": "g",
    "д": "d",
    "е": "e",
    "є": "ie",
    "ж": "zh",
    "з": "z",
    "и": "y",
    "і": "i",
    "ї": "i",
    "й": "i",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ь": "",
    "ю": "iu",
    "я": "ia",
    "'": "",
    "’": "",
    "ы": "y",
    "э": "e",
    "ё": "io",
    "ъ": "",
}
# At the start of a word the Ukrainian passport rules use the y- forms.
_CYRILLIC_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
# German-style transliteration, still common on older documents ("Schewtschenko").
_CYRILLIC_GERMAN = {
    "в": "w",
    "ж": "sch",
    "з": "s",
    "й": "j",
    "х": "ch",
    "ц": "z",
    "ч": "tsch",
    "ш": "sch",
    "щ": "schtsch",
    "є": "je",
    "ю": "ju",
    "я": "ja",
    "ї": "ji",
    "и": "y",
    "ё": "jo",
}
_GREEK = {
    "α": "a",
    "β": "v",
    "γ": "g",
    "δ": "d",
    "ε": "e",
    "ζ": "z",
    "η": "i",
    "θ": "th",
    "ι": "i",
    "κ": "k",
    "λ": "l",
    "μ": "m",
    "ν": "n",
    "ξ": "x",
    "ο": "o",
    "π": "p",
    "ρ": "r",
    "σ": "s",
    "ς": "s",
    "τ": "t",
    "υ": "y",
    "φ": "f",
    "χ": "ch",
    "ψ": "ps",
    "ω": "o",
}
_GREEK_PAIRS = {"ου": "ou", "αι": "ai", "ει": "ei", "οι": "oi", "αυ": "av", "ευ": "ev"}


def transliterate_cyrillic(word: str, german: bool = False) -> str:
    """A Ukrainian or Russian name in Latin letters (passport style, or German style)."""
    out: list[str] = []
    for index, char in enumerate(word):
        lower = char.lower()
        latin: str
        if german and lower in _CYRILLIC_GERMAN:
            latin = _CYRILLIC_GERMAN[lower]
        elif index == 0 and lower in _CYRILLIC_INITIAL:
            latin = _CYRILLIC_INITIAL[lower]
        else:
            latin = _CYRILLIC.get(lower, lower)
        out.append(latin.capitalize() if char.isupper() else latin)
    return "".join(out)


def transliterate_greek(word: str) -> str:
    """A Greek name in Latin letters (ELOT-like, accents dropped)."""
    plain = "".join(
        c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn"
    ).lower()
    out: list[str] = []
    index = 0
    while index < len(plain):
        pair = plain[index : index + 2]
        if pair in _GREEK_PAIRS:
            out.append(_GREEK_PAIRS[pair])
            index += 2
            continue
        out.append(_GREEK.get(plain[index], plain[index]))
        index += 1
    return "".join(out).capitalize()


def strip_accents(word: str) -> str:
    """``Nguyễn`` → ``Nguyen``: how many forms and e-mails write foreign names."""
    table = {"ı": "i", "İ": "I", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ß": "ss"}
    decomposed = unicodedata.normalize("NFD", "".join(table.get(c, c) for c in word))
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


def _polish_female(surname: str) -> str:
    for male, female in (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka")):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname


def _slavic_female(surname: str) -> str:
    for male, female in (
        ("ov", "ova"),
        ("ev", "eva"),
        ("in", "ina"),
        ("skyi", "ska"),
        ("kyi", "ka"),
    ):
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname


@dataclass(frozen=True)
class NameStock:
    """First names and surnames of one origin."""

    origin: str
    male: tuple[str, ...]
    female: tuple[str, ...]
    surnames: tuple[str, ...]
    weight: float
    female_surname: Callable[[str], str] | None = None

    def split(self, rng: random.Random, held_out: float) -> tuple[NameStock, NameStock]:
        """Two stocks with disjoint surnames and first names (training, evaluation)."""

        def cut(names: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
            ordered = sorted(names)
            rng.shuffle(ordered)
            n = max(1, round(len(ordered) * held_out)) if len(ordered) > 3 else 0
            return tuple(ordered[n:]), tuple(ordered[:n] or ordered)

        male, male_dev = cut(self.male)
        female, female_dev = cut(self.female)
        surnames, surnames_dev = cut(self.surnames)
        train = NameStock(self.origin, male, female, surnames, self.weight, self.female_surname)
        dev = NameStock(
            self.origin, male_dev, female_dev, surnames_dev, self.weight, self.female_surname
        )
        return train, dev


def _faker_names(locale: str, attribute: str) -> tuple[str, ...]:
    provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
    values: Iterable[str] = getattr(provider, attribute, ())
    return tuple(values)


def _latin(names: Iterable[str]) -> tuple[str, ...]:
    # Compound first names from some locales ("Ana Maria") stay; anything not Latin goes.
    return _words(" ".join(n.replace(" ", "_") for n in names if n.isascii() or _is_latin(n)))


def _is_latin(name: str) -> bool:
    return all(
        not c.isalpha() or unicodedata.name(c, "").startswith("LATIN")
        for c in name.replace("_", "")
    )


def _translit(names: Iterable[str], fn: Callable[[str], str]) -> tuple[str, ...]:
    return _words(" ".join(fn(n) for n in names if " " not in n))


# First names given in Germany since about 2005 that Faker's older German lists lack (the
# registry offices' yearly rankings): the children and young adults in letters bear them.
_MODERN_GERMAN_GIVEN = """
Mats Jonte Finja Lasse Fiete Jannes Tjark Smilla Fenja Talea Enna Bent Hannes Malte Thore Hauke
Joris Piet Matteo Mattis Mathis Jannik Janne Jarne Keno Kjell Linus Levi Lio Luan Mads Magnus
Milo Nevio Noel Ilyas Yusuf Emre Mika Nils Ole Oskar Quentin Rafael Tammo Tjorben Torben Wiebke
Imke Frauke Insa Svea Ronja Merle Nele Jule Lotta Lotte Liv Leni Lene Lenja Mila Milla Malia
Maila Mina Amelie Amy Ava Elin Ella Emma Emmi Enie Frida Frieda Greta Hailey Ida Ilvy Isabell
Jolina Juna Kiara Lara Lea Leana Leila Lia Liana Lilly Lina Luana Luisa Malea Mara Marlene Matilda
Mathilda Maya Melina Mia Neele Nora Paulina Pia Romy Rieke Sina Stina Thea Tilda Tilla Tjorven
Ylvi Zoe Zoey Anouk Carlotta Alea Alina Aylin Elif Hira Lian Liam Noah Elias Finn Ben Luca Leon
Jonas Emil Anton Theo Henri Henry Jakob Jan Julian Louis Maximilian Moritz Niklas Philipp Tim
Tom Vincent Valentin Ilias Joel Jona Joshua Kilian Lenny Lukas Luis Marlon Mattheo Nico Paul
Till Timo Tobias Colin Damian Dario Fynn Lennard Lennart Lenn Luke Maxim
"""


def modern_german_given_names() -> tuple[str, ...]:
    """First names of young Germans that Faker's older German lists lack."""
    return _words(_MODERN_GERMAN_GIVEN)


# First names common among the people a German city serves whose lists in Faker are thin or
# odd (its Turkish list lacks "Derya" and "Merve"): Turkish and Kurdish, Arabic, Persian and
# Afghan, Eritrean and Ethiopian, Nigerian and Ghanaian, Polish, Romanian and Bulgarian,
# Bosnian, Albanian and Serbian, Ukrainian and Russian (in Latin letters). Written from common
# knowledge of frequent names; beside a surname only.
_MIGRANT_GIVEN = """
Derya Merve Esra Büşra Kübra Tuğba Sevgi Ebru Gülşen Dilek Nesrin Nazan Meltem Şenay Bahar Pınar
Sevda Hacer Havva Ümran Melike Betül Şeyma Beyza Irmak Damla Ceren Gizem İrem Ece Buse Cansu Tuba
Berfin Rojda Rojin Nurhan Nilüfer Aylin Ayla Aysun Aynur Asiye Arzu Aslı Canan Cemile Didem Duygu
Dilara Ela Elçin Emel Esma Esin Feride Figen Funda Gamze Gökçe Gülay Gülsüm Gülten Handan Hande
Hatice Hayriye Hülya İpek Kader Kevser Lale Leyla Melek Meryem Mine Müge Nalan Nazlı Neslihan
Nuray Nurten Özge Reyhan Rukiye Sabiha Saadet Selda Selin Sema Semra Serap Sevil Sibel Simge
Songül Şule Şükran Tülay Ümmühan Yeliz Yıldız Zübeyde Zeliha Zerrin Hêvîn Jiyan Rûken Zozan
Berivan Dilan Helin Rewşen Serkan Burak Onur Tolga Volkan Ömer Cem Şükrü Tarık Oğuz Barış Kadir
Sinan Levent Bülent Nihat Fikret Dilovan Abdullah Adem Ahmet Alper Arda Aydın Baran Berk Cemal
Cengiz Cihan Emin Emrah Engin Enes Ercan Erdem Erdoğan Eren Erkan Ersin Eyüp Faruk Fatih Ferhat
Fuat Gökhan Güven Hakan Halil Hamza Harun Hasan Hayri İbrahim İlhan İlker İsmail Kaan Kemal Koray
Kenan Mahmut Mert Mesut Metin Muhammed Murat Mustafa Necati Nevzat Oktay Orhan Osman Özcan Özgür
Rıza Sadık Salih Selçuk Serdar Sezer Süleyman Taner Tayfun Tuncay Turgay Uğur Ümit Vedat Yakup
Yasin Yavuz Yunus Yusuf Zafer Zeki Rojhat Azad Diyar Welat Şivan Berzan Kawa Serhat
Mohammed Mohamed Muhammad Ahmad Ahmed Mahmoud Mahmud Khaled Khalid Omar Umar Hassan Hussein
Husain Youssef Yousef Abdelkader Karim Samir Sami Nabil Walid Waleed Tarek Tariq Rami Fadi Fares
Firas Bassam Basel Hani Amjad Anas Ayman Imad Jamal Jihad Kamal Majed Majid Mazen Mounir Nizar
Osama Qasim Rashid Riad Saad Said Saleh Salim Talal Wael Ziad Zaid Adnan Bilal Ammar Yasser
Abdulrahman Abdulaziz Fatima Aisha Aischa Amal Amira Asmaa Dalia Hala Hanan Hiba Huda Iman
Jamila Leila Maha Manal Mariam Maryam Mona Nadia Najwa Nour Noor Rana Rasha Reem Rania Salma
Samira Sawsan Shaima Suha Wafa Yasmin Yasmine Zainab Zeinab Ranya Lamia Rahaf Rawan Ghada Heba
Doaa Alaa Israa Esraa Nesreen Ruba Sahar Mohammad Reza Hossein Mehdi Hamid Farid Javad Masoud
Mansour Nasir Najib Rahim Zabihullah Habibullah Hamidullah Sayed Wahid Zahra Fatemeh Parisa
Nazanin Mahsa Shirin Farzaneh Fereshteh Soraya Laleh Roya Nasrin Homa Shabnam Maliha Freshta
Mursal Setareh Tahmina Zarghuna Yonas Yohannes Tesfaye Tesfay Berhane Mehari Filmon Kidane
Semere Ghirmay Habte Tekle Amanuel Dawit Henok Biniam Mussie Merhawi Robel Senait Saba Selam
Tsega Tsehay Mebrat Hiwet Lidia Luwam Rahel Rutha Semhar Yordanos Feven Mekdes Abeba Almaz
Chinedu Chukwuemeka Emeka Ikenna Obinna Nnamdi Uchenna Chiamaka Chioma Ngozi Nkechi Adaeze Amaka
Ifeoma Oluwaseun Olumide Babatunde Adebayo Ayodele Funmilayo Folake Yetunde Temitope Tunde Segun
Kwame Kofi Kwabena Kwaku Yaw Kojo Kwesi Ama Akosua Abena Efua Adwoa Afua Yaa Esi Akua
Małgorzata Grzegorz Krzysztof Wojciech Paweł Piotr Łukasz Michał Tomasz Agnieszka Katarzyna
Dorota Joanna Beata Elżbieta Jadwiga Halina Bożena Grażyna Urszula Iwona Zofia Stanisław
Zbigniew Jerzy Ryszard Tadeusz Andrzej Marek Janusz Dariusz Mariusz Sławomir Zdzisław Bogdan
Mirosław Przemysław Jarosław Radosław Wiesław Bartosz Kacper Jakub Szymon Oliwia Zuzanna
Wiktoria Ionuț Mihai Andrei Alexandru Florin Gheorghe Vasile Constantin Dumitru Cristian Adrian
Marius Ionela Ioana Mihaela Andreea Alina Roxana Gabriela Daniela Georgiana Florentina
Desislava Radka Todor Ivaylo Dimitar Georgi Hristo Nikolay Petar Yordan Mariya Nia Tsvetelina
Yordanka Rumyana Emir Edin Admir Armin Jasmin Mirza Senad Nermin Haris Dženan Alen Dino
Mersiha Amra Lejla Selma Aida Elma Emina Edina Azra Sanela Arben Fatmire Besnik Bekim Driton
Valon Fatos Ilir Shpend Agron Arta Blerta Donika Drita Fjolla Vjosa Teuta Arbnora Dragan Goran
Zoran Nenad Dejan Srđan Miloš Jelena Snežana Dragana Milica Ivana Vesna Biljana Oleksandr
Oleksii Oleksiy Andrii Serhii Dmytro Mykola Yurii Taras Bohdan Vasyl Volodymyr Vitalii Maksym
Artem Denys Kateryna Oksana Olena Iryna Tetiana Nataliia Yuliia Svitlana Halyna Liudmyla
Viktoriia Anastasiia Sofiia Mariia Daryna Khrystyna Nadiia Valentyna Alexei Sergei Dmitri
Nikolai Vladimir Igor Oleg Yuri Pavel Mikhail Artyom Ekaterina Tatiana Irina Ludmila Galina
Kiril Stoyan Vasil Atanas Krasimir Plamen Lyubomir Svetoslav Borislav Tsvetan Aleksandar Rumen
Ognyan Zhivko Krum Metodi Boyan Mladen Kaloyan Veselin Radoslav Momchil Ivanka Rositsa Penka
Stefka Snezhana Tsvetanka Siyka Kremena Mariana Svetla Teodora Silviya Petya Gergana Nadezhda
Vanya Zhivka Ralitsa Boryana Velichka Dimitrina Todorka Albena Hiwot Meron Tigist Selamawit
Meseret Genet Winta Yodit Aster Azeb Letensae Mulu Tirhas Hagos Goitom Kibrom Tewelde Mulugeta
Natnael Yosief Yemane Tedros Abrham Eyob Kiflom Mehret Nebiat Saron
"""


def foreign_given_names() -> tuple[str, ...]:
    """First names of further origins (Portuguese, Spanish, French, Dutch, Nordic, Czech,
    Hungarian, English; Turkish, Azerbaijani, Polish, Romanian, Italian, Croatian, Slovene,
    Slovak, Lithuanian, Yoruba, Twi and Zulu in their own letters: "Ayşe", "Małgorzata",
    "Chiamaka" is no Faker name), for recognising names beside a surname; the synthetic letters
    that train the model do not draw on them."""
    names: list[str] = []
    for locale in (
        "pt_PT", "pt_BR", "es_ES", "fr_FR", "nl_NL", "sv_SE", "da_DK", "no_NO", "fi_FI",
        "cs_CZ", "hu_HU", "en_GB", "en_US", "tr_TR", "az_AZ", "pl_PL", "ro_RO", "it_IT",
        "hr_HR", "sl_SI", "sk_SK", "lt_LT", "yo_NG", "tw_GH", "zu_ZA",
    ):  # fmt: skip
        for attribute in ("first_names_male", "first_names_female"):
            names.extend(_latin(_faker_names(locale, attribute)))
    names.extend(_words(_MIGRANT_GIVEN))
    return tuple(names)


def name_stocks() -> list[NameStock]:
    """All origins with their share of the persons in the synthetic letters."""

    def underscore_free(names: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(n.replace("_", " ") for n in names)

    german_surnames = _latin(
        (
            *_faker_names("de_DE", "last_names"),
            *_faker_names("de_AT", "last_names"),
            *_faker_names("de_CH", "last_names"),
            *_GERMAN_EXTRA.split(),
        )
    )
    polish_surnames = _latin(
        (*_faker_names("pl_PL", "unisex_last_names"), *_faker_names("pl_PL", "male_last_names"))
    )
    ukrainian_surnames = _faker_names("uk_UA", "last_names_male") + _faker_names(
        "uk_UA", "last_names"
    )
    russian_surnames = _faker_names("ru_RU", "last_names_male")
    stocks = [
        NameStock(
            "de",
            _latin(
                (
                    *_faker_names("de_DE", "first_names_male"),
                    *_faker_names("de_AT", "first_names_male"),
                )
            ),
            _latin(
                (
                    *_faker_names("de_DE", "first_names_female"),
                    *_faker_names("de_AT", "first_names_female"),
                )
            ),
            german_surnames,
            0.40,
        ),
        NameStock(
            "tr",
            _latin(_faker_names("tr_TR", "first_names_male")),
            _latin(_faker_names("tr_TR", "first_names_female")),
            _words(" ".join((*_faker_names("tr_TR", "last_names"), _TURKISH_SURNAMES))),
            0.13,
        ),
        NameStock(
            "pl",
            _latin(_faker_names("pl_PL", "first_names_male")),
            _latin(_faker_names("pl_PL", "first_names_female")),
            polish_surnames,
            0.08,
            _polish_female,
        ),
        NameStock(
            "ar",
            _words(_ARABIC_MALE),
            _words(_ARABIC_FEMALE),
            _words(_ARABIC_SURNAMES),
            0.09,
        ),
        NameStock(
            "uk",
            _translit(_faker_names("uk_UA", "first_names_male"), transliterate_cyrillic),
            _translit(_faker_names("uk_UA", "first_names_female"), transliterate_cyrillic),
            _translit(ukrainian_surnames, transliterate_cyrillic)
            + _translit(ukrainian_surnames[:300], lambda w: transliterate_cyrillic(w, True)),
            0.06,
            _slavic_female,
        ),
        NameStock(
            "ru",
            _translit(_faker_names("ru_RU", "first_names_male"), transliterate_cyrillic),
            _translit(_faker_names("ru_RU", "first_names_female"), transliterate_cyrillic),
            _translit(russian_surnames, lambda w: transliterate_cyrillic(w, True)),
            0.03,
            _slavic_female,
        ),
        NameStock(
            "it",
            _latin(_faker_names("it_IT", "first_names_male")),
            _latin(_faker_names("it_IT", "first_names_female")),
            _latin(_faker_names("it_IT", "last_names")),
            0.05,
        ),
        NameStock(
            "vi",
            _words(
                _VIETNAMESE_GIVEN_MALE + " " + " ".join(_faker_names("vi_VN", "first_names_male"))
            ),
            _words(
                _VIETNAMESE_GIVEN_FEMALE
                + " "
                + " ".join(_faker_names("vi_VN", "first_names_female"))
            ),
            _words(_VIETNAMESE_SURNAMES + " " + " ".join(_faker_names("vi_VN", "last_names"))),
            0.04,
        ),
        NameStock(
            "balkan",
            _latin(
                (
                    *_faker_names("hr_HR", "first_names_male"),
                    *_faker_names("ro_RO", "first_names_male"),
                    *_ALBANIAN_MALE.split(),
                )
            ),
            _latin(
                (
                    *_faker_names("hr_HR", "first_names_female"),
                    *_faker_names("ro_RO", "first_names_female"),
                    *_ALBANIAN_FEMALE.split(),
                )
            ),
            _latin(
                (
                    *_faker_names("hr_HR", "last_names"),
                    *_faker_names("ro_RO", "last_names"),
                    *_ALBANIAN_SURNAMES.split(),
                )
            ),
            0.05,
        ),
        NameStock(
            "gr",
            _translit(_faker_names("el_GR", "first_names_male"), transliterate_greek),
            _translit(_faker_names("el_GR", "first_names_female"), transliterate_greek),
            _translit(_faker_names("el_GR", "last_names_male"), transliterate_greek)
            + _words(_GREEK_EXTRA),
            0.02,
        ),
        NameStock(
            "ku_fa",
            _words(_KURDISH_PERSIAN_MALE),
            _words(_KURDISH_PERSIAN_FEMALE),
            _words(_KURDISH_PERSIAN_SURNAMES),
            0.03,
        ),
        NameStock(
            "en",
            _latin(_faker_names("en_US", "first_names_male")),
            _latin(_faker_names("en_US", "first_names_female")),
            _latin(_faker_names("en_US", "last_names")),
            0.02,
        ),
    ]
    return [
        NameStock(
            s.origin,
            underscore_free(s.male),
            underscore_free(s.female),
            underscore_free(s.surnames),
            s.weight,
            s.female_surname,
        )
        for s in stocks
    ]


@dataclass(frozen=True)
class Person:
    """One fictional person: given name(s), surname, and what the letters need to address them."""

    first: str
    last: str
    female: bool
    origin: str
    title: str = ""  # "Dr." etc., written outside the name span

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}"


class PersonFactory:
    """Draws fictional persons from the stocks, weighted by origin."""

    def __init__(self, stocks: list[NameStock], rng: random.Random) -> None:
        self._stocks = stocks
        self._weights = [s.weight for s in stocks]
        self._rng = rng

    def person(self, female: bool | None = None, origin: str | None = None) -> Person:
        rng = self._rng
        if origin is not None:
            stock = next(s for s in self._stocks if s.origin == origin)
        else:
            stock = rng.choices(self._stocks, self._weights)[0]
        if female is None:
            female = rng.random() < 0.5
        first = rng.choice(stock.female if female else stock.male)
        last = rng.choice(stock.surnames)
        if female and stock.female_surname is not None:
            last = stock.female_surname(last)
        roll = rng.random()
        if stock.origin == "vi":
            first = f"{rng.choice(_words(_VIETNAMESE_MIDDLE))} {first}" if roll < 0.6 else first
        elif roll < 0.07:
            first = f"{first} {rng.choice(stock.female if female else stock.male)}"
        elif roll < 0.11:
            first = f"{first}-{rng.choice(stock.female if female else stock.male)}"
        roll = rng.random()
        if roll < 0.06 and stock.origin == "de":
            last = f"{last}-{rng.choice(stock.surnames)}"
        elif roll < 0.09 and stock.origin == "de":
            last = f"{rng.choice(_GERMAN_PARTICLES)} {last}"
        if rng.random() < 0.15 and stock.origin not in ("de", "en"):
            first, last = strip_accents(first), strip_accents(last)
        title = (
            rng.choice(("Dr.", "Dr.", "Prof. Dr.", "Dipl.-Ing.", "Dr. med."))
            if rng.random() < 0.08
            else ""
        )
        return Person(first, last, female, stock.origin, title)
