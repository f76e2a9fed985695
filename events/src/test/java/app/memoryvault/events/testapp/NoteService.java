package app.memoryvault.events.testapp;

import app.memoryvault.events.CardCreated;
import app.memoryvault.events.CardItem;
import app.memoryvault.events.CardUpdated;
import app.memoryvault.events.OutboxPublisher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** The producer side of the test service: each change publishes its event through the outbox. */
@ApplicationScoped
public class NoteService {

    public static final UUID DECK = UUID.fromString("00000000-0000-0000-0000-00000000d0c1");

    @Inject
    OutboxPublisher outbox;

    @Transactional
    public UUID create(String ownerId, String text) {
        Note note = new Note();
        note.id = UUID.randomUUID();
        note.ownerId = ownerId;
        note.text = text;
        note.persist();
        outbox.publish(ownerId, new CardCreated(note.id, DECK, List.of(CardItem.text(text)), List.of(), List.of()));
        return note.id;
    }

    @Transactional
    public void update(UUID id, String text) {
        Note note = Note.findById(id);
        note.text = text;
        outbox.publish(note.ownerId, new CardUpdated(id, DECK, List.of(CardItem.text(text)), List.of(), List.of()));
    }
}
