// Progress and cancellation of a long-running analysis tool, seen by the official TypeScript SDK
// client. Prints one line "@@RESULT@@<json>" that AnalysisProgressE2ETest asserts on.
//
//   node analysis-client.mjs http  <mcp-url> <faults-url> <tool> <arguments-json>
//   node analysis-client.mjs stdio <java> <classpath> <ilert-url> <faults-url> <tool> <arguments-json>
//
// AUTH_HEADER (http) or ILERT_API_KEY (stdio) carries the demo key. The faults URL is the
// emulator's fault-injection admin endpoint: before the second call it slows every page of
// GET /api/alerts down, so the call is still walking pages when the client cancels it.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(join(process.env.E2E_DIR, 'package.json'));
const load = (specifier) => import(pathToFileURL(require.resolve(specifier)).href);
const { Client } = await load('@modelcontextprotocol/sdk/client/index.js');
const { StreamableHTTPClientTransport } = await load('@modelcontextprotocol/sdk/client/streamableHttp.js');
const { StdioClientTransport } = await load('@modelcontextprotocol/sdk/client/stdio.js');

const [mode, ...rest] = process.argv.slice(2);
let transport;
let faultsUrl;
let tool;
let toolArgs;
if (mode === 'http') {
  const [url, faults, name, json] = rest;
  transport = new StreamableHTTPClientTransport(new URL(url), {
    requestInit: { headers: { Authorization: process.env.AUTH_HEADER } },
  });
  [faultsUrl, tool, toolArgs] = [faults, name, JSON.parse(json)];
} else if (mode === 'stdio') {
  const [java, classpath, ilertUrl, faults, name, json] = rest;
  transport = new StdioClientTransport({
    command: java,
    args: ['-cp', classpath, 'org.ilertmcp.server.cli.Main', 'stdio', '--ilert-url', ilertUrl, '--toolsets', 'analysis'],
    env: { ...process.env },
    stderr: 'ignore',
  });
  [faultsUrl, tool, toolArgs] = [faults, name, JSON.parse(json)];
} else {
  throw new Error('unknown mode ' + mode);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const client = new Client({ name: 'analysis-progress-client', version: '1.0.0' }, { capabilities: {} });
await client.connect(transport);

const sent = [];
const received = [];
const send = transport.send.bind(transport);
transport.send = (message, options) => {
  sent.push(message);
  return send(message, options);
};
const onmessage = transport.onmessage;
transport.onmessage = (message, extra) => {
  received.push(message);
  onmessage(message, extra);
};
const wireFor = (call) =>
  received.filter(
    (m) => m.id === call.id || (m.method === 'notifications/progress' && m.params?.progressToken === call.params._meta?.progressToken),
  );
const lastCall = () => sent.filter((m) => m.method === 'tools/call').at(-1);
const out = { mode, tool };

// 1. A full call with progress: the notifications on the wire, then the result.
const progress = [];
const started = Date.now();
const result = await client.callTool({ name: tool, arguments: toolArgs }, undefined, {
  timeout: 120000,
  onprogress: (p) => progress.push(p.progress),
});
const full = lastCall();
out.full = {
  ms: Date.now() - started,
  isError: result.isError ?? false,
  sections: Object.keys(result.structuredContent ?? {}),
  progressSeen: progress,
  wire: wireFor(full).map((m) => (m.method === 'notifications/progress' ? m.params.progress : 'response')),
};

// 2. The same call with every alert page slowed down, cancelled while it walks them.
await fetch(faultsUrl, {
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ path: '/api/alerts', method: 'GET', kind: 'LATENCY', times: 100, delayMs: 1500 }),
});
const abort = new AbortController();
let outcome;
const cancelStarted = Date.now();
try {
  await client.callTool({ name: tool, arguments: toolArgs }, undefined, {
    signal: abort.signal,
    timeout: 120000,
    // By the fifth progress (reads settle in order, at most 6 run at once) every read has started,
    // so the slow alert-page walk is under way when the cancel arrives.
    onprogress: (p) => p.progress >= 5 && abort.abort('the user cancelled'),
  });
  outcome = 'result delivered';
} catch (e) {
  outcome = 'rejected: ' + String(e?.message ?? e);
}
const cancelledAfter = Date.now() - cancelStarted;
const cancelledCall = lastCall();
await sleep(5000); // an uncancelled call would have requested three more pages by now
const rules = await (await fetch(faultsUrl)).json();
const rule = (Array.isArray(rules) ? rules : rules.rules ?? []).find((r) => r.path === '/api/alerts');
out.cancel = {
  outcome,
  cancelledAfterMs: cancelledAfter,
  cancelSent: sent.some((m) => m.method === 'notifications/cancelled' && m.params?.requestId === cancelledCall.id),
  responseAfterCancel: wireFor(cancelledCall).some((m) => m.id === cancelledCall.id),
  alertPagesRequested: rule ? 100 - rule.times : null,
};

// 3. The session still serves calls after the cancellation.
const after = await client.listTools();
out.toolsAfterCancel = after.tools.length;
await client.close();
console.log('@@RESULT@@' + JSON.stringify(out));
