// Statistics: year heatmap with streaks, 30-day forecast, retention, card counts, Leitner boxes, per deck. Plain SVG.

import { html } from 'htm/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { get, query } from '../api.js';
import { formatPercent } from '../format.js';
import { boxRows, bars, heatmapWeeks, retentionLine, retentionRows } from '../stats.js';
import { navigate } from '../router.js';
import { loadDecks } from './decks.js';

const CELL = 11;

function Heatmap({ heatmap, date }) {
  const weeks = heatmapWeeks(heatmap.days, date);
  const total = heatmap.days.reduce((sum, d) => sum + d.count, 0);
  const scroller = useRef(null);
  // The latest weeks are on the right: show them first on narrow screens.
  useEffect(() => { if (scroller.current) scroller.current.scrollLeft = scroller.current.scrollWidth; }, [date]);
  return html`<figure class="chart wide">
    <figcaption>Reviews in the last year: ${total} · current streak ${heatmap.currentStreak} day${heatmap.currentStreak === 1 ? '' : 's'} ·
      longest ${heatmap.longestStreak}</figcaption>
    <div class="scroll-x" ref=${scroller} tabindex="0" role="region" aria-label="Heatmap, scrolls sideways on narrow screens">
      <svg class="heatmap" width=${weeks.length * CELL} height=${7 * CELL} role="img"
          aria-label=${`Heatmap of daily reviews, ${total} in the last year`}>
        ${weeks.map((week, w) => week.map((cell, d) => cell && html`<rect x=${w * CELL} y=${d * CELL} width=${CELL - 2} height=${CELL - 2}
            rx="2" class=${`level-${cell.level}`}><title>${cell.date}: ${cell.count}</title></rect>`))}
      </svg>
    </div>
  </figure>`;
}

function Forecast({ forecast }) {
  const rows = bars(forecast.days);
  const width = 8;
  const height = 80;
  return html`<figure class="chart">
    <figcaption>Due in the next 30 days (overdue now: ${forecast.overdue})</figcaption>
    <svg class="forecast" viewBox=${`0 0 ${rows.length * width} ${height}`} preserveAspectRatio="none" role="img"
        aria-label=${`Forecast: ${rows.reduce((s, r) => s + r.count, 0)} cards due in 30 days`}>
      ${rows.map((row, i) => html`<rect x=${i * width + 1} y=${height - row.share * height} width=${width - 2}
          height=${Math.max(row.share * height, row.count ? 1 : 0)}><title>${row.date}: ${row.count}</title></rect>`)}
    </svg>
  </figure>`;
}

/** Retention over time: each week's pass rate as a line, with gaps for weeks without answers. */
export function RetentionChart({ weeks }) {
  const width = 520;
  const height = 120;
  const line = retentionLine(weeks, width, height);
  const label = line.latest
    && `Retention by week over ${weeks.length} weeks: ${formatPercent(line.overall)} overall, ${formatPercent(line.latest.rate)} in the week of ${line.latest.weekStart}`;
  return html`<figure class="chart wide">
    <figcaption>Retention over time${line.latest ? html` <span class="muted">(${formatPercent(line.overall)} overall)</span>` : ''}</figcaption>
    ${line.latest ? html`<svg class="retention-line" viewBox=${`-4 -4 ${width + 8} ${height + 8}`} role="img" aria-label=${label}>
      ${[0, 0.5, 0.9, 1].map((rate) => html`<line class="grid" x1="0" x2=${width} y1=${(1 - rate) * height} y2=${(1 - rate) * height}><title>${formatPercent(rate)}</title></line>`)}
      ${line.segments.map((run) => html`<polyline points=${run.map((p) => `${p.x},${p.y}`).join(' ')} />`)}
      ${line.points.map((p) => html`<circle cx=${p.x} cy=${p.y} r="3"><title>${`Week of ${p.weekStart}: ${formatPercent(p.rate)} of ${p.answers}`}</title></circle>`)}
    </svg>
    <p class="axis muted"><span>${weeks[0].weekStart}</span><span>0–100%</span><span>${weeks[weeks.length - 1].weekStart}</span></p>`
    : html`<p class="muted" data-testid="retention-empty">Nothing to measure in the last ${weeks.length} weeks yet: retention counts the answers to cards already learned, not the first answers to new ones.</p>`}
  </figure>`;
}

