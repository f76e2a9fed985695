// @vitest-environment jsdom
import { html } from 'htm/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { upload } from '../api.js';
import { fakeApi, fire, mount, type, unmountAll } from '../test-support.js';
import { EditorPage } from './editor.js';

// Uploads go through XMLHttpRequest; the test plays media-service's part: progress, then the stored file.
vi.mock('../api.js', async (original) => ({ ...(await original()), upload: vi.fn() }));

const png = () => new File([new Uint8Array([137, 80, 78, 71])], 'cat.png', { type: 'image/png' });
let calls;
let processed;

beforeEach(() => {
  processed = 'ready';
  calls = fakeApi((method, path) => {
    if (path.startsWith('/api/tags')) return { items: [] };
    if (path === '/api/files/m1') return { id: 'm1', status: processed };
    if (method === 'POST' && path === '/api/cards') return { id: 'c1' };
    throw new Error(`unexpected ${method} ${path}`);
  });
  URL.createObjectURL = vi.fn(() => 'blob:local-image');
  upload.mockReset();
});

afterEach(() => {
  unmountAll();
  vi.unstubAllGlobals();
});

/** An upload that reports half its progress and then waits for `finish`. */
function pendingUpload() {
  let finish;
  upload.mockImplementation((kind, file, onProgress) => new Promise((resolve) => {
    onProgress(0.5);
    finish = () => resolve({ id: 'm1', status: 'pending' });
  }));
  return () => finish();
}

const side = (page, name) => page.querySelector(`fieldset[data-side=${name}]`);

describe('the card editor', () => {
  it('uploads an image pasted into a side, with a progress bar, then shows the processed thumbnail and saves it', async () => {
    const finish = pendingUpload();
    const page = mount(html`<${EditorPage} deckId="d1" />`);
    type(side(page, 'front').querySelector('textarea'), 'el **gato**');
    type(side(page, 'back').querySelector('textarea'), 'the cat');
    const image = png();

    const paste = fire(side(page, 'front').querySelector('textarea'), 'paste', { clipboardData: { files: [image] } });

    expect(paste.defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(upload).toHaveBeenCalledOnce());
    expect(upload.mock.calls[0][0]).toBe('image');
    expect(upload.mock.calls[0][1]).toBe(image);
    await vi.waitFor(() => expect(side(page, 'front').querySelector('progress.upload-progress').value).toBe(0.5));
    expect(side(page, 'front').querySelector('img.thumb.local').getAttribute('src')).toBe('blob:local-image');
    expect(page.querySelector('#save-card').disabled).toBe(true);

    finish();
    const thumbnail = await vi.waitFor(() => side(page, 'front').querySelector('img.thumb:not(.local)') || Promise.reject(new Error('no thumbnail')));
    expect(thumbnail.getAttribute('src')).toBe('/api/files/m1/content?variant=thumb400');
    expect(side(page, 'front').querySelector('progress.upload-progress')).toBeNull();

    page.querySelector('#save-card').click();
    await vi.waitFor(() => expect(calls.some((c) => c.method === 'POST' && c.path === '/api/cards')).toBe(true));
    expect(calls.find((c) => c.path === '/api/cards').body).toEqual({
      deckId: 'd1',
      front: [{ kind: 'text', text: 'el **gato**' }, { kind: 'image', mediaId: 'm1' }],
      back: [{ kind: 'text', text: 'the cat' }],
      tags: [],
    });
  });

  it('puts a pasted image into an image item still waiting for its file', async () => {
    pendingUpload();
    const page = mount(html`<${EditorPage} deckId="d1" />`);
    side(page, 'back').querySelector('button[data-add=image]').click();
    await vi.waitFor(() => expect(side(page, 'back').querySelectorAll('.media-item')).toHaveLength(1));

    fire(side(page, 'back').querySelector('.media-item'), 'paste', { clipboardData: { files: [png()] } });

    await vi.waitFor(() => expect(upload).toHaveBeenCalledTimes(1));
    expect(side(page, 'back').querySelectorAll('.media-item')).toHaveLength(1);
    expect(side(page, 'back').querySelector('progress.upload-progress')).not.toBeNull();
  });

  it('leaves a paste without an image (text) to the text box', async () => {
    const page = mount(html`<${EditorPage} deckId="d1" />`);
    const paste = fire(side(page, 'front').querySelector('textarea'), 'paste', { clipboardData: { files: [] } });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(paste.defaultPrevented).toBe(false);
    expect(page.querySelectorAll('.media-item')).toHaveLength(0);
    expect(upload).not.toHaveBeenCalled();
  });

  it('uploads an image dropped on an image item and highlights the item while dragging over it', async () => {
    processed = 'pending';
    const finish = pendingUpload();
    const page = mount(html`<${EditorPage} deckId="d1" />`);
    side(page, 'front').querySelector('button[data-add=image]').click();
    const item = await vi.waitFor(() => side(page, 'front').querySelector('.media-item') || Promise.reject(new Error('no item')));

    const over = fire(item, 'dragover');
    expect(over.defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(item.classList.contains('dragging')).toBe(true));
    const text = new File(['notes'], 'notes.txt', { type: 'text/plain' });
    const image = png();
    const drop = fire(item, 'drop', { dataTransfer: { files: [text, image] } });

    expect(drop.defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(upload).toHaveBeenCalledOnce());
    expect(upload.mock.calls[0][1]).toBe(image);
    expect(item.classList.contains('dragging')).toBe(false);
    finish();
    await vi.waitFor(() => expect(item.querySelector('.processing').textContent).toBe('Processing…'));
  });

  it('refuses a dropped file of the wrong kind with a message, without uploading it', async () => {
    const page = mount(html`<${EditorPage} deckId="d1" />`);
    side(page, 'back').querySelector('button[data-add=audio]').click();
    const item = await vi.waitFor(() => side(page, 'back').querySelector('.media-item[data-kind=audio]') || Promise.reject(new Error('no item')));

    fire(item, 'drop', { dataTransfer: { files: [png()] } });

    await vi.waitFor(() => expect(item.querySelector('[role=alert]').textContent).toBe('Drop an audio file.'));
    expect(upload).not.toHaveBeenCalled();
  });

  it('shows a live Markdown preview under a text item', async () => {
    const page = mount(html`<${EditorPage} deckId="d1" />`);
    type(side(page, 'front').querySelector('textarea'), '*el* gato [wiki](https://es.wikipedia.org/wiki/Gato)');
    const preview = await vi.waitFor(() => side(page, 'front').querySelector('.preview .md') || Promise.reject(new Error('no preview')));
    expect(preview.querySelector('em').textContent).toBe('el');
    expect(preview.querySelector('a').getAttribute('rel')).toBe('nofollow noopener noreferrer');
  });
});
