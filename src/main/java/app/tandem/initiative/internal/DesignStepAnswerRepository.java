package app.tandem.initiative.internal;

import app.tandem.initiative.DesignStep;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DesignStepAnswerRepository extends JpaRepository<DesignStepAnswer, Long> {

    List<DesignStepAnswer> findByInitiativeId(long initiativeId);

    Optional<DesignStepAnswer> findByInitiativeIdAndStep(long initiativeId, DesignStep step);
}
