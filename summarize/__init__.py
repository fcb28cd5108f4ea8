"""summarize stage (see its issue)."""
