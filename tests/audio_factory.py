"""Write real audio files in the formats calls arrive in (used by the ASR tests)."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from asr.audio import decode_audio, write_audio

# container format, codec, sample rate, file suffix
FORMATS = {
    "wav-pcm16": ("wav", "pcm_s16le", 16000, ".wav"),
    "wav-mulaw-8k": ("wav", "pcm_mulaw", 8000, ".wav"),
    "wav-alaw-8k": ("wav", "pcm_alaw", 8000, ".wav"),
    "mp3": ("mp3", "libmp3lame", 16000, ".mp3"),
    "ogg-opus": ("ogg", "libopus", 48000, ".ogg"),
    "m4a-aac": ("ipod", "aac", 16000, ".m4a"),
    "flac": ("flac", "flac", 16000, ".flac"),
}


def write_format(path_stem: Path, samples_16k: np.ndarray, name: str) -> Path:
    """Resample 16 kHz audio to the format's rate (by PyAV) and write it."""
    fmt, codec, rate, suffix = FORMATS[name]
    path = path_stem.with_suffix(suffix)
    if rate != 16000:
        tmp = write_audio(path_stem.with_name(path_stem.name + "-src.wav"), samples_16k, 16000)
        samples_16k = decode_audio(tmp, sample_rate=rate).samples
    return write_audio(path, samples_16k, rate, codec, fmt)
