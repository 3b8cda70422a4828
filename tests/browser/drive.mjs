// Opens verify.html pages in Debian's chromium (playwright-core, no downloaded browser) and
// reports what each case shows as JSON on stdout. Called by test_verify_page.py.
//   node drive.mjs JOB.json
// JOB: {chromium, screenshot_dir, cases: [{name, html, fragment?, paste?, init?, screenshot?}]}
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const job = JSON.parse(readFileSync(process.argv[2], "utf8"));
const FINAL = "!['checking', 'idle'].includes(document.body.dataset.state)";

// Init scripts run before the page's own scripts (CDP injects them; the page CSP does not apply).
const INIT = {
  watch: `window.__csp = [];
    document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));`,
  // an old browser or an insecure (http) context: no WebCrypto at all
  nosubtle: `Object.defineProperty(Crypto.prototype, 'subtle', { get() { return undefined; } });`,
  // ...and the bundled verifier fails to load too
  nothing: `Object.defineProperty(Crypto.prototype, 'subtle', { get() { return undefined; } });
    Object.defineProperty(window, 'nacl', { value: Object.freeze({}), writable: false });`,
};

const userDataDir = mkdtempSync(join(tmpdir(), "bs-chromium-"));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: job.chromium,
  headless: true,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: false,
  offline: true,
});

const results = {};
try {
  for (const c of job.cases) {
    const page = await context.newPage();
    const pageUrl = pathToFileURL(c.html).href;
    const seen = { requests: [], blocked: [], dialogs: [], errors: [], websockets: [] };
    page.on("request", (r) => { if (r.url().split("#")[0] !== pageUrl) seen.requests.push(r.url()); });
    page.on("dialog", async (d) => { seen.dialogs.push(d.message()); await d.dismiss(); });
    page.on("pageerror", (e) => seen.errors.push(String(e)));
    page.on("websocket", (w) => seen.websockets.push(w.url()));
    await page.route("**/*", async (route) => {
      const url = route.request().url();
      if (url.split("#")[0] === pageUrl) return route.continue();
      seen.blocked.push(url);
      return route.abort();
    });
    await page.addInitScript(INIT.watch);
    if (c.init) await page.addInitScript(INIT[c.init]);
    await page.goto(pageUrl + (c.fragment ? "#" + c.fragment : ""), { waitUntil: "load" });
    if (c.paste !== undefined && c.paste !== null) {
      await page.fill("#code", c.paste);
      await page.click("#check");
    }
    if (c.paste !== undefined && c.paste !== null || c.fragment) {
      await page.waitForFunction(FINAL, null, { timeout: 10000 });
    }
    await page.waitForTimeout(200); // let any stray handler (an injected alert) fire
    const shown = await page.evaluate(() => ({
      state: document.body.dataset.state,
      verdict: document.querySelector("main").getAttribute("data-verdict"),
      footer: document.querySelector("footer").textContent,
      headline: document.getElementById("headline").textContent,
      summary: document.getElementById("summary").textContent,
      details: Array.from(document.querySelectorAll("#details div")).map((d) => [
        d.querySelector("dt").textContent, d.querySelector("dd").textContent]),
      keys: document.getElementById("keys").textContent,
      title: document.title,
      h1: document.querySelector("h1").textContent,
      scripts: document.scripts.length,
      elements: document.querySelectorAll("#verdict *, #details *").length,
      injected: document.querySelectorAll("#verdict script, #verdict img, #details script, #details img").length,
      csp: window.__csp,
      secure: window.isSecureContext,
    }));
    if (c.screenshot) {
      shown.screenshot = join(job.screenshot_dir, c.name + ".png");
      await page.screenshot({ path: shown.screenshot, fullPage: true });
    }
    results[c.name] = { ...shown, ...seen };
    await page.close();
  }
} finally {
  await context.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
process.stdout.write(JSON.stringify(results));
