import { randomUUID } from "node:crypto";
import type {
  OptionCreateRequest,
  OptionGroupCreateRequest,
  OptionGroupUpdateRequest,
  OptionUpdateRequest,
} from "@tabletap/shared";
import type { Db } from "../../db/database.js";
import { HttpError } from "../../http/errors.js";
import { uuidParam } from "../../http/ids.js";
import { definedOnly, requireItem } from "./menu-edit.repository.js";
import { moveTo, nextPosition } from "./positions.js";

export const noSuchGroup = "No such option group in this shop";
export const noSuchOption = "No such option in this shop";

const groupSiblings = (trx: Db, itemId: string) =>
  trx
    .selectFrom("optionGroups")
    .select(["id", "position"])
    .where("itemId", "=", itemId)
    .orderBy("position")
    .orderBy("id")
    .execute();

const optionSiblings = (trx: Db, groupId: string) =>
  trx
    .selectFrom("options")
    .select(["id", "position"])
    .where("groupId", "=", groupId)
    .orderBy("position")
    .orderBy("id")
    .execute();

/** A group of a live item of this shop, or 404. */
async function requireGroup(trx: Db, shopId: string, id: string) {
  const row = await trx
    .selectFrom("optionGroups")
    .innerJoin("items", "items.id", "optionGroups.itemId")
    .select(["optionGroups.id", "optionGroups.itemId", "optionGroups.minChoices", "optionGroups.maxChoices"])
    .where("optionGroups.id", "=", uuidParam(id, noSuchGroup))
    .where("optionGroups.shopId", "=", shopId)
    .where("items.deletedAt", "is", null)
    .executeTakeFirst();
  if (!row) throw new HttpError(404, "not_found", noSuchGroup);
  return row;
}

async function requireOption(trx: Db, shopId: string, id: string) {
  const row = await trx
    .selectFrom("options")
    .select(["id", "groupId"])
    .where("id", "=", uuidParam(id, noSuchOption))
    .where("shopId", "=", shopId)
    .executeTakeFirst();
  if (!row) throw new HttpError(404, "not_found", noSuchOption);
  await requireGroup(trx, shopId, row.groupId);
  return row;
}

export async function createGroup(
  trx: Db,
  shopId: string,
  itemId: string,
  body: OptionGroupCreateRequest,
): Promise<string> {
  await requireItem(trx, shopId, itemId);
  const id = randomUUID();
  await trx
    .insertInto("optionGroups")
    .values({ id, shopId, itemId, ...body, position: nextPosition(await groupSiblings(trx, itemId)) })
    .execute();
  return id;
}

export async function updateGroup(
  trx: Db,
  shopId: string,
  id: string,
  change: OptionGroupUpdateRequest,
): Promise<void> {
  const group = await requireGroup(trx, shopId, id);
  const minChoices = change.minChoices ?? group.minChoices;
  const maxChoices = change.maxChoices ?? group.maxChoices;
  if (minChoices > maxChoices) {
    throw new HttpError(400, "validation_failed", "minChoices must not be more than maxChoices", [
      { path: "minChoices", message: `must be at most ${maxChoices}` },
    ]);
  }
  const values = definedOnly({
    name: change.name,
    minChoices: change.minChoices,
    maxChoices: change.maxChoices,
  });
  if (values) await trx.updateTable("optionGroups").set(values).where("id", "=", id).execute();
  if (change.position !== undefined) {
    await moveTo(trx, "optionGroups", await groupSiblings(trx, group.itemId), id, change.position);
  }
}

export async function deleteGroup(trx: Db, shopId: string, id: string): Promise<void> {
  await requireGroup(trx, shopId, id);
  // Orders keep their chosen options as a snapshot, so nothing else points at these rows.
  await trx.deleteFrom("options").where("groupId", "=", id).execute();
  await trx.deleteFrom("optionGroups").where("id", "=", id).execute();
}

export async function createOption(
  trx: Db,
  shopId: string,
  groupId: string,
  body: OptionCreateRequest,
): Promise<string> {
  await requireGroup(trx, shopId, groupId);
  const id = randomUUID();
  await trx
    .insertInto("options")
    .values({
      id,
      shopId,
      groupId,
      name: body.name,
      priceDelta: body.priceDelta ?? 0,
      position: nextPosition(await optionSiblings(trx, groupId)),
    })
    .execute();
  return id;
}

export async function updateOption(
  trx: Db,
  shopId: string,
  id: string,
  change: OptionUpdateRequest,
): Promise<void> {
  const option = await requireOption(trx, shopId, id);
  const values = definedOnly({ name: change.name, priceDelta: change.priceDelta });
  if (values) await trx.updateTable("options").set(values).where("id", "=", id).execute();
  if (change.position !== undefined) {
    await moveTo(trx, "options", await optionSiblings(trx, option.groupId), id, change.position);
  }
}

export async function deleteOption(trx: Db, shopId: string, id: string): Promise<void> {
  await requireOption(trx, shopId, id);
  await trx.deleteFrom("options").where("id", "=", id).execute();
}
