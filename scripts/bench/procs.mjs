// Child processes for the bench: started in their own process group, so stopping one also stops what it
// spawned (tsx's esbuild service, npx's lighthouse and its Chromium), and always stopped on exit.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

const running = new Set();

/** Starts a long-running server; keeps the last lines of its output for error messages. */
export function startServer(name, command, args, env = {}) {
  const child = spawn(command, args, {
    env: { ...process.env, ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.label = name;
  child.tail = [];
  const keep = (chunk) => {
    child.tail.push(...String(chunk).split('\n').filter(Boolean));
    if (child.tail.length > 40) child.tail.splice(0, child.tail.length - 40);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  child.exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  child.on('error', (error) => keep(`spawn error: ${error.message}`));
  running.add(child);
  child.exited.then(() => running.delete(child));
  return child;
}

/** Runs a command to completion (own process group, killed after timeoutMs); resolves with its output. */
export function run(command, args, { env = {}, timeoutMs = 300_000, echo = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    running.add(child);
    let out = '';
    const keep = (stream) => (chunk) => {
      out += chunk;
      if (echo) stream.write(chunk);
    };
    child.stdout.on('data', keep(process.stdout));
    child.stderr.on('data', keep(process.stderr));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child, 'SIGKILL');
    }, timeoutMs);
    child.on('error', (error) => {
      out += `\nspawn error: ${error.message}`;
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      running.delete(child);
      resolve({ code: timedOut ? null : code, timedOut, out });
    });
  });
}

function killGroup(child, signal) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    try {
      child.kill(signal);
    } catch {
      /* already gone */
    }
  }
}

/** SIGTERM every child still running, SIGKILL those that do not leave within 3 s. */
export async function stopAll() {
  const children = [...running];
  for (const child of children) killGroup(child, 'SIGTERM');
  await Promise.all(
    children.map((child) =>
      Promise.race([
        new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', resolve))),
        new Promise((resolve) => setTimeout(resolve, 3000).unref()),
      ]).then(() => killGroup(child, 'SIGKILL')),
    ),
  );
}

/** Last resort for abrupt exits: synchronous SIGKILL of every process group we started. */
export function killAllSync() {
  for (const child of running) killGroup(child, 'SIGKILL');
}

/** A free TCP port on 127.0.0.1: the preferred one when it is free, else one the OS picks. */
export async function freePort(preferred) {
  const tryListen = (port) =>
    new Promise((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(null));
      server.listen(port, '127.0.0.1', () => {
        const { port: chosen } = server.address();
        server.close(() => resolve(chosen));
      });
    });
  return (preferred && (await tryListen(preferred))) || (await tryListen(0));
}

/**
 * Polls `check` (an async predicate) until it returns a truthy value. Fails early when `child` exits, and
 * after timeoutMs. This waits for a real condition (a server answering), not for a fixed time.
 */
export async function waitUntil(label, check, { timeoutMs = 60_000, child } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    if (child && (child.exitCode !== null || child.signalCode !== null)) {
      throw new Error(`${label}: ${child.label} exited (${child.exitCode ?? child.signalCode}) before it was ready:\n  ${child.tail.join('\n  ')}`);
    }
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`${label}: not ready after ${timeoutMs / 1000} s${last ? ` (${last.message})` : ''}${child ? `:\n  ${child.tail.join('\n  ')}` : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
