package app.tandem.identity;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    Page<ApiToken> findByUserIdAndRevokedAtIsNullOrderByCreatedAtDesc(long userId, Pageable pageable);

    Optional<ApiToken> findByIdAndUserId(long id, long userId);

    /** A token of this person, not revoked, with this name in any case. */
    Optional<ApiToken> findFirstByUserIdAndRevokedAtIsNullAndNameIgnoreCase(long userId, String name);

    /**
     * Records that a token was used at {@code now}, unless that was recorded after {@code since}
     * already. A bulk update that leaves the version alone: parallel requests with one token wait
     * for each other's row lock for a moment instead of failing with an optimistic-lock conflict.
     */
    @Modifying
    @Query("update ApiToken t set t.lastUsedAt = :now where t.id = :id"
            + " and (t.lastUsedAt is null or t.lastUsedAt < :since)")
    int recordUse(long id, Instant now, Instant since);
}
