package app.memoryvault.gateway.proxy;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * A request body on its way upstream that tells when it has been read to the end (for timers that must start only
 * then) and stops, telling so, once more than {@code limit} bytes have passed.
 */
final class WatchedBody implements ReadStream<Buffer> {

    private final ReadStream<Buffer> delegate;
    private final long limit;
    private final Runnable onEnd;
    private final Runnable onTooLarge;
    private long bytes;
    private boolean tooLarge;

    WatchedBody(ReadStream<Buffer> delegate, long limit, Runnable onEnd, Runnable onTooLarge) {
        this.delegate = delegate;
        this.limit = limit;
        this.onEnd = onEnd;
        this.onTooLarge = onTooLarge;
    }

    @Override
    public ReadStream<Buffer> endHandler(Handler<Void> endHandler) {
        delegate.endHandler(endHandler == null ? null : ended -> {
            if (!tooLarge) {
                endHandler.handle(ended);
                onEnd.run();
            }
        });
        return this;
    }

    @Override
    public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
        delegate.exceptionHandler(handler);
        return this;
    }

    @Override
    public ReadStream<Buffer> handler(Handler<Buffer> handler) {
        delegate.handler(handler == null ? null : chunk -> {
            if (tooLarge) {
                return;
            }
            bytes += chunk.length();
            if (bytes > limit) {
                tooLarge = true;
                onTooLarge.run();
            } else {
                handler.handle(chunk);
            }
        });
        return this;
    }

    @Override
    public ReadStream<Buffer> pause() {
        delegate.pause();
        return this;
    }

    @Override
    public ReadStream<Buffer> resume() {
        delegate.resume();
        return this;
    }

    @Override
    public ReadStream<Buffer> fetch(long amount) {
        delegate.fetch(amount);
        return this;
    }
}
