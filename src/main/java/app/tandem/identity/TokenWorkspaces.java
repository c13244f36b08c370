package app.tandem.identity;

import java.util.List;
import java.util.Optional;

/**
 * What identity needs to know of workspaces for an API token made for one workspace: the workspace
 * module answers (identity depends on no module; the workspace module implements this).
 */
public interface TokenWorkspaces {

    /** A workspace as a token's owner sees it: its id, its address now and its name. */
    record TokenWorkspace(long id, String slug, String name) {}

    /**
     * The id of the workspace at {@code slug}: its address now, or an earlier one (whose requests are
     * sent on to the new address), if any.
     */
    Optional<Long> at(String slug);

    /** The workspaces {@code userId} is a member of, by name: those a token of theirs may be made for. */
    List<TokenWorkspace> of(long userId);

    /** The workspace {@code id}, if it is still there. */
    Optional<TokenWorkspace> byId(long id);

    /** No workspaces at all: where no module answers (a module test). */
    TokenWorkspaces NONE = new TokenWorkspaces() {
        @Override
        public Optional<Long> at(String slug) {
            return Optional.empty();
        }

        @Override
        public List<TokenWorkspace> of(long userId) {
            return List.of();
        }

        @Override
        public Optional<TokenWorkspace> byId(long id) {
            return Optional.empty();
        }
    };
}
