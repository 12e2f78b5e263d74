import { useState } from "react";
import { ShareIcon } from "../../components/PageIcons";
import { t } from "../language/i18n";

type Outcome = "idle" | "copied" | "failed";

/**
 * The phone's own share sheet where there is one (Web Share API), otherwise the link goes to the
 * clipboard. Only the page's own address is shared: it carries the receipt token and nothing else.
 */
export function ShareReceipt({ shopName }: { shopName: string }) {
  const [outcome, setOutcome] = useState<Outcome>("idle");
  const share = async () => {
    const url = window.location.href;
    const data = { title: t("receipt.shareTitle", { shop: shopName }), url };
    if (typeof navigator.share === "function" && (navigator.canShare?.(data) ?? true)) {
      try {
        await navigator.share(data);
        return;
      } catch (error) {
        // The diner closed the share sheet: nothing to report.
        if (error instanceof DOMException && error.name === "AbortError") return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      setOutcome("copied");
    } catch {
      setOutcome("failed");
    }
  };
  return (
    <div className="receipt-share">
      <button type="button" className="primary-button" onClick={() => void share()}>
        <ShareIcon className="button-icon" />
        {t("receipt.share")}
      </button>
      <p className="receipt-share__status" role="status">
        {outcome === "copied" ? t("receipt.copied") : outcome === "failed" ? t("receipt.copyFailed") : ""}
      </p>
    </div>
  );
}
