package app.tandem.meeting;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps every cadence {@link app.tandem.meeting.rules.CadenceDates#AHEAD} check-ins ahead as time
 * passes, so calendars and Home show the next dates though nobody opened the check-ins list. Each
 * cadence is topped up in its own transaction. With several nodes on one database, the schedule runs
 * on one of them at a time (a ShedLock row, held for at least {@code
 * tandem.check-ins.keep-ahead-hold} so that a node whose clock fires a little later finds it still
 * taken); should two still overlap (a hand-started run), the unique occurrence of a check-in refuses
 * the second node's copy, which then leaves that cadence to the first.
 */
@Component
class KeepAheadJob {

    private static final Logger log = LoggerFactory.getLogger(KeepAheadJob.class);

    private final CheckIns checkIns;

    KeepAheadJob(CheckIns checkIns) {
        this.checkIns = checkIns;
    }

    @Scheduled(cron = "${tandem.check-ins.keep-ahead-cron:0 17 * * * *}")
    @SchedulerLock(name = "check-ins-keep-ahead", lockAtLeastFor = "${tandem.check-ins.keep-ahead-hold:PT1M}")
    public void onSchedule() {
        int done = run();
        log.info("Check-ins kept ahead: {} cadences topped up", done);
    }

    /** Tops up every cadence; answers how many were topped up here (those another node had are not). */
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
