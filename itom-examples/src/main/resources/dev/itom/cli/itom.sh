#!/bin/sh
# The itom command line: java -jar itom.jar with the class-data-sharing archive that the build made
# beside the jar (itom.jsa) and the quick-start compiler. Both only shorten the start-up: when the
# archive does not fit the java that runs (another JDK, a moved or rebuilt jar), java ignores it.
# ITOM_JAVA_OPTS adds JVM options after these (-XX:TieredStopAtLevel=4 for long runs on big models).
self=$(readlink -f -- "$0" 2>/dev/null || printf '%s' "$0")
here=$(dirname -- "$self")
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
# shellcheck disable=SC2086
exec "$java" -XX:SharedArchiveFile="$here/itom.jsa" -Xshare:auto -Xlog:cds=off -Xlog:cds+dynamic=off \
  -XX:TieredStopAtLevel=1 $ITOM_JAVA_OPTS -jar "$here/itom.jar" "$@"
