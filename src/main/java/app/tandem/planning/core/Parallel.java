package app.tandem.planning.core;

import java.util.concurrent.ForkJoinPool;

/**
 * When a plan uses more than one of the machine's cores: only for large workspaces (from {@value
 * #FROM} initiatives), where each part is worth handing to another thread, and only when there is a
 * core to hand it to. A plan of a few thousand initiatives, as the pages compute, stays on the
 * request's thread. The other threads are the common fork-join pool's. Results do not depend on it:
 * the parts are independent and are put together in the same order.
 */
final class Parallel {

    /** Initiatives from which a plan's parts run on several cores. */
    static final int FROM = 20_000;

    /** {@code -Dtandem.plan.threads=1} keeps every plan on its caller's thread (to compare, in a benchmark). */
    private static final int MOST = Integer.getInteger("tandem.plan.threads", Integer.MAX_VALUE);

    private Parallel() {}

    /** Whether a plan of {@code initiatives} runs its independent parts on several cores. */
    static boolean worthIt(int initiatives) {
        return initiatives >= FROM && threads() > 1;
    }

    /** How many parts to cut {@code n} scores into: two per thread, so a slower thread is helped. */
    static int parts(int n) {
        return worthIt(n) ? 2 * threads() : 1;
    }

    /** The calling thread and the common pool's workers. */
    static int threads() {
        return Math.min(
                MOST,
                Math.min(Runtime.getRuntime().availableProcessors(), ForkJoinPool.getCommonPoolParallelism() + 1));
    }
}
