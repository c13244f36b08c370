package app.tandem.planning.core;

import java.util.Arrays;

/**
 * Dependencies between slots 0..n-1 as compressed adjacency: each provider's dependants
 * ({@code out[outStart[i]..outStart[i + 1])}) and each dependant's providers ({@code in[inStart[i]..]}),
 * in the order the edges were given. Built by the scheduler and, for a schedule given as a list,
 * by the critical path.
 */
final class Adjacency {
    final int[] outStart;
    final int[] out;
    final int[] inStart;
    final int[] in;

    private Adjacency(int[] outStart, int[] out, int[] inStart, int[] in) {
        this.outStart = outStart;
        this.out = out;
        this.inStart = inStart;
        this.in = in;
    }

    /** Of the dependencies whose both ends have a slot ({@code slotOf} by input position, -1 for none). */
    static Adjacency of(Dependencies links, int[] slotOf, int n) {
        int[] from = new int[links.size()];
        int[] to = new int[from.length];
        int edges = 0;
        for (int d = 0; d < from.length; d++) {
            int p = links.providerAt(d);
            int q = links.dependantAt(d);
            if (p >= 0 && q >= 0 && slotOf[p] >= 0 && slotOf[q] >= 0) {
                from[edges] = slotOf[p];
                to[edges] = slotOf[q];
                edges++;
            }
        }
        return of(from, to, edges, n);
    }

    /** Of the first {@code edges} edges {@code from[e]} → {@code to[e]}. */
    static Adjacency of(int[] from, int[] to, int edges, int n) {
        int[] outStart = new int[n + 1];
        int[] inStart = new int[n + 1];
        for (int e = 0; e < edges; e++) {
            outStart[from[e] + 1]++;
            inStart[to[e] + 1]++;
        }
        for (int i = 0; i < n; i++) {
            outStart[i + 1] += outStart[i];
            inStart[i + 1] += inStart[i];
        }
        int[] out = new int[edges];
        int[] in = new int[edges];
        int[] outFill = Arrays.copyOf(outStart, n);
        int[] inFill = Arrays.copyOf(inStart, n);
        for (int e = 0; e < edges; e++) {
            out[outFill[from[e]]++] = to[e];
            in[inFill[to[e]]++] = from[e];
        }
        return new Adjacency(outStart, out, inStart, in);
    }
}
