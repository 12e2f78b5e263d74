import type { Config } from "../../config.js";
import type { Db } from "../../db/database.js";
import { createAlipayProvider } from "./alipay/alipay.provider.js";
import type { PaymentProvider } from "./provider.js";
import { createSandboxProvider, sandboxSecretFrom } from "./sandbox/sandbox.provider.js";
import { createStripeProvider } from "./stripe/stripe.provider.js";

/** Every provider this deployment is configured for, by name. The sandbox is always there. */
export function createProviders(deps: {
  config: Config;
  db: Db;
  clock: () => number;
}): Record<string, PaymentProvider> {
  const { config, db, clock } = deps;
  const providers: Record<string, PaymentProvider> = {
    sandbox: createSandboxProvider({
      db,
      publicUrl: config.publicUrl,
      secret: sandboxSecretFrom(config.sessionSecret),
      clock,
    }),
  };
  if (config.stripe) providers.stripe = createStripeProvider({ config: config.stripe, db, clock });
  if (config.alipay) {
    providers.alipay = createAlipayProvider({
      config: config.alipay,
      db,
      clock,
      publicUrl: config.publicUrl,
    });
  }
  return providers;
}
