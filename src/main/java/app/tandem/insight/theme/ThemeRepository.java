package app.tandem.insight.theme;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ThemeRepository extends JpaRepository<Theme, Long> {

    /** A theme with its insights counted and their reach added up. */
    record Row(
            Long id,
            String name,
            Long insightCount,
            Long totalReach,
            Instant createdAt,
            Instant updatedAt,
            Long version) {
        ThemeView toView() {
            return new ThemeView(id, name, insightCount, totalReach, createdAt, updatedAt, version);
        }
    }

    Optional<Theme> findByIdAndWorkspaceId(long id, long workspaceId);

    List<Theme> findByWorkspaceIdOrderByNameAsc(long workspaceId);

    @Query("select t.name from Theme t where t.workspaceId = :workspaceId")
    List<String> names(long workspaceId);

    @Query(value = """
            select new app.tandem.insight.theme.ThemeRepository$Row(t.id, t.name, count(i.id), coalesce(sum(i.reach), 0L), t.createdAt, t.updatedAt, t.version)
            from Theme t
            left join ThemePlacement p on p.themeId = t.id
            left join Insight i on i.id = p.insightId
            where t.workspaceId = :workspaceId
            group by t.id, t.name, t.createdAt, t.updatedAt, t.version
            order by coalesce(sum(i.reach), 0L) desc, t.name asc, t.id asc""", countQuery = "select count(t) from Theme t where t.workspaceId = :workspaceId")
    Page<Row> rows(long workspaceId, Pageable pageable);

    @Query("""
            select new app.tandem.insight.theme.ThemeRepository$Row(t.id, t.name, count(i.id), coalesce(sum(i.reach), 0L), t.createdAt, t.updatedAt, t.version)
            from Theme t
            left join ThemePlacement p on p.themeId = t.id
            left join Insight i on i.id = p.insightId
            where t.id = :themeId
            group by t.id, t.name, t.createdAt, t.updatedAt, t.version""")
    Row row(long themeId);
}
