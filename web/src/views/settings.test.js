// @vitest-environment jsdom
import { html } from 'htm/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, fire, mount, settle, type, unmountAll } from '../test-support.js';
import { Toasts } from '../toasts.js';
import { SettingsPage, settingsRequest } from './settings.js';

let decks;
let settings;
let calls;

function problem(status, body) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/problem+json' } });
}

beforeEach(() => {
  settings = { timeZone: 'UTC', dayRolloverHour: 4, newPerDay: 20, reviewsPerDay: 200, desiredRetention: 0.9 };
  decks = [
    { id: 's', name: 'Spanish', parentId: null, scheduler: 'leitner' },
    { id: 'g', name: 'Grammar', parentId: null, scheduler: 'fsrs' },
  ];
  calls = fakeApi((method, path, body) => {
    if (path === '/api/review/settings') {
      if (method === 'PUT' && body.desiredRetention > 0.99) {
        return problem(400, { status: 400, title: 'Bad Request', errors: [{ field: 'desiredRetention', message: 'must be less than or equal to 0.99' }] });
      }
      if (method === 'PUT') settings = body;
      return settings;
    }
    if (path.startsWith('/api/decks?')) return { items: decks, next: null };
    if (method === 'PUT' && path.startsWith('/api/decks/')) {
      decks = decks.map((d) => (d.id === path.split('/')[3] ? { ...d, ...body } : d));
      return decks.find((d) => d.id === path.split('/')[3]);
    }
    if (path.startsWith('/api/review/decks/')) return { deckId: path.split('/')[4], leitnerIntervals: method === 'PUT' ? body.leitnerIntervals : [1, 2, 4, 8, 16] };
    throw new Error(`unexpected ${method} ${path}`);
  });
});

afterEach(() => {
  unmountAll();
  vi.unstubAllGlobals();
});

const field = (page, label) => [...page.querySelectorAll('form[aria-label="Study settings"] label')]
  .find((l) => l.textContent.startsWith(label)).querySelector('input, select');
const toasts = (page) => [...page.querySelectorAll('.toast')].map((t) => t.textContent);
const puts = (path) => calls.filter((c) => c.method === 'PUT' && c.path === path).map((c) => c.body);

describe('the settings page', () => {
  it('sends the typed values as numbers', () => {
    expect(settingsRequest({ timeZone: 'Europe/Madrid', dayRolloverHour: '3', newPerDay: 15, reviewsPerDay: '150', desiredRetention: '0.85' }))
      .toEqual({ timeZone: 'Europe/Madrid', dayRolloverHour: 3, newPerDay: 15, reviewsPerDay: 150, desiredRetention: 0.85 });
  });

  it('leaves a field being typed alone (no 0 put into it while it is empty or half typed, like "0.")', async () => {
    const page = mount(html`<${SettingsPage} />`);
    await vi.waitFor(() => expect(page.querySelector('form[aria-label="Study settings"]')).not.toBeNull());
    type(field(page, 'Desired retention'), '');
    await settle();
    expect(field(page, 'Desired retention').value).toBe('');
  });

  it('saves the time zone, day rollover, daily limits and desired retention as numbers', async () => {
    const page = mount(html`<${SettingsPage} /><${Toasts} />`);
    await vi.waitFor(() => expect(page.querySelector('form[aria-label="Study settings"]')).not.toBeNull());
    expect(field(page, 'Time zone').value).toBe('UTC');
    expect([...field(page, 'Time zone').options].map((o) => o.value)).toContain('Europe/Madrid');

    type(field(page, 'Time zone'), 'Europe/Madrid');
    await settle();
    type(field(page, 'New day starts'), '3');
    await settle();
    type(field(page, 'New cards per day'), '15');
    await settle();
    type(field(page, 'Reviews per day'), '150');
    await settle();
    type(field(page, 'Desired retention'), '0.85');
    await settle();
    fire(page.querySelector('form[aria-label="Study settings"]'), 'submit');

    await vi.waitFor(() => expect(toasts(page)).toContain('Settings saved.×'));
    expect(puts('/api/review/settings')).toEqual([
      { timeZone: 'Europe/Madrid', dayRolloverHour: 3, newPerDay: 15, reviewsPerDay: 150, desiredRetention: 0.85 },
    ]);
  });

  it('shows why the service refused the settings', async () => {
    const page = mount(html`<${SettingsPage} /><${Toasts} />`);
    await vi.waitFor(() => expect(page.querySelector('form[aria-label="Study settings"]')).not.toBeNull());
    type(field(page, 'Desired retention'), '1.5');
    await settle();
    fire(page.querySelector('form[aria-label="Study settings"]'), 'submit');
    await vi.waitFor(() => expect(toasts(page)).toContain('desiredRetention: must be less than or equal to 0.99×'));
    expect(settings.desiredRetention).toBe(0.9);
  });

  it('switches a deck between Leitner boxes and FSRS, with box intervals only for Leitner decks', async () => {
    const page = mount(html`<${SettingsPage} /><${Toasts} />`);
    const scheduler = (name) => page.querySelector(`select[aria-label="Scheduler of ${name}"]`);
    const intervals = (name) => page.querySelector(`input[aria-label="Box intervals in days for ${name}"]`);
    await vi.waitFor(() => expect(scheduler('Grammar')).not.toBeNull());
    expect(scheduler('Grammar').value).toBe('fsrs');
    expect(intervals('Grammar')).toBeNull();
    await vi.waitFor(() => expect(intervals('Spanish').value).toBe('1, 2, 4, 8, 16'));

    type(scheduler('Grammar'), 'leitner');

    await vi.waitFor(() => expect(intervals('Grammar')).not.toBeNull());
    expect(scheduler('Grammar').value).toBe('leitner');
    expect(puts('/api/decks/g')).toEqual([{ name: 'Grammar', description: null, parentId: null, scheduler: 'leitner' }]);
    expect(toasts(page)).toContain('Grammar now uses Leitner boxes.×');
  });

  it('saves a Leitner deck\'s box intervals, written with commas or spaces', async () => {
    const page = mount(html`<${SettingsPage} />`);
    const input = await vi.waitFor(() => page.querySelector('input[aria-label="Box intervals in days for Spanish"]') || Promise.reject(new Error('no input')));
    type(input, '1, 3 7,14');
    await settle();
    fire(input.form, 'submit');
    await vi.waitFor(() => expect(puts('/api/review/decks/s/settings')).toEqual([{ leitnerIntervals: [1, 3, 7, 14] }]));
  });
});
