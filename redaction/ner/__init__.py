"""Training code for the shipped German person-name model (``redaction/models/de_rathaus_ner``).

Development only: ``generate`` writes synthetic letters with their names marked (it needs Faker,
a ``dev`` extra), ``train`` trains the spaCy pipeline on them. The redactor at run time loads
only the trained model folder; nothing here is imported by it.
"""
