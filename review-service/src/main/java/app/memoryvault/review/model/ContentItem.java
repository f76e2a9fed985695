package app.memoryvault.review.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;

/** One item of a card side: text, or a reference to an image or audio file. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContentItem(String kind, String text, UUID mediaId) {
}
