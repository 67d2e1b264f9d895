#!/usr/bin/env bash
# Installs the build into a temporary prefix, then builds and runs a consumer project against
# it with find_package(tailorcore) and with pkg-config.
set -euo pipefail
build="$1"
source_dir="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cmake --install "$build" --prefix "$work/prefix" >/dev/null
cmake -S "$source_dir" -B "$work/consumer" -DCMAKE_PREFIX_PATH="$work/prefix" >/dev/null
cmake --build "$work/consumer" >/dev/null
# Nothing tells the loader where the prefix is: the programs find it by their rpath.
unset LD_LIBRARY_PATH
"$work/consumer/consumer_cpp"
"$work/consumer/consumer_c"
cmake --install "$work/consumer" --prefix "$work/app" >/dev/null
"$work/app/bin/consumer_cpp"
"$work/app/bin/consumer_c"
# pkg-config
export PKG_CONFIG_PATH="$work/prefix/lib/pkgconfig"
cc -std=c99 "$source_dir/consumer.c" $(pkg-config --cflags --libs tailorcore-c) -o "$work/pc_consumer_c"
"$work/pc_consumer_c"
# The installed CLI finds its library through its rpath.
"$work/prefix/bin/tailorcore" --version
test -f "$work/prefix/share/tailorcore/lexicon/bundled.tsv"
test -f "$work/prefix/include/tailorcore.h"
echo "1 passed, 0 failed"
