#!/usr/bin/env bash
# Renders every README image from the app itself (headless): ./mvnw -q -B package -DskipTests first.
# Usage: docs/screenshots/render-readme-images.sh [JAR]
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=${1:-target/stsviz.jar}
shot() { java -jar "$jar" screenshot "$@" 2>&1 | grep -v -E "Unsupported JavaFX configuration|PlatformImpl startup" || true; }
s=docs/screenshots
shot assets/node-lost.png --script $s/node-lost.txt --select pod/kubia-0
shot assets/node-lost-book.png --script $s/node-lost.txt --profile book --dark --select pod/kubia-0
shot assets/scaled-down.png --script $s/scaled-down.txt --select pod/kubia-0
shot assets/rolling-update.png --script $s/rolling-update.txt --select pod/kubia-1
shot assets/multi-attach.png --script $s/multi-attach.txt --cluster gke --select pod/kubia-0
# pets and cattle: the ReplicaSet beside the StatefulSet, a node lost / a pod of each deleted
shot assets/pets-and-cattle.png --script $s/pets-and-cattle.txt --height 1400
shot assets/pets-and-cattle-delete.png --script $s/pets-and-cattle-delete.txt --height 1250
shot assets/at-scale.png --script $s/at-scale.txt --select pod/kubia-1
# the time strip showing the past: the moment kubia-0's node went NotReady
shot assets/time-strip.png --script $s/time-strip.txt --at 2m30s --select pod/kubia-0
# a lesson step as a projector shows it: 1280×720, 150 %
shot assets/lesson-projector.png --lesson lessons/chapter10.md --step 8 --projector --width 1280 --height 720
