"""Render the skill's store icons from the vector drawing in ``assets/icons/icon.json``.

    python -m skill.devtools.icons           # rewrite assets/icons/icon-108.png and icon-512.png
    python -m skill.devtools.icons --check   # exit 1 if the committed PNGs differ from a fresh render

Why a generator: the Alexa store wants a 108 x 108 and a 512 x 512 PNG. Drawn by hand they drift
apart and nobody can say how they were made; rendered from one small drawing they always match,
and a test fails when the committed files are not what the drawing gives. Each size is drawn at
eight times its size and scaled down, so the edges are smooth at both sizes.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw

from skill.devtools.interaction_model_gen import ROOT

ICON_DIR = ROOT / "assets" / "icons"
DRAWING = ICON_DIR / "icon.json"
# The sizes the store asks for: smallIconUri 108 x 108, largeIconUri 512 x 512.
SIZES = {"smallIconUri": 108, "largeIconUri": 512}
CANVAS = 100
SUPERSAMPLE = 8


class IconError(ValueError):
    """The drawing is broken; the message names the shape and the problem."""


@dataclass(frozen=True)
class Shape:
    kind: str
    color: str
    points: tuple[tuple[float, float], ...]
    width: float = 0.0
    radius: float = 0.0


@dataclass(frozen=True)
class Drawing:
    background: str
    shapes: tuple[Shape, ...]


def icon_path(size: int, directory: Path = ICON_DIR) -> Path:
    return directory / f"icon-{size}.png"


def _point(raw: Any, where: str) -> tuple[float, float]:
    if not (isinstance(raw, list) and len(raw) == 2 and all(isinstance(v, int | float) for v in raw)):
        raise IconError(f"{where}: a point is [x, y], not {raw!r}")
    x, y = float(raw[0]), float(raw[1])
    if not (0 <= x <= CANVAS and 0 <= y <= CANVAS):
        raise IconError(f"{where}: point {raw!r} is outside the {CANVAS} x {CANVAS} canvas")
    return x, y


def _shape(raw: Any, index: int) -> Shape:
    where = f"icon.json: shapes[{index}]"
    if not isinstance(raw, dict) or raw.get("type") not in ("polyline", "circle"):
        raise IconError(f"{where}: type must be polyline or circle")
    color = raw.get("color")
    if not isinstance(color, str) or not color.startswith("#") or len(color) != 7:
        raise IconError(f"{where}: color must be #RRGGBB")
    if raw["type"] == "circle":
        return Shape("circle", color, (_point(raw.get("center"), where),), radius=float(raw.get("radius", 0)))
    points = raw.get("points")
    if not isinstance(points, list) or len(points) < 2:
        raise IconError(f"{where}: a polyline needs two or more points")
    return Shape("polyline", color, tuple(_point(p, where) for p in points), width=float(raw.get("width", 1)))


def load_drawing(path: Path = DRAWING) -> Drawing:
    """Read and check the drawing; raise IconError naming the problem."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise IconError(f"{path.name}: cannot read: {error}") from error
    background = raw.get("background")
    if not isinstance(background, str) or len(background) != 7:
        raise IconError(f"{path.name}: background must be #RRGGBB")
    return Drawing(background, tuple(_shape(s, i) for i, s in enumerate(raw.get("shapes") or [])))


def render(drawing: Drawing, size: int) -> Image.Image:
    """The drawing as an RGB image of ``size`` x ``size`` pixels."""
    big = size * SUPERSAMPLE
    scale = big / CANVAS
    image = Image.new("RGB", (big, big), drawing.background)
    pen = ImageDraw.Draw(image)
    for shape in drawing.shapes:
        points = [(x * scale, y * scale) for x, y in shape.points]
        if shape.kind == "circle":
            (cx, cy), r = points[0], shape.radius * scale
            pen.ellipse((cx - r, cy - r, cx + r, cy + r), fill=shape.color)
            continue
        width = round(shape.width * scale)
        pen.line(points, fill=shape.color, width=width, joint="curve")
        for x, y in (points[0], points[-1]):  # round caps
            pen.ellipse((x - width / 2, y - width / 2, x + width / 2, y + width / 2), fill=shape.color)
    return image.resize((size, size), Image.Resampling.LANCZOS)


def write_icons(directory: Path = ICON_DIR, drawing: Drawing | None = None) -> list[Path]:
    drawing = drawing or load_drawing()
    written = []
    for size in SIZES.values():
        path = icon_path(size, directory)
        render(drawing, size).save(path, format="PNG", optimize=False)
        written.append(path)
    return written


def stale_icons(directory: Path = ICON_DIR, drawing: Drawing | None = None) -> list[Path]:
    """Committed PNGs that are missing or whose pixels differ from a fresh render."""
    drawing = drawing or load_drawing()
    stale = []
    for size in SIZES.values():
        path = icon_path(size, directory)
        try:
            with Image.open(path) as committed:
                same = committed.convert("RGB").tobytes() == render(drawing, size).tobytes()
        except OSError:
            same = False
        if not same:
            stale.append(path)
    return stale


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m skill.devtools.icons", description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the committed PNGs are not a fresh render")
    args = parser.parse_args(argv)
    try:
        if args.check:
            stale = stale_icons()
            for path in stale:
                print(f"stale: {path} (run python -m skill.devtools.icons)", file=sys.stderr)
            return 1 if stale else 0
        for path in write_icons():
            print(f"wrote {path}")
    except IconError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
