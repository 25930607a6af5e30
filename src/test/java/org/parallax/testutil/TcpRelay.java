package org.parallax.testutil;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay on the loopback address between a client and a server, which the test can cut as a network does when
 * it drops packets: {@link #blackHole()} stops forwarding in both directions without closing anything, so each side
 * keeps its connection and hears nothing more (new connections are accepted and hear nothing either), unlike a
 * server that stops, whose kernel resets the connections.
 */
public final class TcpRelay implements AutoCloseable {
    private final ServerSocket listener;
    private final InetSocketAddress target;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile boolean forwarding = true;

    public TcpRelay(String host, int port) throws IOException {
        this.target = new InetSocketAddress(host, port);
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "relay to " + target);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** The relay's own port, to name in place of the server's. */
    public int port() {
        return listener.getLocalPort();
    }

    /** From now on every byte either side sends is dropped, and nothing is closed. */
    public void blackHole() {
        forwarding = false;
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                sockets.add(client);
                if (!forwarding) {
                    pump(client.getInputStream(), OutputStream.nullOutputStream());
                    continue;
                }
                Socket server = new Socket();
                sockets.add(server);
                server.connect(target);
                pump(client.getInputStream(), server.getOutputStream());
                pump(server.getInputStream(), client.getOutputStream());
            } catch (IOException e) {
                // Closed, or the server refused: the client sees its connection end, as it would without a relay.
            }
        }
    }

    private void pump(InputStream from, OutputStream to) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try {
                for (int n; (n = from.read(buffer)) >= 0; ) {
                    // Read and dropped while cut, so the sender is never held back by a full buffer either.
                    if (forwarding) {
                        to.write(buffer, 0, n);
                        to.flush();
                    }
                }
                if (forwarding) {
                    // One side closed: so does the other, as a closed connection's end reaches the peer.
                    to.close();
                }
            } catch (IOException e) {
                // The other side closed, or the relay did.
            }
        }, "relay pump");
        t.setDaemon(true);
        t.start();
    }

    /** Closes the relay and every connection through it. */
    @Override
    public void close() throws IOException {
        listener.close();
        for (Socket s : sockets) {
            s.close();
        }
    }
}
