package app.tandem.workspace;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The workspaces a {@link WorkForMe} source reads a person's work from, by id: their ids for a
 * query's {@code workspace_id in (...)}, and the slug and name of each for the items it lists, so
 * that the source's query reads its own tables only.
 */
public final class MyWorkspaces {

    private final Map<Long, WorkspaceContext> byId = new LinkedHashMap<>();

    private MyWorkspaces(List<WorkspaceContext> workspaces) {
        workspaces.forEach(w -> byId.put(w.id(), w));
    }

    /** {@link Workspaces#mine}, or the one workspace of a home page. */
    public static MyWorkspaces of(List<WorkspaceContext> workspaces) {
        return new MyWorkspaces(workspaces);
    }

    public boolean isEmpty() {
        return byId.isEmpty();
    }

    public Set<Long> ids() {
        return byId.keySet();
    }

    /**
     * The workspace of a row's {@code workspace_id}, as the database driver gives it (any {@link
     * Number}); the query asked for these workspaces only.
     */
    public WorkspaceContext get(Object workspaceId) {
        WorkspaceContext workspace = byId.get(((Number) workspaceId).longValue());
        if (workspace == null) {
            throw new IllegalStateException("A row of workspace " + workspaceId + ", which was not asked for");
        }
        return workspace;
    }
}
