# Sourced by ./headroom and .ci/run: sets JAVA_HOME to a JDK 21 or newer, or explains and exits 2.
# Order: $JAVA_HOME, the java on PATH, then the JDKs the system keeps under /usr/lib/jvm or /Library/Java.

headroom_java_version() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n 1
}

headroom_find_java() {
  local candidates=() found="" v
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME/bin/java")
  command -v java >/dev/null 2>&1 && candidates+=("$(command -v java)")
  for d in /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -x "$d/bin/java" ] && [ -x "$d/bin/javac" ] && candidates+=("$d/bin/java")
  done
  for j in "${candidates[@]}"; do
    [ -x "$j" ] || continue
    v=$(headroom_java_version "$j")
    if [ -n "$v" ] && [ "${v%%.*}" -ge 21 ] 2>/dev/null; then found="$j"; break; fi
  done
  if [ -z "$found" ]; then
    local seen="none"
    [ ${#candidates[@]} -gt 0 ] && seen="${candidates[0]} (Java $(headroom_java_version "${candidates[0]}"))"
    echo "headroom: needs a JDK 21 or newer; found $seen. Install one and set JAVA_HOME, e.g. export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64" >&2
    exit 2
  fi
  JAVA_HOME="$(cd "$(dirname "$found")/.." && pwd -P)"
  export JAVA_HOME
  # Maven's own Guice calls sun.misc.Unsafe, which JDK 24+ warns about on every build.
  v=$(headroom_java_version "$found")
  if [ "${v%%.*}" -ge 24 ] 2>/dev/null; then
    export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
  fi
}
