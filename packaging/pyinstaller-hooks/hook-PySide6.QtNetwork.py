# Overrides PyInstaller's hook: QtNetwork is only a dependency of QtPdf here, never used for
# network access, so neither its plugins (tls, networkinformation) nor OpenSSL are collected.
from PyInstaller.utils.hooks.qt import add_qt6_dependencies
from qt_trim import trim

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = trim(binaries)
