"""The store icons: generated from assets/icons/icon.json, the sizes the store asks for, high contrast."""

from __future__ import annotations

import json

import pytest
from PIL import Image

from skill.devtools.icons import DRAWING, SIZES, IconError, icon_path, load_drawing, main, stale_icons, write_icons


def _luminance(hex_colour):
    def channel(value):
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def _contrast(a, b):
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_committed_icons_are_a_fresh_render_of_the_drawing():
    assert stale_icons() == [], "run python -m skill.devtools.icons and commit the PNGs"


@pytest.mark.parametrize("size", sorted(SIZES.values()))
def test_icons_have_the_store_sizes(size):
    with Image.open(icon_path(size)) as image:
        assert image.format == "PNG"
        assert image.size == (size, size)
        assert image.mode == "RGB", "no transparency: the store shows icons on light and dark backgrounds"


def test_every_colour_stands_out_from_the_background():
    drawing = load_drawing()
    for shape in drawing.shapes:
        assert _contrast(shape.color, drawing.background) >= 7, shape


def test_the_drawing_is_visible_at_the_small_size():
    drawing = load_drawing()
    with Image.open(icon_path(SIZES["smallIconUri"])) as image:
        background = tuple(int(drawing.background[i : i + 2], 16) for i in (1, 3, 5))
        drawn = sum(1 for pixel in image.get_flattened_data() if pixel != background)
    assert drawn > 108 * 108 * 0.1, "the picture should cover a tenth of the icon at least"


def test_an_edit_to_the_drawing_makes_the_icons_stale(tmp_path):
    write_icons(tmp_path)
    assert stale_icons(tmp_path) == []
    raw = json.loads(DRAWING.read_text(encoding="utf-8"))
    raw["shapes"][0]["color"] = "#FF0000"
    changed = tmp_path / "icon.json"
    changed.write_text(json.dumps(raw), encoding="utf-8")
    assert len(stale_icons(tmp_path, load_drawing(changed))) == len(SIZES)


def test_a_broken_drawing_is_named(tmp_path):
    raw = json.loads(DRAWING.read_text(encoding="utf-8"))
    raw["shapes"][0]["points"][1] = [150, 20]
    broken = tmp_path / "icon.json"
    broken.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(IconError, match=r"shapes\[0\].*outside"):
        load_drawing(broken)


def test_check_command():
    assert main(["--check"]) == 0
