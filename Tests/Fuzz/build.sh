#!/usr/bin/env bash
# Builds the libFuzzer entry points (Tests/Fuzz/*.swift) into .build/fuzz/fuzz-NAME, with AddressSanitizer.
#
# The library's sources (ClimateBudget and ClimateBudgetFiles, with the system zlib) and the fuzz targets
# (Tests/ClimateBudgetFilesTests/Fuzz/FuzzTargets.swift) are compiled once into one static library, module
# ClimateBudget, with coverage instrumentation; each entry point links it. SwiftPM never builds any of this.
#
#   Tests/Fuzz/build.sh            all five: json csv xlsx measure budget
#   Tests/Fuzz/build.sh json csv   only these
set -euo pipefail
cd "$(dirname "$0")/../.."
out=.build/fuzz
mkdir -p "$out"
names=("$@")
[ ${#names[@]} -eq 0 ] && names=(json csv xlsx measure budget)
flags=(-sanitize=fuzzer,address -parse-as-library -O -g -I Sources/CZlib)

mapfile -t sources < <(find Sources/ClimateBudget Sources/ClimateBudgetFiles -name '*.swift' | sort)
echo "building the library ($(( ${#sources[@]} )) files)"
# The library's files import ClimateBudget, which is this module here: the compiler ignores those imports with a
# warning, which is left out of the output.
swiftc "${flags[@]}" -emit-library -static -emit-module -module-name ClimateBudget \
    -package-name climate_budget -enable-testing \
    -emit-module-path "$out/ClimateBudget.swiftmodule" -o "$out/libClimateBudget.a" \
    "${sources[@]}" Tests/ClimateBudgetFilesTests/Fuzz/FuzzTargets.swift 2>&1 |
    { grep -v -e "ignoring import" -e "^ *[0-9]* | " -e "^ *|" -e "^$" || true; }

for name in "${names[@]}"; do
    echo "building fuzz-$name"
    swiftc "${flags[@]}" -I "$out" -L "$out" -lClimateBudget -lz \
        "Tests/Fuzz/$name.swift" -o "$out/fuzz-$name" 2>&1 |
        { grep -v -e "Cannot export local symbol" || true; }
done
