// @vitest-environment jsdom
import { html } from 'htm/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, fire, mount, settle, type, unmountAll } from '../test-support.js';
import { Toasts } from '../toasts.js';
import { DecksPage } from './decks.js';

let decks;
let calls;

/** card-service's deck endpoints over an in-memory list. */
beforeEach(() => {
  decks = [
    { id: 's', name: 'Spanish', parentId: null, scheduler: 'leitner', counts: { due: 1, new: 2, cards: 3 } },
    { id: 'v', name: 'Verbs', parentId: 's', scheduler: 'leitner', counts: { due: 0, new: 0, cards: 0 } },
    { id: 'g', name: 'Grammar', parentId: null, scheduler: 'fsrs', counts: { due: 0, new: 0, cards: 0 } },
  ];
  calls = fakeApi((method, path, body) => {
    if (method === 'GET' && path.startsWith('/api/decks?')) return { items: decks.map((d) => ({ ...d })), next: null };
    const id = path.split('/')[3];
    if (method === 'PUT') {
      decks = decks.map((d) => (d.id === id ? { ...d, ...body } : d));
      return decks.find((d) => d.id === id);
    }
    throw new Error(`unexpected ${method} ${path}`);
  });
});

afterEach(() => {
  unmountAll();
  vi.unstubAllGlobals();
});

const row = (page, name) => page.querySelector(`li.deck[data-deck="${name}"]`);
const button = (element, text) => [...element.querySelectorAll('button')].find((b) => b.textContent === text);

async function moveGrammarIntoSpanish(page) {
  await vi.waitFor(() => expect(row(page, 'Grammar')).not.toBeNull());
  button(row(page, 'Grammar'), 'Move').click();
  const select = await vi.waitFor(() => row(page, 'Grammar').querySelector('select[name=parent]') || Promise.reject(new Error('no form')));
  return select;
}

describe('the deck list', () => {
  it('moves a deck under another, offers only decks outside it, and undoes the move', async () => {
    const page = mount(html`<${DecksPage} /><${Toasts} />`);
    const select = await moveGrammarIntoSpanish(page);
    expect([...select.options].map((o) => o.textContent.trim())).toEqual(['(top level)', 'Spanish', 'Verbs']);

    type(select, 's');
    fire(select.form, 'submit');

    await vi.waitFor(() => expect(row(page, 'Grammar').classList.contains('depth-1')).toBe(true));
    expect(calls.find((c) => c.method === 'PUT').body).toEqual({ name: 'Grammar', description: null, parentId: 's', scheduler: 'fsrs' });
    expect([...page.querySelectorAll('li.deck')].map((li) => li.dataset.deck)).toEqual(['Spanish', 'Grammar', 'Verbs']);
    const toast = await vi.waitFor(() => page.querySelector('.toast') || Promise.reject(new Error('no toast')));
    expect(toast.textContent).toContain('Moved “Grammar” into “Spanish”.');

    button(toast, 'Undo').click();

    await vi.waitFor(() => expect(row(page, 'Grammar').classList.contains('depth-0')).toBe(true));
    expect(calls.filter((c) => c.method === 'PUT').map((c) => c.body.parentId)).toEqual(['s', null]);
    expect([...page.querySelectorAll('li.deck')].map((li) => li.dataset.deck)).toEqual(['Grammar', 'Spanish', 'Verbs']);
  });

  it('does not offer a deck itself or its subdecks as the new place', async () => {
    const page = mount(html`<${DecksPage} />`);
    await vi.waitFor(() => expect(row(page, 'Spanish')).not.toBeNull());
    button(row(page, 'Spanish'), 'Move').click();
    const select = await vi.waitFor(() => row(page, 'Spanish').querySelector('select[name=parent]') || Promise.reject(new Error('no form')));
    expect([...select.options].map((o) => o.textContent.trim())).toEqual(['(top level)', 'Grammar']);
  });

  it('renames a deck and undoes the rename', async () => {
    const page = mount(html`<${DecksPage} /><${Toasts} />`);
    await vi.waitFor(() => expect(row(page, 'Verbs')).not.toBeNull());
    button(row(page, 'Verbs'), 'Rename').click();
    const input = await vi.waitFor(() => row(page, 'Verbs').querySelector('form input') || Promise.reject(new Error('no form')));
    type(input, 'Verbos ');
    await settle();
    fire(input.form, 'submit');

    await vi.waitFor(() => expect(row(page, 'Verbos')).not.toBeNull());
    const toast = await vi.waitFor(() => page.querySelector('.toast') || Promise.reject(new Error('no toast')));
    expect(toast.textContent).toContain('Renamed “Verbs” to “Verbos”.');
    button(toast, 'Undo').click();
    await vi.waitFor(() => expect(row(page, 'Verbs')).not.toBeNull());
    expect(calls.filter((c) => c.method === 'PUT').map((c) => c.body.name)).toEqual(['Verbos', 'Verbs']);
  });
});
