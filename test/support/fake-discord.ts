/**
 * A fake Discord on 127.0.0.1: the REST routes discord.js calls (gateway
 * discovery, command registration, interaction callbacks, webhook edits and
 * follow-ups) and a JSON gateway (HELLO, IDENTIFY → READY + GUILD_CREATE,
 * heartbeats, RESUME with replay). It records every request, hands out the
 * callbacks of each interaction it dispatched, and lets a test inject faults:
 * a closed socket, op 7 RECONNECT, op 9, unanswered heartbeats, REST 429
 * with Retry-After and 5xx. It records the close codes the client sends.
 * It also plays Discord's CDN (under `/cdn`, see {@link FakeDiscord.attachment}):
 * a test attaches a file and the bot fetches it from 127.0.0.1. Members'
 * messages are dispatched as MESSAGE_CREATE (payloads in messages.ts); the
 * messages the bot creates and the threads it starts are kept
 * ({@link FakeDiscord.channelMessages}, {@link FakeDiscord.threads}).
 * What discord.js needs of it: the gateway hello, identify and ready, the
 * REST routes it calls, and interaction callbacks (README, "Testing without Discord").
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { type WebSocket, WebSocketServer } from 'ws';
import { nextSnowflake } from './snowflakes.ts';

/** An attachment as Discord resolves it for an interaction (AttachmentResponse in Discord's OpenAPI spec). */
export interface AttachmentPayload {
  readonly id: string;
  readonly filename: string;
  readonly size: number;
  readonly url: string;
  readonly proxy_url: string;
  readonly content_type?: string;
  readonly ephemeral: boolean;
}

/** A file part of a multipart request (a message's attachment), its bytes as sent. */
export interface RecordedFile {
  /** The form field (`files[0]`). */
  readonly field: string;
  readonly name: string;
  readonly contentType: string;
  readonly bytes: Uint8Array;
}

/** One REST request the fake received. */
export interface RecordedRequest {
  readonly method: string;
  /** The path after `/api/v10`, URL-decoded (`/webhooks/1/tok/messages/@original`). */
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly headers: IncomingMessage['headers'];
  readonly body: unknown;
  /** The files of a multipart request (none for JSON). */
  readonly files: readonly RecordedFile[];
  /** performance.now() when it arrived. */
  readonly at: number;
}

/** An interaction callback (`POST /interactions/:id/:token/callback`). */
export interface InteractionCallback {
  readonly interactionId: string;
  readonly token: string;
  /** `{type, data}`: 4 reply, 5 defer, 7 update, 8 autocomplete. */
  readonly body: { readonly type: number; readonly data?: Record<string, unknown> };
  readonly request: RecordedRequest;
}

/** A REST fault to serve instead of the normal answer, for the next `times` matching requests. */
export interface RestFault {
  readonly method?: string;
  readonly path?: RegExp;
  readonly status: number;
  /** Seconds, sent as `Retry-After` (never serve a 429 without it: discord.js retries that in a tight loop). */
  readonly retryAfter?: number;
  /** A 429 that is global (`X-RateLimit-Global: true`). */
  readonly global?: boolean;
  readonly body?: unknown;
  readonly times?: number;
}

/** Requests to meet with a closed connection: the next `times` (default 1) that match. */
export interface ClosedConnectionFault {
  readonly method?: string;
  readonly path?: RegExp;
  readonly times?: number;
}

/** How an attachment is described to the bot, when it is not simply what is served. */
export interface AttachmentOptions {
  /** The content type Discord declares (none by default). */
  readonly contentType?: string;
  /** The size Discord declares (default: the served bytes' length). */
  readonly declaredSize?: number;
  /** Drop the connection after sending this many bytes of the body (a download cut off). */
  readonly cutAfterBytes?: number;
  /** Send a Content-Length header (the true length); by default the body is sent chunked, its length unannounced. */
  readonly announceLength?: boolean;
}

