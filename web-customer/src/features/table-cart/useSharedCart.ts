import {
  type Ack,
  type CartSubmitted,
  MAX_QUANTITY,
  type MenuItem,
  randomId,
  type TableCart,
  type TableCartLine,
  type TableMenu,
} from "@tabletap/shared";
import { useCallback, useRef, useState } from "react";
import { errorText } from "../../lib/errorText";
import { saveOrder } from "../../lib/orderStore";
import type { DinerSocket } from "../../lib/socket";
import { useTableSocket } from "../../lib/useTableSocket";
import type { CartApi } from "../cart/useCart";
import { t } from "../language/i18n";
import { type CartMessage, emitCartChange } from "./cartEmit";
import { loadNickname, saveNickname } from "./nickname";
import { queuedLine } from "./queuedAdds";
import {
  type LocalPart,
  ownSameLine,
  type PendingChange,
  type Submission,
  toCart,
  withPending,
} from "./sharedLines";
import { type NotAdded, useQueuedAdds } from "./useQueuedAdds";

export interface SharedCartApi extends CartApi {
  nickname: string;
  setNickname: (name: string) => void;
  /** The latest order placed from this cart by anyone at the table, until dismissed. */
  submitted: CartSubmitted | null;
  dismissSubmitted: () => void;
  /** The last refusal or connection problem, in words for the diner; cleared by the next success. */
  problem: string | null;
  /** How many dishes added offline wait on this phone to be sent. */
  kept: number;
  /** Dishes added offline that the server refused once they were sent. */
  notAdded: NotAdded[];
  dismissNotAdded: () => void;
}

/** The cart before the server's first answer, so what a diner adds offline shows at once. */
const emptyCart: TableCart = { tableId: "", version: 0, lines: [], lastSubmission: null };

/**
 * One cart for everyone at a table, over the table page's socket: every change goes to the server, which
 * applies changes in order and sends the whole cart (with a version) to every phone. A phone keeps the
 * newest version it has seen, and asks for the cart again whenever it (re)connects. Dishes added while the
 * connection is down are kept on the phone and sent when it returns; changes to lines already in the
 * table's cart need the connection and are refused in words meanwhile, never dropped silently.
 */
