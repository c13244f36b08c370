package app.tandem.insight.importing;

import app.tandem.insight.InsightView;
import app.tandem.insight.internal.Insight;
import app.tandem.insight.internal.InsightTags;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.search.engine.backend.work.execution.DocumentCommitStrategy;
import org.hibernate.search.engine.backend.work.execution.DocumentRefreshStrategy;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.pojo.work.SearchIndexingPlanExecutionReport;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.stereotype.Component;

/**
 * Writes many new insights at once, for imports: JDBC batch inserts instead of one persisted entity
 * per row, ids reserved from the same sequence (and in the same blocks of 50) as the entity mapping
 * uses, and the documents handed to Hibernate Search's indexing plan of the current transaction,
 * so the index learns of them when the rows commit, without reading them back.
 *
 * <p>Every method must run inside a transaction (the caller's chunk).
 */
@Component
class InsightWriter {

    /** The sequence's increment: Hibernate's pooled optimizer reads a value v as the ids v-49..v. */
    private static final int ID_BLOCK = 50;

    private static final String INSERT_INSIGHT = """
            insert into insights (id, workspace_id, title, body, source_type, team_id, observed_on, external_ref,
                sentiment, reach, evidence_strength, content_hash, created_by, created_at, tags, version)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""";

    private final JdbcTemplate jdbc;
    private final EntityManagerFactory entityManagerFactory;
    private final String nextIdBlock;

    InsightWriter(JdbcTemplate jdbc, EntityManagerFactory entityManagerFactory) {
        this.jdbc = jdbc;
        this.entityManagerFactory = entityManagerFactory;
        this.nextIdBlock = entityManagerFactory
                .unwrap(SessionFactoryImplementor.class)
                .getJdbcServices()
                .getDialect()
                .getSequenceSupport()
                .getSequenceNextValString("insights_seq");
    }

    /** Streams the id, external reference (or null) and content hash of every insight of a workspace. */
    void eachKnown(long workspaceId, KnownConsumer consumer) {
        jdbc.query(
                connection -> {
                    PreparedStatement ps = connection.prepareStatement(
                            "select id, external_ref, content_hash from insights where workspace_id = ?");
                    ps.setFetchSize(1000);
                    ps.setLong(1, workspaceId);
                    return ps;
                },
                (ResultSet rs) -> consumer.accept(rs.getLong(1), rs.getString(2), rs.getString(3)));
    }

    interface KnownConsumer {
        void accept(long id, @Nullable String externalRef, String contentHash);
    }

    /** The external reference and content hash of an insight of the workspace. */
    record Known(@Nullable String externalRef, String contentHash) {}

