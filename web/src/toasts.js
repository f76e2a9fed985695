// Short messages at the bottom of the screen, with an optional action (Undo). Announced to screen readers.

import { html } from 'htm/preact';
import { useEffect, useState } from 'preact/hooks';

const listeners = new Set();
let toasts = [];
let nextId = 1;

function publish() {
  listeners.forEach((listener) => listener(toasts));
}

export function dismiss(id) {
  toasts = toasts.filter((t) => t.id !== id);
  publish();
}

/** Shows `message` for `ms` milliseconds; `action` is {label, run}. */
export function toast(message, { action, ms = 6000, error = false } = {}) {
  const id = nextId++;
  toasts = [...toasts, { id, message, action, error }];
  publish();
  setTimeout(() => dismiss(id), ms);
}

export function Toasts() {
  const [items, setItems] = useState(toasts);
  useEffect(() => {
    listeners.add(setItems);
    return () => listeners.delete(setItems);
  }, []);
  return html`<div class="toasts" role="status" aria-live="polite">
    ${items.map((t) => html`<div class=${`toast${t.error ? ' toast-error' : ''}`} key=${t.id}>
      <span>${t.message}</span>
      ${t.action && html`<button type="button" onClick=${() => { dismiss(t.id); t.action.run(); }}>${t.action.label}</button>`}
      <button type="button" class="icon" aria-label="Dismiss" onClick=${() => dismiss(t.id)}>×</button>
    </div>`)}
  </div>`;
}
