/** The share images' size: Open Graph's recommended 1.91:1 (lib/share-image draws them). */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 } as const;
