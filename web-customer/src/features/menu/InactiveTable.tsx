import { QrIcon } from "../../components/Icons";
import { StatusScreen } from "../../components/StatusScreen";
import { text } from "../../lib/text";

/** An unknown, rotated or switched-off QR code: nothing to order from, and staff are the way forward. */
export function InactiveTable() {
  return (
    <StatusScreen icon={<QrIcon />} title={text.menu.inactiveTitle} tone="warning">
      <p>{text.menu.inactiveBody}</p>
    </StatusScreen>
  );
}
