"""Shared vocabulary of rathaus: domain types, settings, errors, catalogue, audit log, storage."""
