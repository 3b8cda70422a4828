"""Screenshots for docs/screenshots/a11y/: the Cohorts page in a dark and in a high-contrast
palette, and the Issue page at 200 % on a 1366×768 screen.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/make_a11y_shots.py [OUTDIR]

Each is saved as a 128-colour PNG8 (ImageMagick's convert) to stay small.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
SIZE = (1280, 720)


def _small(path: Path) -> None:
    subprocess.run(["convert", str(path), "-colors", "128", f"PNG8:{path}"], check=True)


def main(out: Path) -> int:
    from PySide6.QtCore import QCoreApplication, QSettings, Qt
    from PySide6.QtTest import QTest

    from badgesmith.core.services import cohorts
    from badgesmith.core.services.demo import create_demo
    from badgesmith.ui import i18n
    from badgesmith.ui.app import build_window, make_app
    from badgesmith.ui.tasks import SyncTaskRunner
    from tests.ui.helpers import cell_editor, type_in_cell
    from tests.ui.test_palettes import PALETTES
    from tests.ui.tour import settle

    tmp = Path(tempfile.mkdtemp(prefix="badgesmith-a11y-shots-"))
    QCoreApplication.setOrganizationName("BadgesmithA11yShots")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))
    app = make_app([sys.argv[0]])
    app.setStyle("Fusion")
    i18n.install(app, i18n.ENGLISH)
    ws = create_demo(tmp / "demo")
    window = build_window(ws, SyncTaskRunner(), passphrase="demo")
    window.resize(*SIZE)
    window.show()
    settle(300)
    page = window.show_page("cohorts")
    page.select_cohort(cohorts.find_cohort(ws, "First Aid — March 2026"))
    settle(100)
    out.mkdir(parents=True, exist_ok=True)
    # a person's keys (QTest's keyClick/keyClicks, as qtbot's): a value that is not one of the
    # levels, marked in its cell and said below the grid; the grid keeps the focus (its ring shows)
    type_in_cell(QTest, page.grid, 2, 1, "Yes")
    QTest.keyClick(cell_editor(page.grid), Qt.Key.Key_Escape)  # Tab opened the next cell: closed again
    for name, make in PALETTES.items():
        app.setPalette(make())
        settle(200)
        shot = out / f"cohorts-{name}.png"
        window.grab().save(str(shot))
        _small(shot)
    window.close()
    ws.close()

    shots = tmp / "scaled"
    env = {**os.environ, "QT_SCALE_FACTOR": "2", "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([sys.executable, str(ROOT / "tests" / "ui" / "scaled_tour.py"), "--shots", str(shots)],
                   env=env, check=True, stdout=subprocess.DEVNULL)
    shutil.copy(shots / "issue.png", out / "issue-200-percent.png")
    _small(out / "issue-200-percent.png")
    for shot in sorted(out.glob("*.png")):
        print(f"{shot}: {shot.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots" / "a11y"))
