// The card editor: items per side (text, image, audio), tags with autocomplete; creates or replaces the card.

import { html } from 'htm/preact';
import { useEffect, useState } from 'preact/hooks';
import { get, post, put, query } from '../api.js';
import { pastedImage } from '../files.js';
import { navigate } from '../router.js';
import { toast } from '../toasts.js';
import { Markdown } from './items.js';
import { MediaItem } from './media.js';

let nextKey = 1;
const newItem = (kind) => ({ key: nextKey++, kind, text: '' });
const fromResponse = (item) => ({
  key: nextKey++,
  kind: item.kind,
  text: item.text || '',
  mediaId: item.mediaId,
  status: item.kind === 'text' ? undefined : item.status || (item.media && item.media.status) || 'ready',
});

/** The items to send: text items with text, media items that were uploaded. */
export function itemsRequest(items) {
  return items
    .filter((item) => (item.kind === 'text' ? item.text.trim() !== '' : Boolean(item.mediaId)))
    .map((item) => (item.kind === 'text' ? { kind: 'text', text: item.text } : { kind: item.kind, mediaId: item.mediaId }));
}

/**
 * The items after an image was pasted: it goes into the first image item still without a file, else into a new
 * image item at the end; its upload starts once it is rendered (MediaItem).
 */
export function withPastedImage(items, file) {
  const empty = items.find((item) => item.kind === 'image' && !item.mediaId && !item.localUrl && !item.pasted);
  if (empty) return items.map((item) => (item === empty ? { ...item, pasted: file } : item));
  return [...items, { ...newItem('image'), pasted: file }];
}

function SideEditor({ name, label, items, setItems, onUploaded }) {
  const update = (key, patch) => setItems((old) => old.map((item) => (item.key === key ? { ...item, ...patch } : item)));
  const remove = (key) => setItems((old) => old.filter((item) => item.key !== key));
  const move = (index, delta) => setItems((old) => {
    const copy = old.slice();
    const [item] = copy.splice(index, 1);
    copy.splice(Math.max(0, Math.min(copy.length, index + delta)), 0, item);
    return copy;
  });
  const add = (kind) => setItems((old) => [...old, newItem(kind)]);
  const onPaste = (event) => {
    const file = pastedImage(event.clipboardData);
    if (!file) return;
    event.preventDefault();
    setItems((old) => withPastedImage(old, file));
  };
  return html`<fieldset class="side-editor" data-side=${name} onPaste=${onPaste}>
    <legend>${label}</legend>
    ${items.map((item, index) => html`<div class="item-editor" key=${item.key}>
      ${item.kind === 'text'
        ? html`<label class="block">Text ${index + 1}
            <textarea rows="3" maxlength="10000" value=${item.text} name=${`${name}-text-${index}`}
              onInput=${(e) => update(item.key, { text: e.currentTarget.value })}></textarea></label>
          ${item.text.trim() && html`<div class="preview"><span class="preview-label">Preview</span><${Markdown} text=${item.text} /></div>`}`
        : html`<${MediaItem} item=${item} label=${`${label} ${item.kind}`} onUploaded=${onUploaded}
            onChange=${(patch) => update(item.key, patch)} />`}
      <div class="item-tools">
        <button type="button" class="small secondary" onClick=${() => move(index, -1)} disabled=${index === 0} aria-label="Move item up">↑</button>
        <button type="button" class="small secondary" onClick=${() => move(index, 1)} disabled=${index === items.length - 1} aria-label="Move item down">↓</button>
        <button type="button" class="small danger" onClick=${() => remove(item.key)} aria-label=${`Remove ${item.kind} item`}>Remove</button>
      </div>
    </div>`)}
    <div class="add-items">
      <button type="button" class="small secondary" onClick=${() => add('text')} disabled=${items.length >= 20}>+ Text</button>
      <button type="button" class="small secondary" onClick=${() => add('image')} disabled=${items.length >= 20} data-add="image">+ Image</button>
      <button type="button" class="small secondary" onClick=${() => add('audio')} disabled=${items.length >= 20} data-add="audio">+ Audio</button>
    </div>
  </fieldset>`;
}

