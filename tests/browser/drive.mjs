// Opens verify.html pages in Debian's chromium (playwright-core, no downloaded browser) and
// reports what each case shows as JSON on stdout. Called by test_verify_page.py.
//   node drive.mjs JOB.json
// JOB: {chromium, screenshot_dir, cases: [{name, html, fragment?, paste?, init?, screenshot?,
//        languages?, choose?}]}
//   languages: the browser's language list ("sv-SE,de"; default "en-US,en"), one browser per list
//   choose: a language to pick in the page's language menu once it has shown its result
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

// --accept-lang is what navigator.languages reports (headless Chromium ignores --lang)
async function launch(userDataDir, languages) {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: job.chromium,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
      `--lang=${languages.split(",")[0]}`, `--accept-lang=${languages}`],
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: false,
    offline: true,
  });
}

const groups = new Map();
for (const c of job.cases) {
  const languages = c.languages || "en-US,en";
  if (!groups.has(languages)) groups.set(languages, []);
  groups.get(languages).push(c);
}

const results = {};
for (const [languages, cases] of groups) {
  const userDataDir = mkdtempSync(join(tmpdir(), "bs-chromium-"));
  const context = await launch(userDataDir, languages);
  try {
    await runCases(context, cases);
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}
process.stdout.write(JSON.stringify(results));

async function runCases(context, cases) {
  for (const c of cases) {
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
    if (c.choose) await page.selectOption("#language", c.choose);  // re-words what is shown, no new check
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
      lang: document.documentElement.lang,
      dir: document.documentElement.dir,
      navigatorLanguages: navigator.languages,
      language: document.getElementById("language").value,
      languageLabel: Array.from(document.getElementById("language").labels).map((l) => l.textContent).join(" "),
      languageOptions: Array.from(document.getElementById("language").options).map((o) => [o.value, o.lang, o.text]),
      paste: document.querySelector("#paste summary").textContent,
      button: document.getElementById("check").textContent,
    }));
    if (c.screenshot) {
      shown.screenshot = join(job.screenshot_dir, c.name + ".png");
      await page.screenshot({ path: shown.screenshot, fullPage: true });
    }
    results[c.name] = { ...shown, ...seen };
    await page.close();
  }
}
