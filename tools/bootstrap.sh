#!/usr/bin/env bash
# One entry point for a fresh Debian 12 / Ubuntu machine:
#   tools/bootstrap.sh run       install what is missing, build, launch FactDesk
#   tools/bootstrap.sh test      install, build with ASan + UBSan (Qt 5), run every test
#   tools/bootstrap.sh test-qt6  install, build with Qt 6 (KSyntaxHighlighting off), run every test
#   tools/bootstrap.sh bench     install, build Release, run the benchmarks in tests/bench
set -euo pipefail
cd "$(dirname "$0")/.."

common_packages=(cmake ninja-build g++ pkg-config libsqlite3-dev fonts-dejavu-core)
qt5_packages=(qtbase5-dev qttools5-dev qttools5-dev-tools libqt5sql5-sqlite qttranslations5-l10n
              libkf5syntaxhighlighting-dev libgl-dev)
qt6_packages=(qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite
              qt6-translations-l10n libgl-dev)

install_missing() {
    local missing=()
    for package in "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

jobs=$(nproc 2>/dev/null || echo 2)

build() { # build DIR cmake-options...
    local dir=$1
    shift
    cmake -S . -B "$dir" -G Ninja "$@"
    cmake --build "$dir" -j "$jobs"
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
            "$bench"
        fi
    done
    ;;
*)
    echo "usage: $0 run|test|test-qt6|bench" >&2
    exit 2
    ;;
esac
