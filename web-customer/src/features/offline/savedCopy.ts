/** Set by the service worker on a menu it answered from its cache because the network did not answer. */
export const SAVED_COPY_HEADER = "X-TableTap-Saved-Copy";
