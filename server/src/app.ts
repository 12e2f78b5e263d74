import { createServer, type Server as HttpServer } from "node:http";
import express, { type ErrorRequestHandler, type RequestHandler } from "express";
import helmet from "helmet";
import type { Redis } from "ioredis";
import { pinoHttp } from "pino-http";
import swaggerUi from "swagger-ui-express";
import type { Db } from "./db/database.js";
import type { RunUnit } from "./db/unit-of-work.js";
import {
  createLoginLimit,
  createPasswordHasher,
  type PasswordHashingLimits,
  requireStaff,
  type StaffSessions,
} from "./features/auth/index.js";
import {
  type CouponGuessLimits,
  couponAdminRoutes,
  couponPreviewRoutes,
  createCouponGuessLimit,
} from "./features/coupons/index.js";
import { healthRoutes } from "./features/health/index.js";
import {
  announceMenu,
  menuAdminRoutes,
  menuFirstScreen,
  menuPhotoRoutes,
  menuPhotoUploadRoute,
  menuRoutes,
} from "./features/menu/index.js";
import { type PushEndpointPolicy, pushRoutes, type VapidKeys } from "./features/notifications/index.js";
import {
  createOrderLimit,
  dinerOrderRoutes,
  merchantOrderRoutes,
  waitRoutes,
} from "./features/orders/index.js";
import {
  dinerPaymentRoutes,
  dinerTabBillRoutes,
  merchantPaymentRoutes,
  merchantTabBillRoutes,
  type PaymentProvider,
  refundOnCancel,
  sandboxRoutes,
  webhookRoutes,
} from "./features/payments/index.js";
import { printingRoutes } from "./features/printing/index.js";
import type { QueueViewer } from "./features/queues/index.js";
import { dinerRatingRoutes, merchantRatingRoutes } from "./features/ratings/index.js";
import { receiptRoutes } from "./features/receipts/index.js";
import { reportsRoutes } from "./features/reports/index.js";
import { dinerServiceRoutes, merchantServiceRoutes } from "./features/service-requests/index.js";
import { boardSettingsRoutes, shopSettingsRoutes } from "./features/shops/index.js";
import { signInRoutes, staffRoutes } from "./features/staff/index.js";
import { stationRoutes } from "./features/stations/index.js";
import { createCartLimit } from "./features/table-cart/index.js";
import { endTab, loadTab, tabRoutes } from "./features/table-tab/index.js";
import { replacedCodeRoutes, sittingsRoutes, tablesRoutes } from "./features/tables/index.js";
import { apiNotFound, errorHandler, requireJson } from "./http/errors.js";
import { buildOpenApiDocument } from "./http/openapi.js";
import type { SendCommand } from "./http/rate-limit.js";
import { requireSameOrigin } from "./http/same-origin.js";
import { serveWebApps, type WebRoots } from "./http/web-apps.js";
import type { MessageTransport } from "./lib/transports.js";
import type { Logger } from "./logger.js";
import { credentialEnds } from "./realtime/credentials.js";
import { createPublisher, type Publisher } from "./realtime/publisher.js";
import { createRealtimeServer, type RealtimeServer, realtimeAudiences } from "./realtime/server.js";

export interface AppDeps {
  db: Db;
  redis: Redis;
  session: RequestHandler;
  /** Looks stored sessions up for the staff sockets they admitted. */
  staffSessions: Pick<StaffSessions, "find" | "endsAt">;
  /** The longest a staff socket goes without looking its session up again (default 30 s). */
  sessionRecheckMs?: number;
  logger: Logger;
  clock: () => number;
  publicUrl: string;
  /** Prefix for this deployment's Redis keys (rate-limit counters). */
  redisPrefix: string;
  /** Redis for rate-limit counters: a client that fails at once while Redis is away. */
  rateLimitCommand: SendCommand;
  /** Express "trust proxy" (TRUST_PROXY): decides the client address rate limits count by. */
  trustProxy: boolean | number | string;
  /** Orders per minute per table code and per client address. */
  orderLimits: { perTable: number; perAddress: number };
  /** Wrong coupon codes per 15 minutes per table code, diner app and client address. */
  couponGuessLimits: CouponGuessLimits;
  /** Shared-cart events per table code per minute. */
  cartLimitPerTable: number;
  /** How many password hashes run at once and how many may wait (sign-in, password change, invitations). */
  passwordHashing: PasswordHashingLimits;
  /** Where staff invitations are emailed. */
  email: MessageTransport;
  paymentTimeoutMs: number;
  /** Runs one change in a transaction, then what was registered to follow its commit. */
  runUnit: RunUnit;
  /** Payment providers by name; `sandbox` is the default for online payments. */
  providers: Record<string, PaymentProvider>;
  vapid: VapidKeys;
  /** Which Web Push endpoints diners may subscribe with (public push services only). */
  pushEndpoints: PushEndpointPolicy;
  webRoots?: WebRoots;
  /** bull-board, mounted in the merchant area before the console's own pages. */
  queueDashboard?: {
    path: string;
    handlers: (RequestHandler | ErrorRequestHandler | express.Router)[];
    allows: (staff: QueueViewer) => boolean;
  };
}

export interface App {
  httpServer: HttpServer;
  io: RealtimeServer;
  publisher: Publisher;
}

