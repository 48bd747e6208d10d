"""German recognizers, one per file. ``default_recognizers()`` is the enabled set."""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer
from presidio_analyzer.predefined_recognizers import IpRecognizer

from redaction.recognizers.aktenzeichen_recognizer import AktenzeichenRecognizer
from redaction.recognizers.birthplace_recognizer import BirthplaceRecognizer
from redaction.recognizers.date_of_birth_recognizer import DateOfBirthRecognizer
from redaction.recognizers.dictated_number_recognizer import DictatedNumberRecognizer
from redaction.recognizers.email_recognizer import GermanEmailRecognizer
from redaction.recognizers.foreign_postcode_recognizer import ForeignPostcodeRecognizer
from redaction.recognizers.foreign_script_recognizer import ForeignScriptNameRecognizer
from redaction.recognizers.foreign_street_recognizer import ForeignStreetRecognizer
from redaction.recognizers.handelsregister_recognizer import HandelsregisterRecognizer
from redaction.recognizers.handle_recognizer import HandleRecognizer
from redaction.recognizers.iban_recognizer import IbanRecognizer
from redaction.recognizers.id_document_recognizer import IdDocumentRecognizer
from redaction.recognizers.initials_recognizer import InitialsRecognizer
from redaction.recognizers.kfz_recognizer import KfzRecognizer
from redaction.recognizers.mrz_recognizer import MrzRecognizer
from redaction.recognizers.ner_person_recognizer import NerPersonRecognizer
from redaction.recognizers.person_recognizer import PersonRecognizer
from redaction.recognizers.phone_recognizer import GermanPhoneRecognizer
from redaction.recognizers.plz_city_recognizer import PlzCityRecognizer
from redaction.recognizers.residence_recognizer import ResidenceRecognizer
from redaction.recognizers.spelled_name_recognizer import SpelledNameRecognizer
from redaction.recognizers.street_recognizer import StreetRecognizer
from redaction.recognizers.tax_id_recognizer import TaxIdRecognizer


def default_recognizers(use_ner: bool = True) -> list[EntityRecognizer]:
    """The recognizers enabled by default, all for language ``de``.

    Presidio's own German recognizers are used where they are right (IP addresses) and
    replaced by ours where they are wrong: ID card and passport (reject real numbers), Steuer-ID
    and SV-Nummer (miss spaced numbers), PLZ (no city), phone (tags dates), Handelsregister (tags
    a GmbH's HRB, a legal person's).
    ``use_ner`` adds the shipped NER model as a second person signal next to the rules.
    """
    recognizers: list[EntityRecognizer] = [
        PersonRecognizer(),
        ForeignScriptNameRecognizer(),
        HandleRecognizer(),
        InitialsRecognizer(),
        SpelledNameRecognizer(),
        StreetRecognizer(),
        PlzCityRecognizer(),
        ForeignStreetRecognizer(),
        ForeignPostcodeRecognizer(),
        DateOfBirthRecognizer(),
        BirthplaceRecognizer(),
        ResidenceRecognizer(),
        GermanPhoneRecognizer(),
        GermanEmailRecognizer(),
        IbanRecognizer(),
        TaxIdRecognizer(),
        KfzRecognizer(),
        AktenzeichenRecognizer(),
        DictatedNumberRecognizer(),
        IdDocumentRecognizer(),
        MrzRecognizer(),
        HandelsregisterRecognizer(),
        IpRecognizer(supported_language="de"),
    ]
    if use_ner:
        recognizers.append(NerPersonRecognizer())
    return recognizers
