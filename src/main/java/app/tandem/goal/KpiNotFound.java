package app.tandem.goal;

import app.tandem.support.DomainException;

/** No KPI with that id here. */
public class KpiNotFound extends DomainException {
    KpiNotFound(long id) {
        super(Kind.NOT_FOUND, "No KPI " + id + " in this workspace.");
    }

    KpiNotFound(String field, String message) {
        super(Kind.NOT_FOUND, field, message);
    }
}
