package app.tandem.insight.importing;

import com.carrotsearch.hppc.LongLongHashMap;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.jspecify.annotations.Nullable;

/**
 * What a workspace holds already, for an import's duplicate check: a 64-bit fingerprint of each
 * external reference and of each content hash, mapped to the id of the insight that has it, in
 * primitive maps (about 32 bytes per insight, so a million insights take tens of megabytes, not
 * hundreds). A fingerprint only says "maybe this one": the import reads that insight by its id and
 * compares the exact values before it skips a row, so the database needs no index on references
 * or hashes (random keys, which made such indexes the slowest part of a large import).
 *
 * <p>Two different values with one fingerprint (about one chance in 10^7 among a million
 * insights) keep the first insight; a row matching the second is then imported again, never lost.
 */
final class KnownContent {

    /** Returned when no insight has the fingerprint; ids start at 1. */
    static final long NONE = 0;

    private final LongLongHashMap refs = new LongLongHashMap();
    private final LongLongHashMap hashes = new LongLongHashMap();

    void add(long id, @Nullable String externalRef, String contentHash) {
        if (externalRef != null) {
            putIfAbsent(refs, ofRef(externalRef), id);
        }
        putIfAbsent(hashes, ofHash(contentHash), id);
    }

    /** The insight whose external reference may be this one, or {@link #NONE}. */
    long withRef(String externalRef) {
        return refs.getOrDefault(ofRef(externalRef), NONE);
    }

    /** The insight whose content hash may be this one, or {@link #NONE}. */
    long withHash(String contentHash) {
        return hashes.getOrDefault(ofHash(contentHash), NONE);
    }

    private static void putIfAbsent(LongLongHashMap map, long key, long id) {
        int slot = map.indexOf(key);
        if (!map.indexExists(slot)) {
            map.indexInsert(slot, key, id);
        }
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
