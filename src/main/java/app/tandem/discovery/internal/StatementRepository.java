package app.tandem.discovery.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StatementRepository extends JpaRepository<Statement, Long> {

    List<Statement> findBySessionIdOrderByIdAsc(long sessionId);

    Optional<Statement> findBySessionIdAndTeamId(long sessionId, long teamId);
}
