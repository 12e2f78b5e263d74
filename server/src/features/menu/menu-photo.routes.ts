import { MENU_PHOTO_MAX_BYTES } from "@tabletap/shared";
import express, { type ErrorRequestHandler, type RequestHandler, Router } from "express";
import { sendFailure } from "../../http/error-status.js";
import { HttpError } from "../../http/errors.js";
import { currentStaff, requirePermission } from "../auth/index.js";
import { changeMenu, type MenuChangeDeps } from "./menu-changes.js";
import { setItemPhoto } from "./menu-edit.repository.js";
import { PHOTO_ID, photoUrl, preparePhoto } from "./menu-photos.js";
import { findPhoto, savePhoto } from "./menu-photos.repository.js";

const megabytes = MENU_PHOTO_MAX_BYTES / (1024 * 1024);

// Any declared type is read: the bytes decide what the file is, not its name or Content-Type.
const readPhoto = express.raw({ type: () => true, limit: MENU_PHOTO_MAX_BYTES });

const tooLarge: ErrorRequestHandler = (error, _req, _res, next) => {
  if ((error as { type?: string }).type === "entity.too.large") {
    return next(
      new HttpError(
        413,
        "payload_too_large",
        `Photos can be up to ${megabytes} MB; please choose a smaller one`,
      ),
    );
  }
  next(error);
};

/**
 * `PUT /api/merchant/menu/items/:id/photo` with the image itself as the body (JPEG, PNG, WebP, GIF, AVIF).
 * Mounted ahead of the JSON parser; `guards` are the same origin, session and staff checks as the rest of
 * the merchant API.
 */
export function menuPhotoUploadRoute(deps: MenuChangeDeps, guards: RequestHandler[]): Router {
  const router = Router();
  const upload: RequestHandler<{ id: string }> = async (req, res) => {
    const { shopId } = currentStaff(res.locals);
    if (!Buffer.isBuffer(req.body) || req.body.length === 0) {
      throw new HttpError(400, "bad_request", "Send the photo file as the request body");
    }
    const photo = await preparePhoto(req.body);
    if (!photo) {
      throw new HttpError(
        415,
        "unsupported_media_type",
        "That file is not a photo we can use: send a JPEG, PNG, WebP, GIF or AVIF image",
      );
    }
    const saved = await changeMenu(deps, shopId, async (trx) => {
      await savePhoto(trx, photo, deps.clock());
      return setItemPhoto(trx, shopId, req.params.id, photo.id);
    });
    if (!saved.ok) return sendFailure(res, saved);
    res.json({ url: photoUrl(photo.id), width: photo.width, height: photo.height });
  };
  const path = "/merchant/menu/items/:id/photo";
  router.put(path, ...guards, requirePermission("menu.edit"), readPhoto, tooLarge, upload);
  return router;
}

/** Photos by content hash: the URL names the bytes, so browsers and proxies may keep them for a year. */
export function menuPhotoRoutes(deps: Pick<MenuChangeDeps, "db">): Router {
  const router = Router();
  router.get("/menu-photos/:file", async (req, res) => {
    const id = req.params.file.replace(/\.webp$/, "");
    if (!PHOTO_ID.test(id)) throw new HttpError(404, "not_found", "No such photo");
    const etag = `"${id}"`;
    const cached = req
      .get("If-None-Match")
      ?.split(/\s*,\s*/)
      .includes(etag);
    // The id is the content's hash, so a browser holding this ETag holds these very bytes.
    const photo = cached ? undefined : await findPhoto(deps.db, id);
    if (!cached && !photo) throw new HttpError(404, "not_found", "No such photo");
    res.set({ "Cache-Control": "public, max-age=31536000, immutable", ETag: etag });
    if (!photo) return void res.status(304).end();
    res.type(photo.contentType).send(Buffer.from(photo.bytes));
  });
  return router;
}