/** Who the fake is. */
export interface FakeDiscordOptions {
  readonly applicationId?: string;
  readonly guildId?: string;
  readonly channelId?: string;
  /** The token the REST API accepts; others get 401 (login rejects with TokenInvalid). */
  readonly token?: string;
  /** How many shards `GET /gateway/bot` recommends (default 1). Shards after the first get sessions of their own. */
  readonly shards?: number;
  /** The heartbeat interval HELLO announces (default Discord's 41,250 ms); short, missed heartbeats are noticed soon. */
  readonly heartbeatIntervalMs?: number;
}

/** The gateway session of one shard after the first (the first one's state is the fake's own fields). */
interface ShardSession {
  socket: WebSocket;
  sessionId: string;
  seq: number;
}

interface Dispatched {
  readonly s: number;
  readonly t: string;
  readonly d: unknown;
}

const HEARTBEAT_INTERVAL_MS = 41_250;

/** A fake Discord served on 127.0.0.1 (REST under `/api/v10`, the gateway on the same port). */
export class FakeDiscord {
  readonly applicationId: string;
  readonly guildId: string;
  readonly channelId: string;
  readonly botUserId = nextSnowflake();
  readonly token: string;
  /** Every REST request, in arrival order. */
  readonly requests: RecordedRequest[] = [];
  /** Every interaction callback, in arrival order. */
  readonly callbacks: InteractionCallback[] = [];
  /** Gateway opcodes received from the client, in order (2 IDENTIFY, 6 RESUME, 1 heartbeat…). */
  readonly gatewayOps: number[] = [];
  /** performance.now() when each dispatched interaction was sent, by id. */
  readonly dispatchedAt = new Map<string, number>();
  /** The close code of every gateway connection that ended, in order (1000: the client said goodbye). */
  readonly closeCodes: number[] = [];
  readonly heartbeatIntervalMs: number;
  /** The `d` of every IDENTIFY, in order (its `intents` say what the bot asked for). */
  readonly identifies: Record<string, unknown>[] = [];
  /** Every message the bot created in a channel or thread (`POST /channels/:id/messages`), as the fake answered it, plus `sent_allowed_mentions`: the bot's `allowed_mentions`. */
  readonly channelMessages: Record<string, unknown>[] = [];
  /** Every thread the bot started from a message, as the fake answered it. */
  readonly threads: Record<string, unknown>[] = [];

  /** Requests met with a closed connection (see {@link closeConnectionOnNext}): method and path, never handled. */
  readonly closedOn: { readonly method: string; readonly path: string }[] = [];

  private readonly faults: (RestFault & { remaining: number })[] = [];
  private readonly closers: (ClosedConnectionFault & { remaining: number })[] = [];
  private readonly waiters: { readonly match: (c: InteractionCallback) => boolean; readonly resolve: (c: InteractionCallback) => void }[] = [];
  private readonly wss: WebSocketServer;
  private socket: WebSocket | undefined;
  /** A connection whose heartbeats go unanswered (see {@link missHeartbeats}). */
  private deaf: WebSocket | undefined;
  private sessionId = '';
  private seq = 0;
  private buffer: Dispatched[] = [];
  private readonly messages = new Map<string, Record<string, unknown>>();
  /** What the CDN serves, by path. */
  private readonly files = new Map<string, { readonly bytes: Uint8Array; readonly options: AttachmentOptions }>();
  /** Sessions of shards 1…n-1, by shard id. */
  private readonly shardSessions = new Map<number, ShardSession>();
  readonly shardCount: number;

  private constructor(
    private readonly server: Server,
    options: FakeDiscordOptions,
  ) {
    this.applicationId = options.applicationId ?? nextSnowflake();
    this.guildId = options.guildId ?? nextSnowflake();
    this.channelId = options.channelId ?? nextSnowflake();
    this.token = options.token ?? 'fake-bot-token.for-loopback-tests-only';
    this.shardCount = options.shards ?? 1;
    this.heartbeatIntervalMs = options.heartbeatIntervalMs ?? HEARTBEAT_INTERVAL_MS;
    this.wss = new WebSocketServer({ server });
    this.wss.on('connection', (socket) => this.onConnection(socket));
    server.on('request', (req, res) => void this.onRequest(req, res));
  }

