// The review session as a pure state machine: the view dispatches events and renders the state it gets back.
//
// phases: loading → front → back → (rated) → front … → loading (refill) → finished; any → failed on an error.

export const RATINGS = [
  { value: 1, name: 'again', label: 'Again' },
  { value: 2, name: 'hard', label: 'Hard' },
  { value: 3, name: 'good', label: 'Good' },
  { value: 4, name: 'easy', label: 'Easy' },
];

export function initialSession() {
  return { phase: 'loading', queue: [], index: 0, done: 0, left: 0, ratings: { 1: 0, 2: 0, 3: 0, 4: 0 }, error: null, shownAt: null };
}

/** How many cards the due answer says are left now (new, learning and review). */
export function countLeft(counts) {
  if (!counts) return 0;
  return (counts.new || 0) + (counts.learning || 0) + (counts.review || 0);
}

export function current(state) {
  return state.phase === 'front' || state.phase === 'back' ? state.queue[state.index] : undefined;
}

export function reviewReducer(state, event) {
  switch (event.type) {
    case 'loaded': {
      const items = event.items || [];
      if (!items.length) return { ...state, phase: 'finished', queue: [], index: 0, left: 0 };
      return { ...state, phase: 'front', queue: items, index: 0, left: Math.max(countLeft(event.counts), items.length), shownAt: event.at ?? null };
    }
    case 'reveal':
      return state.phase === 'front' ? { ...state, phase: 'back' } : state;
    case 'rated': {
      if (state.phase !== 'back' || !RATINGS.some((r) => r.value === event.rating)) return state;
      const ratings = { ...state.ratings, [event.rating]: state.ratings[event.rating] + 1 };
      const index = state.index + 1;
      const next = { ...state, ratings, done: state.done + 1, left: Math.max(0, state.left - 1), index, shownAt: event.at ?? null };
      return index < state.queue.length ? { ...next, phase: 'front' } : { ...next, phase: 'loading', queue: [], index: 0 };
    }
    case 'failed':
      return { ...state, phase: 'failed', error: event.message };
    case 'retry':
      return state.phase === 'failed' ? { ...state, phase: 'loading', error: null, queue: [], index: 0 } : state;
    default:
      return state;
  }
}

/** What a key press means in a phase: 'reveal', a rating 1–4, or null. */
export function keyAction(key, phase) {
  if (phase === 'front' && (key === ' ' || key === 'Enter')) return 'reveal';
  if (phase === 'back' && ['1', '2', '3', '4'].includes(key)) return Number(key);
  return null;
}

/** Share of answers that passed (rating 2–4) in this session, or null before the first. */
export function passRate(ratings) {
  const total = ratings[1] + ratings[2] + ratings[3] + ratings[4];
  return total ? (total - ratings[1]) / total : null;
}
