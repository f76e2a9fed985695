package app.memoryvault.platform.input;

/** PostgreSQL text cannot hold the NUL character: input carrying one is refused at the door with a 400. */
final class NulCharacters {

    static final String MESSAGE = "must not contain the NUL character (\\u0000)";

    private NulCharacters() {
    }

    static boolean in(String value) {
        return value != null && value.indexOf('\0') >= 0;
    }
}
