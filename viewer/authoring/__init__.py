"""Authoring: a draft briefing scaffolded from a report's text (quotes, cues, speakers); no Qt."""
