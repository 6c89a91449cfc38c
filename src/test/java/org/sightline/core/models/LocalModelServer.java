package org.sightline.core.models;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A file server on 127.0.0.1 for download tests: serves {@code bytes} at /model.bin, honours
 * "Range: bytes=N-" with 206, and can cut the connection after a number of body bytes.
 */
public final class LocalModelServer implements AutoCloseable {
    private final HttpServer server;
    private final List<String> rangeHeaders = new CopyOnWriteArrayList<>();
    private volatile byte[] bytes;
    private volatile long dropAfter = -1;
    private volatile boolean honourRange = true;

    public LocalModelServer(byte[] bytes) throws IOException {
        this.bytes = bytes;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/model.bin", this::serve);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/model.bin";
    }

    public void serveBytes(byte[] next) {
        bytes = next;
    }

    /** The next responses stop after this many body bytes and drop the connection; -1 serves everything. */
    public void dropAfter(long bodyBytes) {
        dropAfter = bodyBytes;
    }

    public void honourRange(boolean honour) {
        honourRange = honour;
    }

    /** The Range header of every request so far ("" when absent). */
    public List<String> rangeHeaders() {
        return rangeHeaders;
    }

    private void serve(HttpExchange exchange) throws IOException {
        String range = exchange.getRequestHeaders().getFirst("Range");
        rangeHeaders.add(range == null ? "" : range);
        byte[] body = bytes;
        int start = 0;
        if (range != null && honourRange) {
            start = Integer.parseInt(range.substring("bytes=".length(), range.indexOf('-')));
            if (start >= body.length) {
                exchange.sendResponseHeaders(416, -1);
                exchange.close();
                return;
            }
            exchange.getResponseHeaders().add("Content-Range",
                    "bytes " + start + "-" + (body.length - 1) + "/" + body.length);
            exchange.sendResponseHeaders(206, body.length - start);
        } else {
            exchange.sendResponseHeaders(200, body.length);
        }
        OutputStream out = exchange.getResponseBody();
        long limit = dropAfter;
        if (limit >= 0 && limit < body.length - start) {
            out.write(body, start, (int) limit);
            out.flush();
            // an exception escaping the handler makes the server close the connection mid-body
            throw new IOException("simulated connection drop after " + limit + " bytes");
        }
        out.write(body, start, body.length - start);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
