/**
 * Node failures on live clusters. The Kubernetes API cannot cut a node's network, so, as the chapter did with
 * {@code gcloud compute ssh NODE --command "sudo ifconfig eth0 down"}, the app runs a per-context command on the
 * user's machine: {@link dev.stsviz.live.faults.NodeFaultPresets} detects minikube, kind and GKE contexts,
 * {@link dev.stsviz.live.faults.NodeFaultConfig} reads the user's overrides (format in its Javadoc),
 * {@link dev.stsviz.live.faults.NodeFaultCommands} builds the argv for one (checked) node and shows it for
 * confirmation, and {@link dev.stsviz.live.faults.NodeFaultRunner} runs it without a shell.
 * <p>
 * No Kubernetes client calls here: the caller passes a {@link dev.stsviz.live.faults.ContextInfo} and the node names.
 */
package dev.stsviz.live.faults;
