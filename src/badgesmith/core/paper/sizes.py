"""The papers and orientations certificates are printed on: names the services check without
loading the PDF renderer."""

from __future__ import annotations

from typing import Literal

MM = 72.0 / 25.4
INCH = 72.0
# in points, as reportlab.lib.pagesizes defines A4 and LETTER
PAPER_SIZES: dict[str, tuple[float, float]] = {"A4": (210 * MM, 297 * MM), "Letter": (8.5 * INCH, 11 * INCH)}
ORIENTATIONS: tuple[str, ...] = ("landscape", "portrait")
Paper = Literal["A4", "Letter"]
