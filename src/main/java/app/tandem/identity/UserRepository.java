package app.tandem.identity;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface UserRepository extends JpaRepository<User, Long> {

    Optional<User> findByEmail(String email);

    /** A person's password hash now and whether their account is active (none when there is no such person any more). */
    @Query("select new app.tandem.identity.UserRepository$Signing(u.passwordHash, u.deactivatedAt)"
            + " from User u where u.id = :id")
    Optional<Signing> signingOf(long id);

    /** What a signed-in session is checked against on each page. */
    record Signing(String passwordHash, @Nullable Instant deactivatedAt) {
        boolean active() {
            return deactivatedAt == null;
        }
    }

    /** The instance admins whose accounts are active. */
    @Query("select count(u) from User u where u.instanceAdmin = true and u.deactivatedAt is null")
    long countActiveInstanceAdmins();

    boolean existsByEmail(String email);

    List<User> findByIdIn(Collection<Long> ids);

    Page<User> findAllByOrderByEmailAsc(Pageable pageable);

    // Sign-in bookkeeping is written with bulk updates that leave the version alone: parallel
    // sign-ins of one person wait a moment for each other's row lock instead of failing with an
    // optimistic-lock conflict, and no failure is lost by two requests counting from the same value.

    /**
     * Counts a sign-in attempt before its password is compared: one row updated when the account is
     * not locked and has fewer than {@code maxFailures} attempts counted, none otherwise. Parallel
     * attempts queue on the row, so at most {@code maxFailures} passwords are ever compared.
     */
    @Modifying
    @Query("update User u set u.failedLogins = u.failedLogins + 1 where u.email = :email"
            + " and u.failedLogins < :maxFailures and (u.lockedUntil is null or u.lockedUntil <= :now)")
    int countAttempt(String email, int maxFailures, Instant now);

    /** Locks the account until {@code until} once it has {@code maxFailures} failures in a row, and starts counting again. */
    @Modifying
    @Query("update User u set u.lockedUntil = :until, u.failedLogins = 0"
            + " where u.email = :email and u.failedLogins >= :maxFailures")
    int lockAfterFailures(String email, int maxFailures, Instant until);

    /** Forgets failed sign-ins after a successful one; writes nothing when there were none. */
    @Modifying
    @Query("update User u set u.failedLogins = 0, u.lockedUntil = null"
            + " where u.email = :email and (u.failedLogins <> 0 or u.lockedUntil is not null)")
    int forgetFailedLogins(String email);
}
