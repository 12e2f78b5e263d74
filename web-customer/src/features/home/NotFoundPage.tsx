import { Link } from "wouter";
import { QrIcon } from "../../components/Icons";
import { StatusScreen } from "../../components/StatusScreen";
import { text } from "../../lib/text";

export function NotFoundPage() {
  return (
    <StatusScreen
      icon={<QrIcon />}
      title={text.notFound.title}
      action={
        <Link href="/" className="secondary-button">
          {text.notFound.home}
        </Link>
      }
    >
      <p>{text.notFound.body}</p>
    </StatusScreen>
  );
}
