package app.memoryvault.devstack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Map;

/** Checks up front that every port the devstack needs is free, naming the first one that is not. */
final class Ports {

    private Ports() {
    }

    /** @param ports what uses each port, by port */
    static void requireFree(Map<Integer, String> ports) {
        ports.forEach((port, user) -> {
            if (inUse(port)) {
                throw new StartFailed("port " + port + " (" + user + ") is already in use: stop whatever listens on it"
                        + " (another devstack?) and try again");
            }
        });
    }

    static boolean inUse(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 300);
            return true;
        } catch (IOException e) {
            // nothing answers on loopback: also make sure nothing holds the port on another address
        }
        try (ServerSocket server = new ServerSocket()) {
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(port));
            return false;
        } catch (IOException e) {
            return true;
        }
    }
}
