package app.tandem.meeting;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps every cadence {@link app.tandem.meeting.rules.CadenceDates#AHEAD} check-ins ahead as time
 * passes, so calendars and Home show the next dates though nobody opened the check-ins list. Each
 * cadence is topped up in its own transaction; when several nodes run this at the same moment, the
 * unique occurrence of a check-in refuses the second node's copy, which then leaves that cadence to
 * the first.
 */
@Component
class KeepAheadJob {

    private static final Logger log = LoggerFactory.getLogger(KeepAheadJob.class);

    private final CheckIns checkIns;

    KeepAheadJob(CheckIns checkIns) {
        this.checkIns = checkIns;
    }

    /** Tops up every cadence; answers how many were topped up here (those another node had are not). */
    @Scheduled(cron = "${tandem.check-ins.keep-ahead-cron:0 17 * * * *}")
    int run() {
        int done = 0;
        for (long cadence : checkIns.allCadences()) {
            try {
                checkIns.keepAhead(cadence);
                done++;
            } catch (DataIntegrityViolationException anotherNodeDidIt) {
                log.debug("Cadence {} was topped up by another node at the same moment", cadence);
            }
        }
        return done;
    }
}
