"""Extraction of mentions (actors, places, times) and events from article text."""
