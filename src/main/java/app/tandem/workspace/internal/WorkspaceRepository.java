package app.tandem.workspace.internal;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface WorkspaceRepository extends JpaRepository<Workspace, Long> {

    Optional<Workspace> findBySlug(String slug);

    /** Every workspace of the instance, by name. */
    @Query(
            value = "select w from Workspace w order by lower(w.name), w.id",
            countQuery = "select count(w) from Workspace w")
    Page<Workspace> everyByName(Pageable pageable);

    boolean existsBySlug(String slug);

    /** The workspace that had {@code slug} as its address before its current one, if any (V98). */
    @Query(value = "select workspace_id from workspace_earlier_slugs where slug = :slug", nativeQuery = true)
    Optional<Long> formerlyAt(String slug);

    /** Forgets {@code slug} as anyone's earlier address: it is a live one again, or about to be. */
    @Modifying
    @Query(value = "delete from workspace_earlier_slugs where slug = :slug", nativeQuery = true)
    void forgetEarlierSlug(String slug);

    /** Keeps {@code slug} as an earlier address of workspace {@code id}. */
    @Modifying
    @Query(
            value = "insert into workspace_earlier_slugs (slug, workspace_id, changed_at) values (:slug, :id, :at)",
            nativeQuery = true)
    void keepEarlierSlug(String slug, long id, java.time.Instant at);

    /** The workspace, locked for writing until the transaction ends. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select w from Workspace w where w.id = :id")
    Optional<Workspace> lockById(long id);
}
