"""callnotes glue: CLI, configuration, pipeline, storage and security.

The stages live in their own top-level packages (``asr``, ``redact``, ``summarize``,
``ui``); this package only ties them together.
"""

__version__ = "0.1.0"
