import { describe, expect, it } from 'vitest';
import { formatBytes, formatInterval, formatPercent, quotaShare } from './format.js';

describe('formatInterval', () => {
  it('shows learning steps in minutes and hours', () => {
    expect(formatInterval(1 / 1440)).toBe('1 min');
    expect(formatInterval(10 / 1440)).toBe('10 min');
    expect(formatInterval(0.25)).toBe('6 h');
    expect(formatInterval(0.0001)).toBe('< 1 min');
  });

  it('shows days, months and years', () => {
    expect(formatInterval(1)).toBe('1 d');
    expect(formatInterval(16)).toBe('16 d');
    expect(formatInterval(45)).toBe('1.5 mo');
    expect(formatInterval(60)).toBe('2 mo');
    expect(formatInterval(730)).toBe('2 y');
    expect(formatInterval(36500)).toBe('100 y');
  });

  it('shows nothing for a missing interval', () => {
    expect(formatInterval(undefined)).toBe('');
    expect(formatInterval(-1)).toBe('');
  });
});

describe('formatBytes and quota', () => {
  it('scales to the right unit', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(25 * 1024 * 1024)).toBe('25 MB');
    expect(formatBytes(NaN)).toBe('?');
  });

  it('gives the share of the quota used, capped at 1', () => {
    expect(quotaShare({ used: 256, limit: 1024 })).toBe(0.25);
    expect(quotaShare({ used: 2048, limit: 1024 })).toBe(1);
    expect(quotaShare(null)).toBeNull();
    expect(formatPercent(0.906)).toBe('91%');
    expect(formatPercent(null)).toBe('–');
  });
});
