package app.tandem.meeting;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A decision of a check-in, with what it concerns; an edit sends back its {@code version}. */
public record DecisionView(
        long id,
        long checkInId,
        String what,
        @Nullable String why,
        @Nullable String reprioritised,
        List<Ref> initiatives,
        List<Ref> goals,
        @Nullable LocalDate due,
        DecisionState state,
        long version) {}
