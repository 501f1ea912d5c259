#!/usr/bin/env bash
# Builds the DEB, unpacks it into a temporary root (as dpkg would install it) and checks that
# the programs, the channel plugins and the desktop integration are where the app looks.
set -euo pipefail
build_dir="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail() { echo "FAILED: $*" >&2; exit 1; }

(cd "$build_dir" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log" >&2; fail "cpack could not build the DEB"; }
deb="$(ls "$work"/out/*.deb)"
[ -f "$deb" ] || fail "no .deb produced"
# Output is captured before grep reads it: `grep -q` stops at the first match, and with pipefail
# the writer's broken pipe would fail the check at random.
info="$(dpkg-deb --info "$deb")"
grep -q "Package: caredesk" <<<"$info" || fail "package name is not caredesk"
grep -q "Depends:.*libqt6" <<<"$info" || fail "Depends does not list the Qt runtime"
dpkg -x "$deb" "$work/root"

root="$work/root"
for file in usr/bin/caredesk usr/bin/caredesk-cli usr/bin/caredesk-server \
            usr/lib/caredesk/plugins/libcaredesk_channel_sandbox.so \
            usr/lib/caredesk/plugins/libcaredesk_channel_twitter.so \
            usr/lib/caredesk/plugins/libcaredesk_channel_facebook.so \
            usr/share/applications/org.caredesk.CareDesk.desktop \
            usr/share/metainfo/org.caredesk.CareDesk.metainfo.xml \
            usr/share/icons/hicolor/scalable/apps/org.caredesk.CareDesk.svg \
            usr/share/icons/hicolor/48x48/apps/org.caredesk.CareDesk.png; do
    [ -e "$root/$file" ] || fail "$file is missing from the package"
done

# The installed programs find their plugin relative to themselves, not in the build tree.
plugins="$("$root/usr/bin/caredesk-cli" plugins)"
grep -q '"id":"sandbox"' <<<"$plugins" || fail "installed caredesk-cli does not find the sandbox plugin: $plugins"
grep -q "\"file\":\"$root/usr/lib/caredesk/plugins/libcaredesk_channel_sandbox.so\"" <<<"$plugins" \
    || fail "the plugin was not loaded from the installed location: $plugins"
for id in sandbox twitter facebook; do
    grep -q "\"id\":\"$id\".*\"loaded\":true\|\"loaded\":true.*\"id\":\"$id\"" <<<"$plugins" \
        || fail "the installed $id plugin does not load: $plugins"
done

version="$("$root/usr/bin/caredesk" --version)"
[ "$version" = "caredesk $2" ] || fail "installed caredesk reports '$version', expected 'caredesk $2'"

validation="$(desktop-file-validate "$root/usr/share/applications/org.caredesk.CareDesk.desktop" || true)"
grep -q "error" <<<"$validation" && fail "desktop file does not validate: $validation"
appstreamcli validate --no-net "$root/usr/share/metainfo/org.caredesk.CareDesk.metainfo.xml" >/dev/null \
    || fail "AppStream metainfo does not validate"
echo "1 passed, 0 failed"
