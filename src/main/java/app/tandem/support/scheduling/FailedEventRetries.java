package app.tandem.support.scheduling;

import app.tandem.support.OneNodeAtATime;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands the events whose listener failed (or whose node died while handling them) to their
 * listeners again, so that a crash loses no routing, notification or webhook. Safe with several
 * nodes, where re-publishing everything incomplete at each start would handle an event twice (once
 * by the node working on it, once by the node starting): the publication registry marks an event
 * failed only after it stayed published or in progress longer than {@code
 * spring.modulith.events.staleness.*}, this job runs on one node at a time, and each publication is
 * claimed before it is handed out again. An event is tried at most {@code tandem.events.max-attempts}
 * times.
 */
@Component
class FailedEventRetries {

    private final FailedEventPublications failed;
    private final OneNodeAtATime oneNode;
    private final int maxAttempts;

    FailedEventRetries(
            FailedEventPublications failed,
            OneNodeAtATime oneNode,
            @Value("${tandem.events.max-attempts:10}") int maxAttempts) {
        this.failed = failed;
        this.oneNode = oneNode;
        this.maxAttempts = maxAttempts;
    }

    @Scheduled(
            fixedDelayString = "${tandem.events.retry-every:1m}",
            initialDelayString = "${tandem.events.retry-every:1m}")
    public void retry() {
        oneNode.run(
                "event-retries",
                Duration.ofMinutes(10),
                Duration.ZERO,
                () -> failed.resubmit(ResubmissionOptions.defaults()
                        .withBatchSize(100)
                        .withMaxInFlight(20)
                        .withFilter(publication -> publication.getCompletionAttempts() < maxAttempts)));
    }
}
