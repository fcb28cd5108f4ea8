"""Decode call recordings (wav PCM/G.711, mp3, ogg/opus, m4a, flac) with PyAV.

Every failure becomes an :class:`InputError` that names the file and the problem.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import av
import numpy as np

from callnotes.errors import InputError

WHISPER_RATE = 16_000
# A file whose decoded audio falls this far short of its declared length was cut off.
TRUNCATION_TOLERANCE_S = 0.5


@dataclass(frozen=True, slots=True)
class AudioInfo:
    path: str
    duration: float  # declared by the container (or decoded, when it declares none)
    channels: int
    sample_rate: int
    codec: str
    container: str


@dataclass(slots=True)
class DecodedAudio:
    path: str
    samples: np.ndarray  # float32, shape (channels, n)
    sample_rate: int
    declared_duration: float | None
    truncated: bool

    @property
    def channels(self) -> int:
        return self.samples.shape[0]

    @property
    def duration(self) -> float:
        return self.samples.shape[1] / self.sample_rate


def _check_file(path: Path) -> None:
    if not path.exists():
        raise InputError(path, "file not found")
    if path.is_dir():
        raise InputError(path, "is a directory, not an audio file")
    if path.stat().st_size == 0:
        raise InputError(path, "file is empty (0 bytes)")


def _open(path: Path) -> av.container.InputContainer:
    try:
        container = av.open(str(path), metadata_errors="ignore")
    except (av.error.InvalidDataError, ValueError, UnicodeDecodeError):
        raise InputError(path, "not an audio file, or a format that cannot be decoded") from None
    except av.error.FFmpegError as exc:
        raise InputError(path, f"cannot be opened as audio ({exc.strerror or exc.__class__.__name__})") from None
    if not container.streams.audio:
        container.close()
        raise InputError(path, "contains no audio stream")
    return container


def _wav_header_duration(path: Path) -> float | None:
    """Length the RIFF header promises. FFmpeg sizes WAV by the file, so a cut file looks whole."""
    with open(path, "rb") as fh:
        head = fh.read(12)
        if len(head) < 12 or head[:4] != b"RIFF" or head[8:12] != b"WAVE":
            return None
        byte_rate = None
        while chunk := fh.read(8):
            if len(chunk) < 8:
                return None
            size = int.from_bytes(chunk[4:], "little")
            if chunk[:4] == b"fmt ":
                fmt = fh.read(size + (size & 1))
                byte_rate = int.from_bytes(fmt[8:12], "little")
            elif chunk[:4] == b"data":
                # 0 and 0xFFFFFFFF mean "unknown" (streamed recordings).
                return size / byte_rate if byte_rate and size not in (0, 0xFFFFFFFF) else None
            else:
                fh.seek(size + (size & 1), 1)
    return None


def _declared_duration(container: av.container.InputContainer) -> float | None:
    if container.format.name == "wav":
        header = _wav_header_duration(Path(container.name))
        if header is not None:
            return header
    stream = container.streams.audio[0]
    if stream.duration is not None and stream.time_base is not None:
        return float(stream.duration * stream.time_base)
    if container.duration is not None:
        return container.duration / av.time_base
    return None


def _check_length(path: Path, seconds: float | None, max_duration_s: float | None) -> None:
    if max_duration_s is not None and seconds is not None and seconds > max_duration_s:
        raise InputError(
            path,
            f"recording is {seconds / 60:.1f} min long; the limit is {max_duration_s / 60:.1f} min "
            "(setting asr.max_duration_s)",
        )


def probe_audio(path: str | Path, max_duration_s: float | None = None) -> AudioInfo:
    """Cheap check before a call is accepted: readable audio, channels, declared length."""
    path = Path(path)
    _check_file(path)
    with _open(path) as container:
        stream = container.streams.audio[0]
        duration = _declared_duration(container)
        if duration is None:
            # Some streams (raw mp3 without a header) declare nothing: decode to measure.
            duration = decode_audio(path, max_duration_s=max_duration_s).duration
        _check_length(path, duration, max_duration_s)
        if duration <= 0:
            raise InputError(path, "contains no audio (0 s)")
        return AudioInfo(
            path=str(path),
            duration=duration,
            channels=stream.codec_context.channels,
            sample_rate=stream.codec_context.sample_rate,
            codec=stream.codec_context.name,
            container=container.format.name,
        )


def decode_audio(
    path: str | Path,
    sample_rate: int | None = WHISPER_RATE,
    max_duration_s: float | None = None,
    max_channels: int = 2,
) -> DecodedAudio:
    """Decode to float32 ``(channels, n)``; ``sample_rate=None`` keeps the file's own rate.

    More than ``max_channels`` channels are mixed down to mono. A file cut short decodes
    what it can and is marked ``truncated`` instead of failing.
    """
    path = Path(path)
    _check_file(path)
    with _open(path) as container:
        stream = container.streams.audio[0]
        declared = _declared_duration(container)
        _check_length(path, declared, max_duration_s)
        channels = stream.codec_context.channels or 1
        layout = "stereo" if channels == 2 and max_channels >= 2 else "mono"
        rate = sample_rate or stream.codec_context.sample_rate
        resampler = av.AudioResampler(format="fltp", layout=layout, rate=rate)
        chunks: list[np.ndarray] = []
        decoded = 0
        truncated = False
        try:
            for frame in container.decode(stream):
                frame.pts = None  # let the resampler ignore broken timestamps
                for out in resampler.resample(frame):
                    arr = out.to_ndarray()
                    chunks.append(arr)
                    decoded += arr.shape[1]
                if max_duration_s is not None and decoded / rate > max_duration_s:
                    _check_length(path, decoded / rate, max_duration_s)
            for out in resampler.resample(None):
                chunks.append(out.to_ndarray())
        except av.error.FFmpegError:
            truncated = True  # damaged data part-way: keep what decoded
    n_channels = 2 if layout == "stereo" else 1
    samples = np.concatenate(chunks, axis=1).astype(np.float32) if chunks else np.zeros((n_channels, 0), np.float32)
    if samples.shape[1] == 0:
        if truncated:
            raise InputError(path, "audio data is corrupt: nothing could be decoded")
        raise InputError(path, "contains no audio (0 s)")
    decoded_s = samples.shape[1] / rate
    if declared is not None and declared - decoded_s > TRUNCATION_TOLERANCE_S:
        truncated = True
    return DecodedAudio(str(path), samples, rate, declared, truncated)


def channels_differ(samples: np.ndarray, threshold: float = 0.05) -> bool:
    """True when a stereo file really holds two sides of a call, not one voice copied twice.

    Compares the energy of the difference with the energy of the louder channel.
    """
    if samples.shape[0] < 2:
        return False
    left, right = samples[0], samples[1]
    loud = max(float(np.mean(left**2)), float(np.mean(right**2)))
    if loud == 0.0:
        return False
    return float(np.mean((left - right) ** 2)) / loud > threshold


def write_audio(
    path: str | Path, samples: np.ndarray, rate: int, codec: str = "pcm_s16le", container: str | None = None
) -> Path:
    """Encode float32 ``(channels, n)`` samples (already at ``rate``) with any codec PyAV has."""
    path = Path(path)
    samples = np.atleast_2d(samples)
    layout = "stereo" if samples.shape[0] == 2 else "mono"
    pcm = (np.clip(samples, -1, 1) * 32767).astype(np.int16)
    with av.open(str(path), "w", format=container) as out:
        stream = out.add_stream(codec, rate=rate, layout=layout)
        frame = av.AudioFrame.from_ndarray(pcm.T.reshape(1, -1).copy(), format="s16", layout=layout)
        frame.sample_rate = rate
        for packet in stream.encode(frame):
            out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    return path
