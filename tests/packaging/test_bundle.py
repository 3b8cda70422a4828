"""Smoke test of the PyInstaller bundle: build it if needed, then run the frozen executable.

Runs when BADGESMITH_BUNDLE_TEST=1 (CI) or when a bundle already exists in dist/; builds the
one-folder bundle with packaging/build.sh if it is missing. The one-file build is tested when
dist/onefile/badgesmith exists, or built too when BADGESMITH_BUNDLE_TEST=all.
BADGESMITH_BUNDLE_TEST=0 skips everything.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from badgesmith import __version__

pytestmark = pytest.mark.bundle

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "packaging" / "build.sh"
EXE_NAME = "badgesmith.exe" if sys.platform == "win32" else "badgesmith"
ONEDIR_EXE = ROOT / "dist" / "badgesmith" / EXE_NAME
ONEFILE_EXE = ROOT / "dist" / "onefile" / EXE_NAME
MODE = os.environ.get("BADGESMITH_BUNDLE_TEST", "").strip().lower()
BUILD_TIMEOUT = 30 * 60


def _build(variant: str) -> None:
    args = ["bash", str(BUILD)] + (["--onefile"] if variant == "onefile" else [])
    started = time.monotonic()
    r = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, timeout=BUILD_TIMEOUT)
    if r.returncode != 0:
        pytest.fail(f"{' '.join(args)} failed ({r.returncode}):\n{r.stdout[-4000:]}\n{r.stderr[-8000:]}")
    # build.sh's last line: "Built dist/... (onedir) in 67s: 243M, 418 files"
    print(r.stdout.strip().splitlines()[-1], f"[{time.monotonic() - started:.0f}s wall]")


def _executable(variant: str) -> Path:
    exe = ONEDIR_EXE if variant == "onedir" else ONEFILE_EXE
    if MODE in ("0", "no", "false", "off"):
        pytest.skip("BADGESMITH_BUNDLE_TEST=0")
    wanted = MODE in ("1", "yes", "true", "on", "all") if variant == "onedir" else MODE == "all"
    if not exe.exists():
        if not wanted:
            how = "BADGESMITH_BUNDLE_TEST=1" if variant == "onedir" else "BADGESMITH_BUNDLE_TEST=all"
            pytest.skip(f"no {variant} bundle at {exe.relative_to(ROOT)}: build it with "
                        f"packaging/build.sh{' --onefile' if variant == 'onefile' else ''} or set {how}")
        _build(variant)
    assert exe.exists(), f"the build did not produce {exe}"
    return exe


@pytest.fixture(scope="module")
def onedir() -> Path:
    return _executable("onedir")


@pytest.fixture(scope="module")
def onefile() -> Path:
    return _executable("onefile")


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """Headless, and every user folder (config, data, logs) inside tmp_path."""
    e = {k: v for k, v in os.environ.items() if not k.startswith(("BADGESMITH_", "PYTHON"))}
    e.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(tmp_path / "home"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_STATE_HOME=str(tmp_path / "state"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        BADGESMITH_LOG_DIR=str(tmp_path / "logs"),
        LANG=os.environ.get("LANG", "C.UTF-8"),
    )
    (tmp_path / "home").mkdir()
    return e


def run(exe: Path, *args: str, env: dict[str, str], cwd: Path, timeout: float = 300,
        extra: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    r = subprocess.run([str(exe), *args], cwd=cwd, env={**env, **(extra or {})},
                       capture_output=True, text=True, encoding="utf-8", timeout=timeout)
    assert r.returncode == 0, f"{exe.name} {' '.join(args)} exited {r.returncode}:\n{r.stdout}\n{r.stderr}"
    return r


def test_version(onedir: Path, env: dict[str, str], tmp_path: Path) -> None:
    r = run(onedir, "--version", env=env, cwd=tmp_path)
    assert r.stdout.strip() == f"badgesmith {__version__}"


def test_selfcheck(onedir: Path, env: dict[str, str], tmp_path: Path) -> None:
    r = run(onedir, "selfcheck", env=env, cwd=tmp_path)
    assert "Selfcheck passed." in r.stdout
    assert r.stdout.count("[ok]") == 3, r.stdout


def test_the_bundle_carries_its_files_and_leaves_out_unused_qt(onedir: Path) -> None:
    internal = onedir.parent / "_internal"
    res = internal / "badgesmith" / "resources"
    for part in ("contexts", "fonts", "templates", "verify", "icons/badgesmith.svg"):
        assert (res / part).exists(), part
    migrations = internal / "badgesmith" / "core" / "store" / "migrations"
    assert (migrations / "env.py").is_file() and (migrations / "script.py.mako").is_file()
    assert list((migrations / "versions").glob("0001_*.py"))
    names = [p.relative_to(internal).as_posix() for p in internal.rglob("*")]
    for unused in ("WebEngine", "Qt6Quick", "Qt6Qml", "Qt63D", "Multimedia", "Charts", "Qt6Test",
                   "Qt6Bluetooth", "Qt6Sensors", "Qt6SerialPort", "libgtk-3", "/qml/"):
        assert not [n for n in names if unused in "/" + n], unused
    # Qt's own texts in the languages Badgesmith speaks (ui/i18n.py), and no other catalogue
    from badgesmith.ui.i18n import ENGLISH, SHIPPED

    qt_catalogues = sorted(n.rsplit("/", 1)[-1] for n in names if n.endswith(".qm") and "/PySide6/" in "/" + n)
    assert qt_catalogues == sorted(f"qtbase_{lang}.qm" for lang in SHIPPED if lang != ENGLISH)
    assert sorted(p.name for p in (res / "translations").iterdir() if p.suffix in (".qm", ".ts")) == \
        sorted(f"badgesmith_{lang}.qm" for lang in SHIPPED)  # compiled catalogues, not their sources
    for used in ("Qt6Pdf", "Qt6Svg", "Qt6PrintSupport", "Qt6Widgets", "platforms/libqoffscreen",
                 "platforms/libqxcb", "iconengines/libqsvgicon"):
        if sys.platform.startswith("linux"):
            assert [n for n in names if used in n], used


def test_process_pool_works_frozen(onedir: Path, env: dict[str, str], tmp_path: Path) -> None:
    """A batch big enough for the worker pool: forkserver (spawn on Windows) from the frozen exe."""
    run(onedir, "demo", "ws", "--learners", "8", env=env, cwd=tmp_path)
    pw = {"BADGESMITH_PASSPHRASE": "demo"}
    r = run(onedir, "--workspace", "ws", "issue", "--cohort", "1", "--out", "out", env=env,
            cwd=tmp_path, extra=pw)
    assert "Issued 8, skipped 0, failed 0" in r.stdout, r.stdout
    pdfs = sorted((tmp_path / "out").glob("* - *.pdf"))
    assert len(pdfs) == 8
    run(onedir, "--workspace", "ws", "verify", str(pdfs[0]), str(pdfs[-1]), env=env, cwd=tmp_path)


def test_report_and_eu_check_work_frozen(onedir: Path, env: dict[str, str], tmp_path: Path) -> None:
    """The overview report draws its charts (reportlab's SVG writer, then resvg) from the frozen
    exe, and the EU check reads its country list from the bundled resources."""
    run(onedir, "demo", "ws", "--learners", "4", env=env, cwd=tmp_path)
    run(onedir, "--workspace", "ws", "issue", "--cohort", "1", "--out", "out", env=env, cwd=tmp_path,
        extra={"BADGESMITH_PASSPHRASE": "demo"})
    run(onedir, "--workspace", "ws", "report", "report.pdf", env=env, cwd=tmp_path)
    images = subprocess.run(["pdfimages", "-list", str(tmp_path / "report.pdf")], capture_output=True, text=True)
    assert images.stdout.count(" image ") >= 3, images.stdout
    r = subprocess.run([str(onedir), "--workspace", "ws", "achievements", "check", "Practical First Aid"],
                       cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    assert "all 11 mandatory elements" in r.stdout, r.stdout + r.stderr


def test_a_shared_workspace_works_frozen(onedir: Path, env: dict[str, str], tmp_path: Path, pg_database: str) -> None:
    """The frozen exe carries psycopg and its libpq: a demo on a PostgreSQL database, issued, its
    audit log checked and a person added, all from the bundle."""
    run(onedir, "--database", pg_database, "demo", "ws", "--learners", "3", env=env, cwd=tmp_path)
    run(onedir, "--workspace", "ws", "issue", "--cohort", "1", "--out", "out", env=env, cwd=tmp_path,
        extra={"BADGESMITH_PASSPHRASE": "demo"})
    assert "intact" in run(onedir, "--workspace", "ws", "audit", "check", env=env, cwd=tmp_path).stdout.lower()
    name = f"frozen_{tmp_path.name[-6:].lower().replace('-', '_')}"
    run(onedir, "--workspace", "ws", "users", "add", name, "--role", "instructor", env=env, cwd=tmp_path,
        extra={"BADGESMITH_NEW_PASSWORD": "a long password"})
    try:
        assert name in run(onedir, "--workspace", "ws", "users", "list", env=env, cwd=tmp_path).stdout
    finally:
        import psycopg

        with psycopg.connect(pg_database, autocommit=True) as conn:
            conn.execute(f'DROP ROLE IF EXISTS "{name}"')


@pytest.fixture
def gui(onedir: Path, env: dict[str, str], tmp_path: Path) -> Iterator[subprocess.Popen[str]]:
    run(onedir, "demo", "ws", "--learners", "3", env=env, cwd=tmp_path)
    p = subprocess.Popen([str(onedir), "--workspace", "ws"], cwd=tmp_path, env=env, text=True,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        yield p
    finally:
        if p.poll() is None:
            p.terminate()
            try:
                p.wait(10)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait(10)


def test_the_window_starts_offscreen(gui: subprocess.Popen[str]) -> None:
    """Qt's platform plugins load from the bundle and the main window stays up."""
    deadline = time.monotonic() + 8
    while time.monotonic() < deadline and gui.poll() is None:
        time.sleep(0.2)
    if gui.poll() is not None:
        out, err = gui.communicate()
        pytest.fail(f"the app exited with {gui.returncode}:\n{out}\n{err}")
    gui.terminate()
    out, err = gui.communicate(timeout=15)
    assert "Traceback" not in err and "Could not load the Qt platform plugin" not in err, err


def test_onefile_version_and_selfcheck(onefile: Path, env: dict[str, str], tmp_path: Path) -> None:
    assert run(onefile, "--version", env=env, cwd=tmp_path).stdout.strip() == f"badgesmith {__version__}"
    assert "Selfcheck passed." in run(onefile, "selfcheck", env=env, cwd=tmp_path).stdout


def test_onefile_process_pool(onefile: Path, env: dict[str, str], tmp_path: Path) -> None:
    """Worker processes of the one-file build reuse its unpacked folder."""
    run(onefile, "demo", "ws", "--learners", "6", env=env, cwd=tmp_path)
    r = run(onefile, "--workspace", "ws", "issue", "--cohort", "1", "--out", "out", env=env,
            cwd=tmp_path, extra={"BADGESMITH_PASSPHRASE": "demo"})
    assert "Issued 6, skipped 0, failed 0" in r.stdout, r.stdout
