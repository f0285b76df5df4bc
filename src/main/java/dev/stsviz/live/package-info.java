/**
 * The live-cluster source: kubeconfig contexts, informers feeding a {@link dev.stsviz.cluster.ClusterState},
 * and actions sent to the API server. The only package allowed to use io.fabric8.kubernetes.client
 * (LayeringTest); everything else sees {@link dev.stsviz.cluster.ClusterSource} and strings.
 */
package dev.stsviz.live;
