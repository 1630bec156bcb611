"""The briefing model: the typed briefing, the file formats it is read from, and a loaded briefing."""
