#!/usr/bin/env bash
# Builds the optimised tree-sitter library the code compressor loads on Linux x86-64:
# the tree-sitter runtime, eight grammars and our JNI glue, compiled with -O2 into one shared object
# that is checked in, so a clone needs no C toolchain. Run it again after changing a version in
# sources.txt or the glue; it needs gcc, npm (registry access) and a JDK (for jni.h).
#   natives/treesitter/build.sh
# Why not the io.github.bonede jars' natives: they are built without optimisation, and parsing is
# then most of the compressor's time (they stay as the fallback on every other platform).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
. "$root/bin/find-java.sh"
headroom_find_java
out="$root/src/main/resources/natives/linux-x86_64/libheadroom-treesitter.so"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

[ "$(uname -s)-$(uname -m)" = "Linux-x86_64" ] || { echo "build.sh: builds the linux-x86_64 library only" >&2; exit 2; }
CC=${CC:-gcc}
CFLAGS=(-O2 -fPIC -fno-semantic-interposition -ffile-prefix-map="$work"=. -ffile-prefix-map="$here"=. -fvisibility=hidden -ffunction-sections -fdata-sections -std=c11 -D_DEFAULT_SOURCE -w)

notices="$(dirname "$out")/THIRD-PARTY-NOTICES.txt"
mkdir -p "$(dirname "$out")"
echo "libheadroom-treesitter.so is built from these MIT-licensed packages (npm registry):" > "$notices"
objects=()
while read -r package sha dir; do
  case "$package" in ''|'#'*) continue ;; esac
  name="${package%@*}"
  tarball="$(cd "$work" && npm pack --silent "$package" 2>/dev/null | tail -1)"
  echo "$sha  $work/$tarball" | sha256sum -c --quiet - || { echo "build.sh: $package does not match its sha256" >&2; exit 1; }
  mkdir -p "$work/$name" && tar xzf "$work/$tarball" -C "$work/$name" --strip-components=1
  printf '\n==== %s ====\n' "$package" >> "$notices" && cat "$work/$name"/LICENSE >> "$notices"
  if [ "$dir" = "-" ]; then
    lib="$work/$name/vendor/tree-sitter/lib"
    runtime_include="$lib/include"
    "$CC" "${CFLAGS[@]}" -I"$lib/include" -I"$lib/src" -c "$lib/src/lib.c" -o "$work/runtime.o"
    objects+=("$work/runtime.o")
  else
    for source in "$work/$name/$dir"/parser.c "$work/$name/$dir"/scanner.c; do
      [ -f "$source" ] || continue
      object="$work/$name-$(basename "$source" .c).o"
      "$CC" "${CFLAGS[@]}" -I"$work/$name/$dir" -c "$source" -o "$object"
      objects+=("$object")
    done
  fi
done < "$here/sources.txt"

"$CC" "${CFLAGS[@]}" -I"$runtime_include" -I"$JAVA_HOME/include" -I"$JAVA_HOME/include/linux" \
  -c "$here/headroom_treesitter.c" -o "$work/glue.o"
"$CC" -shared -static-libgcc -Wl,--build-id=none -Wl,--gc-sections -Wl,-s -Wl,--version-script="$here/exports.map" -o "$out" "$work/glue.o" "${objects[@]}"
echo "built $out ($(wc -c < "$out") bytes)"
