#!/usr/bin/env bash
# Installs what the build and tests need beyond a JDK and the Maven wrapper, when it is missing:
# a JDK 21+ where the distribution packages one (only if none is found; otherwise it says what to install),
# ffmpeg (ffprobe) for media-service, Node.js and npm for the web app's build, and Debian's Chromium with its
# ChromeDriver for the web app's end-to-end test (system-tests). Browsers downloaded by test tools are never used. Safe to run again; needs root (or sudo) only when something is missing.
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

# The web module is built with the machine's Node.js (20.19 or newer, for Vite 7) and npm.
if ! command -v npm >/dev/null 2>&1 || ! command -v node >/dev/null 2>&1; then
    apt_install nodejs npm
fi
if [ "$(node -p 'process.versions.node.split(".")[0]')" -lt 20 ]; then
    echo "Node.js $(node -v) is too old for the web module: please install Node.js 20.19 or newer" >&2
    exit 1
fi

# system-tests drive the web app in headless Chromium through ChromeDriver (/usr/bin/chromium, /usr/bin/chromedriver).
if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
    apt_install chromium chromium-driver
fi
