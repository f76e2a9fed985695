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

/** A coordinate to a tenth of a pixel. */
const round = (value) => Math.round(value * 10) / 10;

/**
 * The "retention over time" line from the stats' `retentionByWeek` (oldest week first): each week's total pass rate
 * as a point in a `width` × `height` box (0% at the bottom, 100% at the top), and the runs of consecutive weeks with
 * answers as `segments`, so that weeks without answers leave gaps. Also the latest week's rate and the rate over all
 * the weeks, for the caption.
 */
export function retentionLine(weeks, width, height) {
  const list = weeks || [];
  const step = list.length > 1 ? width / (list.length - 1) : 0;
  const segments = [];
  let run = [];
  let passed = 0;
  let answers = 0;
  let latest = null;
  list.forEach((week, i) => {
    const total = week.total || {};
    const count = (total.passed || 0) + (total.failed || 0);
    const rate = total.rate ?? (count ? total.passed / count : null);
    if (rate == null) {
      if (run.length) segments.push(run);
      run = [];
      return;
    }
    const point = { x: round(i * step), y: round((1 - rate) * height), rate, answers: count, weekStart: week.weekStart };
    run.push(point);
    passed += total.passed || 0;
    answers += count;
    latest = point;
  });
  if (run.length) segments.push(run);
  return { segments, points: segments.flat(), latest, overall: answers ? passed / answers : null };
}
