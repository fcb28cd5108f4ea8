"""Guards against Whisper's known failure modes on call audio.

Whisper loops ("You You You…", the same sentence again and again) and invents
subtitle credits over silence. A dropped real segment costs an operator a re-listen;
a kept hallucination puts invented words into a case file, so we drop looping
segments but keep ordinary repetition ("no, no, no") that people really say.
"""

from __future__ import annotations

import re
import zlib

# Phrases Whisper emits over silence/music, learnt from subtitled video.
_CREDITS = re.compile(
    r"(subt[ií]tulos?|amara\.org|thanks? for watching|gracias por ver|suscr[ií]bete|"
    r"like and subscribe|legendas pela comunidade|obrigado por assistir)",
    re.IGNORECASE,
)
_WORD = re.compile(r"\w+", re.UNICODE)

# Consecutive repeats of one unit (1–4 words) that no caller produces.
MAX_CONSECUTIVE_REPEATS = 5
MAX_COMPRESSION_RATIO = 2.4


def compression_ratio(text: str) -> float:
    data = text.encode("utf-8")
    return len(data) / len(zlib.compress(data)) if data else 0.0


def longest_repeat_run(words: list[str], max_unit: int = 4) -> int:
    """How many times in a row the most-repeated unit of 1..max_unit words occurs."""
    best = 1
    for unit in range(1, max_unit + 1):
        for start in range(unit):
            run = 1
            for i in range(start + unit, len(words) - unit + 1, unit):
                if words[i : i + unit] == words[i - unit : i]:
                    run += 1
                    best = max(best, run)
                else:
                    run = 1
    return best


def is_looping(text: str) -> bool:
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < MAX_CONSECUTIVE_REPEATS + 1:
        return False
    return longest_repeat_run(words) > MAX_CONSECUTIVE_REPEATS or compression_ratio(text) > MAX_COMPRESSION_RATIO


def is_silence_credit(text: str, no_speech_prob: float, avg_logprob: float) -> bool:
    return bool(_CREDITS.search(text)) and (no_speech_prob > 0.3 or avg_logprob < -0.8)


def is_repeat_of_previous(text: str, previous: list[str], times: int = 2) -> bool:
    """The same sentence for the ``times``-th time in a row (Whisper's segment-level loop)."""
    norm = " ".join(_WORD.findall(text.lower()))
    if not norm or len(previous) < times:
        return False
    return all(" ".join(_WORD.findall(p.lower())) == norm for p in previous[-times:])
