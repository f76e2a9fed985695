// One deck's cards: full-text search, tag and box filters, pages loaded by cursor as the list scrolls.

import { html } from 'htm/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { del, get, post, query } from '../api.js';
import { toast } from '../toasts.js';
import { SideSummary } from './items.js';

const PAGE = 30;

export function DeckPage({ deckId }) {
  const [deck, setDeck] = useState(null);
  const [filters, setFilters] = useState({ q: '', tag: '', box: '' });
  const [cards, setCards] = useState([]);
  const [next, setNext] = useState(undefined);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState(null);
  const [tags, setTags] = useState([]);
  const sentinel = useRef(null);
  const generation = useRef(0);

  useEffect(() => {
    get(`/api/decks/${deckId}`).then(setDeck, (e) => setError(e.message));
    get('/api/tags?limit=500').then((page) => setTags(page.items), () => {});
  }, [deckId]);

  const load = async (cursor, reset) => {
    const mine = reset ? ++generation.current : generation.current;
    setLoading(true);
    try {
      const page = await get(`/api/cards${query({ deckId, q: filters.q.trim(), tag: filters.tag, box: filters.box, limit: PAGE, cursor, sort: 'created' })}`);
      if (mine !== generation.current) return;
      setCards((old) => (reset ? page.items : [...old, ...page.items]));
      setNext(page.next);
      setError(null);
    } catch (e) {
      if (mine === generation.current) setError(e.message);
    } finally {
      if (mine === generation.current) setLoading(false);
    }
  };

  useEffect(() => {
    const timer = setTimeout(() => load(undefined, true), 250);
    return () => clearTimeout(timer);
  }, [deckId, filters.q, filters.tag, filters.box]);

  useEffect(() => {
    if (!sentinel.current || !next || typeof IntersectionObserver === 'undefined') return undefined;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting) && !loading) load(next, false);
    }, { rootMargin: '300px' });
    observer.observe(sentinel.current);
    return () => observer.disconnect();
  }, [next, loading]);

  const remove = async (card) => {
    try {
      await del(`/api/cards/${card.id}`);
      setCards((old) => old.filter((c) => c.id !== card.id));
      toast('Card deleted.', {
        ms: 10000,
        action: { label: 'Undo', run: () => post(`/api/cards/${card.id}/restore`).then(() => load(undefined, true), (e) => toast(e.message, { error: true })) },
      });
    } catch (e) {
      toast(e.message, { error: true });
    }
  };

  const set = (name) => (event) => setFilters({ ...filters, [name]: event.currentTarget.value });
  const counts = (deck && deck.counts) || {};
  const boxes = Object.keys(counts.boxes || {}).map(Number).filter(Number.isFinite).sort((a, b) => a - b);

  return html`<main id="main">
    <p class="crumbs"><a href="/" data-route>Decks</a> ›</p>
    <h1>${deck ? deck.name : 'Deck'}</h1>
    ${deck && html`<p class="deck-summary">${counts.due ?? 0} due · ${counts.new ?? 0} new · ${counts.cards ?? 0} cards</p>`}
    <p class="actions">
      <a class="button" href=${`/decks/${deckId}/cards/new`} data-route id="add-card">Add card</a>
      <a class="button secondary" href=${`/review?deck=${deckId}`} data-route>Study this deck</a>
      <a class="button secondary" href=${`/stats?deck=${deckId}`} data-route>Statistics</a>
    </p>
    <form class="filters" role="search" onSubmit=${(e) => e.preventDefault()}>
      <label>Search <input type="search" value=${filters.q} onInput=${set('q')} placeholder="Words on the cards" /></label>
      <label>Tag <select value=${filters.tag} onChange=${set('tag')}>
        <option value="">any</option>
        ${tags.map((t) => html`<option value=${t.name}>${t.name} (${t.cards})</option>`)}
      </select></label>
      <label>Box <select value=${filters.box} onChange=${set('box')}>
        <option value="">any</option>
        ${(boxes.length ? boxes : [1, 2, 3, 4, 5]).map((b) => html`<option value=${b}>${b}</option>`)}
      </select></label>
    </form>
    ${error && html`<p class="error" role="alert">${error}</p>`}
    <ul class="cards" aria-label="Cards" aria-busy=${loading}>
      ${cards.map((card) => html`<li class="card-row" key=${card.id}>
        <a href=${`/cards/${card.id}`} data-route class="card-link">
          <${SideSummary} items=${card.front} class="card-front" />
          <${SideSummary} items=${card.back} class="card-back muted" />
        </a>
        <span class="card-meta">
          ${card.tags.map((t) => html`<span class="tag">${t}</span>`)}
          ${card.schedule && card.schedule.box && html`<span class="box" title="Leitner box">box ${card.schedule.box}</span>`}
        </span>
        <button type="button" class="small danger" onClick=${() => remove(card)} aria-label="Delete card">Delete</button>
      </li>`)}
    </ul>
    ${!loading && cards.length === 0 && !error && html`<p class="empty">No cards here${filters.q || filters.tag || filters.box ? ' that match' : ' yet'}.</p>`}
    ${next && html`<div ref=${sentinel} class="more"><button type="button" class="secondary" onClick=${() => load(next, false)} disabled=${loading}>Load more</button></div>`}
  </main>`;
}
