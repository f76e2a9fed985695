#!/usr/bin/env bash
# Installs what the build and tests need beyond a JDK and the Maven wrapper, when it is missing:
# a JDK 21+ where the distribution packages one (only if none is found; otherwise it says what to install), and
# ffmpeg (ffprobe) for media-service. Safe to run again; needs root (or sudo) only when something is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

apt_install() {
    if ! command -v apt-get >/dev/null 2>&1; then
        echo "Please install: $*" >&2
        exit 1
    fi
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@"
}

if ! (source scripts/jdk.sh >/dev/null 2>&1); then
    # Debian 12 packages only JDK 17; later releases package 21.
    if command -v apt-cache >/dev/null 2>&1 && apt-cache show openjdk-21-jdk-headless >/dev/null 2>&1; then
        apt_install openjdk-21-jdk-headless
    else
        source scripts/jdk.sh
    fi
fi

# media-service probes audio uploads with ffprobe and its tests make audio samples with ffmpeg.
if ! command -v ffprobe >/dev/null 2>&1 || ! command -v ffmpeg >/dev/null 2>&1; then
    apt_install ffmpeg
fi
