# Overrides PyInstaller's hook: the same collection, minus the Qt plugins listed in qt_trim.
from PyInstaller.utils.hooks.qt import add_qt6_dependencies
from qt_trim import trim

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = trim(binaries)
