import { describe, expect, it } from 'vitest';
import { encodeWav } from './wav.js';

describe('encodeWav', () => {
  it('writes a mono 16-bit PCM RIFF header with the sizes and rate', () => {
    const view = new DataView(encodeWav(new Float32Array(10), 22050));
    const text = (offset) => String.fromCharCode(...[0, 1, 2, 3].map((i) => view.getUint8(offset + i)));
    expect(view.byteLength).toBe(64);
    expect([text(0), text(8), text(12), text(36)]).toEqual(['RIFF', 'WAVE', 'fmt ', 'data']);
    expect(view.getUint32(4, true)).toBe(56);
    expect(view.getUint16(20, true)).toBe(1);
    expect(view.getUint16(22, true)).toBe(1);
    expect(view.getUint32(24, true)).toBe(22050);
    expect(view.getUint32(28, true)).toBe(44100);
    expect(view.getUint16(34, true)).toBe(16);
    expect(view.getUint32(40, true)).toBe(20);
  });

  it('scales samples to 16 bits and clips what is out of range', () => {
    const view = new DataView(encodeWav(Float32Array.from([0, 1, -1, 0.5, 2, -3]), 8000));
    expect([0, 1, 2, 3, 4, 5].map((i) => view.getInt16(44 + i * 2, true))).toEqual([0, 32767, -32768, 16383, 32767, -32768]);
  });
});
