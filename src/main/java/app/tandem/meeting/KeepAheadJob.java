package app.tandem.meeting;

import app.tandem.support.OneNodeAtATime;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps every cadence {@link app.tandem.meeting.rules.CadenceDates#AHEAD} check-ins ahead as time
 * passes, so calendars and Home show the next dates though nobody opened the check-ins list. Each
 * cadence is topped up in its own transaction. With several nodes on one database, the schedule runs
 * on one of them at a time ({@link OneNodeAtATime}, held for at least {@code
 * tandem.check-ins.keep-ahead-hold} so that a node whose clock fires a little later finds it still
 * taken); should two still overlap (a hand-started run), the unique occurrence of a check-in refuses
 * the second node's copy, which then leaves that cadence to the first.
 */
@Component
class KeepAheadJob {

    private static final Logger log = LoggerFactory.getLogger(KeepAheadJob.class);

    private final CheckIns checkIns;
    private final OneNodeAtATime oneNode;
    private final Duration hold;

    KeepAheadJob(
            CheckIns checkIns,
            OneNodeAtATime oneNode,
            @Value("${tandem.check-ins.keep-ahead-hold:PT1M}") Duration hold) {
        this.checkIns = checkIns;
        this.oneNode = oneNode;
        this.hold = hold;
    }

    @Scheduled(cron = "${tandem.check-ins.keep-ahead-cron:0 17 * * * *}")
    public void onSchedule() {
        oneNode.run("check-ins-keep-ahead", Duration.ofMinutes(10), hold, () -> {
            int done = run();
            log.info("Check-ins kept ahead: {} cadences topped up", done);
        });
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
