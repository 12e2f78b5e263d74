/** Room names. Staff join their shop's room; a diner's socket joins only its own order's room. */
export const shopRoom = (shopId: string) => `shop:${shopId}`;
/** Open menu pages of one shop, whichever table's code opened them. */
export const menuRoom = (shopId: string) => `menu:${shopId}`;
export const orderRoom = (orderId: string) => `order:${orderId}`;
export const sessionRoom = (sessionId: string) => `session:${sessionId}`;
export const staffRoom = (staffId: string) => `staff:${staffId}`;
/** Every phone at one table (not the counter): its shared cart and its tab. */
export const tableRoom = (tableId: string) => `table:${tableId}`;
