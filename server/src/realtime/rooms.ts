/** Room names. Staff join their shop's room; a diner's socket joins only its own order's room. */
export const shopRoom = (shopId: string) => `shop:${shopId}`;
export const orderRoom = (orderId: string) => `order:${orderId}`;
export const sessionRoom = (sessionId: string) => `session:${sessionId}`;
export const staffRoom = (staffId: string) => `staff:${staffId}`;
