"""Floor: a bare page loop on ``QPdfWriter`` — one QTextDocument section per page, a footer each.

Usage: ``python -m bench.floor_pdf SECTIONS OUT.pdf``; prints ``pages: N``. ``make bench``
times the whole process from the outside, exactly as it times the app's ``--export-pdf``.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QMarginsF, QRectF
from PySide6.QtGui import (
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from bench.floor_window import HTML


def main() -> int:
    sections, out = int(sys.argv[1]), sys.argv[2]
    app = QGuiApplication(sys.argv[:1])
    writer = QPdfWriter(out)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 18, 15, 18),
        )
    )
    painter = QPainter(writer)
    page = writer.pageLayout().paintRectPixels(writer.resolution())
    document = QTextDocument()
    document.setPageSize(page.size().toSizeF())
    for number in range(1, sections + 1):
        if number > 1:
            writer.newPage()
        document.setHtml(f"<h2>Section {number}</h2>" + HTML)
        document.drawContents(painter, QRectF(0, 0, page.width(), page.height() - 200))
        painter.drawText(0, page.height() - 50, f"floor · Page {number} of {sections}")
    painter.end()
    del app
    print(f"pages: {sections}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
