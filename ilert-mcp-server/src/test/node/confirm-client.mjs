// Drives one confirmation scenario against our server with an official TypeScript SDK client and
// prints one line "@@RESULT@@<json>" for the Java test, which checks the emulator afterwards.
//
//   node confirm-client.mjs <scenario> <mcp-url>      Authorization from AUTH_HEADER
//
// TOOL and ARGS (JSON) name the call. Scenarios:
//   v2-accept, v2-decline  @modelcontextprotocol/client (2026-07-28) with an elicitation handler that
//                          accepts with the box ticked, or declines; the SDK answers input_required
//   v2-manual              the same client in manual mode: takes the requestState, then sends it
//                          tampered, with OTHER_AUTH, as issued (applies), and again (replay)
//   v1-accept, v1-decline  @modelcontextprotocol/sdk (2025-11-25) with an elicitation handler
//   v1-none                the 1.x client without elicitation
//   v1-token               the same, calling again with the confirmation_token the first call returned
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(join(process.env.E2E_DIR, 'package.json'));
const load = (specifier) => import(pathToFileURL(require.resolve(specifier)).href);

const [scenario, url] = process.argv.slice(2);
const tool = process.env.TOOL;
const args = JSON.parse(process.env.ARGS ?? '{}');
const v2 = scenario.startsWith('v2');
const elicits = !scenario.endsWith('none') && !scenario.endsWith('token');
const out = { scenario, asked: [], calls: [] };

async function connect(auth) {
  let Client, Transport;
  if (v2) {
    ({ Client, StreamableHTTPClientTransport: Transport } = await load('@modelcontextprotocol/client'));
  } else {
    ({ Client } = await load('@modelcontextprotocol/sdk/client/index.js'));
    ({ StreamableHTTPClientTransport: Transport } = await load('@modelcontextprotocol/sdk/client/streamableHttp.js'));
  }
  const capabilities = elicits ? { elicitation: { form: {} } } : {};
  const options = v2
    ? { capabilities, versionNegotiation: { mode: 'auto' },
        inputRequired: { autoFulfill: scenario !== 'v2-manual' } }
    : { capabilities };
  const client = new Client({ name: `ilert-confirm-${scenario}`, version: '1.0.0' }, options);
  if (elicits) {
    const answer = async (request) => {
      out.asked.push(request.params.message);
      return scenario.endsWith('decline')
        ? { action: 'decline' }
        : { action: 'accept', content: { confirm: true } };
    };
    if (v2) {
      client.setRequestHandler('elicitation/create', answer);
    } else {
      const { ElicitRequestSchema } = await load('@modelcontextprotocol/sdk/types.js');
      client.setRequestHandler(ElicitRequestSchema, answer);
    }
  }
  await client.connect(new Transport(new URL(url), {
    requestInit: { headers: { Authorization: auth } },
  }));
  out.era ??= v2 ? client.getProtocolEra() : 'legacy';
  return client;
}

async function call(client, label, params, options) {
  try {
    const result = await client.callTool(params, options);
    out.calls.push({ label, ok: true, resultType: result.resultType ?? 'complete',
      isError: result.isError === true, structured: result.structuredContent ?? null,
      text: result.content?.[0]?.text ?? null, requestState: result.requestState ?? null,
      inputRequests: result.inputRequests ?? null });
    return result;
  } catch (e) {
    out.calls.push({ label, ok: false, error: String(e?.message ?? e) });
    return null;
  }
}

const clients = [];
try {
  const client = await connect(process.env.AUTH_HEADER);
  clients.push(client);
  if (scenario === 'v2-manual') {
    const asked = await call(client, 'first', { name: tool, arguments: args }, { allowInputRequired: true });
    const state = asked?.requestState ?? '';
    const yes = { confirm: { action: 'accept', content: { confirm: true } } };
    const retry = (requestState) => ({ name: tool, arguments: args, inputResponses: yes, requestState });
    const at = Math.floor(state.length / 2);
    const tampered = state.slice(0, at) + (state[at] === 'A' ? 'B' : 'A') + state.slice(at + 1);
    await call(client, 'tampered', retry(tampered), { allowInputRequired: true });
    const other = await connect(process.env.OTHER_AUTH);
    clients.push(other);
    await call(other, 'other-key', retry(state), { allowInputRequired: true });
    await call(client, 'accepted', retry(state), { allowInputRequired: true });
    await call(client, 'replayed', retry(state), { allowInputRequired: true });
  } else {
    const first = await call(client, 'first', { name: tool, arguments: args });
    const token = first?.structuredContent?.confirmation_token;
    if (scenario === 'v1-token' && token) {
      await call(client, 'with-token', { name: tool, arguments: { ...args, confirmation_token: token } });
      await call(client, 'token-again', { name: tool, arguments: { ...args, confirmation_token: token } });
    }
  }
} catch (e) {
  out.error = String(e?.stack ?? e);
} finally {
  for (const c of clients) await c.close().catch(() => {});
}
process.stdout.write('@@RESULT@@' + JSON.stringify(out) + '\n');