/** Wires Express and Socket.IO onto one HTTP server. Listening is the caller's job. */
export function createApp(deps: AppDeps): App {
  const app = express();
  const httpServer = createServer(app);
  const io = createRealtimeServer({
    httpServer,
    session: deps.session,
    sessions: deps.staffSessions,
    ...(deps.sessionRecheckMs ? { sessionRecheckMs: deps.sessionRecheckMs } : {}),
    db: deps.db,
    publicUrl: deps.publicUrl,
    clock: deps.clock,
    cartLimit: createCartLimit({
      redis: deps.redis,
      prefix: deps.redisPrefix,
      perMinute: deps.cartLimitPerTable,
    }),
  });
  const publisher = createPublisher(realtimeAudiences(io));
  const credentials = credentialEnds(io);
  const routeDeps = { ...deps, publisher, credentials };
  const secure = deps.publicUrl.startsWith("https://");

  app.disable("x-powered-by");
  app.set("trust proxy", deps.trustProxy);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          upgradeInsecureRequests: secure ? [] : null,
          // Nothing a page shows comes from another host (helmet's defaults allow any https: font or style).
          fontSrc: ["'self'", "data:"],
          styleSrc: ["'self'", "'unsafe-inline'"],
        },
      },
      strictTransportSecurity: secure,
    }),
  );

  const api = express.Router();
  api.use(
    pinoHttp({
      logger: deps.logger,
      autoLogging: { ignore: (req) => req.url === "/api/health" },
      // Method, path and status are enough; headers would log session cookies.
      serializers: {
        req: (req: { method: string; url: string }) => ({ method: req.method, url: req.url }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    }),
  );
  // Webhooks read their raw body for signature checks, and photos are uploaded as bytes, so both come
  // before the JSON parser.
  api.use(webhookRoutes(deps));
  const sameOrigin = requireSameOrigin(deps.publicUrl);
  api.use(menuPhotoUploadRoute(routeDeps, [sameOrigin, deps.session, requireStaff]));
  api.use(requireJson, express.json({ limit: "32kb", strict: true }));
  api.use(healthRoutes(deps));
  api.get("/openapi.json", (_req, res) => res.json(buildOpenApiDocument(deps.publicUrl)));
  api.use(
    "/docs",
    swaggerUi.serve,
    swaggerUi.setup(undefined, { swaggerOptions: { url: "/api/openapi.json" } }),
  );
  api.use(replacedCodeRoutes(deps), menuRoutes(deps), menuPhotoRoutes(deps), tabRoutes(deps));
  const limitCounters = { sendCommand: deps.rateLimitCommand, prefix: deps.redisPrefix };
  const couponGuesses = createCouponGuessLimit({ ...limitCounters, ...deps.couponGuessLimits });
  api.post("/orders", createOrderLimit({ ...limitCounters, ...deps.orderLimits }), couponGuesses);
  api.use(dinerOrderRoutes(routeDeps), waitRoutes(deps));
  api.post("/coupons/preview", couponGuesses);
  api.use(couponPreviewRoutes(routeDeps));
  const paymentDeps = routeDeps;
  api.use(dinerPaymentRoutes(paymentDeps), dinerTabBillRoutes(paymentDeps));
  api.use(dinerRatingRoutes(deps), receiptRoutes(deps));
  api.use(dinerServiceRoutes(routeDeps));
  api.use(pushRoutes(deps));
  const onLogout = credentials.session;
  const onStaffChanged = credentials.staff;
  const canSeeQueues = (staff: QueueViewer) => deps.queueDashboard?.allows(staff) ?? false;
  const passwords = createPasswordHasher(deps.passwordHashing);
  const loginLimit = createLoginLimit({ sendCommand: deps.rateLimitCommand, prefix: deps.redisPrefix });
  api.use(
    "/auth",
    sameOrigin,
    deps.session,
    signInRoutes({ ...deps, passwords, loginLimit, onLogout, onStaffChanged, canSeeQueues }),
  );
  api.use(
    "/merchant",
    sameOrigin,
    deps.session,
    requireStaff,
    merchantOrderRoutes({ ...routeDeps, refundOnCancel }),
    boardSettingsRoutes(routeDeps),
    shopSettingsRoutes({
      ...routeDeps,
      announceShop: (shopId, shop) => announceMenu(routeDeps, shopId, shop),
    }),
    merchantPaymentRoutes(paymentDeps),
    merchantTabBillRoutes(paymentDeps),
    tablesRoutes(routeDeps),
    sittingsRoutes({ ...routeDeps, onSittingClosed: (table) => endTab(routeDeps, table) }),
    staffRoutes({ ...deps, onStaffChanged }),
    menuAdminRoutes(routeDeps),
    reportsRoutes(routeDeps),
    merchantRatingRoutes(deps),
    couponAdminRoutes(routeDeps),
    merchantServiceRoutes(routeDeps),
    stationRoutes(routeDeps),
    printingRoutes(routeDeps),
  );
  api.use(apiNotFound);
  api.use(errorHandler(deps.logger));
  app.use("/api", api);
  app.use("/sandbox-pay", sandboxRoutes(deps));
  if (deps.queueDashboard) app.use(deps.queueDashboard.path, ...deps.queueDashboard.handlers);

  if (deps.webRoots) {
    const menuPage = menuFirstScreen({
      db: deps.db,
      clock: deps.clock,
      customerRoot: deps.webRoots.customer,
      tabOf: (table) => loadTab(deps.db, table),
    });
    serveWebApps(app, deps.webRoots, deps.logger, [{ path: "/t/:token", render: menuPage }]);
  }
  return { httpServer, io, publisher };
}
