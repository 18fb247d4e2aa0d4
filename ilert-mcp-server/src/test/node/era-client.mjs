// Runs a few steps of the on-call flow with one of the official TypeScript SDK clients, so the Java
// interop test can check the emulator afterwards. Prints one line "@@RESULT@@<json>".
//
//   node era-client.mjs <v2|v1> http  <mcp-url>                        Authorization from AUTH_HEADER
//   node era-client.mjs <v2|v1> stdio <java> <classpath> <ilert-url>   the server over stdio, key in ILERT_API_KEY
//   node era-client.mjs v1 remote <mcp-url>                            through mcp-remote over stdio
//
// v2 is @modelcontextprotocol/client (2026-07-28 first, probing with server/discover; falls back to
// initialize), v1 is @modelcontextprotocol/sdk (2025-11-25). STEPS holds a JSON array of
// {"tool": ..., "arguments": {...}}. Packages come from E2E_DIR/node_modules (the pinned tooling).
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(join(process.env.E2E_DIR, 'package.json'));
const load = (specifier) => import(pathToFileURL(require.resolve(specifier)).href);

const [sdk, mode, ...rest] = process.argv.slice(2);
const steps = JSON.parse(process.env.STEPS ?? '[]');

let Client, StreamableHTTPClientTransport, StdioClientTransport;
if (sdk === 'v2') {
  ({ Client, StreamableHTTPClientTransport } = await load('@modelcontextprotocol/client'));
  ({ StdioClientTransport } = await load('@modelcontextprotocol/client/stdio'));
} else if (sdk === 'v1') {
  ({ Client } = await load('@modelcontextprotocol/sdk/client/index.js'));
  ({ StreamableHTTPClientTransport } = await load('@modelcontextprotocol/sdk/client/streamableHttp.js'));
  ({ StdioClientTransport } = await load('@modelcontextprotocol/sdk/client/stdio.js'));
} else {
  throw new Error('sdk must be v2 or v1');
}

let transport;
if (mode === 'http') {
  transport = new StreamableHTTPClientTransport(new URL(rest[0]), {
    requestInit: { headers: { Authorization: process.env.AUTH_HEADER } },
  });
} else if (mode === 'stdio') {
  const [java, classpath, ilertUrl] = rest;
  transport = new StdioClientTransport({
    command: java,
    args: ['-cp', classpath, 'org.ilertmcp.server.cli.Main', 'stdio', '--ilert-url', ilertUrl],
    env: { ...process.env },
    stderr: 'ignore',
  });
} else if (mode === 'remote') {
  const configDir = mkdtempSync(join(tmpdir(), 'mcp-remote-'));
  process.on('exit', () => rmSync(configDir, { recursive: true, force: true }));
  transport = new StdioClientTransport({
    command: process.execPath,
    args: [require.resolve('mcp-remote/dist/proxy.js'), rest[0], '--transport', 'http-only',
      '--header', 'Authorization:${AUTH_HEADER}', '--silent'],
    env: { ...process.env, MCP_REMOTE_CONFIG_DIR: configDir },
    stderr: 'inherit',
  });
} else {
  throw new Error('mode must be http, stdio or remote');
}

const options = sdk === 'v2'
  ? { capabilities: {}, versionNegotiation: { mode: 'auto' } }
  : { capabilities: {} };
const client = new Client({ name: `ilert-interop-${sdk}-${mode}`, version: '1.0.0' }, options);
const out = { sdk, mode, steps: [] };
try {
  await client.connect(transport);
  out.protocolVersion = sdk === 'v2' ? client.getNegotiatedProtocolVersion() : transport.protocolVersion
    ?? (mode === 'http' ? undefined : 'initialize');
  out.era = sdk === 'v2' ? client.getProtocolEra() : 'legacy';
  out.server = client.getServerVersion()?.name;
  out.tools = (await client.listTools()).tools.map((t) => t.name);
  for (const { tool, arguments: args } of steps) {
    try {
      const result = await client.callTool({ name: tool, arguments: args });
      out.steps.push({ tool, ok: true, isError: result.isError === true,
        structured: result.structuredContent ?? null, text: result.content?.[0]?.text ?? null });
    } catch (e) {
      out.steps.push({ tool, ok: false, error: String(e?.message ?? e) });
    }
  }
} catch (e) {
  out.error = String(e?.stack ?? e);
} finally {
  await client.close().catch(() => {});
}
process.stdout.write('@@RESULT@@' + JSON.stringify(out) + '\n');
