package app.tandem.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WorkspaceContextTest {

    @Test
    void roleOrderDecidesWhoMayDoWhat() {
        assertThat(Role.ADMIN.atLeast(Role.MEMBER)).isTrue();
        assertThat(Role.MEMBER.atLeast(Role.MEMBER)).isTrue();
        assertThat(Role.VIEWER.atLeast(Role.MEMBER)).isFalse();
        assertThat(new WorkspaceContext(1, "x", "X", 2, Role.VIEWER).canChange())
                .isFalse();
        assertThat(new WorkspaceContext(1, "x", "X", 2, Role.MEMBER).canAdminister())
                .isFalse();
    }
}
