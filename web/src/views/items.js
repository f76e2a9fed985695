// Rendering of card items (text, image, audio) for lists, the editor preview and the review.

import { html } from 'htm/preact';
import { useMemo } from 'preact/hooks';
import { contentUrl } from '../api.js';
import { renderMarkdown } from '../markdown.js';

/** A card's text rendered from Markdown and sanitised; `links: false` inside a link (the card list). */
export function Markdown({ text, links = true, class: className = 'md' }) {
  const safe = useMemo(() => renderMarkdown(text, { links }), [text, links]);
  return html`<div class=${className} dangerouslySetInnerHTML=${{ __html: safe }}></div>`;
}

/** What the card list shows of a side: its first text (clipped by the style), or the kind of its first media. */
export function SideSummary({ items, class: className }) {
  const text = (items || []).find((item) => item.kind === 'text' && item.text);
  if (text) return html`<${Markdown} text=${text.text} links=${false} class=${`md md-summary ${className}`} />`;
  const media = (items || []).find((item) => item.kind !== 'text');
  return html`<div class=${className}>${media ? `(${media.kind})` : ''}</div>`;
}

function mediaStatus(item) {
  return item.status || (item.media && item.media.status) || 'ready';
}

export function Item({ item, autoplay }) {
  if (item.kind === 'text') return html`<${Markdown} text=${item.text} class="md item-text" />`;
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
