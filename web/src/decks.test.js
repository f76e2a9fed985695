import { describe, expect, it } from 'vitest';
import { changeMessage, deckRequest, deckTree, subtreeIds } from './decks.js';

const decks = [
  { id: 'b', name: 'Spanish', parentId: null, scheduler: 'leitner' },
  { id: 'c', name: 'Verbs', parentId: 'b', scheduler: 'fsrs' },
  { id: 'a', name: 'Art', parentId: null, scheduler: 'leitner' },
  { id: 'd', name: 'Irregular', parentId: 'c', scheduler: 'fsrs' },
  { id: 'e', name: 'Orphan', parentId: 'gone', scheduler: 'leitner' },
];

describe('decks', () => {
  it('orders decks as a tree by name with their depth', () => {
    expect(deckTree(decks).map((d) => [d.name, d.depth])).toEqual([['Art', 0], ['Orphan', 0], ['Spanish', 0], ['Verbs', 1], ['Irregular', 2]]);
  });

  it('finds a deck and everything below it', () => {
    expect([...subtreeIds(decks, 'b')].sort()).toEqual(['b', 'c', 'd']);
    expect([...subtreeIds(decks, 'a')]).toEqual(['a']);
  });

  it('makes a full update request with the changes', () => {
    expect(deckRequest(decks[1], { name: 'Verbos' })).toEqual({ name: 'Verbos', description: null, parentId: 'b', scheduler: 'fsrs' });
  });

  it('says what a move or a rename did', () => {
    expect(changeMessage(decks[2], { parentId: 'b' }, decks)).toBe('Moved “Art” into “Spanish”.');
    expect(changeMessage(decks[1], { parentId: null }, decks)).toBe('Moved “Verbs” to the top level.');
    expect(changeMessage(decks[1], { name: 'Verbos' }, decks)).toBe('Renamed “Verbs” to “Verbos”.');
  });
});
