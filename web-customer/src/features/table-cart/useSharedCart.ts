import {
  type Ack,
  type CartSubmitted,
  MAX_QUANTITY,
  type MenuItem,
  type TableCart,
  type TableMenu,
} from "@tabletap/shared";
import { useCallback, useEffect, useRef, useState } from "react";
import { saveOrder } from "../../lib/orderStore";
import { randomId } from "../../lib/randomId";
import type { DinerSocket } from "../../lib/socket";
import { text } from "../../lib/text";
import type { CartApi } from "../cart/useCart";
import { loadNickname, saveNickname } from "./nickname";
import {
  type LocalPart,
  ownSameLine,
  type PendingChange,
  type Submission,
  toCart,
  withPending,
} from "./sharedLines";

export interface SharedCartApi extends CartApi {
  nickname: string;
  setNickname: (name: string) => void;
  /** The latest order placed from this cart by anyone at the table, until dismissed. */
  submitted: CartSubmitted | null;
  dismissSubmitted: () => void;
  /** The last refusal or connection problem, in words for the diner; cleared by the next success. */
  problem: string | null;
}

type CartEvent = "cart:add-line" | "cart:set-quantity" | "cart:remove-line";

/**
 * One cart for everyone at a table, over the table page's socket: every change goes to the server, which
 * applies changes in order and sends the whole cart (with a version) to every phone. A phone keeps the
 * newest version it has seen, and asks for the cart again whenever it (re)connects.
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

  useEffect(() => {
    if (!enabled) return;
    let stopped = false;
    let stop = () => {};
    void import("../../lib/socket").then(({ takeTableSocket }) => {
      if (stopped) return;
      const { socket, release } = takeTableSocket(tableToken);
      socketRef.current = socket;
      const sync = () =>
        socket.emit("cart:sync", (ack: Ack<TableCart>) => {
          if (ack.ok) accept(ack.data);
        });
      const onSubmitted = (news: CartSubmitted) => {
        rememberOrder(menuRef.current, tableToken, news);
        setSubmitted(news);
        accept(news.cart);
      };
      socket.on("connect", sync);
      socket.on("cart:updated", accept);
      socket.on("cart:submitted", onSubmitted);
      if (socket.connected) sync();
      stop = () => {
        socket.off("connect", sync);
        socket.off("cart:updated", accept);
        socket.off("cart:submitted", onSubmitted);
        socketRef.current = null;
        release();
      };
    });
    return () => {
      stopped = true;
      stop();
    };
  }, [tableToken, enabled, accept]);

  const send = (event: CartEvent, payload: object, change: PendingChange) => {
    const socket = socketRef.current;
    if (!socket?.connected) {
      setProblem(text.tableCart.offline);
      return;
    }
    setPending((current) => [...current, change]);
    const untyped = socket as unknown as {
      timeout(ms: number): {
        emit(
          event: CartEvent,
          payload: object,
          ack: (error: Error | null, result: Ack<TableCart>) => void,
        ): void;
      };
    };
    untyped.timeout(8000).emit(event, payload, (error, result) => {
      setPending((current) => current.filter((other) => other.id !== change.id));
      if (error) return setProblem(text.tableCart.offline);
      if (result.ok) {
        setProblem(null);
        return accept(result.data);
      }
      setProblem(result.error.message);
      socket.emit("cart:sync", (ack: Ack<TableCart>) => ack.ok && accept(ack.data));
    });
  };

  const cart = toCart(withPending(shared, pending), items, local, submission);
  const version = shared?.version ?? 0;
  const clamp = (quantity: number) => Math.min(MAX_QUANTITY, Math.max(1, Math.round(quantity)));
  const changeId = () => ++nextChangeId.current;
  const setQuantity = (lineId: string, wanted: number) => {
    const quantity = clamp(wanted);
    send(
      "cart:set-quantity",
      { lineId, quantity },
      { id: changeId(), kind: "setQuantity", lineId, quantity },
    );
  };

  return {
    cart,
    add: (line) => {
      const mine = ownSameLine(cart, line, nickname);
      if (mine) return setQuantity(mine.key, mine.quantity + line.quantity);
      const added = {
        id: randomId(),
        itemId: line.itemId,
        name: line.name,
        quantity: clamp(line.quantity),
        optionIds: line.optionIds,
        note: line.note.trim(),
        addedBy: nickname,
      };
      const { id, addedBy, name: _name, ...rest } = added;
      const payload = { lineId: id, ...rest, nickname: addedBy };
      send("cart:add-line", payload, { id: changeId(), kind: "add", line: added });
    },
    setQuantity,
    remove: (lineId) => send("cart:remove-line", { lineId }, { id: changeId(), kind: "remove", lineId }),
    pending: pending.length > 0,
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
