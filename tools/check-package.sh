#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package (tools/package.sh), then proves it on a bare Debian 12 root made by
# debootstrap (no compiler, no Qt): installs it with apt, runs it as an ordinary user (--version,
# demo, verify, the window under the offscreen platform), removes it, and checks that /usr is as it
# was before. Run as root from the checkout. KEEP_ROOT=1 keeps the root for a look afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
[ "$(id -u)" -eq 0 ] || { echo "Run as root: it makes a Debian root with debootstrap and chroots into it." >&2; exit 2; }
if [ "${SKIP_BUILD:-0}" != 1 ]; then bash tools/package.sh; fi
deb=$(ls build/release/gongwen_*.deb)

base=${TMPDIR:-/tmp}/gw-fresh
pristine=$base/root
mkdir -p "$base"
if [[ ! -x $pristine/bin/bash ]]; then
  command -v debootstrap >/dev/null || env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
  mirror=$(awk '/^URIs:/{print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
  echo "Making a bare Debian 12 root in $pristine…"
  debootstrap --variant=minbase bookworm "$pristine" ${mirror:+"$mirror"} >"$base/debootstrap.log" 2>&1 \
    || { echo "debootstrap failed: $base/debootstrap.log" >&2; exit 3; }
fi
root=$base/package-$$
rm -rf "$root"
cp -a "$pristine" "$root"
cp "$deb" "$root/tmp/"
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
mounted=()
cleanup() {
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -l "${mounted[i]}" 2>/dev/null || true; done
  if [[ ${KEEP_ROOT:-0} == 1 ]]; then
    echo "The root is kept: $root"
  elif mount | grep -qF " $root/"; then
    echo "Something is still mounted under $root; it is left as it is." >&2
  else
    rm -rf --one-file-system "$root"
  fi
}
trap cleanup EXIT
for m in proc sys dev dev/pts; do mount --bind "/$m" "$root/$m"; mounted+=("$root/$m"); done

chroot "$root" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
  LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive deb="/tmp/$(basename "$deb")" /bin/bash -euo pipefail -s <<'INSIDE'
step() { echo; echo "== $*"; }
fail() { echo "FAIL: $*"; exit 1; }
snapshot() { find /usr -xdev | LC_ALL=C sort; }
# stderr, less the one notice Qt's offscreen platform plugin itself prints when a window's size
# limits are set (its windows have none to take them; the X11 and Wayland plugins print nothing).
errors() { grep -vx 'This plugin does not support propagateSizeHints()' "$1" || true; }
step "No compiler, no cmake, no Qt here"
for p in gcc g++ cmake qmake6; do ! command -v $p >/dev/null || fail "$p is installed"; done
[[ ! -e /usr/lib/x86_64-linux-gnu/libQt6Core.so.6 ]] || fail "Qt is installed"
snapshot >/tmp/usr-before
packages() { dpkg-query -W -f '${db:Status-Abbrev} ${Package}\n' | awk '$1 == "ii" {print $2}' | LC_ALL=C sort; }
packages >/tmp/packages-before
step "apt-get install ./$(basename "$deb")"
apt-get update -qq
cd /tmp && apt-get install -y -qq "./$(basename "$deb")" >/tmp/apt.log 2>&1 || { tail -30 /tmp/apt.log; fail "apt-get install"; }
tail -3 /tmp/apt.log
dpkg -s gongwen | grep -E '^(Package|Version|Depends|Recommends):'
step "As an ordinary user"
useradd --create-home --shell /bin/bash clerk
install -d -m 700 -o clerk -g clerk /tmp/runtime-clerk
as_clerk() { runuser -u clerk -- env -i HOME=/home/clerk PATH=/usr/bin:/bin LANG=zh_CN.UTF-8 XDG_RUNTIME_DIR=/tmp/runtime-clerk "$@"; }
as_clerk gongwen --version
as_clerk gongwen demo --database sqlite:///home/clerk/demo.db
as_clerk gongwen verify --database sqlite:///home/clerk/demo.db
echo "-- the window, offscreen, on the demo database: its log-in window painted"
as_clerk env QT_QPA_PLATFORM=offscreen GONGWEN_STARTUP_PROBE=1 timeout 60 gongwen --database sqlite:///home/clerk/demo.db \
  2>/tmp/probe.err | tee /tmp/probe.out
grep -q '^login window painted: 登录 — 公文工作台$' /tmp/probe.out || fail "no Chinese log-in window"
[[ -z $(errors /tmp/probe.err) ]] || { cat /tmp/probe.err; fail "the window wrote to stderr"; }
echo "-- the window, offscreen, on the user's own database, left running for 8 seconds"
set +e
as_clerk env QT_QPA_PLATFORM=offscreen timeout 8 gongwen 2>/tmp/gui.err
rc=$?
set -e
[[ $rc == 124 ]] || { cat /tmp/gui.err; fail "the window ended by itself with $rc"; }
[[ -z $(errors /tmp/gui.err) ]] || { cat /tmp/gui.err; fail "the window wrote to stderr"; }
echo "stderr: $(wc -l </tmp/gui.err) line(s), none but the offscreen plugin's notice"
own=/home/clerk/.local/share/gongwen/gongwen
ls -ld "$own" "$own/gongwen.db"
[[ $(stat -c '%a %U' "$own") == "700 clerk" ]] || fail "$own is not the clerk's alone"
echo "-- the search index built, by the installed program"
as_clerk gongwen reindex --database sqlite:///home/clerk/demo.db
echo "-- the PDF worker of the installed program, sandboxed: a socket and exec kill it, a file is not opened"
for probe in socket exec; do
  set +e; as_clerk gongwen pdf-worker --sandbox-probe $probe </dev/null 2>/dev/null; rc=$?; set -e
  [[ $rc == 159 ]] || fail "the worker's $probe probe ended with $rc, not by SIGSYS (159)"
  echo "$probe: killed by SIGSYS"
done
as_clerk gongwen pdf-worker --sandbox-probe read-file:/home/clerk/demo.db </dev/null || fail "the worker opened a file"
echo "read-file: refused"
step "apt-get purge --autoremove gongwen"
dpkg -L gongwen >/tmp/gongwen-files
apt-get purge -y -qq --autoremove gongwen >/tmp/purge.log 2>&1 || { tail -30 /tmp/purge.log; fail "purge"; }
tail -2 /tmp/purge.log
left=0
while read -r f; do
  if [[ -e $f && ! -d $f ]]; then echo "left behind: $f"; left=1; fi
done </tmp/gongwen-files
[[ $left == 0 ]] || fail "files of the package are left"
echo "Every one of the package's $(grep -c . /tmp/gongwen-files) paths is gone."
# What apt keeps of what came with it (what a package still installed recommends, such as perl) goes too,
# so that /usr can be compared with what it was.
kept=$(packages | LC_ALL=C comm -13 /tmp/packages-before -)
if [[ -n $kept ]]; then
  echo "apt kept, as a package still installed recommends or suggests them: $(echo $kept)"
  apt-get purge -y -qq $kept >>/tmp/purge.log 2>&1 || { tail -30 /tmp/purge.log; fail "purge of what came with it"; }
fi
snapshot >/tmp/usr-after
if ! diff /tmp/usr-before /tmp/usr-after >/tmp/usr.diff; then
  cat /tmp/usr.diff
  fail "/usr is not as it was before the package"
fi
echo "/usr is as it was: $(wc -l </tmp/usr-after) paths, none left behind."
echo
echo "PACKAGE CHECK PASSED"
INSIDE
