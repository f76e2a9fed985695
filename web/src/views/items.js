// Rendering of card items (text, image, audio) for lists, the editor preview and the review.

import { html } from 'htm/preact';
import { contentUrl } from '../api.js';

/** The first text of a side, for one-line previews. */
export function sideSummary(items) {
  const text = (items || []).find((item) => item.kind === 'text' && item.text);
  if (text) return text.text.replace(/<[^>]*>/g, '').slice(0, 140);
  const media = (items || []).find((item) => item.kind !== 'text');
  return media ? `(${media.kind})` : '';
}

function mediaStatus(item) {
  return item.status || (item.media && item.media.status) || 'ready';
}

export function Item({ item, autoplay }) {
  if (item.kind === 'text') return html`<div class="item-text">${item.text}</div>`;
  const status = mediaStatus(item);
  if (status === 'failed') {
    const reason = item.media && item.media.failureReason;
    return html`<p class="error">This ${item.kind} could not be processed${reason ? `: ${reason}` : '.'}</p>`;
  }
  if (status === 'pending') return html`<p class="muted">The ${item.kind} is being processed…</p>`;
  if (item.kind === 'image') {
    return html`<img class="item-image" loading="lazy" decoding="async" alt=${item.text || 'Card image'}
      src=${contentUrl(item.mediaId, 'display')}
      srcset=${`${contentUrl(item.mediaId, 'thumb400')} 400w, ${contentUrl(item.mediaId, 'display')} 2048w`}
      sizes="(max-width: 600px) 100vw, 600px" />`;
  }
  if (item.kind === 'audio') {
    return html`<audio class="item-audio" controls preload="none" autoplay=${autoplay} src=${contentUrl(item.mediaId, 'audio')}>Your browser cannot play audio.</audio>`;
  }
  return null;
}

export function Side({ items, label, autoplay }) {
  return html`<section class="side" aria-label=${label}>
    ${(items || []).map((item, i) => html`<${Item} key=${i} item=${item} autoplay=${autoplay && i === (items || []).findIndex((x) => x.kind === 'audio')} />`)}
  </section>`;
}
