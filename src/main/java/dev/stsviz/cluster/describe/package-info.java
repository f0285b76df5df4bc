/**
 * {@code kubectl describe} output (kubectl 1.32, {@code k8s.io/kubectl/pkg/describe/describe.go}) as pure
 * functions over fabric8 model types: {@link dev.stsviz.cluster.describe.PodDescriber},
 * {@link dev.stsviz.cluster.describe.NodeDescriber}, {@link dev.stsviz.cluster.describe.PvcDescriber} and
 * {@link dev.stsviz.cluster.describe.StatefulSetDescriber}.
 *
 * <p>Every describer writes through a {@link dev.stsviz.cluster.describe.PrefixWriter} (describe.go's
 * LEVEL_0..LEVEL_4 indentation) into one {@link dev.stsviz.cluster.describe.GoTabWriter} stream, the port
 * of {@code tabwriter.NewWriter(out, 0, 8, 2, ' ', 0)} that {@code tabbedString} uses. Nothing reads the
 * wall clock: ages are computed against the caller's {@code now}. Times print in UTC, as a kubectl running
 * with {@code TZ=UTC} prints them (kubectl itself uses the machine's local zone).
 */
package dev.stsviz.cluster.describe;
