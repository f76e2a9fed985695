// The deck list: counts (due, new, total), subdecks indented; create, rename, move and delete with undo.

import { html } from 'htm/preact';
import { useEffect, useState } from 'preact/hooks';
import { del, get, post, put } from '../api.js';
import { changeMessage, deckRequest, deckTree, subtreeIds } from '../decks.js';
import { toast } from '../toasts.js';

export async function loadDecks() {
  const decks = [];
  let cursor = '';
  do {
    const page = await get(`/api/decks?limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    decks.push(...page.items);
    cursor = page.next;
  } while (cursor);
  return decks;
}

function DeckForm({ decks, onCreated }) {
  const [name, setName] = useState('');
  const [parentId, setParentId] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (event) => {
    event.preventDefault();
    if (!name.trim()) return;
    setBusy(true);
    try {
      await post('/api/decks', { name: name.trim(), parentId: parentId || null });
      setName('');
      onCreated();
    } catch (error) {
      toast(error.message, { error: true });
    } finally {
      setBusy(false);
    }
  };
  return html`<form class="row-form" onSubmit=${submit} aria-label="New deck">
    <label>New deck <input id="new-deck-name" value=${name} onInput=${(e) => setName(e.currentTarget.value)} maxlength="100" required /></label>
    <label>Inside <select value=${parentId} onChange=${(e) => setParentId(e.currentTarget.value)}>
      <option value="">(top level)</option>
      ${deckTree(decks).map((d) => html`<option value=${d.id}>${'\u00a0\u00a0'.repeat(d.depth)}${d.name}</option>`)}
    </select></label>
    <button type="submit" disabled=${busy}>Create</button>
  </form>`;
}

function DeckRow({ deck, decks, reload }) {
  const [mode, setMode] = useState(null);
  const [name, setName] = useState(deck.name);
  const counts = deck.counts || {};
  const save = async (changes) => {
    try {
      await put(`/api/decks/${deck.id}`, deckRequest(deck, changes));
      setMode(null);
      reload();
      const before = Object.fromEntries(Object.keys(changes).map((key) => [key, deck[key] ?? null]));
      toast(changeMessage(deck, changes, decks), {
        ms: 10000,
        action: { label: 'Undo', run: () => put(`/api/decks/${deck.id}`, deckRequest(deck, before)).then(reload, (e) => toast(e.message, { error: true })) },
      });
    } catch (error) {
      toast(error.message, { error: true });
    }
  };
  const remove = async () => {
    try {
      await del(`/api/decks/${deck.id}`);
      reload();
      toast(`Deleted “${deck.name}”.`, {
        ms: 10000,
        action: { label: 'Undo', run: () => post(`/api/decks/${deck.id}/restore`).then(reload, (e) => toast(e.message, { error: true })) },
      });
    } catch (error) {
      toast(error.message, { error: true });
    }
  };
  const excluded = subtreeIds(decks, deck.id);
  return html`<li class=${`deck depth-${Math.min(deck.depth, 4)}`} data-deck=${deck.name}>
    <div class="deck-main">
      <a class="deck-name" href=${`/decks/${deck.id}`} data-route>${deck.name}</a>
      <span class="counts">
        <span class="due" title="Due now">${counts.due ?? 0} <small>due</small></span>
        <span class="new" title="New">${counts.new ?? 0} <small>new</small></span>
        <span class="total" title="Cards">${counts.cards ?? 0} <small>cards</small></span>
      </span>
    </div>
    <div class="deck-actions">
      <a class="button small" href=${`/review?deck=${deck.id}`} data-route aria-label=${`Study ${deck.name}`}>Study</a>
      <button type="button" class="small secondary" onClick=${() => setMode(mode === 'rename' ? null : 'rename')} aria-expanded=${mode === 'rename'}>Rename</button>
      <button type="button" class="small secondary" onClick=${() => setMode(mode === 'move' ? null : 'move')} aria-expanded=${mode === 'move'}>Move</button>
      <button type="button" class="small danger" onClick=${remove} aria-label=${`Delete ${deck.name}`}>Delete</button>
    </div>
    ${mode === 'rename' && html`<form class="row-form" onSubmit=${(e) => { e.preventDefault(); save({ name: name.trim() }); }}>
      <label>Name <input value=${name} onInput=${(e) => setName(e.currentTarget.value)} required maxlength="100" /></label>
      <button type="submit">Save</button>
    </form>`}
    ${mode === 'move' && html`<form class="row-form" onSubmit=${(e) => { e.preventDefault(); save({ parentId: e.currentTarget.elements.namedItem('parent').value || null }); }}>
      <label>Move inside <select name="parent" value=${deck.parentId || ''}>
        <option value="">(top level)</option>
        ${deckTree(decks).filter((d) => !excluded.has(d.id)).map((d) => html`<option value=${d.id}>${'\u00a0\u00a0'.repeat(d.depth)}${d.name}</option>`)}
      </select></label>
      <button type="submit">Move</button>
    </form>`}
  </li>`;
}

export function DecksPage() {
  const [decks, setDecks] = useState(null);
  const [error, setError] = useState(null);
  const reload = () => loadDecks().then(setDecks, (e) => setError(e.message));
  useEffect(() => { reload(); }, []);
  return html`<main id="main">
    <h1>Decks</h1>
    ${error && html`<p class="error" role="alert">${error}</p>`}
    ${decks && html`<${DeckForm} decks=${decks} onCreated=${reload} />`}
    ${decks === null && !error && html`<p aria-busy="true">Loading…</p>`}
    ${decks && decks.length === 0 && html`<p class="empty">No decks yet: create your first one above.</p>`}
    ${decks && decks.length > 0 && html`<ul class="decks" aria-label="Your decks">
      ${deckTree(decks).map((deck) => html`<${DeckRow} key=${deck.id} deck=${deck} decks=${decks} reload=${reload} />`)}
    </ul>`}
  </main>`;
}
