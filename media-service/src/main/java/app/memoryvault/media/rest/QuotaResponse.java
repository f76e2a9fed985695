package app.memoryvault.media.rest;

import app.memoryvault.media.service.QuotaService;

/** The caller's storage: bytes used, bytes allowed, bytes still free. */
public record QuotaResponse(long used, long limit, long available) {

    static QuotaResponse from(QuotaService.Usage usage) {
        return new QuotaResponse(usage.usedBytes(), usage.limitBytes(), Math.max(0, usage.limitBytes() - usage.usedBytes()));
    }
}
