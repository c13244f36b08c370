package app.tandem.workspace.internal;

import app.tandem.identity.TokenWorkspaces;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells identity which workspaces an API token may be made for, and where a workspace is. */
@Component
@Transactional(readOnly = true)
class WorkspacesForTokens implements TokenWorkspaces {

    private final WorkspaceRepository workspaces;
    private final MembershipRepository memberships;

    WorkspacesForTokens(WorkspaceRepository workspaces, MembershipRepository memberships) {
        this.workspaces = workspaces;
        this.memberships = memberships;
    }

    @Override
    public Optional<Long> at(String slug) {
        return workspaces.findBySlug(slug).map(Workspace::id).or(() -> workspaces.formerlyAt(slug));
    }

    @Override
    public List<TokenWorkspace> of(long userId) {
        return memberships.workspacesOf(userId, Pageable.unpaged()).stream()
                .map(w -> new TokenWorkspace(w.id(), w.slug(), w.name()))
                .toList();
    }

    @Override
    public Optional<TokenWorkspace> byId(long id) {
        return workspaces.findById(id).map(w -> new TokenWorkspace(w.id(), w.slug(), w.name()));
    }
}
