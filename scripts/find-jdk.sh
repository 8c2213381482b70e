# Sourced by ./corroborate and .ci/run: sets JAVA_HOME to a JDK >= 21, or says clearly that there is none.
# Order: JAVA_HOME when it is new enough, then the newest JDK under /usr/lib/jvm, then `java` on the PATH.

corroborate_java_major() { # prints the major version of the java binary in $1, or nothing
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9.]*\).*/\1/p' | sed 's/^1\.//' | head -n 1
}

corroborate_find_jdk() {
  local candidate major best="" best_major=0
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    major=$(corroborate_java_major "$JAVA_HOME/bin/java")
    if [ "${major:-0}" -ge 21 ] 2>/dev/null; then
      return 0
    fi
  fi
  for candidate in /usr/lib/jvm/*/ /Library/Java/JavaVirtualMachines/*/Contents/Home/; do
    [ -x "${candidate}bin/javac" ] || continue
    major=$(corroborate_java_major "${candidate}bin/java")
    if [ "${major:-0}" -ge 21 ] 2>/dev/null && [ "$major" -gt "$best_major" ]; then
      best="${candidate%/}"; best_major=$major
    fi
  done
  if [ -z "$best" ] && command -v javac >/dev/null 2>&1; then
    candidate=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    major=$(corroborate_java_major "$candidate/bin/java")
    if [ "${major:-0}" -ge 21 ] 2>/dev/null; then best=$candidate; fi
  fi
  if [ -z "$best" ]; then
    echo "corroborate: no JDK 21 or newer found (looked at JAVA_HOME, /usr/lib/jvm and the PATH)." >&2
    echo "corroborate: install one (e.g. Temurin 21 or 25) and set JAVA_HOME to it." >&2
    return 1
  fi
  export JAVA_HOME="$best"
}
