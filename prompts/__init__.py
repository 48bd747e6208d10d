"""Versioned prompt files (``prompts/<task>/v<N>.md.j2``) and their loader.

The embedded default classifies with embeddings and rules and sends no prompt; the LLM
classifier, extractor and advisor add their prompts here. A released version is never edited.
"""
