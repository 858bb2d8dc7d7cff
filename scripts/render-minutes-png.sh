#!/bin/sh
# Renders HTML minutes with headless Chromium, to look at them as a reader will: a PNG of the whole document
# at A4 width, and a PDF printed on A4 (the page setup comes from the minutes' own @page rule).
#
# Usage: scripts/render-minutes-png.sh [MINUTES.html] [OUT.png]
#   MINUTES.html  default: the golden Mechelen minutes, Tests/WorkshopMinutesTests/Golden/mechelen.html
#                 (or write your own: workshop export SESSION --format html -o minutes.html)
#   OUT.png       default: test-output/minutes.png (test-output/ is not in git); the PDF goes beside it
#
# Needs Debian's chromium package: sudo apt-get update && sudo apt-get install chromium
# If ImageMagick's convert is installed, the empty space below the document is trimmed off.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
html=${1:-"$root/Tests/WorkshopMinutesTests/Golden/mechelen.html"}
png=${2:-"$root/test-output/minutes.png"}
pdf="${png%.png}.pdf"

if [ ! -f "$html" ]; then
    echo "render-minutes-png: no HTML file at $html — give the minutes to render as the first argument" >&2
    exit 1
fi
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
    echo "render-minutes-png: chromium is not installed — run: sudo apt-get update && sudo apt-get install chromium" >&2
    exit 1
fi
mkdir -p "$(dirname "$png")"
url="file://$(cd "$(dirname "$html")" && pwd)/$(basename "$html")"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT INT TERM

# 794 CSS pixels is A4's 210 mm; a tall window takes the whole document, scale 2 keeps the text sharp.
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$profile" \
    --force-device-scale-factor=2 --window-size=794,9000 --screenshot="$png" "$url" 2>/dev/null
"$browser" --headless --no-sandbox --disable-gpu --user-data-dir="$profile" \
    --no-pdf-header-footer --print-to-pdf="$pdf" "$url" 2>/dev/null

if command -v convert >/dev/null 2>&1 \
    && convert "$png" -trim +repage -bordercolor white -border 40 "$png.trimmed.png" 2>/dev/null; then
    mv "$png.trimmed.png" "$png"
else
    rm -f "$png.trimmed.png"
fi
echo "wrote $png"
echo "wrote $pdf"
