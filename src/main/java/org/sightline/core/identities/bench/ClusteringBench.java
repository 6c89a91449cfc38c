package org.sightline.core.identities.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.sightline.core.identities.Corrections;
import org.sightline.core.identities.Identities;
import org.sightline.core.identities.Identity;
import org.sightline.core.identities.IdentityClustering;
import org.sightline.core.identities.TrackletAppearance;

/**
 * Identity grouping at growing numbers of tracklets: the matrix baseline ({@link MatrixAverageLinkage})
 * against {@link IdentityClustering}, on the same {@link SyntheticTracklets} (512-d), at the default
 * threshold 0.3. Prints wall time and peak heap per size and checks both give the same identities.
 * A size is skipped for an implementation once its last run took over {@code capSeconds} or the
 * size would need more than the heap (the matrices: 9 n^2 bytes for the baseline), and said so.
 * {@code personCosine} 0.45 is OSNet-like (people well apart); 0.82 puts everyone within reach of
 * everyone (one connected group, the worst case for the new grouping).
 * Usage: ClusteringBench [sizes=1000,2000,5000,10000] [personCosine=0.45] [capSeconds=300] [which=both|old|new]
 */
public final class ClusteringBench {

    private ClusteringBench() {
    }

    private record Run(double seconds, long peakBytes, Identities identities, String failure) {
    }

    public static void main(String[] args) {
        int[] sizes = Arrays.stream((args.length > 0 ? args[0] : "1000,2000,5000,10000").split(","))
                .mapToInt(Integer::parseInt).toArray();
        double personCosine = args.length > 1 ? Double.parseDouble(args[1]) : 0.45;
        double cap = args.length > 2 ? Double.parseDouble(args[2]) : 300;
        String which = args.length > 3 ? args[3] : "both";
        double threshold = 0.3;
        long maxHeap = Runtime.getRuntime().maxMemory();
        System.out.printf("identity grouping, 512-d, person cosine %.2f, threshold %.2f; cpus %d, max heap %d MB, cap %.0f s%n",
                personCosine, threshold, Runtime.getRuntime().availableProcessors(), maxHeap >> 20, cap);
        System.out.printf("%7s %9s | %10s %10s | %10s %10s | %7s %7s | %s%n", "n", "identities", "old s", "old MB",
                "new s", "new MB", "time x", "heap x", "same");
        MatrixAverageLinkage old = new MatrixAverageLinkage(threshold);
        IdentityClustering current = new IdentityClustering(threshold);
        boolean oldStopped = !which.equals("both") && !which.equals("old");
        boolean newStopped = !which.equals("both") && !which.equals("new");
        for (int n : sizes) {
            List<TrackletAppearance> tracklets = SyntheticTracklets.generate(n, 512, 4, personCosine, 42);
            Run before = oldStopped ? null : (9.0 * n * n > maxHeap ? skipped("needs " + (9L * n * n >> 20)
                    + " MB of matrices") : measure(t -> old.group(t, Corrections.none()), tracklets));
            Run after = newStopped ? null : measure(t -> current.group(t, Corrections.none()), tracklets);
            oldStopped |= before != null && (before.failure != null || before.seconds > cap);
            newStopped |= after != null && (after.failure != null || after.seconds > cap);
            System.out.printf("%7d %9s | %10s %10s | %10s %10s | %7s %7s | %s%n", n,
                    after != null && after.identities != null ? after.identities.all().size()
                            : before != null && before.identities != null ? before.identities.all().size() : "-",
                    seconds(before), megabytes(before), seconds(after), megabytes(after),
                    ratio(before, after, Run::seconds), ratio(before, after, r -> (double) r.peakBytes), same(before, after));
            for (Run run : new Run[] {before, after}) {
                if (run != null && run.failure != null) {
                    System.out.println("        " + (run == before ? "old: " : "new: ") + run.failure);
                }
            }
        }
        if (oldStopped || newStopped) {
            System.out.println("sizes past a run over " + cap + " s, a failure or the heap are left out (blank)");
        }
    }

    private static Run measure(Function<List<TrackletAppearance>, Identities> grouping, List<TrackletAppearance> input) {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        long baseline = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        try {
            Identities identities = grouping.apply(input);
            double seconds = (System.nanoTime() - start) / 1e9;
            long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            return new Run(seconds, Math.max(0, peak - baseline), identities, null);
        } catch (OutOfMemoryError | IllegalStateException e) {
            return new Run((System.nanoTime() - start) / 1e9, 0, null, e.toString());
        }
    }

    private static Run skipped(String why) {
        return new Run(0, 0, null, "skipped: " + why);
    }

    private static String seconds(Run run) {
        return run == null || run.failure != null ? "" : String.format("%.2f", run.seconds);
    }

    private static String megabytes(Run run) {
        return run == null || run.failure != null ? "" : String.format("%.1f", run.peakBytes / 1048576.0);
    }

    private static String ratio(Run before, Run after, Function<Run, Double> value) {
        if (before == null || after == null || before.failure != null || after.failure != null || value.apply(after) == 0) {
            return "";
        }
        return String.format("%.1f", value.apply(before) / value.apply(after));
    }

    private static String same(Run before, Run after) {
        if (before == null || after == null || before.identities == null || after.identities == null) {
            return "";
        }
        return keys(before.identities).equals(keys(after.identities)) ? "yes" : "NO";
    }

    private static List<List<String>> keys(Identities identities) {
        List<List<String>> keys = new ArrayList<>();
        for (Identity identity : identities.all()) {
            keys.add(identity.keys());
        }
        return keys;
    }
}