function BarList({ rows, caption, label, value }) {
  return html`<figure class="chart">
    <figcaption>${caption}</figcaption>
    <table class="bars">
      <tbody>${rows.map((row) => html`<tr>
        <th scope="row">${label(row)}</th>
        <td><meter min="0" max="1" value=${row.share ?? row.rate ?? 0}></meter></td>
        <td class="num">${value(row)}</td>
      </tr>`)}</tbody>
    </table>
  </figure>`;
}

export function StatsPage({ query: params }) {
  const deckId = params.get('deck') || '';
  const [stats, setStats] = useState(null);
  const [decks, setDecks] = useState([]);
  const [error, setError] = useState(null);
  useEffect(() => { loadDecks().then(setDecks, () => {}); }, []);
  useEffect(() => {
    setStats(null);
    get(`/api/review/stats${query({ deckId })}`).then(setStats, (e) => setError(e.message));
  }, [deckId]);
  const names = new Map(decks.map((d) => [d.id, d.name]));
  return html`<main id="main">
    <h1>Statistics</h1>
    <label>Deck <select value=${deckId} onChange=${(e) => navigate(`/stats${query({ deck: e.currentTarget.value })}`)}>
      <option value="">All decks</option>
      ${decks.map((d) => html`<option value=${d.id}>${d.name}</option>`)}
    </select></label>
    ${error && html`<p class="error" role="alert">${error}</p>`}
    ${!stats && !error && html`<p aria-busy="true">Loading…</p>`}
    ${stats && html`<div class="stats-grid">
      <section class="today" aria-label="Today">
        <h2>Today</h2>
        <p class="big" data-testid="reviews-today">${stats.today.reviews}</p>
        <p>reviews · ${formatPercent(stats.today.passRate)} passed</p>
        <p class="muted">${`${stats.counts.total} card${stats.counts.total === 1 ? '' : 's'}: ${stats.counts.new} new, `
          + `${stats.counts.learning} learning, ${stats.counts.young} young, ${stats.counts.mature} mature, ${stats.counts.suspended} suspended`}</p>
      </section>
      <${Heatmap} heatmap=${stats.heatmap} date=${stats.date} />
      <${Forecast} forecast=${stats.forecast} />
      <${BarList} caption="True retention" rows=${retentionRows(stats.retention)} label=${(r) => r.label}
        value=${(r) => (r.answers ? `${formatPercent(r.rate)} of ${r.answers}` : '–')} />
      ${Array.isArray(stats.retentionByWeek) && stats.retentionByWeek.length > 0 && html`<${RetentionChart} weeks=${stats.retentionByWeek} />`}
      <${BarList} caption="Leitner boxes" rows=${boxRows(stats.leitnerBoxes)} label=${(r) => `Box ${r.box}`} value=${(r) => r.count} />
      ${!deckId && stats.decks && stats.decks.length > 0 && html`<figure class="chart wide">
        <figcaption>Per deck</figcaption>
        <div class="scroll-x"><table class="per-deck">
          <thead><tr><th scope="col">Deck</th><th scope="col">New</th><th scope="col">Learning</th><th scope="col">Young</th><th scope="col">Mature</th><th scope="col">Total</th></tr></thead>
          <tbody>${stats.decks.map((d) => html`<tr>
            <th scope="row"><a href=${`/stats?deck=${d.deckId}`} data-route>${names.get(d.deckId) || 'Deck'}</a></th>
            <td>${d.counts.new}</td><td>${d.counts.learning}</td><td>${d.counts.young}</td><td>${d.counts.mature}</td><td>${d.counts.total}</td>
          </tr>`)}</tbody>
        </table></div>
      </figure>`}
    </div>`}
  </main>`;
}
