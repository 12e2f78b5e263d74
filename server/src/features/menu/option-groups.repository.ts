import { randomUUID } from "node:crypto";
import type {
  OptionCreateRequest,
  OptionGroupCreateRequest,
  OptionGroupUpdateRequest,
  OptionUpdateRequest,
} from "@tabletap/shared";
import type { Db } from "../../db/database.js";
import { isUuid } from "../../http/ids.js";
import { done, fail, type Outcome, type Result, succeed } from "../../lib/result.js";
import { definedOnly, requireItem } from "./menu-edit.repository.js";
import { forgetTranslations } from "./menu-text.repository.js";
import { moveTo, nextPosition } from "./positions.repository.js";

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

/** A group of a live item of this shop, or not found. */
async function requireGroup(trx: Db, shopId: string, id: string) {
  if (!isUuid(id)) return fail("not_found", noSuchGroup);
  const row = await trx
    .selectFrom("optionGroups")
    .innerJoin("items", "items.id", "optionGroups.itemId")
    .select(["optionGroups.id", "optionGroups.itemId", "optionGroups.minChoices", "optionGroups.maxChoices"])
    .where("optionGroups.id", "=", id)
    .where("optionGroups.shopId", "=", shopId)
    .where("items.deletedAt", "is", null)
    .executeTakeFirst();
  return row ? succeed(row) : fail("not_found", noSuchGroup);
}

async function requireOption(trx: Db, shopId: string, id: string) {
  if (!isUuid(id)) return fail("not_found", noSuchOption);
  const row = await trx
    .selectFrom("options")
    .select(["id", "groupId"])
    .where("id", "=", id)
    .where("shopId", "=", shopId)
    .executeTakeFirst();
  if (!row) return fail("not_found", noSuchOption);
  const group = await requireGroup(trx, shopId, row.groupId);
  return group.ok ? succeed(row) : group;
}

export async function createGroup(
  trx: Db,
  shopId: string,
  itemId: string,
  body: OptionGroupCreateRequest,
): Promise<Result<string>> {
  const item = await requireItem(trx, shopId, itemId);
  if (!item.ok) return item;
  const id = randomUUID();
  await trx
    .insertInto("optionGroups")
    .values({ id, shopId, itemId, ...body, position: nextPosition(await groupSiblings(trx, itemId)) })
    .execute();
  return succeed(id);
}

export async function updateGroup(
  trx: Db,
  shopId: string,
  id: string,
  change: OptionGroupUpdateRequest,
): Promise<Outcome> {
  const found = await requireGroup(trx, shopId, id);
  if (!found.ok) return found;
  const group = found.value;
  const minChoices = change.minChoices ?? group.minChoices;
  const maxChoices = change.maxChoices ?? group.maxChoices;
  if (minChoices > maxChoices) {
    return fail("validation_failed", "minChoices must not be more than maxChoices", [
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
  return done;
}

export async function deleteGroup(trx: Db, shopId: string, id: string): Promise<Outcome> {
  const group = await requireGroup(trx, shopId, id);
  if (!group.ok) return group;
  // Orders keep their chosen options as a snapshot, so nothing else points at these rows.
  const options = await trx.selectFrom("options").select("id").where("groupId", "=", id).execute();
  await forgetTranslations(trx, [id, ...options.map((option) => option.id)]);
  await trx.deleteFrom("options").where("groupId", "=", id).execute();
  await trx.deleteFrom("optionGroups").where("id", "=", id).execute();
  return done;
}

export async function createOption(
  trx: Db,
  shopId: string,
  groupId: string,
  body: OptionCreateRequest,
): Promise<Result<string>> {
  const group = await requireGroup(trx, shopId, groupId);
  if (!group.ok) return group;
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
  return succeed(id);
}

export async function updateOption(
  trx: Db,
  shopId: string,
  id: string,
  change: OptionUpdateRequest,
): Promise<Outcome> {
  const found = await requireOption(trx, shopId, id);
  if (!found.ok) return found;
  const option = found.value;
  const values = definedOnly({ name: change.name, priceDelta: change.priceDelta });
  if (values) await trx.updateTable("options").set(values).where("id", "=", id).execute();
  if (change.position !== undefined) {
    await moveTo(trx, "options", await optionSiblings(trx, option.groupId), id, change.position);
  }
  return done;
}

export async function deleteOption(trx: Db, shopId: string, id: string): Promise<Outcome> {
  const option = await requireOption(trx, shopId, id);
  if (!option.ok) return option;
  await forgetTranslations(trx, [id]);
  await trx.deleteFrom("options").where("id", "=", id).execute();
  return done;
}