export function useSharedCart(
  menu: TableMenu,
  tableToken: string,
  enabled: boolean,
  items: ReadonlyMap<string, MenuItem>,
): SharedCartApi {
  const [shared, setShared] = useState<TableCart | null>(null);
  const [local, setLocal] = useState<LocalPart>({ note: "", payment: null });
  const [submission, setSubmission] = useState<Submission | null>(null);
  const [nickname, setNicknameState] = useState(loadNickname);
  const [submitted, setSubmitted] = useState<CartSubmitted | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, setPending] = useState<PendingChange[]>([]);
  const nextChangeId = useRef(0);
  const socketRef = useRef<DinerSocket | null>(null);
  const menuRef = useRef(menu);
  menuRef.current = menu;

  const accept = useCallback((cart: TableCart) => {
    setShared((current) => (current && current.version > cart.version ? current : cart));
  }, []);
  const kept = useQueuedAdds(tableToken, accept);
  const { flush } = kept;

  const follow = useCallback(
    (socket: DinerSocket) => {
      socketRef.current = socket;
      const sync = () => {
        socket.emit("cart:sync", (ack: Ack<TableCart>) => {
          if (ack.ok) accept(ack.data);
        });
        void flush(socket);
      };
      const onSubmitted = (news: CartSubmitted) => {
        rememberOrder(menuRef.current, tableToken, news);
        setSubmitted(news);
        accept(news.cart);
      };
      socket.on("connect", sync);
      socket.on("cart:updated", accept);
      socket.on("cart:submitted", onSubmitted);
      if (socket.connected) sync();
      return () => {
        socket.off("connect", sync);
        socket.off("cart:updated", accept);
        socket.off("cart:submitted", onSubmitted);
        socketRef.current = null;
      };
    },
    [tableToken, accept, flush],
  );
  useTableSocket(tableToken, enabled, follow);

  const live = () => {
    const socket = socketRef.current;
    return socket?.connected && navigator.onLine ? socket : null;
  };

  const send = (message: CartMessage, change: PendingChange) => {
    const socket = live();
    if (!socket) return setProblem(t("liveCart.changeNeedsConnection"));
    setPending((current) => [...current, change]);
    emitCartChange(socket, message).then(
      (result) => {
        setPending((current) => current.filter((other) => other.id !== change.id));
        if (result.ok) {
          setProblem(null);
          return accept(result.data);
        }
        setProblem(errorText(result.error));
        socket.emit("cart:sync", (ack: Ack<TableCart>) => ack.ok && accept(ack.data));
      },
      () => {
        setPending((current) => current.filter((other) => other.id !== change.id));
        // An add whose answer was lost is kept and sent again with its own id: at most one line results.
        if (change.kind === "add") return keep(change.line);
        setProblem(t("tableCart.offline"));
      },
    );
  };

  const keep = (line: TableCartLine) => {
    const { id, addedBy, name, ...rest } = line;
    kept.enqueue({ line: { lineId: id, ...rest, nickname: addedBy }, name });
    setProblem(null);
    const socket = live();
    if (socket) void flush(socket);
  };

  const keptChanges = kept.queue.map(
    (entry, index): PendingChange => ({ id: -1 - index, kind: "add", line: queuedLine(entry) }),
  );
  const cart = toCart(
    withPending(shared ?? (keptChanges.length > 0 ? emptyCart : null), [...keptChanges, ...pending]),
    items,
    local,
    submission,
  );
  const version = shared?.version ?? 0;
  const clamp = (quantity: number) => Math.min(MAX_QUANTITY, Math.max(1, Math.round(quantity)));
  const changeId = () => ++nextChangeId.current;
  const setQuantity = (lineId: string, wanted: number) => {
    const quantity = clamp(wanted);
    if (kept.isQueued(lineId)) return kept.setQuantity(lineId, quantity);
    send(
      { event: "cart:set-quantity", payload: { lineId, quantity } },
      { id: changeId(), kind: "setQuantity", lineId, quantity },
    );
  };

  return {
    cart,
    add: (line) => {
      const mine = ownSameLine(cart, line, nickname);
      // Offline, only a kept line can grow; a line already in the table's cart gets a kept twin instead.
      if (mine && (live() || kept.isQueued(mine.key)))
        return setQuantity(mine.key, mine.quantity + line.quantity);
      const added = {
        id: randomId(),
        itemId: line.itemId,
        name: line.name,
        quantity: clamp(line.quantity),
        optionIds: line.optionIds,
        note: line.note.trim(),
        addedBy: nickname,
      };
      if (!live()) return keep(added);
      const { id, addedBy, name: _name, ...rest } = added;
      const payload = { lineId: id, ...rest, nickname: addedBy };
      send({ event: "cart:add-line", payload }, { id: changeId(), kind: "add", line: added });
    },
    setQuantity,
    remove: (lineId) =>
      kept.isQueued(lineId)
        ? kept.drop(lineId)
        : send(
            { event: "cart:remove-line", payload: { lineId } },
            { id: changeId(), kind: "remove", lineId },
          ),
    // Kept picks are not in the table's cart yet: an order now would leave them out.
    pending: pending.length > 0 || kept.queue.length > 0,
    setNote: (note) => setLocal((current) => ({ ...current, note })),
    setPayment: (payment) => setLocal((current) => ({ ...current, payment })),
    beginSubmission: () => {
      // One key per version of the cart (and note and way to pay): a double tap or retry is one order.
      const key = cart.submissionKey ?? randomId();
      setSubmission({ key, version, note: local.note, payment: local.payment });
      return key;
    },
    // The server emptied the cart with the order; only this phone's own note and choice remain to reset.
    clear: () => setLocal({ note: "", payment: null }),
    sharedClaim: () => ({ version, nickname }),
    nickname,
    setNickname: (name) => setNicknameState((current) => saveNickname(name, current)),
    submitted,
    dismissSubmitted: () => setSubmitted(null),
    problem,
    kept: kept.queue.length,
    notAdded: kept.notAdded,
    dismissNotAdded: kept.dismissNotAdded,
  };
}

/** Everyone at the table can follow the order they shared, from this phone's order list too. */
function rememberOrder(menu: TableMenu, tableToken: string, news: CartSubmitted) {
  saveOrder(news.submission.orderId, {
    orderToken: news.orderToken,
    shopName: menu.shop.name,
    locale: menu.shop.locale,
    timezone: menu.shop.timezone,
    menuPath: `/t/${tableToken}`,
    pickupNumber: news.submission.pickupNumber,
    createdAt: news.submission.at,
  });
}
