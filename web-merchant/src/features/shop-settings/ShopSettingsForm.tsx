import {
  type PaymentMode,
  paymentModes,
  type ShopSettings,
  type ShopSettingsChange,
  type ShopSettingsView,
} from "@tabletap/shared";
import { type FormEvent, useMemo, useState } from "react";
import { FormMessages } from "../shell/FormMessages";
import { paymentModeLabels, providerLabels } from "./labels";
import { shopSettingsApi } from "./shopSettingsApi";

const settingKeys = ["paymentMode", "paymentProvider", "timezone", "currency"] as const;

/** Only what the owner changed is sent, so a field they left alone is never refused for someone else's reason. */
function changesOf(saved: ShopSettings, draft: ShopSettings): ShopSettingsChange {
  const change: Record<string, string> = {};
  for (const key of settingKeys) if (draft[key] !== saved[key]) change[key] = draft[key];
  return change as ShopSettingsChange;
}

export function ShopSettingsForm({
  view,
  onSaved,
}: {
  view: ShopSettingsView;
  onSaved: (view: ShopSettingsView) => Promise<void>;
}) {
  const [draft, setDraft] = useState<ShopSettings>(view);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const timeZones = useMemo(() => Intl.supportedValuesOf("timeZone"), []);
  const change = changesOf(view, draft);
  const providers = view.availableProviders.includes(view.paymentProvider as never)
    ? view.availableProviders
    : [view.paymentProvider, ...view.availableProviders];
  const set = <K extends keyof ShopSettings>(key: K, value: ShopSettings[K]) => {
    setDraft((current) => ({ ...current, [key]: value }));
    setNotice(null);
  };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const result = await shopSettingsApi.change(change);
    setBusy(false);
    if (!result.ok) return setError(result.error.message);
    setDraft(result.data);
    await onSaved(result.data);
    setNotice("Saved. New orders use these settings; open menus update now.");
  }

  return (
    <form className="panel shop-settings-form" onSubmit={submit}>
      <fieldset className="choice-group">
        <legend>How guests pay</legend>
        {paymentModes.map((mode: PaymentMode) => (
          <label key={mode} className={mode === draft.paymentMode ? "choice-card is-chosen" : "choice-card"}>
            <input
              type="radio"
              name="paymentMode"
              value={mode}
              checked={mode === draft.paymentMode}
              onChange={() => set("paymentMode", mode)}
            />
            <strong>{paymentModeLabels[mode].name}</strong>
            <small>{paymentModeLabels[mode].hint}</small>
          </label>
        ))}
      </fieldset>
      <label className="field">
        <span>Online payment provider</span>
        <select
          value={draft.paymentProvider}
          onChange={(event) => set("paymentProvider", event.target.value)}
        >
          {providers.map((name) => (
            <option key={name} value={name} disabled={!view.availableProviders.includes(name as never)}>
              {providerLabels[name] ?? name}
              {view.availableProviders.includes(name as never) ? "" : " — no keys on this server"}
            </option>
          ))}
        </select>
        <small className="field-hint">Only providers this server has keys for can be chosen.</small>
      </label>
      <div className="settings-row">
        <label className="field">
          <span>Time zone</span>
          <select value={draft.timezone} onChange={(event) => set("timezone", event.target.value)}>
            {!timeZones.includes(draft.timezone) && <option value={draft.timezone}>{draft.timezone}</option>}
            {timeZones.map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </select>
          <small className="field-hint">Business days, reports and exported times follow it.</small>
        </label>
        <label className="field">
          <span>Currency (ISO code)</span>
          <input
            value={draft.currency}
            maxLength={3}
            autoCapitalize="characters"
            spellCheck={false}
            onChange={(event) => set("currency", event.target.value.toUpperCase())}
          />
          <small className="field-hint">
            Prices keep their numbers, so only a currency with the same decimals can replace it.
          </small>
        </label>
      </div>
      <FormMessages error={error} notice={notice} />
      <div className="settings-actions">
        <button
          className="button button-primary"
          type="submit"
          disabled={busy || Object.keys(change).length === 0}
        >
          {busy ? "Saving…" : "Save settings"}
        </button>
        <span className="field-hint">Applies to new orders only.</span>
      </div>
    </form>
  );
}
