// Drives our MCP server with the official TypeScript SDK client and prints one line
// "@@RESULT@@<json>" with what it saw; the Java interop tests assert on that JSON.
//
//   node ts-client.mjs http   <url> <bearer>          Streamable HTTP with an Authorization header
//   node ts-client.mjs stdio  <java> <classpath> <main-class>   our server as a child process
//   node ts-client.mjs remote <url>                   through mcp-remote (stdio <-> HTTP bridge)
//
// Packages are resolved from E2E_DIR/node_modules (the pinned tooling), not from this file's place.
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const e2e = process.env.E2E_DIR;
if (!e2e) throw new Error('E2E_DIR must point at the e2e tooling directory');
const require = createRequire(join(e2e, 'package.json'));
const load = (specifier) => import(pathToFileURL(require.resolve(specifier)).href);

const { Client } = await load('@modelcontextprotocol/sdk/client/index.js');
const { StreamableHTTPClientTransport } = await load('@modelcontextprotocol/sdk/client/streamableHttp.js');
const { StdioClientTransport } = await load('@modelcontextprotocol/sdk/client/stdio.js');

const [mode, ...args] = process.argv.slice(2);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const started = Date.now();
const out = { mode, timings: {} };
const mark = (name) => (out.timings[name] = Date.now() - started);

let transport;
if (mode === 'http') {
  transport = new StreamableHTTPClientTransport(new URL(args[0]), {
    requestInit: { headers: { Authorization: args[1] } },
  });
} else if (mode === 'stdio') {
  transport = new StdioClientTransport({
    command: args[0],
    args: ['-cp', args[1], args[2], 'stdio'],
    env: { ...process.env, INTEROP_CREDENTIAL: 'Bearer stdio-key' },
    stderr: 'inherit',
  });
} else if (mode === 'remote') {
  const configDir = mkdtempSync(join(tmpdir(), 'mcp-remote-'));
  process.on('exit', () => rmSync(configDir, { recursive: true, force: true }));
  transport = new StdioClientTransport({
    command: process.execPath,
    args: [
      require.resolve('mcp-remote/dist/proxy.js'),
      args[0],
      '--transport', 'http-only',
      '--header', 'Authorization:${AUTH_HEADER}',
      '--silent',
    ],
    env: {
      ...process.env,
      AUTH_HEADER: 'Bearer test-key',
      MCP_REMOTE_CONFIG_DIR: configDir,
    },
    stderr: 'inherit',
  });
} else {
  throw new Error('unknown mode ' + mode);
}

const client = new Client({ name: 'interop-ts-client', version: '1.0.0' }, { capabilities: {} });
await client.connect(transport);
mark('connected');

// Record every message on the wire (after initialize) to check cancellation end to end.
const sent = [];
const received = [];
const send = transport.send.bind(transport);
transport.send = (message, options) => {
  sent.push(message);
  return send(message, options);
};
const onmessage = transport.onmessage;
transport.onmessage = (message, extra) => {
  received.push({ at: Date.now(), message });
  onmessage(message, extra);
};

out.protocolVersion = mode === 'http' ? transport.protocolVersion : undefined;
out.sessionId = mode === 'http' ? (transport.sessionId ?? null) : undefined;
out.serverVersion = client.getServerVersion();
out.capabilities = Object.keys(client.getServerCapabilities() ?? {}).sort();
out.instructions = client.getInstructions() ?? null;
out.tools = (await client.listTools()).tools.map((t) => t.name);

const whoami = await client.callTool({ name: 'whoami', arguments: {} });
out.whoami = { structured: whoami.structuredContent, text: whoami.content[0]?.text, isError: whoami.isError ?? false };

const simple = await client.callTool({ name: 'test_simple_text', arguments: {} });
out.simpleText = simple.content.map((c) => c.text);

const progress = [];
const withProgress = await client.callTool({ name: 'test_tool_with_progress', arguments: {} }, undefined, {
  onprogress: (p) => progress.push({ progress: p.progress, total: p.total }),
});
out.progress = progress; // what the SDK handed to onprogress
out.progressResult = withProgress.content[0]?.text;
// What came over the wire for that call, in order. (The SDK dispatches notifications a microtask
// late, so a progress notification read in the same chunk as the response never reaches onprogress.)
const progressCall = sent.find((m) => m.method === 'tools/call' && m.params?.name === 'test_tool_with_progress');
out.progressWire = received
  .map((r) => r.message)
  .filter((m) => m.id === progressCall.id || m.params?.progressToken === progressCall.params._meta?.progressToken)
  .map((m) => (m.method === 'notifications/progress' ? { progress: m.params.progress, total: m.params.total } : 'response'));

const resource = await client.readResource({ uri: 'test://static-text' });
out.resource = resource.contents.map((c) => ({ uri: c.uri, mimeType: c.mimeType, text: c.text }));

const prompt = await client.getPrompt({ name: 'test_prompt_with_arguments', arguments: { arg1: 'a', arg2: 'b' } });
out.prompt = prompt.messages.map((m) => ({ role: m.role, text: m.content.text }));

{
  // Cancellation: abort after the second progress notification; the SDK sends
  // notifications/cancelled, the server must stop the task and never answer the request.
  const abort = new AbortController();
  const cancelProgress = [];
  let outcome;
  try {
    await client.callTool({ name: 'slow_task', arguments: { steps: 100 } }, undefined, {
      signal: abort.signal,
      timeout: 30000,
      onprogress: (p) => {
        cancelProgress.push(p.progress);
        if (p.progress >= 2) abort.abort('the user cancelled');
      },
    });
    outcome = 'result delivered';
  } catch (e) {
    outcome = 'rejected: ' + String(e?.message ?? e);
  }
  const call = sent.find((m) => m.method === 'tools/call' && m.params?.name === 'slow_task');
  const cancelled = sent.find((m) => m.method === 'notifications/cancelled');
  let status;
  const deadline = Date.now() + 5000;
  do {
    await sleep(100);
    status = (await client.callTool({ name: 'slow_task_status', arguments: {} })).structuredContent;
  } while (status.cancelled < 1 && Date.now() < deadline);
  const settled = Date.now();
  await sleep(500); // anything still coming for the cancelled request would arrive now
  const forCall = (m) =>
    m.id === call.id || (m.method === 'notifications/progress' && m.params?.progressToken === call.params._meta?.progressToken);
  mark('cancelled');
  out.cancellation = {
    outcome,
    progressBeforeAbort: cancelProgress,
    cancelledRequestId: cancelled?.params?.requestId ?? null,
    callRequestId: call.id,
    responsesForCall: received.filter((r) => r.message.id === call.id).length,
    messagesAfterSettled: received.filter((r) => r.at > settled && forCall(r.message)).length,
    serverStatus: status,
  };
}

if (mode === 'http' && transport.sessionId) {
  await transport.terminateSession();
  out.sessionAfterTerminate = transport.sessionId ?? null;
}
mark('done');
await client.close();
mark('closed');
console.log('@@RESULT@@' + JSON.stringify(out));
// Do not linger on keep-alive sockets or a bridge's slow shutdown once the result is out.
process.exit(0);
