// Opens pages of a published site served over HTTPS by the test host, in Debian's chromium
// (playwright-core), and reports what each visit shows. Called by test_published_site.py.
//   node site.mjs JOB.json
// JOB: {chromium, spki, map: "*.example.test", screenshot_dir, languages?,
//       visits: [{name, url, screenshot?}]}   -- one page, visited in order (a reload each time)
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

const job = JSON.parse(readFileSync(process.argv[2], "utf8"));
const userDataDir = mkdtempSync(join(tmpdir(), "bs-chromium-"));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: job.chromium,
  headless: true,
  // the test domain resolves to the local server, whose certificate is trusted by its key hash
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    `--host-resolver-rules=MAP ${job.map} 127.0.0.1`,
    `--ignore-certificate-errors-spki-list=${job.spki}`,
    // the browser's languages (navigator.languages), which the page follows when it has one of them
    `--accept-lang=${job.languages || "en-US,en"}`],
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
});

const results = {};
try {
  const page = await context.newPage();
  const seen = { requests: [], dialogs: [], errors: [], csp: [] };
  page.on("request", (r) => seen.requests.push(r.url()));
  page.on("dialog", async (d) => { seen.dialogs.push(d.message()); await d.dismiss(); });
  page.on("pageerror", (e) => seen.errors.push(String(e)));
  page.on("console", (m) => { if (m.text().includes("Content-Security-Policy")) seen.csp.push(m.text()); });
  for (const v of job.visits) {
    seen.requests.length = 0;
    await page.goto("about:blank");
    await page.goto(v.url, { waitUntil: "load" });
    await page.waitForFunction(() => document.querySelector("main").hasAttribute("data-verdict"),
      null, { timeout: 20000 });
    const shown = await page.evaluate(() => ({
      verdict: document.querySelector("main").dataset.verdict,
      state: document.body.dataset.state,
      headline: document.getElementById("headline").textContent,
      summary: document.getElementById("summary").textContent,
      details: Array.from(document.querySelectorAll("#details div")).map((d) => [
        d.querySelector("dt").textContent, d.querySelector("dd").textContent]),
      footer: document.querySelector("footer").textContent,
      injected: document.querySelectorAll("#verdict script, #verdict img, #details script, #details img").length,
      secure: window.isSecureContext,
      origin: location.origin,
    }));
    if (v.screenshot) {
      shown.screenshot = join(job.screenshot_dir, v.name + ".png");
      await page.screenshot({ path: shown.screenshot, fullPage: true });
    }
    results[v.name] = { ...shown, requests: [...seen.requests], dialogs: [...seen.dialogs],
      errors: [...seen.errors], csp: [...seen.csp] };
  }
} finally {
  await context.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
process.stdout.write(JSON.stringify(results));
