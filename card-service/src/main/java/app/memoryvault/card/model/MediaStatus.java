package app.memoryvault.card.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Processing state of a media item, as media-service last reported it. Not the events' MediaStatus, which knows
 * only outcomes: a card's item is pending until media-processed arrives.
 */
public enum MediaStatus {
    @JsonProperty("pending")
    PENDING,
    @JsonProperty("ready")
    READY,
    @JsonProperty("failed")
    FAILED
}
