#!/usr/bin/env bash
# Processing benchmark of media-service's workers on one core (CPU 0): the image job on a generated 12-MP photo-like
# JPEG (baseline and progressive) next to vipsthumbnail and ImageMagick, peak heap with -Xmx256m; the audio job on a
# 299-s WAV next to plain ffmpeg running the same commands. Prints the figures and the ratios against the goals.
# Usage: bench/media-processing/run.sh [image-runs] [audio-runs]   (default: 10 2)
#        SKIP_BUILD=1 bench/media-processing/run.sh ...   reuses the last build of media-service.
# Installs libvips-tools and imagemagick with apt-get when they are missing. Not part of mvn verify.
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/jdk.sh
if ! command -v vipsthumbnail >/dev/null 2>&1 || [ ! -x /usr/bin/convert ]; then
    echo "[bench] installing libvips-tools and imagemagick with apt-get"
    apt-get install -y -qq libvips-tools imagemagick >/dev/null 2>&1 \
        || { apt-get update -qq && apt-get install -y -qq libvips-tools imagemagick >/dev/null; }
fi
work="$PWD/media-service/target/bench-processing"
mkdir -p "$work"
if [ "${SKIP_BUILD:-}" != 1 ] || [ ! -f "$work/classpath.txt" ]; then
    ./mvnw -B -ntp -q compile -pl media-service
    ./mvnw -B -ntp -q dependency:build-classpath -pl media-service -Dmdep.outputFile="$work/classpath.txt"
fi
taskset -c 0 "$JAVA_HOME/bin/java" -Xmx256m -XX:+UseSerialGC -XX:ActiveProcessorCount=1 \
    -cp "media-service/target/classes:$(cat "$work/classpath.txt")" bench/media-processing/ProcessingBench.java "$work" "$@"
