#!/usr/bin/env bash
# One entry point for a fresh Debian 12 / Ubuntu machine:
#   tools/bootstrap.sh run       install what is missing, build, launch FactDesk
#   tools/bootstrap.sh test      install, build with ASan + UBSan (Qt 5), run every test (ctest starts
#                                a throwaway PostgreSQL server for the team tests: tools/pgcluster.sh)
#   tools/bootstrap.sh test-qt6  install, build with Qt 6 (KSyntaxHighlighting off), run every test
#   tools/bootstrap.sh bench     install, build Release, run the benchmarks in tests/bench
#   tools/bootstrap.sh fuzz [SECONDS]  install clang, build the libFuzzer targets of tests/fuzz and run
#                                each for SECONDS (default 300); prints executions, coverage, findings
set -euo pipefail
cd "$(dirname "$0")/.."

# postgresql: the throwaway server of the team-project tests (tools/pgcluster.sh, a ctest fixture).
common_packages=(cmake ninja-build g++ pkg-config libsqlite3-dev fonts-dejavu-core postgresql)
qt5_packages=(qtbase5-dev qttools5-dev qttools5-dev-tools libqt5sql5-sqlite libqt5sql5-psql qttranslations5-l10n
              libkf5syntaxhighlighting-dev libgl-dev)
qt6_packages=(qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite libqt6sql6-psql
              qt6-translations-l10n libgl-dev)

# install_missing PACKAGE...: apt-get (through sudo when not root) for those not installed yet.
source tools/install_missing.sh

jobs=$(nproc 2>/dev/null || echo 2)

build() { # build DIR cmake-options...
    local dir=$1
    shift
    cmake -S . -B "$dir" -G Ninja "$@"
    cmake --build "$dir" -j "$jobs"
}

