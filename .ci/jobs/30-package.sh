#!/usr/bin/env bash
# The desktop integration and the Debian package (issue 8): validate the .desktop and AppStream
# files, build the .deb from the already built `build` directory, install it the way a user
# would (apt resolves its dependencies), then run the installed binary: --version and an export.
set -euo pipefail
cd "$(dirname "$0")/../.."
export DEBIAN_FRONTEND=noninteractive
build=${CROSSINGS_BUILD_DIR:-build} # .ci/run builds `build`; another tree for a local run
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"

need=()
command -v desktop-file-validate >/dev/null || need+=(desktop-file-utils)
command -v appstreamcli >/dev/null || need+=(appstream)
command -v dpkg-shlibdeps >/dev/null || need+=(dpkg-dev)
if [ ${#need[@]} -gt 0 ]; then
    $sudo apt-get install -y --no-install-recommends "${need[@]}"
fi

id=org.crossings.Crossings
echo "+ desktop-file-validate resources/desktop/$id.desktop"
desktop-file-validate "resources/desktop/$id.desktop"
echo "+ appstreamcli validate --no-net resources/desktop/$id.metainfo.xml"
appstreamcli validate --no-net "resources/desktop/$id.metainfo.xml"

# What `cmake --install` lays out, validated as a tree (desktop file, metainfo and icon together).
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix/usr" >/dev/null
for f in bin/crossings libexec/crossings/crossings-cli libexec/crossings/crossings-gui share/applications/$id.desktop share/metainfo/$id.metainfo.xml \
         share/icons/hicolor/scalable/apps/$id.svg; do
    [ -e "$prefix/usr/$f" ] || { echo "30-package: cmake --install did not install $f" >&2; exit 1; }
done
appstreamcli validate-tree --no-net "$prefix"

echo "+ cpack -G DEB"
rm -f "$build"/crossings_*.deb
(cd "$build" && cpack -G DEB)
deb=$(ls "$build"/crossings_*.deb)
dpkg-deb --info "$deb"
dpkg-deb --contents "$deb"
depends=$(dpkg-deb --field "$deb" Depends)
for p in libqt6core6 libqt6gui6 libqt6widgets6 libqt6charts6 libqt6sql6 libqt6sql6-sqlite libqt6svg6 \
         fonts-noto-cjk qt6-translations-l10n; do
    case ", $depends," in
        *", $p "*|*", $p,"*) ;;
        *) echo "30-package: the package does not depend on $p: $depends" >&2; exit 1 ;;
    esac
done

echo "+ apt-get install $deb"
$sudo apt-get install -y --no-install-recommends "$(realpath "$deb")"
# Leave the machine as it was, whatever happens below.
trap '$sudo apt-get remove -y crossings >/dev/null || true; rm -rf "$prefix"' EXIT
dpkg -L crossings

out=$(mktemp -d)
echo "+ /usr/bin/crossings --version"
version=$(/usr/bin/crossings --version)
echo "$version"
expected=$(sed -n 's/^project(Crossings VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
[ "$version" = "crossings $expected" ] || { echo "30-package: expected \"crossings $expected\"" >&2; exit 1; }

echo "+ crossings export arrivals -o $out/arrivals.pdf (installed binary, its own fresh store)"
HOME="$out/home" XDG_CONFIG_HOME="$out/home/.config" XDG_DATA_HOME="$out/home/.local/share" \
    QT_QPA_PLATFORM=offscreen /usr/bin/crossings export arrivals -o "$out/arrivals.pdf"
head -c 5 "$out/arrivals.pdf" | grep -q '%PDF-' || { echo "30-package: not a PDF" >&2; exit 1; }
ls -l "$out/arrivals.pdf"
# The command line without the GUI libraries (crossings-cli), in Korean. Into a file, not a
# pipe: `grep -q` stops reading at its first match, and under pipefail the writer's SIGPIPE
# failed the job about one run in three.
HOME="$out/home" XDG_CONFIG_HOME="$out/home/.config" XDG_DATA_HOME="$out/home/.local/share" \
    /usr/bin/crossings data arrivals --lang ko >"$out/arrivals.csv"
head -n 1 "$out/arrivals.csv" | grep -q '^dataset,' ||
    { echo "30-package: the installed crossings data arrivals printed no CSV" >&2; exit 1; }
rm -rf "$out"
echo "30-package: ok"
