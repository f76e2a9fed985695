package app.memoryvault.media.processing;

/** A file that can never be processed, with a reason a person can read: the file becomes {@code failed}. */
public class ProcessingException extends RuntimeException {

    public ProcessingException(String reason) {
        super(reason);
    }

    public ProcessingException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
