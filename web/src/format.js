// Small formatting helpers shared by the views.

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'];

export function formatBytes(bytes) {
  if (!Number.isFinite(bytes) || bytes < 0) return '?';
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  return `${value.toFixed(digits)} ${UNITS[unit]}`;
}

/** An interval in days (fractional for learning steps) as a short label: 1 min, 10 min, 3 h, 1 d, 2.5 mo, 1.2 y. */
export function formatInterval(days) {
  if (!Number.isFinite(days) || days < 0) return '';
  const minutes = days * 24 * 60;
  if (minutes < 1) return '< 1 min';
  if (minutes < 60) return `${Math.round(minutes)} min`;
  const hours = minutes / 60;
  if (hours < 23.5) return `${Math.round(hours)} h`;
  if (days < 30) return `${Math.round(days)} d`;
  if (days < 365) return `${round1(days / 30)} mo`;
  return `${round1(days / 365)} y`;
}

function round1(value) {
  const rounded = Math.round(value * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}

export function formatPercent(rate) {
  if (rate == null || !Number.isFinite(rate)) return '–';
  return `${Math.round(rate * 100)}%`;
}

/** The share of the quota used, 0..1, or null when unknown. */
export function quotaShare(quota) {
  if (!quota || !quota.limit) return null;
  return Math.min(1, Math.max(0, quota.used / quota.limit));
}