function TagInput({ tags, setTags }) {
  const [text, setText] = useState('');
  const [suggestions, setSuggestions] = useState([]);
  useEffect(() => {
    const prefix = text.trim().toLowerCase();
    const timer = setTimeout(() => {
      get(`/api/tags${query({ q: prefix, limit: 10 })}`).then((page) => setSuggestions(page.items.map((t) => t.name)), () => {});
    }, 150);
    return () => clearTimeout(timer);
  }, [text]);
  const addTag = () => {
    const tag = text.trim().toLowerCase();
    if (tag && !tags.includes(tag) && tags.length < 20) setTags([...tags, tag]);
    setText('');
  };
  return html`<div class="tags-editor">
    <label>Tags <input list="tag-suggestions" value=${text} maxlength="50" onInput=${(e) => setText(e.currentTarget.value)}
      onKeyDown=${(e) => { if (e.key === 'Enter' || e.key === ',') { e.preventDefault(); addTag(); } }} onBlur=${addTag} /></label>
    <datalist id="tag-suggestions">${suggestions.filter((s) => !tags.includes(s)).map((s) => html`<option value=${s} />`)}</datalist>
    <ul class="tag-list" aria-label="Tags of this card">
      ${tags.map((tag) => html`<li class="tag">${tag} <button type="button" class="icon" aria-label=${`Remove tag ${tag}`}
        onClick=${() => setTags(tags.filter((t) => t !== tag))}>×</button></li>`)}
    </ul>
  </div>`;
}

export function EditorPage({ deckId: givenDeckId, cardId, refreshMe }) {
  const [deckId, setDeckId] = useState(givenDeckId);
  const [front, setFront] = useState(cardId ? [] : [newItem('text')]);
  const [back, setBack] = useState(cardId ? [] : [newItem('text')]);
  const [tags, setTags] = useState([]);
  const [error, setError] = useState(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!cardId) return;
    get(`/api/cards/${cardId}`).then((card) => {
      setDeckId(card.deckId);
      setFront(card.front.map(fromResponse));
      setBack(card.back.map(fromResponse));
      setTags(card.tags);
    }, (e) => setError(e.message));
  }, [cardId]);

  const busy = [...front, ...back].some((item) => item.status === 'uploading');

  const save = async (event) => {
    event.preventDefault();
    const request = { deckId, front: itemsRequest(front), back: itemsRequest(back), tags };
    if (!request.front.length || !request.back.length) {
      setError('Each side needs at least one item: some text, or an uploaded image or audio file.');
      return;
    }
    setSaving(true);
    try {
      if (cardId) await put(`/api/cards/${cardId}`, request);
      else await post('/api/cards', request);
      toast(cardId ? 'Card saved.' : 'Card created.');
      navigate(`/decks/${deckId}`);
    } catch (e) {
      setError(e.message);
    } finally {
      setSaving(false);
    }
  };

  return html`<main id="main">
    <p class="crumbs"><a href="/" data-route>Decks</a> › ${deckId && html`<a href=${`/decks/${deckId}`} data-route>Deck</a> ›`}</p>
    <h1>${cardId ? 'Edit card' : 'New card'}</h1>
    <form class="editor" onSubmit=${save}>
      <div class="sides">
        <${SideEditor} name="front" label="Front" items=${front} setItems=${setFront} onUploaded=${refreshMe} />
        <${SideEditor} name="back" label="Back" items=${back} setItems=${setBack} onUploaded=${refreshMe} />
      </div>
      <${TagInput} tags=${tags} setTags=${setTags} />
      ${error && html`<p class="error" role="alert">${error}</p>`}
      <p class="actions">
        <button type="submit" id="save-card" disabled=${saving || busy}>${cardId ? 'Save' : 'Create card'}</button>
        ${deckId && html`<a class="button secondary" href=${`/decks/${deckId}`} data-route>Cancel</a>`}
      </p>
    </form>
  </main>`;
}
