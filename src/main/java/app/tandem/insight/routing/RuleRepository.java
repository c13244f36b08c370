package app.tandem.insight.routing;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RuleRepository extends JpaRepository<RoutingRule, Long> {

    List<RoutingRule> findByWorkspaceIdOrderByIdAsc(long workspaceId);

    Optional<RoutingRule> findByIdAndWorkspaceId(long id, long workspaceId);
}
