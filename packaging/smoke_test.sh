#!/usr/bin/env bash
# Smoke test of the built Linux bundle (issue 21), as on a machine with no Python: every run of the bundle
# has a bare environment (env -i: no venv on PATH, no PYTHONPATH). Run by .ci/run after the build:
#     bash packaging/smoke_test.sh [dist/objector | dist/objector-VERSION-linux-x86_64.tar.gz]
# Given the archive, it unpacks it into a temporary folder first and tests that copy, as a person gets it.
# Needs Xvfb, xdotool, imagemagick (import, convert) and desktop-file-validate; .ci/run installs them.
set -euo pipefail
cd "$(dirname "$0")/.."

version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' app/__init__.py)
tmp=$(mktemp -d)
given="${1:-dist/objector}"
if [ -f "$given" ]; then
    mkdir "$tmp/unpacked"
    tar -xzf "$given" -C "$tmp/unpacked"
    [ "$(ls "$tmp/unpacked")" = "objector" ] || { echo "smoke test: the archive holds more than objector/" >&2; exit 1; }
    given="$tmp/unpacked/objector"
    [ -f "$given/README.txt" ] || { echo "smoke test: the archive has no README.txt" >&2; exit 1; }
    grep -q 'install-desktop-entry' "$given/README.txt" || { echo "smoke test: README.txt says nothing of the menu" >&2; exit 1; }
fi
bundle="$(cd "$given" && pwd)"
program="$bundle/objector"
window_pid=""
xvfb_pid=""
cleanup() {
    [ -n "$window_pid" ] && kill "$window_pid" 2>/dev/null || true
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$tmp"
}
trap cleanup EXIT
mkdir -p "$tmp/home"
bare=(env -i "HOME=$tmp/home" PATH=/usr/bin:/bin OBJECTOR_NO_DIALOG=1)
fail() { echo "smoke test: FAILED: $*" >&2; exit 1; }
step() { echo "smoke test: $*"; }

[ -x "$program" ] || fail "$program is missing"

step "--version"
got=$("${bare[@]}" "$program" --version)
[ "$got" = "objector $version" ] || fail "--version said '$got', not 'objector $version'"

step "validate (the bundled library)"
"${bare[@]}" "$program" validate >"$tmp/validate.out" 2>"$tmp/validate.err" \
    || { cat "$tmp/validate.out" "$tmp/validate.err"; fail "validate found problems in the bundled library"; }
grep -Eq '^[1-9][0-9]* file\(s\) checked: all valid' "$tmp/validate.err" || fail "validate checked no file"
"${bare[@]}" "$program" validate procedures >/dev/null 2>&1 || fail "validate procedures (the checkout's)"

step "list"
"${bare[@]}" "$program" list >"$tmp/list.out"
grep -Eq '^[1-9][0-9]* procedure\(s\)\.$' "$tmp/list.out" || fail "list showed no procedure"
if grep '^    file: ' "$tmp/list.out" | grep -v "file: $bundle/_internal/app/_bundled/procedures/" | head -1 \
        | grep -q .; then
    fail "list names procedure files outside the bundle"
fi
for folder in app/_bundled/procedures app/_bundled/resources/icons; do
    [ -d "$bundle/_internal/$folder" ] || fail "the bundle has no $folder"
