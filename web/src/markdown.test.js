// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown.js';

/** The rendered HTML as a DOM fragment, to ask it questions. */
function dom(text, options) {
  const template = document.createElement('template');
  template.innerHTML = renderMarkdown(text, options);
  return template.content;
}

describe('renderMarkdown', () => {
  it('renders emphasis, strong and strike-through', () => {
    const html = renderMarkdown('el *gato* es **negro** y ~~blanco~~');
    expect(html).toBe('<p>el <em>gato</em> es <strong>negro</strong> y <del>blanco</del></p>\n');
  });

  it('renders bullet and numbered lists', () => {
    const page = dom('- uno\n- dos\n\n1. first\n2. second');
    expect([...page.querySelectorAll('ul > li')].map((li) => li.textContent)).toEqual(['uno', 'dos']);
    expect([...page.querySelectorAll('ol > li')].map((li) => li.textContent)).toEqual(['first', 'second']);
  });

  it('renders code spans and fenced code blocks with their markup as text', () => {
    const page = dom('use `<b>` here\n\n```\nif (a < b) { run(); }\n```');
    expect(page.querySelector('p code').textContent).toBe('<b>');
    expect(page.querySelector('p b')).toBeNull();
    expect(page.querySelector('pre code').textContent).toBe('if (a < b) { run(); }\n');
  });

  it('keeps single line breaks of plain text', () => {
    expect(renderMarkdown('one\ntwo')).toBe('<p>one<br>two</p>\n');
  });

  it('opens http, https and mailto links in a new tab without referrer', () => {
    const links = [...dom('[web](https://example.org/a?b=1) [plain](http://example.org) [mail](mailto:a@example.org)').querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['https://example.org/a?b=1', 'http://example.org', 'mailto:a@example.org']);
    for (const a of links) {
      expect(a.getAttribute('rel')).toBe('nofollow noopener noreferrer');
      expect(a.getAttribute('target')).toBe('_blank');
    }
  });

  it('keeps the formatting HTML card-service allows', () => {
    const page = dom('<u>under</u> <mark>marked</mark> H<sub>2</sub>O <kbd>Ctrl</kbd>');
    expect(['u', 'mark', 'sub', 'kbd'].map((tag) => page.querySelector(tag)?.textContent)).toEqual(['under', 'marked', '2', 'Ctrl']);
  });

  it('drops links but keeps their words when asked to (text inside a link)', () => {
    const page = dom('see [the docs](https://example.org) **now**', { links: false });
    expect(page.querySelector('a')).toBeNull();
    expect(page.querySelector('strong').textContent).toBe('now');
    expect(page.textContent.trim()).toBe('see the docs now');
  });

  it('gives nothing for no text', () => {
    expect(renderMarkdown('')).toBe('');
    expect(renderMarkdown(undefined)).toBe('');
  });
});

describe('renderMarkdown against script injection', () => {
  const payloads = [
    '<script>alert(1)</script>',
    '<img src=x onerror="alert(1)">',
    '<a href="javascript:alert(1)">click</a>',
    '[click](javascript:alert(1))',
    '[click](  JaVaScRiPt:alert(1))',
    '[click](java\tscript:alert(1))',
    '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
    '[click](vbscript:msgbox(1))',
    '<b onmouseover="alert(1)">hover</b>',
    '<p style="background:url(javascript:alert(1))">styled</p>',
    '<iframe src="https://example.org"></iframe>',
    '<svg><script>alert(1)</script></svg>',
    '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
    '<form action="https://example.org"><button>go</button></form>',
    '<object data="x.swf"></object><embed src="x.swf">',
    '![pixel](https://tracker.example.org/p.gif)',
    '<a href="https://example.org" onclick="alert(1)" target="_self" rel="opener">ok</a>',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    '<details open ontoggle=alert(1)>',
    '<<script>script>alert(1)<</script>/script>',
  ];

  it.each(payloads)('neutralises %s', (payload) => {
    const page = dom(payload);
    const elements = [...page.querySelectorAll('*')];
    for (const element of elements) {
      expect(['script', 'iframe', 'img', 'svg', 'math', 'form', 'object', 'embed', 'style', 'details', 'noscript', 'button'])
        .not.toContain(element.localName);
      for (const attribute of element.attributes) {
        expect(['href', 'rel', 'target']).toContain(attribute.name);
      }
      if (element.hasAttribute('href')) expect(element.getAttribute('href')).toMatch(/^(https?|mailto):/);
      if (element.localName === 'a' && element.hasAttribute('href')) {
        expect(element.getAttribute('rel')).toBe('nofollow noopener noreferrer');
        expect(element.getAttribute('target')).toBe('_blank');
      }
    }
  });

  it('leaves the text of a neutralised link readable', () => {
    const link = dom('[click](javascript:alert(1))').querySelector('a');
    expect(link === null || !link.hasAttribute('href')).toBe(true);
    expect(dom('[click](javascript:alert(1))').textContent).toContain('click');
  });
});
