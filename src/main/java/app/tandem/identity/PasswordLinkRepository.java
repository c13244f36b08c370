package app.tandem.identity;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PasswordLinkRepository extends JpaRepository<PasswordLink, Long> {

    Optional<PasswordLink> findByTokenHash(String tokenHash);

    /**
     * Ends a link that is still open and not expired at {@code now}: one row when this request may
     * use it, none when it was used (or replaced, or expired) meanwhile. Two people sending the same
     * link at once queue on the row, and only the first gets the row.
     */
    @Modifying(clearAutomatically = true)
    @Query("update PasswordLink l set l.endedAt = :now where l.id = :id and l.endedAt is null and l.expiresAt > :now")
    int use(long id, Instant now);

    /** Ends every open link of a person (a newer one replaces them). */
    @Modifying(clearAutomatically = true)
    @Query("update PasswordLink l set l.endedAt = :now where l.userId = :userId and l.endedAt is null")
    int endOpenLinksOf(long userId, Instant now);
}
