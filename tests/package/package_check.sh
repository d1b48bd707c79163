#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Gongwen Desk tests — what the Debian package carries besides the program, and the program installed.
#   package_check.sh desktop FILE            the desktop entry validates
#   package_check.sh metainfo FILE           the AppStream metadata validates
#   package_check.sh manpage MAN.1 GONGWEN   the manual page formats without a warning, and names every
#                                            command and option of `gongwen --help` and its version
#   package_check.sh install BUILD_DIR       `cmake --install` to a new prefix holds every file the
#                                            package lists; the program started from there finds its
#                                            translations and makes its database folder 0700
set -euo pipefail
fail() { echo "FAIL: $*" >&2; exit 1; }

case $1 in
desktop)
  out=$(desktop-file-validate "$2" 2>&1) || fail "desktop-file-validate: $out"
  [[ -z $out ]] || fail "desktop-file-validate says: $out"
  grep -q '^Name\[zh_CN\]=公文工作台$' "$2" || fail "no Chinese name"
  ;;
metainfo)
  out=$(appstreamcli validate --no-net "$2" 2>&1) || fail "appstreamcli: $out"
  echo "$out"
  # Nothing above the pedantic level.
  if grep -Eq '^[EWI]: ' <<<"$out"; then fail "appstreamcli reports: $out"; fi
  ;;
manpage)
  man=$2 gongwen=$3
  warnings=$(LC_ALL=C.UTF-8 groff -man -ww -z -Tutf8 -K utf8 "$man" 2>&1)
  [[ -z $warnings ]] || fail "groff warns: $warnings"
  help=$("$gongwen" --help --lang en)
  # Every long option of --help, and every command of its usage line.
  opts=$(grep -oE '^ +(-[a-z], )?--[a-z-]+' <<<"$help" | grep -oE -- '--[a-z-]+')
  [[ $(wc -l <<<"$opts") -ge 10 ]] || fail "too few options read from --help: $opts"
  for o in $opts; do
    grep -qF -- "${o//-/\\-}" "$man" || fail "the manual page does not name $o"
  done
  commands=$(grep -oE '\[verify[a-z|-]*\]' <<<"$help" | tr -d '[]' | tr '|' ' ')
  [[ -n $commands ]] || fail "no commands read from --help"
  for c in $commands; do
    grep -qE "^\.B ${c//-/\\\\-}\$" "$man" || fail "the manual page has no section for the command $c"
  done
  # And no option in the manual page that --help does not know.
  for o in $(grep -oE '\\-\\-[a-z\\-]+' "$man" | sed 's/\\//g' | sort -u); do
    grep -qE -- "(^| )$o( |\$|,)" <<<"$help" || fail "the manual page names $o, which --help does not"
  done
  version=$("$gongwen" --version)
  grep -q "^\.TH GONGWEN 1 \"[0-9-]*\" \"$version\"" "$man" || fail "the manual page is not for $version"
  ;;
install)
  build=$2
  prefix=$(mktemp -d)
  trap 'rm -rf "$prefix"' EXIT
  cmake --install "$build" --prefix "$prefix" >/dev/null
  for f in bin/gongwen share/applications/cn.gongwen.Desk.desktop share/metainfo/cn.gongwen.Desk.metainfo.xml \
           share/icons/hicolor/scalable/apps/gongwen.svg share/icons/hicolor/128x128/apps/gongwen.png \
           share/man/man1/gongwen.1.gz share/doc/gongwen/copyright share/doc/gongwen/changelog.gz \
           share/gongwen/translations/gongwen_zh_CN.qm share/gongwen/translations/gongwen_en.qm; do
    [[ -s $prefix/$f ]] || fail "the install tree has no $f"
  done
  # The PNG's width and height, from its header.
  [[ $(od -An -tx1 -j16 -N8 "$prefix/share/icons/hicolor/128x128/apps/gongwen.png" | tr -d ' \n') == 0000008000000080 ]] \
    || fail "the icon is not 128 × 128 px"
  gzip -t "$prefix/share/man/man1/gongwen.1.gz" "$prefix/share/doc/gongwen/changelog.gz"
  head -1 "$prefix/share/doc/gongwen/copyright" | grep -q '^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' \
    || fail "the copyright file is not machine-readable"
  home=$prefix/home
  mkdir -m 700 -p "$home" "$home/run"
  run() { env -i PATH=/usr/bin:/bin HOME="$home" XDG_RUNTIME_DIR="$home/run" QT_QPA_PLATFORM=offscreen "$@"; }
  [[ $(run "$prefix/bin/gongwen" --version) == "gongwen "* ]] || fail "--version"
  # A new database: the set-up wizard comes first, its title Chinese under zh_CN, English under en.
  zh=$(run LANG=zh_CN.UTF-8 GONGWEN_STARTUP_PROBE=1 timeout 60 "$prefix/bin/gongwen")
  echo "$zh"
  grep -q '^setup window painted: 设置公文工作台' <<<"$zh" || fail "no Chinese window title: $zh"
  en=$(run LANG=en_US.UTF-8 GONGWEN_STARTUP_PROBE=1 timeout 60 "$prefix/bin/gongwen")
  echo "$en"
  grep -q '^setup window painted: Set up Gongwen Desk' <<<"$en" || fail "no English window title: $en"
  # The catalogue read is the installed one, not the copy built into the program: with the English
  # catalogue in the Chinese one's place, zh_CN shows English.
  cp "$prefix/share/gongwen/translations/gongwen_en.qm" "$prefix/share/gongwen/translations/gongwen_zh_CN.qm"
  swapped=$(run LANG=zh_CN.UTF-8 GONGWEN_STARTUP_PROBE=1 timeout 60 "$prefix/bin/gongwen")
  echo "$swapped"
  grep -q '^setup window painted: Set up Gongwen Desk' <<<"$swapped" \
    || fail "the installed catalogue was not the one read: $swapped"
  # The workstation's own database, under the user's data folder, made for the user's eyes only.
  db=$home/.local/share/gongwen/gongwen
  [[ -f $db/gongwen.db ]] || fail "no database at $db"
  [[ $(stat -c %a "$db") == 700 ]] || fail "$db is $(stat -c %a "$db"), not 700"
  ;;
*)
  fail "unknown check $1"
  ;;
esac
echo "ok: $1"