  /** Starts a fake on a free port of 127.0.0.1. */
  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const server = createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', resolve);
    });
    return new FakeDiscord(server, options);
  }

  private get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** The API base to configure (`DISCORD_API_BASE`): discord.js appends `/v10`. */
  get apiBase(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  /** The CDN base to configure (`DISCORD_CDN_BASE`): where this fake serves attachments. */
  get cdnBase(): string {
    return `http://127.0.0.1:${this.port}/cdn`;
  }

  /**
   * Serves `bytes` on the fake CDN and returns the attachment object Discord
   * would resolve for an interaction (`data.resolved.attachments[id]`); pass
   * it to `slashCommand`. Requests for it are recorded with the path
   * `/cdn/attachments/<id>/<filename>`.
   */
  attachment(filename: string, bytes: Uint8Array, options: AttachmentOptions = {}): AttachmentPayload {
    const id = nextSnowflake();
    // Kept by the decoded path, which is how requests are recorded.
    this.files.set(`/cdn/attachments/${id}/${filename}`, { bytes, options });
    const url = `http://127.0.0.1:${this.port}/cdn/attachments/${id}/${encodeURIComponent(filename)}`;
    return {
      id,
      filename,
      size: options.declaredSize ?? bytes.byteLength,
      url,
      proxy_url: url,
      ...(options.contentType === undefined ? {} : { content_type: options.contentType }),
      ephemeral: true,
    };
  }

  /** The CDN requests for `attachment` so far. */
  fetchesOf(attachment: AttachmentPayload): RecordedRequest[] {
    return this.requests.filter((r) => r.path === decodeURIComponent(new URL(attachment.url).pathname));
  }

  /** The gateway URL `GET /gateway/bot` answers (and READY's resume URL). */
  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  /** Whether a gateway connection is open. */
  get connected(): boolean {
    return this.socket !== undefined && this.socket.readyState === this.socket.OPEN;
  }

  // ---- faults --------------------------------------------------------------

  /** Serves `fault` instead of the normal answer to the next `times` (default 1) matching requests. */
  failNext(fault: RestFault): void {
    this.faults.push({ ...fault, remaining: fault.times ?? 1 });
  }

  /** Closes the gateway socket with `code` (4000: the client resumes; 1000: it re-identifies; 4004: fatal). */
  closeSocket(code = 4000): void {
    this.socket?.close(code, 'closed by the fake');
  }

  /** Drops the gateway connection without a close frame (the client sees 1006 and resumes). */
  terminate(): void {
    this.socket?.terminate();
  }

  /** Sends op 7 RECONNECT: the client reconnects and resumes. */
  requestReconnect(): void {
    this.send({ op: 7, d: null, s: null, t: null });
  }

  /** Stops answering heartbeats on the current connection (a zombie connection): the client closes it and resumes on a new one, which is answered. */
  missHeartbeats(): void {
    this.deaf = this.socket;
  }

  /** Sends op 9 INVALID SESSION; `resumable` false makes the client identify again. */
  invalidateSession(resumable = false): void {
    this.send({ op: 9, d: resumable, s: null, t: null });
  }

  // ---- dispatching ---------------------------------------------------------

  /** Dispatches an event (op 0). While disconnected it is only buffered, and replayed on RESUME. */
  dispatch(t: string, d: unknown): void {
    const event = { s: ++this.seq, t, d };
    this.buffer.push(event);
    if (this.connected) this.send({ op: 0, ...event });
  }

  /** The shard ids that have identified, in order (0 is the fake's main session). */
  get identifiedShards(): number[] {
    return [...(this.sessionId === '' ? [] : [0]), ...this.shardSessions.keys()].sort((a, b) => a - b);
  }

  /** Dispatches INTERACTION_CREATE to shard `shard` (> 0: a shard session of its own) and resolves to its first callback. */
  async interactOnShard(shard: number, interaction: { readonly id: string; readonly token: string }, timeoutMs = 5000): Promise<InteractionCallback> {
    if (shard === 0) return this.interact(interaction, timeoutMs);
    const session = this.shardSessions.get(shard);
    if (session === undefined) throw new Error(`fake discord: shard ${shard} has not identified`);
    const callback = this.nextCallback(interaction.id, timeoutMs);
    this.dispatchedAt.set(interaction.id, performance.now());
    session.socket.send(JSON.stringify({ op: 0, s: ++session.seq, t: 'INTERACTION_CREATE', d: interaction }));
    return callback;
  }

  /** Dispatches INTERACTION_CREATE for `interaction` and resolves to its first callback. */
  async interact(interaction: { readonly id: string; readonly token: string }, timeoutMs = 5000): Promise<InteractionCallback> {
    const callback = this.nextCallback(interaction.id, timeoutMs);
    this.dispatchedAt.set(interaction.id, performance.now());
    this.dispatch('INTERACTION_CREATE', interaction);
    return callback;
  }

  /** Resolves to the next callback for `interactionId` (one already received counts), or rejects after `timeoutMs`. */
  nextCallback(interactionId: string, timeoutMs = 5000): Promise<InteractionCallback> {
    return this.waitFor((c) => c.interactionId === interactionId, timeoutMs, `a callback for interaction ${interactionId}`);
  }

  /** Resolves to the first request matching `match` (one already received counts), or rejects after `timeoutMs`. */
  async waitForRequest(match: (r: RecordedRequest) => boolean, timeoutMs = 5000): Promise<RecordedRequest> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const found = this.requests.find(match);
      if (found !== undefined) return found;
      if (performance.now() > deadline) throw new Error('fake discord: no matching request in time');
      await new Promise((r) => setTimeout(r, 5));
    }
  }

  private waitFor(match: (c: InteractionCallback) => boolean, timeoutMs: number, what: string): Promise<InteractionCallback> {
    const already = this.callbacks.find(match);
    if (already !== undefined) return Promise.resolve(already);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        reject(new Error(`fake discord: no ${what} within ${timeoutMs} ms`));
      }, timeoutMs);
      const waiter = {
        match,
        resolve: (c: InteractionCallback) => {
          clearTimeout(timer);
          resolve(c);
        },
      };
      this.waiters.push(waiter);
    });
  }

  /** Resolves to the first message the bot created that matches `match` (one already created counts), or rejects after `timeoutMs`. */
  async waitForMessage(match: (m: Record<string, unknown>) => boolean, timeoutMs = 5000): Promise<Record<string, unknown>> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const found = this.channelMessages.find(match);
      if (found !== undefined) return found;
      if (performance.now() > deadline) throw new Error('fake discord: no matching message in time');
      await new Promise((r) => setTimeout(r, 5));
    }
  }

  /** Closes the gateway and the HTTP server, ending every socket. */
  async stop(): Promise<void> {
    for (const client of this.wss.clients) client.terminate();
    this.shardSessions.clear();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ---- gateway -------------------------------------------------------------

  private send(payload: unknown): void {
    if (this.connected) this.socket?.send(JSON.stringify(payload));
  }

  private onConnection(socket: WebSocket): void {
    // With one shard every connection is the main session; with several, IDENTIFY says which shard it is.
    if (this.shardCount === 1) this.socket = socket;
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: this.heartbeatIntervalMs }, s: null, t: null }));
    socket.on('close', (code) => this.closeCodes.push(code));
    socket.on('message', (raw) => {
      const frame = JSON.parse(String(raw)) as { op: number; d: unknown };
      this.gatewayOps.push(frame.op);
      if (this.shardCount > 1 && this.onShardFrame(socket, frame)) return;
      if (socket !== this.socket) return;
      if (frame.op === 1) {
        if (socket !== this.deaf) this.send({ op: 11, d: null, s: null, t: null });
      }
      else if (frame.op === 2) {
        this.identifies.push(frame.d as Record<string, unknown>);
        this.onIdentify();
      }
      else if (frame.op === 6) this.onResume(frame.d as { session_id: string; seq: number });
    });
  }

  /**
   * Frames of a sharded bot: IDENTIFY for shard 0 makes `socket` the main
   * session; IDENTIFY for another shard opens a session of its own, answered
   * here. Returns true when the frame was handled here.
   */
  private onShardFrame(socket: WebSocket, frame: { op: number; d: unknown }): boolean {
    if (frame.op === 2) {
      const shard = (frame.d as { shard?: [number, number] }).shard?.[0] ?? 0;
      if (shard === 0) {
        this.socket = socket;
        return false;
      }
      const session: ShardSession = { socket, sessionId: nextSnowflake(), seq: 0 };
      this.shardSessions.set(shard, session);
      const send = (t: string, d: unknown): void => socket.send(JSON.stringify({ op: 0, s: ++session.seq, t, d }));
      send('READY', { ...this.readyPayload(session.sessionId), shard: [shard, this.shardCount], guilds: [] });
      return true;
    }
    const session = [...this.shardSessions.values()].find((x) => x.socket === socket);
    if (session === undefined) return false;
    if (frame.op === 1) socket.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
    return true;
  }

  private readyPayload(sessionId: string): Record<string, unknown> {
    return {
      v: 10,
      user: { id: this.botUserId, username: 'policy-bot', discriminator: '0', global_name: null, avatar: null, bot: true },
      guilds: [{ id: this.guildId, unavailable: true }],
      session_id: sessionId,
      resume_gateway_url: this.gatewayUrl,
      application: { id: this.applicationId, flags: 0 },
      shard: [0, this.shardCount],
    };
  }

  /** When set, IDENTIFY is answered by closing the connection with this code (4004: the token was rejected) instead of READY. */
  refuseIdentify: number | undefined;

  private onIdentify(): void {
    if (this.refuseIdentify !== undefined) {
      this.socket?.close(this.refuseIdentify);
      return;
    }
    this.sessionId = nextSnowflake();
    this.seq = 0;
    this.buffer = [];
    this.dispatch('READY', this.readyPayload(this.sessionId));
    this.dispatch('GUILD_CREATE', this.guild());
  }

  private onResume(d: { session_id: string; seq: number }): void {
    if (d.session_id !== this.sessionId) {
      this.invalidateSession(false);
      return;
    }
    for (const event of this.buffer) if (event.s > d.seq) this.send({ op: 0, ...event });
    this.dispatch('RESUMED', null);
  }

  private guild(): Record<string, unknown> {
    return {
      id: this.guildId,
      name: 'Policy team',
      icon: null,
      owner_id: nextSnowflake(),
      unavailable: false,
      joined_at: new Date().toISOString(),
      large: false,
      member_count: 2,
      roles: [{ id: this.guildId, name: '@everyone', permissions: '0', position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 }],
      emojis: [],
      stickers: [],
      features: [],
      channels: [{ id: this.channelId, type: 0, name: 'general', position: 0, guild_id: this.guildId, permission_overwrites: [] }],
      threads: [],
      members: [],
      presences: [],
      voice_states: [],
      stage_instances: [],
      guild_scheduled_events: [],
      premium_tier: 0,
      preferred_locale: 'en-US',
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      mfa_level: 0,
      nsfw_level: 0,
      system_channel_flags: 0,
    };
  }

  /**
   * The next `times` matching requests find their keep-alive connection
   * closed, as when Discord closed an idle connection while the request was
   * on its way: the fake ends the connection as the request arrives, reads
   * nothing of it and answers nothing; it never counts as received (it is
   * listed in {@link closedOn} only).
   */
  closeConnectionOnNext(fault: ClosedConnectionFault): void {
    this.closers.push({ ...fault, remaining: fault.times ?? 1 });
  }

  // ---- REST ----------------------------------------------------------------

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const arrived = { method: req.method ?? 'GET', path: decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname.replace(/^\/api\/v\d+/u, '')) };
    const closer = this.closers.find((f) => (f.method === undefined || f.method === arrived.method) && (f.path === undefined || f.path.test(arrived.path)));
    if (closer !== undefined) {
      if (--closer.remaining <= 0) this.closers.splice(this.closers.indexOf(closer), 1);
      this.closedOn.push(arrived);
      req.socket.destroy();
      return;
    }
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const raw = Buffer.concat(chunks);
    const { body, files } = await parseBody(raw, req.headers['content-type']);
    const request: RecordedRequest = {
      method: req.method ?? 'GET',
      path: decodeURIComponent(url.pathname.replace(/^\/api\/v\d+/u, '')),
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      body,
      files,
      at: performance.now(),
    };
    this.requests.push(request);

    const fault = this.faults.find((f) => (f.method === undefined || f.method === request.method) && (f.path === undefined || f.path.test(request.path)));
    if (fault !== undefined) {
      if (--fault.remaining <= 0) this.faults.splice(this.faults.indexOf(fault), 1);
      const headers: Record<string, string> = fault.retryAfter === undefined ? {} : { 'retry-after': String(fault.retryAfter) };
      if (fault.global === true) headers['x-ratelimit-global'] = 'true';
      const body = fault.body ?? (fault.status === 429 ? { message: 'You are being rate limited.', retry_after: fault.retryAfter ?? 1, global: fault.global === true } : { message: 'injected fault', code: 0 });
      json(res, fault.status, body, headers);
      return;
    }
    this.route(request, res);
  }

  private route(r: RecordedRequest, res: ServerResponse): void {
    const { method, path } = r;
    let m: RegExpExecArray | null;
    if (method === 'GET' && path.startsWith('/cdn/')) {
      const file = this.files.get(path);
      if (file === undefined) return json(res, 404, { message: '404: Not Found', code: 0 });
      const { cutAfterBytes, announceLength } = file.options;
      res.writeHead(200, { 'content-type': 'application/octet-stream', ...(announceLength === true ? { 'content-length': String(file.bytes.byteLength) } : {}) });
      if (cutAfterBytes === undefined) res.end(file.bytes);
      else res.write(file.bytes.subarray(0, cutAfterBytes), () => res.destroy());
      return;
    }
    if (method === 'GET' && path === '/gateway/bot') {
      if (r.headers.authorization !== `Bot ${this.token}`) return json(res, 401, { message: '401: Unauthorized', code: 0 });
      return json(res, 200, {
        url: this.gatewayUrl,
        shards: this.shardCount,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 86_400_000, max_concurrency: 1 },
      });
    }
    if (method === 'PUT' && (m = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/u.exec(path))) {
      if (r.headers.authorization !== `Bot ${this.token}`) return json(res, 401, { message: '401: Unauthorized', code: 0 });
      const commands = Array.isArray(r.body) ? (r.body as Record<string, unknown>[]) : [];
      return json(res, 200, commands.map((c) => ({ ...c, id: nextSnowflake(), application_id: m?.[1], version: nextSnowflake(), ...(m?.[2] === undefined ? {} : { guild_id: m[2] }) })));
    }
    if (method === 'POST' && (m = /^\/interactions\/(\d+)\/([^/]+)\/callback$/u.exec(path))) {
      const callback: InteractionCallback = { interactionId: m[1] ?? '', token: m[2] ?? '', body: r.body as InteractionCallback['body'], request: r };
      this.callbacks.push(callback);
      for (const w of this.waiters.filter((w) => w.match(callback))) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve(callback);
      }
      const message = this.message(callback.token, callback.body.data ?? {});
      if (r.query['with_response'] === 'true') return json(res, 200, { interaction: { id: callback.interactionId, type: callback.body.type }, resource: { type: callback.body.type, message } });
      return json(res, 204, undefined);
    }
    if ((m = /^\/webhooks\/(\d+)\/([^/]+)\/messages\/([^/]+)$/u.exec(path))) {
      const key = m[2] ?? '';
      if (method === 'PATCH') return json(res, 200, this.message(key, r.body as Record<string, unknown>));
      if (method === 'GET') return json(res, 200, this.messages.get(key) ?? this.message(key, {}));
      if (method === 'DELETE') return json(res, 204, undefined);
    }
    if (method === 'POST' && (m = /^\/channels\/(\d+)\/messages$/u.exec(path))) {
      const body = withoutUndefined(r.body as Record<string, unknown>);
      delete body['allowed_mentions'];
      const message = this.botMessage({ ...body, channel_id: m[1], guild_id: this.guildId, type: body['message_reference'] === undefined ? 0 : 19, sent_allowed_mentions: (r.body as Record<string, unknown>)['allowed_mentions'] });
      this.channelMessages.push(message);
      const { sent_allowed_mentions: _sent, ...answer } = message;
      return json(res, 200, answer);
    }
    if (method === 'POST' && (m = /^\/channels\/(\d+)\/messages\/(\d+)\/threads$/u.exec(path))) {
      // Discord gives a thread started from a message the message's id.
      const thread = {
        id: m[2],
        type: 11,
        guild_id: this.guildId,
        parent_id: m[1],
        name: (r.body as { name?: string } | undefined)?.name ?? '',
        owner_id: this.botUserId,
        last_message_id: null,
        flags: 0,
        member_count: 1,
        message_count: 0,
        rate_limit_per_user: 0,
        thread_metadata: { archived: false, auto_archive_duration: 1440, archive_timestamp: new Date().toISOString(), locked: false },
      };
      this.threads.push(thread);
      return json(res, 201, thread);
    }
    if (method === 'POST' && (m = /^\/webhooks\/(\d+)\/([^/]+)$/u.exec(path))) {
      return json(res, 200, this.message(`${m[2] ?? ''}:${nextSnowflake()}`, r.body as Record<string, unknown>));
    }
    json(res, 404, { message: '404: Not Found', code: 0 });
  }

  /** A message payload as the bot's own, with `fields` over the defaults: for stored replies and for component interactions. */
  botMessage(fields: Record<string, unknown> = {}): Record<string, unknown> {
    return {
      id: nextSnowflake(),
      channel_id: this.channelId,
      author: { id: this.botUserId, username: 'policy-bot', discriminator: '0', global_name: null, avatar: null, bot: true },
      content: '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: [],
      components: [],
      pinned: false,
      type: 0,
      flags: 0,
      ...fields,
    };
  }

  /** A message object for what the bot sent, kept by key (the interaction token) so that later edits merge into it. */
  private message(key: string, data: Record<string, unknown>): Record<string, unknown> {
    const message = this.botMessage({ ...this.messages.get(key), ...withoutUndefined(data) });
    delete message['allowed_mentions'];
    this.messages.set(key, message);
    return message;
  }
}

