// Pure computations behind the statistics charts (drawn as SVG by views/stats.js).

const DAY_MS = 86_400_000;

export function parseDay(date) {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

export function formatDay(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The intensity level 0..4 of a day with `count` answers when the busiest day had `max`. */
export function level(count, max) {
  if (!count || !max) return 0;
  return Math.min(4, Math.ceil((count / max) * 4));
}

/**
 * A year heatmap: weeks (columns, Monday first) ending with the week of `endDate`, each with 7 cells
 * {date, count, level}; days after `endDate` are null.
 */
export function heatmapWeeks(days, endDate, weeks = 53) {
  const counts = new Map((days || []).map((d) => [d.date, d.count]));
  const max = Math.max(0, ...counts.values());
  const end = parseDay(endDate);
  const endWeekday = (new Date(end).getUTCDay() + 6) % 7;
  const start = end - (endWeekday + (weeks - 1) * 7) * DAY_MS;
  const columns = [];
  for (let w = 0; w < weeks; w += 1) {
    const column = [];
    for (let d = 0; d < 7; d += 1) {
      const ms = start + (w * 7 + d) * DAY_MS;
      if (ms > end) {
        column.push(null);
      } else {
        const date = formatDay(ms);
        const count = counts.get(date) || 0;
        column.push({ date, count, level: level(count, max) });
      }
    }
    columns.push(column);
  }
  return columns;
}

/** Streaks from answered days (any order): the longest run, and the one ending on `today` (or yesterday). */
export function streaks(dates, today) {
  const days = [...new Set(dates)].map(parseDay).sort((a, b) => a - b);
  let longest = 0;
  let run = 0;
  for (let i = 0; i < days.length; i += 1) {
    run = i > 0 && days[i] - days[i - 1] === DAY_MS ? run + 1 : 1;
    longest = Math.max(longest, run);
  }
  const set = new Set(days);
  let cursor = parseDay(today);
  if (!set.has(cursor)) cursor -= DAY_MS;
  let currentRun = 0;
  while (set.has(cursor)) {
    currentRun += 1;
    cursor -= DAY_MS;
  }
  return { current: currentRun, longest };
}

/** Bars of a forecast: each day's height as a share of the busiest day (0..1). */
export function bars(days) {
  const max = Math.max(0, ...(days || []).map((d) => d.count));
  return (days || []).map((d) => ({ ...d, share: max ? d.count / max : 0 }));
}

/** Retention windows as rows: label, rate (null without answers), and the answers behind it. */
export function retentionRows(retention) {
  const windows = [
    ['last7Days', 'Last 7 days'],
    ['last30Days', 'Last 30 days'],
    ['last365Days', 'Last year'],
    ['allTime', 'All time'],
  ];
  return windows.map(([key, label]) => {
    const total = (retention && retention[key] && retention[key].total) || { passed: 0, failed: 0 };
    const answers = total.passed + total.failed;
    return { key, label, rate: answers ? total.passed / answers : null, answers };
  });
}

/** Leitner boxes as ordered rows {box, count, share}. */
export function boxRows(boxes) {
  const rows = Object.entries(boxes || {})
    .map(([box, count]) => ({ box: Number(box), count }))
    .filter((row) => Number.isFinite(row.box))
    .sort((a, b) => a.box - b.box);
  const max = Math.max(0, ...rows.map((r) => r.count));
  return rows.map((row) => ({ ...row, share: max ? row.count / max : 0 }));
}
