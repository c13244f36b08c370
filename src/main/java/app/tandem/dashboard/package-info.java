/**
 * The alignment dashboard and the workspace's home page (M11): one page that answers "are we
 * pulling toward the same target?" — the goal tree, an alignment score per team with its trend, KPI
 * trends, risks, the next two quarters of the roadmap, the participation matrix and the evidence
 * flow — and a home page that tells the signed-in person what needs them, what changed since their
 * last visit and what the next check-in will discuss. It only reads: every figure comes from the
 * public APIs of the modules that own the data; its own tables keep each person's last visit and
 * the alignment scores recorded over time.
 */
@ApplicationModule(
        allowedDependencies = {
            "initiative",
            "goal",
            "insight",
            "planning",
            "meeting",
            "review",
            "persona",
            "workspace",
            "identity",
            "support"
        })
@NullMarked
package app.tandem.dashboard;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
