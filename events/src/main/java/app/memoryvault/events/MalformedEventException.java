package app.memoryvault.events;

/**
 * A message that cannot be read as an event of this build: not JSON, missing envelope fields, a payload that does
 * not match its type, or a version this build does not understand. Retrying cannot help; consumers let it go to
 * the dead-letter topic (list it in {@code @Retry(abortOn = ...)}).
 */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
