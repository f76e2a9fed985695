package app.memoryvault.review.service;

import app.memoryvault.review.repository.StatsRepository.CardGroup;
import app.memoryvault.review.service.ReviewStats.CardCounts;
import app.memoryvault.review.service.ReviewStats.DeckStats;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** Sums the database's card groups into counts by category and Leitner box, in total and per deck. */
record CardStatistics(CardCounts total, Map<Integer, Long> leitnerBoxes, List<DeckStats> decks) {

    static CardStatistics of(List<CardGroup> groups) {
        Map<UUID, List<CardGroup>> byDeck = new LinkedHashMap<>();
        groups.stream()
                .sorted((a, b) -> a.deckId().compareTo(b.deckId()))
                .forEach(group -> byDeck.computeIfAbsent(group.deckId(), deck -> new ArrayList<>()).add(group));
        List<DeckStats> decks = byDeck.entrySet().stream()
                .map(deck -> new DeckStats(deck.getKey(), counts(deck.getValue()), boxes(deck.getValue())))
                .toList();
        return new CardStatistics(counts(groups), boxes(groups), decks);
    }

    private static CardCounts counts(List<CardGroup> groups) {
        return new CardCounts(sum(groups, "new"), sum(groups, "learning"), sum(groups, "young"),
                sum(groups, "mature"), sum(groups, "suspended"), groups.stream().mapToLong(CardGroup::cards).sum());
    }

    /** Cards of Leitner decks per box, suspended and new ones included; empty without Leitner cards. */
    private static Map<Integer, Long> boxes(List<CardGroup> groups) {
        Map<Integer, Long> boxes = new TreeMap<>();
        groups.stream()
                .filter(group -> "leitner".equals(group.algorithm()))
                .forEach(group -> boxes.merge((int) group.box(), group.cards(), Long::sum));
        return boxes;
    }

    private static long sum(List<CardGroup> groups, String category) {
        return groups.stream().filter(group -> group.category().equals(category)).mapToLong(CardGroup::cards).sum();
    }
}
