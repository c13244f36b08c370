package app.tandem.identity;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    Page<ApiToken> findByUserIdAndRevokedAtIsNullOrderByCreatedAtDesc(long userId, Pageable pageable);

    Optional<ApiToken> findByIdAndUserId(long id, long userId);
}
