// Drives the ilert MCP server with the official TypeScript SDK client, one tool call per input
// line, so the Java end-to-end test can check the emulator's state between steps.
//
//   node flow-driver.mjs http   <url>   Streamable HTTP, Authorization from AUTH_HEADER
//   node flow-driver.mjs remote <url>   through mcp-remote over stdio, --header Authorization:${AUTH_HEADER}
//   node flow-driver.mjs stdio  <java> <classpath> <main-class> <server arguments...>
//                                       our server as the SDK's stdio child process
//
// Input lines: {"tool": "...", "arguments": {...}}, or {"report": true} for what the server wrote
// to stderr (stdio mode) and the transport errors so far (a stdout line that is not a JSON-RPC
// message is one). Output lines: "@@STEP@@" + JSON with the result, or the error the client raised
// (the SDK validates structuredContent against the tool's outputSchema and fails the call when it
// does not match). The first output line lists the tools. Packages come from
// E2E_DIR/node_modules (the pinned tooling).
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';

const e2e = process.env.E2E_DIR;
if (!e2e) throw new Error('E2E_DIR must point at the e2e tooling directory');
const require = createRequire(join(e2e, 'package.json'));
const load = (specifier) => import(pathToFileURL(require.resolve(specifier)).href);
const { Client } = await load('@modelcontextprotocol/sdk/client/index.js');
const { StreamableHTTPClientTransport } = await load('@modelcontextprotocol/sdk/client/streamableHttp.js');
const { StdioClientTransport } = await load('@modelcontextprotocol/sdk/client/stdio.js');

const [mode, url] = process.argv.slice(2);
let transport;
let serverStderr = '';
const transportErrors = [];
if (mode === 'http') {
  transport = new StreamableHTTPClientTransport(new URL(url), {
    requestInit: { headers: { Authorization: process.env.AUTH_HEADER } },
  });
} else if (mode === 'remote') {
  const configDir = mkdtempSync(join(tmpdir(), 'mcp-remote-'));
  process.on('exit', () => rmSync(configDir, { recursive: true, force: true }));
  transport = new StdioClientTransport({
    command: process.execPath,
    args: [require.resolve('mcp-remote/dist/proxy.js'), url, '--transport', 'http-only',
      '--header', 'Authorization:${AUTH_HEADER}', '--silent'],
    env: { ...process.env, MCP_REMOTE_CONFIG_DIR: configDir },
    stderr: 'inherit',
  });
} else if (mode === 'stdio') {
  const [java, classpath, mainClass, ...serverArgs] = process.argv.slice(3);
  transport = new StdioClientTransport({
    command: java,
    args: ['-cp', classpath, mainClass, ...serverArgs],
    stderr: 'pipe',
  });
  transport.stderr.on('data', (chunk) => (serverStderr += chunk));
} else {
  throw new Error('mode must be http, remote or stdio');
}

const emit = (value) => process.stdout.write('@@STEP@@' + JSON.stringify(value) + '\n');
const client = new Client({ name: 'ilert-e2e', version: '1.0.0' }, { capabilities: {} });
client.onerror = (e) => transportErrors.push(String(e?.message ?? e));
await client.connect(transport);
const tools = (await client.listTools()).tools;
emit({ tools: tools.map((t) => t.name), version: client.getServerVersion() });

const lines = createInterface({ input: process.stdin });
for await (const line of lines) {
  if (!line.trim()) continue;
  const { tool, arguments: args, report } = JSON.parse(line);
  if (report) {
    emit({ stderr: serverStderr, transportErrors });
    continue;
  }
  try {
    const result = await client.callTool({ name: tool, arguments: args });
    emit({ tool, ok: true, isError: result.isError === true, structured: result.structuredContent ?? null,
      text: result.content?.[0]?.text ?? null });
  } catch (e) {
    emit({ tool, ok: false, error: String(e?.message ?? e) });
  }
}
await client.close();
