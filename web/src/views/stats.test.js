// @vitest-environment jsdom
import { html } from 'htm/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, mount, unmountAll } from '../test-support.js';
import { RetentionChart, StatsPage } from './stats.js';

const week = (weekStart, passed, failed) => {
  const rate = passed + failed ? passed / (passed + failed) : null;
  return { weekStart, young: { passed: 0, failed: 0, rate: null }, mature: { passed, failed, rate }, total: { passed, failed, rate } };
};

afterEach(() => {
  unmountAll();
  vi.unstubAllGlobals();
});

/** GET /api/review/stats as review-service answers it, with `extra` fields. */
function stats(extra) {
  return {
    date: '2026-11-09',
    today: { reviews: 3, passRate: 2 / 3 },
    counts: { total: 5, new: 1, learning: 1, young: 2, mature: 1, suspended: 0 },
    heatmap: { days: [{ date: '2026-11-09', count: 3 }], currentStreak: 1, longestStreak: 4 },
    forecast: { overdue: 0, days: [{ date: '2026-11-10', count: 2 }] },
    retention: { last7Days: { total: { passed: 2, failed: 1 } } },
    leitnerBoxes: { 1: 2, 2: 1 },
    decks: [],
    ...extra,
  };
}

describe('the retention chart', () => {
  it('draws a line per run of weeks with answers, a point per week, and says the rates', () => {
    const weeks = [week('2026-10-12', 9, 1), week('2026-10-19', 3, 1), week('2026-10-26', 0, 0), week('2026-11-02', 8, 0)];
    const page = mount(html`<${RetentionChart} weeks=${weeks} />`);
    const svg = page.querySelector('svg.retention-line');
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('Retention by week over 4 weeks: 91% overall, 100% in the week of 2026-11-02');
    expect([...svg.querySelectorAll('polyline')].map((p) => p.getAttribute('points'))).toEqual(['0,12 173.3,30', '520,0']);
    expect([...svg.querySelectorAll('circle title')].map((t) => t.textContent))
      .toEqual(['Week of 2026-10-12: 90% of 10', 'Week of 2026-10-19: 75% of 4', 'Week of 2026-11-02: 100% of 8']);
    expect(page.querySelector('.axis').textContent).toContain('2026-10-12');
  });

  it('says so when no week has answers', () => {
    const page = mount(html`<${RetentionChart} weeks=${[week('2026-10-26', 0, 0), week('2026-11-02', 0, 0)]} />`);
    expect(page.querySelector('svg')).toBeNull();
    expect(page.querySelector('[data-testid=retention-empty]').textContent).toContain('Nothing to measure in the last 2 weeks yet');
  });
});

describe('the statistics page', () => {
  const show = async (answer) => {
    fakeApi((method, path) => (path.startsWith('/api/decks') ? { items: [], next: null } : answer));
    const page = mount(html`<${StatsPage} query=${new URLSearchParams()} />`);
    await vi.waitFor(() => expect(page.querySelector('[data-testid=reviews-today]').textContent).toBe('3'));
    return page;
  };

  it('shows retention over time when the service sends the weeks', async () => {
    const page = await show(stats({ retentionByWeek: [week('2026-11-02', 4, 1), week('2026-11-09', 2, 1)] }));
    expect(page.querySelectorAll('svg.retention-line circle')).toHaveLength(2);
  });

  it('shows the other charts without retention over time when the service does not send the weeks', async () => {
    const page = await show(stats({}));
    expect(page.querySelector('svg.retention-line')).toBeNull();
    expect(page.textContent).not.toContain('Retention over time');
    expect(page.querySelector('svg.heatmap')).not.toBeNull();
    expect(page.querySelector('svg.forecast')).not.toBeNull();
  });
});
