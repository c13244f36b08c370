package app.tandem.webhook.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SubscriptionRepository extends JpaRepository<Subscription, Long> {

    List<Subscription> findByWorkspaceIdOrderByIdAsc(long workspaceId);

    List<Subscription> findByWorkspaceIdAndActiveTrueOrderByIdAsc(long workspaceId);

    Optional<Subscription> findByIdAndWorkspaceId(long id, long workspaceId);

    long countByWorkspaceId(long workspaceId);
}
