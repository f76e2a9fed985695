package app.memoryvault.platform.security;

/** The realm roles MemoryVault knows: every API call needs {@link #USER}; admin operations need {@link #ADMIN}. */
public final class Roles {

    public static final String USER = "user";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
