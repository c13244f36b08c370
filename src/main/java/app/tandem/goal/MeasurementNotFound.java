package app.tandem.goal;

import app.tandem.support.DomainException;

/** No measurement with that id here. */
public class MeasurementNotFound extends DomainException {
    MeasurementNotFound(long id) {
        super(Kind.NOT_FOUND, "No measurement " + id + " of this KPI.");
    }

    MeasurementNotFound(String field, String message) {
        super(Kind.NOT_FOUND, field, message);
    }
}
