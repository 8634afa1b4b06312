"""Render the TeamBuilder icon from its SVG into every raster format the packages need.

Run from anywhere (no display needed; Qt renders offscreen)::

    python packaging/make_icons.py

Reads ``resources/icons/teambuilder.svg`` and writes, all committed:

- ``packaging/linux/icons/hicolor/<N>x<N>/apps/<APP_ID>.png`` for the freedesktop
  hicolor theme, plus the SVG itself under ``hicolor/scalable/apps/<APP_ID>.svg``;
- ``resources/icons/teambuilder-256.png``, the window icon where SVG is not available;
- ``packaging/windows/teambuilder.ico`` and ``packaging/macos/teambuilder.icns``.

The ``.ico`` and ``.icns`` containers hold PNG images (supported since Windows Vista and
macOS 10.7) and are written here with the standard library, so neither Pillow nor the
platform's own icon tools are needed.
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "teambuilder.svg"
HICOLOR = ROOT / "packaging" / "linux" / "icons" / "hicolor"
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_TYPES = (  # (OSType, pixel size); the @2x types reuse the larger renderings
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
    (b"ic09", 512), (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256),
    (b"ic14", 512),
)


def app_id() -> str:
    """Return the application id from ``teambuilder/__init__.py`` without importing Qt."""
    sys.path.insert(0, str(ROOT))
    from teambuilder import APP_ID

    return APP_ID


def render_png(svg: Path, size: int) -> bytes:
    """Render the SVG into a square transparent PNG of ``size`` pixels and return its bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"error: {svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    argb = image.convertToFormat(QImage.Format.Format_ARGB32)
    if not argb.save(buffer, "PNG"):  # type: ignore[call-overload]  # the stubs say bytes, wrongly
        raise SystemExit(f"error: could not encode a {size}px PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """Pack PNG images into a Windows .ico file (one directory entry per size)."""
    sizes = sorted(images)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, payload = b"", b""
    for size in sizes:
        data = images[size]
        side = 0 if size >= 256 else size  # 0 means 256 in the .ico directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        payload += data
        offset += len(data)
    return header + entries + payload


def icns_bytes(images: dict[int, bytes]) -> bytes:
    """Pack PNG images into an Apple .icns file."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(images[size])) + images[size]
        for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path``, creating folders, and say so."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    print(f"wrote {path.relative_to(ROOT)} ({len(data)} bytes)")


def main() -> int:
    """Render every icon file; return the process exit status."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    application = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    identifier = app_id()
    sizes = sorted({*HICOLOR_SIZES, *ICO_SIZES, *(size for _, size in ICNS_TYPES)})
    images = {size: render_png(SVG, size) for size in sizes}
    for size in HICOLOR_SIZES:
        write(HICOLOR / f"{size}x{size}" / "apps" / f"{identifier}.png", images[size])
    scalable = HICOLOR / "scalable" / "apps" / f"{identifier}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SVG, scalable)
    print(f"wrote {scalable.relative_to(ROOT)}")
    write(ROOT / "resources" / "icons" / "teambuilder-256.png", images[256])
    write(ROOT / "packaging" / "windows" / "teambuilder.ico",
          ico_bytes({size: images[size] for size in ICO_SIZES}))
    write(ROOT / "packaging" / "macos" / "teambuilder.icns", icns_bytes(images))
    del application
    return 0


if __name__ == "__main__":
    sys.exit(main())
