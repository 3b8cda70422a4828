"""Draw Badgesmith's application icon: a rosette badge with a check mark, on two ribbon tails.

The SVG is the master; Qt's SVG renderer draws the PNGs from it, and Pillow packs the ICO
(Windows) and ICNS (macOS). Colours match the icon painted at run time (ui/icons.py).

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icons.py [OUT_DIR]

Writes badgesmith.svg, badgesmith-{16..512}.png, badgesmith.png (256), badgesmith.ico and
badgesmith.icns into resources/icons/ (or OUT_DIR).
"""

from __future__ import annotations

import io
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

NAVY = "#1F3A5F"
NAVY_DARK = "#152A45"
NAVY_LIGHT = "#2E5583"
GOLD = "#B08D57"
GOLD_LIGHT = "#D9BC85"
GOLD_DARK = "#8A6B3C"


def _rosette(cx: float, cy: float, r_out: float, r_in: float, points: int) -> str:
    """A scalloped seal: a path through ``points`` rounded bumps between two radii."""
    parts: list[str] = []
    step = 2 * math.pi / points
    for i in range(points):
        a0 = -math.pi / 2 + i * step
        a1 = a0 + step / 2
        a2 = a0 + step
        x0, y0 = cx + r_in * math.cos(a0), cy + r_in * math.sin(a0)
        xc, yc = cx + r_out * 1.035 * math.cos(a1), cy + r_out * 1.035 * math.sin(a1)
        x2, y2 = cx + r_in * math.cos(a2), cy + r_in * math.sin(a2)
        if i == 0:
            parts.append(f"M{x0:.2f},{y0:.2f}")
        parts.append(f"Q{xc:.2f},{yc:.2f} {x2:.2f},{y2:.2f}")
    return " ".join(parts) + " Z"


def svg() -> str:
    """The icon on a 512 x 512 canvas."""
    cx, cy = 256.0, 212.0
    seal = _rosette(cx, cy, 188, 166, 24)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">
  <title>Badgesmith</title>
  <defs>
    <linearGradient id="gold" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="{GOLD_LIGHT}"/>
      <stop offset="1" stop-color="{GOLD}"/>
    </linearGradient>
    <linearGradient id="navy" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="{NAVY_LIGHT}"/>
      <stop offset="1" stop-color="{NAVY}"/>
    </linearGradient>
  </defs>
  <!-- ribbon tails -->
  <path d="M150,300 L220,332 L186,500 L151,462 L104,474 Z" fill="{NAVY_DARK}"/>
  <path d="M362,300 L292,332 L326,500 L361,462 L408,474 Z" fill="{NAVY_DARK}"/>
  <path d="M162,318 L206,338 L180,466 L156,440 L126,448 Z" fill="{GOLD}"/>
  <path d="M350,318 L306,338 L332,466 L356,440 L386,448 Z" fill="{GOLD}"/>
  <!-- the seal -->
  <path d="{seal}" fill="url(#gold)" stroke="{GOLD_DARK}" stroke-width="6" stroke-linejoin="round"/>
  <circle cx="{cx}" cy="{cy}" r="138" fill="url(#navy)" stroke="{GOLD_DARK}" stroke-width="6"/>
  <circle cx="{cx}" cy="{cy}" r="120" fill="none" stroke="{GOLD_LIGHT}" stroke-opacity="0.8"
          stroke-width="4"/>
  <!-- the check mark -->
  <path d="M192,216 L238,262 L326,170" fill="none" stroke="#FFFFFF" stroke-width="36"
        stroke-linecap="round" stroke-linejoin="round"/>
</svg>
"""


def svg_small() -> str:
    """A simplified drawing for 16-32 px: no inner ring, a thicker check, fewer scallops."""
    cx, cy = 256.0, 220.0
    seal = _rosette(cx, cy, 200, 178, 16)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">
  <path d="M140,320 L228,350 L184,508 L148,468 L96,484 Z" fill="{GOLD_DARK}"/>
  <path d="M372,320 L284,350 L328,508 L364,468 L416,484 Z" fill="{GOLD_DARK}"/>
  <path d="{seal}" fill="{GOLD}"/>
  <circle cx="{cx}" cy="{cy}" r="150" fill="{NAVY}"/>
  <path d="M180,226 L236,282 L338,172" fill="none" stroke="#FFFFFF" stroke-width="58"
        stroke-linecap="round" stroke-linejoin="round"/>
</svg>
"""


def render_png(svg_text: str, size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    renderer = QSvgRenderer(QByteArray(svg_text.encode("utf-8")))
    if not renderer.isValid():
        raise ValueError("invalid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; str works
    buf.close()
    return bytes(data.data())


def main(argv: list[str]) -> int:
    from PIL import Image

    out = Path(argv[1]) if len(argv) > 1 else OUT
    out.mkdir(parents=True, exist_ok=True)
    master = svg()
    (out / "badgesmith.svg").write_text(master, encoding="utf-8")
    images: dict[int, Image.Image] = {}
    for size in SIZES:
        png = render_png(svg_small() if size <= 32 else master, size)
        (out / f"badgesmith-{size}.png").write_bytes(png)
        images[size] = Image.open(io.BytesIO(png)).convert("RGBA")
    (out / "badgesmith.png").write_bytes((out / "badgesmith-256.png").read_bytes())
    # ICO: Pillow picks each listed size from the largest image; give it the hand-tuned ones.
    ico_sizes = [s for s in SIZES if s <= 256]
    images[256].save(out / "badgesmith.ico", format="ICO",
                     sizes=[(s, s) for s in ico_sizes],
                     append_images=[images[s] for s in ico_sizes if s != 256])
    # ICNS: Pillow writes the standard sizes (16..512 and @2x) from the largest image.
    big = Image.open(io.BytesIO(render_png(master, 1024))).convert("RGBA")
    big.save(out / "badgesmith.icns", format="ICNS",
             append_images=[images[s] for s in (16, 32, 64, 128, 256, 512)])
    for p in sorted(out.iterdir()):
        print(f"{p.relative_to(out.parent.parent) if out == OUT else p}  {p.stat().st_size:>7} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
