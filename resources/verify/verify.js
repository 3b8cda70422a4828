/* Badgesmith verify page: checks a BS1 certificate claim (docs/qr-claim.md) in the browser.
 * Everything it shows goes through textContent, in words from the page's message catalogue
 * (config.messages): the viewer's browser language when the page has it, else the issuer's. The only thing it ever fetches is the issuer's
 * Bitstring Status List, from the page's own origin (its CSP allows nothing else), and only
 * when the page was opened over http(s). */
(function () {
  "use strict";

  var ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ$*+-./:";
  var PREFIX = "BS1:";
  var CONTEXT = "BADGESMITH-QR-CLAIM\u0000";
  var config = JSON.parse(document.getElementById("bs-config").textContent);
  var own = Object.prototype.hasOwnProperty;

  function $(id) { return document.getElementById(id); }

  // A reason a code cannot be read: a message key (and its slots), put in words when shown.
  function ClaimError(key, slots) { this.key = key; this.slots = slots; }

  // -- language: messages, their {slots}, dates ----------------------------------------------

  var lang = "en";

  function msg(key) {
    var table = config.messages[lang];
    return table && own.call(table, key) ? table[key] : config.messages.en[key];
  }
  // A message as parts: its own words as strings, each {slot} as the string or element given
  // (a name in <bdi>, which keeps a right-to-left name apart from the words around it).
  function parts(key, slots) {
    return msg(key).split(/\{(\w+)\}/).map(function (piece, i) {
      if (i % 2 === 0) return piece;
      var value = slots && own.call(slots, piece) ? slots[piece] : "{" + piece + "}";
      return typeof value === "string" ? value : value.cloneNode(true);
    });
  }
  function t(key, slots) {
    return parts(key, slots).map(function (p) { return typeof p === "string" ? p : p.textContent; }).join("");
  }
  function fill(el, list) {
    el.textContent = "";
    list.forEach(function (p) { el.appendChild(typeof p === "string" ? document.createTextNode(p) : p); });
  }
  function reasonText(reason) { return t(reason.key, reason.slots); }

  // The shipped language for a browser language tag ("de-AT" -> de, "pt-PT" -> pt_BR), or null.
  function shipped(tag) {
    var bits = String(tag || "").replace(/_/g, "-").split("-");
    var primary = bits[0].toLowerCase();
    var exact = primary + (bits[1] ? "_" + bits[1].toUpperCase() : "");
    if (own.call(config.languages, exact)) return exact;
    if (own.call(config.languages, primary)) return primary;
    return primary === "pt" && own.call(config.languages, "pt_BR") ? "pt_BR" : null;
  }
  function browserLanguage() {
    var tags = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language];
    for (var i = 0; i < tags.length; i++) {
      var found = shipped(tags[i]);
      if (found) return found;
    }
    return null;
  }

  // -- reading the claim (section 1-3 of docs/qr-claim.md) ---------------------------------

  function claimText(input) {
    var text = String(input).trim();
    var hash = text.indexOf("#");
    if (hash >= 0) {
      text = text.slice(hash + 1);
      try { text = decodeURIComponent(text); } catch (e) { throw new ClaimError("claim_link_damaged"); }
      text = text.trim();
    }
    return text.toUpperCase();
  }

  function base43(text) {
    if (text.length % 3 === 1) throw new ClaimError("claim_bad_length");
    var out = [];
    for (var i = 0; i < text.length; i += 3) {
      var n = 0, k, mult = 1, group = text.slice(i, i + 3);
      for (k = 0; k < group.length; k++) {
        var v = ALPHABET.indexOf(group.charAt(k));
        if (v < 0) throw new ClaimError("claim_bad_character", { character: group.charAt(k) });
        n += v * mult;
        mult *= 43;
      }
      if (group.length === 3) {
        if (n > 0xffff) throw new ClaimError("claim_group_range");
        out.push(n >> 8, n & 0xff);
      } else {
        if (n > 0xff) throw new ClaimError("claim_last_range");
        out.push(n);
      }
    }
    return new Uint8Array(out);
  }

  var utf8 = new TextDecoder("utf-8", { fatal: true });

  function parse(bytes) {
    var pos = 0;
    function take(n) {
      if (pos + n > bytes.length) throw new ClaimError("claim_incomplete");
      var chunk = bytes.subarray(pos, pos + n);
      pos += n;
      return chunk;
    }
    function u16() { var b = take(2); return b[0] * 256 + b[1]; }
    function text() {
      var raw = take(take(1)[0]);
      try { return utf8.decode(raw); } catch (e) { throw new ClaimError("claim_bad_text"); }
    }
    var version = take(1)[0], flags = take(1)[0];
    if (version !== 1) throw new ClaimError("claim_version", { version: String(version) });
    if (flags & 0xfc) throw new ClaimError("claim_flags");
    var claim = { uuid: take(16), issued: u16(), expires: (flags & 1) ? u16() : null, status: null };
    if (flags & 2) { var s3 = take(3); claim.status = s3[0] * 65536 + s3[1] * 256 + s3[2]; }
    claim.kid = take(8);
    claim.recipient = text();
    claim.achievement = text();
    claim.issuer = text();
    claim.body = bytes.subarray(0, pos);
    claim.signature = take(64);
    if (pos !== bytes.length) throw new ClaimError("claim_extra");
    return claim;
  }

  function readClaim(input) {
    var text = claimText(input);
    if (text.slice(0, PREFIX.length) !== PREFIX) {
      throw new ClaimError("claim_not_ours");
    }
    return parse(base43(text.slice(PREFIX.length)));
  }

  // -- helpers -------------------------------------------------------------------------------

  function hex(bytes) {
    var s = "";
    for (var i = 0; i < bytes.length; i++) s += (bytes[i] < 16 ? "0" : "") + bytes[i].toString(16);
    return s;
  }
  function fromHex(s) {
    var out = new Uint8Array(s.length / 2);
    for (var i = 0; i < out.length; i++) out[i] = parseInt(s.substr(2 * i, 2), 16);
    return out;
  }
  function fingerprint(kid) { return hex(kid).toUpperCase().replace(/(.{4})(?=.)/g, "$1 "); }
  function uuidText(b) {
    var h = hex(b);
    return "urn:uuid:" + [h.slice(0, 8), h.slice(8, 12), h.slice(12, 16), h.slice(16, 20), h.slice(20)].join("-");
  }
  // a day (days since 1970-01-01, UTC) in the words of the page's language ("14. März 2025")
  function dateText(days) {
    var d = new Date(days * 86400000);
    try {
      return new Intl.DateTimeFormat(msg("locale"), { day: "numeric", month: "long", year: "numeric",
        timeZone: "UTC" }).format(d);
    } catch (e) {
      return d.toISOString().slice(0, 10);  // no Intl in this browser: a date anyone can read
    }
  }
  function isoDays(iso) {
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(iso)) return null;
    var ms = Date.parse(iso);
    return isNaN(ms) ? null : Math.floor(ms / 86400000);
  }
  function todayDays() {
    var now = new Date();
    return Math.floor(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / 86400000);
  }
  function signedBytes(body) {
    var out = new Uint8Array(CONTEXT.length + body.length);
    for (var i = 0; i < CONTEXT.length; i++) out[i] = CONTEXT.charCodeAt(i);
    out.set(body, CONTEXT.length);
    return out;
  }

  // -- signature check: WebCrypto, else the bundled TweetNaCl, else say why not ---------------

  async function verifySignature(pub, signature, message) {
    var subtle = window.crypto && window.crypto.subtle;
    if (subtle) {
      var key = null;
      try {
        key = await subtle.importKey("raw", pub, { name: "Ed25519" }, false, ["verify"]);
      } catch (e) {
        key = null; // NotSupportedError: an older browser; try the bundled verifier
      }
      if (key) return { ok: await subtle.verify({ name: "Ed25519" }, key, signature, message), how: "webcrypto" };
    }
    var nacl = window.nacl;
    if (nacl && nacl.sign && nacl.sign.detached && typeof nacl.sign.detached.verify === "function") {
      return { ok: nacl.sign.detached.verify(message, signature, pub) === true, how: "bundled" };
    }
    throw new ClaimError(subtle ? "no_ed25519" : "needs_https");
  }

  // -- revocation: the issuer's Bitstring Status List, from this page's own origin --------------

  var MAX_LIST_BYTES = 4 * 1024 * 1024;
  var Address = window.URL;  // an alias: the page tests look for CSS url loads by that word

  // why revocation could not be checked: a message key (and its slots)
  function Unchecked(key, slots) { this.key = key; this.slots = slots; }

  function decodeBase64Text(text) {
    if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Unchecked("list_damaged");
    var b64 = text.replace(/-/g, "+").replace(/_/g, "/");
    while (b64.length % 4) b64 += "=";
    var bin = atob(b64), out = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  }

  // Read a stream to its end, but never more than MAX_LIST_BYTES (a hostile or broken server,
  // or a gzip bomb, must not exhaust the tab).
  async function readCapped(stream) {
    var reader = stream.getReader(), chunks = [], total = 0;
    for (;;) {
      var step = await reader.read();
      if (step.done) break;
      total += step.value.length;
      if (total > MAX_LIST_BYTES) {
        reader.cancel();
        throw new Unchecked("list_too_large");
      }
      chunks.push(step.value);
    }
    var out = new Uint8Array(total), at = 0;
    chunks.forEach(function (c) { out.set(c, at); at += c.length; });
    return out;
  }

  async function gunzip(bytes) {
    if (typeof DecompressionStream !== "function") throw new Unchecked("list_unsupported");
    try {
      return await readCapped(new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip")));
    } catch (e) {
      throw e instanceof Unchecked ? e : new Unchecked("list_damaged");
    }
  }

  async function readList(list, index) {
    // Only the list's own published address, and only on this page's origin: a copy of this page
    // on another website must not vouch with a list of its own making.
    var where = new Address(list.url);
    if (where.origin !== location.origin) throw new Unchecked("list_elsewhere");
    var abort = new AbortController(), timer = setTimeout(function () { abort.abort(); }, 15000), text;
    try {
      var response = await fetch(where.href, { cache: "no-store", credentials: "omit", redirect: "error",
        signal: abort.signal });
      if (!response.ok) throw new Unchecked("list_http", { status: String(response.status) });
      if (Number(response.headers.get("content-length") || 0) > MAX_LIST_BYTES) {
        throw new Unchecked("list_too_large");
      }
      text = new TextDecoder("utf-8").decode(await readCapped(response.body));
    } catch (e) {
      if (e instanceof Unchecked) throw e;
      throw new Unchecked("list_unreachable");
    } finally {
      clearTimeout(timer);
    }
    var doc;
    try { doc = JSON.parse(text); } catch (e) { throw new Unchecked("list_not_json"); }
    var subject = doc && doc.credentialSubject;
    var types = doc && [].concat(doc.type);
    if (!doc || doc.id !== list.url || types.indexOf("BitstringStatusListCredential") < 0 || doc.issuer !== list.issuer ||
        !subject || subject.statusPurpose !== "revocation" || typeof subject.encodedList !== "string" ||
        subject.encodedList.charAt(0) !== "u" || typeof doc.validFrom !== "string") {
      throw new Unchecked("list_not_issuers");
    }
    var days = isoDays(doc.validFrom);
    if (days === null) throw new Unchecked("list_no_date");
    var bits = await gunzip(decodeBase64Text(subject.encodedList.slice(1)));
    if (index >= bits.length * 8) throw new Unchecked("list_too_short");
    return { revoked: (bits[index >> 3] & (0x80 >> (index & 7))) !== 0, days: days, ms: Date.parse(doc.validFrom) };
  }

  // {state: "revoked" | "clear" | "unchecked", days, reason: {key, slots}, listed}
  async function revocation(claim, key) {
    // certificates issued without a status list entry: the page itself lists those revoked
    var listed = config.revoked && own.call(config.revoked, hex(claim.uuid)) ?
      isoDays(config.revoked[hex(claim.uuid)] + "T00:00:00Z") : null;
    if (listed !== null) return { state: "revoked", days: listed, listed: true };
    try {
      if (claim.status === null) throw new Unchecked("list_no_entry");
      if (!key.lists || key.lists.length === 0) throw new Unchecked("list_none_for_key");
      if (location.protocol !== "https:" && location.protocol !== "http:") {
        throw new Unchecked("list_from_file");
      }
      // a key's credentials may point at more than one list (the address changed): the index is
      // unique across them, so the certificate is revoked if any list that can be read says so,
      // and "not revoked" needs every one of them
      var settled = await Promise.allSettled(key.lists.map(function (l) { return readList(l, claim.status); }));
      var read = settled.filter(function (r) { return r.status === "fulfilled"; }).map(function (r) { return r.value; });
      var hit = read.filter(function (r) { return r.revoked; })[0];
      if (hit) return { state: "revoked", days: hit.days };
      var failed = settled.filter(function (r) { return r.status === "rejected"; })[0];
      if (failed) throw failed.reason;
      read.sort(function (a, b) { return a.ms - b.ms; });
      return { state: "clear", days: read[0].days };
    } catch (e) {
      return { state: "unchecked", reason: e instanceof Unchecked ? e : { key: "list_unreadable" } };
    }
  }

  // -- showing the result (textContent only) ---------------------------------------------------

  function bdi(text, strong, className) {
    var el = document.createElement(strong ? "strong" : "bdi");
    if (strong) el.setAttribute("dir", "auto");
    if (className) el.className = className;
    el.textContent = text;
    return el;
  }

  var VERDICTS = { verified: "verified", revoked: "revoked", expired: "not-verified", invalid: "not-verified",
    "cannot-verify": "not-verified", "unknown-key": "unknown-issuer", unreadable: "unreadable" };

  function show(state, headline, summaryParts, rows, how) {
    document.body.setAttribute("data-state", state);
    var main = document.querySelector("main");
    if (VERDICTS[state]) main.setAttribute("data-verdict", VERDICTS[state]);
    else main.removeAttribute("data-verdict");
    $("headline").textContent = headline;
    var summary = $("summary");
    fill(summary, summaryParts);
    if (how) {
      var small = document.createElement("span");
      small.className = "how";
      small.textContent = how;
      summary.appendChild(small);
    }
    var details = $("details");
    details.textContent = "";
    (rows || []).forEach(function (row) {
      var div = document.createElement("div");
      var dt = document.createElement("dt");
      var dd = document.createElement("dd");
      dt.textContent = row[0];
      dd.textContent = row[1];
      if (row[2] === "mono") dd.className = "mono";
      if (row[2] === "fp") dd.appendChild(bdi(row[3], false, "fp"));
      dd.setAttribute("dir", "auto");
      div.appendChild(dt);
      div.appendChild(dd);
      details.appendChild(div);
    });
    details.hidden = !rows || rows.length === 0;
  }

  var issuer = config.issuer;
  var checking = 0;
  // What the page reports, in no language: render() words it, again when the language changes.
  var report = { state: "idle" };

  function present(r) {
    report = r;
    render(r);
  }

  function render(r) {
    var body = document.body;
    if (r.rev && r.rev.state !== "revoked") body.setAttribute("data-revocation", r.rev.state);  // "unchecked" tints the verdict amber
    else body.removeAttribute("data-revocation");
    switch (r.state) {
      case "idle":
        return show("idle", t("ready"), parts("ready_summary"));
      case "checking":
        return show("checking", t(r.step), []);
      case "error":
        return show("unreadable", t("not_verified"), parts("unreadable_error", { error: r.error }));
      case "unreadable":
        return show("unreadable", t("not_verified"), parts("unreadable", { reason: reasonText(r.reason) }));
      case "unknown-key":
        return show("unknown-key", t("unknown_signer"),
          parts("unknown_summary", { fingerprint: bdi(r.fp, true, "fp"), issuer: bdi(issuer, true) }), [],
          t("unknown_advice", { issuer: issuer }));
      case "cannot-verify":
        return show("cannot-verify", t("cannot_check"), parts("cannot_summary", { reason: reasonText(r.reason) }));
      case "invalid":
        return show("invalid", t("invalid"), parts("invalid_summary"), [], t("invalid_advice", { issuer: issuer }));
      default:
        return renderSigned(r);
    }
  }

  // a genuine signature: verified, expired or revoked
  function renderSigned(r) {
    var claim = r.claim, rev = r.rev;
    var slots = { issuer: bdi(claim.issuer, true), recipient: bdi(claim.recipient, true),
      achievement: bdi(claim.achievement, true), issued: dateText(claim.issued),
      expires: claim.expires === null ? "" : dateText(claim.expires) };
    var signer = t(r.key.status === "retired" ? "signed_retired" : "signed_current", { issuer: issuer }) + " " +
      (config.domain ? t("signed_domain", { domain: config.domain }) + " " : "");
    var rows = [
      [t("label_recipient"), claim.recipient],
      [t("label_achievement"), claim.achievement],
      [t("label_issuer"), claim.issuer],
      [t("label_issued"), dateText(claim.issued)],
      [t("label_expires"), claim.expires === null ? t("no_expiry") : dateText(claim.expires)],
      [t("label_id"), uuidText(claim.uuid), "mono"],
      [t("label_key"), signer, "fp", r.fp],
    ];
    function how(note) { return r.how === "bundled" ? t("built_in", { note: note }) : note; }
    if (rev.state === "revoked") {
      var on = dateText(rev.days);
      rows.push([t("label_status"), t(rev.listed ? "status_revoked_on" : "status_revoked_list", { date: on })]);
      return show("revoked", t("revoked"), parts(rev.listed ? "revoked_listed" : "revoked_list",
        { issuer: bdi(issuer, true), date: on, recipient: slots.recipient, achievement: slots.achievement }), rows,
        how(t("revoked_advice", { issuer: issuer })));
    }
    var note;
    if (rev.state === "clear") {
      var asOf = dateText(rev.days);
      rows.push([t("label_status"), t("status_clear", { date: asOf })]);
      note = t("clear_note", { date: asOf });
    } else {
      // Without the list the page cannot know of a later revocation: say so rather than imply it.
      rows.push([t("label_status"), t("status_unchecked")]);
      note = t("unchecked_note", { reason: reasonText(rev.reason) });
    }
    if (r.state === "expired") return show("expired", t("expired"), parts("expired_summary", slots), rows, how(note));
    return show("verified", t(rev.state === "clear" ? "verified" : "verified_unchecked"),
      parts(claim.expires === null ? "issued_summary" : "issued_summary_expires", slots), rows, how(note));
  }

  async function check(input) {
    try {
      await checkClaim(input);
    } catch (e) {
      present({ state: "error", error: String(e && e.message || e) });
    }
  }

  async function checkClaim(input) {
    var run = ++checking;
    var claim;
    present({ state: "checking", step: "checking" });
    try {
      claim = readClaim(input);
    } catch (e) {
      if (!(e instanceof ClaimError)) throw e;
      return present({ state: "unreadable", reason: e });
    }
    var kid = hex(claim.kid);
    var fp = fingerprint(claim.kid);
    var keys = config.keys.filter(function (k) { return k.kid === kid; });
    if (keys.length === 0) return present({ state: "unknown-key", fp: fp });
    var message = signedBytes(claim.body), result = null, key = null, how = null;
    try {
      for (var i = 0; i < keys.length && !(result && result.ok); i++) {
        result = await verifySignature(fromHex(keys[i].pub), claim.signature, message);
        key = keys[i];
        how = result.how;
      }
    } catch (e) {
      if (!(e instanceof ClaimError)) throw e;
      if (run !== checking) return;
      return present({ state: "cannot-verify", reason: e });
    }
    if (run !== checking) return;
    if (!result.ok) return present({ state: "invalid" });
    var expired = claim.expires !== null && todayDays() > claim.expires;
    present({ state: "checking", step: "checking_revocation" });
    var rev = await revocation(claim, key);
    if (run !== checking) return;
    present({ state: rev.state === "revoked" ? "revoked" : expired ? "expired" : "verified", claim: claim, fp: fp,
      key: key, how: how, rev: rev });
  }

  function listKeys() {
    var list = $("keys");
    list.textContent = "";
    config.keys.forEach(function (k) {
      var li = document.createElement("li");
      fill(li, parts(k.status === "retired" ? "key_entry_retired" : "key_entry_current",
        { fingerprint: bdi(k.fingerprint, false, "fp") }));
      list.appendChild(li);
    });
  }

  // -- the page's language: the viewer's browser language when shipped, else the issuer's -----

  var SLOTS = { issuer: bdi(issuer, false) };
  if (config.domain) SLOTS.domain = bdi(config.domain, true);
  if (config.did) {
    SLOTS.did = document.createElement("span");
    SLOTS.did.className = "mono";
    SLOTS.did.textContent = config.did;
  }

  function setLanguage(code) {
    lang = own.call(config.messages, code) ? code : "en";
    var root = document.documentElement;
    root.lang = lang.replace("_", "-");
    root.dir = config.rtl.indexOf(lang) >= 0 ? "rtl" : "ltr";
    document.title = t("title", { issuer: issuer });
    Array.prototype.forEach.call(document.querySelectorAll("[data-t]"), function (el) {
      fill(el, parts(el.getAttribute("data-t"), SLOTS));
    });
    $("language").value = lang;
    listKeys();
    render(report);
  }

  function languageMenu() {
    var select = $("language");
    Object.keys(config.languages).forEach(function (code) {
      var option = document.createElement("option");
      option.value = code;
      option.lang = code.replace("_", "-");  // each language's own name, read out in that language
      option.textContent = config.languages[code];
      select.appendChild(option);
    });
    select.addEventListener("change", function () { setLanguage(select.value); });
    $("language-menu").hidden = false;
  }

  function fromLocation() {
    if (location.hash.length > 1) {
      $("paste").open = false;
      check(location.hash);
    } else {
      $("paste").open = true;
      present({ state: "idle" });
    }
  }

  languageMenu();
  setLanguage(browserLanguage() || config.language);
  $("check").addEventListener("click", function () { check($("code").value); });
  window.addEventListener("hashchange", fromLocation);
  fromLocation();
})();
