// Deck hierarchy helpers.

/** Decks as a flat list in tree order, each with its `depth`; decks whose parent is unknown are roots. */
export function deckTree(decks) {
  const byParent = new Map();
  const ids = new Set(decks.map((d) => d.id));
  for (const deck of decks) {
    const parent = deck.parentId && ids.has(deck.parentId) ? deck.parentId : null;
    if (!byParent.has(parent)) byParent.set(parent, []);
    byParent.get(parent).push(deck);
  }
  const ordered = [];
  const visit = (parent, depth) => {
    const children = (byParent.get(parent) || []).slice().sort((a, b) => a.name.localeCompare(b.name));
    for (const deck of children) {
      ordered.push({ ...deck, depth });
      visit(deck.id, depth + 1);
    }
  };
  visit(null, 0);
  return ordered;
}

/** The ids of a deck and everything below it (a deck cannot move under one of these). */
export function subtreeIds(decks, id) {
  const result = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const deck of decks) {
      if (deck.parentId && result.has(deck.parentId) && !result.has(deck.id)) {
        result.add(deck.id);
        grew = true;
      }
    }
  }
  return result;
}

/** A DeckRequest for PUT from a deck as read, with some fields changed. */
export function deckRequest(deck, changes) {
  return { name: deck.name, description: deck.description ?? null, parentId: deck.parentId ?? null, scheduler: deck.scheduler, ...changes };
}

/** What a rename or a move did, for the message that offers to undo it. */
export function changeMessage(deck, changes, decks) {
  if ('parentId' in changes) {
    const parent = changes.parentId && decks.find((d) => d.id === changes.parentId);
    return parent ? `Moved “${deck.name}” into “${parent.name}”.` : `Moved “${deck.name}” to the top level.`;
  }
  return `Renamed “${deck.name}” to “${changes.name}”.`;
}
