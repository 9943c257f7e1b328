"""Views of the domain for people and programs: JSON-ready dicts and terminal text."""
