"""Choose an image file (PNG, JPEG, SVG) and show a preview of it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from badgesmith.core.errors import ValidationError
from badgesmith.core.fileio import read_limited
from badgesmith.core.paper.errors import CertificateImageError
from badgesmith.core.paper.images import MAX_IMAGE_BYTES, check_image, preview_png
from badgesmith.ui import prefs
from badgesmith.ui.errors import show_error

FILTER = "Images (*.png *.jpg *.jpeg *.svg)"


class ImagePicker(QWidget):
    changed = Signal()

    def __init__(self, what: str = "image", size: int = 96, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._what = what
        self._data: bytes | None = None
        self._size = size
        self.preview = QLabel()
        self.preview.setFixedSize(size, size)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("border: 1px dashed #9A9A9A; color: #6B6B6B;")
        self.choose = QPushButton(f"Choose {what}…")
        self.clear = QPushButton("Remove")
        self.choose.clicked.connect(self._browse)
        self.clear.clicked.connect(lambda: self.set_data(None))
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose)
        buttons.addWidget(self.clear)
        buttons.addStretch()
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignTop)
        lay.addLayout(buttons)
        lay.addStretch()
        self.set_data(None)

    def data(self) -> bytes | None:
        return self._data

    def set_data(self, data: bytes | None, emit: bool = True) -> None:
        self._data = data
        self.clear.setEnabled(data is not None)
        if data is None:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(f"No {self._what}" if self._size >= 80 else "none")
        else:
            try:
                pm = QPixmap()
                pm.loadFromData(QByteArray(preview_png(data, self._what, 2 * self._size)))
            except CertificateImageError:
                pm = QPixmap()
            if pm.isNull():
                self.preview.setText("(cannot preview)")
            else:
                self.preview.setPixmap(pm.scaled(self._size - 4, self._size - 4, Qt.AspectRatioMode.KeepAspectRatio,
                                                 Qt.TransformationMode.SmoothTransformation))
        if emit:
            self.changed.emit()

    def load_file(self, path: str | Path) -> None:
        """Take the image in ``path`` if it is one certificates can print; else say why and keep
        the one there was."""
        try:
            data = read_limited(Path(path), MAX_IMAGE_BYTES, "an image Badgesmith takes")
            check_image(data, self._what)
        except (ValidationError, CertificateImageError) as exc:
            show_error(self, exc)
            return
        self.set_data(data)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, f"Choose the {self._what}", prefs.last_dir("images"), FILTER)
        if path:
            prefs.set_last_dir("images", path)
            self.load_file(path)