function withoutUndefined(data: Record<string, unknown> | undefined): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data ?? {}).filter(([, v]) => v !== undefined));
}

/**
 * Parses a JSON body, or a multipart one (a message with files, as discord.js
 * sends it): its `payload_json` part is the body, its file parts are kept as
 * bytes. The multipart parsing is the platform's own (fetch's FormData).
 */
async function parseBody(raw: Buffer, contentType: string | undefined): Promise<{ body: unknown; files: RecordedFile[] }> {
  if (raw.byteLength === 0) return { body: undefined, files: [] };
  if (contentType?.startsWith('application/json') === true) return { body: JSON.parse(raw.toString('utf8')) as unknown, files: [] };
  if (contentType?.startsWith('multipart/form-data') !== true) return { body: raw.toString('utf8'), files: [] };
  const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
  const files: RecordedFile[] = [];
  let body: unknown;
  for (const [field, value] of form) {
    if (typeof value === 'string') {
      if (field === 'payload_json') body = JSON.parse(value) as unknown;
    } else {
      files.push({ field, name: value.name, contentType: value.type, bytes: new Uint8Array(await value.arrayBuffer()) });
    }
  }
  return { body, files };
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (status === 204 || body === undefined) {
    res.writeHead(status, headers).end();
    return;
  }
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
}
