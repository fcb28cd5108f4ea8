"""redact stage (see its issue)."""
