// A review session over the due queue: front, reveal (space), rate with four buttons or keys 1–4, a summary at the end.

import { html } from 'htm/preact';
import { useEffect, useReducer, useRef, useState } from 'preact/hooks';
import { get, post, query } from '../api.js';
import { formatInterval, formatPercent } from '../format.js';
import { RATINGS, current, initialSession, keyAction, passRate, reviewReducer } from '../review.js';
import { Side } from './items.js';

const BATCH = 50;

function newKey() {
  return crypto.randomUUID ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`;
}

export function ReviewPage({ deckId }) {
  const [state, dispatch] = useReducer(reviewReducer, undefined, initialSession);
  const [sending, setSending] = useState(false);
  const revealButton = useRef(null);
  const card = current(state);

  useEffect(() => {
    if (state.phase !== 'loading') return;
    get(`/api/review/due${query({ deckId, limit: BATCH })}`)
      .then((due) => dispatch({ type: 'loaded', items: due.items, counts: due.counts, at: Date.now() }))
      .catch((e) => dispatch({ type: 'failed', message: e.message }));
  }, [state.phase, deckId]);

  const rate = async (rating) => {
    if (!card || sending) return;
    setSending(true);
    try {
      await post(`/api/review/${card.card.id}`, { rating, durationMs: state.shownAt ? Date.now() - state.shownAt : undefined },
        { headers: { 'Idempotency-Key': newKey() } });
      dispatch({ type: 'rated', rating, at: Date.now() });
    } catch (e) {
      dispatch({ type: 'failed', message: e.message });
    } finally {
      setSending(false);
    }
  };

  useEffect(() => {
    const onKey = (event) => {
      if (event.target.closest && event.target.closest('input, textarea, select')) return;
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const action = keyAction(event.key, state.phase);
      if (action === null) return;
      event.preventDefault();
      if (action === 'reveal') dispatch({ type: 'reveal' });
      else rate(action);
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  });

  useEffect(() => {
    if (state.phase === 'front' && revealButton.current) revealButton.current.focus();
  }, [state.phase, state.index]);

  const total = state.done + state.left;
  return html`<main id="main" class="review">
    <h1>Review</h1>
    ${(state.phase === 'front' || state.phase === 'back') && html`<p class="progress-count" aria-live="polite" data-testid="review-progress">
      <span>${state.done} done · ${state.left} left</span>
      <progress max=${total || 1} value=${state.done} aria-label="Session progress"></progress>
    </p>`}
    ${state.phase === 'loading' && html`<p aria-busy="true">Loading the cards due…</p>`}
    ${state.phase === 'failed' && html`<div role="alert"><p class="error">${state.error}</p>
      <button type="button" onClick=${() => dispatch({ type: 'retry' })}>Try again</button></div>`}
    ${card && html`<article class="flashcard" key=${`${card.card.id}-${state.done}`}>
      <${Side} items=${card.card.front} label="Front" autoplay=${state.phase === 'front'} />
      ${state.phase === 'back' && html`<hr /><${Side} items=${card.card.back} label="Back" autoplay=${true} />`}
    </article>`}
    ${state.phase === 'front' && html`<p class="answer-bar">
      <button type="button" ref=${revealButton} id="reveal" onClick=${() => dispatch({ type: 'reveal' })} aria-keyshortcuts="Space">Show answer <kbd aria-hidden="true">Space</kbd></button>
    </p>`}
    ${state.phase === 'back' && html`<div class="answer-bar ratings" role="group" aria-label="How well did you know it?">
      ${RATINGS.map((r) => html`<button type="button" class=${`rate rate-${r.name}`} disabled=${sending} data-rating=${r.value}
          onClick=${() => rate(r.value)} aria-keyshortcuts=${r.value}>
        <span class="rate-label">${r.label}</span><span class="visually-hidden">, next in </span>
        <span class="rate-interval">${formatInterval(card.intervals && card.intervals[r.name])}</span>
        <kbd aria-hidden="true">${r.value}</kbd>
      </button>`)}
    </div>`}
    ${state.phase === 'finished' && html`<section class="summary" aria-label="Session summary" data-testid="review-summary">
      <h2>${state.done ? 'Well done!' : 'Nothing is due right now.'}</h2>
      ${state.done > 0 && html`<p>You reviewed ${state.done} card${state.done === 1 ? '' : 's'}; ${formatPercent(passRate(state.ratings))} remembered.</p>
        <ul class="rating-summary">${RATINGS.map((r) => html`<li>${r.label}: ${state.ratings[r.value]}</li>`)}</ul>`}
      <p class="actions"><a class="button" href="/" data-route>Back to decks</a> <a class="button secondary" href="/stats" data-route>Statistics</a></p>
    </section>`}
  </main>`;
}
