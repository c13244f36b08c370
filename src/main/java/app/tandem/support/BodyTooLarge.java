package app.tandem.support;

import java.util.Map;

/** A request body over its limit ({@link BodyLimits}): 413, with the {@code limit} in bytes. */
public final class BodyTooLarge extends DomainException {

    private final long limit;

    public BodyTooLarge(long limit) {
        super(
                Kind.TOO_LARGE,
                "The request body is larger than " + readable(limit) + " (" + limit
                        + " bytes), the most this address accepts. Send less, or split it.");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("limit", limit);
    }

    /** 1 MB, 200 MB, 512 KB, 100 bytes. */
    public static String readable(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " bytes";
    }
}
