// Settings: time zone, day rollover, daily limits, desired retention; each deck's scheduler and Leitner intervals.

import { html } from 'htm/preact';
import { useEffect, useState } from 'preact/hooks';
import { get, put } from '../api.js';
import { deckRequest, deckTree } from '../decks.js';
import { toast } from '../toasts.js';
import { loadDecks } from './decks.js';

const ZONES = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['UTC'];

const NUMBERS = ['dayRolloverHour', 'newPerDay', 'reviewsPerDay', 'desiredRetention'];

/** The PUT body from the form's values: the time zone as it is, the other settings as numbers. */
export function settingsRequest(values) {
  return { ...values, ...Object.fromEntries(NUMBERS.map((name) => [name, Number(values[name])])) };
}

function ReviewSettings() {
  const [settings, setSettings] = useState(null);
  const [error, setError] = useState(null);
  useEffect(() => { get('/api/review/settings').then(setSettings, (e) => setError(e.message)); }, []);
  if (error) return html`<p class="error" role="alert">${error}</p>`;
  if (!settings) return html`<p aria-busy="true">Loading…</p>`;
  // The fields keep what is typed ("0." on the way to "0.85"); numbers are made when saving.
  const set = (name) => (e) => setSettings({ ...settings, [name]: e.currentTarget.value });
  const save = async (event) => {
    event.preventDefault();
    try {
      setSettings(await put('/api/review/settings', settingsRequest(settings)));
      toast('Settings saved.');
    } catch (e) {
      toast(e.message, { error: true });
    }
  };
  const zones = ZONES.includes(settings.timeZone) ? ZONES : [settings.timeZone, ...ZONES];
  return html`<form class="settings" onSubmit=${save} aria-label="Study settings">
    <label>Time zone <select value=${settings.timeZone} onChange=${set('timeZone')}>
      ${zones.map((z) => html`<option value=${z}>${z}</option>`)}</select></label>
    <label>New day starts at (hour) <input type="number" min="0" max="23" value=${settings.dayRolloverHour} onInput=${set('dayRolloverHour')} /></label>
    <label>New cards per day <input type="number" min="0" max="9999" value=${settings.newPerDay} onInput=${set('newPerDay')} /></label>
    <label>Reviews per day <input type="number" min="0" max="9999" value=${settings.reviewsPerDay} onInput=${set('reviewsPerDay')} /></label>
    <label>Desired retention <input type="number" min="0.7" max="0.99" step="0.01" value=${settings.desiredRetention} onInput=${set('desiredRetention')} />
      <span class="muted">0.70–0.99: higher means more reviews (FSRS decks)</span></label>
    <button type="submit">Save</button>
  </form>`;
}

function DeckSchedule({ deck, onSaved }) {
  const [intervals, setIntervals] = useState('');
  useEffect(() => {
    get(`/api/review/decks/${deck.id}/settings`).then((s) => setIntervals((s.leitnerIntervals || []).join(', ')), () => {});
  }, [deck.id]);
  const setScheduler = async (scheduler) => {
    try {
      await put(`/api/decks/${deck.id}`, deckRequest(deck, { scheduler }));
      toast(`${deck.name} now uses ${scheduler === 'fsrs' ? 'FSRS' : 'Leitner boxes'}.`);
      onSaved();
    } catch (e) {
      toast(e.message, { error: true });
    }
  };
  const saveIntervals = async (event) => {
    event.preventDefault();
    const days = intervals.split(/[\s,]+/).filter(Boolean).map(Number);
    try {
      await put(`/api/review/decks/${deck.id}/settings`, { leitnerIntervals: days.length ? days : null });
      toast('Intervals saved.');
    } catch (e) {
      toast(e.message, { error: true });
    }
  };
  return html`<tr>
    <th scope="row">${'\u00a0\u00a0'.repeat(deck.depth)}${deck.name}</th>
    <td><select value=${deck.scheduler} aria-label=${`Scheduler of ${deck.name}`} onChange=${(e) => setScheduler(e.currentTarget.value)}>
      <option value="leitner">Leitner boxes</option><option value="fsrs">FSRS</option></select></td>
    <td>${deck.scheduler === 'leitner' && html`<form class="inline" onSubmit=${saveIntervals}>
      <input value=${intervals} onInput=${(e) => setIntervals(e.currentTarget.value)} aria-label=${`Box intervals in days for ${deck.name}`} size="14" />
      <button type="submit" class="small secondary">Save</button></form>`}</td>
  </tr>`;
}

export function SettingsPage() {
  const [decks, setDecks] = useState([]);
  const reload = () => loadDecks().then(setDecks, () => {});
  useEffect(() => { reload(); }, []);
  return html`<main id="main">
    <h1>Settings</h1>
    <h2>Studying</h2>
    <${ReviewSettings} />
    <h2>Decks</h2>
    ${decks.length === 0 ? html`<p class="muted">No decks yet.</p>` : html`<div class="scroll-x"><table class="deck-settings">
      <thead><tr><th scope="col">Deck</th><th scope="col">Scheduler</th><th scope="col">Box intervals (days)</th></tr></thead>
      <tbody>${deckTree(decks).map((deck) => html`<${DeckSchedule} key=${deck.id + deck.scheduler} deck=${deck} onSaved=${reload} />`)}</tbody>
    </table></div>`}
  </main>`;
}
