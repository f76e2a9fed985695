import { describe, expect, it } from 'vitest';
import { countLeft, current, initialSession, keyAction, passRate, reviewReducer } from './review.js';

const item = (id) => ({ card: { id, front: [], back: [] }, intervals: { again: 0.0007, hard: 1, good: 2, easy: 4 } });
const run = (events, state = initialSession()) => events.reduce(reviewReducer, state);

describe('review session', () => {
  it('shows the front of the first due card, then its back', () => {
    const loaded = run([{ type: 'loaded', items: [item('a'), item('b')], counts: { new: 2, learning: 0, review: 0 } }]);
    expect(loaded.phase).toBe('front');
    expect(current(loaded).card.id).toBe('a');
    expect(run([{ type: 'reveal' }], loaded).phase).toBe('back');
  });

  it('ignores a rating before the answer is shown and a second reveal', () => {
    const loaded = run([{ type: 'loaded', items: [item('a')], counts: { new: 1 } }]);
    expect(run([{ type: 'rated', rating: 3 }], loaded)).toBe(loaded);
    const back = run([{ type: 'reveal' }], loaded);
    expect(run([{ type: 'reveal' }], back)).toBe(back);
    expect(run([{ type: 'rated', rating: 5 }], back)).toBe(back);
  });

  it('moves to the next card after a rating and counts what was done and what is left', () => {
    const state = run([
      { type: 'loaded', items: [item('a'), item('b')], counts: { new: 1, learning: 0, review: 4 } },
      { type: 'reveal' },
      { type: 'rated', rating: 1 },
    ]);
    expect(state.phase).toBe('front');
    expect(current(state).card.id).toBe('b');
    expect(state.done).toBe(1);
    expect(state.left).toBe(4);
    expect(state.ratings[1]).toBe(1);
  });

  it('asks for more cards after the last of a batch, and finishes when none are due', () => {
    const afterBatch = run([
      { type: 'loaded', items: [item('a')], counts: { new: 1 } },
      { type: 'reveal' },
      { type: 'rated', rating: 4 },
    ]);
    expect(afterBatch.phase).toBe('loading');
    const finished = run([{ type: 'loaded', items: [], counts: { new: 0 } }], afterBatch);
    expect(finished.phase).toBe('finished');
    expect(finished.done).toBe(1);
    expect(passRate(finished.ratings)).toBe(1);
  });

  it('shows a failure and loads again on retry', () => {
    const failed = run([{ type: 'failed', message: 'No connection' }]);
    expect(failed).toMatchObject({ phase: 'failed', error: 'No connection' });
    expect(run([{ type: 'retry' }], failed).phase).toBe('loading');
  });

  it('maps space and Enter to reveal on the front, 1 to 4 to ratings on the back', () => {
    expect(keyAction(' ', 'front')).toBe('reveal');
    expect(keyAction('Enter', 'front')).toBe('reveal');
    expect(keyAction('3', 'front')).toBeNull();
    expect(keyAction('3', 'back')).toBe(3);
    expect(keyAction(' ', 'back')).toBeNull();
    expect(keyAction('5', 'back')).toBeNull();
  });

  it('counts every kind of due card as left', () => {
    expect(countLeft({ new: 3, learning: 1, review: 5 })).toBe(9);
    expect(countLeft(undefined)).toBe(0);
    expect(passRate({ 1: 1, 2: 1, 3: 1, 4: 1 })).toBe(0.75);
    expect(passRate({ 1: 0, 2: 0, 3: 0, 4: 0 })).toBeNull();
  });
});
