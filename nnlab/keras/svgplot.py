"""Loss and accuracy curves as an SVG image: what ``LivePlot`` shows in a notebook's cell output.

SVG needs no plotting library and no Qt (a Jupyter kernel on a headless server has no display
for Qt), stays sharp at any zoom, and Jupyter, VS Code and GitHub all render it.
"""

from __future__ import annotations

import math
from html import escape

from nnlab.palette import BLUE, VERMILION

TRAINING, VALIDATION = BLUE, VERMILION  # the Train page's first two run colours
PANEL_WIDTH, PANEL_HEIGHT = 340, 230
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 52, 14, 30, 38
MAX_POINTS = 800  # per curve: more would only make the image larger, not finer
STYLES = {  # how each curve is drawn: colour, line attributes, dots
    "batches": (TRAINING, 'stroke-width="1" stroke-opacity="0.3"', False),
    "smoothed": (TRAINING, 'stroke-width="2"', False),
    "validation": (VALIDATION, 'stroke-width="2" stroke-dasharray="5,3"', True),
}


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round tick values (1, 2 or 5 times a power of ten) covering [low, high]."""
    raw = (high - low) / max(1, count)
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    first = math.ceil(low / step - 1e-9) * step
    return [first + i * step for i in range(int((high - first) / step + 1e-9) + 1)]


def _finite(xs, ys) -> list[tuple[float, float]]:
    points = [(float(x), float(y)) for x, y in zip(xs, ys)
              if math.isfinite(x) and math.isfinite(y) and abs(y) < 1e300]
    step = -(-len(points) // MAX_POINTS)
    return points[::step] if step > 1 else points


def _range(values: list[float]) -> tuple[float, float]:
    low, high = min(values), max(values)
    if high - low < 1e-12 * max(1.0, abs(high)):  # a flat curve still needs a visible range
        pad = max(abs(high) * 0.05, 0.01)
        return low - pad, high + pad
    pad = (high - low) * 0.05
    return low - pad, high + pad


def panel_svg(title: str, series: dict, epochs: float, left: float) -> str:
    """One plot: ``series`` maps a curve name of STYLES to (xs, ys); x runs over [0, epochs]."""
    points = {name: _finite(*xy) for name, xy in series.items()}
    width = PANEL_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
    height = PANEL_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
    x0, y0 = left + MARGIN_LEFT, MARGIN_TOP
    parts = [f'<text x="{x0 + width / 2}" y="18" text-anchor="middle" font-weight="bold">{escape(title)}</text>',
             f'<rect x="{x0}" y="{y0}" width="{width}" height="{height}" fill="white" stroke="#888"/>']
    values = [y for pts in points.values() for _, y in pts]
    x_high = max([epochs] + [x for pts in points.values() for x, _ in pts]) or 1.0
    for tick in nice_ticks(0.0, x_high, 5):
        px = x0 + tick / x_high * width
        parts.append(f'<line x1="{px:.1f}" y1="{y0 + height}" x2="{px:.1f}" y2="{y0 + height + 4}" stroke="#888"/>'
                     f'<text x="{px:.1f}" y="{y0 + height + 16}" text-anchor="middle">{tick:.4g}</text>')
    parts.append(f'<text x="{x0 + width / 2}" y="{y0 + height + 32}" text-anchor="middle">epoch</text>')
    if not values:
        parts.append(f'<text x="{x0 + width / 2}" y="{y0 + height / 2}" text-anchor="middle" fill="#888">'
                     "waiting for the first batch</text>")
        return "".join(parts)
    low, high = _range(values)
    for tick in nice_ticks(low, high, 4):
        py = y0 + height - (tick - low) / (high - low) * height
        parts.append(f'<line x1="{x0}" y1="{py:.1f}" x2="{x0 + width}" y2="{py:.1f}" stroke="#eee"/>'
                     f'<text x="{x0 - 5}" y="{py + 4:.1f}" text-anchor="end">{tick:.4g}</text>')
    for name, (colour, line, dots) in STYLES.items():
        xy = [(x0 + x / x_high * width, y0 + height - (y - low) / (high - low) * height)
              for x, y in points.get(name, [])]
        if len(xy) > 1:
            coordinates = " ".join(f"{x:.1f},{y:.1f}" for x, y in xy)
            parts.append(f'<polyline points="{coordinates}" fill="none" stroke="{colour}" {line}/>')
        if dots or len(xy) == 1:
            parts += [f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3.5" fill="{colour}"/>' for x, y in xy]
    return "".join(parts)


def curves_svg(panels: list[tuple[str, dict]], epochs: float) -> str:
    """Panels side by side, with one legend: the whole image as an SVG document."""
    total = PANEL_WIDTH * len(panels)
    body = "".join(panel_svg(title, series, epochs, i * PANEL_WIDTH) for i, (title, series) in enumerate(panels))
    legend = "".join(
        f'<line x1="{x}" y1="{PANEL_HEIGHT + 8}" x2="{x + 22}" y2="{PANEL_HEIGHT + 8}" stroke="{colour}" {line}/>'
        f'<text x="{x + 28}" y="{PANEL_HEIGHT + 12}">{name}</text>'
        for x, name, (colour, line, _) in ((MARGIN_LEFT, "mini-batches, smoothed", STYLES["smoothed"]),
                                          (MARGIN_LEFT + 200, "validation, per epoch", STYLES["validation"])))
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{total}" height="{PANEL_HEIGHT + 20}" '
            f'viewBox="0 0 {total} {PANEL_HEIGHT + 20}" font-family="sans-serif" font-size="11">'
            f'<rect width="100%" height="100%" fill="white"/>{body}{legend}</svg>')
