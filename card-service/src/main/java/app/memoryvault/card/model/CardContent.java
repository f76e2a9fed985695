package app.memoryvault.card.model;

import app.memoryvault.events.ItemKind;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;

/** One item on one side of a card: text, or a reference to an image or audio file of media-service. */
@Entity
@Table(name = "card_content")
public class CardContent {

    @Id
    public UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "card_id")
    public Card card;
    public Side side;
    public int position;
    public ItemKind kind;
    public String text;
    public UUID mediaId;

    public static CardContent text(Side side, int position, String text) {
        CardContent item = new CardContent();
        item.id = UUID.randomUUID();
        item.side = side;
        item.position = position;
        item.kind = ItemKind.TEXT;
        item.text = text;
        return item;
    }

    /** An image or audio item with its optional caption. */
    public static CardContent media(Side side, int position, ItemKind kind, UUID mediaId, String caption) {
        CardContent item = new CardContent();
        item.id = UUID.randomUUID();
        item.side = side;
        item.position = position;
        item.kind = kind;
        item.mediaId = mediaId;
        item.text = caption;
        return item;
    }
}
