import type { Db } from "../../db/database.js";
import type { PreparedPhoto } from "./menu-photos.js";

/** Stores a photo once, whichever shop or item uploads the same image again. */
export async function savePhoto(trx: Db, photo: PreparedPhoto, now: number): Promise<void> {
  await trx
    .insertInto("menuPhotos")
    .values({ ...photo, createdAt: now })
    .onConflict((oc) => oc.column("id").doNothing())
    .execute();
}

/** Drops a photo no live item shows any more. */
export async function deletePhotoIfUnused(trx: Db, photoId: string | null): Promise<void> {
  if (!photoId) return;
  const used = await trx
    .selectFrom("items")
    .select("id")
    .where("photoId", "=", photoId)
    .where("deletedAt", "is", null)
    .executeTakeFirst();
  if (!used) await trx.deleteFrom("menuPhotos").where("id", "=", photoId).execute();
}

export async function findPhoto(db: Db, id: string) {
  return db.selectFrom("menuPhotos").select(["contentType", "bytes"]).where("id", "=", id).executeTakeFirst();
}
