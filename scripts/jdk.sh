# Sourced by run.sh and test.sh: exports JAVA_HOME pointing at a JDK 21 or newer, or stops with what to install.
# Order: $JAVA_HOME, then the usual install locations (newest first), then the java on the PATH.

memoryvault_java_major() {
    "$1/bin/java" -XshowSettings:properties -version 2>&1 \
        | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}

memoryvault_is_jdk21() {
    [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
    local major
    major=$(memoryvault_java_major "$1")
    [ -n "$major" ] && [ "$major" -ge 21 ]
}

memoryvault_find_jdk() {
    local candidate
    if [ -n "${JAVA_HOME:-}" ] && memoryvault_is_jdk21 "$JAVA_HOME"; then
        echo "$JAVA_HOME"
        return 0
    fi
    for candidate in $(ls -d /usr/lib/jvm/* /opt/java/* /opt/*jdk* /Library/Java/JavaVirtualMachines/*/Contents/Home \
                       "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* 2>/dev/null | sort -rV); do
        if memoryvault_is_jdk21 "$candidate"; then
            echo "$candidate"
            return 0
        fi
    done
    if command -v javac >/dev/null 2>&1; then
        candidate=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
        if memoryvault_is_jdk21 "$candidate"; then
            echo "$candidate"
            return 0
        fi
    fi
    return 1
}

if ! MEMORYVAULT_JDK=$(memoryvault_find_jdk); then
    echo "MemoryVault needs a JDK 21 or newer; none was found in JAVA_HOME, /usr/lib/jvm, /opt or on the PATH." >&2
    echo "Install one (for example: apt-get install openjdk-21-jdk, or a Temurin 21/25 JDK) or set JAVA_HOME to it." >&2
    exit 1
fi
export JAVA_HOME="$MEMORYVAULT_JDK"
export PATH="$JAVA_HOME/bin:$PATH"
