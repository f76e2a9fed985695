// Card text as HTML: Markdown (GitHub flavour, single newlines kept as line breaks) with the inline HTML that
// card-service keeps, then sanitised here too with DOMPurify, so that nothing the server might let through can run:
// only formatting elements, no attributes but a link's href, and only http, https and mailto links.

import DOMPurify from 'dompurify';
import { Marked } from 'marked';

const markdown = new Marked({ gfm: true, breaks: true, async: false });

/** What card-service keeps (TextSanitiser), plus the tables GitHub-flavoured Markdown makes. */
const FORMATTING = ['p', 'br', 'hr', 'b', 'strong', 'i', 'em', 'u', 's', 'del', 'ins', 'mark', 'small', 'sub', 'sup',
  'code', 'pre', 'kbd', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li',
  'table', 'thead', 'tbody', 'tr', 'th', 'td'];

const WITH_LINKS = {
  ALLOWED_TAGS: [...FORMATTING, 'a'],
  ALLOWED_ATTR: ['href'],
  ALLOWED_URI_REGEXP: /^(?:https?|mailto):/i,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
};
/** For text inside a link already (the card list): a link's words stay, the link goes. */
const WITHOUT_LINKS = { ...WITH_LINKS, ALLOWED_TAGS: FORMATTING };

/** Links leave the app in a new tab, without the page knowing where they came from. */
function openLinksSafely(node) {
  if (node.nodeName !== 'A') return;
  if (node.hasAttribute('href')) {
    node.setAttribute('rel', 'nofollow noopener noreferrer');
    node.setAttribute('target', '_blank');
  }
}

let purifier;
function purify(dirty, config) {
  if (!purifier) {
    purifier = DOMPurify(window);
    purifier.addHook('afterSanitizeAttributes', openLinksSafely);
  }
  return purifier.sanitize(dirty, config);
}

/** Safe HTML for a card's text; `links: false` drops links but keeps their words. */
export function renderMarkdown(text, { links = true } = {}) {
  if (!text) return '';
  return purify(markdown.parse(text), links ? WITH_LINKS : WITHOUT_LINKS);
}
