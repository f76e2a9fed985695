package app.memoryvault.media.storage;

/**
 * What the store knows about an object: its size in bytes, an entity tag that changes whenever its bytes do
 * (without quotes), and the content type it was stored with.
 */
public record StoredObject(long size, String etag, String contentType) {
}
