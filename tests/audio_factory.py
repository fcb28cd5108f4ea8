"""Write real audio files in the formats calls arrive in (used by the ASR tests)."""

from __future__ import annotations

from pathlib import Path

import av
import numpy as np

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


def write_audio(path: Path, samples: np.ndarray, rate: int, fmt: str = "wav", codec: str = "pcm_s16le") -> Path:
    """samples: float32, shape (channels, n), already at ``rate``."""
    samples = np.atleast_2d(samples)
    layout = "stereo" if samples.shape[0] == 2 else "mono"
    pcm = (np.clip(samples, -1, 1) * 32767).astype(np.int16)
    with av.open(str(path), "w", format=fmt) as out:
        stream = out.add_stream(codec, rate=rate, layout=layout)
        frame = av.AudioFrame.from_ndarray(pcm.T.reshape(1, -1).copy(), format="s16", layout=layout)
        frame.sample_rate = rate
        for packet in stream.encode(frame):
            out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    return path


def write_format(path_stem: Path, samples_16k: np.ndarray, name: str) -> Path:
    """Resample 16 kHz audio to the format's rate (by PyAV) and write it."""
    from asr.audio import decode_audio

    fmt, codec, rate, suffix = FORMATS[name]
    path = path_stem.with_suffix(suffix)
    if rate != 16000:
        tmp = write_audio(path_stem.with_name(path_stem.name + "-src.wav"), samples_16k, 16000)
        samples_16k = decode_audio(tmp, sample_rate=rate).samples
    return write_audio(path, samples_16k, rate, fmt, codec)