# Seeds for each fuzz target from tests/data, then each target in turn: first
# its kept findings (tests/fuzz/regressions/TARGET, each also a test row),
# then SECONDS of fuzzing. Inputs up to 64 KB, and one taking over a second
# is a finding (a hang), as is a leak. Exit status 1 when anything was found.
run_fuzzers() { # run_fuzzers BUILD-DIR SECONDS
    local dir=$1 seconds=$2
    local work="$dir/fuzz-run"
    local targets=(fuzz_textdecoder fuzz_streamreader fuzz_htmltotext fuzz_markdowntotext fuzz_articleimporter
                   fuzz_extractor_fr fuzz_extractor_en fuzz_projectstore)
    # FUZZ_TARGETS="fuzz_a fuzz_b" runs only those.
    [ -z "${FUZZ_TARGETS:-}" ] || read -r -a targets <<<"$FUZZ_TARGETS"
    rm -rf "$work"
    mkdir -p "$work"
    export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"
    export LSAN_OPTIONS="suppressions=$PWD/tests/lsan-qt.supp"
    export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
    # The project store target writes a file per input: memory is far faster than a disk's syncs.
    [ -w /dev/shm ] && export TMPDIR=/dev/shm

    # The first byte of a decoder or importer input chooses its mode (cut size, file type).
    local seed
    for target in fuzz_textdecoder fuzz_streamreader fuzz_htmltotext fuzz_markdowntotext fuzz_articleimporter \
        fuzz_extractor_fr fuzz_extractor_en fuzz_projectstore; do
        mkdir -p "$work/$target/corpus" "$work/$target/findings"
    done
    for file in tests/data/import/* tests/data/golden/*.txt; do
        seed=$(basename "$file")
        for mode in 0 1 2; do
            { printf "\\$(printf '%03o' "$mode")"; cat "$file"; } >"$work/fuzz_textdecoder/corpus/$mode-$seed"
            cp "$work/fuzz_textdecoder/corpus/$mode-$seed" "$work/fuzz_streamreader/corpus/"
            cp "$work/fuzz_textdecoder/corpus/$mode-$seed" "$work/fuzz_articleimporter/corpus/"
        done
    done
    cp tests/data/import/*.html "$work/fuzz_htmltotext/corpus/"
    cp tests/data/import/*.md "$work/fuzz_markdowntotext/corpus/"
    cp tests/data/import/*fr* tests/data/golden/fr_*.txt "$work/fuzz_extractor_fr/corpus/"
    cp tests/data/import/*en* tests/data/golden/en_*.txt "$work/fuzz_extractor_en/corpus/"
    # A real project: the golden articles imported, some facts reviewed.
    local project="$work/seed.factdesk"
    "$dir/app/cli/factdesk-cli" import "$project" tests/data/golden/*.txt >/dev/null
    for fact in 1 2 3; do
        "$dir/app/cli/factdesk-cli" review "$project" --fact "$fact" --confirm >/dev/null || true
    done
    cp "$project" "$work/fuzz_projectstore/corpus/project.factdesk"
    head -c 8192 "$project" >"$work/fuzz_projectstore/corpus/project-head.factdesk"

    local summary=() found=0
    for target in "${targets[@]}"; do
        local binary="$dir/tests/fuzz/$target" log="$work/$target/log.txt" regressions="tests/fuzz/regressions/$target"
        local max_len=65536
        [ "$target" = fuzz_projectstore ] && max_len=$(( $(stat -c %s "$project") + 4096 ))
        echo "== $target: $seconds s"
        local status=0
        if [ -d "$regressions" ] && [ -n "$(ls -A "$regressions")" ]; then
            "$binary" -timeout=1 -artifact_prefix="$work/$target/findings/" "$regressions"/* >"$work/$target/regressions.txt" 2>&1 || status=$?
        fi
        "$binary" "$work/$target/corpus" -max_total_time="$seconds" -max_len="$max_len" -timeout=1 \
            -rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix="$work/$target/findings/" >"$log" 2>&1 || status=$?
        # A timeout on a loaded machine may be the machine: one that does not
        # come back when its input runs alone is set aside and reported apart.
        local unconfirmed=0
        for slow in "$work/$target/findings"/timeout-*; do
            [ -e "$slow" ] || continue
            if "$binary" -timeout=1 "$slow" >/dev/null 2>&1; then
                mkdir -p "$work/$target/unconfirmed"
                mv "$slow" "$work/$target/unconfirmed/"
                unconfirmed=$((unconfirmed + 1))
            fi
        done
        local executions coverage findings
        executions=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo "?")
        coverage=$(grep -o 'cov: [0-9]* ft: [0-9]*' "$log" | tail -1 || true)
        findings=$(find "$work/$target/findings" -type f | wc -l)
        [ "$findings" -gt 0 ] || [ "$status" -eq 0 ] || [ "$unconfirmed" -gt 0 ] \
            || findings="crashed (status $status, see $log)"
        [ "$findings" = 0 ] || found=1
        [ "$unconfirmed" -eq 0 ] || findings="$findings ($unconfirmed timeouts not reproduced alone)"
        summary+=("$(printf '%-22s executions %-10s %-20s findings %s' "$target" "${executions:-?}" "${coverage:-cov: ?}" "$findings")")
        find "$work/$target/findings" -type f -printf '    %p\n'
    done
    echo "== fuzzing, $seconds s per target (logs and findings in $work)"
    printf '%s\n' "${summary[@]}"
    return $found
}

case "${1:-}" in
run)
    install_missing "${common_packages[@]}" "${qt5_packages[@]}"
    build build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=OFF
    exec ./build/factdesk
    ;;
test)
    install_missing "${common_packages[@]}" "${qt5_packages[@]}"
    build build-asan -DCMAKE_BUILD_TYPE=Debug -DFACTDESK_SANITIZE=ON
    ctest --test-dir build-asan --output-on-failure -j "$jobs"
    ;;
test-qt6)
    install_missing "${common_packages[@]}" "${qt6_packages[@]}"
    build build-qt6 -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFACTDESK_QT_MAJOR_VERSION=6 \
        -DFACTDESK_WITH_KSYNTAXHIGHLIGHTING=OFF
    ctest --test-dir build-qt6 --output-on-failure -j "$jobs"
    ;;
bench)
    install_missing "${common_packages[@]}" "${qt5_packages[@]}"
    build build-release -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=ON
    # The window benchmarks need no display; the *_autogen folders are not benchmarks.
    export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
    for bench in build-release/tests/bench/bench_*; do
        if [ -f "$bench" ] && [ -x "$bench" ]; then
            echo "== ${bench##*/}"
            if [ "${bench##*/}" = bench_team ]; then
                # Its own throwaway PostgreSQL server, durable (fsync on) so the figures are honest.
                PGCLUSTER_FSYNC=on tools/pgcluster.sh run "$bench"
            else
                "$bench"
            fi
        fi
    done
    ;;
fuzz)
    seconds=${2:-300}
    install_missing "${common_packages[@]}" "${qt5_packages[@]}" clang-14 libclang-rt-14-dev
    build build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 -DFACTDESK_FUZZ=ON \
        -DFACTDESK_QT_MAJOR_VERSION=5 -DFACTDESK_GUI=OFF -DBUILD_TESTING=OFF
    run_fuzzers build-fuzz "$seconds"
    ;;
*)
    echo "usage: $0 run|test|test-qt6|bench|fuzz [SECONDS]" >&2
    exit 2
    ;;
esac
