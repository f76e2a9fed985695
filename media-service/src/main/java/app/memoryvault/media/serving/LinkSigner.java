package app.memoryvault.media.serving;

import app.memoryvault.media.storage.StorageConfig;
import io.quarkus.runtime.LaunchMode;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.logging.Logger;

/** Signs and checks the HMAC-SHA256 signature of a link to one variant of one file, valid until an instant. */
@ApplicationScoped
public class LinkSigner {

    private static final Logger LOG = Logger.getLogger(LinkSigner.class);
    static final int MIN_SECRET_LENGTH = 32;

    private final SecretKeySpec key;
    /** A keyed MAC per thread: looking the algorithm up and keying it cost more than signing a link. */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    public LinkSigner(LinksConfig links, StorageConfig storage) {
        this.key = new SecretKeySpec(secret(links, storage.type(), LaunchMode.current()), "HmacSHA256");
    }

    /** The signature of a link to {@code variant} of file {@code id} that works until {@code expires}. */
    public String sign(UUID id, String variant, long expiresEpochSecond) {
        byte[] mac = macs.get().doFinal((id + "\n" + variant + "\n" + expiresEpochSecond).getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac);
    }

    /** Whether the signature is the one this service made for the link and the link has not expired at {@code now}. */
    public Check check(UUID id, String variant, long expiresEpochSecond, String signature, Instant now) {
        byte[] expected = sign(id, variant, expiresEpochSecond).getBytes(StandardCharsets.US_ASCII);
        if (signature == null || !MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII))) {
            return Check.TAMPERED;
        }
        return now.getEpochSecond() > expiresEpochSecond ? Check.EXPIRED : Check.VALID;
    }

    /** The outcome of checking a link. */
    public enum Check {
        VALID,
        TAMPERED,
        EXPIRED
    }

    /**
     * The configured key; without one, a random key for a single instance — refused in production with the
     * filesystem store, whose links all replicas must be able to check.
     */
    static byte[] secret(LinksConfig links, StorageConfig.Type store, LaunchMode mode) {
        if (links.secret().isPresent()) {
            String secret = links.secret().get();
            if (secret.length() < MIN_SECRET_LENGTH) {
                throw new IllegalStateException("memoryvault.media.links.secret must have at least "
                        + MIN_SECRET_LENGTH + " characters");
            }
            return secret.getBytes(StandardCharsets.UTF_8);
        }
        if (store == StorageConfig.Type.FILESYSTEM && mode == LaunchMode.NORMAL) {
            throw new IllegalStateException("the filesystem media store serves signed links: set "
                    + "memoryvault.media.links.secret (the same on every replica)");
        }
        if (store == StorageConfig.Type.FILESYSTEM) {
            LOG.warn("memoryvault.media.links.secret is not set: links are signed with a random key that only this "
                    + "instance knows and that changes on restart");
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return random;
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every JVM has HmacSHA256", e);
        }
    }
}
