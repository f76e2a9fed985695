// The shell: who is logged in, the header with navigation and the quota bar, and the page for the current path.

import { html } from 'htm/preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { get, onUnauthenticated } from './api.js';
import { formatBytes, quotaShare } from './format.js';
import { match, useLocation } from './router.js';
import { Toasts } from './toasts.js';
import { DecksPage } from './views/decks.js';
import { DeckPage } from './views/deck.js';
import { EditorPage } from './views/editor.js';
import { ReviewPage } from './views/review.js';
import { StatsPage } from './views/stats.js';
import { SettingsPage } from './views/settings.js';

const ROUTES = [
  ['/', () => html`<${DecksPage} />`],
  ['/decks/:deckId', (p, ctx) => html`<${DeckPage} deckId=${p.deckId} key=${p.deckId} ...${ctx} />`],
  ['/decks/:deckId/cards/new', (p, ctx) => html`<${EditorPage} deckId=${p.deckId} key=${'new' + p.deckId} ...${ctx} />`],
  ['/cards/:cardId', (p, ctx) => html`<${EditorPage} cardId=${p.cardId} key=${p.cardId} ...${ctx} />`],
  ['/review', (p, ctx) => html`<${ReviewPage} deckId=${ctx.query.get('deck')} ...${ctx} />`],
  ['/stats', (p, ctx) => html`<${StatsPage} ...${ctx} />`],
  ['/settings', () => html`<${SettingsPage} />`],
];

const NAV = [
  ['/', 'Decks'],
  ['/review', 'Review'],
  ['/stats', 'Statistics'],
  ['/settings', 'Settings'],
];

function QuotaBar({ quota }) {
  const share = quotaShare(quota);
  if (share == null) return null;
  const text = `${formatBytes(quota.used)} of ${formatBytes(quota.limit)} used`;
  return html`<div class="quota" title=${text}>
    <progress max="1" value=${share} aria-label="Storage used">${text}</progress>
    <span class="quota-text">${text}</span>
  </div>`;
}

function Header({ me, path }) {
  return html`<header class="top">
    <a class="brand" href="/" data-route>MemoryVault</a>
    <nav aria-label="Main">
      ${NAV.map(([href, label]) => {
        const active = href === '/' ? path === '/' || path.startsWith('/decks') || path.startsWith('/cards') : path.startsWith(href);
        return html`<a href=${href} data-route aria-current=${active ? 'page' : undefined}>${label}</a>`;
      })}
    </nav>
    <div class="who">
      <span class="user" data-testid="user-name">${me.name}</span>
      <${QuotaBar} quota=${me.quota} />
      <a class="button secondary" href="/logout" id="logout">Log out</a>
    </div>
  </header>`;
}

function Welcome() {
  return html`<main class="welcome" id="main">
    <h1>MemoryVault</h1>
    <p>Flashcards with text, pictures and sound, reviewed when you are about to forget them.</p>
    <p class="actions">
      <a class="button" href="/login" id="login">Log in</a>
      <a class="button secondary" href="/login?prompt=create" id="register">Register</a>
    </p>
  </main>`;
}

export function App() {
  const { path, params } = useLocation();
  const [me, setMe] = useState(undefined);
  const [failure, setFailure] = useState(null);

  const refreshMe = useCallback(() => {
    get('/api/me')
      .then((answer) => { setMe(answer); setFailure(null); })
      .catch((error) => (error.status === 401 ? setMe(null) : setFailure(error.message)));
  }, []);

  useEffect(() => {
    refreshMe();
    return onUnauthenticated(() => setMe(null));
  }, [refreshMe]);

  if (me === undefined) {
    return html`<main class="loading" aria-busy="true">${failure || 'Loading…'}</main>`;
  }
  if (me === null) return html`<${Welcome} /><${Toasts} />`;

  const context = { me, refreshMe, query: params };
  let page = html`<main id="main"><h1>Not found</h1><p><a href="/" data-route>Back to your decks</a></p></main>`;
  for (const [pattern, view] of ROUTES) {
    const found = match(pattern, path);
    if (found) {
      page = view(found, context);
      break;
    }
  }
  return html`<a class="skip" href="#main">Skip to content</a>
    <${Header} me=${me} path=${path} />
    ${page}
    <${Toasts} />`;
}
