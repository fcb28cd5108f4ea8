"""ui stage (see its issue)."""
