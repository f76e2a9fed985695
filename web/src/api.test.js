import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, contentUrl, get, onUnauthenticated, parseRetryAfter, post, query, upload } from './api.js';

function respond(status, body, headers = {}) {
  return new Response(body === undefined ? null : typeof body === 'string' ? body : JSON.stringify(body), { status, headers });
}

afterEach(() => vi.unstubAllGlobals());

describe('request', () => {
  it('sends JSON same-origin with the session cookie and returns the parsed answer', async () => {
    const fetch = vi.fn().mockResolvedValue(respond(201, { id: 'd1' }, { 'Content-Type': 'application/json' }));
    vi.stubGlobal('fetch', fetch);
    await expect(post('/api/decks', { name: 'Spanish' })).resolves.toEqual({ id: 'd1' });
    const [path, init] = fetch.mock.calls[0];
    expect(path).toBe('/api/decks');
    expect(init).toMatchObject({ method: 'POST', credentials: 'same-origin', body: '{"name":"Spanish"}' });
    expect(init.headers['Content-Type']).toBe('application/json');
  });

  it('turns a problem+json answer into an ApiError with its message', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(respond(429, { type: 'urn:memoryvault:problem:rate-limited', title: 'Too Many Requests' },
      { 'Content-Type': 'application/problem+json', 'Retry-After': '7' })));
    const error = await get('/api/decks').catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(429);
    expect(error.retryAfter).toBe(7);
    expect(error.problem.type).toBe('urn:memoryvault:problem:rate-limited');
    expect(error.message).toBe('Too many requests. Please try again in 7 seconds.');
  });

  it('copes with an error body that is not JSON', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(respond(502, '<html>bad gateway</html>', { 'Content-Type': 'text/html' })));
    const error = await get('/api/me').catch((e) => e);
    expect(error.status).toBe(502);
    expect(error.problem).toBeNull();
    expect(error.message).toMatch(/busy or partly unavailable/);
  });

  it('reports a network failure as status 0', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    const error = await get('/api/me').catch((e) => e);
    expect(error.status).toBe(0);
    expect(error.message).toMatch(/No connection/);
  });

  it('tells the listeners when the session is gone', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(respond(401, { title: 'Unauthorized' }, { 'Content-Type': 'application/problem+json' })));
    const seen = [];
    const stop = onUnauthenticated((error) => seen.push(error.status));
    await get('/api/me').catch(() => {});
    stop();
    await get('/api/me').catch(() => {});
    expect(seen).toEqual([401]);
  });

  it('answers null for 204', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(respond(204)));
    await expect(get('/api/x')).resolves.toBeNull();
  });
});

describe('helpers', () => {
  it('builds query strings of the values given, repeating arrays', () => {
    expect(query({ deckId: 'd', q: '', tag: ['a', 'b'], box: undefined, limit: 30 })).toBe('?deckId=d&tag=a&tag=b&limit=30');
    expect(query({})).toBe('');
  });

  it('reads Retry-After in seconds or as a date', () => {
    expect(parseRetryAfter('30')).toBe(30);
    expect(parseRetryAfter(new Date(Date.now() + 5000).toUTCString())).toBeGreaterThanOrEqual(3);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(null)).toBeUndefined();
  });

  it('addresses a processed variant through the gateway', () => {
    expect(contentUrl('f1', 'thumb400')).toBe('/api/files/f1/content?variant=thumb400');
  });
});

class FakeXhr {
  constructor(status, body, headers = {}) {
    this.status = status;
    this.responseText = body;
    this.headers = headers;
    this.upload = {};
    this.sent = [];
  }
  open(method, url) { this.method = method; this.url = url; }
  setRequestHeader() {}
  getResponseHeader(name) { return this.headers[name] ?? null; }
  send(form) {
    this.form = form;
    this.upload.onprogress({ lengthComputable: true, loaded: 50, total: 200 });
    this.upload.onprogress({ lengthComputable: true, loaded: 200, total: 200 });
    this.onload();
  }
}

describe('upload', () => {
  it('reports progress and resolves to the file', async () => {
    const xhr = new FakeXhr(202, '{"id":"m1","status":"pending"}', { 'Content-Type': 'application/json' });
    const progress = [];
    const media = await upload('image', new File(['x'], 'cat.png', { type: 'image/png' }), (p) => progress.push(p), () => xhr);
    expect(media).toEqual({ id: 'm1', status: 'pending' });
    expect(xhr.url).toBe('/api/upload/image');
    expect(xhr.form.get('file').name).toBe('cat.png');
    expect(progress).toEqual([0.25, 1, 1]);
  });

  it('rejects with the problem message when the quota is exceeded', async () => {
    const xhr = new FakeXhr(413, '{"type":"urn:memoryvault:problem:quota-exceeded","used":1048576,"limit":1048576}',
      { 'Content-Type': 'application/problem+json' });
    const error = await upload('audio', new File(['x'], 'a.mp3'), null, () => xhr).catch((e) => e);
    expect(error.status).toBe(413);
    expect(error.message).toBe('Your storage is full (1.0 MB of 1.0 MB used). Delete files or ask for more space.');
  });
});
