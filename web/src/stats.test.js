import { describe, expect, it } from 'vitest';
import { bars, boxRows, heatmapWeeks, level, retentionLine, retentionRows } from './stats.js';

describe('heatmapWeeks', () => {
  it('ends with the week of the given day, Monday first, and leaves later days empty', () => {
    // 2026-11-25 is a Wednesday.
    const weeks = heatmapWeeks([{ date: '2026-11-25', count: 8 }, { date: '2026-11-23', count: 2 }], '2026-11-25', 2);
    expect(weeks).toHaveLength(2);
    const last = weeks[1];
    expect(last[0]).toEqual({ date: '2026-11-23', count: 2, level: 1 });
    expect(last[2]).toEqual({ date: '2026-11-25', count: 8, level: 4 });
    expect(last.slice(3)).toEqual([null, null, null, null]);
    expect(weeks[0][0].date).toBe('2026-11-16');
  });

  it('covers a year by default', () => {
    const weeks = heatmapWeeks([], '2026-11-25');
    expect(weeks).toHaveLength(53);
    expect(weeks.flat().filter(Boolean).every((cell) => cell.level === 0)).toBe(true);
  });

  it('grades counts into four levels of the busiest day', () => {
    expect(level(0, 10)).toBe(0);
    expect(level(1, 10)).toBe(1);
    expect(level(5, 10)).toBe(2);
    expect(level(10, 10)).toBe(4);
  });
});

describe('charts', () => {
  it('scales forecast bars to the busiest day', () => {
    expect(bars([{ date: 'a', count: 2 }, { date: 'b', count: 8 }, { date: 'c', count: 0 }]).map((b) => b.share)).toEqual([0.25, 1, 0]);
    expect(bars([])).toEqual([]);
  });

  it('gives retention per window, null without answers', () => {
    const rows = retentionRows({ last7Days: { total: { passed: 9, failed: 1 } }, last30Days: { total: { passed: 0, failed: 0 } } });
    expect(rows[0]).toEqual({ key: 'last7Days', label: 'Last 7 days', rate: 0.9, answers: 10 });
    expect(rows[1].rate).toBeNull();
    expect(rows[3].answers).toBe(0);
  });

  it('orders Leitner boxes numerically', () => {
    expect(boxRows({ 10: 1, 2: 4, 1: 2 }).map((r) => [r.box, r.count, r.share])).toEqual([[1, 2, 0.5], [2, 4, 1], [10, 1, 0.25]]);
  });
});

describe('retention over time', () => {
  const week = (weekStart, passed, failed) => ({
    weekStart,
    young: { passed: 0, failed: 0, rate: null },
    mature: { passed, failed, rate: passed + failed ? passed / (passed + failed) : null },
    total: { passed, failed, rate: passed + failed ? passed / (passed + failed) : null },
  });
  const weeks = [
    week('2026-10-05', 9, 1),
    week('2026-10-12', 3, 1),
    week('2026-10-19', 0, 0),
    week('2026-10-26', 0, 0),
    week('2026-11-02', 1, 1),
    week('2026-11-09', 8, 0),
  ];

  it('draws each week with answers at its rate, 100% at the top, and leaves gaps for weeks without', () => {
    const line = retentionLine(weeks, 500, 100);
    expect(line.segments.map((run) => run.map((p) => p.weekStart))).toEqual([['2026-10-05', '2026-10-12'], ['2026-11-02', '2026-11-09']]);
    expect(line.points.map((p) => [p.x, p.y])).toEqual([[0, 10], [100, 25], [400, 50], [500, 0]]);
    expect(line.points.map((p) => p.answers)).toEqual([10, 4, 2, 8]);
  });

  it('gives the latest week with answers and the rate over all weeks', () => {
    const line = retentionLine(weeks, 500, 100);
    expect(line.latest.weekStart).toBe('2026-11-09');
    expect(line.overall).toBe(21 / 24);
  });

  it('works out a rate the service left out, and has nothing to draw without answers or weeks', () => {
    expect(retentionLine([{ weekStart: '2026-11-09', total: { passed: 3, failed: 1 } }], 500, 100).points)
      .toEqual([{ x: 0, y: 25, rate: 0.75, answers: 4, weekStart: '2026-11-09' }]);
    expect(retentionLine([week('2026-11-02', 0, 0), week('2026-11-09', 0, 0)], 500, 100))
      .toEqual({ segments: [], points: [], latest: null, overall: null });
    expect(retentionLine(undefined, 500, 100).points).toEqual([]);
  });
});
