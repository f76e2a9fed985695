import { describe, expect, it } from 'vitest';
import { acceptFor, droppedFile, pastedImage, suits } from './files.js';

const file = (type, name = 'f') => ({ name, type });

describe('files for media items', () => {
  it('accepts the image types media-service processes, and any audio type', () => {
    expect(['image/jpeg', 'image/png', 'image/webp', 'image/gif'].every((t) => suits(file(t), 'image'))).toBe(true);
    expect(suits(file('image/svg+xml'), 'image')).toBe(false);
    expect(suits(file('audio/wav'), 'image')).toBe(false);
    expect(suits(file('audio/mpeg'), 'audio')).toBe(true);
    expect(suits(file(''), 'audio')).toBe(false);
    expect(acceptFor('image')).toBe('image/jpeg,image/png,image/webp,image/gif');
    expect(acceptFor('audio')).toBe('audio/*');
  });

  it('takes the first dropped file that suits the item', () => {
    const wav = file('audio/wav', 'a.wav');
    expect(droppedFile({ files: [file('text/plain'), wav, file('audio/ogg')] }, 'audio')).toEqual({ file: wav });
  });

  it('says what to drop when no dropped file suits, and nothing when no file was dropped', () => {
    expect(droppedFile({ files: [file('application/pdf')] }, 'image')).toEqual({ error: 'Drop an image: JPEG, PNG, WebP or GIF.' });
    expect(droppedFile({ files: [file('image/png')] }, 'audio')).toEqual({ error: 'Drop an audio file.' });
    expect(droppedFile({ files: [] }, 'image')).toEqual({});
    expect(droppedFile(null, 'image')).toEqual({});
  });

  it('finds the image of a paste', () => {
    const png = file('image/png');
    expect(pastedImage({ files: [file('text/html'), png] })).toBe(png);
    expect(pastedImage({ files: [] })).toBeNull();
    expect(pastedImage(undefined)).toBeNull();
  });
});
