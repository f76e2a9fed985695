// Recordings become 16-bit PCM WAV before upload: browsers record WebM or MP4 with Opus, which media-service does not
// take, while WAV it does. Mono at 22 050 Hz keeps five minutes (its limit) near 13 MB, under the 25 MB cap.

export const RECORDING_RATE = 22_050;

/** A WAV file (RIFF, PCM 16-bit, mono) of samples in -1..1. */
export function encodeWav(samples, sampleRate) {
  const buffer = new ArrayBuffer(44 + samples.length * 2);
  const view = new DataView(buffer);
  const text = (offset, value) => [...value].forEach((c, i) => view.setUint8(offset + i, c.charCodeAt(0)));
  text(0, 'RIFF');
  view.setUint32(4, 36 + samples.length * 2, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, 1, true);
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  text(36, 'data');
  view.setUint32(40, samples.length * 2, true);
  for (let i = 0; i < samples.length; i += 1) {
    const sample = Math.max(-1, Math.min(1, samples[i]));
    view.setInt16(44 + i * 2, sample < 0 ? sample * 0x8000 : sample * 0x7fff, true);
  }
  return buffer;
}

/** Decodes a recording (any format the browser plays) and gives it back as a mono WAV file. */
export async function recordingToWav(blob) {
  const decoder = new AudioContext();
  try {
    const decoded = await decoder.decodeAudioData(await blob.arrayBuffer());
    const length = Math.max(1, Math.ceil(decoded.duration * RECORDING_RATE));
    const offline = new OfflineAudioContext(1, length, RECORDING_RATE);
    const source = offline.createBufferSource();
    source.buffer = decoded;
    source.connect(offline.destination);
    source.start();
    const rendered = await offline.startRendering();
    return new File([encodeWav(rendered.getChannelData(0), RECORDING_RATE)], 'recording.wav', { type: 'audio/wav' });
  } finally {
    decoder.close();
  }
}
