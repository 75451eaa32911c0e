#!/usr/bin/env bash
# Builds the native installer for the OS this runs on (jpackage cannot cross-build):
#   Linux -> target/installer/dist/deckhand_<version>-1_<arch>.deb
#   Windows (Git Bash) -> .msi (needs WiX on PATH), macOS -> .dmg
# Optional: CI can call it after the tests (.ci/run does not). Extra arguments go to Maven,
# e.g. -Dinstaller.skipAppCds=true or -Dinstaller.linuxShortcut=true.
# Maven may run on JDK 17: the bundled runtime is linked with a JDK 25+ when one is found (JAVA_HOME,
# /usr/lib/jvm, ...; or INSTALLER_JDK=/path/to/jdk-25 / -Dinstaller.jdk=...), which gives the AOT
# start-up cache; without one the build says so and uses the running JDK (packaging/InstallerRuntime.java).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "$(uname -s)" = Linux ]; then
  missing=()
  command -v dpkg-deb >/dev/null 2>&1 || missing+=(dpkg-dev)
  command -v fakeroot >/dev/null 2>&1 || missing+=(fakeroot)
  # The AppCDS training run opens the window once; without a display it needs Xvfb.
  if [ -z "${DISPLAY:-}" ] && ! command -v xvfb-run >/dev/null 2>&1; then missing+=(xvfb xauth); fi
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq
      apt-get install -y -qq "${missing[@]}" >/dev/null
    else
      echo "build-installer: please install ${missing[*]}" >&2
      exit 1
    fi
  fi
fi

# Fixed file times: the start-up archive checks jar times, and dpkg-deb clamps the packaged files
# times to this (see packaging/README.md). The last commit's time makes builds repeatable.
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}

start=$(date +%s)
# Tests are the job of `mvn -B verify`; the installer build only packages.
jdk_hint=()
if [ -n "${INSTALLER_JDK:-}" ]; then jdk_hint=(-Dinstaller.jdk="$INSTALLER_JDK"); fi
mvn -B -Pinstaller -Dmaven.test.skip=true ${jdk_hint[@]+"${jdk_hint[@]}"} "$@" package
echo "build-installer: $(( $(date +%s) - start )) s"
ls -l target/installer/dist/
