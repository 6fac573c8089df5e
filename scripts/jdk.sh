# Finds a JDK 21 or newer and exports JAVA_HOME to it. Sourced by ./build and ./banking-sim.
# Order: $JAVA_HOME, then the JDK whose `javac` is on PATH, then the usual install folders
# (Linux and macOS), in the order the shell lists them. The first JDK 21+ wins.
# Says which JDK it chose on stderr, unless BANKING_SIM_QUIET_JDK=1.

_bsim_java_major() { # $1 = path to a java binary; prints its feature version, or nothing
  "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}' | cut -d. -f1
}

_bsim_is_jdk21() { # $1 = a JAVA_HOME candidate
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  local v; v=$(_bsim_java_major "$1/bin/java")
  [ -n "$v" ] && [ "$v" -ge 21 ] 2>/dev/null
}

bsim_find_jdk() {
  local c candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if command -v javac >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")")
  fi
  for c in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/* \
           "$HOME"/.jdks/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$c" ] && candidates+=("$c")
  done
  if [ -n "${JAVA_HOME:-}" ] && ! _bsim_is_jdk21 "$JAVA_HOME"; then
    echo "banking-sim: JAVA_HOME=$JAVA_HOME is not a JDK 21 or newer; looking elsewhere." >&2
  fi
  for c in "${candidates[@]}"; do
    if _bsim_is_jdk21 "$c"; then
      export JAVA_HOME="$c"
      [ "${BANKING_SIM_QUIET_JDK:-0}" = 1 ] || echo "banking-sim: using JDK $(_bsim_java_major "$c/bin/java") at $c" >&2
      return 0
    fi
  done
  echo "banking-sim: no JDK 21 or newer found (looked at JAVA_HOME, PATH and /usr/lib/jvm, /usr/java, /opt, ~/.sdkman, ~/.jdks)." >&2
  echo "banking-sim: install one (e.g. Temurin 21) and set JAVA_HOME to it." >&2
  return 1
}
