import { createHash } from "node:crypto";
import sharp from "sharp";

/** Decoded images larger than this are refused before any pixels are processed (decompression bombs). */
const MAX_INPUT_PIXELS = 50_000_000;
/** Big enough for a sharp item card on a high-density phone, small enough for a café's Wi-Fi. */
const MAX_SIDE = 1200;
/** Formats a phone or a laptop hands over as a photo. SVG, PDF and the like are refused. */
const ACCEPTED_FORMATS = new Set(["jpeg", "png", "webp", "gif", "heif", "avif"]);

export interface PreparedPhoto {
  id: string;
  contentType: string;
  width: number;
  height: number;
  bytes: Buffer;
}

export const photoUrl = (id: string) => `/api/menu-photos/${id}.webp`;
export const PHOTO_ID = /^[0-9a-f]{64}$/;

/**
 * Recognises the image by its content (never by its name or declared type), turns it upright, scales it
 * to fit MAX_SIDE and re-encodes it as WebP, which also drops EXIF data such as the camera's location.
 * `undefined` when the bytes are not an image of an accepted format.
 */
export async function preparePhoto(input: Buffer): Promise<PreparedPhoto | undefined> {
  const options = { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error" } as const;
  try {
    const { format } = await sharp(input, options).metadata();
    if (!format || !ACCEPTED_FORMATS.has(format)) return undefined;
    const { data, info } = await sharp(input, options)
      .rotate()
      .resize({ width: MAX_SIDE, height: MAX_SIDE, fit: "inside", withoutEnlargement: true })
      .webp({ quality: 80 })
      .toBuffer({ resolveWithObject: true });
    const id = createHash("sha256").update(data).digest("hex");
    return { id, contentType: "image/webp", width: info.width, height: info.height, bytes: data };
  } catch {
    // Truncated, corrupt, or too many pixels: not something we can show.
    return undefined;
  }
}
