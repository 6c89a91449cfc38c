# Sourced by the launcher and test scripts: selects a JDK 25 into JAVA_HOME or explains how to get one.
sightline_select_jdk() {
    local candidate version
    for candidate in "${SIGHTLINE_JAVA_HOME:-}" "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk* /usr/lib/jvm/*-25* /usr/lib/jvm/jdk-25* /opt/jdk-25*; do
        [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
        version=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
        if [ "${version%%.*}" -ge 25 ] 2>/dev/null; then
            export JAVA_HOME="$candidate"
            export PATH="$JAVA_HOME/bin:$PATH"
            return 0
        fi
    done
    echo "Sightline needs JDK 25 or newer. Install one (for example Eclipse Temurin 25 from https://adoptium.net)" >&2
    echo "and set JAVA_HOME (or SIGHTLINE_JAVA_HOME) to it. Looked in: \$SIGHTLINE_JAVA_HOME, \$JAVA_HOME, /usr/lib/jvm." >&2
    return 1
}