    /** The external reference and content hash of each of these insights of the workspace, by id. */
    Map<Long, Known> known(long workspaceId, Collection<Long> ids) {
        Map<Long, Known> found = new HashMap<>();
        List<Long> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += 500) {
            List<Long> part = all.subList(from, Math.min(all.size(), from + 500));
            String marks = String.join(",", Collections.nCopies(part.size(), "?"));
            Object[] args = new Object[part.size() + 1];
            args[0] = workspaceId;
            for (int i = 0; i < part.size(); i++) {
                args[i + 1] = part.get(i);
            }
            jdbc.query(
                    "select id, external_ref, content_hash from insights where workspace_id = ? and id in (" + marks
                            + ")",
                    (ResultSet rs) -> {
                        found.put(rs.getLong(1), new Known(rs.getString(2), rs.getString(3)));
                    },
                    args);
        }
        return found;
    }

    /**
     * Inserts the insights, gives each its id (returning them as views), and adds them to the index when the transaction
     * commits. The commit does not wait for the index to be written: {@code indexing} is given what completes when it
     * is (wait for all of them, then call {@link #flushIndex()} at the end of the import).
     */
    List<InsightView> insert(
            List<Insight> fresh, Consumer<CompletableFuture<? extends SearchIndexingPlanExecutionReport>> indexing) {
        if (fresh.isEmpty()) {
            return List.of();
        }
        long[] ids = reserveIds(fresh.size());
        List<InsightView> views = new ArrayList<>(fresh.size());
        List<Object[]> personas = new ArrayList<>();
        List<Object[]> userGoals = new ArrayList<>();
        List<Object[]> stages = new ArrayList<>();
        List<Object[]> painPoints = new ArrayList<>();
        for (int i = 0; i < fresh.size(); i++) {
            fresh.get(i).assignId(ids[i]);
            InsightView v = fresh.get(i).toView();
            views.add(v);
            v.personaIds().forEach(p -> personas.add(new Object[] {v.id(), p}));
            v.userGoalIds().forEach(g -> userGoals.add(new Object[] {v.id(), g}));
            v.journeyStageIds().forEach(s -> stages.add(new Object[] {v.id(), s}));
            v.painPointIds().forEach(p -> painPoints.add(new Object[] {v.id(), p}));
        }
        jdbc.batchUpdate(INSERT_INSIGHT, new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                Insight insight = fresh.get(i);
                InsightView v = views.get(i);
                ps.setLong(1, v.id());
                ps.setLong(2, insight.workspaceId());
                ps.setString(3, v.title());
                ps.setString(4, v.body());
                ps.setString(5, v.sourceType().name());
                setLong(ps, 6, v.teamId());
                ps.setObject(7, v.observedOn());
                ps.setString(8, v.externalRef());
                ps.setInt(9, v.sentiment());
                ps.setInt(10, v.reach());
                ps.setString(11, v.evidenceStrength().name());
                ps.setString(12, insight.contentHash());
                setLong(ps, 13, insight.createdBy());
                ps.setObject(14, v.createdAt().atOffset(ZoneOffset.UTC));
                ps.setString(15, InsightTags.stored(insight.tagList()));
            }

            @Override
            public int getBatchSize() {
                return fresh.size();
            }
        });
        batch("insert into insight_personas (insight_id, persona_id) values (?, ?)", personas);
        batch("insert into user_goal_evidence (insight_id, user_goal_id) values (?, ?)", userGoals);
        batch("insert into insight_journey_stages (insight_id, journey_stage_id) values (?, ?)", stages);
        batch("insert into pain_point_evidence (insight_id, pain_point_id) values (?, ?)", painPoints);

        SearchSession search = Search.session(currentEntityManager());
        // as IndexingPlanSynchronizationStrategy.async(), but the caller keeps what completes when the
        // documents are in the index writer
        search.indexingPlanSynchronizationStrategy(sync -> {
            sync.documentCommitStrategy(DocumentCommitStrategy.NONE);
            sync.documentRefreshStrategy(DocumentRefreshStrategy.NONE);
            sync.indexingFutureHandler(indexing::accept);
        });
        fresh.forEach(search.indexingPlan()::addOrUpdate);
        return views;
    }

    /** Writes to disk what the index was given without waiting, and makes it searchable. */
    void flushIndex() {
        var workspace =
                Search.mapping(entityManagerFactory).scope(Insight.class).workspace();
        workspace.flush();
        workspace.refresh();
    }

    /**
     * Merges the index's segments into one (searches go on meanwhile, on the segments as they are).
     * Worth it after a large import, which leaves many segments behind: counting by tag over many
     * segments first maps every segment's tags onto each other, on every search.
     */
    void mergeIndex() {
        Search.mapping(entityManagerFactory).scope(Insight.class).workspace().mergeSegments();
    }

    private static void setLong(PreparedStatement ps, int index, @Nullable Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    private void batch(String sql, List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows);
        }
    }

    /** Ids for n insights, taken in blocks of 50 from the sequence exactly as the entity mapping takes them. */
    private long[] reserveIds(int n) {
        long[] ids = new long[n];
        int filled = 0;
        while (filled < n) {
            Long top = jdbc.queryForObject(nextIdBlock, Long.class);
            if (top == null) {
                throw new IllegalStateException("The insights sequence gave no value");
            }
            for (long id = Math.max(1, top - ID_BLOCK + 1); id <= top && filled < n; id++) {
                ids[filled++] = id;
            }
        }
        return ids;
    }

    private EntityManager currentEntityManager() {
        @Nullable EntityManager entityManager = EntityManagerFactoryUtils.getTransactionalEntityManager(entityManagerFactory);
        if (entityManager == null) {
            throw new IllegalStateException("InsightWriter needs a transaction");
        }
        return entityManager;
    }
}
