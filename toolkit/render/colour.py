"""Colour arithmetic for accessibility: contrast, colour-vision deficiencies, perceived difference.

Pure functions on "#rrggbb" strings, used to check the toolkit's palettes (and an
instructor's own label colours) against WCAG 2.1 and against how people with the common
colour-vision deficiencies see them:

* `contrast_ratio`: WCAG's ratio of relative luminances (4.5:1 for text, 3:1 for the
  lines and shapes that carry meaning);
* `simulate`: how a colour looks with protanopia, deuteranopia or tritanopia, by the
  matrices of Machado, Oliveira and Fernandes (2009) at full severity, applied to linear RGB;
  `greyscale` gives its grey of the same luminance (a black-and-white printout);
* `delta_e`: the CIEDE2000 colour difference (Sharma, Wu and Dalal 2005) in CIELAB (D65),
  where about 2 is just noticeable and 10 or more reads as another colour at a glance.
"""

from __future__ import annotations

import math
import re

_HEX = re.compile(r"^#([0-9a-fA-F]{6})$")

#: Machado et al. (2009), severity 1.0: linear RGB in, linear RGB as the viewer sees it out.
CVD_MATRICES = {
    "protanopia": ((0.152286, 1.052583, -0.204868),
                   (0.114503, 0.786281, 0.099216),
                   (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968),
                     (0.280085, 0.672501, 0.047413),
                     (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779),
                   (-0.078411, 0.930809, 0.147602),
                   (0.004733, 0.691367, 0.303900)),
}
VISIONS = ("normal", *CVD_MATRICES, "greyscale")

RGB = tuple[float, float, float]


def parse(colour: str) -> RGB:
    """"#rrggbb" as sRGB channels from 0 to 1."""
    match = _HEX.match(colour.strip())
    if not match:
        raise ValueError(f"colour {colour!r} must look like #1a2b3c")
    value = match.group(1)
    return tuple(int(value[i:i + 2], 16) / 255 for i in (0, 2, 4))  # type: ignore[return-value]


def to_hex(rgb: RGB) -> str:
    return "#" + "".join(f"{round(max(0.0, min(1.0, c)) * 255):02x}" for c in rgb)


def _linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def _gamma(channel: float) -> float:
    channel = max(0.0, min(1.0, channel))
    return channel * 12.92 if channel <= 0.0031308 else 1.055 * channel ** (1 / 2.4) - 0.055


def relative_luminance(colour: str | RGB) -> float:
    """WCAG 2.1 relative luminance, 0 (black) to 1 (white)."""
    red, green, blue = (_linear(c) for c in (parse(colour) if isinstance(colour, str) else colour))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(one: str | RGB, other: str | RGB) -> float:
    """WCAG 2.1 contrast ratio, from 1 (no contrast) to 21 (black on white)."""
    lighter, darker = sorted((relative_luminance(one), relative_luminance(other)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def blend(colour: str | RGB, alpha: float, over: str | RGB) -> RGB:
    """`colour` at opacity `alpha` drawn over `over` (how a theme's translucent text looks)."""
    top = parse(colour) if isinstance(colour, str) else colour
    bottom = parse(over) if isinstance(over, str) else over
    return tuple(alpha * t + (1 - alpha) * b for t, b in zip(top, bottom))  # type: ignore[return-value]


def simulate(colour: str, vision: str) -> str:
    """How `colour` looks with a colour-vision deficiency (or "normal", or "greyscale")."""
    rgb = parse(colour)
    if vision == "normal":
        return to_hex(rgb)
    if vision == "greyscale":
        grey = _gamma(relative_luminance(rgb))
        return to_hex((grey, grey, grey))
    if vision not in CVD_MATRICES:
        raise ValueError(f"vision {vision!r}: choose one of {', '.join(VISIONS)}")
    linear = [_linear(c) for c in rgb]
    seen = [sum(m * c for m, c in zip(row, linear)) for row in CVD_MATRICES[vision]]
    return to_hex(tuple(_gamma(c) for c in seen))  # type: ignore[arg-type]


def to_lab(colour: str) -> tuple[float, float, float]:
    """CIELAB (D65 white) of an sRGB colour."""
    red, green, blue = (_linear(c) for c in parse(colour))
    x = (0.4124564 * red + 0.3575761 * green + 0.1804375 * blue) / 0.95047
    y = 0.2126729 * red + 0.7151522 * green + 0.0721750 * blue
    z = (0.0193339 * red + 0.1191920 * green + 0.9503041 * blue) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > (6 / 29) ** 3 else t / (3 * (6 / 29) ** 2) + 4 / 29

    fx, fy, fz = f(x), f(y), f(z)
    return 116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)


def ciede2000(lab1: tuple[float, float, float], lab2: tuple[float, float, float]) -> float:
    """The CIEDE2000 difference of two CIELAB colours (kL = kC = kH = 1)."""
    l1, a1, b1 = lab1
    l2, a2, b2 = lab2
    c_mean = (math.hypot(a1, b1) + math.hypot(a2, b2)) / 2
    g = 0.5 * (1 - math.sqrt(c_mean ** 7 / (c_mean ** 7 + 25 ** 7)))
    a1p, a2p = (1 + g) * a1, (1 + g) * a2
    c1p, c2p = math.hypot(a1p, b1), math.hypot(a2p, b2)
    h1p = math.degrees(math.atan2(b1, a1p)) % 360 if c1p else 0.0
    h2p = math.degrees(math.atan2(b2, a2p)) % 360 if c2p else 0.0
    delta_l = l2 - l1
    delta_c = c2p - c1p
    if c1p * c2p == 0:
        delta_h_angle = 0.0
    elif abs(h2p - h1p) <= 180:
        delta_h_angle = h2p - h1p
    else:
        delta_h_angle = h2p - h1p - 360 if h2p > h1p else h2p - h1p + 360
    delta_h = 2 * math.sqrt(c1p * c2p) * math.sin(math.radians(delta_h_angle / 2))
    l_mean = (l1 + l2) / 2
    c_mean_p = (c1p + c2p) / 2
    if c1p * c2p == 0:
        h_mean = h1p + h2p
    elif abs(h1p - h2p) <= 180:
        h_mean = (h1p + h2p) / 2
    else:
        h_mean = (h1p + h2p + 360) / 2 if h1p + h2p < 360 else (h1p + h2p - 360) / 2
    t = (1 - 0.17 * math.cos(math.radians(h_mean - 30)) + 0.24 * math.cos(math.radians(2 * h_mean))
         + 0.32 * math.cos(math.radians(3 * h_mean + 6)) - 0.20 * math.cos(math.radians(4 * h_mean - 63)))
    delta_theta = 30 * math.exp(-(((h_mean - 275) / 25) ** 2))
    r_c = 2 * math.sqrt(c_mean_p ** 7 / (c_mean_p ** 7 + 25 ** 7))
    s_l = 1 + 0.015 * (l_mean - 50) ** 2 / math.sqrt(20 + (l_mean - 50) ** 2)
    s_c = 1 + 0.045 * c_mean_p
    s_h = 1 + 0.015 * c_mean_p * t
    r_t = -math.sin(math.radians(2 * delta_theta)) * r_c
    return math.sqrt((delta_l / s_l) ** 2 + (delta_c / s_c) ** 2 + (delta_h / s_h) ** 2
                     + r_t * (delta_c / s_c) * (delta_h / s_h))


def delta_e(one: str, other: str, vision: str = "normal") -> float:
    """How different two colours look (CIEDE2000) to a viewer with the given vision."""
    return ciede2000(to_lab(simulate(one, vision)), to_lab(simulate(other, vision)))
