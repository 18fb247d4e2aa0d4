// Preload (`node --require`) for the benchmark's server-everything process.
// server-everything calls app.listen(PORT) on all interfaces; the benchmark must stay on loopback,
// so every numeric-port listen is rebound to 127.0.0.1. It also ties the server's life to the
// benchmark: it exits when the benchmark closes (or loses) its stdin pipe, or after a hard limit.
'use strict';
const net = require('node:net');

const originalListen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  const first = args[0];
  if (typeof first === 'number' || (typeof first === 'string' && /^\d+$/.test(first))) {
    if (typeof args[1] === 'string') {
      args[1] = '127.0.0.1';
    } else {
      args.splice(1, 0, '127.0.0.1');
    }
  } else if (first && typeof first === 'object' && first.path === undefined) {
    args[0] = { ...first, host: '127.0.0.1' };
  }
  return originalListen.apply(this, args);
};

if (process.env.BENCH_EXIT_ON_STDIN_EOF === '1') {
  process.stdin.on('end', () => process.exit(0));
  process.stdin.on('error', () => process.exit(0));
  process.stdin.resume();
}

const lifetimeMs = Number(process.env.BENCH_MAX_LIFETIME_MS || 0);
if (lifetimeMs > 0) {
  setTimeout(() => process.exit(0), lifetimeMs).unref();
}
