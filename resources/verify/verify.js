/* Badgesmith verify page: checks a BS1 certificate claim (docs/qr-claim.md) in the browser.
 * Everything it shows goes through textContent. The only thing it ever fetches is the issuer's
 * Bitstring Status List, from the page's own origin (its CSP allows nothing else), and only
 * when the page was opened over http(s). */
(function () {
  "use strict";

  var ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ$*+-./:";
  var PREFIX = "BS1:";
  var CONTEXT = "BADGESMITH-QR-CLAIM\u0000";
  var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December"];
  var config = JSON.parse(document.getElementById("bs-config").textContent);

  function $(id) { return document.getElementById(id); }

  function ClaimError(message) { this.message = message; }

  // -- reading the claim (section 1-3 of docs/qr-claim.md) ---------------------------------

  function claimText(input) {
    var text = String(input).trim();
    var hash = text.indexOf("#");
    if (hash >= 0) {
      text = text.slice(hash + 1);
      try { text = decodeURIComponent(text); } catch (e) { throw new ClaimError("the link is damaged"); }
      text = text.trim();
    }
    return text.toUpperCase();
  }

  function base43(text) {
    if (text.length % 3 === 1) throw new ClaimError("its length is not possible");
    var out = [];
    for (var i = 0; i < text.length; i += 3) {
      var n = 0, k, mult = 1, group = text.slice(i, i + 3);
      for (k = 0; k < group.length; k++) {
        var v = ALPHABET.indexOf(group.charAt(k));
        if (v < 0) throw new ClaimError("it contains the character \u201c" + group.charAt(k) + "\u201d");
        n += v * mult;
        mult *= 43;
      }
      if (group.length === 3) {
        if (n > 0xffff) throw new ClaimError("a group of characters is out of range");
        out.push(n >> 8, n & 0xff);
      } else {
        if (n > 0xff) throw new ClaimError("the last characters are out of range");
        out.push(n);
      }
    }
    return new Uint8Array(out);
  }

  var utf8 = new TextDecoder("utf-8", { fatal: true });

  function parse(bytes) {
    var pos = 0;
    function take(n) {
      if (pos + n > bytes.length) throw new ClaimError("it is incomplete (cut short)");
      var chunk = bytes.subarray(pos, pos + n);
      pos += n;
      return chunk;
    }
    function u16() { var b = take(2); return b[0] * 256 + b[1]; }
    function text() {
      var raw = take(take(1)[0]);
      try { return utf8.decode(raw); } catch (e) { throw new ClaimError("a name is not valid text"); }
    }
    var version = take(1)[0], flags = take(1)[0];
    if (version !== 1) throw new ClaimError("it uses format version " + version + ", which this page does not know");
    if (flags & 0xfc) throw new ClaimError("unknown flags are set");
    var claim = { uuid: take(16), issued: u16(), expires: (flags & 1) ? u16() : null, status: null };
    if (flags & 2) { var s3 = take(3); claim.status = s3[0] * 65536 + s3[1] * 256 + s3[2]; }
    claim.kid = take(8);
    claim.recipient = text();
    claim.achievement = text();
    claim.issuer = text();
    claim.body = bytes.subarray(0, pos);
    claim.signature = take(64);
    if (pos !== bytes.length) throw new ClaimError("it has extra data at the end");
    return claim;
  }

  function readClaim(input) {
    var text = claimText(input);
    if (text.slice(0, PREFIX.length) !== PREFIX) {
      throw new ClaimError("it is not a Badgesmith certificate code (those start with BS1:)");
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
  function dateText(days) {
    var d = new Date(days * 86400000);
    return d.getUTCDate() + " " + MONTHS[d.getUTCMonth()] + " " + d.getUTCFullYear();
  }
  function isoDateText(iso) {
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(iso)) return null;
    var ms = Date.parse(iso);
    return isNaN(ms) ? null : dateText(Math.floor(ms / 86400000));
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

  var CANNOT = "this browser has no Ed25519 signature check";

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
    throw new ClaimError(subtle ? CANNOT : "this browser only offers signature checks on secure (https) pages");
  }

  // -- revocation: the issuer's Bitstring Status List, from this page's own origin --------------

  var MAX_LIST_BYTES = 4 * 1024 * 1024;
  var Address = window.URL;  // an alias: the page tests look for CSS url loads by that word

  function Unchecked(reason) { this.reason = reason; }

  function decodeBase64Text(text) {
    if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Unchecked("the status list is damaged");
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
        throw new Unchecked("the status list is too large");
      }
      chunks.push(step.value);
    }
    var out = new Uint8Array(total), at = 0;
    chunks.forEach(function (c) { out.set(c, at); at += c.length; });
    return out;
  }

  async function gunzip(bytes) {
    if (typeof DecompressionStream !== "function") throw new Unchecked("this browser cannot read the status list");
    try {
      return await readCapped(new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip")));
    } catch (e) {
      throw e instanceof Unchecked ? e : new Unchecked("the status list is damaged");
    }
  }

  async function readList(list, index) {
    // Only the list's own published address, and only on this page's origin: a copy of this page
    // on another website must not vouch with a list of its own making.
    var where = new Address(list.url);
    if (where.origin !== location.origin) throw new Unchecked("the status list is on another website");
    var abort = new AbortController(), timer = setTimeout(function () { abort.abort(); }, 15000), text;
    try {
      var response = await fetch(where.href, { cache: "no-store", credentials: "omit", redirect: "error",
        signal: abort.signal });
      if (!response.ok) throw new Unchecked("the status list could not be fetched (HTTP " + response.status + ")");
      if (Number(response.headers.get("content-length") || 0) > MAX_LIST_BYTES) {
        throw new Unchecked("the status list is too large");
      }
      text = new TextDecoder("utf-8").decode(await readCapped(response.body));
    } catch (e) {
      if (e instanceof Unchecked) throw e;
      throw new Unchecked("the status list could not be fetched");
    } finally {
      clearTimeout(timer);
    }
    var doc;
    try { doc = JSON.parse(text); } catch (e) { throw new Unchecked("the status list is not valid JSON"); }
    var subject = doc && doc.credentialSubject;
    var types = doc && [].concat(doc.type);
    if (!doc || doc.id !== list.url || types.indexOf("BitstringStatusListCredential") < 0 || doc.issuer !== list.issuer ||
        !subject || subject.statusPurpose !== "revocation" || typeof subject.encodedList !== "string" ||
        subject.encodedList.charAt(0) !== "u" || typeof doc.validFrom !== "string") {
      throw new Unchecked("the file at the status list's address is not this issuer's revocation list");
    }
    var date = isoDateText(doc.validFrom);
    if (!date) throw new Unchecked("the status list has no readable date");
    var bits = await gunzip(decodeBase64Text(subject.encodedList.slice(1)));
    if (index >= bits.length * 8) throw new Unchecked("the status list is shorter than this certificate's entry");
    return { revoked: (bits[index >> 3] & (0x80 >> (index & 7))) !== 0, date: date, ms: Date.parse(doc.validFrom) };
  }

  // {state: "revoked" | "clear" | "unchecked", date, reason, listed}
  async function revocation(claim, key) {
    // certificates issued without a status list entry: the page itself lists those revoked
    var listed = config.revoked && Object.prototype.hasOwnProperty.call(config.revoked, hex(claim.uuid)) &&
      isoDateText(config.revoked[hex(claim.uuid)] + "T00:00:00Z");
    if (listed) return { state: "revoked", date: listed, listed: true };
    try {
      if (claim.status === null) throw new Unchecked("this certificate carries no status list entry");
      if (!key.lists || key.lists.length === 0) throw new Unchecked("the issuer publishes no status list for this key");
      if (location.protocol !== "https:" && location.protocol !== "http:") {
        throw new Unchecked("this page was opened from a file, not from the issuer\u2019s website");
      }
      // a key's credentials may point at more than one list (the address changed): the index is
      // unique across them, so the certificate is revoked if any list that can be read says so,
      // and "not revoked" needs every one of them
      var settled = await Promise.allSettled(key.lists.map(function (l) { return readList(l, claim.status); }));
      var read = settled.filter(function (r) { return r.status === "fulfilled"; }).map(function (r) { return r.value; });
      var hit = read.filter(function (r) { return r.revoked; })[0];
      if (hit) return { state: "revoked", date: hit.date };
      var failed = settled.filter(function (r) { return r.status === "rejected"; })[0];
      if (failed) throw failed.reason;
      read.sort(function (a, b) { return a.ms - b.ms; });
      return { state: "clear", date: read[0].date };
    } catch (e) {
      return { state: "unchecked", reason: e instanceof Unchecked ? e.reason : "the status list could not be read" };
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

  function show(state, headline, parts, rows, how) {
    document.body.setAttribute("data-state", state);
    var main = document.querySelector("main");
    if (VERDICTS[state]) main.setAttribute("data-verdict", VERDICTS[state]);
    else main.removeAttribute("data-verdict");
    $("headline").textContent = headline;
    var summary = $("summary");
    summary.textContent = "";
    parts.forEach(function (p) {
      summary.appendChild(typeof p === "string" ? document.createTextNode(p) : p);
    });
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

  async function check(input) {
    try {
      await checkClaim(input);
    } catch (e) {
      show("unreadable", "Not verified", ["This code cannot be checked: " + String(e && e.message || e) + "."]);
    }
  }

  async function checkClaim(input) {
    var run = ++checking;
    var claim;
    document.body.removeAttribute("data-revocation");
    show("checking", "Checking\u2026", []);
    try {
      claim = readClaim(input);
    } catch (e) {
      if (!(e instanceof ClaimError)) throw e;
      return show("unreadable", "Not verified", ["This code cannot be read: " + e.message +
        ". Scan the QR code again or paste the whole code."]);
    }
    var kid = hex(claim.kid);
    var fp = fingerprint(claim.kid);
    var keys = config.keys.filter(function (k) { return k.kid === kid; });
    if (keys.length === 0) {
      return show("unknown-key", "Unknown signer", [
        "Signed by an unknown key ", bdi(fp, true, "fp"), ": not issued by ", bdi(issuer, true), "."],
        [], "The keys of " + issuer + " are listed below; this code was signed with none of them. " +
        "Do not rely on it; if in doubt, contact " + issuer + ".");
    }
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
      return show("cannot-verify", "Cannot check here", ["This page cannot check the signature: " +
        e.message + ". Open it in a current Chrome, Edge, Firefox or Safari."]);
    }
    if (run !== checking) return;
    if (!result.ok) {
      return show("invalid", "NOT verified", ["This certificate has been altered or is not genuine."], [],
        "Do not rely on it. If you believe it is genuine, contact " + issuer + ".");
    }
    var expired = claim.expires !== null && todayDays() > claim.expires;
    var rows = [
      ["Awarded to", claim.recipient],
      ["Achievement", claim.achievement],
      ["Issued by", claim.issuer],
      ["Issued on", dateText(claim.issued)],
      ["Expires", claim.expires === null ? "Does not expire" : dateText(claim.expires)],
      ["Certificate ID", uuidText(claim.uuid), "mono"],
      ["Signed with", issuer + "\u2019s " + key.status + " key " + (config.domain ? "(did:web " +
        config.domain + ") " : ""), "fp", fp],
    ];
    var parts = ["Issued by ", bdi(claim.issuer, true), " to ", bdi(claim.recipient, true),
      " for ", bdi(claim.achievement, true), " on " + dateText(claim.issued)];
    show("checking", "Checking for revocation\u2026", []);
    var rev = await revocation(claim, key);
    if (run !== checking) return;
    var builtIn = how === "bundled" ? "Checked with this page\u2019s built-in verifier. " : "";
    if (rev.state === "revoked") {
      rows.push(["Status", rev.listed ? "Revoked on " + rev.date : "Revoked (the issuer\u2019s status list of " +
        rev.date + ")"]);
      return show("revoked", "Revoked", [bdi(issuer, true), rev.listed ? " revoked this certificate on " + rev.date +
        "." : " has revoked this certificate: the status list it published on " + rev.date + " marks it as revoked.",
        " It was issued to ", bdi(claim.recipient, true), " for ", bdi(claim.achievement, true), "."], rows,
        builtIn + "Do not rely on it. If you have questions, contact " + issuer + ".");
    }
    var note;
    if (rev.state === "clear") {
      rows.push(["Status", "Not revoked as of " + rev.date]);
      note = builtIn + "Not revoked as of " + rev.date + ", the date of the issuer\u2019s published status list.";
    } else {
      // Without the list the page cannot know of a later revocation: say so rather than imply it.
      rows.push(["Status", "Could not check for revocation"]);
      note = builtIn + "Could not check for revocation: " + rev.reason + ". This page proves who issued the " +
        "certificate and that it is unaltered, not whether the issuer revoked it later. If that matters, " +
        "ask the issuer.";
    }
    document.body.setAttribute("data-revocation", rev.state);  // "unchecked" tints the verdict amber
    if (expired) {
      parts.push("; it expired on " + dateText(claim.expires) + ".");
      return show("expired", "Genuine, but expired", parts, rows, note);
    }
    parts.push(claim.expires === null ? "." : " (expires " + dateText(claim.expires) + ").");
    return show("verified", rev.state === "clear" ? "Verified" : "Verified \u2014 revocation not checked",
      parts, rows, note);
  }

  function listKeys() {
    var list = $("keys");
    config.keys.forEach(function (k) {
      var li = document.createElement("li");
      var span = document.createElement("span");
      span.className = "fp";
      span.textContent = k.fingerprint;
      li.appendChild(span);
      li.appendChild(document.createTextNode(" (" + k.status + ")"));
      list.appendChild(li);
    });
  }

  function fromLocation() {
    if (location.hash.length > 1) {
      $("paste").open = false;
      check(location.hash);
    } else {
      $("paste").open = true;
      show("idle", "Ready to check", ["Scan the QR code on the certificate, or paste its code below."]);
    }
  }

  listKeys();
  $("check").addEventListener("click", function () { check($("code").value); });
  window.addEventListener("hashchange", fromLocation);
  fromLocation();
})();
