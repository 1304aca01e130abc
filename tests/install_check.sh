#!/usr/bin/env bash
# What a user installs. Usage: install_check.sh cmake|deb BUILD_DIR
#   cmake: `cmake --install` to a scratch prefix (and to DESTDIR with
#          --prefix /usr): binary, man page, licence, completions where
#          bash-completion, zsh and fish look.
#   deb:   `cpack -G DEB`, then the package's fields and files, `dpkg -i`
#          into a scratch root (its own dpkg database; the libraries are
#          the machine's), and the installed binary runs.
set -euo pipefail
mode=$1 build=$(cd "$2" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
has() { [ -f "$1" ] || fail "missing $1"; }

case $mode in
cmake)
  cmake --install "$build" --prefix "$tmp/local" > /dev/null
  p=$tmp/local
  for f in bin/journal share/man/man1/journal.1 share/doc/painjournal/copyright \
           share/bash-completion/completions/journal share/zsh/site-functions/_journal \
           share/fish/vendor_completions.d/journal.fish; do has "$p/$f"; done
  "$p/bin/journal" --version
  # The installed bash completion loads and answers.
  PATH=$p/bin:$PATH bash -c '. "$1"; complete -p journal
    COMP_WORDS=(journal report --format ""); COMP_CWORD=3; _journal; echo "${COMPREPLY[*]}"' _ \
    "$p/share/bash-completion/completions/journal"
  DESTDIR=$tmp/dest cmake --install "$build" --prefix /usr > /dev/null
  has "$tmp/dest/usr/share/zsh/vendor-completions/_journal"
  echo "cmake --install: ok"
  ;;
deb)
  cpack -G DEB --config "$build/CPackConfig.cmake" -B "$tmp/pkg" > /dev/null
  deb=$(ls "$tmp"/pkg/painjournal_*.deb)
  echo "$(basename "$deb")" | grep -E '^painjournal_[0-9.]+_[a-z0-9]+\.deb$' > /dev/null || fail "name $deb"
  depends=$(dpkg-deb -f "$deb" Depends)
  # The packages of the shared libraries the binary loads (NEEDED); with
  # PAINJOURNAL_STATIC_DEPS (the default) that is glibc, toml++ and the C++
  # runtime; with PAINJOURNAL_STATIC_RUNTIME glibc alone.
  needed=$(readelf -d "$build/journal" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
  for pair in libedit.so:libedit2 libfmt.so:libfmt libtomlplusplus.so:libtomlplusplus libstdc++.so:libstdc++6 \
              libc.so:libc6; do
    if [[ $needed == *"${pair%%:*}"* ]]; then
      [[ $depends == *"${pair#*:}"* ]] || fail "Depends lacks ${pair#*:}: $depends"
    elif [[ $depends == *"${pair#*:}"* ]]; then
      fail "Depends has ${pair#*:}, which the binary does not load: $depends"
    fi
  done
  dpkg-deb -c "$deb" | awk '{print $6}' > "$tmp/files"
  for f in ./usr/bin/journal ./usr/share/man/man1/journal.1 ./usr/share/doc/painjournal/copyright \
           ./usr/share/bash-completion/completions/journal ./usr/share/zsh/vendor-completions/_journal \
           ./usr/share/fish/vendor_completions.d/journal.fish; do
    grep -qx -- "$f" "$tmp/files" || fail "package lacks $f"
  done
  root=$tmp/root
  if [ "$(id -u)" -eq 0 ]; then
    mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates"
    touch "$root/var/lib/dpkg/status"
    dpkg --root="$root" --log=/dev/null --force-depends -i "$deb" > /dev/null
    dpkg --root="$root" -s painjournal | grep -x 'Status: install ok installed'
  else
    # dpkg -i would chown the files to root: unpack them instead.
    dpkg-deb -x "$deb" "$root"
    echo "Status: install ok installed"
  fi
  "$root/usr/bin/journal" --version
  echo "dpkg -i: ok"
  ;;
*) fail "mode must be cmake or deb" ;;
esac
