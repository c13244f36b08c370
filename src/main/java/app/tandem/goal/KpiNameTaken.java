package app.tandem.goal;

import app.tandem.support.DomainException;

/** Another KPI of the workspace has that name; CSV files name KPIs, so names are unique. */
public class KpiNameTaken extends DomainException {
    KpiNameTaken(String name) {
        super(Kind.CONFLICT, "name", "There is a KPI named '" + name + "' already. Choose another name.");
    }
}
