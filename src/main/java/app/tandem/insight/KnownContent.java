package app.tandem.insight;

import com.carrotsearch.hppc.LongHashSet;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.jspecify.annotations.Nullable;

/**
 * What a workspace holds already, for an import's duplicate check: a 64-bit fingerprint of each
 * external reference and of each content hash, in primitive sets (about 16 bytes per insight, so a
 * million insights take tens of megabytes, not hundreds). A fingerprint only says "maybe seen":
 * the import confirms a hit against the exact value before it skips a row.
 */
final class KnownContent {

    private final LongHashSet refs = new LongHashSet();
    private final LongHashSet hashes = new LongHashSet();

    void add(@Nullable String externalRef, String contentHash) {
        if (externalRef != null) {
            refs.add(ofRef(externalRef));
        }
        hashes.add(ofHash(contentHash));
    }

    /** Records the reference; false when its fingerprint was there already (a possible duplicate). */
    boolean addRef(String externalRef) {
        return refs.add(ofRef(externalRef));
    }

    boolean mayHaveHash(String contentHash) {
        return hashes.contains(ofHash(contentHash));
    }

    void addHash(String contentHash) {
        hashes.add(ofHash(contentHash));
    }

    int size() {
        return hashes.size();
    }

    /** The first 8 bytes of the SHA-256 of the reference. */
    static long ofRef(String ref) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(ref.getBytes(StandardCharsets.UTF_8));
            long value = 0;
            for (int i = 0; i < 8; i++) {
                value = (value << 8) | (digest[i] & 0xff);
            }
            return value;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A content hash is a SHA-256 in hex already: its first 16 hex digits. */
    static long ofHash(String contentHash) {
        return Long.parseUnsignedLong(contentHash.substring(0, 16), 16);
    }
}
