package app.tandem.insight.theme;

import app.tandem.insight.internal.Insight;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ThemePlacementRepository extends JpaRepository<ThemePlacement, Long> {

    List<ThemePlacement> findByThemeId(long themeId);

    List<ThemePlacement> findByThemeIdAndInsightIdIn(long themeId, Collection<Long> insightIds);

    long countByThemeId(long themeId);

    /** Insight id, theme id and theme name of those of these insights that are in a theme. */
    @Query(
            "select p.insightId, t.id, t.name from ThemePlacement p join Theme t on t.id = p.themeId where p.insightId in :insightIds")
    List<Object[]> themesOf(Collection<Long> insightIds);

    @Query(
            value =
                    "select i from Insight i join ThemePlacement p on p.insightId = i.id where p.themeId = :themeId order by i.reach desc, i.id asc",
            countQuery = "select count(p) from ThemePlacement p where p.themeId = :themeId")
    Page<Insight> insightsOf(long themeId, Pageable pageable);

    /** The insights the grouping never looked at, newest first. */
    @Query("""
            select i.id from Insight i
            where i.workspaceId = :workspaceId and not exists (select p.insightId from ThemePlacement p where p.insightId = i.id)
            order by i.createdAt desc, i.id desc""")
    List<Long> neverLookedAt(long workspaceId, Pageable first);

    @Query("""
            select count(i) from Insight i
            where i.workspaceId = :workspaceId and not exists (select p.insightId from ThemePlacement p where p.insightId = i.id)""")
    long countNeverLookedAt(long workspaceId);

    @Query("""
            select count(i) from Insight i
            where i.workspaceId = :workspaceId
              and not exists (select p.insightId from ThemePlacement p where p.insightId = i.id and p.themeId is not null)""")
    long countUnthemed(long workspaceId);

    /** Id, title, reach and tags (a {@code Set<String>}) of these insights. */
    @Query("select i.id, i.title, i.reach, i.tags from Insight i where i.id in :insightIds")
    List<Object[]> members(Collection<Long> insightIds);
}
