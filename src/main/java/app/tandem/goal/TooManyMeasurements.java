package app.tandem.goal;

import app.tandem.support.DomainException;
import java.util.Map;

/** One request brought more measurements than {@code tandem.kpi.max-measurements-per-request} allows. */
class TooManyMeasurements extends DomainException {

    private final int limit;

    TooManyMeasurements(int limit) {
        super(
                Kind.TOO_LARGE,
                "measurements",
                String.format(
                        java.util.Locale.ROOT,
                        "At most %,d measurements per request (tandem.kpi.max-measurements-per-request): send the"
                                + " others in further requests.",
                        limit));
        this.limit = limit;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("limit", limit);
    }
}