done
if [ -d resources/translations ]; then
    for qm in resources/translations/*.qm; do
        [ -s "$bundle/_internal/app/_bundled/$qm" ] || fail "the bundle has no $qm"
        # Qt's own buttons and dialogs in that language, where Qt has them (QLibraryInfo finds them there)
        language=$(basename "$qm" .qm)
        language=${language#objector_}
        case "$language" in
            en) ;;
            *) [ -s "$bundle/_internal/PySide6/Qt/translations/qtbase_$language.qm" ] \
                   || echo "smoke test:   (Qt has no translation of its own for $language)" ;;
        esac
    done
fi

step "every other command: report (Markdown, HTML, PDF), calendar, backup, evidence, new-procedure, import-markdown"
work="$tmp/work"
mkdir -p "$work"
in_work() { (cd "$work" && "${bare[@]}" "OBJECTOR_DATA_DIR=$work/data" "$program" "$@") >"$tmp/command.out" 2>&1 \
    || { cat "$tmp/command.out"; fail "objector $* failed"; }; }
in_work new-procedure smoke-check
printf -- '# A checklist\n- [ ] The first step\n- [x] The second step\n' >"$work/list.md"
in_work import-markdown --source https://example.org/list "$work/list.md"
in_work report --format md -o "$work/report.md"
in_work report -o "$work/report.html"
in_work report -o "$work/report.pdf"
head -c 5 "$work/report.pdf" | grep -q '%PDF-' || fail "the PDF report is not a PDF"
in_work calendar -o "$work/dates.ics"
grep -q 'BEGIN:VCALENDAR' "$work/dates.ics" || fail "the calendar is not an .ics file"
in_work backup export "$work/backup.zip"
in_work backup import "$work/backup.zip"
in_work evidence list

step "every library in the bundle is found (the system's Wayland libraries aside: Wayland desktops have them)"
missing=$(find "$bundle/_internal" -type f \( -name '*.so' -o -name '*.so.*' \) -print0 \
    | xargs -0 -n 20 env "LD_LIBRARY_PATH=$bundle/_internal" ldd 2>/dev/null \
    | grep 'not found' | grep -v 'libwayland-' | sort -u || true)
[ -z "$missing" ] || fail "libraries not found: $missing"

step "without a display, it says so instead of crashing"
if "${bare[@]}" "$program" >"$tmp/nodisplay.out" 2>&1; then fail "it started without a display"; fi
grep -q 'DISPLAY' "$tmp/nodisplay.out" || { cat "$tmp/nodisplay.out"; fail "no word about the display"; }

display_number=$((90 + RANDOM % 400))
while [ -e "/tmp/.X11-unix/X$display_number" ] || [ -e "/tmp/.X$display_number-lock" ]; do
    display_number=$((display_number + 1))
done
display=":$display_number"
Xvfb "$display" -screen 0 1024x768x24 -nolisten tcp >"$tmp/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X$display_number" ] && break; sleep 0.1; done

step "a missing X library is named with the package that brings it"
cursor=$(readlink -f /usr/lib/x86_64-linux-gnu/libxcb-cursor.so.0 2>/dev/null || true)
if [ -n "$cursor" ] && unshare -m true 2>/dev/null; then
    # A private mount namespace hides the library from this one run, as on a desktop that lacks it.
    unshare -m sh -c 'mount --bind /dev/null "$1" && shift && exec "$@"' sh "$cursor" \
        "${bare[@]}" "DISPLAY=$display" "$program" >"$tmp/nolib.out" 2>&1 && fail "it started without libxcb-cursor"
    grep -q 'sudo apt install libxcb-cursor0' "$tmp/nolib.out" || { cat "$tmp/nolib.out"; fail "no install advice"; }
else
    step "  (skipped: no private mount namespace here)"
fi

step "the real window on a 1024x768 screen, found by its title"
"${bare[@]}" "DISPLAY=$display" "$program" >"$tmp/window.log" 2>&1 &
window_pid=$!
window=""
for _ in $(seq 60); do
    window=$(DISPLAY="$display" xdotool search --onlyvisible --name '^Objector$' 2>/dev/null | head -1 || true)
    [ -n "$window" ] && break
    kill -0 "$window_pid" 2>/dev/null || { cat "$tmp/window.log"; fail "the window's process ended"; }
    sleep 0.5
done
[ -n "$window" ] || { cat "$tmp/window.log"; fail "no window titled Objector within 30 s"; }
sleep 2  # let it paint
eval "$(DISPLAY="$display" xdotool getwindowgeometry --shell "$window")"
step "  window $WIDTH x $HEIGHT at $X,$Y"
[ "$WIDTH" -le 1024 ] && [ "$HEIGHT" -le 768 ] || fail "the window ($WIDTH x $HEIGHT) is larger than the screen"
shot="$(dirname "$0")/../dist/smoke-window.png"
mkdir -p "$(dirname "$shot")"
DISPLAY="$display" /usr/bin/import -window root "$shot"
read -r colours deviation < <(/usr/bin/convert "$shot" -format '%k %[fx:standard_deviation]\n' info:)
step "  screenshot: $colours colours, standard deviation $deviation ($shot)"
[ "$colours" -ge 16 ] || fail "the screenshot is blank ($colours colours)"
awk -v d="$deviation" 'BEGIN { exit !(d > 0.02) }' || fail "the screenshot is flat (deviation $deviation)"
kill "$window_pid"
wait "$window_pid" 2>/dev/null || true
window_pid=""

step "install-desktop-entry into a temporary XDG_DATA_HOME"
share="$tmp/share"
"${bare[@]}" "XDG_DATA_HOME=$share" "$program" install-desktop-entry
entry="$share/applications/objector.desktop"
desktop-file-validate "$entry" || fail "the installed entry does not pass desktop-file-validate"
try_exec=$(sed -n 's/^TryExec=//p' "$entry")
[ "$try_exec" = "$program" ] || fail "TryExec is '$try_exec', not $program"
exec_line=$(sed -n 's/^Exec=//p' "$entry")
[ "$exec_line" = "$program" ] || [ "$exec_line" = "\"$program\"" ] || fail "Exec is '$exec_line'"
[ -x "$try_exec" ] || fail "the entry names $try_exec, which is not an executable"
for icon in scalable/apps/objector.svg 64x64/apps/objector.png 128x128/apps/objector.png; do
    [ -s "$share/icons/hicolor/$icon" ] || fail "no icon $icon"
done
"${bare[@]}" "XDG_DATA_HOME=$share" "$program" uninstall-desktop-entry >/dev/null
left=$(find "$share" -type f)
[ -z "$left" ] || fail "uninstall left: $left"

step "all passed"
