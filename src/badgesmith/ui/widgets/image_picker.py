"""Choose an image file (PNG, JPEG, SVG) and show a preview of it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from badgesmith.core.errors import ValidationError
from badgesmith.core.fileio import read_limited
from badgesmith.core.paper.errors import CertificateImageError
from badgesmith.core.paper.images import MAX_IMAGE_BYTES, check_image, preview_png
from badgesmith.ui import colours, prefs
from badgesmith.ui.errors import show_error

FILTER = str(QT_TRANSLATE_NOOP("ImagePicker", "Images (*.png *.jpg *.jpeg *.svg)"))
# what the picker holds -> its button, its empty preview and its file dialog's title, whole
# sentences each (the kind is also a key core's checks take, so it is never shown itself)
_TEXTS = {
    "image": (str(QT_TRANSLATE_NOOP("ImagePicker", "Choose image…")),
              str(QT_TRANSLATE_NOOP("ImagePicker", "No image")),
              str(QT_TRANSLATE_NOOP("ImagePicker", "Choose the image"))),
    "logo": (str(QT_TRANSLATE_NOOP("ImagePicker", "Choose logo…")),
             str(QT_TRANSLATE_NOOP("ImagePicker", "No logo")),
             str(QT_TRANSLATE_NOOP("ImagePicker", "Choose the logo"))),
    "background": (str(QT_TRANSLATE_NOOP("ImagePicker", "Choose background…")),
                   str(QT_TRANSLATE_NOOP("ImagePicker", "No background")),
                   str(QT_TRANSLATE_NOOP("ImagePicker", "Choose the background"))),
    "signature": (str(QT_TRANSLATE_NOOP("ImagePicker", "Choose signature…")),
                  str(QT_TRANSLATE_NOOP("ImagePicker", "No signature")),
                  str(QT_TRANSLATE_NOOP("ImagePicker", "Choose the signature"))),
}


class ImagePicker(QWidget):
    changed = Signal()

    def __init__(self, what: str = "image", size: int = 96, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._what = what
        self._texts = _TEXTS.get(what, _TEXTS["image"])
        self._data: bytes | None = None
        self._size = size
        self.preview = QLabel()
        self.preview.setFixedSize(size, size)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setWordWrap(True)  # "No signature" is longer in most languages
        colours.styled(self.preview, lambda: f"border: 1px dashed palette(mid); {colours.css(colours.MUTED)}")  # i18n: style sheet
        self.choose = QPushButton(self.tr(self._texts[0]))
        self.clear = QPushButton(self.tr("Remove"))
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
            # a small box has no room for words: a dash, and the words in its tooltip
            self.preview.setText(self.tr(self._texts[1]) if self._size >= 80 else "—")
            self.preview.setToolTip(self.tr(self._texts[1]))
        else:
            try:
                pm = QPixmap()
                pm.loadFromData(QByteArray(preview_png(data, self._what, 2 * self._size)))
            except CertificateImageError:
                pm = QPixmap()
            if pm.isNull():
                self.preview.setText(self.tr("(cannot preview)"))
            else:
                self.preview.setPixmap(pm.scaled(self._size - 4, self._size - 4, Qt.AspectRatioMode.KeepAspectRatio,
                                                 Qt.TransformationMode.SmoothTransformation))
        if emit:
            self.changed.emit()

    def load_file(self, path: str | Path) -> None:
        """Take the image in ``path`` if it is one certificates can print; else say why and keep
        the one there was."""
        try:
            data = read_limited(  # i18n: a phrase inside core's (English) sentence
                Path(path), MAX_IMAGE_BYTES, "an image Badgesmith takes")
            check_image(data, self._what)
        except (ValidationError, CertificateImageError) as exc:
            show_error(self, exc)
            return
        self.set_data(data)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr(self._texts[2]), prefs.last_dir("images"),
                                              self.tr(FILTER))
        if path:
            prefs.set_last_dir("images", path)
            self.load_file(path)
