"""Drafting backends: ``rules`` (default, offline, deterministic) and ``transformers`` (a local model)."""

BACKENDS = ("rules", "transformers")
