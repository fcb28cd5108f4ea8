"""Screenshots of each role's main page for docs/screenshots/ (run by hand, not a test).

    CALLNOTES_UI_GOLDEN=/tmp/ui-golden .venv/bin/python -m tests.e2e.screenshots [OUT_DIR]

Uses the same processed samples as the tests and Debian's Chromium.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from tests.e2e.browser import chromium, running_app, sign_in, wait_idle
from tests.e2e.golden import ROOT, golden

PAGES = {"ana": "operator", "rosa": "reviewer", "tomas": "trainer", "admin": "admin"}


def main(out_dir: Path) -> None:
    gold = golden()
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="callnotes-shots-") as tmp:
        data = gold.copy_to(Path(tmp) / "data")
        with running_app(gold.env(data), Path(tmp) / "app.log") as url, chromium() as browser:
            for user, role in PAGES.items():
                page = browser.new_page(viewport={"width": 1280, "height": 860})
                sign_in(page, url, user, gold.passwords[user])
                wait_idle(page)
                if role == "reviewer":  # the sample page is empty until a sample is drawn
                    page.get_by_role("button", name="Sortear muestra").click()
                    page.get_by_text("Muestra n.º").wait_for()
                    wait_idle(page)
                page.wait_for_timeout(2500)  # the data grids draw after the run ends
                page.screenshot(path=str(out_dir / f"{role}.png"))
                print(out_dir / f"{role}.png")
                if role == "operator":  # and the page an operator spends the day on
                    page.get_by_role("link", name="Revisar borrador").click()
                    page.get_by_role("heading", name="Revisar borrador").wait_for()
                    wait_idle(page)
                    page.wait_for_timeout(1500)
                    page.screenshot(path=str(out_dir / "operator-review.png"))
                page.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots")
