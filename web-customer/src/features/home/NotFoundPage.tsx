import { Link } from "wouter";
import { QrIcon } from "../../components/Icons";
import { StatusScreen } from "../../components/StatusScreen";
import { listStoredOrders } from "../../lib/orderStore";
import { text } from "../../lib/text";
import { LanguageSwitch } from "../language/LanguageSwitch";

/** Unknown paths and mangled links: say so in the diner's language and offer a way on. */
export function NotFoundPage() {
  const hasOrders = listStoredOrders().length > 0;
  return (
    <>
      <div className="screen-corner">
        <LanguageSwitch />
      </div>
      <StatusScreen
        icon={<QrIcon />}
        title={text.notFound.title}
        action={
          <>
            {hasOrders ? (
              <Link href="/orders" className="secondary-button">
                {text.notFound.orders}
              </Link>
            ) : null}
            <Link href="/" className="secondary-button">
              {text.notFound.home}
            </Link>
          </>
        }
      >
        <p>{text.notFound.body}</p>
      </StatusScreen>
    </>
  );
}
