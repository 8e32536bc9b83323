import { PROBLEM_TYPES, sniffImageType, type PhotoType } from '@kohtaamo/core';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from '../http/app-env.js';
import { problem, t, translateFieldErrors } from '../http/problem.js';
import { MalformedImageError, stripImageMetadata } from './image-metadata.js';

export interface ImageUploadOptions {
  /** Largest body accepted, in bytes. */
  readonly maxBytes: number;
  /** The message codes of the two refusals: too large (given `{mb}`), and not a JPEG, PNG or WebP. */
  readonly codes: { readonly tooLarge: string; readonly type: string };
  /** The JSON pointer a refused type is reported at ("#/photo", "#/image"). */
  readonly pointer: string;
}

/** An uploaded image as it may be stored: its type told by its bytes, its metadata gone. */
export interface CleanImage {
  readonly type: PhotoType;
  readonly bytes: Uint8Array;
}

export interface ImageUpload {
  /** Refuses a body over the limit while it streams in (413), before the route reads it. */
  readonly limit: MiddlewareHandler<AppEnv>;
  /** The request's body as a clean image, or the problem to answer (413, or 422 at the pointer). */
  read(c: Context<AppEnv>): Promise<CleanImage | Response>;
}

/**
 * An upload of one image as the request body, the same for every domain: the size limit, the
 * type by the first bytes (never the Content-Type the client declared), and the metadata that
 * could tell where or by whom it was taken removed (image-metadata.ts) before anything is kept.
 * A file that starts like an image but does not parse as one is refused like any other type.
 */
export function imageUpload(options: ImageUploadOptions): ImageUpload {
  const tooLarge = (c: Context<AppEnv>) =>
    problem(c, {
      status: 413,
      title: t(c.get('locale'), 'problem.tooLarge.title'),
      detail: t(c.get('locale'), options.codes.tooLarge, { mb: Math.round(options.maxBytes / 1024 / 1024) }),
      code: options.codes.tooLarge,
    });
  const notAnImage = (c: Context<AppEnv>) => {
    const locale = c.get('locale');
    return problem(c, {
      status: 422,
      type: PROBLEM_TYPES.validation,
      title: t(locale, 'problem.validation.title'),
      detail: t(locale, options.codes.type),
      errors: translateFieldErrors([{ pointer: options.pointer, code: options.codes.type }], locale),
    });
  };
  return {
    limit: bodyLimit({ maxSize: options.maxBytes, onError: (c) => tooLarge(c as Context<AppEnv>) }),
    async read(c) {
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      if (bytes.length > options.maxBytes) return tooLarge(c);
      const type = sniffImageType(bytes);
      if (type === null) return notAnImage(c);
      try {
        return { type, bytes: stripImageMetadata(bytes, type) };
      } catch (error) {
        if (error instanceof MalformedImageError) return notAnImage(c);
        throw error;
      }
    },
  };
}

/**
 * A stored image as the answer: its own type, and a policy that lets it run nothing should a
 * browser be asked to open it as a page.
 */
export function storedImage(c: Context<AppEnv>, image: { readonly contentType: string; readonly bytes: Uint8Array }, cacheControl: string): Response {
  return c.body(new Uint8Array(image.bytes), 200, {
    'Content-Type': image.contentType,
    'Cache-Control': cacheControl,
    'Content-Security-Policy': "default-src 'none'",
  });
}
